/**
 * The categories DescribeCompShareImageTags files tags under (`TagsMap`), in the order it gives
 * them (`TagIndex`). A tag in none of them is still in `Tags`.
 */
export const tagCategories: readonly (readonly [string, readonly string[]])[] = [
  [
    '场景',
    [
      'AI绘画',
      '图像生成',
      '视频生成',
      '大模型',
      'LLM',
      '聊天',
      '多模态',
      'AIGC',
      '语音识别',
      '语音合成',
      '语音克隆',
      '音频',
      '数字人',
      '知识库',
      'RAG',
      'Agent',
      '计算机视觉',
      '目标检测',
      'OCR',
      '超分辨率',
      '图像处理',
      '3D',
      '数据科学',
    ],
  ],
  ['任务', ['深度学习', '模型训练', '微调', '推理', '量化', '强化学习', '分布式训练', '工作流']],
  [
    '框架',
    [
      'PyTorch',
      'TensorFlow',
      'CUDA',
      'Python',
      'Jupyter',
      '开发环境',
      '基础镜像',
      'Ubuntu',
      'Gradio',
      'WebUI',
      'ComfyUI',
      'Stable Diffusion',
      'vLLM',
      'Ollama',
      'LLaMA-Factory',
    ],
  ],
  [
    '模型',
    ['SDXL', 'Flux', 'ControlNet', 'LoRA', 'Qwen', 'DeepSeek', 'OpenAI', 'Whisper', 'TTS', 'ASR'],
  ],
]
