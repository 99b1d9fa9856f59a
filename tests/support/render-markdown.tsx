import { render } from '@testing-library/react'
import MarkdownView from '@/components/markdown'

export const markdownLabels = {
  done: 'Done',
  todo: 'Not done',
  code: 'Code',
  table: 'Table',
  plain: 'Shown as written',
}

/** The real readme renderer, without the app around it. */
export const renderMarkdown = (source: string) =>
  render(<MarkdownView source={source} labels={markdownLabels} />)
