// @vitest-environment node
import * as fs from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { sandboxOptionsFromEnv } from '@/sandbox/env'
import { afterCrash, openFiles, tempFolder } from './file-sandbox'

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
  dataDir = tempFolder()
})

const open = (dir = dataDir, compactBytes?: number) => openFiles(dir, { io, compactBytes })

describe('file persistence', () => {
  it('seeds on first run through a temp file and a rename; a change is a journal line', () => {
    const rename = io.renameSync
    rename.mockClear()
    const { publish } = open()
    expect(rename).toHaveBeenCalledTimes(1)
    const [from, to] = rename.mock.calls[0] ?? []
    expect(String(from)).toMatch(/state\.json\.tmp-\d+-\w+$/)
    expect(to).toBe(statePath())
    publish('persisted')
    expect(rename).toHaveBeenCalledTimes(1)
    expect(fs.readFileSync(statePath(), 'utf8')).not.toContain('persisted')
    expect(fs.readFileSync(join(dataDir, 'journal.jsonl'), 'utf8')).toContain('persisted')
  })

  it('keeps the previous snapshot whole when writing a new one dies, and loses nothing', () => {
    const { publish, warn, sandbox } = open(dataDir, 1)
    publish('first')
    const before = fs.readFileSync(statePath(), 'utf8')

    // Half the snapshot reaches the temp file, then the "disk" fails. The change itself is
    // already in the journal, so the publish stands.
    let calls = 0
    writeSync.mockImplementation((fd, buffer, offset) => {
      if (++calls === 1) return fs.writeSync(fd, buffer, offset) // the journal line
      fs.writeFileSync(fd, Buffer.from(buffer.buffer).subarray(0, 100))
      throw new Error('ENOSPC: no space left on device')
    })
    expect(publish('second').body).toMatchObject({ RetCode: 0 })
    writeSync.mockReset()
    writeSync.mockImplementation((fd, buffer, offset) => fs.writeSync(fd, buffer, offset))
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ENOSPC'))
    expect(fs.readFileSync(statePath(), 'utf8')).toBe(before)
    expect(fs.readdirSync(dataDir).sort()).toEqual([
      'covers',
      'journal.jsonl',
      'sandbox.lock',
      'state.json',
    ])

    io.renameSync.mockImplementationOnce(() => {
      throw new Error('killed before rename')
    })
    expect(publish('third').body).toMatchObject({ RetCode: 0 })
    expect(fs.readFileSync(statePath(), 'utf8')).toBe(before)

    const restarted = open(afterCrash(dataDir))
    expect(restarted.names()).toEqual(expect.arrayContaining(['first', 'second', 'third']))
    sandbox.close()
    expect(fs.readFileSync(statePath(), 'utf8')).toContain('third')
  })

  it('ignores and removes a torn temp file left by a crash', () => {
    const first = open()
    first.publish('survivor')
    first.sandbox.close()
    const torn = join(dataDir, 'state.json.tmp-4242-crash')
    fs.writeFileSync(torn, '{"format":1,"groups":[{"id":')
    const reopened = open()
    expect(reopened.names()).toContain('survivor')
    expect(fs.existsSync(torn)).toBe(false)
  })

  it('sets an unreadable state file aside with its journal, warns, and starts from the seed', () => {
    open().publish('lost?')
    const crashed = afterCrash(dataDir)
    fs.writeFileSync(join(crashed, 'state.json'), '{ not json')
    const { names, warn } = open(crashed)
    expect(names()).not.toContain('lost?')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('kept it as'))
    const aside = (prefix: string) => {
      const name = fs.readdirSync(crashed).find((n) => n.startsWith(prefix)) ?? 'missing'
      return fs.readFileSync(join(crashed, name), 'utf8')
    }
    expect(aside('state.json.unreadable-')).toBe('{ not json')
    expect(aside('journal.jsonl.unreadable-')).toContain('lost?')
  })

  it('loads a snapshot saved before there was a journal, and journals after it', () => {
    const first = open()
    first.sandbox.close()
    const { journal, ...older } = JSON.parse(fs.readFileSync(statePath(), 'utf8')) as {
      journal: unknown
    }
    expect(journal).toMatchObject({ seq: 0 })
    fs.writeFileSync(statePath(), JSON.stringify(older))
    const second = open()
    expect(second.warn).not.toHaveBeenCalled()
    expect(second.publish('on an old snapshot').body).toMatchObject({ RetCode: 0 })
    expect(open(afterCrash(dataDir)).names()).toContain('on an old snapshot')
  })
})

describe('environment', () => {
  it('reads SANDBOX_DATA_DIR relative to the project and the clocks’ seconds', () => {
    expect(sandboxOptionsFromEnv({}, '/app')).toEqual({
      dataDir: '/app/.sandbox',
      reviewSeconds: 30,
      instanceSeconds: 10,
      faults: null,
    })
    expect(
      sandboxOptionsFromEnv(
        { SANDBOX_DATA_DIR: 'tmp/x', SANDBOX_REVIEW_SECONDS: '0', SANDBOX_INSTANCE_SECONDS: '2' },
        '/app',
      ),
    ).toEqual({
      dataDir: '/app/tmp/x',
      reviewSeconds: 0,
      instanceSeconds: 2,
      faults: null,
    })
    expect(sandboxOptionsFromEnv({ SANDBOX_DATA_DIR: '/data' }, '/app').dataDir).toBe('/data')
    expect(() => sandboxOptionsFromEnv({ SANDBOX_REVIEW_SECONDS: 'soon' }, '/app')).toThrow(
      'SANDBOX_REVIEW_SECONDS',
    )
    expect(() => sandboxOptionsFromEnv({ SANDBOX_INSTANCE_SECONDS: '-1' }, '/app')).toThrow(
      'SANDBOX_INSTANCE_SECONDS must be a number of seconds, not "-1"',
    )
  })
})
