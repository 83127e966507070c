// Eco Dispatch: the entries every web app's config.js (Tasklist, Cockpit, Admin, Welcome) starts with. Served with
// each app's own entries (<app>.js) as app/<app>/scripts/config.js by webapp.WebappConfigController, which fills in
// the district's words: each key of district: in the plan's plan.yaml, written in double braces.
// Simplified Chinese first (the browser's zh-CN is matched as "zh"), English still selectable.
  app: {
    name: '生态文明示范区创建月调度',
    vendor: '{{officeName}}'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    // zh as fallback too: the apps load the chosen and the fallback locale at once, and whichever arrives last
    // sets the date language; with en as fallback, relative times ("in 3 days") came in English now and then.
    fallbackLocale: 'zh'
  }
