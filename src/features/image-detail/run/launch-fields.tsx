import type { InstanceType } from '@/api/actions/instance-types'
import { Checkbox } from '@/components/ui/checkbox'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'
import { useRunTranslation } from '@/i18n/run-context'
import { sizesOf } from '@/lib/launch-plan'
import { maxStopHours, type formSize, type LaunchForm } from './launch-form'

/** The size, disk, name and automatic stop of a launch. */
export function LaunchFields({
  form,
  type,
  checked,
  onChange,
}: {
  form: LaunchForm
  type: InstanceType
  checked: ReturnType<typeof formSize>
  onChange: (next: Partial<LaunchForm>) => void
}) {
  const { r } = useRunTranslation()
  const sizes = sizesOf(type, 0)
  const counts = [...new Set(sizes.map((s) => s.gpus))]
  const collection = sizes.filter((s) => s.gpus === form.gpus)
  const { errors, min, max } = checked
  return (
    <>
      <Field label={r('launch.gpus')}>
        {(control) => (
          <Select
            {...control}
            value={form.gpus}
            onChange={(e) => {
              const gpus = Number(e.target.value)
              const first = sizes.find((s) => s.gpus === gpus)
              onChange({ gpus, cpuMemory: first ? `${first.cpu}:${first.memoryGb}` : '' })
            }}
          >
            {counts.map((count) => (
              <option key={count} value={count}>
                {count}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={r('launch.cpuMemory')}>
        {(control) => (
          <Select
            {...control}
            value={form.cpuMemory}
            onChange={(e) => onChange({ cpuMemory: e.target.value })}
          >
            {collection.map((s) => (
              <option key={`${s.cpu}:${s.memoryGb}`} value={`${s.cpu}:${s.memoryGb}`}>
                {r('launch.cpuMemoryOption', { cpu: s.cpu, memory: s.memoryGb })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field
        label={r('launch.disk')}
        hint={r('launch.diskHint', { min, max })}
        error={errors.disk ? r('launch.diskRange', { min, max }) : undefined}
      >
        {(control) => (
          <Input
            {...control}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={10}
            value={form.disk}
            onChange={(e) => onChange({ disk: e.target.value })}
          />
        )}
      </Field>
      <Field label={r('launch.name')} error={errors.name ? r('launch.nameInvalid') : undefined}>
        {(control) => (
          <Input
            {...control}
            maxLength={63}
            value={form.name}
            onChange={(e) => onChange({ name: e.target.value })}
          />
        )}
      </Field>
      <Checkbox
        label={r('launch.autoStop')}
        hint={r('launch.autoStopHint')}
        checked={form.autoStop}
        onChange={(e) => onChange({ autoStop: e.target.checked })}
      />
      {form.autoStop && (
        <Field
          label={r('launch.autoStopHours')}
          error={errors.hours ? r('launch.autoStopRange') : undefined}
        >
          {(control) => (
            <Input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={maxStopHours}
              value={form.hours}
              onChange={(e) => onChange({ hours: e.target.value })}
            />
          )}
        </Field>
      )}
    </>
  )
}
