/**
 * Every limit the sandbox puts on one request, in one place. The sandbox stands in for a
 * service others can reach, so it must never be more forgiving than the real one, and no
 * request may cost it unbounded memory or time. See docs/decisions/0012.
 */

/**
 * Request body. A publish carries at most a 2 MB cover (about 2.7 MB in base64, a little more
 * form-encoded) and a 64 KB readme (publish-validate.ts); 8 MB leaves room, and no more.
 */
export const maxBodyBytes = 8 * 1024 * 1024

/**
 * Form fields (parameters) per request. The app's largest request, a publish with 10 tags,
 * 12 GPU types and a few Softwares fields, sends well under 100; a thousand is far above any
 * honest caller and keeps the signature check (which sorts every field) cheap.
 */
export const maxFields = 1000

/**
 * `Tag.N` filter values per DescribeCommunityImages / DescribeSelfCommunityImages. The app
 * sends at most 10 (`limits.tags` in src/features/browse/browse-search.ts); twice that leaves
 * room for other clients while each tag still costs one membership scan at most.
 */
export const maxTagFilters = 20

/**
 * How long a `hang` fault holds a connection before destroying it. Four times the app's own
 * 15 s timeout (src/api/client.ts), so the app always gives up first, as it would on the real
 * service; but a forgotten client cannot keep a socket open for ever.
 */
export const hangMs = 60_000

/** The most a `latency` fault may add: no longer than a hang, the slowest fault there is. */
export const maxLatencyMs = hangMs

/**
 * Tag membership arrays the catalogue keeps (least recently used go first). The seeded data has
 * a few dozen distinct tags, so every real query stays cached; at 10,000 groups each array is
 * 10 KB, so the cache holds at most about 2.5 MB however many distinct tags are asked for.
 */
export const tagCacheEntries = 256

/**
 * Longer query tags are answered without being cached: no published tag exceeds 20 characters
 * (publish-validate.ts), so they match nothing, and caching them would let a few huge tags
 * fill memory where 256 entries of short keys cannot.
 */
export const maxCachedTagLength = 64

/**
 * Instances an account may hold at once (any state; a terminated one no longer counts). The
 * docs give 5 to an account that has topped up (level 1); with two demo accounts the sandbox
 * keeps at most 10 instances however it is used.
 */
export const maxInstancesPerAccount = 5

/** Disks per instance request: the system disk and up to four data disks. */
export const maxDisks = 5

/** `UHostIds.N` per DescribeCompShareInstance; more than an account can hold, each one lookup. */
export const maxInstanceIdFilters = 100

/** `MachineTypes.N` per DescribeAvailableCompShareInstanceTypes: the catalogue has 12 types. */
export const maxMachineTypeFilters = 20

/** Days or months one price or instance may be bought for at once (`Quantity`). */
export const maxQuantity = 12

/**
 * A scheduled stop: at least five minutes ahead (the CLI refuses less, as the docs say the
 * service does) and at most 30 days, so no schedule outlives a demo by months.
 */
export const minStopAheadSeconds = 300
export const maxStopAheadSeconds = 30 * 86_400
