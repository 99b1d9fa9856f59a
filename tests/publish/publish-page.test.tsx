import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { renderApp } from '../support/render-app'
import type { TestSandbox } from '../support/sandbox'

interface WireGroup {
  GroupId: string
  ImageName: string
  Data: { VersionName: string; Status: string }[]
}
const selfGroups = (sandbox: TestSandbox) =>
  (
    sandbox.call('DescribeSelfCommunityImages', { Limit: 100 }) as unknown as {
      CompshareImageGroup: WireGroup[]
    }
  ).CompshareImageGroup

/** Counts publish requests and answers them with `answer` instead of the sandbox. */
function publishAnswers(answer: () => Response) {
  const sent: URLSearchParams[] = []
  const handler = http.post('*/api', async ({ request }) => {
    const fields = new URLSearchParams(await request.clone().text())
    if (fields.get('Action') !== 'PublishCompShareImage') return undefined
    sent.push(fields)
    return answer()
  })
  return { sent, handlers: [handler] }
}

async function open(
  handlers = publishAnswers(() => HttpResponse.json({ RetCode: 0 })).handlers.slice(0, 0),
) {
  const view = await renderApp('/publish', { language: 'en', handlers })
  await screen.findByRole('radio', { name: /my-comfyui-flux/ })
  return view
}

type User = Awaited<ReturnType<typeof renderApp>>['user']
const stepText = () => screen.getByText(/^Step \d of 6$/).textContent
const alertTexts = () =>
  screen
    .queryAllByRole('alert')
    .map((alert) => alert.textContent)
    .join('|')
/**
 * Clicks Next and waits for its (asynchronous) validation: a new step, or, when it refuses,
 * new errors or the cursor put in a field with one. An error already on screen before the
 * click says nothing about this validation.
 */
async function next(user: User) {
  const before = { step: stepText(), alerts: alertTexts() }
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await waitFor(() =>
    expect(
      stepText() !== before.step ||
        alertTexts() !== before.alerts ||
        document.activeElement?.getAttribute('aria-invalid') === 'true',
    ).toBe(true),
  )
}

/** Walks a valid new image to the review step. */
async function fillNewImage(user: User, name = 'My Flux workflow') {
  await user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
  await next(user)
  await user.type(screen.getByRole('textbox', { name: 'Version' }), 'v1.0')
  await next(user)
  await user.type(screen.getByRole('textbox', { name: 'Community image name' }), name)
  await user.type(screen.getByRole('textbox', { name: 'Add a tag' }), 'Flux{Enter}')
  await user.click(screen.getByRole('checkbox', { name: 'RTX 4090 · 24 GB' }))
  // The applications come from the service's own list, each with its port.
  await user.click(await screen.findByRole('checkbox', { name: 'ComfyUI (port 8188)' }))
  await user.type(screen.getByRole('textbox', { name: 'CUDA version' }), '12.4')
  await user.type(screen.getByRole('textbox', { name: 'Framework' }), 'PyTorch')
  await next(user)
  await next(user) // no cover: jsdom cannot draw; the e2e test publishes one
  await user.type(screen.getByRole('textbox', { name: 'Readme (Markdown)' }), '# Hello')
  await next(user)
  expect(await screen.findByRole('heading', { level: 2, name: 'Review' })).toBeInTheDocument()
  // The readme preview is a lazy chunk: let it arrive before going on.
  // The first import of that chunk is transformed on demand: slow on a loaded machine.
  expect(
    await screen.findByRole('heading', { name: 'Hello' }, { timeout: 10_000 }),
  ).toBeInTheDocument()
}

describe('step validation', () => {
  it('the image step needs an Available container image; others say why not', async () => {
    const { user } = await open()
    expect(screen.getByRole('radio', { name: /ubuntu22-cuda12.4-vm/ })).toBeDisabled()
    expect(
      screen.getByText('Virtual-machine images cannot be published to the community'),
    ).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: /llama-factory-dev/ })).toBeDisabled()
    await next(user)
    expect(screen.getByRole('alert')).toHaveTextContent('Required')
    expect(screen.getByRole('heading', { level: 2, name: 'Image' })).toBeInTheDocument()
  })

  it('checks the version format as the user types', async () => {
    const { user } = await open()
    await user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
    await next(user)
    const version = screen.getByRole('textbox', { name: 'Version' })
    await user.type(version, '1.0')
    expect(await screen.findByText(/Use v followed by two to four/)).toBeInTheDocument()
    expect(version).toHaveAttribute('aria-invalid', 'true')
    await user.clear(version)
    await user.type(version, 'v1.0')
    await waitFor(() => expect(version).toHaveAttribute('aria-invalid', 'false'))
  })

  it('a new version of an own group must be greater than its versions, with suggestions', async () => {
    const { user, sandbox } = await open()
    const group = selfGroups(sandbox).find((g) => g.Data.length >= 2)
    if (!group) throw new Error('the demo account has no group with two versions')
    await user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
    await user.click(
      screen.getByRole('radio', { name: 'A new version of one of my community images' }),
    )
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Community image' }),
      group.ImageName,
    )
    await next(user)

    const version = screen.getByRole('textbox', { name: 'Version' })
    await user.type(version, 'v0.0.1')
    expect(
      await screen.findByText('Must be greater than every version this image already has.'),
    ).toBeInTheDocument()
    const suggestion = screen.getAllByRole('button', { name: /^Use v/ })[0]
    if (!suggestion) throw new Error('no suggestion')
    await user.click(suggestion)
    await waitFor(() => expect(version).toHaveAttribute('aria-invalid', 'false'))
    // The listing is prefilled from the group.
    await next(user)
    expect(screen.getByRole('textbox', { name: 'Community image name' })).toHaveValue(
      group.ImageName,
    )
  })

  it('the listing refuses a bad price and too long a tag', async () => {
    const { user } = await open()
    await user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
    await next(user)
    await user.type(screen.getByRole('textbox', { name: 'Version' }), 'v1.0')
    await next(user)
    await user.type(screen.getByRole('textbox', { name: 'Community image name' }), 'x')
    await user.type(screen.getByRole('textbox', { name: 'Add a tag' }), `${'t'.repeat(21)}{Enter}`)
    await user.click(screen.getByRole('radio', { name: 'Paid' }))
    await user.type(screen.getByRole('textbox', { name: 'Price (yuan per hour)' }), '0.125')
    await next(user)
    expect(await screen.findByText('At most two decimals.')).toBeInTheDocument()
    expect(screen.getByText('Each tag may have at most 20 characters.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Listing' })).toBeInTheDocument()
  })
})

describe('keyboard and background refreshes', () => {
  it('each move focuses the new step heading as the step shows, not a frame later', async () => {
    const { user } = await open()
    // A busy phone: the next frame has not come yet when the new step shows and the user
    // taps into its first field. A focus move waiting for that frame would take their keys.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
    await user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
    await user.click(screen.getByRole('button', { name: 'Next' }))
    const version = await screen.findByRole('textbox', { name: 'Version' })
    expect(screen.getByRole('heading', { level: 2, name: 'Version' })).toHaveFocus()
    await user.type(version, 'v1.0')
    expect(version).toHaveFocus()
    expect(version).toHaveValue('v1.0')
  })

  it('Enter in a text field acts as Next, never as Publish', async () => {
    const counter = publishAnswers(() => HttpResponse.json({ RetCode: 0 }))
    const { user } = await open(counter.handlers)
    // A complete, valid form: a submit from any step would publish it.
    await fillNewImage(user)
    await user.click(
      within(screen.getByRole('navigation', { name: 'Publishing steps' })).getByRole('button', {
        name: /Version/,
      }),
    )
    await user.type(screen.getByRole('textbox', { name: 'Version' }), '{Enter}')
    expect(await screen.findByRole('heading', { level: 2, name: 'Listing' })).toBeInTheDocument()
    expect(counter.sent).toHaveLength(0)
  })

  it('a failed background refresh keeps the open form and what was typed', async () => {
    const fault = { down: false }
    const handler = http.post('*/api', async ({ request }) => {
      const action = new URLSearchParams(await request.clone().text()).get('Action')
      if (fault.down && action === 'DescribeCompShareCustomImages')
        return new HttpResponse(null, { status: 503 })
      return undefined
    })
    const { user, queryClient } = await open([handler])
    await user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
    await next(user)
    await user.type(screen.getByRole('textbox', { name: 'Version' }), 'v3.1')
    fault.down = true
    await queryClient.refetchQueries({ queryKey: ['my'] }).catch(() => undefined)
    expect(await screen.findByText(/Refreshing data in the background failed/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Version' })).toHaveValue('v3.1')
  })
})

describe('publishing', () => {
  it('publishes once, shows the version in review and clears the draft', async () => {
    const { user, sandbox } = await open()
    await fillNewImage(user)
    expect(screen.getByRole('article', { name: 'My Flux workflow' })).toBeInTheDocument()
    await user.dblClick(screen.getByRole('button', { name: 'Publish' }))

    expect(
      await screen.findByRole('heading', { name: 'Submitted for publishing' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Follow its review in My images' })).toHaveAttribute(
      'href',
      '/my',
    )
    const published = selfGroups(sandbox).filter((g) => g.ImageName === 'My Flux workflow')
    expect(published).toHaveLength(1)
    expect(published[0]?.Data).toEqual([
      expect.objectContaining({
        VersionName: 'v1.0',
        Status: 'Reviewing',
        SupportedGpuTypes: ['4090'],
        SoftwarePorts: [{ Software: 'ComfyUI', Port: 8188 }],
        Softwares: {
          Applications: ['ComfyUI'],
          CUDAVersion: '12.4',
          Framework: 'PyTorch',
          FrameworkVersion: '',
        },
      }),
    ])
    expect(
      Object.keys(localStorage).filter((key) => key.startsWith('compshare.publish-draft')),
    ).toEqual([])
  })

  it('a refusal is shown at the field it concerns, with everything kept', async () => {
    const fault = publishAnswers(() =>
      HttpResponse.json({
        RetCode: 230,
        Message: 'Parameter CommunityImageName is not valid: taken',
      }),
    )
    const { user } = await open(fault.handlers)
    await fillNewImage(user)
    await user.click(screen.getByRole('button', { name: 'Publish' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Listing' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Community image name' })).toHaveValue(
      'My Flux workflow',
    )
    expect(screen.getByRole('textbox', { name: 'Community image name' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    expect(screen.getByText('Publishing did not succeed')).toBeInTheDocument()
    expect(fault.sent).toHaveLength(1)
  })

  it('a 503 is not retried: the user is told it may have arrived, and may resend deliberately', async () => {
    const fault = publishAnswers(() => new HttpResponse('busy', { status: 503 }))
    const { user } = await open(fault.handlers)
    await fillNewImage(user)
    await user.click(screen.getByRole('button', { name: 'Publish' }))
    expect(
      await screen.findByText('It is not certain whether publishing succeeded'),
    ).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(fault.sent).toHaveLength(1)
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'My images' }),
    ).toHaveAttribute('href', '/my')

    await user.click(screen.getByRole('button', { name: 'Publish again' }))
    await waitFor(() => expect(fault.sent).toHaveLength(2))
  })
})

describe('never losing work', () => {
  it('restores the draft after a reload, on the step the user was on', async () => {
    const first = await open()
    await first.user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
    await next(first.user)
    await first.user.type(screen.getByRole('textbox', { name: 'Version' }), 'v2.5')
    await first.user.type(screen.getByRole('textbox', { name: 'Version notes' }), 'Faster start')
    // Saved as typed: the last keystroke is in the stored draft.
    await waitFor(() =>
      expect(
        Object.entries(localStorage).some(
          ([key, value]: [string, string]) =>
            key.startsWith('compshare.publish-draft') && value.includes('Faster start'),
        ),
      ).toBe(true),
    )
    first.unmount()

    await renderApp('/publish', { language: 'en' })
    expect(await screen.findByText(/Your draft saved at .* was restored/)).toBeInTheDocument()
    // The notice shows at once; the wizard once the user's images are in.
    expect(await screen.findByRole('heading', { level: 2, name: 'Version' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Version' })).toHaveValue('v2.5')
    expect(screen.getByRole('textbox', { name: 'Version notes' })).toHaveValue('Faster start')
  })

  it('reports a full storage instead of pretending the draft was saved', async () => {
    const { user } = await open()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    await user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
    expect(await screen.findByText(/Browser storage is full/)).toBeInTheDocument()
  })

  it('asks before leaving for another page', async () => {
    const { user, router } = await open()
    await user.click(screen.getByRole('radio', { name: /my-comfyui-flux/ }))
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Settings',
      }),
    )
    expect(
      await screen.findByRole('heading', { name: 'Leave the publish page?' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Stay' }))
    expect(router.state.location.pathname).toBe('/publish')
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', {
        name: 'Settings',
      }),
    )
    await user.click(await screen.findByRole('button', { name: 'Leave' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/settings'))
  })
})
