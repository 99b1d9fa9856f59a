import { render, screen, waitFor } from '@testing-library/react'
import MarkdownView from '@/components/markdown/markdown-view'

export const markdownLabels = {
  done: 'Done',
  todo: 'Not done',
  code: 'Code',
  table: 'Table',
  plain: 'Shown as written',
  loading: 'Loading the readme',
  footnotes: 'Footnotes',
  backToReference: 'Back to reference {{n}}',
}

/** The real readme renderer, without the app around it; resolves once the readme is drawn. */
export async function renderMarkdown(source: string) {
  const view = render(<MarkdownView source={source} labels={markdownLabels} />)
  await waitFor(() => expect(screen.queryByText(markdownLabels.loading)).not.toBeInTheDocument())
  return view
}
