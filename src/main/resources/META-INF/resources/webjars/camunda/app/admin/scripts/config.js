// Eco Dispatch: Simplified Chinese first (the browser's zh-CN is matched as "zh"), English still selectable.
export default {
  app: {
    name: '生态文明示范区创建月调度',
    vendor: '陕州区创建办'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
