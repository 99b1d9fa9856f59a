// Runs before the first paint (a blocking script in <head>, not inline, so a strict CSP allows
// it). It applies the remembered theme, to avoid a flash of the wrong one (mirrors
// src/lib/theme.ts), and the language, so the page frame that index.html carries in both
// languages shows the right one (mirrors detectLanguage in src/i18n/i18n.ts). Then it asks for
// the chunks the page being opened needs (the build lists them, build/first-page-preload.ts),
// so they download beside the entry instead of after it.
;(function () {
  var root = document.documentElement
  // The build hands over the storage keys (src/lib/storage-keys.ts, build/page-init-keys.ts).
  var data = (document.currentScript && document.currentScript.dataset) || {}
  function read(key) {
    try {
      return key ? localStorage.getItem(key) : null
    } catch {
      return null // storage blocked: follow the browser
    }
  }
  var choice = read(data.themeKey)
  var dark =
    choice === 'dark' ||
    (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  root.classList.toggle('dark', dark)
  root.style.colorScheme = dark ? 'dark' : 'light'

  var language = read(data.languageKey)
  var preferred = navigator.languages || []
  for (var i = 0; language !== 'zh' && language !== 'en' && i < preferred.length; i++) {
    var base = String(preferred[i]).toLowerCase().split('-')[0]
    if (base === 'zh' || base === 'en') language = base
  }
  language = language === 'en' ? 'en' : 'zh'
  root.lang = language === 'en' ? 'en' : 'zh-CN'

  var plan = null
  try {
    plan = JSON.parse(data.preload || 'null')
  } catch {
    return // no plan (the dev server): the entry asks for what it needs
  }
  if (!plan) return
  // Sends the first page's request now, not once the app's entry has downloaded and run.
  import(plan.first).catch(function () {
    // the app sends it itself
  })
  var files = plan[language].slice()
  for (var r = 0; r < plan.routes.length; r++) {
    if (new RegExp(plan.routes[r][0]).test(location.pathname))
      files = files.concat(plan.routes[r][1])
  }
  for (var f = 0; f < files.length; f++) {
    var link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    // After the stylesheet and the entry, which the first paint and the app need first.
    link.setAttribute('fetchpriority', 'low')
    link.href = files[f]
    document.head.appendChild(link)
  }
})()
