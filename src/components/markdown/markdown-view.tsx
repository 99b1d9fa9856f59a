import type { Root } from 'hast'
import type { ComponentProps, ReactNode } from 'react'
import { startTransition, useEffect, useMemo, useState } from 'react'
import Markdown, { type Components, type ExtraProps } from 'react-markdown'
import type { Plugin } from 'unified'
import { footnoteLabelId, readmeIdPrefix, type Heading } from '@/lib/headings'
import { fitsMarkdownBudget } from '@/lib/markdown-budget'
import { safeUrl } from '@/lib/safe-url'
import { ScrollRegion } from '../scroll-region'
import { parseMarkdown } from './parse'
import type { ParsedReadme } from './pipeline'
import { readmeUrl, readmeUrlTransform } from './safe-tree'

const headingStyles = [
  'text-2xl',
  'text-xl',
  'text-lg',
  'text-base',
  'text-base',
  'text-sm',
] as const

/** The names the renderer gives what it draws, in the reader's language. */
export interface MarkdownLabels {
  done: string
  todo: string
  code: string
  table: string
  plain: string
  loading: string
  /** The heading over a readme's footnotes, and the name of each way back to its reference. */
  footnotes: string
  /** With `{{n}}`, the reference's number. */
  backToReference: string
}

function components(labels: MarkdownLabels): Components {
  // remark-rehype names a way back "Back to reference 1" or "… 1-2": the same, in our words.
  const backLabel = (props: Record<string, unknown>) => {
    const english = typeof props['aria-label'] === 'string' ? props['aria-label'] : ''
    return labels.backToReference.replace('{{n}}', /[\d-]+$/.exec(english)?.[0] ?? '')
  }
  const heading =
    (level: 1 | 2 | 3 | 4 | 5 | 6) =>
    ({ children, id, node }: ComponentProps<'h1'> & ExtraProps) => {
      const Tag = `h${Math.min(level + 1, 6)}` as 'h2'
      // The footnotes' own heading (remark-rehype's), which their references point to.
      const footnotes = node?.properties.dataFootnoteLabel === true
      return (
        <Tag
          // The tree's id (rehype-slug's, in the worker): the one the contents list links to.
          id={id?.startsWith(readmeIdPrefix) ? id : undefined}
          className={`mt-6 mb-2 scroll-mt-4 font-semibold ${headingStyles[level - 1]}`}
        >
          {footnotes ? labels.footnotes : children}
        </Tag>
      )
    }
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    a: ({ href = '', children, id, ...rest }) => {
      const url = readmeUrl(href)
      if (!url) return <span>{children}</span>
      const external = !url.startsWith('#') && !url.startsWith('/')
      // Footnotes: a reference and its way back find each other by these prefixed ids.
      const footnote = 'data-footnote-ref' in rest || 'data-footnote-backref' in rest
      return (
        <a
          href={url}
          {...(footnote && id?.startsWith(readmeIdPrefix) ? { id } : {})}
          {...('data-footnote-ref' in rest
            ? { 'aria-describedby': readmeIdPrefix + footnoteLabelId }
            : {})}
          {...('data-footnote-backref' in rest ? { 'aria-label': backLabel(rest) } : {})}
          className="text-indigo-700 underline dark:text-indigo-300"
          {...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})}
        >
          {children}
        </a>
      )
    },
    img: ({ src, alt = '' }) => {
      const url = typeof src === 'string' ? safeUrl(src, 'image') : undefined
      return url ? (
        <img
          src={url}
          alt={alt}
          loading="lazy"
          decoding="async"
          className="my-2 h-auto max-w-full rounded"
        />
      ) : null
    },
    // Task-list boxes are shown as symbols with a name, not as unlabelled disabled inputs.
    input: ({ type, checked }) =>
      type === 'checkbox' ? (
        <span role="img" aria-label={checked ? labels.done : labels.todo} className="me-1">
          {checked ? '☑' : '☐'}
        </span>
      ) : null,
    // Wide code and tables scroll sideways in a box the keyboard can reach.
    pre: ({ children }) => (
      <ScrollRegion label={labels.code} className="my-3 rounded-md bg-slate-100 dark:bg-slate-800">
        <pre className="p-3 text-sm leading-relaxed">{children}</pre>
      </ScrollRegion>
    ),
    code: ({ children }) => (
      <code className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
        {children}
      </code>
    ),
    table: ({ children }) => (
      <ScrollRegion label={labels.table} className="my-3">
        <table className="min-w-full border-collapse text-sm [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_th]:py-1 dark:[&_td]:border-slate-700 dark:[&_th]:border-slate-700">
          {children}
        </table>
      </ScrollRegion>
    ),
    ul: ({ children }) => <ul className="my-2 list-disc ps-6">{children}</ul>,
    ol: ({ children }) => <ol className="my-2 list-decimal ps-6">{children}</ol>,
    p: ({ children }) => <p className="my-2 leading-relaxed">{children}</p>,
    blockquote: ({ children }) => (
      <blockquote className="my-2 border-s-4 border-slate-300 ps-3 text-slate-700 dark:border-slate-600 dark:text-slate-300">
        {children}
      </blockquote>
    ),
  }
}

/**
 * A rehype plugin for react-markdown: the tree it draws is the one handed in (parsed in the
 * worker), not one of its own. react-markdown parses an empty source, so the page never parses.
 */
const readyTree: Plugin<[Root], Root, Root> = (tree) => () => tree

/**
 * A parsed readme drawn by react-markdown: raw HTML is skipped, every URL attribute passes
 * `readmeUrlTransform`, and headings move one level down so the page keeps its single h1.
 * react-markdown changes the tree it draws (its URLs); drawing it again changes nothing more.
 */
export function ReadmeTree({ tree, labels }: { tree: Root; labels: MarkdownLabels }) {
  // The same components while the language stays: React keeps what they drew.
  const drawnWith = useMemo(() => components(labels), [labels])
  return (
    <Markdown
      rehypePlugins={[[readyTree, tree]]}
      components={drawnWith}
      urlTransform={readmeUrlTransform}
      skipHtml
    />
  )
}

interface MarkdownViewProps {
  source: string
  labels: MarkdownLabels
  /** Drawn above the readme with its headings, in the same commit (the contents list). */
  contents?: (headings: Heading[]) => ReactNode
}

type Parsed = { source: string; readme: ParsedReadme } | { source: string; failed: true }

/** The source's tree, parsed off the main thread; null until it is ready, or for no source. */
function useParsed(source: string | null): Parsed | null {
  const [parsed, setParsed] = useState<Parsed | null>(null)
  useEffect(() => {
    if (source === null) return
    let current = true
    // A transition: drawing a long readme yields to the browser instead of freezing it.
    const settle = (result: Parsed) => current && startTransition(() => setParsed(result))
    parseMarkdown(source).then(
      (readme) => settle({ source, readme }),
      () => settle({ source, failed: true }),
    )
    return () => {
      current = false
    }
  }, [source])
  return parsed?.source === source ? parsed : null
}

function PlainText({ source, note }: { source: string; note: string }) {
  return (
    <>
      <p role="note" className="mb-2 text-sm text-slate-600 dark:text-slate-400">
        {note}
      </p>
      <pre className="font-sans whitespace-pre-wrap">{source}</pre>
    </>
  )
}

/**
 * Untrusted markdown rendered safely (`ReadmeTree`), parsed in a worker. Heading ids and the
 * headings handed to `contents` come from the same tree. A source too complex to parse quickly
 * is shown as plain text instead (`markdownBudget`), and so is one that could not be parsed.
 */
export default function MarkdownView({ source, labels, contents }: MarkdownViewProps) {
  const fits = fitsMarkdownBudget(source)
  // A source shown as plain text is never parsed.
  const parsed = useParsed(fits ? source : null)
  const readme = parsed && 'readme' in parsed ? parsed.readme : null
  // The same element until the tree or the language changes: React does not draw it again.
  const content = useMemo(
    () => readme && <ReadmeTree tree={readme.tree} labels={labels} />,
    [readme, labels],
  )
  if (!fits || (parsed && 'failed' in parsed))
    return <PlainText source={source} note={labels.plain} />
  if (!readme) return <p role="status">{labels.loading}</p>
  return (
    <>
      {contents?.(readme.headings)}
      <div>{content}</div>
    </>
  )
}
