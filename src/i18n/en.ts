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
  toast: {
    label: 'Notifications',
  },
}
