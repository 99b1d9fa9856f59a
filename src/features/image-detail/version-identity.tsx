import { useHref } from 'react-router'
import { useTranslation } from '@/i18n/use-translation'
import { CopyButton } from '@/components/copy-button'
import { Fact } from './fact'

const valueClass =
  'rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs font-normal break-all dark:bg-slate-800'

/**
 * The version's image ID and the address of this page showing exactly it (`?version=` takes the
 * image ID, which no other version shares, where a version name may repeat), each to copy.
 */
export function VersionIdentity({ groupId, imageId }: { groupId: string; imageId: string }) {
  const { t } = useTranslation()
  const path = useHref({
    pathname: `/images/${encodeURIComponent(groupId)}`,
    search: `?${new URLSearchParams({ version: imageId }).toString()}`,
  })
  const link = new URL(path, location.origin).href
  const messages = {
    copy: t('detail.facts.copy'),
    copied: t('detail.facts.copied'),
    failed: t('detail.facts.copyFailed'),
  }
  const fact = (term: string, value: string, label: string) => (
    <Fact term={term} wide>
      <span className="mt-1 flex min-w-0 flex-wrap items-center gap-2">
        <code className={`min-w-0 ${valueClass}`}>{value}</code>
        <CopyButton value={value} label={label} messages={messages} />
      </span>
    </Fact>
  )
  return (
    <>
      {fact(t('detail.facts.imageId'), imageId, t('detail.facts.copyImageId'))}
      {fact(t('detail.facts.versionLink'), link, t('detail.facts.copyVersionLink'))}
    </>
  )
}
