export const zh = {
  app: {
    name: 'CompShare 社区镜像',
    shortName: '社区镜像',
    skipToContent: '跳到主要内容',
    loading: '正在加载…',
    pageLoading: '正在打开页面',
  },
  nav: {
    label: '主导航',
    browse: '社区镜像',
    publish: '发布镜像',
    my: '我的镜像',
    settings: '设置',
  },
  language: {
    label: '语言',
    zh: '中文',
    en: 'English',
  },
  theme: {
    label: '主题',
    light: '浅色',
    dark: '深色',
    system: '跟随系统',
  },
  pages: {
    browse: {
      title: '社区镜像',
      intro: '浏览其他用户发布的 GPU 容器镜像:Stable Diffusion、ComfyUI、大模型推理、Notebook 等。',
    },
    detail: {
      title: '镜像详情',
      intro: '版本组 {{groupId}} 的版本、说明文档与支持的 GPU。',
    },
    publish: {
      title: '发布镜像',
      intro: '把你的自制容器镜像发布到社区镜像市场。',
    },
    my: {
      title: '我的镜像',
      intro: '你的自制镜像、已发布的社区镜像和收藏。',
    },
    settings: {
      title: '设置',
      intro: '界面语言与主题。',
      appearance: '外观',
    },
  },
  errors: {
    notFoundTitle: '页面不存在',
    notFoundBody: '找不到地址 {{path}} 对应的页面,它可能已被移动或从未存在。',
    backHome: '返回社区镜像',
    routeTitle: '页面出了点问题',
    routeBody: '这个页面没能正常显示。你的草稿和设置不会因此丢失。',
    retry: '重试',
    details: '错误详情',
    backgroundRefresh: '后台刷新数据失败:{{message}}',
    unknown: '未知错误',
  },
  toast: {
    label: '通知',
  },
}
