import type { CustomImage } from '@/api/actions/describe-custom-images'
import type { TFunction } from '@/i18n/i18n'
import { statusLabel } from './status-badge'

/** Why a custom image cannot be published, in the reader's language; empty when it can. */
export function unpublishableText(image: CustomImage, t: TFunction): string {
  const reason = image.unpublishable
  if (!reason) return ''
  if (reason === 'notAvailable') {
    return t('unpublishable.notAvailable', { status: statusLabel(image.status, t) })
  }
  return t(`unpublishable.${reason}`)
}
