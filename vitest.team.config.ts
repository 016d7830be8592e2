import { defineConfig } from 'vitest/config'

// The team server and the main-side sync (issue 13): a real server process on 127.0.0.1 (built first by the
// global setup), real ProjectStores on temp files, three clients; and Redis when /usr/bin/redis-server exists.
export default defineConfig({
  test: {
    include: ['tests/team/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/team/buildServer.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false
  }
})
