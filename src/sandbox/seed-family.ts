import type { SoftwarePort } from './types.ts'

/** Known GPU types on the platform; PublishCompShareImage refuses any other name. */
export const gpuTypes = [
  '5090',
  '4090',
  '4090(48G)',
  '3090',
  '3080Ti',
  '2080Ti',
  '2080',
  'A100',
  'A800',
  'H20',
  'P40',
] as const

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
  gpus: readonly (typeof gpuTypes)[number][]
  /** Components listed in the readme table, beside Python and CUDA. */
  stack: readonly (readonly [string, string])[]
  start: string
  /** The upstream project; null when variants are different projects (the readme searches). */
  link: string | null
  autoStart: number
}
