// Eco Dispatch: Cockpit's decision tables in Chinese while Cockpit itself is in Chinese.
//
// Why: Cockpit draws a decision table with dmn-js, which has a translate service but gets none from Cockpit: the
// viewer is created inside Cockpit's code with no modules of ours, and dmn-js's words ("Hit policy:", "When",
// "And", "Then", "Annotations", the hit policies, the data types) are not in Cockpit's locale files. This script
// replaces them in the rendered table, which Cockpit only shows (it never edits it in the Community edition).

// The table's head: hit policy, clauses, annotations.
const HEAD = {
  'Hit policy:': '命中策略：',
  Unique: '唯一',
  First: '首条命中',
  Priority: '优先级',
  Any: '任一',
  Collect: '汇总',
  'Collect (Sum)': '汇总（求和）',
  'Collect (Min)': '汇总（最小值）',
  'Collect (Max)': '汇总（最大值）',
  'Collect (Count)': '汇总（计数）',
  'Rule order': '按规则顺序',
  'Output order': '按输出优先级',
  When: '当',
  And: '且',
  Then: '则',
  Annotations: '说明'
};

// A column's data type, shown under its label.
const TYPES = {
  string: '字符串',
  boolean: '布尔值',
  integer: '整数',
  long: '长整数',
  double: '小数',
  date: '日期'
};

const TITLES = [
  [/^Decision name: (.*)$/s, '决策名称：$1'],
  [/^Input label: (.*)$/s, '输入标签：$1'],
  [/^Input expression: (.*)$/s, '输入表达式：$1'],
  [/^Output label: (.*)$/s, '输出标签：$1'],
  [/^Output name: (.*)$/s, '输出名称：$1'],
  [/^Input type$/, '输入类型'],
  [/^Output label$/, '输出标签'],
  [/^Output name$/, '输出名称'],
  [/^Output values$/, '输出值'],
  [/^No overlap is possible and all rules are disjoint\. Only a single rule can be matched$/,
    '规则互不重叠，只能命中一条规则'],
  [/^Rules may overlap\. The first matching rule will be chosen$/, '规则可以重叠，取第一条命中的规则'],
  [/^Rules may overlap\. The one with the highest priority will be chosen$/, '规则可以重叠，取优先级最高的规则'],
  [/^Rules may overlap\. Their output have to match$/, '规则可以重叠，命中规则的输出必须一致'],
  [/^Collects the values of all matching rules.*$/s, '汇总所有命中规则的输出']
];

function cockpitSpeaksChinese() {
  try {
    return window.angular.element(document.body).injector().get('$translate').use() === 'zh';
  } catch (e) {
    return false; // Cockpit not started yet
  }
}

// Only where dmn-js writes its own words: labels and rules (an annotation may well read "First") stay as written.
function translateText(node) {
  const text = node.nodeValue.trim();
  const place = node.parentElement;
  const chinese = place.closest('.input-variable, .output-variable') ? TYPES[text]
    : place.closest('.hit-policy, .clause, th.annotation') ? HEAD[text] : undefined;
  if (chinese) {
    node.nodeValue = node.nodeValue.replace(text, chinese);
  }
}

function translateTitle(element) {
  const title = element.getAttribute('title');
  for (const [pattern, chinese] of TITLES) {
    if (pattern.test(title)) {
      element.setAttribute('title', title.replace(pattern, chinese));
      return;
    }
  }
}

function translate(table) {
  const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateText(node);
  }
  table.querySelectorAll('[title]').forEach(translateTitle);
}

new MutationObserver(() => {
  if (cockpitSpeaksChinese()) {
    document.querySelectorAll('.dmn-decision-table-container').forEach(translate);
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['title'] });

export default [];
