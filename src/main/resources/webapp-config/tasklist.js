// Eco Dispatch: served as app/<app>/scripts/config.js by webapp.WebappConfigController, which fills in the
// district's words: each key of district: in the plan's plan.yaml, written in double braces.
// Simplified Chinese first (the browser's zh-CN is matched as "zh"), English still selectable.
export default {
  app: {
    name: '生态文明示范区创建月调度',
    vendor: '{{officeName}}'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    // zh as fallback too: the apps load the chosen and the fallback locale at once, and whichever arrives last
    // sets the date language; with en as fallback, relative times ("in 3 days") came in English now and then.
    fallbackLocale: 'zh'
  },
  // Loaded from app/tasklist/scripts/: see each file for why.
  customScripts: ['scripts/camunda-forms-fixes', 'scripts/date-pickers-zh', 'scripts/notice-badge'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到过滤器列表的第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开启动流程对话框'
    }
  }
};
