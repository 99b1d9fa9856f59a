import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { ApiErrorMessage } from '@/components/api-error-message'
import { LabelledSelect } from '@/components/labelled-select'
import {
  connectionIdentity,
  hasKeys,
  modes,
  normalizeConnection,
  regions,
  type Connection,
} from '@/lib/connection'
import { useConnection, useConnectionStore } from '@/lib/connection-context'
import {
  buttonStyle,
  KeyField,
  ModeOption,
  RememberChoice,
  secondaryButtonStyle,
} from './connection-fields'
import { useConnectionTest } from './connection-test'
import { keyErrors, type KeyErrors } from './key-rules'
import { useZones } from './use-zones'
import { ZoneField } from './zone-field'

type Notice = 'saved' | 'savedCleared' | 'forgotten' | null
/** Said when storage could not keep the keys where the user asked. */
type Shortfall = 'notOnDevice' | 'memoryOnly' | null

/**
 * Edits a draft of the connection; nothing takes effect until Save, so typing a key letter by
 * letter never switches accounts (and empties the cache) on every keystroke.
 */
export function ConnectionForm() {
  const { t } = useTranslation()
  const store = useConnectionStore()
  const saved = useConnection()
  const [draft, setDraft] = useState<Connection>(saved)
  const [errors, setErrors] = useState<KeyErrors>({})
  const [showPrivateKey, setShowPrivateKey] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const [shortfall, setShortfall] = useState<Shortfall>(null)
  const test = useConnectionTest()
  const publicKeyRef = useRef<HTMLInputElement>(null)
  const privateKeyRef = useRef<HTMLInputElement>(null)
  const modeGroup = useId()
  const zones = useZones(draft)

  const edit = (change: Partial<Connection>) => {
    setDraft((current) => ({ ...current, ...change }))
    setNotice(null)
    setShortfall(null)
    // A result would describe settings that are no longer the ones on screen.
    test.reset()
    if ('publicKey' in change) setErrors((current) => ({ ...current, publicKey: undefined }))
    if ('privateKey' in change) setErrors((current) => ({ ...current, privateKey: undefined }))
  }

  /** Checks the keys CompShare mode needs; moves focus to the first one that is wrong. */
  const validate = (connection: Connection): boolean => {
    const found = connection.mode === 'compshare' ? keyErrors(connection, saved) : {}
    setErrors(found)
    if (found.publicKey) publicKeyRef.current?.focus()
    else if (found.privateKey) privateKeyRef.current?.focus()
    return !found.publicKey && !found.privateKey
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const typed = normalizeConnection({ ...draft, zone: zones.zone })
    if (!validate(typed)) return
    const next = normalizeConnection(await zones.resolve(typed))
    const switched = connectionIdentity(next) !== connectionIdentity(saved)
    const where = store.save(next)
    // What the store holds: "remember" is off again when the device could not keep the keys.
    setDraft(store.getSnapshot())
    setNotice(switched ? 'savedCleared' : 'saved')
    const wanted = next.mode === 'compshare' && hasKeys(next)
    if (wanted && where === 'memory') setShortfall('memoryOnly')
    else if (wanted && next.remember && where !== 'device') setShortfall('notOnDevice')
  }

  const onTest = async () => {
    const typed = normalizeConnection({ ...draft, zone: zones.zone })
    setNotice(null)
    if (validate(typed)) await test.run(await zones.resolve(typed))
  }

  const onForget = () => {
    store.forgetKeys()
    setDraft((current) => ({ ...current, publicKey: '', privateKey: '', remember: false }))
    setErrors({})
    setShowPrivateKey(false)
    test.reset()
    setNotice('forgotten')
    setShortfall(null)
  }

  const anyKey = [saved.publicKey, saved.privateKey, draft.publicKey, draft.privateKey].some(
    (key) => key !== '',
  )

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="flex flex-col gap-5">
      <fieldset>
        <legend className="mb-2 font-medium">{t('settings.mode.legend')}</legend>
        <div className="flex flex-col gap-2">
          {modes.map((mode) => (
            <ModeOption
              key={mode}
              group={modeGroup}
              mode={mode}
              checked={draft.mode === mode}
              onChange={() => edit({ mode })}
            />
          ))}
        </div>
      </fieldset>

      <LabelledSelect
        label={t('settings.region.label')}
        value={draft.region}
        onChange={(region) => edit({ region })}
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
        onChange={(zone) => edit({ zone })}
        needsKeys={zones.waitingForKeys}
      />

      {draft.mode === 'compshare' && (
        <>
          <KeyField
            label={t('settings.keys.publicKey')}
            value={draft.publicKey}
            onChange={(publicKey) => edit({ publicKey })}
            error={errors.publicKey}
            hint={t('settings.keys.where')}
            inputRef={publicKeyRef}
          />
          <KeyField
            label={t('settings.keys.privateKey')}
            value={draft.privateKey}
            onChange={(privateKey) => edit({ privateKey })}
            error={errors.privateKey}
            inputRef={privateKeyRef}
            reveal={{
              shown: showPrivateKey,
              toggle: () => setShowPrivateKey((shown) => !shown),
              label: t('settings.keys.showPrivateKey'),
            }}
          />
          <RememberChoice checked={draft.remember} onChange={(remember) => edit({ remember })} />
        </>
      )}

      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          className={`${buttonStyle} bg-indigo-600 text-white hover:bg-indigo-700`}
        >
          {t('settings.save')}
        </button>
        <button
          type="button"
          onClick={() => void onTest()}
          disabled={test.result.state === 'testing'}
          className={secondaryButtonStyle}
        >
          {t(test.result.state === 'testing' ? 'settings.test.running' : 'settings.test.button')}
        </button>
        {anyKey && (
          <button
            type="button"
            onClick={onForget}
            className={`${buttonStyle} border border-red-300 text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950/50`}
          >
            {t('settings.forget')}
          </button>
        )}
      </div>

      <div role="status" className="text-sm empty:hidden">
        {notice && <p>{t(`settings.notice.${notice}`)}</p>}
        {shortfall && (
          <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
            {t(`settings.notice.${shortfall}`)}
          </p>
        )}
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
