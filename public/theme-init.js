// Runs before the first paint (a blocking script in <head>, not inline, so a strict CSP allows
// it) to apply the remembered theme and avoid a flash of the wrong one. Mirrors src/lib/theme.ts.
;(function () {
  var choice = null
  try {
    choice = localStorage.getItem('compshare.theme')
  } catch {
    // storage blocked: follow the system
  }
  var dark =
    choice === 'dark' ||
    (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.classList.toggle('dark', dark)
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light'
})()
