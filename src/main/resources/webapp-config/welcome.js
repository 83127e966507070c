// The entries of app/welcome/scripts/config.js besides those of common.js (see WebappConfigController).
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
