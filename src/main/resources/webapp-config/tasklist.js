// The entries of app/tasklist/scripts/config.js besides those of common.js (see WebappConfigController).
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
