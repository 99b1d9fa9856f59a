import { vi } from 'vitest'

// Test files share a worker (`isolate: false`: jsdom and the packages load once per worker,
// not once per file, which took half of `npm test`). The project's own modules start fresh
// in every file, so no file sees another's module state: a started worker, a loaded catalogue.
vi.resetModules()
vi.unstubAllGlobals()
