import { appPathPrefix } from '../state/app-links.ts'
import { isTransitional } from '../state/instances.ts'
import type { InstanceRecord, SoftwarePort } from '../types.ts'
import type { Sandbox } from '../sandbox.ts'
import type { HttpReply } from './http.ts'

export { appPathPrefix }

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** Text only: no script, no request anywhere, not even for a style sheet or an icon. */
const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
}

const style =
  'body{font:16px/1.6 system-ui,sans-serif;margin:0;background:#0f172a;color:#e2e8f0}' +
  'main{max-width:40rem;margin:4rem auto;padding:0 1.5rem}h1{font-size:1.75rem}' +
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{color:#94a3b8}' +
  'p.note{color:#94a3b8;font-size:.9rem}'

function page(title: string, heading: string, lines: string[], rows: [string, string][]): string {
  const list = rows.map(
    ([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`,
  )
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${style}</style></head><body><main>` +
    `<h1>${escapeHtml(heading)}</h1>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}` +
    `<dl>${list.join('')}</dl><p class="note">CompShare sandbox: this page stands in for the ` +
    `application; nothing runs behind it. 沙盒演示页面，并无真实应用在运行。</p></main></body></html>`
  )
}

function details(instance: InstanceRecord, port: SoftwarePort): [string, string][] {
  return [
    ['Instance 实例', `${instance.name} (${instance.id})`],
    ['State 状态', instance.state],
    ['GPU', `${instance.gpuType} × ${instance.gpu}`],
    ['CPU / memory 内存', `${instance.cpu} / ${instance.memory / 1024} GB`],
    ['Zone 可用区', instance.zone],
    ['Image 镜像', instance.image.name],
    ['Port 端口', String(port.Port)],
  ]
}

const notFound = (): HttpReply => ({
  status: 404,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  body: 'No such application',
})

/**
 * `/sandbox-apps/<UHostId>/<application>/`: a small page while the instance is Running, 503
 * while it is not (with Retry-After while it is on its way), 404 for an id or an application
 * it does not have.
 */
export function appPage(sandbox: Sandbox, path: string, method: string): HttpReply {
  const match = /^(uhost-[0-9a-f]{8})\/([a-z0-9-]{1,40})\/?$/.exec(path)
  let found
  try {
    found = match && sandbox.application(match[1] ?? '', match[2] ?? '')
  } catch {
    // The clock's transitions could not be saved (sandbox.ts has rolled back): say so, briefly.
    return { status: 500, headers: { 'Content-Type': 'text/plain' }, body: 'Sandbox failed' }
  }
  if (!found) return notFound()
  const { instance, port } = found
  const running = instance.state === 'Running'
  const title = `${port.Software} · ${instance.id} (sandbox)`
  const body = running
    ? page(
        title,
        port.Software,
        [`${port.Software} is running on this instance. 应用运行中。`],
        details(instance, port),
      )
    : page(
        title,
        `${port.Software}: ${instance.state}`,
        [`The instance is ${instance.state}: start it to open ${port.Software}. 实例未在运行。`],
        details(instance, port),
      )
  const retry: Record<string, string> =
    !running && isTransitional(instance) ? { 'Retry-After': '5' } : {}
  return {
    status: running ? 200 : 503,
    headers: { ...headers, ...retry },
    body: method === 'HEAD' ? '' : body,
  }
}
