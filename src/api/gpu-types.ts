/** GPU type names the platform knows; PublishCompShareImage refuses any other. */
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

export type GpuType = (typeof gpuTypes)[number]
