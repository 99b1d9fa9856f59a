import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../support/render-app'
import { createTestSandbox } from '../support/sandbox'

interface WireVersion {
  CompShareImageId: string
  Author: string
  AuthInfo: number
  Tags: string[]
  PubTime: number
  Size: number
  QrCodeUrl: string
}
type WireGroup = { GroupId: string; Data: WireVersion[] }

// A version with several tags and a QR code, as the same deterministic seed the page gets has it.
const seed = createTestSandbox()
const listed = (
  seed.call('DescribeCommunityImages', { Limit: 100 }) as unknown as {
    CompshareImageGroup: WireGroup[]
  }
).CompshareImageGroup
const group = listed.find(({ Data: [v] }) => v && v.Tags.length > 1 && v.QrCodeUrl && v.Size > 1024)
const version = group?.Data[0]
if (!group || !version) throw new Error('the seed has no version with tags and a QR code')
const url = `/images/${group.GroupId}?version=${version.CompShareImageId}`
const updateTime = version.PubTime + 40 * 86_400

/** The seed with this version's update time (and optionally its QR code's address) changed. */
function state(qrCodeUrl?: string) {
  const next = structuredClone(seed.sandbox.state())
  const record = next.groups
    .flatMap((g) => g.versions)
    .find((v) => v.id === version?.CompShareImageId)
  if (!record) throw new Error('version not in the state')
  record.updateTime = updateTime
  if (qrCodeUrl !== undefined) record.qrCodeUrl = qrCodeUrl
  return { initialState: next }
}

const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling
const day = (seconds: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(seconds * 1000)
const gigabytes = (megabytes: number, locale: string) =>
  new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'gigabyte',
    maximumFractionDigits: 1,
  }).format(megabytes / 1024)

describe('the facts of the chosen version', () => {
  it('links each tag to the list filtered by it, and the author to that author’s images', async () => {
    const { user, router } = await renderApp(url, { language: 'en' })
    const tags = within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('link')
    expect(tags.map((link) => link.textContent)).toEqual(version.Tags)
    for (const link of tags) {
      const search = new URLSearchParams(link.getAttribute('href')?.replace(/^\/\?/, ''))
      expect([...search]).toEqual([['tag', link.textContent]])
    }
    const author = screen.getByRole('link', { name: `All images by ${version.Author}` })
    expect(author).toHaveTextContent(version.Author)
    expect(author).toHaveAttribute('href', `/?${new URLSearchParams({ author: version.Author })}`)

    await user.click(tags[1]!)
    await waitFor(() => expect(router.state.location.pathname).toBe('/'))
    expect(new URLSearchParams(router.state.location.search).getAll('tag')).toEqual([
      version.Tags[1],
    ])
  })

  it('shows publish and update times, size and the author’s QR code, in English', async () => {
    await renderApp(url, { language: 'en', sandbox: state() })
    expect(fact('Published')).toHaveTextContent(day(version.PubTime, 'en'))
    expect(fact('Updated')).toHaveTextContent(day(updateTime, 'en'))
    expect(fact('Size')).toHaveTextContent(gigabytes(version.Size, 'en'))
    const qr = screen.getByRole('img', { name: `QR code of ${version.Author}` })
    expect(qr.getAttribute('src')).toMatch(/\/sandbox\/covers\/qr-[0-9a-f]+\.svg$/)
  })

  it('and in Chinese', async () => {
    await renderApp(url, { language: 'zh', sandbox: state() })
    expect(fact('发布时间')).toHaveTextContent(day(version.PubTime, 'zh-CN'))
    expect(fact('更新时间')).toHaveTextContent(day(updateTime, 'zh-CN'))
    expect(fact('大小')).toHaveTextContent(gigabytes(version.Size, 'zh-CN'))
    expect(screen.getByRole('img', { name: `${version.Author} 的二维码` })).toBeInTheDocument()
    expect(screen.getByRole('list', { name: '标签' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: `${version.Author} 的全部镜像` })).toBeInTheDocument()
  })

  it('shows a QR code from an https address, and none from plain http elsewhere or none', async () => {
    const alt = `QR code of ${version.Author}`
    const https = await renderApp(url, {
      language: 'en',
      sandbox: state('https://cdn.example/q.png'),
    })
    expect(screen.getByRole('img', { name: alt })).toHaveAttribute(
      'src',
      'https://cdn.example/q.png',
    )
    https.unmount()
    for (const address of ['http://cdn.example/q.png', 'javascript:alert(1)', '']) {
      const view = await renderApp(url, { language: 'en', sandbox: state(address) })
      expect(screen.getByText('Image ID')).toBeInTheDocument()
      expect(screen.queryByRole('img', { name: alt })).not.toBeInTheDocument()
      expect(screen.queryByText('Author’s QR code')).not.toBeInTheDocument()
      view.unmount()
    }
  })

  it('copies the image ID and the link to this version, and says so', async () => {
    const { user } = await renderApp(url, { language: 'en' })
    // user-event puts its own clipboard on the page when set up: watch that one.
    const write = vi.spyOn(navigator.clipboard, 'writeText')
    expect(fact('Image ID')).toHaveTextContent(version.CompShareImageId)

    await user.click(screen.getByRole('button', { name: 'Copy image ID' }))
    expect(write).toHaveBeenLastCalledWith(version.CompShareImageId)
    const status = within(fact('Image ID') as HTMLElement).getByRole('status')
    await waitFor(() => expect(status).toHaveTextContent('Copied'))
    // It says so for a couple of seconds, not for good.
    await waitFor(() => expect(status).toBeEmptyDOMElement(), { timeout: 4000 })

    const link = `${location.origin}/images/${group.GroupId}?version=${version.CompShareImageId}`
    expect(fact('Link to this version')).toHaveTextContent(link)
    await user.click(screen.getByRole('button', { name: 'Copy link to this version' }))
    expect(write).toHaveBeenLastCalledWith(link)
    const linkStatus = within(fact('Link to this version') as HTMLElement).getByRole('status')
    await waitFor(() => expect(linkStatus).toHaveTextContent('Copied'))
  })

  it('says when the browser refuses to copy', async () => {
    const { user } = await renderApp(url, { language: 'zh' })
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    )
    await user.click(screen.getByRole('button', { name: '复制镜像 ID' }))
    const status = within(fact('镜像 ID') as HTMLElement).getByRole('status')
    await waitFor(() => expect(status).toHaveTextContent('复制失败：浏览器拒绝访问剪贴板。'))
    expect(status).not.toHaveTextContent('已复制')
  })
})
