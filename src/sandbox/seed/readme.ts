import type { Random } from './random.ts'
import type { Family, Lang } from './family.ts'
import type { SoftwarePort } from '../types.ts'

export interface ReadmeInput {
  family: Family
  lang: Lang
  name: string
  description: string
  variant: string
  coverUrl: string
  gpus: readonly string[]
  ports: readonly SoftwarePort[]
  autoStart: boolean
  versionName: string
  notes: readonly string[]
  /** The version's CUDAVersion, so the readme and the listing agree. */
  cuda: string
}

const text = {
  zh: {
    inside: '镜像内容',
    component: '组件',
    version: '版本',
    start: '快速开始',
    pick: (gpus: string) => `创建实例时选择本镜像，推荐 GPU：${gpus}`,
    auto: '实例启动后服务会**自动运行**，无需任何操作；如需手动重启：',
    manual: '实例启动后，在终端执行：',
    open: '在控制台「实例详情 → 端口」中打开下列服务：',
    ports: '端口',
    service: '服务',
    changes: (v: string) => `${v} 更新内容`,
    faq: '常见问题',
    vram: '显存不足怎么办？',
    vramAnswer: '换用显存更大的 GPU（如 4090(48G) 或 A100），或在启动参数中开启低显存模式。',
    more: '上游项目',
    preview: '界面预览',
  },
  en: {
    inside: "What's inside",
    component: 'Component',
    version: 'Version',
    start: 'Quick start',
    pick: (gpus: string) =>
      `Choose this image when creating an instance. Recommended GPUs: ${gpus}`,
    auto: 'The service **starts on its own** when the instance boots. To restart it by hand:',
    manual: 'Once the instance is up, run in a terminal:',
    open: 'Open these services from the console (Instance → Ports):',
    ports: 'Ports',
    service: 'Service',
    changes: (v: string) => `Changes in ${v}`,
    faq: 'FAQ',
    vram: 'Out of GPU memory?',
    vramAnswer: 'Pick a GPU with more memory (4090(48G) or A100), or enable the low-VRAM flag.',
    more: 'Upstream project',
    preview: 'Preview',
  },
} as const

/** Markdown with the elements the app must render: headings, lists, tables, code, links, images. */
export function seedReadme(input: ReadmeInput, random: Random): string {
  const t = text[input.lang]
  const fill = (value: string) => value.replaceAll('{m}', input.variant)
  const python = random.pick(['3.10', '3.11', '3.12'])
  const cuda = input.cuda
  const link =
    input.family.link ?? `https://github.com/search?q=${encodeURIComponent(input.variant)}`
  const rows = [['Python', python], ['CUDA', cuda], ...input.family.stack]
  const lines = [
    `# ${input.name}`,
    '',
    input.description,
    '',
    `![${t.preview}](${input.coverUrl})`,
    '',
    `## ${t.inside}`,
    '',
    `| ${t.component} | ${t.version} |`,
    '| --- | --- |',
    ...rows.map(([component = '', version = '']) => `| ${component} | ${fill(version)} |`),
    '',
    `## ${t.start}`,
    '',
    `1. ${t.pick(input.gpus.join(', '))}`,
    `2. ${input.autoStart ? t.auto : t.manual}`,
    '',
    '   ```bash',
    `   ${fill(input.family.start)}`,
    '   ```',
    '',
    `3. ${t.open}`,
    '',
    `| ${t.service} | ${t.ports} |`,
    '| --- | ---: |',
    ...input.ports.map((port) => `| ${port.Software} | \`${port.Port}\` |`),
    '',
    `## ${t.changes(input.versionName)}`,
    '',
    ...input.notes.map((note) => `- ${note}`),
    '',
    `## ${t.faq}`,
    '',
    `**${t.vram}**`,
    '',
    `> ${t.vramAnswer}`,
    '',
    `${t.more}: [${input.family.link?.replace(/^https:\/\//, '') ?? input.variant}](${link})`,
    '',
  ]
  return lines.join('\n')
}
