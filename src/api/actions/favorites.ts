import type { ApiClient, CallOptions } from '../client'

/** Stars a group for the calling account. */
export async function createImageFavorite(
  client: ApiClient,
  groupId: string,
  options?: CallOptions,
): Promise<void> {
  await client.call('CreateCompShareImageFavorite', { GroupId: groupId }, options)
}

/** Removes the calling account's star from a group. */
export async function deleteImageFavorite(
  client: ApiClient,
  groupId: string,
  options?: CallOptions,
): Promise<void> {
  await client.call('DeleteCompShareImageFavorite', { GroupId: groupId }, options)
}
