// Eco Dispatch: the date pickers speak the app's language (Tasklist's, and Cockpit's, which loads this file too).
//
// Why: the apps' own pickers (a task's follow-up and due date, dates in filters and searches) are
// angular-ui-bootstrap's, which names months and weekdays from AngularJS's $locale — Camunda ships only the English
// one, and the apps' locale files do not reach it. Camunda Forms pick dates with flatpickr, in English, and form-js
// offers no option for its language. This script gives both the Chinese names while the app is in Chinese, and
// gives $locale back its English names when the user switches to English.

const ANGULAR_ZH = {
  MONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  STANDALONEMONTH: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
  SHORTMONTH: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  DAY: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  SHORTDAY: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  AMPMS: ['上午', '下午'],
  ERANAMES: ['公元前', '公元'],
  ERAS: ['公元前', '公元']
};

// The picker's titles: 「2026年12月」 over the days, 「2026年」 over the months; weeks start on Monday.
const PICKER_ZH = { formatDayTitle: 'y年M月', formatMonthTitle: 'y年', formatDay: 'd', startingDay: 1 };

const FLATPICKR_ZH = {
  weekdays: {
    shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分'
};

let app = null;

function pick(source, keys) {
  return Object.fromEntries(keys.map((key) => [key, source[key]]));
}

/** Once AngularJS has started: remembers the English names and follows every change of language. */
function attach() {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (!injector) {
    return;
  }
  const translate = injector.get('$translate');
  const formats = injector.get('$locale').DATETIME_FORMATS;
  const picker = injector.has('uibDatepickerConfig') ? injector.get('uibDatepickerConfig') : {};
  const english = { formats: pick(formats, Object.keys(ANGULAR_ZH)), picker: pick(picker, Object.keys(PICKER_ZH)) };
  app = { chinese: () => translate.use() === 'zh' };
  const follow = () => {
    const chinese = app.chinese();
    Object.assign(formats, chinese ? ANGULAR_ZH : english.formats);
    Object.assign(picker, chinese ? PICKER_ZH : english.picker);
  };
  follow();
  injector.get('$rootScope').$on('$translateChangeSuccess', follow);
}

/** form-js's date fields: flatpickr keeps its instance on the input; form-js writes the format as 「yyyy/mm/dd」. */
function localiseFormDates() {
  document.querySelectorAll('.fjs-container input').forEach((input) => {
    const flatpickr = input._flatpickr;
    if (flatpickr && flatpickr.config.locale !== FLATPICKR_ZH) {
      flatpickr.set('locale', FLATPICKR_ZH);
      input.placeholder = input.placeholder.replace('yyyy', '年').replace('mm', '月').replace('dd', '日');
    }
  });
}

new MutationObserver(() => {
  if (!app) {
    attach();
  } else if (app.chinese()) {
    localiseFormDates();
  }
}).observe(document.body, { childList: true, subtree: true });

export default [];
