import { sandboxAccounts } from '../state/accounts.ts'
import type { Family } from './family.ts'
import { buildGroup, mintId, type SeedContext } from './group.ts'
import type { CustomImageRecord, GroupRecord, VersionStatus } from '../types.ts'

type ImagePlan = [
  name: string,
  status: CustomImageRecord['status'],
  container: boolean,
  desc: string,
]

/** Every state the publish flow must handle: containers to pick, a VM, one still building. */
const imagePlans: readonly (readonly ImagePlan[])[] = [
  [
    ['my-comfyui-flux', 'Available', true, 'ComfyUI with Flux.1-dev and my nodes'],
    ['sd-webui-lora', 'Available', true, 'SD WebUI plus my LoRA collection'],
    ['qwen2.5-7b-vllm', 'Available', true, 'vLLM serving Qwen2.5-7B-Instruct'],
    ['jupyter-torch-2.5', 'Available', true, '数据分析用的 Jupyter 环境'],
    ['ubuntu22-cuda12.4-vm', 'Available', false, '整机快照（虚机镜像）'],
    ['llama-factory-dev', 'Making', true, '正在制作中'],
    ['broken-build-0612', 'UnAvailable', true, '制作失败的镜像'],
  ],
  [
    ['ollama-deepseek-r1', 'Available', true, 'Ollama with DeepSeek-R1 14B'],
    ['whisper-meeting', 'Available', true, '会议转写 Whisper large-v3'],
    ['flux-portrait', 'Available', true, 'Flux 写真工作流'],
    ['win-server-gpu-vm', 'Available', false, 'Windows Server GPU 虚机'],
    ['cosyvoice-build', 'Making', true, 'CosyVoice2 正在制作'],
  ],
]

type GroupPlanLite = [familyKey: string, variant: string, name: string, statuses: VersionStatus[]]

/** Published groups per account: online, in review on top, all offline, and review-only. */
const groupPlans: readonly (readonly GroupPlanLite[])[] = [
  [
    ['comfyui', 'Flux.1-dev', '我的 ComfyUI 工作流', ['Offline', 'Available', 'Available']],
    ['vllm', 'Qwen2.5-7B-Instruct', 'Qwen2.5 vLLM API 服务', ['Available', 'Reviewing']],
    ['jupyter-pytorch', '2.5', 'Jupyter 数据分析环境', ['Offline']],
    ['kohya', 'SDXL', 'SD LoRA 训练器', ['Reviewing']],
  ],
  [
    ['ollama', 'DeepSeek-R1 14B', 'Ollama 本地大模型', ['Available', 'Available']],
    ['asr', 'Whisper large-v3', 'Whisper 会议转写', ['Available']],
    ['comfyui', 'Flux.1-dev', 'Flux 写真工作流', ['Reviewing']],
  ],
]

export function seedAccounts(
  ctx: SeedContext,
  families: readonly Family[],
): { groups: GroupRecord[]; customImages: CustomImageRecord[] } {
  const groups: GroupRecord[] = []
  const customImages: CustomImageRecord[] = []
  sandboxAccounts.forEach((account, index) => {
    for (const [name, status, container, description] of imagePlans[index] ?? []) {
      customImages.push({
        id: mintId(ctx, 'compshareImage-', 10),
        owner: account.publicKey,
        name,
        status,
        container,
        size: ctx.random.int(6_000, 40_000),
        createTime: ctx.epoch - ctx.random.int(3_600, 90 * 86_400),
        description,
      })
    }
    for (const [familyKey, variant, name, statuses] of groupPlans[index] ?? []) {
      const family = families.find((candidate) => candidate.key === familyKey)
      if (!family) throw new Error(`Seed plan names an unknown family: ${familyKey}`)
      const author = { nickname: account.nickname, authInfo: account.authInfo }
      const plan = { family, variant, lang: 'zh' as const, name, author, statuses }
      groups.push(buildGroup(ctx, { ...plan, popularity: ctx.random.next() * 0.3 }))
    }
  })
  return { groups, customImages }
}
