/**
 * zod without generated code. The page's CSP allows no eval, and zod decides
 * whether to generate code when each schema is built, probing with
 * `new Function` (which the CSP reports as a violation). Imported first by
 * main.tsx, so it runs before any schema module does.
 */
import { config } from 'zod'

config({ jitless: true })
