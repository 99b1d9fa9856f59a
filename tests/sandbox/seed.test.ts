// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createSeedState } from '@/sandbox/seed'
import { canonicalGpuType, gpuTypes, type GpuType } from '@/api/gpu-types'
import { compareVersions, isVersionName } from '@/lib/version'
import { sandboxEpoch } from '../support/sandbox'

const state = createSeedState({ epoch: sandboxEpoch })
const versions = state.groups.flatMap((group) => group.versions)
const year = 365 * 86_400

describe('seed', () => {
  it('is deterministic: the same seed and epoch give the same data, another seed other data', () => {
    expect(createSeedState({ epoch: sandboxEpoch })).toEqual(state)
    const other = createSeedState({ epoch: sandboxEpoch, seed: 7 })
    expect(other.groups.map((g) => g.id)).not.toEqual(state.groups.map((g) => g.id))
    // The epoch only shifts time: the same seed a day later is the same data a day later.
    const later = createSeedState({ epoch: sandboxEpoch + 86_400 })
    expect(later.groups.map((g) => g.id)).toEqual(state.groups.map((g) => g.id))
    expect(later.groups[0]?.versions[0]?.pubTime).toBe(
      (state.groups[0]?.versions[0]?.pubTime ?? 0) + 86_400,
    )
  })

  it('has at least 240 groups with distinct Chinese and English names', () => {
    const names = state.groups.map((g) => g.versions[0]?.name ?? '')
    expect(state.groups.length).toBeGreaterThanOrEqual(240)
    expect(new Set(names).size).toBe(names.length)
    expect(names.filter((n) => /[\u4e00-\u9fff]/.test(n)).length).toBeGreaterThan(60)
    expect(names.filter((n) => /^[\x20-\x7e]+$/.test(n)).length).toBeGreaterThan(40)
    for (const product of [
      'Stable Diffusion WebUI',
      'ComfyUI',
      'LLaMA-Factory',
      'vLLM',
      'Ollama',
      'Jupyter + PyTorch',
      'CUDA',
    ]) {
      expect(names.some((n) => n.includes(product))).toBe(true)
    }
  })

  it('has 30+ tags and 25+ authors, official and certified among them', () => {
    expect(new Set(versions.flatMap((v) => v.tags)).size).toBeGreaterThanOrEqual(30)
    expect(new Set(versions.map((v) => v.author)).size).toBeGreaterThanOrEqual(25)
    expect(new Set(versions.map((v) => v.authInfo))).toEqual(new Set([0, 1, 2]))
  })

  it('mixes free and paid (¥0.05–¥5/h), auto-start and not, 1–6 versions in every state', () => {
    const paid = versions.filter((v) => v.price > 0).map((v) => v.price)
    expect(versions.some((v) => v.price === 0)).toBe(true)
    expect(Math.min(...paid)).toBeGreaterThanOrEqual(0.05)
    expect(Math.max(...paid)).toBeLessThanOrEqual(5)
    expect(paid.every((price) => Math.round(price * 100) === price * 100)).toBe(true)
    expect(new Set(versions.map((v) => v.autoStart))).toEqual(new Set([true, false]))
    const counts = state.groups.map((g) => g.versions.length)
    expect(Math.min(...counts)).toBe(1)
    expect(Math.max(...counts)).toBe(6)
    expect(new Set(versions.map((v) => v.status))).toEqual(
      new Set(['Available', 'Offline', 'Reviewing']),
    )
  })

  it('spreads times over the past two years, in order within each group', () => {
    for (const group of state.groups) {
      const names = group.versions.map((v) => v.versionName)
      names.forEach((name, i) => {
        expect(isVersionName(name), name).toBe(true)
        if (i > 0) expect(compareVersions(name, names[i - 1] ?? '')).toBeGreaterThan(0)
      })
      for (const v of group.versions) {
        expect(v.pubTime).toBeLessThanOrEqual(sandboxEpoch)
        expect(v.pubTime).toBeGreaterThan(sandboxEpoch - 2 * year)
        expect(v.createTime).toBeLessThanOrEqual(v.pubTime)
        expect(v.updateTime).toBeGreaterThanOrEqual(v.pubTime)
      }
      const times = group.versions.map((v) => v.pubTime)
      expect(times).toEqual([...times].sort((a, b) => a - b))
    }
    const oldest = Math.min(...versions.map((v) => v.pubTime))
    expect(oldest).toBeLessThan(sandboxEpoch - year)
  })

  it('fills counters, sizes, ports, GPU types and cover URLs', () => {
    expect(state.groups.some((g) => g.favoritesCount > 1000)).toBe(true)
    expect(state.groups.some((g) => g.imageUseTime > 100_000)).toBe(true)
    for (const v of versions) {
      expect(v.size).toBeGreaterThan(1000)
      expect(v.gpus.length).toBeGreaterThan(0)
      // Older versions carry the name the platform once used for 4090_48G.
      expect(v.gpus.every((gpu) => gpuTypes.includes(canonicalGpuType(gpu) as GpuType))).toBe(true)
      expect(v.ports.length).toBeGreaterThan(0)
      expect(v.cover).toMatch(/^\/sandbox\/covers\/[a-z0-9-]+\.svg$/)
      expect(state.generatedCovers[v.cover.split('/').at(-1) ?? '']).toBeDefined()
    }
    expect(versions.some((v) => v.qrCodeUrl !== '')).toBe(true)
  })

  it('writes a markdown readme per version with headings, lists, tables, code, links and images', () => {
    for (const v of versions) {
      expect(v.readme).toMatch(/^# .+/m)
      expect(v.readme).toMatch(/^## .+/m)
      expect(v.readme).toMatch(/^- .+/m)
      expect(v.readme).toMatch(/^1\. .+/m)
      expect(v.readme).toMatch(/^\| --- \|/m)
      expect(v.readme).toContain('```bash')
      expect(v.readme).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/)
      expect(v.readme).toContain(`![`)
      expect(v.readme).toContain(v.versionName)
    }
  })

  it('gives both demo accounts images in every state and groups of their own', () => {
    for (const [key, nickname] of [
      ['sandbox-public-key', '演示用户'],
      ['sandbox-public-key-2', '演示用户二'],
    ]) {
      const images = state.customImages.filter((i) => i.owner === key)
      expect(images.filter((i) => i.status === 'Available' && i.container).length).toBeGreaterThan(
        1,
      )
      expect(images.some((i) => !i.container)).toBe(true)
      expect(images.some((i) => i.status === 'Making')).toBe(true)
      expect(state.groups.filter((g) => g.owner === nickname).length).toBeGreaterThanOrEqual(3)
    }
  })

  it('scales to a benchmark-sized data set', () => {
    const big = createSeedState({ epoch: sandboxEpoch, groupCount: 2_000 })
    const ids = big.groups.map((g) => g.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(big.groups.length).toBeGreaterThanOrEqual(2_000)
  })
})
