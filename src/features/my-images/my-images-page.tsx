import { useTranslation } from '@/i18n/use-translation'
import { PageHeader } from '@/components/page-header'
import { CustomImagesSection } from './custom-images-section'
import { FavoritesSection } from './favorites-section'
import { InstancesSection } from './instances/instances-section'
import { PublishedGroupsSection } from './published-groups-section'

/**
 * The account's own things: its instances, images to publish from, what it published, what it
 * starred.
 */
export function MyImagesPage() {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t('pages.my.title')}>
        <p>{t('pages.my.intro')}</p>
      </PageHeader>
      <InstancesSection />
      <PublishedGroupsSection />
      <CustomImagesSection />
      <FavoritesSection />
    </>
  )
}
