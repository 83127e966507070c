/*
 * 数据看板（dashboard.html）：本月调度一览、按时报送趋势、重点任务进展、量化指标对照目标和进度、各单位得分、
 * 会商决定和问责。创建办、主任、组织部门看全区，各单位工作人员只看本单位（由服务器按账号决定）。
 * 图表用 ECharts（中文界面），文字一律经 textContent 写入。
 */
(function () {
  'use strict';

  var E = window.Eco;
  var h = E.h;
  var text = E.text;
  var list = E.list;

  var PROGRESS_COLORS = {
    '已完成': '#2e7d32', '推进中': '#1e6fc8', '未启动': '#9e9e9e', '滞后': '#d32f2f',
    '牵头单位未报': '#bdbdbd', '牵头单位不报送': '#e0e0e0', '本单位未报': '#bdbdbd'
  };
  var VERDICT_COLORS = {
    '已达标': '#2e7d32', '在轨': '#1e6fc8', '滞后于进度': '#ef7d00', '未达标': '#d32f2f', '无法评判': '#9e9e9e'
  };
  var TIMELINESS = [['onTime', '按时报送', '#2e7d32'], ['late', '逾期报送', '#ef7d00'], ['missing', '逾期未报送', '#d32f2f'],
    ['pending', '尚未报送（未到截止日）', '#bdbdbd']];
  var SCORE_COLOR = '#2e7d32';

  var state = { token: 0, trajectoryToken: 0, selectedIndicator: null, period: null };

  /* ---------- 图表 ---------- */

  function chartBox(tall, label) {
    return h('div', { class: 'echart' + (tall ? ' echart-tall' : ''), role: 'img', 'aria-label': label });
  }

  /** 饼图：[{label, count}]，颜色按 colors 取。 */
  function pie(el, title, counts, colors) {
    E.chart(el, {
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0, type: 'scroll' },
      series: [{
        name: title, type: 'pie', radius: ['38%', '65%'], center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: counts.filter(function (c) { return c.count > 0; }).map(function (c) {
          return { name: c.label, value: c.count, itemStyle: { color: colors[c.label] } };
        })
      }]
    });
  }

  /* ---------- 页面 ---------- */

  function start() {
    var wanted = new URLSearchParams(window.location.search).get('period');
    load(/^[0-9]{4}-(0[1-9]|1[0-2])$/.test(wanted || '') ? wanted : null);
  }

  function load(period) {
    var token = ++state.token;
    E.setLoading(true);
    E.request('GET', '/api/dashboard' + (period ? '?period=' + encodeURIComponent(period) : ''))
      .then(function (data) {
        if (token !== state.token) return;
        E.clearAlerts();
        render(data || {});
      })
      .catch(function (err) {
        if (token !== state.token) return;
        E.showError(err, '数据看板未能加载');
        E.setChildren(document.getElementById('content'), h('div', { class: 'notice' }, '暂无数据。'));
      })
      .finally(function () { E.setLoading(false); });
  }

  function render(data) {
    state.period = data.period;
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', window.location.pathname + '?period=' + encodeURIComponent(data.period));
    }
    var content = document.getElementById('content');
    E.setChildren(content, null);
    var own = typeof data.ownUnitCode === 'string' ? data.ownUnitCode : null;
    var sections = [
      header(data, own),
      glanceCard(data),
      timelinessCard(data),
      keyTaskCard(data, own),
      indicatorCard(data, own),
      scoreCard(data, own),
      mentionCard(data)
    ];
    E.append(content, sections.map(function (s) { return s.node; }));
    sections.forEach(function (s) { if (s.draw) s.draw(); });   // 插入页面后才能量出图表宽度
  }

  function header(data, own) {
    var select = h('select', { class: 'input', 'aria-label': '调度月份', onchange: function () { load(select.value); } },
      list(data.periods).map(function (p) {
        return h('option', { value: p.period, selected: p.period === data.period }, text(p.label));
      }));
    return {
      node: h('div', { class: 'dashboard-head' },
        h('label', null, '月份 ', select),
        h('span', { class: 'dashboard-scope' }, '范围：' + text(data.scopeLabel)),
        h('span', null, '本月调度：' + text(data.cycleStatusLabel)),
        own && h('span', { class: 'hint' }, '仅显示本单位的数据。'))
    };
  }

  function tile(label, value, alert) {
    return h('div', { class: 'tile' + (alert ? ' tile-alert' : '') },
      h('span', { class: 'tile-value' }, String(value)), h('span', { class: 'tile-label' }, label));
  }

  function glanceCard(data) {
    var g = data.glance || {};
    var counts = list(g.byStatus);
    function count(label) {
      var found = counts.filter(function (c) { return c.label === label; })[0];
      return found ? found.count : 0;
    }
    var closed = count('已通过') + count('已通过（有问题需整改）');
    var box = chartBox(false, '各环节单位数');
    return {
      node: E.section('本月调度一览（' + text(data.periodLabel) + '）', [
        h('div', { class: 'tiles' },
          tile('应报送单位', g.reports || 0),
          tile('已办结', closed),
          tile('创建办审核中', count('创建办审核中')),
          tile('待签发', count('待单位负责人签发')),
          tile('填报中', count('填报中')),
          tile('逾期未报', g.late || 0, g.late > 0)),
        h('p', { class: 'hint' }, '报送截止：' + text(g.dueLabel)),
        box]),
      draw: function () {
        E.barChart({ el: box, caption: '各环节单位数', unit: '个单位', bars: counts.map(function (c) {
          return { label: c.label, count: c.count, color: E.STATUS_COLORS[c.label] };
        }) });
      }
    };
  }

  function timelinessCard(data) {
    var months = list(data.timeliness);
    var box = chartBox(false, '按月报送情况');
    return {
      node: E.section('按时报送情况（近' + months.length + '个月）', [box]),
      draw: function () {
        E.chart(box, {
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          legend: { bottom: 0 },
          grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
          xAxis: { type: 'category', data: months.map(function (m) { return m.periodLabel; }) },
          yAxis: { type: 'value', minInterval: 1, name: '单位数' },
          series: TIMELINESS.map(function (t) {
            return {
              name: t[1], type: 'bar', stack: '报送', barMaxWidth: 48, itemStyle: { color: t[2] },
              data: months.map(function (m) { return m[t[0]]; })
            };
          })
        });
      }
    };
  }

  function keyTaskCard(data, own) {
    var tasks = list(data.keyTasks);
    var counts = {};
    tasks.forEach(function (t) { counts[t.progress] = (counts[t.progress] || 0) + 1; });
    var box = chartBox(false, '重点任务进展');
    var columns = [
      { title: '序号', class: 'col-num', value: function (t) { return String(t.number); } },
      { title: '重点任务', value: function (t) { return text(t.title); } },
      { title: '牵头单位', value: function (t) { return text(t.leadUnits); } }
    ];
    if (own) columns.push({ title: '本单位', class: 'col-nowrap', value: function (t) { return text(t.ownRole); } });
    columns.push(
      { title: '进展', class: 'col-nowrap', value: function (t) { return h('span', { class: 'badge' }, text(t.progress)); } },
      { title: '参与单位已报', class: 'col-nowrap', value: function (t) {
        return t.participants == null ? '—' : t.participantsReported + '/' + t.participants;
      } },
      { title: '存在问题', value: function (t) { return text(t.problems); } });
    return {
      node: E.section(own ? '本单位牵头和参与的重点任务' : '重点任务进展（' + tasks.length + '项）', [
        h('p', { class: 'hint' }, own ? '进展和问题为本单位本月最近一次提交的报送内容。'
          : '进展以牵头单位本月最近一次提交的报送为准；多个牵头单位时，任一单位报滞后即为滞后。'),
        box, E.table(columns, tasks, { emptyText: '本单位没有牵头或参与的重点任务' })]),
      draw: function () {
        pie(box, '重点任务', Object.keys(counts).map(function (k) { return { label: k, count: counts[k] }; }),
          PROGRESS_COLORS);
      }
    };
  }

  function verdictBadges(counts) {
    return list(counts).filter(function (c) { return c.count > 0; }).map(function (c) {
      return h('span', { class: 'verdict verdict-' + verdictCode(c.label), title: c.label }, c.label + ' ' + c.count);
    });
  }

  function verdictCode(label) {
    return { '已达标': 'MET', '在轨': 'ON_COURSE', '滞后于进度': 'BEHIND', '未达标': 'MISSED' }[label] || 'NOT_JUDGED';
  }

  function indicatorCard(data, own) {
    var indicators = list(data.indicators);
    var totals = {};
    indicators.forEach(function (i) {
      list(i.verdicts).forEach(function (c) { totals[c.label] = (totals[c.label] || 0) + c.count; });
    });
    var box = chartBox(false, '量化指标评判汇总');
    var detail = h('div', { class: 'indicator-detail' },
      h('p', { class: 'hint' }, '点击指标名称，查看各单位逐月数值、应达进度和目标。'));
    var rows = E.table([
      { title: '指标', value: function (i) {
        return h('button', { type: 'button', class: 'link-button', onclick: function () { showTrajectory(i.code, detail); } },
          text(i.name));
      } },
      { title: '目标', value: function (i) { return text(i.target); } },
      { title: own ? '本单位本月' : '各单位本月评判', value: function (i) {
        return own ? unitValue(list(i.units)[0]) : verdictBadges(i.verdicts);
      } }
    ], indicators, { emptyText: '本单位没有负责的量化指标' });
    return {
      node: E.section('量化指标对照目标和进度（' + indicators.length + '项）', [
        h('p', { class: 'hint' }, '按期限评判：期限前看是否跟上从首次报送值到目标的进度线（在轨/滞后于进度），到期看是否达标；'
          + '“达到上级考核要求”的指标在创建办录入上级目标后参与评判。'),
        box, rows, detail]),
      draw: function () {
        pie(box, '指标评判（单位·指标）', Object.keys(totals).map(function (k) { return { label: k, count: totals[k] }; }),
          VERDICT_COLORS);
      }
    };
  }

  function unitValue(u) {
    if (!u) return '—';
    return [u.value == null ? '未报' : String(u.value), ' ',
      h('span', { class: 'verdict verdict-' + (u.verdict || 'NOT_JUDGED') }, text(u.verdictLabel))];
  }

  function showTrajectory(code, detail) {
    var token = ++state.trajectoryToken;
    state.selectedIndicator = code;
    E.setLoading(true);
    E.request('GET', '/api/dashboard/indicators/' + encodeURIComponent(code) + '?period=' + encodeURIComponent(state.period))
      .then(function (t) {
        if (token !== state.trajectoryToken) return;
        renderTrajectory(t || {}, detail);
      })
      .catch(function (err) { E.showError(err, '指标数据未能加载'); })
      .finally(function () { E.setLoading(false); });
  }

  function renderTrajectory(t, detail) {
    var unitLabel = t.measureUnit ? '（' + t.measureUnit + '）' : '';
    var lineBox = chartBox(true, t.name + '逐月数值');
    var units = list(t.units);
    E.setChildren(detail, null);
    E.append(detail, [
      h('h3', null, text(t.name) + unitLabel + '：目标 ' + text(t.target)),
      h('div', null, verdictBadges(t.verdictsThisMonth)),
      lineBox,
      E.table([
        { title: '单位', value: function (s) { return text(s.unitName); } },
        { title: '本月数值', class: 'col-num', value: function (s) { return numberText(last(s.values)); } },
        { title: '应达进度', class: 'col-num', value: function (s) { return numberText(last(s.expected)); } },
        { title: '评判', value: function (s) { return text(last(s.verdictLabels)); } }
      ], units)
    ]);
    var series = [];
    units.forEach(function (s) {
      series.push({ name: s.unitName, type: 'line', connectNulls: true, data: s.values });
      if (list(s.expected).some(function (v) { return v != null; })) {
        series.push({
          name: s.unitName + '·应达进度', type: 'line', data: s.expected, connectNulls: true,
          lineStyle: { type: 'dashed', width: 1 }, symbol: 'none'
        });
      }
    });
    if (list(t.targetLine).some(function (v) { return v != null; })) {
      series.push({
        name: '目标', type: 'line', step: 'middle', data: t.targetLine, symbol: 'rect',
        lineStyle: { color: '#b5152b', width: 2 }, itemStyle: { color: '#b5152b' }
      });
    }
    E.chart(lineBox, {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 8, right: 16, top: 24, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: list(t.months) },
      yAxis: { type: 'value', scale: true, name: t.measureUnit || '' },
      series: series
    });
    lineBox.scrollIntoView({ block: 'nearest' });
  }

  function last(values) { var l = list(values); return l.length ? l[l.length - 1] : null; }
  function numberText(v) { return v == null ? '—' : String(Math.round(Number(v) * 100) / 100); }

  function scoreCard(data, own) {
    var rows = list(data.scorecard);
    var box = chartBox(false, '各单位得分');
    function isOwn(r) { return own !== null && r.unitCode === own; }
    var table = E.table([
      { title: '排名', class: 'col-num', value: function (r) { return String(r.rank); } },
      { title: '单位', value: function (r) { return text(r.unitName); } },
      { title: '得分', class: 'col-num', value: function (r) { return String(r.score); } },
      { title: '报送情况', class: 'col-nowrap', value: function (r) { return text(r.timelinessLabel) + (r.daysLate > 0 ? '（逾期' + r.daysLate + '天）' : ''); } },
      { title: '退回', class: 'col-num', value: function (r) { return String(r.returnCount); } },
      { title: '整改 下发/销号/逾期', class: 'col-nowrap', value: function (r) {
        return r.rectificationsOpened + '/' + r.rectificationsClosed + '/' + r.rectificationsOverdue;
      } },
      { title: '提示函', class: 'col-num', value: function (r) { return String(r.reminderLetters); } },
      { title: '问责', class: 'col-num', value: function (r) { return String(r.accountabilityDecisions); } }
    ], rows, { rowClass: function (r) { return isOwn(r) ? 'row-own' : null; } });
    return {
      node: E.section(own ? '本单位得分' : '各单位得分（实时，月末以通报为准）', [
        h('p', { class: 'hint' }, '得分以 100 分起算，按报送、退回、整改、提示函、问责和会商决定加减分，算法与月度通报相同。'),
        own ? null : box, table]),
      draw: own ? null : function () {
        E.barChart({ el: box, caption: '得分', unit: '分', bars: rows.map(function (r) {
          return { label: r.unitName, count: r.score, color: SCORE_COLOR };
        }) });
      }
    };
  }

  function mentionCard(data) {
    var m = data.mentions || {};
    function names(title, values) {
      var l = list(values);
      return [h('h3', null, title + '（' + l.length + '）'),
        l.length ? h('ul', { class: 'mention-list' }, l.map(function (n) { return h('li', null, text(n)); }))
          : h('p', { class: 'empty' }, '无')];
    }
    return {
      node: E.section('本月会商决定和问责', [
        h('div', { class: 'dashboard-grid' },
          h('div', null, names('通报表扬', m.commended)),
          h('div', null, names('通报批评', m.criticized)),
          h('div', null, names('现场检查', m.inspected))),
        h('h3', null, '问责案件（' + list(m.accountability).length + '）'),
        E.table([
          { title: '单位', value: function (c) { return text(c.unitName); } },
          { title: '起因', value: function (c) { return text(c.trigger); } },
          { title: '状态', class: 'col-nowrap', value: function (c) { return text(c.statusLabel); } },
          { title: '审定结果', value: function (c) { return text(c.decision); } },
          { title: '决定文号', class: 'col-nowrap', value: function (c) { return text(c.decisionNumber); } }
        ], list(m.accountability), { emptyText: '本月无问责案件' })])
    };
  }

  start();
})();
