import type { InstanceRecord, SoftwarePort } from '../types.ts'

/** Application pages are same-origin paths under this prefix: `/sandbox-apps/<UHostId>/<app>/`. */
export const appPathPrefix = '/sandbox-apps/'

/** An application's name in its URL: `Stable Diffusion WebUI` is `stable-diffusion-webui`. */
export const appSlug = (software: string) =>
  software
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** The applications an instance answers pages for: its image's ports but SSH, which has none. */
export const webApps = (instance: InstanceRecord): SoftwarePort[] =>
  instance.image.ports.filter((port) => port.Software !== 'SSH')

/** The whole URL of one application's page on the origin the request came to. */
export const appUrl = (origin: string, instance: InstanceRecord, software: string) =>
  `${origin}${appPathPrefix}${instance.id}/${appSlug(software)}/`
