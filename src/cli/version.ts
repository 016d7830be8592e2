/** Replaced with package.json's version when the CLI is bundled (vite.cli.config.ts); "dev" when run from source. */
declare const __QUOTEMARK_VERSION__: string | undefined

export const VERSION: string = typeof __QUOTEMARK_VERSION__ === 'string' ? __QUOTEMARK_VERSION__ : 'dev'
