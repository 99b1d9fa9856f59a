import { config } from 'zod/mini'

// Zod compiles object parsers with `new Function` where it may, and finds out by trying. Under
// the app's CSP (no 'unsafe-eval') the try is refused and reported as a violation; jitless skips
// both, for a little parsing speed (ADR 0013). Imported by every module that defines schemas.
config({ jitless: true })
