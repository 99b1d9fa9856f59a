// Every key the app keeps in localStorage or sessionStorage, in one place. No imports: the
// build reads this file too, to hand public/page-init.js the theme and language keys
// (build/page-init-keys.ts), so that script never spells them itself.

export const themeKey = 'compshare.theme'
export const languageKey = 'compshare.language'
export const connectionKey = 'compshare.connection'

// Drafts are kept per account (and per version, for an edit); each cover has a key of its own.
export const publishDraftKey = (accountId: string) => `compshare.publish-draft.${accountId}`
export const publishDraftCoverKey = (accountId: string) =>
  `compshare.publish-draft-cover.${accountId}`
export const editDraftKey = (accountId: string, imageId: string) =>
  `compshare.edit-draft.${accountId}.${imageId}`
export const editDraftCoverKey = (accountId: string, imageId: string) =>
  `compshare.edit-draft-cover.${accountId}.${imageId}`

/** The GPU the user runs on, chosen while browsing (none by default): one per device. */
export const myGpuKey = 'compshare.my-gpu'

/** What the account chose not to see while browsing: excluded tags, hidden images and authors. */
export const hiddenKey = (accountId: string) => `compshare.hidden.${accountId}`

/** When the account last saw each starred group's newest version (new-version marks). */
export const seenKey = (accountId: string) => `compshare.seen.${accountId}`
