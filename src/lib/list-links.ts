// Where an author's name and a tag lead, from a card or a group page: the list filtered by it.

/** The list filtered by `tag` alone. */
export const listByTag = (tag: string) => `/?${new URLSearchParams({ tag }).toString()}`

/** The list filtered to exactly `author` (the service's Author filter): their page. */
export const listByAuthor = (author: string) => `/?${new URLSearchParams({ author }).toString()}`
