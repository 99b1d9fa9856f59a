import type { Plugin } from 'vite'

/**
 * The modules the first request's entry needs (src/app/start-first-request.ts and everything
 * it imports statically), read from the module graph once it is complete and before chunks are
 * made, so they form one chunk that does not wait for the app's entry (ADR 0016). Nobody keeps
 * a list: an import added to the first request joins the chunk by itself.
 */
export function firstRequestModules(entry: string) {
  const modules = new Set<string>()
  const plugin: Plugin = {
    name: 'compshare-first-request-modules',
    apply: 'build',
    buildEnd() {
      modules.clear()
      const visit = (id: string) => {
        if (modules.has(id)) return
        modules.add(id)
        this.getModuleInfo(id)?.importedIds.forEach(visit)
      }
      const start = [...this.getModuleIds()].find((id) => id === entry)
      if (!start) throw new Error(`first-request modules: ${entry} is not in the build`)
      visit(start)
    },
  }
  // The entry module itself is its own chunk (the one page-init.js imports), not this group's.
  const test = (id: string) => id !== entry && modules.has(id)
  return { plugin, test }
}
