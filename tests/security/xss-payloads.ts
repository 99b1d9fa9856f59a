/**
 * Hostile text as the service might return it in a readme, a name or a description. Every
 * payload that could run script tries to set `window.__xss`; `text` is what must still be
 * readable after rendering the payload as markdown (absent when the payload is raw HTML, which
 * the renderer drops).
 */
export interface Payload {
  category: string
  source: string
  text?: string
}

/** What every payload's script does if it runs. */
export const canaryCode = "document.title=window.__xss='xss'"
const set = canaryCode

export const xssPayloads: readonly Payload[] = [
  // Script tags, in the forms filters tend to miss.
  { category: 'script', source: `<script>${set}</script>` },
  { category: 'script', source: `<SCRIPT SRC=https://evil.example/x.js></SCRIPT>` },
  { category: 'script', source: `<scr<script>ipt>${set}</script>` },
  { category: 'script', source: `text <script>${set}</script> after`, text: 'after' },
  // javascript: links, plain, disguised and by reference.
  { category: 'javascript: link', source: `[click me](javascript:${set})`, text: 'click me' },
  { category: 'javascript: link', source: `[click me](JaVaScRiPt:${set})`, text: 'click me' },
  { category: 'javascript: link', source: `[click me](<javascript:${set}>)`, text: 'click me' },
  {
    category: 'javascript: link',
    source: `[click me](&#106;avascript&#58;${set})`,
    text: 'click me',
  },
  {
    category: 'javascript: link',
    source: `[click me][evil]\n\n[evil]: javascript:${set}`,
    text: 'click me',
  },
  { category: 'javascript: link', source: `<javascript:${set}>` },
  { category: 'javascript: link', source: `[click me](vbscript:msgbox(1))`, text: 'click me' },
  { category: 'javascript: link', source: `[elsewhere](</\\evil.example/x>)`, text: 'elsewhere' },
  { category: 'javascript: link', source: `[elsewhere](</\t/evil.example/x>)`, text: 'elsewhere' },
  // data: links and images.
  {
    category: 'data: link',
    source: `[open](data:text/html;base64,${btoa(`<script>${set}</script>`)})`,
    text: 'open',
  },
  { category: 'data: link', source: `[open](data:text/html,<script>${set}</script>)` },
  {
    category: 'data: link',
    source: `![svg](data:image/svg+xml;base64,${btoa(`<svg onload="${set}"/>`)})`,
  },
  // Event-handler attributes.
  { category: 'event handler', source: `<img src=x onerror=${set}>` },
  { category: 'event handler', source: `<a href="#" onclick="${set}">tap</a>`, text: 'tap' },
  { category: 'event handler', source: `<details open ontoggle=${set}><summary>s</summary>` },
  { category: 'event handler', source: `<body onload=${set}>` },
  { category: 'event handler', source: `<input autofocus onfocus=${set}>` },
  // SVG and MathML.
  { category: 'svg', source: `<svg onload=${set}></svg>` },
  { category: 'svg', source: `<svg><script>${set}</script></svg>` },
  { category: 'svg', source: `<svg><a xlink:href="javascript:${set}"><text>t</text></a></svg>` },
  {
    category: 'svg',
    source: `<math><mtext><table><mglyph><style><img src=x onerror=${set}>`,
  },
  // Frames, plugins, forms and document-wide tags.
  { category: 'embedded', source: `<iframe src="javascript:${set}"></iframe>` },
  { category: 'embedded', source: `<iframe srcdoc="<script>${set}</script>"></iframe>` },
  { category: 'embedded', source: '<object data="https://evil.example/x.swf"></object>' },
  { category: 'embedded', source: '<embed src="https://evil.example/x.swf">' },
  { category: 'embedded', source: `<meta http-equiv="refresh" content="0;url=javascript:${set}">` },
  { category: 'embedded', source: '<base href="https://evil.example/">' },
  {
    category: 'embedded',
    source: `<form action="javascript:${set}"><button>go</button></form>`,
  },
  { category: 'embedded', source: '<style>*{background:url(https://evil.example/x)}</style>' },
  // Markdown image tricks.
  { category: 'image', source: `![x](javascript:${set})` },
  {
    category: 'image',
    source: `![x](https://example.com/a.png"onerror="${set})`,
  },
  { category: 'image', source: `![x" onerror="${set}](https://example.com/a.png)` },
  {
    category: 'image',
    source: `[![x](javascript:${set})](javascript:${set})`,
  },
  { category: 'image', source: `![x][pic]\n\n[pic]: javascript:${set}` },
  {
    category: 'image',
    source: `[title](https://example.com "t\\" onmouseover=\\"${set}")`,
    text: 'title',
  },
  // HTML entities: shown as the characters they stand for, never parsed as markup.
  {
    category: 'entity',
    source: `&lt;script&gt;${set}&lt;/script&gt;`,
    text: '<script>document.title',
  },
  { category: 'entity', source: `&#60;img src=x onerror=${set}&#62;`, text: '<img src=x onerror' },
  { category: 'entity', source: '`<img src=x onerror=alert(1)>`', text: '<img src=x onerror' },
  // Sizes that break naive renderers.
  { category: 'long line', source: 'A'.repeat(200_000), text: 'AAAAAAAAAA' },
  {
    category: 'long line',
    source: `[long](https://example.com/${'a'.repeat(50_000)})`,
    text: 'long',
  },
  { category: 'long line', source: '['.repeat(20_000) + 'x', text: 'x' },
  {
    category: 'nested list',
    source: Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n'),
    text: 'level 499',
  },
  { category: 'nested list', source: `${'> '.repeat(500)}deep quote`, text: 'deep quote' },
  {
    category: 'nested list',
    source: Array.from({ length: 500 }, (_, i) => `${'   '.repeat(i)}1. level ${i}`).join('\n'),
    text: 'level 0',
  },
]

/** Every payload short enough to be worth parsing, as one readme (under the 64 KB limit). */
export const parsedReadme = xssPayloads
  .filter((p) => p.category !== 'long line' && p.category !== 'nested list')
  .map((p) => p.source)
  .join('\n\n')
