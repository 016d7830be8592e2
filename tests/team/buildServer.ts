/** Global setup of the team tests: build the server bundle the tests spawn (out/server/quotemark-server.js). */
import { build } from 'vite'

export default async function setup(): Promise<void> {
  const { default: config } = await import('../../vite.server.config.mjs')
  await build({ ...config, logLevel: 'warn' })
}
