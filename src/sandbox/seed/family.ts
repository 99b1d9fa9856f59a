import type { GpuType } from '../../api/gpu-types.ts'
import type { SoftwarePort } from '../types.ts'

export type Lang = 'zh' | 'en'

/**
 * One kind of image (a product and its variants) the seed draws groups from. Templates use
 * `{m}` for the variant (a model, a framework version…).
 */
export interface Family {
  key: string
  /** Cover headline; short, Latin, so it fits on the card. */
  title: string
  hue: number
  variants: readonly string[]
  names: Readonly<Record<Lang, readonly string[]>>
  descriptions: Readonly<Record<Lang, readonly string[]>>
  tags: readonly string[]
  ports: readonly SoftwarePort[]
  /** Image size range in MB. */
  size: readonly [number, number]
  gpus: readonly GpuType[]
  /** Components listed in the readme table, beside Python and CUDA. */
  stack: readonly (readonly [string, string])[]
  start: string
  /** The upstream project; null when variants are different projects (the readme searches). */
  link: string | null
  autoStart: number
}
