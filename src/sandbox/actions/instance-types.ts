import { maxMachineTypeFilters } from '../bounds.ts'
import { offersIn, type GpuOffer } from '../seed/gpu-catalogue.ts'
import { freeCards } from '../state/stock.ts'
import type { ActionContext, ActionHandler } from './context.ts'
import { invalidParameter, missingParameter } from './errors.ts'
import { bootDiskMaxGb, checkBootFits, dataDiskGb, disksField } from './instance-disks.ts'
import {
  chargeTypeField,
  gpuTypeField,
  machineTypeField,
  platformField,
  zoneOf,
} from './instance-fields.ts'
import { checkImageGpu, imageField } from './instance-image.ts'
import { supportZones } from './location.ts'
import { list, optionalText } from './params.ts'

const diskTypes = (offer: GpuOffer) => (offer.rssd ? ['CLOUD_SSD', 'CLOUD_RSSD'] : ['CLOUD_SSD'])

/** One AvailableInstanceTypes item (SDK model AvailableInstanceTypes), its Status from stock. */
function typeJson(offer: GpuOffer, zone: string, instanceType: string, free: number) {
  const platforms = [...(offer.intel ? ['Intel/Auto'] : []), ...(offer.amd ? ['Amd/Auto'] : [])]
  return {
    InstanceType: instanceType,
    Name: offer.name,
    Zone: zone,
    Status: free > 0 ? 'Normal' : 'SoldOut',
    Description: offer.description,
    CpuPlatforms: {
      ...(offer.intel ? { Intel: ['Intel/IceLake'] } : {}),
      ...(offer.amd ? { Amd: ['Amd/EPYC3', 'Amd/EPYC2'] } : {}),
    },
    Disks: [
      {
        Name: 'cloudDisk',
        BootDisk: diskTypes(offer).map((name) => ({
          Name: name,
          InstantResize: true,
          MaximalSize: bootDiskMaxGb,
          Features: ['SNAPSHOT'],
        })),
        DataDisk: diskTypes(offer).map((name) => ({
          Name: name,
          MinimalSize: dataDiskGb.min,
          MaximalSize: dataDiskGb.max,
          Features: ['SNAPSHOT'],
        })),
      },
    ],
    MachineSizes: offer.sizes.map((size) => ({
      Gpu: size.gpu,
      Collection: size.collections.map((collection) => ({
        Cpu: collection.cpu,
        Memory: [...collection.memory],
        MinimalCpuPlatform: platforms,
      })),
    })),
    GraphicsMemory: { ...offer.graphicsMemory },
    Performance: { ...offer.performance },
    MachineClass: 'GPU',
    ParentType: 'G',
  }
}

const free = ({ catalogue, stock, now }: ActionContext, zone: string, offer: GpuOffer) =>
  freeCards(catalogue.state.instances, stock, zone, offer.name, now)

/** The types sold in the Zone asked (every zone of the Region without one), `MachineTypes.N` only. */
export const describeInstanceTypes: ActionHandler = (fields, context) => {
  const names = list(fields, 'MachineTypes')
  if (names.length > maxMachineTypeFilters) {
    throw invalidParameter('MachineTypes', `at most ${maxMachineTypeFilters} types`)
  }
  const instanceType = optionalText(fields, 'InstanceType') ?? 'uhost'
  if (instanceType !== 'uhost' && instanceType !== 'spot') {
    throw invalidParameter('InstanceType', 'must be uhost or spot')
  }
  const zone = optionalText(fields, 'Zone')
  const region = optionalText(fields, 'Region')
  const zones = supportZones
    .filter((candidate) => (zone ? candidate.Zone === zone : candidate.Region === region))
    .map((candidate) => candidate.Zone)
  const types = zones.flatMap((where) =>
    offersIn(where)
      .filter((offer) => names.length === 0 || names.includes(offer.name))
      .filter((offer) => instanceType === 'uhost' || offer.spot)
      .map((offer) => typeJson(offer, where, instanceType, free(context, where, offer))),
  )
  return { AvailableInstanceTypes: types }
}

/**
 * Every size of the type in the zone with whether the cards for it are free now, after the
 * same checks a create makes of the type, image, charge type and disks (the CLI's stock check).
 */
export const checkResourceCapacity: ActionHandler = (fields, context) => {
  const zone = zoneOf(fields)
  const offer = gpuTypeField(fields, zone)
  machineTypeField(fields)
  platformField(fields, offer, true)
  if (chargeTypeField(fields, offer, undefined) === undefined) throw missingParameter('ChargeType')
  const image = imageField(fields, context, true)
  const disks = disksField(fields, offer, true)
  if (image) {
    checkImageGpu(image, offer.name)
    checkBootFits(disks, image.size)
  }
  const cards = free(context, zone, offer)
  const specs = offer.sizes.flatMap((size) =>
    size.collections.flatMap((collection) =>
      collection.memory.map((memory) => ({
        Gpu: size.gpu,
        Cpu: collection.cpu,
        Mem: memory,
        ResourceEnough: cards >= size.gpu,
      })),
    ),
  )
  return { Specs: specs }
}
