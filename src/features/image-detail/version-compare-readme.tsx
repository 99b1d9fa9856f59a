import { useState } from 'react'
import { useTranslation } from '@/i18n/use-translation'
import { addedColours, removedColours } from './version-compare-fields'
import type { DiffLine, ReadmeDiff } from './version-compare-model'
import { cardClass } from '@/components/ui/classes'

const lineNumber = 'px-1 text-right text-slate-600 select-none dark:text-slate-400'
// Long unbroken lines (URLs, base64) wrap anywhere: the page never scrolls sideways.
const lineText = 'min-w-0 py-px pr-2 whitespace-pre-wrap wrap-anywhere'

function Line({ line }: { line: DiffLine }) {
  const { t } = useTranslation()
  // An empty line still takes a line's height.
  const text = line.text === '' ? '\u00a0' : line.text
  const row = {
    added: addedColours,
    removed: removedColours,
    same: 'text-slate-800 dark:text-slate-200',
  }[line.kind]
  return (
    <div className={`grid grid-cols-[2.5rem_2.5rem_1.25rem_minmax(0,1fr)] ${row}`}>
      <span aria-hidden="true" className={lineNumber}>
        {line.oldNumber}
      </span>
      <span aria-hidden="true" className={lineNumber}>
        {line.newNumber}
      </span>
      <span aria-hidden="true" className="text-center select-none">
        {line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ''}
      </span>
      {line.kind === 'added' ? (
        <ins className={`${lineText} no-underline`}>
          <span className="sr-only">{t('compare.addedLine')}</span>
          {text}
        </ins>
      ) : line.kind === 'removed' ? (
        <del className={`${lineText} no-underline`}>
          <span className="sr-only">{t('compare.removedLine')}</span>
          {text}
        </del>
      ) : (
        <span className={lineText}>{text}</span>
      )}
    </div>
  )
}

/** The readme's line diff; folded unchanged stretches open and close with a button. */
export function ReadmeDiffSection({ diff }: { diff: ReadmeDiff }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set())
  const changed = diff.added + diff.removed > 0
  const toggle = (index: number) =>
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(index)) next.add(index)
      return next
    })
  return (
    <section aria-labelledby="compare-readme-title" className={`${cardClass} p-4`}>
      <h2 id="compare-readme-title" className="text-lg font-semibold">
        {t('compare.readmeTitle')}
      </h2>
      {changed ? (
        <>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t('compare.readmeStats', { added: diff.added, removed: diff.removed })}
          </p>
          <div
            role="group"
            aria-label={t('compare.diffLabel')}
            className="mt-3 overflow-hidden rounded-md border border-slate-200 font-mono text-xs leading-5 dark:border-slate-700"
          >
            {diff.blocks.map((block, index) => {
              const key = `${index}:${block.lines[0]?.oldNumber ?? 0}:${block.lines[0]?.newNumber ?? 0}`
              if (!block.folded)
                return block.lines.map((line, i) => <Line key={`${key}:${i}`} line={line} />)
              const expanded = open.has(index)
              return (
                <div key={key}>
                  <button
                    type="button"
                    aria-expanded={expanded}
                    onClick={() => toggle(index)}
                    className="block w-full bg-slate-100 px-3 py-1 text-left font-sans text-indigo-800 hover:bg-slate-200 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 dark:bg-slate-800 dark:text-indigo-200 dark:hover:bg-slate-700"
                  >
                    <span aria-hidden="true">{expanded ? '▴ ' : '▾ '}</span>
                    {t(expanded ? 'compare.hideLines' : 'compare.showLines', {
                      count: block.lines.length,
                    })}
                  </button>
                  {expanded && block.lines.map((line, i) => <Line key={i} line={line} />)}
                </div>
              )
            })}
          </div>
        </>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300">{t('compare.readmeSame')}</p>
      )}
    </section>
  )
}
