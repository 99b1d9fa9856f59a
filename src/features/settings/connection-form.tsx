import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useController, useForm, useWatch, type Control, type FieldErrors } from 'react-hook-form'
import { ApiErrorMessage } from '@/components/api-error-message'
import { Button } from '@/components/ui/button'
import { Checkbox, Radio } from '@/components/ui/checkbox'
import { LabelledSelect } from '@/components/labelled-select'
import { useTranslation } from '@/i18n/use-translation'
import {
  connectionIdentity,
  hasKeys,
  modes,
  normalizeConnection,
  regions,
  type Connection,
} from '@/lib/connection'
import { useConnection, useConnectionStore } from '@/lib/connection-context'
import { KeyField } from './connection-fields'
import { connectionSchema } from './connection-schema'
import { useConnectionTest } from './connection-test'
import type { KeyProblem } from './key-rules'
import { useZones } from './use-zones'
import { ZoneField } from './zone-field'

type Notice = 'saved' | 'savedCleared' | 'forgotten' | null
/** Said when storage could not keep the keys where the user asked. */
type Shortfall = 'notOnDevice' | 'memoryOnly' | null
type KeyName = 'publicKey' | 'privateKey'

const amberBox =
  'rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100'

/** A key's input props, held by the form under its own name: the input itself has none. */
function useKeyInput(
  control: Control<Connection, unknown, Connection>,
  name: KeyName,
  onEdit: (name: KeyName) => void,
) {
  const { field } = useController({ control, name })
  return {
    value: field.value,
    onBlur: field.onBlur,
    ref: field.ref,
    onChange: (event: { target: { value: string } }) => {
      field.onChange(event.target.value)
      onEdit(name)
    },
  }
}

/**
 * Edits a draft of the connection (React Hook Form, checked by connection-schema.ts); nothing
 * takes effect until Save, so typing a key letter by letter never switches accounts (and
 * empties the cache) on every keystroke.
 */
export function ConnectionForm() {
  const { t } = useTranslation()
  const store = useConnectionStore()
  const saved = useConnection()
  const resolver = useMemo(() => zodResolver(connectionSchema(saved)), [saved])
  const form = useForm<Connection, unknown, Connection>({
    defaultValues: saved,
    resolver,
    // Checked on Save and Test only; editing a key withdraws its message (see `edited`).
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const { register, setValue, clearErrors, formState } = form
  const draft = { ...saved, ...useWatch({ control: form.control }) }
  const [showPrivateKey, setShowPrivateKey] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const [shortfall, setShortfall] = useState<Shortfall>(null)
  const test = useConnectionTest()
  const zones = useZones(draft)

  /** Any change: what was said about the settings before no longer holds. */
  const edited = (key?: KeyName) => {
    setNotice(null)
    setShortfall(null)
    // A result would describe settings that are no longer the ones on screen.
    test.reset()
    if (key) clearErrors(key)
  }
  const publicKey = useKeyInput(form.control, 'publicKey', edited)
  const privateKey = useKeyInput(form.control, 'privateKey', edited)

  /** Moves focus to the first key that is wrong. */
  const onInvalid = (errors: FieldErrors<Connection>) => {
    form.setFocus(errors.publicKey ? 'publicKey' : 'privateKey')
  }
  /** The settings to save or test: the form's, with the zone the zone list settled on. */
  const settled = (values: Connection) => normalizeConnection({ ...values, zone: zones.zone })

  const onSave = form.handleSubmit(async (values) => {
    const next = normalizeConnection(await zones.resolve(settled(values)))
    const switched = connectionIdentity(next) !== connectionIdentity(saved)
    const where = store.save(next)
    // What the store holds: "remember" is off again when the device could not keep the keys.
    form.reset(store.getSnapshot())
    setNotice(switched ? 'savedCleared' : 'saved')
    const wanted = next.mode === 'compshare' && hasKeys(next)
    if (wanted && where === 'memory') setShortfall('memoryOnly')
    else if (wanted && next.remember && where !== 'device') setShortfall('notOnDevice')
  }, onInvalid)

  const onTest = () => {
    setNotice(null)
    return form.handleSubmit(
      async (values) => await test.run(await zones.resolve(settled(values))),
      onInvalid,
    )()
  }

  const onForget = () => {
    store.forgetKeys()
    for (const name of ['publicKey', 'privateKey'] as const) setValue(name, '')
    setValue('remember', false)
    clearErrors()
    setShowPrivateKey(false)
    test.reset()
    setNotice('forgotten')
    setShortfall(null)
  }

  const problem = (name: KeyName) => formState.errors[name]?.message as KeyProblem | undefined
  const anyKey = [saved.publicKey, saved.privateKey, draft.publicKey, draft.privateKey].some(
    (value) => value !== '',
  )

  return (
    <form noValidate onSubmit={(event) => void onSave(event)} className="flex flex-col gap-5">
      <fieldset>
        <legend className="mb-2 font-medium">{t('settings.mode.legend')}</legend>
        <div className="flex flex-col gap-2">
          {modes.map((mode) => (
            <Radio
              key={mode}
              value={mode}
              label={<span className="font-medium">{t(`settings.mode.${mode}`)}</span>}
              hint={t(`settings.mode.${mode}Hint`)}
              {...register('mode', { onChange: () => edited() })}
            />
          ))}
        </div>
      </fieldset>

      <LabelledSelect
        label={t('settings.region.label')}
        value={draft.region}
        onChange={(region) => {
          setValue('region', region)
          edited()
        }}
        options={regions.map((region) => ({
          value: region,
          label: t('settings.region.option', {
            id: region,
            name: t(`settings.region.names.${region}`),
          }),
        }))}
      />
      <ZoneField
        query={zones.query}
        zones={zones.zones}
        zone={zones.zone}
        onChange={(zone) => {
          setValue('zone', zone)
          edited()
        }}
        needsKeys={zones.waitingForKeys}
      />

      {draft.mode === 'compshare' && (
        <>
          <KeyField
            label={t('settings.keys.publicKey')}
            input={publicKey}
            error={problem('publicKey')}
            hint={t('settings.keys.where')}
          />
          <KeyField
            label={t('settings.keys.privateKey')}
            input={privateKey}
            error={problem('privateKey')}
            reveal={{
              shown: showPrivateKey,
              toggle: () => setShowPrivateKey((shown) => !shown),
              label: t('settings.keys.showPrivateKey'),
            }}
          />
          {/* The one way keys reach localStorage: a choice made next to a plain warning. */}
          <Checkbox
            label={<span className="font-medium">{t('settings.remember.label')}</span>}
            hint={
              <span className={draft.remember ? `mt-2 block ${amberBox}` : undefined}>
                {t('settings.remember.warning')}
              </span>
            }
            {...register('remember', { onChange: () => edited() })}
          />
        </>
      )}

      <div className="flex flex-wrap gap-3">
        <Button type="submit">{t('settings.save')}</Button>
        <Button
          variant="secondary"
          onClick={() => void onTest()}
          disabled={test.result.state === 'testing'}
        >
          {t(test.result.state === 'testing' ? 'settings.test.running' : 'settings.test.button')}
        </Button>
        {anyKey && (
          <Button variant="danger" onClick={onForget}>
            {t('settings.forget')}
          </Button>
        )}
      </div>

      <div role="status" className="text-sm empty:hidden">
        {notice && <p>{t(`settings.notice.${notice}`)}</p>}
        {shortfall && <p className={`mt-2 ${amberBox}`}>{t(`settings.notice.${shortfall}`)}</p>}
        {test.result.state === 'ok' && (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/40 dark:text-emerald-100">
            {t('settings.test.success', { count: test.result.imageCount })}
          </p>
        )}
        {test.result.state === 'failed' && (
          <div className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100">
            <p className="font-medium">{t('settings.test.failed')}</p>
            <ApiErrorMessage error={test.result.error} />
          </div>
        )}
      </div>
    </form>
  )
}
