import { describe, expect, it } from 'vitest'
import { handleHttp } from '@/sandbox/http/http'
import type { Sandbox } from '@/sandbox/sandbox'
import { signRequest } from '@/api/signature'
import {
  createTestSandbox,
  demoAccount,
  installSandbox,
  publishableImage,
  where,
} from '../support/sandbox'
import { instances, type Host } from './instances'

function get(sandbox: Sandbox, pathname: string, method = 'GET') {
  const reply = handleHttp(sandbox, {
    method,
    pathname,
    contentType: undefined,
    body: new Uint8Array(),
  })
  return { status: reply?.status, headers: reply?.headers ?? {}, body: String(reply?.body) }
}

/** A running instance and its first application's URL, as DescribeCompShareInstance gives it. */
function launched() {
  const t = createTestSandbox()
  const calls = instances(t)
  const id = calls.running()
  const [app] = calls.host(id)?.Softwares ?? []
  if (!app) throw new Error('the instance has no application')
  return { t, ...calls, id, app, path: new URL(app.URL).pathname }
}

describe('application pages', () => {
  it('are whole URLs on the request’s origin, one per application but SSH, while Running', () => {
    const { t, host, id, app } = launched()
    expect(app.URL).toMatch(new RegExp(`^http://localhost/sandbox-apps/${id}/[a-z0-9-]+/$`))
    const ports = t.sandbox.state().instances[0]?.image.ports ?? []
    const names = ports.map((port) => port.Software).filter((name) => name !== 'SSH')
    expect(host(id)?.Softwares.map((software) => software.Name)).toEqual(names)
    const request = signRequest({ ...where, Action: 'DescribeCompShareInstance' }, demoAccount)
    const elsewhere = t.sandbox.handle(request, 'http://127.0.0.1:5173').body.UHostSet as Host[]
    expect(elsewhere[0]?.Softwares[0]?.URL).toBe(
      app.URL.replace('http://localhost', 'http://127.0.0.1:5173'),
    )
  })

  it('serve a small self-contained page while the instance is Running', () => {
    const { t, id, app, path } = launched()
    const page = get(t.sandbox, path)
    expect(page.status).toBe(200)
    expect(page.headers['Content-Type']).toBe('text/html; charset=utf-8')
    expect(page.headers['Content-Security-Policy']).toContain("default-src 'none'")
    expect(page.body).toContain(`<title>${app.Name} · ${id} (sandbox)</title>`)
    expect(page.body).not.toMatch(/<script|<link|<img|src=|href=/i)
    expect(get(t.sandbox, path.slice(0, -1)).status).toBe(200)
    expect(get(t.sandbox, path, 'HEAD')).toMatchObject({ status: 200, body: '' })
    expect(get(t.sandbox, path, 'POST').status).toBe(405)
  })

  it('answer 503 while the instance is not Running, and 404 once it is gone', () => {
    const { t, id, path, act, host } = launched()
    act('StopCompShareInstance', id)
    expect(host(id)?.Softwares).toEqual([])
    const stopping = get(t.sandbox, path)
    expect(stopping).toMatchObject({ status: 503, headers: { 'Retry-After': '5' } })
    expect(stopping.body).toContain('Stopping')
    t.clock.advance(10)
    const stopped = get(t.sandbox, path)
    expect(stopped.status).toBe(503)
    expect(stopped.headers['Retry-After']).toBeUndefined()
    act('TerminateCompShareInstance', id)
    expect(get(t.sandbox, path).status).toBe(404)
  })

  it('answer 404 for an application the instance does not have, or any other path', () => {
    const { t, id } = launched()
    for (const path of [
      `/sandbox-apps/${id}/no-such-app/`,
      `/sandbox-apps/${id}/`,
      `/sandbox-apps/uhost-00000000/jupyterlab/`,
      `/sandbox-apps/${id}/jupyterlab/../../api`,
      '/sandbox-apps/',
    ]) {
      expect(get(t.sandbox, path).status, path).toBe(404)
    }
  })

  it('escape everything they show', () => {
    const t = createTestSandbox()
    const name = '<script>alert("x")</script> & co'
    const published = t.call('PublishCompShareImage', {
      CompShareImageId: publishableImage(t.sandbox)?.id,
      CommunityImageName: name,
      VersionName: 'v1.0',
      SupportedGpuTypes: ['4090'],
      Softwares: { Applications: ['JupyterLab'] },
    })
    expect(published).toMatchObject({ RetCode: 0 })
    t.clock.advance(30)
    const version = t.sandbox
      .state()
      .groups.flatMap((group) => group.versions)
      .find((v) => v.name === name)
    const calls = instances(t)
    const id = calls.running({ CompShareImageId: version?.id })
    const [app] = calls.host(id)?.Softwares ?? []
    expect(app?.URL).toMatch(/\/jupyterlab\/$/)
    const page = get(t.sandbox, new URL(app?.URL ?? 'http://x/').pathname)
    expect(page.status).toBe(200)
    expect(page.body).not.toContain('<script>')
    expect(page.body).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; co')
  })

  it('are served through MSW on the app’s own origin, as the Vite plugin serves them', async () => {
    const test = installSandbox()
    const id = instances(test).running()
    const [app] = instances(test).host(id)?.Softwares ?? []
    const path = new URL(app?.URL ?? 'http://x/').pathname
    const response = await fetch(new URL(path, location.href))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(`${id} (sandbox)`)
  })
})
