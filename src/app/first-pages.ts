// The pages a visit can open on with a head start (ADR 0016). src/app/first-request.ts sends
// their request early, and build/first-page-preload.ts has page-init.js preload their chunks.
// No imports: the build reads this file too.

/** The marketplace list. */
export const listPath = /^\/$/
/** A group page; the group's id, still URL-encoded, is the first capture. */
export const groupPath = /^\/images\/([^/]+)$/
