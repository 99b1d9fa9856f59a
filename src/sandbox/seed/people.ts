import type { AuthInfo } from '../types.ts'

export interface SeedAuthor {
  nickname: string
  authInfo: AuthInfo
  /** How often the seed picks this author, relative to the others. */
  weight: number
}

/** Invented creators: three official accounts, certified studios and ordinary users. */
export const seedAuthors: readonly SeedAuthor[] = [
  { nickname: 'UCloud官方', authInfo: 1, weight: 6 },
  { nickname: 'CompShare官方', authInfo: 1, weight: 6 },
  { nickname: '优云智算实验室', authInfo: 1, weight: 3 },
  { nickname: '绘梦工坊', authInfo: 2, weight: 5 },
  { nickname: '炼丹师老王', authInfo: 2, weight: 5 },
  { nickname: 'DeepForge', authInfo: 2, weight: 4 },
  { nickname: '星河算力', authInfo: 2, weight: 4 },
  { nickname: 'Byte炼金术', authInfo: 2, weight: 3 },
  { nickname: 'Tensor小栈', authInfo: 2, weight: 3 },
  { nickname: '声音工厂', authInfo: 2, weight: 2 },
  { nickname: '阿木的AI实验室', authInfo: 0, weight: 3 },
  { nickname: 'paperclip-ml', authInfo: 0, weight: 2 },
  { nickname: 'NightOwl', authInfo: 0, weight: 2 },
  { nickname: '林间小鹿', authInfo: 0, weight: 2 },
  { nickname: 'CUDA老司机', authInfo: 0, weight: 3 },
  { nickname: 'GPU-Hunter', authInfo: 0, weight: 2 },
  { nickname: '青柠AI', authInfo: 0, weight: 2 },
  { nickname: 'llm-ops', authInfo: 0, weight: 2 },
  { nickname: 'MoonCat', authInfo: 0, weight: 1 },
  { nickname: '数据蜂巢', authInfo: 0, weight: 2 },
  { nickname: 'OpenBench', authInfo: 0, weight: 1 },
  { nickname: '夏目与猫', authInfo: 0, weight: 1 },
  { nickname: 'RiverLab', authInfo: 0, weight: 2 },
  { nickname: '霓虹AIGC', authInfo: 0, weight: 2 },
  { nickname: 'Kernel Panic', authInfo: 0, weight: 1 },
  { nickname: '半夏', authInfo: 0, weight: 1 },
  { nickname: 'hf-mirror-fan', authInfo: 0, weight: 1 },
  { nickname: '张同学的镜像铺', authInfo: 0, weight: 1 },
]

export const changeNotes: Readonly<Record<'zh' | 'en', readonly string[]>> = {
  zh: [
    '升级 PyTorch 与 CUDA 依赖',
    '预下载模型权重，开机即用',
    '修复启动脚本在 4090(48G) 上的显存检测',
    '新增常用插件与示例工作流',
    '精简镜像体积约 20%',
    '默认开启 xformers / FlashAttention 加速',
    '修复中文路径导致的加载失败',
    '更新到上游最新稳定版',
    '新增 API 调用示例',
    '调整默认端口与自启动脚本',
  ],
  en: [
    'Upgraded PyTorch and CUDA dependencies',
    'Model weights pre-downloaded: ready at boot',
    'Fixed VRAM detection on 4090(48G) in the start script',
    'Added popular extensions and example workflows',
    'Image about 20% smaller',
    'xformers / FlashAttention enabled by default',
    'Fixed loading from paths with non-ASCII characters',
    'Updated to the latest upstream stable release',
    'Added API usage examples',
    'Adjusted default ports and the auto-start script',
  ],
}

/** Prices seen on the marketplace, in yuan per hour. */
export const paidPrices = [
  0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.5, 0.66, 0.8, 0.99, 1, 1.2, 1.5, 1.88, 2, 2.5, 3, 3.99,
  5,
] as const
