/**
 * The GPU types CompShare's instance actions know, by the service's own names (GpuType), with a
 * display name and GPU memory. Memory is from the CompShare API pages' GPU table (a community
 * mirror of the console docs); the RTX 5090's, which that table leaves blank, is NVIDIA's 32 GB.
 * DescribeAvailableCompShareInstanceTypes (GraphicsMemory.Value) is the live word on memory.
 */
export const gpuSpecs = [
  { name: '5090', label: 'RTX 5090', memoryGb: 32 },
  { name: '4090', label: 'RTX 4090', memoryGb: 24 },
  { name: '4090_48G', label: 'RTX 4090 48G', memoryGb: 48 },
  { name: '3090', label: 'RTX 3090', memoryGb: 24 },
  { name: '3080Ti', label: 'RTX 3080 Ti', memoryGb: 12 },
  { name: '2080Ti', label: 'RTX 2080 Ti', memoryGb: 11 },
  { name: '2080', label: 'RTX 2080', memoryGb: 11 },
  { name: 'A100', label: 'A100', memoryGb: 80 },
  { name: 'A800', label: 'A800', memoryGb: 80 },
  { name: 'H20', label: 'H20', memoryGb: 96 },
  { name: 'P40', label: 'Tesla P40', memoryGb: 24 },
  { name: 'V100S', label: 'Tesla V100S', memoryGb: 32 },
] as const

export type GpuSpec = (typeof gpuSpecs)[number]
export type GpuType = GpuSpec['name']

/** GPU type names PublishCompShareImage accepts; it refuses any other. */
export const gpuTypes: readonly GpuType[] = gpuSpecs.map((spec) => spec.name)

/** Names older listings carry for a type the service now calls otherwise. */
const legacyNames: Readonly<Record<string, GpuType>> = { '4090(48G)': '4090_48G' }

/** The service's name for `name` (an older listing's name becomes today's); others unchanged. */
export function canonicalGpuType(name: string): string {
  return legacyNames[name] ?? name
}

/** The spec of a known type, under its current or an older name. */
export function gpuSpec(name: string): GpuSpec | undefined {
  const canonical = canonicalGpuType(name)
  return gpuSpecs.find((spec) => spec.name === canonical)
}

/** What a person reads for a type: its display name, or the name as given when unknown. */
export function gpuLabel(name: string): string {
  return gpuSpec(name)?.label ?? name
}

/**
 * Whether a version declaring `supported` (today's names) runs on `gpuType`: it names it, or it
 * names none, which the service takes as any (CreateCompShareInstance refuses only a GPU type
 * missing from a list that has some: RetCode 226603).
 */
export function runsOn(supported: readonly string[], gpuType: string): boolean {
  return supported.length === 0 || supported.includes(gpuType)
}
