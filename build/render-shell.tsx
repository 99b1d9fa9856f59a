import { renderToStaticMarkup } from 'react-dom/server'
import { Shell } from '../src/app/shell.tsx'
import { translator } from '../src/i18n/i18n.ts'
import { en } from '../src/i18n/en.ts'
import { zh } from '../src/i18n/zh.ts'

/** Both languages' frames; page-init.js and styles.css show the one the app will show. */
export function renderShell(): string {
  return renderToStaticMarkup(
    <>
      <Shell language="zh" t={translator(zh)} />
      <Shell language="en" t={translator(en)} />
    </>,
  )
}
