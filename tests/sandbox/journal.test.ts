// @vitest-environment node
import * as fs from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { resetSandbox } from '@/sandbox/state/reset'
import { afterCrash, openFiles, tempFolder } from './file-sandbox'

const journal = (dir: string) => join(dir, 'journal.jsonl')
const lines = (dir: string) =>
  fs.existsSync(journal(dir)) ? fs.readFileSync(journal(dir), 'utf8').split('\n').slice(0, -1) : []
const snapshot = (dir: string) => fs.readFileSync(join(dir, 'state.json'), 'utf8')
const onDisk = (dir: string) => snapshot(dir) + lines(dir).join('\n')

/** Publishes, stars a seeded group, and lets the review clock approve the publish. */
function writeOneOfEach(files: ReturnType<typeof openFiles>) {
  expect(files.publish('journaled').body).toMatchObject({ RetCode: 0 })
  const mine = files.sandbox.state().favorites['sandbox-public-key'] ?? []
  const starred = files.sandbox
    .state()
    .groups.find(
      (g) =>
        g.owner !== '演示用户' && !mine.includes(g.id) && g.versions[0]?.status === 'Available',
    )
  const star = files.call({ Action: 'CreateCompShareImageFavorite', GroupId: starred?.id })
  expect(star.body).toMatchObject({ RetCode: 0 })
  files.clock.advance(31)
  files.publish('second') // the request that approves the first
  return { starredId: starred?.id ?? '', count: starred?.favoritesCount ?? 0 }
}

function expectOneOfEach(files: ReturnType<typeof openFiles>, starred: string, count: number) {
  expect(files.group('journaled')?.versions[0]?.status).toBe('Available')
  expect(files.group('second')?.versions[0]?.status).toBe('Reviewing')
  const group = files.sandbox.state().groups.find((g) => g.id === starred)
  expect(group?.favoritesCount).toBe(count)
  expect(files.sandbox.state().favorites['sandbox-public-key']).toContain(starred)
  // The cover drawn for a publish without one is journaled with it.
  const cover = files.group('journaled')?.versions[0]?.cover.split('/').pop() ?? ''
  expect(files.sandbox.generatedCover(cover)).toMatchObject({ title: 'journaled' })
}

describe('the journal', () => {
  it('appends one line per change, leaving the snapshot alone', () => {
    const dir = tempFolder()
    const files = openFiles(dir)
    const before = snapshot(dir)
    writeOneOfEach(files)
    expect(snapshot(dir)).toBe(before)
    const kinds = lines(dir).map((line) => JSON.parse(line) as { change: { kind: string } })
    expect(kinds.map((entry) => entry.change.kind)).toEqual([
      'published',
      'stars',
      'approved',
      'published',
    ])
    expect(lines(dir).map((line) => (JSON.parse(line) as { seq: number }).seq)).toEqual([
      1, 2, 3, 4,
    ])
  })

  it('keeps a publish, a star and an approval through a crash and restart', () => {
    const dir = tempFolder()
    const { starredId, count } = writeOneOfEach(openFiles(dir))
    const restarted = openFiles(afterCrash(dir))
    expectOneOfEach(restarted, starredId, count)
    expect(restarted.warn).not.toHaveBeenCalled()
  })

  it('folds the journal into the snapshot on load and on close, and keeps everything', () => {
    const dir = tempFolder()
    const files = openFiles(dir)
    const { starredId, count } = writeOneOfEach(files)
    const crashed = afterCrash(dir)
    const loaded = openFiles(crashed)
    expect(fs.existsSync(journal(crashed))).toBe(false)
    expect(snapshot(crashed)).toContain('journaled')
    expectOneOfEach(loaded, starredId, count)

    files.sandbox.close()
    expect(fs.readdirSync(dir).sort()).toEqual(['covers', 'state.json'])
    expectOneOfEach(openFiles(dir), starredId, count)
  })

  it('makes a new snapshot once the journal is large enough', () => {
    const dir = tempFolder()
    const files = openFiles(dir, { compactBytes: 1 })
    const { starredId, count } = writeOneOfEach(files)
    expect(fs.existsSync(journal(dir))).toBe(false)
    expect(snapshot(dir)).toContain('second')
    const restarted = openFiles(afterCrash(dir))
    expectOneOfEach(restarted, starredId, count)
    expect(restarted.names()).toEqual(files.names())

    const some = openFiles(tempFolder(), { compactBytes: 3000 })
    some.publish('one')
    expect(lines(some.dataDir)).toHaveLength(1)
    for (let i = 0; lines(some.dataDir).length > 0; i++) some.publish(`filler ${i}`)
    expect(snapshot(some.dataDir)).toContain('filler 0')
  })

  it('skips entries already in the snapshot when killed before the journal was removed', () => {
    const dir = tempFolder()
    const rmSync = vi.fn(fs.rmSync)
    const files = openFiles(dir, { io: { ...fs, rmSync } })
    const { starredId, count } = writeOneOfEach(files)
    const entries = lines(dir)
    // Killed between writing the snapshot and removing the journal.
    rmSync.mockImplementationOnce(() => {
      throw new Error('killed')
    })
    files.sandbox.close()
    expect(snapshot(dir)).toContain('journaled')
    expect(lines(dir)).toEqual(entries)
    const restarted = openFiles(dir)
    expectOneOfEach(restarted, starredId, count)
    expect(restarted.names()).toEqual(files.names())
    expect(restarted.warn).not.toHaveBeenCalled()
  })

  it('ignores a torn last line, with a warning', () => {
    const dir = tempFolder()
    const { starredId, count } = writeOneOfEach(openFiles(dir))
    const crashed = afterCrash(dir)
    fs.appendFileSync(journal(crashed), '{"id":"x","seq":5,"change":{"kind":"publ')
    const restarted = openFiles(crashed)
    expectOneOfEach(restarted, starredId, count)
    expect(restarted.warn).toHaveBeenCalledWith(expect.stringContaining('torn last line'))
    expect(restarted.publish('after the tear').body).toMatchObject({ RetCode: 0 })
    expect(openFiles(afterCrash(crashed)).names()).toContain('after the tear')
  })

  it('keeps aside, unapplied, a journal that does not belong to the snapshot', () => {
    const dir = tempFolder()
    openFiles(dir).publish('kept')
    const crashed = afterCrash(dir)
    const foreign = lines(crashed)[0]?.replace(/"id":"\w*"/, '"id":"elsewhere"') ?? ''
    fs.writeFileSync(journal(crashed), `${foreign}\n`)
    const restarted = openFiles(crashed)
    expect(restarted.names()).not.toContain('kept')
    expect(restarted.warn).toHaveBeenCalledWith(expect.stringContaining('of another state'))
    const aside = fs
      .readdirSync(crashed)
      .find((name) => name.startsWith('journal.jsonl.unreadable-'))
    expect(fs.readFileSync(join(crashed, aside ?? 'missing'), 'utf8')).toBe(`${foreign}\n`)
  })

  it('rolls a change back when its line cannot be written, and carries on', () => {
    const dir = tempFolder()
    const writeSync = vi.fn((fd: number, buffer: NodeJS.ArrayBufferView, offset?: number) =>
      fs.writeSync(fd, buffer, offset),
    )
    const fsyncSync = vi.fn(fs.fsyncSync)
    const io = { ...fs, writeSync: writeSync as unknown as typeof fs.writeSync, fsyncSync }
    const files = openFiles(dir, { io })
    expect(files.publish('first').body).toMatchObject({ RetCode: 0 })

    // Half the line reaches the file, then the disk is full.
    writeSync.mockImplementationOnce((fd: number, buffer: NodeJS.ArrayBufferView) => {
      fs.writeSync(fd, Buffer.from(buffer.buffer).subarray(0, 40))
      throw new Error('ENOSPC: no space left on device')
    })
    const failed = files.publish('second')
    expect(failed.status).toBe(500)
    expect(files.warn).toHaveBeenCalledWith(expect.stringContaining('ENOSPC'))
    // The torn half was cut off again (the rollback then folded the journal into the snapshot).
    expect(onDisk(dir)).not.toContain('second')
    expect(onDisk(dir)).toContain('first')
    expect(files.warn).not.toHaveBeenCalledWith(expect.stringContaining('torn'))
    expect(files.names()).toContain('first')
    expect(files.names()).not.toContain('second')

    // The whole line written, but not synced: not durable, so not answered either.
    fsyncSync.mockImplementationOnce(() => {
      throw new Error('EIO: i/o error')
    })
    expect(files.publish('third').status).toBe(500)
    expect(onDisk(dir)).not.toContain('third')
    expect(files.names()).not.toContain('third')

    // Nor cut off: the journal's end is whole again only once the rollback has read it back.
    writeSync.mockImplementationOnce(() => {
      throw new Error('EIO: i/o error')
    })
    const ftruncateSync = vi.spyOn(io, 'ftruncateSync').mockImplementationOnce(() => {
      throw new Error('EIO: i/o error')
    })
    expect(files.publish('fourth').status).toBe(500)
    expect(ftruncateSync).toHaveBeenCalled()
    expect(files.names()).not.toContain('fourth')

    expect(files.publish('fifth').body).toMatchObject({ RetCode: 0 })
    const restarted = openFiles(afterCrash(dir)).names()
    expect(restarted).toEqual(expect.arrayContaining(['first', 'fifth']))
    for (const lost of ['second', 'third', 'fourth']) expect(restarted).not.toContain(lost)
  })

  it('is dropped by `sandbox:reset`, which a running sandbox picks up', () => {
    const dir = tempFolder()
    const files = openFiles(dir)
    files.publish('before the reset')
    resetSandbox(dir)
    expect(fs.existsSync(journal(dir))).toBe(false)
    expect(files.names()).toContain('before the reset') // until its next request
    files.call({ Action: 'DescribeCompShareImageTags' })
    expect(files.names()).not.toContain('before the reset')
    files.publish('after the reset')
    expect(openFiles(afterCrash(dir)).names()).toContain('after the reset')
  })
})
