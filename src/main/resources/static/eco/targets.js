/*
 * 上级考核目标（targets.html）：方案中写“达到上级考核要求”的指标，由创建办在上级公布目标后录入（目标值或上级的
 * 考核结论、来源文件、公布日期），自公布当月起据此评判；每次录入都留档，早先的月份仍按当时的目标评判。所有人可查看，仅创建办可录入。
 */
(function () {
  'use strict';

  var E = window.Eco;
  var h = E.h;
  var text = E.text;
  var list = E.list;
  var COMPARATORS = ['≥', '≤', '='];

  // words: 本区的称谓（/api/catalog/district：创建办的简称、上级的名称等）
  var state = { office: false, words: {}, open: {} };

  function start() {
    E.setLoading(true);
    Promise.all([E.request('GET', '/api/me'), E.request('GET', '/api/catalog/indicators/higher-level'),
      E.request('GET', '/api/catalog/district')])
      .then(function (results) {
        state.office = results[0] && results[0].office === true;
        state.words = results[2] || {};
        render(list(results[1]));
      })
      .catch(function (err) { E.showError(err, '上级考核目标未能加载'); })
      .finally(function () { E.setLoading(false); });
  }

  function reload() {
    return E.request('GET', '/api/catalog/indicators/higher-level').then(function (rows) { render(list(rows)); });
  }

  function render(rows) {
    var recorded = rows.filter(function (r) { return r.current; }).length;
    var content = document.getElementById('content');
    E.setChildren(content, null);
    E.append(content, [
      E.section('待上级下达目标的指标（' + rows.length + '项，已录入' + recorded + '项）', [
        h('p', { class: 'hint' }, state.office
          ? '上级公布目标后，点击“录入”填写目标值（或上级的考核结论）、来源文件和公布日期；自公布当月起据此评判，此前的月份不受影响。'
          : '以下目标由' + state.words.office + '在上级公布后录入，自公布当月起据此评判。'),
        E.table([
          { title: '指标', value: function (r) { return [text(r.name), h('div', { class: 'hint' }, text(r.sourceText))]; } },
          { title: '期限', class: 'col-nowrap', value: function (r) { return text(r.deadlineText); } },
          { title: '上级目标', value: function (r) { return currentFigure(r); } },
          { title: '操作', class: 'col-nowrap', value: function (r) { return actions(r); } }
        ], rows)
      ])
    ]);
  }

  function currentFigure(r) {
    if (!r.current) return h('span', { class: 'badge' }, '尚未录入');
    var f = r.current;
    var earlier = list(r.history).length - 1;
    return [h('strong', null, text(f.targetLabel)),
      h('div', { class: 'hint' }, text(f.source) + '，' + dayLabel(f.announcedOn) + '公布'
        + (earlier > 0 ? '（此前另有 ' + earlier + ' 次录入）' : ''))];
  }

  /** “2022-03-10” → “2022年3月10日” */
  function dayLabel(day) {
    var m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(day || '');
    return m ? m[1] + '年' + Number(m[2]) + '月' + Number(m[3]) + '日' : text(day);
  }

  function actions(r) {
    if (!state.office) return '—';
    var holder = h('div');
    var button = h('button', { type: 'button', class: 'btn btn-small', onclick: function () {
      E.setChildren(holder, figureForm(r, function () { E.setChildren(holder, button); }));
    } }, r.current ? '录入新目标' : '录入');
    E.setChildren(holder, button);
    return holder;
  }

  function figureForm(r, close) {
    var current = r.current || {};
    var kind = h('select', { class: 'input', 'aria-label': '录入方式' },
      h('option', { value: 'figure', selected: !current.verdict }, '目标值'),
      h('option', { value: 'verdict', selected: !!current.verdict }, '考核结论'));
    var comparator = h('select', { class: 'input', 'aria-label': '比较符' }, COMPARATORS.map(function (c) {
      return h('option', { value: c, selected: c === (current.comparator || '≥') }, c);
    }));
    var value = h('input', { class: 'input', type: 'text', inputmode: 'decimal', 'aria-label': '目标值', placeholder: '目标值，如 65',
      value: current.value == null ? '' : String(current.value) });
    var unit = h('input', { class: 'input', type: 'text', 'aria-label': '计量单位', placeholder: '单位，如 % 或 微克/立方米',
      maxlength: '16', value: current.unit || '' });
    var verdict = h('select', { class: 'input', 'aria-label': '考核结论' },
      h('option', { value: 'MET', selected: current.verdict === 'MET' }, '已达标'),
      h('option', { value: 'MISSED', selected: current.verdict === 'MISSED' }, '未达标'));
    var source = h('input', { class: 'input', type: 'text', 'aria-label': '来源文件', placeholder: '来源文件，如 ' + state.words.higherLevel + '攻坚办〔2022〕3号',
      maxlength: '500' });
    var thisYear = E.today().year;
    var announced = E.datePicker({ label: '公布日期', years: [thisYear - 10, thisYear], withDay: true });
    var save = h('button', { type: 'submit', class: 'btn btn-primary' }, '保存');
    function showKind() {
      var isVerdict = kind.value === 'verdict';
      [comparator, value, unit].forEach(function (el) { el.hidden = isVerdict; });
      verdict.hidden = !isVerdict;
    }
    kind.addEventListener('change', showKind);
    showKind();
    function body() {
      var common = { source: source.value.trim(), announcedOn: announced.value() };
      if (kind.value === 'verdict') {
        common.verdict = verdict.value;
      } else {
        common.comparator = comparator.value;
        common.value = value.value.trim();
        common.unit = unit.value.trim();
      }
      return common;
    }
    function submit(event) {
      event.preventDefault();
      E.clearAlerts();
      save.disabled = true;
      E.request('PUT', '/api/catalog/indicators/' + encodeURIComponent(r.code) + '/higher-level-target', body())
        .then(function (saved) {
          E.showMessage('success', '已录入“' + text(r.name) + '”：' + text(saved && saved.current && saved.current.targetLabel)
            + '，自公布当月起据此评判。');
          return reload();
        })
        .catch(function (err) { E.showError(err, '上级目标未保存'); })
        .finally(function () { save.disabled = false; });
    }
    return h('form', { class: 'figure-form', onsubmit: submit },
      kind, comparator, value, unit, verdict, source, announced.element, save,
      h('button', { type: 'button', class: 'btn', onclick: close }, '取消'));
  }

  start();
})();
