import type { ActionHandler } from './context.ts'
import type { SoftwarePort } from '../types.ts'

/**
 * The applications an image can declare and the port each listens on, as
 * DescribeCompShareSoftwarePort lists them (SDK model SoftwarePort). Ports are the projects'
 * own defaults.
 */
export const softwarePorts: readonly Readonly<SoftwarePort>[] = [
  { Software: 'SSH', Port: 22 },
  { Software: 'JupyterLab', Port: 8888 },
  { Software: 'code-server', Port: 8443 },
  { Software: 'FileBrowser', Port: 443 },
  { Software: 'TensorBoard', Port: 6006 },
  { Software: 'Stable Diffusion WebUI', Port: 7860 },
  { Software: 'ComfyUI', Port: 8188 },
  { Software: 'Fooocus', Port: 7865 },
  { Software: 'Ollama', Port: 11434 },
  { Software: 'Open WebUI', Port: 3000 },
  { Software: 'vLLM', Port: 8000 },
  { Software: 'SGLang', Port: 30000 },
  { Software: 'LLaMA-Factory', Port: 7861 },
]

export const describeSoftwarePort: ActionHandler = () => ({
  SoftwarePort: softwarePorts.map((port) => ({ ...port })),
})
