import * as fs from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { signRequest } from '@/api/signature'
import { sandboxOptionsFromEnv } from '@/sandbox/env'
import { createSandbox } from '@/sandbox/sandbox'
import { demoAccount, publishableImage, sandboxEpoch } from '../support/sandbox'

// The store's file operations, wrapped so a test can make one of them fail like a crash would.
const writeSync = vi.fn((fd: number, buffer: NodeJS.ArrayBufferView, offset?: number) =>
  fs.writeSync(fd, buffer, offset),
)
const io = {
  ...fs,
  renameSync: vi.fn(fs.renameSync),
  writeSync: writeSync as unknown as typeof fs.writeSync,
}

let dataDir: string
const statePath = () => join(dataDir, 'state.json')

beforeEach(() => {
  dataDir = fs.mkdtempSync(join(tmpdir(), 'sandbox-store-'))
})
afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function open(warn = vi.fn<(message: string) => void>()) {
  const sandbox = createSandbox({
    dataDir,
    epoch: sandboxEpoch,
    now: () => sandboxEpoch * 1000,
    warn,
    io,
  })
  const call = (params: Record<string, unknown>) => sandbox.handle(signRequest(params, demoAccount))
  const container = publishableImage(sandbox)
  const publish = (name: string) =>
    call({
      Action: 'PublishCompShareImage',
      CompShareImageId: container?.id,
      CommunityImageName: name,
      VersionName: 'v1.0',
    })
  const names = () =>
    (
      call({ Action: 'DescribeSelfCommunityImages' }).body.CompshareImageGroup as {
        ImageName: string
      }[]
    ).map((g) => g.ImageName)
  return { sandbox, publish, names, warn }
}

describe('file persistence', () => {
  it('seeds on first run and writes state.json through a temp file and a rename', () => {
    const rename = io.renameSync
    rename.mockClear()
    const { publish } = open()
    expect(rename).toHaveBeenCalledTimes(1)
    const [from, to] = rename.mock.calls[0] ?? []
    expect(String(from)).toMatch(/state\.json\.tmp-\d+-\w+$/)
    expect(to).toBe(statePath())
    publish('persisted')
    expect(rename).toHaveBeenCalledTimes(2)
    expect(fs.readFileSync(statePath(), 'utf8')).toContain('persisted')
  })

  it('keeps the previous file whole when a write dies halfway, and rolls the change back', () => {
    const { publish, names, warn } = open()
    publish('first')
    const before = fs.readFileSync(statePath(), 'utf8')

    // Half the bytes reach the temp file, then the "disk" fails.
    writeSync.mockImplementationOnce((fd, buffer) => {
      fs.writeFileSync(fd, Buffer.from(buffer.buffer).subarray(0, 100))
      throw new Error('ENOSPC: no space left on device')
    })
    const failed = publish('second')
    expect(failed.status).toBe(500)
    expect(failed.body).toMatchObject({ RetCode: 500, Action: 'PublishCompShareImageResponse' })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ENOSPC'))
    expect(fs.readFileSync(statePath(), 'utf8')).toBe(before)
    expect(fs.readdirSync(dataDir).sort()).toEqual(['covers', 'state.json'])
    expect(names()).toContain('first')
    expect(names()).not.toContain('second')

    io.renameSync.mockImplementationOnce(() => {
      throw new Error('killed before rename')
    })
    expect(publish('third').status).toBe(500)
    expect(fs.readFileSync(statePath(), 'utf8')).toBe(before)
    expect(names()).not.toContain('third')

    expect(publish('fourth').body).toMatchObject({ RetCode: 0 })
    expect(open().names()).toEqual(expect.arrayContaining(['first', 'fourth']))
  })

  it('ignores and removes a torn temp file left by a crash', () => {
    open().publish('survivor')
    const torn = join(dataDir, 'state.json.tmp-4242-crash')
    fs.writeFileSync(torn, '{"format":1,"groups":[{"id":')
    const reopened = open()
    expect(reopened.names()).toContain('survivor')
    expect(fs.existsSync(torn)).toBe(false)
  })

  it('sets an unreadable state file aside, warns, and starts from the seed', () => {
    open().publish('lost?')
    fs.writeFileSync(statePath(), '{ not json')
    const { names, warn } = open()
    expect(names()).not.toContain('lost?')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('kept it as'))
    const aside = fs.readdirSync(dataDir).find((name) => name.startsWith('state.json.unreadable-'))
    expect(fs.readFileSync(join(dataDir, aside ?? 'missing'), 'utf8')).toBe('{ not json')
  })

  it('notices when another process replaces the file', () => {
    const a = open()
    const b = open()
    a.publish('from a')
    expect(b.names()).toContain('from a')
  })
})

describe('environment', () => {
  it('reads SANDBOX_DATA_DIR relative to the project and SANDBOX_REVIEW_SECONDS', () => {
    expect(sandboxOptionsFromEnv({}, '/app')).toEqual({
      dataDir: '/app/.sandbox',
      reviewSeconds: 30,
      faults: null,
    })
    expect(
      sandboxOptionsFromEnv({ SANDBOX_DATA_DIR: 'tmp/x', SANDBOX_REVIEW_SECONDS: '0' }, '/app'),
    ).toEqual({
      dataDir: '/app/tmp/x',
      reviewSeconds: 0,
      faults: null,
    })
    expect(sandboxOptionsFromEnv({ SANDBOX_DATA_DIR: '/data' }, '/app').dataDir).toBe('/data')
    expect(() => sandboxOptionsFromEnv({ SANDBOX_REVIEW_SECONDS: 'soon' }, '/app')).toThrow(
      'SANDBOX_REVIEW_SECONDS',
    )
  })
})
