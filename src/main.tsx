import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, routerReady, startApp } from './app/app'
import { detectLanguage, initI18n } from './i18n/i18n'
import { warmFormatters } from './lib/format'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The page's chunk, its data and the catalogue download side by side. Until React starts, once
// the catalogue and the chunk are here, #root shows the frame the build put there (ADR 0016).
const parts = startApp()
// In a task of its own while the network works, not inside the first render.
setTimeout(() => warmFormatters(detectLanguage()), 0)
Promise.all([initI18n(), routerReady(parts.router)]).then(
  () => {
    // As a transition, the first render yields to the browser every few milliseconds instead of
    // holding the main thread for the whole page at once (long tasks on a slow phone).
    startTransition(() => {
      createRoot(root).render(
        <StrictMode>
          <App {...parts} />
        </StrictMode>,
      )
    })
  },
  () => {
    // Neither catalogue arrived, so there is no translated text to show: say it in both.
    root.textContent = '页面未能加载，请刷新重试。The page could not load; please reload.'
  },
)
