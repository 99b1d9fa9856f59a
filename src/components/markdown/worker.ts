/// <reference lib="webworker" />
import { markdownToHast } from './pipeline'

export interface ParseRequest {
  id: number
  source: string
}
export type ParseAnswer =
  { id: number; tree: ReturnType<typeof markdownToHast> } | { id: number; error: string }

// Parsing a readme takes tens of milliseconds on a phone; here it never holds up the page.
self.onmessage = ({ data }: MessageEvent<ParseRequest>) => {
  let answer: ParseAnswer
  try {
    answer = { id: data.id, tree: markdownToHast(data.source) }
  } catch (error) {
    answer = { id: data.id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(answer)
}
