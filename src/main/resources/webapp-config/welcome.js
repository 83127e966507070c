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
  // Shown on the welcome page in place of the link to Camunda's documentation.
  links: [
    {
      label: '数据看板',
      href: '/eco/dashboard.html',
      description: '本月调度一览、按时报送趋势、重点任务进展、量化指标对照目标和进度、各单位得分（各单位只看本单位）'
    },
    {
      label: '月度调度总览（{{office}}）',
      href: '/eco/dispatch.html',
      description: '开启月度调度，查看各单位报送进度和逾期情况'
    },
    {
      label: '月度通报',
      href: '/eco/bulletin.html',
      description: '查看已发布的月度通报、各单位得分和排名，下载通报和数据表'
    },
    {
      label: '上级考核目标',
      href: '/eco/targets.html',
      description: '“达到上级考核要求”的指标：查看上级公布的目标；{{office}}录入目标值、来源文件和公布日期'
    }
  ]
};
