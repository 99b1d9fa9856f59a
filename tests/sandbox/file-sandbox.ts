import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, vi } from 'vitest'
import { signRequest } from '@/api/signature'
import { createSandbox, type Sandbox, type SandboxOptions } from '@/sandbox/sandbox'
import { createTestClock, demoAccount, sandboxEpoch, where } from '../support/sandbox'

const folders: string[] = []
const opened: Sandbox[] = []
afterEach(() => {
  opened.splice(0).forEach((sandbox) => sandbox.close())
  folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }))
})

/** A fresh temporary data folder, removed after the test. */
export function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-files-'))
  folders.push(dir)
  return dir
}

/**
 * What SIGKILL would leave for the next process: the folder's files as they are now, in a
 * folder of their own (the lock stays behind with the sandbox that is still open).
 */
export function afterCrash(dataDir: string): string {
  const copy = tempFolder()
  cpSync(dataDir, copy, { recursive: true, filter: (path) => !path.endsWith('sandbox.lock') })
  return copy
}

/** A file-backed sandbox on a hand-moved clock, closed after the test. */
export function openFiles(dataDir: string, options: Partial<SandboxOptions> = {}) {
  const warn = vi.fn<(message: string) => void>()
  const clock = createTestClock()
  const sandbox = createSandbox({
    dataDir,
    epoch: sandboxEpoch,
    now: clock.now,
    reviewSeconds: 30,
    warn,
    ...options,
  })
  opened.push(sandbox)
  const call = (params: Record<string, unknown>) =>
    sandbox.handle(signRequest({ ...where, ...params }, demoAccount))
  const image = sandbox
    .state()
    .customImages.find(
      (i) => i.owner === demoAccount.publicKey && i.status === 'Available' && i.container,
    )
  const publish = (name: string, params: Record<string, unknown> = {}) =>
    call({
      Action: 'PublishCompShareImage',
      Region: 'cn-wlcb',
      CompShareImageId: image?.id,
      CommunityImageName: name,
      VersionName: 'v1.0',
      ...params,
    })
  const group = (name: string) =>
    sandbox.state().groups.find((g) => g.versions.some((v) => v.name === name))
  const names = () => sandbox.state().groups.flatMap((g) => g.versions.map((v) => v.name))
  return { dataDir, sandbox, clock, warn, call, publish, group, names }
}
