import { firstRequest } from './first-request'

// A build entry of its own (vite.config.ts), loaded by public/page-init.js from the head: the
// first page's request goes out while React and the app are still downloading (ADR 0016).
firstRequest()
