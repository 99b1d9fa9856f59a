// The main action's classes for the first visit's code (the skip link, the keys-needed page, the
// route error page), in a module of their own: the entry chunk carries these few bytes and
// nothing else of the blocks (ADR 0022, the first-visit budget). They are what
// `buttonClass('primary')` gives (button.tsx); tests/components/ui-blocks.test.tsx holds the two
// to the same classes.

/** The one filled action of a page or a dialog. */
const primaryClass = 'bg-indigo-600 font-medium text-white hover:bg-indigo-700'

/** A primary button of the default size, as `<Button>` draws it. */
export const primaryButtonClass = `rounded-md text-sm disabled:opacity-60 px-4 py-2 ${primaryClass}`
