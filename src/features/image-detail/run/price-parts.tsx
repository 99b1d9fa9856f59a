import type { InstancePrice, InstanceSize } from '@/api/actions/instance-price'
import { useRunTranslation } from '@/i18n/run-context'
import { formatPrice } from '@/lib/format'

/** What the hourly total pays for, and for which size. */
export function PriceParts({ price, size }: { price: InstancePrice; size: InstanceSize }) {
  const { r, language } = useRunTranslation()
  const yuan = (value: number) => formatPrice(value, language)
  return (
    <span className="block text-xs text-slate-600 dark:text-slate-400">
      {r('run.breakdown', {
        instance: yuan(price.instance + price.dataDisks),
        disk: yuan(price.systemDisk),
        image: yuan(price.image),
      })}
      <br />
      {r('run.size', {
        gpus: size.gpus,
        cpu: size.cpu,
        memory: size.memoryGb,
        disk: size.diskGb,
      })}
    </span>
  )
}
