import lighthouse from 'lighthouse'

export interface Run {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  cls: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  /** Scripts the page asked for before its largest paint (observed), in KB as transferred. */
  jsBeforeLcpKb: number
  /** Lighthouse's measure of the host's CPU: lower while other work shares the machine. */
  cpuIndex: number
  report: string
}

interface NetworkRequest {
  resourceType?: string
  transferSize?: number
  networkRequestTime?: number
}

/** One Lighthouse run with the default config: the mobile preset (slow 4G, 4× CPU). */
export async function audit(url: string, port: number): Promise<Run> {
  const result = await lighthouse(url, {
    port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`)
  const { categories, audits } = result.lhr
  const score = (id: string) => categories[id]?.score ?? 0
  const value = (id: string) => audits[id]?.numericValue ?? Infinity
  const metrics = (audits.metrics?.details as { items?: Record<string, number>[] } | undefined)
    ?.items?.[0]
  const observedLcp = metrics?.observedLargestContentfulPaint ?? Infinity
  const requests =
    (audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []
  const jsBytes = requests
    .filter((r) => r.resourceType === 'Script' && (r.networkRequestTime ?? Infinity) < observedLcp)
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: value('cumulative-layout-shift'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    jsBeforeLcpKb: jsBytes / 1024,
    cpuIndex: result.lhr.environment.benchmarkIndex,
    report: String(result.report),
  }
}
