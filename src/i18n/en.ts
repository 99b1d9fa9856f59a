import type { Catalogue } from './catalogue'

export const en: Catalogue = {
  app: {
    name: 'CompShare Community Images',
    shortName: 'Community Images',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    pageLoading: 'Opening page',
  },
  nav: {
    label: 'Main',
    browse: 'Community images',
    publish: 'Publish',
    my: 'My images',
    settings: 'Settings',
  },
  language: {
    label: 'Language',
    zh: '中文',
    en: 'English',
  },
  theme: {
    label: 'Theme',
    light: 'Light',
    dark: 'Dark',
    system: 'System',
  },
  pages: {
    browse: {
      title: 'Community images',
      intro:
        'Browse GPU container images published by others: Stable Diffusion, ComfyUI, LLM serving, notebooks and more.',
    },
    detail: {
      title: 'Image details',
      intro: 'Versions, readme and supported GPUs of group {{groupId}}.',
    },
    publish: {
      title: 'Publish an image',
      intro: 'Publish one of your custom container images to the community marketplace.',
    },
    my: {
      title: 'My images',
      intro: 'Your custom images, your published community images and your favourites.',
    },
    settings: {
      title: 'Settings',
      intro: 'Interface language and theme.',
      appearance: 'Appearance',
    },
  },
  errors: {
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at {{path}}. It may have moved, or it never existed.',
    backHome: 'Back to community images',
    routeTitle: 'Something went wrong on this page',
    routeBody: 'This page could not be shown. Your drafts and settings are not affected.',
    retry: 'Try again',
    details: 'Error details',
    backgroundRefresh: 'Refreshing data in the background failed: {{message}}',
    unknown: 'Unknown error',
  },
  apiErrors: {
    actionMissing:
      'The request names no action (Action). This is a bug in the app; please report it.',
    actionNotFound: 'The service does not know this action. The API address may be set up wrong.',
    signatureMissing: 'The request was not signed. Check your API keys in Settings.',
    signatureWrong:
      'The signature was rejected: the private key is wrong. Check your API keys in Settings.',
    userNotFound: 'No account has this public key. Check your API keys in Settings.',
    invalidParameter: 'A value is missing or not valid. Check what you entered.',
    imageNotFound: 'This image does not exist, or it does not belong to this account.',
    imageNotAvailable: 'The image is not Available yet. It can be published once it is ready.',
    imageNotContainer:
      'Virtual-machine images cannot be published to the community; only container images can.',
    groupNotFound: 'This community image does not exist, or it does not belong to this account.',
    versionNotGreater: 'The version must be greater than every version this image already has.',
    coverInvalid: 'The cover must be a PNG, JPEG or WebP image of at most 2 MB.',
    unknownRetCode: 'The service answered with an error.',
    http: 'The service is unavailable right now (HTTP {{status}}). Please try again shortly.',
    network: 'The service cannot be reached. Check your connection and try again.',
    timeout: 'The service took too long to answer. Please try again shortly.',
    parse: 'The service answered with something unexpected. Please try again shortly.',
    retCode: 'Error code {{code}}',
    requestId: 'Request ID: {{id}}',
  },
  toast: {
    label: 'Notifications',
  },
}
