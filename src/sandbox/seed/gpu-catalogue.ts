import { gpuSpec } from '../../api/gpu-types.ts'

/**
 * What the sandbox sells, per GPU type: the sizes (GPU count → CPU and memory in GB), CPU
 * platforms, and where. Sizes stay inside the docs' limits per type (CreateCompShareInstance's
 * GPU table: the 4090 at most 10 cards, 140 CPU and 680 GB; the 3080Ti 12 CPU and 125 GB…).
 * Prices are demo figures (docs/decisions/0027), not CompShare's.
 */
export interface MachineSize {
  gpu: number
  collections: readonly { cpu: number; memory: readonly number[] }[]
}

/** How a zone's stock of a type moves on the clock (state/stock.ts). */
export type StockPattern = 'steady' | 'varies' | 'scarce'

export interface GpuOffer {
  name: string
  description: string
  /** Demo figure: yuan per card-hour. */
  cardHour: number
  /** Sold as Spot (the docs: not the 4090_48G, A800, H20, P40 or 2080). */
  spot: boolean
  intel: boolean
  amd: boolean
  /** CLOUD_RSSD disks besides CLOUD_SSD (the docs: the A800 only). */
  rssd: boolean
  graphicsMemory: { Value: number; Rate: number }
  performance: { Value: number; Rate: number }
  sizes: readonly MachineSize[]
  /** The zones selling it: the most cards each has, and how its stock moves. */
  zones: Readonly<Record<string, readonly [cards: number, pattern: StockPattern]>>
}

type Platform = 'Intel' | 'Amd' | 'both'
/** Name, description, demo yuan per card-hour, CPU platform, performance (0–100), sizes. */
type Row = [string, string, number, Platform, number, string]

// Sizes: "CPU/memory GB" for 1, 2, 4 and 8 cards; "90+120" offers two memory sizes.
const rows: readonly Row[] = [
  ['4090', 'RTX40系', 1.88, 'both', 83, '16/64 32/128 64/256 128/512'],
  ['4090_48G', 'RTX40系 48G', 2.58, 'Intel', 85, '16/90 32/180 62/360 124/720'],
  ['5090', 'RTX50系', 2.98, 'both', 96, '16/90+120 32/180 62/360 124/720'],
  ['3090', 'RTX30系', 1.28, 'Amd', 62, '14/56 28/112 56/224 112/448'],
  ['3080Ti', 'RTX30系', 0.78, 'Intel', 48, '2/12 4/28 8/60 12/120'],
  ['2080Ti', 'RTX20系', 0.58, 'Intel', 34, '6/24 12/48 24/96 48/192'],
  ['2080', 'RTX20系', 0.48, 'Intel', 28, '10/40 20/80 44/160 88/320'],
  ['A100', 'A系列', 5.98, 'Intel', 90, '14/120 28/240 56/480 112/960'],
  ['A800', 'A系列', 6.28, 'Intel', 92, '15/200 30/400 60/800 120/1600'],
  ['H20', 'H系列', 4.88, 'Intel', 88, '22/220 44/440 92/880 184/1760'],
  ['P40', 'Tesla', 0.88, 'Intel', 30, '6/60 12/120 24/240 48/480'],
  ['V100S', 'Tesla', 1.58, 'Intel', 55, '10/64 22/128 44/288 88/576'],
]

const noSpot = ['4090_48G', 'A800', 'H20', 'P40', '2080']

/** Per zone, the types it sells: "type:cards:pattern" (cn-wlcb-01 sells every one). */
const zoneStock: Readonly<Record<string, string>> = {
  'cn-wlcb-01':
    '4090:80:steady 4090_48G:24:varies 5090:16:scarce 3090:32:varies 3080Ti:16:varies ' +
    '2080Ti:24:varies 2080:16:varies A100:16:varies A800:16:scarce H20:16:scarce ' +
    'P40:16:varies V100S:16:varies',
  'cn-sh2-02': '4090:32:varies 3090:24:varies 3080Ti:16:scarce 2080Ti:24:varies 2080:16:varies',
  'cn-bj2-05': '4090:24:varies 4090_48G:16:scarce A100:16:varies H20:8:varies V100S:16:varies',
}

const rate = (value: number, top: number) => Math.min(5, Math.max(1, Math.round((value / top) * 5)))

function zonesOf(name: string): GpuOffer['zones'] {
  const zones: Record<string, readonly [number, StockPattern]> = {}
  for (const [zone, text] of Object.entries(zoneStock)) {
    for (const entry of text.split(' ')) {
      const [type, cards, pattern] = entry.split(':')
      if (type === name) zones[zone] = [Number(cards), pattern as StockPattern]
    }
  }
  return zones
}

function offerOf([name, description, cardHour, platform, performance, sizeText]: Row): GpuOffer {
  const memoryGb = gpuSpec(name)?.memoryGb ?? 0
  const sizes = sizeText.split(' ').map((size, i) => {
    const [cpu = '', memory = ''] = size.split('/')
    return {
      gpu: 2 ** i,
      collections: [{ cpu: Number(cpu), memory: memory.split('+').map(Number) }],
    }
  })
  return {
    name,
    description,
    cardHour,
    spot: !noSpot.includes(name),
    intel: platform !== 'Amd',
    amd: platform !== 'Intel',
    rssd: name === 'A800',
    graphicsMemory: { Value: memoryGb, Rate: rate(memoryGb, 96) },
    performance: { Value: performance, Rate: rate(performance, 100) },
    sizes,
    zones: zonesOf(name),
  }
}

export const gpuOffers: readonly GpuOffer[] = rows.map(offerOf)

/** The offer of a type by its service name; undefined for an unknown one. */
export function gpuOffer(name: string): GpuOffer | undefined {
  return gpuOffers.find((candidate) => candidate.name === name)
}

/** The types a zone sells, in catalogue order. */
export function offersIn(zone: string): GpuOffer[] {
  return gpuOffers.filter((candidate) => Object.hasOwn(candidate.zones, zone))
}

/** The size of `offer` for `gpu` cards, if one is on sale. */
export function sizeOf(offer: GpuOffer, gpu: number): MachineSize | undefined {
  return offer.sizes.find((size) => size.gpu === gpu)
}
