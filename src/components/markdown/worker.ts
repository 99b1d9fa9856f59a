/// <reference lib="webworker" />
import { parseReadme, type ParsedReadme } from './pipeline'

export interface ParseRequest {
  id: number
  source: string
}
export type ParseAnswer = { id: number; readme: ParsedReadme } | { id: number; error: string }

// Parsing a readme takes tens of milliseconds on a phone; here it never holds up the page.
self.onmessage = ({ data }: MessageEvent<ParseRequest>) => {
  let answer: ParseAnswer
  try {
    answer = { id: data.id, readme: parseReadme(data.source) }
  } catch (error) {
    answer = { id: data.id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(answer)
}
