/** Where the group page's "run it" link leads (its run section, drawn after load). */
export const runSectionId = 'run'
