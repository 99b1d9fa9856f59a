import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, startApp } from './app/app'
import { initI18n } from './i18n/i18n'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

// The page's chunk, its data and the catalogue download side by side; React starts once the
// catalogue is here.
const parts = startApp()
initI18n().then(
  () => {
    createRoot(root).render(
      <StrictMode>
        <App {...parts} />
      </StrictMode>,
    )
  },
  () => {
    // Neither catalogue arrived, so there is no translated text to show: say it in both.
    root.textContent = '页面未能加载，请刷新重试。The page could not load; please reload.'
  },
)
