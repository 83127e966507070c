/*
 * 生态文明示范区创建月调度：各页面的共用代码：页面框架、请求、表格等，以及月度调度总览（dispatch.html）、月度通报（bulletin.html）、
 * 报送（report.html）和整改（rectification.html）页面；数据看板（dashboard.html）另见 dashboard.js，通知（notices.html）另见 notices.js。
 * 页面由 <body data-page="..."> 选择；所有插入页面的文字都经 textContent 写入，不拼接 HTML。
 */
(function () {
  'use strict';

  var TASKLIST_URL = '/camunda/app/tasklist/';
  var SESSION_EXPIRED = '登录已过期，请回到任务中心（Tasklist）重新登录后再打开本页面。';
  var MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
  var EVIDENCE_EXTS = ['jpg', 'jpeg', 'png', 'pdf', 'xls', 'xlsx'];
  var LEDGER_EXTS = ['xlsx'];

  /* ---------- DOM 辅助 ---------- */

  /** 创建元素：属性中 on* 为事件，class 为样式类；子节点中的字符串一律作为文本插入。 */
  function h(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (value == null || value === false) return;
      if (key === 'class') node.className = value;
      else if (key.slice(0, 2) === 'on') node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    });
    append(node, Array.prototype.slice.call(arguments, 2));
    return node;
  }

  function append(node, children) {
    children.forEach(function (child) {
      if (child == null || child === false) return;
      if (Array.isArray(child)) append(node, child);
      else node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    });
  }

  /** 替换全部子节点（不用 replaceChildren，兼容较旧的国产浏览器内核）。 */
  function setChildren(node, child) {
    eachChart(node, function (instance) { instance.dispose(); });
    node.textContent = '';
    if (child) append(node, [child]);
  }

  function list(value) { return Array.isArray(value) ? value : []; }
  function text(value) { return value == null || value === '' ? '—' : String(value); }

  /** 只接受本站路径作为链接，避免数据中出现 javascript: 等地址。 */
  function evidenceHref(ev) {
    var url = typeof ev.downloadUrl === 'string' ? ev.downloadUrl : '';
    return /^\/(?!\/)/.test(url) ? url : '/api/evidence/' + encodeURIComponent(ev.id);
  }

  /* ---------- 格式化 ---------- */

  var dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });

  /** 北京时间的年、月、日、时、分。 */
  function shanghaiParts(date) {
    var p = {};
    dateTimeFormat.formatToParts(date).forEach(function (part) { p[part.type] = part.value; });
    if (p.hour === '24') p.hour = '00';
    return p;
  }

  /** 按北京时间显示为 “2022-05-03 10:00”。 */
  function formatDateTime(value) {
    if (!value) return '—';
    var date = new Date(value);
    if (isNaN(date.getTime())) return String(value);
    var p = shanghaiParts(date);
    return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
  }

  /**
   * 按北京时间显示日期 “2022-05-05”。截止时刻是“次日零时”（不含），lastDay 为真时显示其前一天，
   * 例如 2022-05-06T00:00+08:00 显示为 2022-05-05，与服务器的“2022年5月5日”一致。
   */
  function formatDay(value, lastDay) {
    if (!value) return '—';
    var date = new Date(value);
    if (isNaN(date.getTime())) return String(value);
    var p = shanghaiParts(lastDay ? new Date(date.getTime() - 1) : date);
    return p.year + '-' + p.month + '-' + p.day;
  }

  /* ---------- 年、月、日选择 ---------- */

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /** 北京时间的今天：{year, month, day}（数字）。 */
  function today() {
    var p = shanghaiParts(new Date());
    return { year: Number(p.year), month: Number(p.month), day: Number(p.day) };
  }

  function numberSelect(label, from, to, unit, selected) {
    var options = [];
    for (var n = from; n <= to; n++) options.push(h('option', { value: String(n), selected: n === selected }, n + unit));
    return h('select', { class: 'input', 'aria-label': label }, options);
  }

  /**
   * 年、月（withDay 时还有日）下拉框，代替 <input type=month|date>：原生日期框按浏览器的语言显示，英文浏览器中是英文。
   * 初始为北京时间的今天。options: {label, id（给年份框，供 <label for> 使用）, years: [起, 止], withDay}。
   * 返回 {element, selects, value()}：value() 为 “2022-06” 或 “2022-06-15”。
   */
  function datePicker(options) {
    var now = today();
    var year = numberSelect(options.label + '（年）', options.years[0], options.years[1], '年', now.year);
    var month = numberSelect(options.label + '（月）', 1, 12, '月', now.month);
    if (options.id) year.id = options.id;
    var selects = [year, month];
    if (options.withDay) {
      var day = numberSelect(options.label + '（日）', 1, 31, '日', now.day);
      var limitDays = function () {   // 各月天数不同：2 月不提供 30、31 日
        var last = new Date(Number(year.value), Number(month.value), 0).getDate();
        Array.prototype.forEach.call(day.options, function (o) { o.hidden = o.disabled = Number(o.value) > last; });
        if (Number(day.value) > last) day.value = String(last);
      };
      year.addEventListener('change', limitDays);
      month.addEventListener('change', limitDays);
      limitDays();
      selects.push(day);
    }
    return {
      element: h('span', { class: 'date-picker', role: 'group', 'aria-label': options.label }, selects),
      selects: selects,
      value: function () {
        return selects.map(function (select, i) { return i === 0 ? select.value : pad(Number(select.value)); }).join('-');
      }
    };
  }

  function formatSize(bytes) {
    if (typeof bytes !== 'number' || bytes < 0) return '—';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  /* ---------- 接口调用与错误 ---------- */

  /** 结果为 JSON，错误为 problem detail。 */
  var ACCEPT = 'application/json, application/problem+json';

  function ApiError(status, message, errors) {
    this.status = status;
    this.message = message;
    this.errors = errors || [];
  }

  var DEFAULT_MESSAGES = {
    0: '无法连接服务器，请检查网络后重试。',
    400: '提交的内容有误，请检查后重试。',
    403: '您没有权限执行此操作。',
    404: '未找到相关记录，可能已被删除。',
    413: '文件过大，超出服务器允许的上传大小。'
  };

  function defaultMessage(status) {
    if (DEFAULT_MESSAGES[status]) return DEFAULT_MESSAGES[status];
    if (status >= 500) return '系统内部错误，请稍后重试或联系管理员。';
    return '请求未能完成（状态码 ' + status + '），请稍后重试。';
  }

  function parseJson(raw) {
    if (!raw) return null;
    try { return JSON.parse(raw); } catch (e) { return undefined; }
  }

  /**
   * 由错误响应（RFC 9457 problem detail）生成错误，显示其 detail；不含中文时（例如代理返回的英文页面）
   * 改用通用中文提示。
   */
  function errorFrom(status, body) {
    var message = body && typeof body.detail === 'string' && /[\u4e00-\u9fff]/.test(body.detail)
      ? body.detail : defaultMessage(status);
    return new ApiError(status, message, body ? list(body.errors) : []);
  }

  /** 调用接口；给出 body 时以 JSON 发送。 */
  function request(method, url, body) {
    var headers = { Accept: ACCEPT };
    if (method !== 'GET') headers['X-Requested-With'] = 'XMLHttpRequest';
    var init = { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init)
      .catch(function () { throw new ApiError(0, DEFAULT_MESSAGES[0]); })
      .then(function (res) {
        return res.text().then(function (raw) {
          var body = parseJson(raw);
          if (!res.ok) throw errorFrom(res.status, body);
          if (body === undefined) throw new ApiError(res.status, '服务器返回的内容无法识别，请刷新页面后重试。');
          return body;
        });
      });
  }

  /** 用 XMLHttpRequest 上传，以便报告进度（0–100）。 */
  function upload(url, formData, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      xhr.setRequestHeader('Accept', ACCEPT);
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) onProgress(Math.round(e.loaded * 100 / e.total));
      };
      xhr.onload = function () {
        var body = parseJson(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) resolve(body || {});
        else reject(errorFrom(xhr.status, body));
      };
      xhr.onerror = xhr.onabort = xhr.ontimeout = function () { reject(new ApiError(0, DEFAULT_MESSAGES[0])); };
      xhr.send(formData);
    });
  }

  /* ---------- 提示框 ---------- */

  function alertsEl() { return document.getElementById('alerts'); }
  function clearAlerts() { setChildren(alertsEl(), null); }

  function showAlert(kind, content, extraClass) {
    var box = h('div', { class: 'alert alert-' + kind + (extraClass ? ' ' + extraClass : ''), role: kind === 'error' ? 'alert' : 'status' },
      h('button', { type: 'button', class: 'alert-close', title: '关闭', 'aria-label': '关闭提示',
        onclick: function () { box.remove(); } }, '×'),
      content);
    alertsEl().prepend(box);
    box.scrollIntoView({ block: 'nearest' });
    return box;
  }

  function showMessage(kind, message, extra) {
    return showAlert(kind, [h('p', { class: 'alert-message' }, message), extra]);
  }

  function showError(err, title) {
    if (!(err instanceof ApiError)) {
      if (window.console) console.error(err);
      err = new ApiError(-1, '页面出现异常，请刷新后重试。');
    }
    if (err.status === 401) {
      if (alertsEl().querySelector('.alert-session')) return;
      showAlert('error', [
        h('p', { class: 'alert-message' }, SESSION_EXPIRED),
        h('p', null, h('a', { href: TASKLIST_URL }, '前往任务中心（Tasklist）'))
      ], 'alert-session');
      return;
    }
    showAlert('error', [
      title && h('p', { class: 'alert-title' }, title),
      h('p', { class: 'alert-message' }, err.message),
      renderErrors(err.errors)
    ]);
  }

  /** errors 中带工作表/行/列的（台账校验）显示为表格，其余显示为列表。 */
  function renderErrors(errors) {
    if (!errors.length) return null;
    var located = errors.some(function (e) { return e && typeof e === 'object' && ('sheet' in e || 'row' in e); });
    if (located) {
      return table([
        { title: '工作表', value: function (e) { return text(e.sheet); } },
        { title: '行', value: function (e) { return text(e.row); } },
        { title: '列', value: function (e) { return text(e.column); } },
        { title: '问题', value: function (e) { return text(e.message); } }
      ], errors);
    }
    return h('ul', { class: 'alert-list' }, errors.map(function (e) {
      return h('li', null, typeof e === 'string' ? e : text(e && e.message));
    }));
  }

  /* ---------- 页面加载与刷新 ---------- */

  var reloadPage = function () {};
  var busy = 0;            // 正在进行的上传、导入、删除数
  var reloadPending = false;

  /** 有操作进行中时推迟刷新，以免重新渲染打断其他文件的上传进度。 */
  function requestReload() {
    if (busy > 0) reloadPending = true;
    else reloadPage();
  }

  function runAction(action) {
    busy++;
    return Promise.resolve().then(action).finally(function () {
      busy--;
      if (busy === 0 && reloadPending) { reloadPending = false; reloadPage(); }
    });
  }

  var loadingCount = 0;    // 同时进行的加载数；全部结束后才隐藏“加载中…”

  function setLoading(on) {
    loadingCount = Math.max(0, loadingCount + (on ? 1 : -1));
    var indicator = document.getElementById('loading-indicator');
    if (loadingCount > 0 && !indicator) {
      document.body.appendChild(h('div', { id: 'loading-indicator', class: 'loading-indicator', role: 'status' }, '加载中…'));
    } else if (loadingCount === 0 && indicator) {
      indicator.remove();
    }
  }

  /** 读取正整数查询参数；缺少或无效时返回 null。 */
  function idParam(name) {
    var value = new URLSearchParams(window.location.search).get(name) || '';
    return /^[1-9][0-9]{0,17}$/.test(value) ? value : null;
  }

  function start(options) {
    var content = document.getElementById('content');
    var id = idParam(options.param);
    if (!id) {
      setChildren(content, h('div', { class: 'notice notice-error' }, options.missingMessage));
      return;
    }
    var loaded = false;
    reloadPage = function () {
      setLoading(true);
      return request('GET', options.url(id))
        .then(function (data) {
          setChildren(content, options.render(data, id));
          loaded = true;
        })
        .catch(function (err) {
          showError(err, '数据未能加载');
          if (!loaded) {
            setChildren(content, h('div', { class: 'notice' }, '数据未能加载。',
              h('button', { type: 'button', class: 'btn', onclick: function () { clearAlerts(); reloadPage(); } }, '重新加载')));
          }
        })
        .finally(function () { setLoading(false); });
    };
    reloadPage();
  }

  /* ---------- 通用组件 ---------- */

  function section(title, children) {
    return h('section', { class: 'card' }, h('h2', { class: 'card-title' }, title), children);
  }

  /** 字段列表：[[标题, 内容], …]，内容为多行文字时保留换行。 */
  function fields(rows) {
    return h('dl', { class: 'fields' }, rows.map(function (row) {
      return [h('dt', null, row[0]), h('dd', { class: row[2] || null }, row[1])];
    }));
  }

  function badge(label) { return h('span', { class: 'badge' }, text(label)); }

  /**
   * 表格；无数据时显示“暂无”。columns: [{title, value(row), class}]；
   * options（可选）: {rowClass(row) 行样式类, emptyText 无数据时的文字}
   */
  function table(columns, rows, options) {
    options = options || {};
    if (!rows.length) return h('p', { class: 'empty' }, options.emptyText || '暂无');
    return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
      h('thead', null, h('tr', null, columns.map(function (c) { return h('th', { scope: 'col' }, c.title); }))),
      h('tbody', null, rows.map(function (row) {
        return h('tr', { class: options.rowClass ? options.rowClass(row) : null }, columns.map(function (c) {
          return h('td', { class: c.class || null, 'data-label': c.title }, c.value(row));
        }));
      }))));
  }

  function checkFile(file, exts) {
    if (!file) return '请先选择文件。';
    var dot = file.name.lastIndexOf('.');
    var ext = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
    if (exts.indexOf(ext) < 0) {
      return '文件“' + file.name + '”的格式不支持，只能选择 ' +
        exts.map(function (e) { return '.' + e; }).join('、') + ' 格式的文件。';
    }
    if (file.size === 0) return '文件“' + file.name + '”是空文件，请重新选择。';
    if (file.size > MAX_UPLOAD_BYTES) {
      return '文件“' + file.name + '”大小为 ' + (file.size / 1024 / 1024).toFixed(2) + ' MB，超过 20 MB 的上限，请压缩或拆分后再上传。';
    }
    return null;
  }

  /**
   * 选择文件 + 按钮 + 进度条。options: {url, exts, buttonText, inputLabel, extraFields, failTitle, onSuccess(result, file)}
   * 成功后刷新页面数据。
   */
  function uploadForm(options) {
    // 原生文件框的“选择文件”文字随浏览器语言变化，这里用中文标签代替。
    var fileName = h('span', { class: 'file-name' }, '未选择文件');
    var input = h('input', { type: 'file', class: 'file-input', 'aria-label': options.inputLabel,
      accept: options.exts.map(function (e) { return '.' + e; }).join(','),
      onchange: function () { fileName.textContent = input.files[0] ? input.files[0].name : '未选择文件'; } });
    var picker = h('label', { class: 'btn file-pick' }, input, '选择文件');
    var button = h('button', { type: 'submit', class: 'btn btn-primary' }, options.buttonText);
    var fill = h('div', { class: 'progress-fill' });
    var bar = h('div', { class: 'progress-bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' }, fill);
    var label = h('span', { class: 'progress-text' });
    var progress = h('div', { class: 'progress', hidden: true }, bar, label);

    function setProgress(percent) {
      fill.style.width = percent + '%';
      bar.setAttribute('aria-valuenow', String(percent));
      label.textContent = percent < 100 ? '已上传 ' + percent + '%' : '100%，服务器处理中…';
    }

    function submit(event) {
      event.preventDefault();
      var file = input.files[0];
      var problem = checkFile(file, options.exts);
      clearAlerts();
      if (problem) { showMessage('error', problem); return; }
      var data = new FormData();
      data.append('file', file);
      Object.keys(options.extraFields || {}).forEach(function (key) { data.append(key, options.extraFields[key]); });
      button.disabled = input.disabled = true;
      picker.classList.add('disabled');
      progress.hidden = false;
      setProgress(0);
      runAction(function () {
        return upload(options.url, data, setProgress)
          .then(function (result) {
            input.value = '';
            fileName.textContent = '未选择文件';
            options.onSuccess(result, file);
            requestReload();
          })
          .catch(function (err) { showError(err, options.failTitle); })
          .finally(function () {
            button.disabled = input.disabled = false;
            picker.classList.remove('disabled');
            progress.hidden = true;
          });
      });
    }

    return h('form', { class: 'upload-form', onsubmit: submit }, h('div', { class: 'upload-row' }, picker, fileName, button), progress);
  }

  /** 文件列表：名称（下载链接）、大小、上传人、上传时间；可编辑时带删除按钮。 */
  function evidenceTable(files, editable) {
    var columns = [
      { title: '文件名', class: 'col-name', value: function (ev) { return h('a', { href: evidenceHref(ev) }, text(ev.fileName)); } },
      { title: '大小', class: 'col-nowrap', value: function (ev) { return formatSize(ev.sizeBytes); } },
      { title: '上传人', value: function (ev) { return text(ev.uploadedByName || ev.uploadedBy); } },
      { title: '上传时间', class: 'col-nowrap', value: function (ev) { return formatDateTime(ev.uploadedAt); } }
    ];
    if (editable) {
      columns.push({ title: '操作', class: 'col-nowrap', value: function (ev) {
        return h('button', { type: 'button', class: 'btn btn-small btn-danger', onclick: function (e) { deleteEvidence(ev, e.currentTarget); } }, '删除');
      } });
    }
    return table(columns, files);
  }

  function deleteEvidence(ev, button) {
    if (!window.confirm('确定删除该文件吗？\n' + text(ev.fileName))) return;
    clearAlerts();
    button.disabled = true;
    runAction(function () {
      return request('DELETE', '/api/evidence/' + encodeURIComponent(ev.id))
        .then(function () {
          showMessage('success', '已删除文件“' + text(ev.fileName) + '”。');
          requestReload();
        })
        .catch(function (err) { showError(err, '文件未删除'); button.disabled = false; });
    });
  }

  function evidenceUploadForm(url, extraFields) {
    return uploadForm({
      url: url, exts: EVIDENCE_EXTS, extraFields: extraFields, buttonText: '上传',
      inputLabel: '选择佐证材料文件', failTitle: '文件未上传',
      onSuccess: function (result, file) { showMessage('success', '已上传文件“' + file.name + '”。'); }
    });
  }

  function uploadHint() {
    return h('p', { class: 'hint' }, '可上传 JPG、PNG、PDF、Excel（.xls/.xlsx）文件，单个文件不超过 20 MB。');
  }

  function readOnlyHint(editable) {
    return editable ? null : h('p', { class: 'hint' }, '当前为只读状态，仅可查看和下载文件。');
  }

  /* ---------- 月度报送附件页面 ---------- */

  var openRequirements = {};   // 重新渲染后保持“工作要求”的展开状态

  function renderReport(r, id) {
    var editable = r.editable === true;
    var unitName = r.unit && r.unit.name;
    return [
      h('section', { class: 'card summary' },
        h('h2', { class: 'card-title' }, text(unitName) + ' · ' + text(r.periodLabel || r.period)),
        fields([
          ['报送单位', text(unitName)],
          ['报送月份', text(r.periodLabel || r.period)],
          ['状态', badge(r.statusLabel)],
          ['截止日期', r.dueLabel ? r.dueLabel : formatDateTime(r.dueAt)]
        ]),
        readOnlyHint(editable)),
      renderLedger(editable, id),
      renderReportEvidence(r, editable, id),
      section('报送记录', [
        h('h3', null, '提交版本'),
        table([
          { title: '版本', class: 'col-nowrap', value: function (v) { return '第 ' + text(v.versionNo) + ' 版'; } },
          { title: '状态', value: function (v) { return text(v.stateLabel); } },
          { title: '提交人', value: function (v) { return text(v.submittedByName || v.submittedBy); } },
          { title: '提交时间', class: 'col-nowrap', value: function (v) { return formatDateTime(v.submittedAt); } },
          { title: '操作', class: 'col-nowrap', value: function (v) { return versionActions(id, v.versionNo); } }
        ], list(r.versions)),
        shownVersion && shownVersion.reportId === Number(id) && renderVersion(shownVersion),
        h('h3', null, '审核意见'),
        table([
          { title: '审核环节', value: function (d) { return text(d.stageLabel); } },
          { title: '结果', class: 'col-nowrap', value: function (d) { return text(d.outcomeLabel); } },
          { title: '理由', class: 'col-text', value: function (d) { return text(d.reason); } },
          { title: '审核人', value: function (d) { return text(d.decidedByName || d.decidedBy); } },
          { title: '审核时间', class: 'col-nowrap', value: function (d) { return formatDateTime(d.decidedAt); } }
        ], list(r.decisions)),
        h('h3', null, '发现的问题及整改'),
        table([
          { title: '整改通知', class: 'col-nowrap', value: function (x) { return text(x.noticeNumber); } },
          { title: '问题', class: 'col-text', value: function (x) { return h('a', { href: x.pageUrl }, text(x.problem)); } },
          { title: '整改期限', class: 'col-nowrap', value: function (x) { return text(x.deadlineLabel); } },
          { title: '状态', class: 'col-nowrap', value: function (x) { return text(x.statusLabel); } },
          { title: '核验', class: 'col-text', value: function (x) { return text(list(x.verifications).join('；')); } }
        ], list(r.rectifications)),
        h('h3', null, '提示函'),
        table([
          { title: '文号', value: function (l) { return text(l.letterNumber); } },
          { title: '事由', class: 'col-nowrap', value: function (l) { return text(l.reasonLabel); } },
          { title: '内容', class: 'col-text', value: function (l) { return text(l.content); } },
          { title: '发出时间', class: 'col-nowrap', value: function (l) { return formatDateTime(l.issuedAt); } }
        ], list(r.letters))
      ])
    ];
  }

  var shownVersion = null;   // 用“查看”打开的提交版本，重新渲染后仍然显示

  function versionUrl(id, versionNo) {
    return '/api/reports/' + encodeURIComponent(id) + '/versions/' + encodeURIComponent(versionNo);
  }

  function versionActions(id, versionNo) {
    return [
      h('button', { type: 'button', class: 'btn btn-small', onclick: function () { showVersion(id, versionNo); } }, '查看'),
      ' ',
      h('a', { class: 'btn btn-small', href: versionUrl(id, versionNo) + '/document.docx' }, '下载 Word')
    ];
  }

  function showVersion(id, versionNo) {
    clearAlerts();
    setLoading(true);
    request('GET', versionUrl(id, versionNo))
      .then(function (version) { shownVersion = version; requestReload(); })
      .catch(function (err) { showError(err, '版本未能打开'); })
      .finally(function () { setLoading(false); });
  }

  /** 一个提交版本的全部内容（只读）及该版本的审核意见。 */
  function renderVersion(v) {
    return h('div', { class: 'version-view' },
      h('h3', null, '第 ' + text(v.versionNo) + ' 版内容（' + text(v.stateLabel) + '，只读）',
        ' ', h('button', { type: 'button', class: 'btn btn-small', onclick: function () { shownVersion = null; requestReload(); } }, '收起')),
      fields([
        ['提交人', text(v.submittedByName || v.submittedBy)],
        ['提交时间', formatDateTime(v.submittedAt)]
      ]),
      h('h4', null, '工作任务'),
      table([
        { title: '任务', class: 'col-text', value: function (i) { return text(i.label); } },
        { title: '进展', class: 'col-nowrap', value: function (i) { return text(i.progressLabel); } },
        { title: '本月完成情况', class: 'col-text', value: function (i) { return text(i.workDone); } },
        { title: '存在问题', class: 'col-text', value: function (i) { return text(i.problems); } }
      ], list(v.items)),
      h('h4', null, '重点任务'),
      table([
        { title: '重点任务', class: 'col-text', value: function (k) { return text(k.label); } },
        { title: '角色', class: 'col-nowrap', value: function (k) { return text(k.roleLabel); } },
        { title: '进展', class: 'col-nowrap', value: function (k) { return text(k.progressLabel); } },
        { title: '本月完成情况', class: 'col-text', value: function (k) { return text(k.workDone); } },
        { title: '存在问题', class: 'col-text', value: function (k) { return text(k.problems); } }
      ], list(v.keyTasks)),
      h('h4', null, '量化指标'),
      table([
        { title: '指标', class: 'col-text', value: function (i) { return text(i.name); } },
        { title: '目标', value: function (i) { return text(i.target); } },
        { title: '本月数值', class: 'col-nowrap', value: function (i) { return i.value == null ? '未填' : String(i.value) + (i.measureUnit || ''); } },
        { title: '评判', class: 'col-nowrap', value: function (i) { return text(i.verdictLabel); } }
      ], list(v.indicators)),
      fields([
        ['本月工作总结', text(v.summary), 'pre-wrap'],
        ['存在的困难和问题', text(v.difficulties), 'pre-wrap'],
        ['下月工作计划', text(v.nextMonthPlan), 'pre-wrap']
      ]),
      h('h4', null, '本版审核意见'),
      table([
        { title: '审核环节', value: function (d) { return text(d.stageLabel); } },
        { title: '结果', class: 'col-nowrap', value: function (d) { return text(d.outcomeLabel); } },
        { title: '理由', class: 'col-text', value: function (d) { return text(d.reason); } },
        { title: '审核人', value: function (d) { return text(d.decidedByName || d.decidedBy); } },
        { title: '审核时间', class: 'col-nowrap', value: function (d) { return formatDateTime(d.decidedAt); } }
      ], list(v.decisions)));
  }

  function renderLedger(editable, id) {
    return section('Excel台账', [
      h('p', null, h('a', { class: 'btn', href: '/api/reports/' + id + '/ledger-template' }, '下载本月台账模板（Excel）')),
      editable && [
        h('p', { class: 'hint' }, '按模板填写后选择文件导入（仅限 .xlsx，不超过 20 MB）。'),
        uploadForm({
          url: '/api/reports/' + id + '/ledger', exts: LEDGER_EXTS, buttonText: '导入台账',
          inputLabel: '选择已填写的台账文件', failTitle: '台账未导入',
          onSuccess: function (result) {
            showMessage('success', result.message || '台账已导入。',
              h('p', { class: 'alert-hint' }, '请回到任务中心刷新任务表单，检查后再提交。'));
          }
        })
      ]
    ]);
  }

  function renderReportEvidence(r, editable, id) {
    var byItem = {};
    list(r.evidence).forEach(function (ev) { (byItem[ev.workItemId] = byItem[ev.workItemId] || []).push(ev); });
    var items = list(r.items);
    var cards = items.map(function (item) {
      var files = byItem[item.workItemId] || [];
      delete byItem[item.workItemId];
      var key = String(item.workItemId);
      return h('article', { class: 'item' },
        h('h3', { class: 'item-label' }, text(item.label)),
        item.requirement && h('details', {
          class: 'item-requirement', open: !!openRequirements[key],
          ontoggle: function (e) { openRequirements[key] = e.currentTarget.open; }
        }, h('summary', null, '工作要求'), h('p', { class: 'pre-wrap' }, item.requirement)),
        evidenceTable(files, editable),
        editable && evidenceUploadForm('/api/reports/' + id + '/evidence', { workItemId: item.workItemId }));
    });
    // 不属于任何当前工作事项的文件也列出，以免遗漏。
    var others = Object.keys(byItem).reduce(function (all, k) { return all.concat(byItem[k]); }, []);
    if (others.length) {
      cards.push(h('article', { class: 'item' }, h('h3', { class: 'item-label' }, '其他材料'), evidenceTable(others, editable)));
    }
    return section('佐证材料', [
      editable && uploadHint(),
      cards.length ? cards : h('p', { class: 'empty' }, '暂无')
    ]);
  }

  /* ---------- 整改佐证材料页面 ---------- */

  function renderRectification(r, id) {
    var editable = r.editable === true;
    return [
      h('section', { class: 'card summary' },
        h('h2', { class: 'card-title' }, text(r.unit && r.unit.name) + ' · 整改事项'),
        fields([
          ['整改单位', text(r.unit && r.unit.name)],
          ['整改通知', text(r.noticeNumber)],
          ['存在问题', text(r.problem), 'pre-wrap'],
          ['整改要求', text(r.requirement), 'pre-wrap'],
          ['整改期限', r.deadlineLabel ? r.deadlineLabel : text(r.deadline)],
          ['状态', badge(r.statusLabel)]
        ]),
        readOnlyHint(editable)),
      section('整改及核查记录', table([
        { title: '轮次', class: 'col-nowrap', value: function (x) { return '第 ' + text(x.roundNo) + ' 轮'; } },
        { title: '整改措施', class: 'col-text', value: function (x) { return text(x.actionTaken); } },
        { title: '报告人', value: function (x) { return text(x.reportedByName || x.reportedBy); } },
        { title: '报告时间', class: 'col-nowrap', value: function (x) { return formatDateTime(x.reportedAt); } },
        { title: '核查结论', class: 'col-nowrap', value: function (x) { return text(x.verdictLabel); } },
        { title: '核查意见', class: 'col-text', value: function (x) { return text(x.opinion); } },
        { title: '核查人', value: function (x) { return text(x.verifiedByName || x.verifiedBy); } },
        { title: '核查时间', class: 'col-nowrap', value: function (x) { return formatDateTime(x.verifiedAt); } }
      ], list(r.rounds))),
      section('佐证材料', [
        editable && uploadHint(),
        evidenceTable(list(r.evidence), editable),
        editable && evidenceUploadForm('/api/rectifications/' + id + '/evidence')
      ])
    ];
  }

  /* ---------- 月度调度总览页面 ---------- */

  var PERIOD_PATTERN = /^([0-9]{4})-(0[1-9]|1[0-2])$/;
  var CYCLE_STATUS = { OPEN: '进行中', COMPILED: '已汇总待会商', CLOSED: '已结束' };
  var UNIT_STATUSES = ['填报中', '待单位负责人签发', '创建办审核中', '已通过', '已通过（有问题需整改）'];
  var STATUS_COLORS = {
    '填报中': '#9e9e9e',
    '待单位负责人签发': '#64a8e8',
    '创建办审核中': '#1e6fc8',
    '已通过': '#2e7d32',
    '已通过（有问题需整改）': '#ef7d00'
  };
  var OTHER_COLOR = '#8d6e63';
  var LATE_COLOR = '#d32f2f';
  var LATE_LABEL = '逾期未报';
  var LATE_FILTER = 'LATE';     // 接口的 status=LATE：已过截止仍未提交
  var UNIT_PAGE_SIZE = 50;

  function noFilter() { return { status: '', q: '', page: 0 }; }

  /** 选中月份的详情及其一页单位（按 dispatch.filter 筛选、翻页）。 */
  function cycleUrl(period) {
    var f = dispatch.filter;
    var params = new URLSearchParams({ page: String(f.page), size: String(UNIT_PAGE_SIZE) });
    if (f.status) params.set('status', f.status);
    if (f.q) params.set('q', f.q);
    return '/api/dispatch/cycles/' + encodeURIComponent(period) + '?' + params.toString();
  }

  function has(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

  /** “2022-06” → “2022年6月” */
  function periodLabel(period) {
    var m = PERIOD_PATTERN.exec(period);
    return m ? m[1] + '年' + Number(m[2]) + '月' : String(period);
  }

  function cycleStatusLabel(status) { return has(CYCLE_STATUS, status) ? CYCLE_STATUS[status] : text(status); }

  var dispatch = {
    cycles: [],
    cyclesLoaded: false,
    selected: null,       // 当前选中的调度月份
    detail: null,         // 当前选中月份已加载的详情
    filter: null,         // 各单位报送情况的筛选和页码：{status, q, page}
    listToken: 0,         // 丢弃过时的响应（连续点击时只显示最后一次）
    detailToken: 0,
    pageToken: 0,
    chart: null,          // {el, bars, caption, unit}：插入页面后再画
    el: {}
  };

  function startDispatch() {
    var content = document.getElementById('content');
    var el = dispatch.el;
    el.start = renderStartForm();
    el.listBody = h('div', null, h('p', { class: 'loading' }, '加载中…'));
    el.list = h('section', { class: 'card' }, h('h2', { class: 'card-title' }, '调度期'), el.listBody);
    el.detail = h('div', { class: 'cycle-detail' });
    setChildren(content, null);
    append(content, [el.start, el.list, el.detail]);

    var wanted = new URLSearchParams(window.location.search).get('period');
    loadCycles(PERIOD_PATTERN.test(wanted || '') ? wanted : null);

  }

  function renderStartForm() {
    var now = today();
    var picker = datePicker({ label: '调度月份', id: 'dispatch-period', years: [now.year - 10, now.year + 1] });
    var button = h('button', { type: 'submit', class: 'btn btn-primary' }, '开启本月调度');

    function enable(enabled) {
      picker.selects.concat(button).forEach(function (el) { el.disabled = !enabled; });
    }

    function submit(event) {
      event.preventDefault();
      clearAlerts();
      var period = picker.value();
      var label = periodLabel(period);
      if (!window.confirm('确定开启 ' + label + ' 的月度调度吗？开启后将向各乡镇、各单位下达报送任务。')) return;

      enable(false);
      button.textContent = '正在开启…';
      request('POST', '/api/dispatch/cycles', { period: period })
        .then(function (result) {
          result = result || {};
          showMessage('success', typeof result.message === 'string' && result.message ? result.message : label + '月度调度已开启。');
          loadCycles(PERIOD_PATTERN.test(result.period || '') ? result.period : period);
        })
        .catch(function (err) { showError(err, '月度调度未开启'); })
        .finally(function () {
          enable(true);
          button.textContent = '开启本月调度';
        });
    }

    return h('section', { class: 'card dispatch-start' },
      h('h2', { class: 'card-title' }, '开启月度调度'),
      h('form', { class: 'start-form', onsubmit: submit },
        h('label', { class: 'start-label', for: 'dispatch-period' }, '调度月份'), picker.element, button),
      h('p', { class: 'hint' }, '每月的调度通常按计划自动开启；如需补开或提前开启，请选择月份后开启。同一月份只能开启一次。'));
  }

  /* 调度期列表 */

  /** 重新读取调度期列表，并选中 preferred（没有时保持当前选择，再没有时选最新一期）。 */
  function loadCycles(preferred) {
    var token = ++dispatch.listToken;
    setLoading(true);
    return request('GET', '/api/dispatch/cycles')
      .then(function (data) {
        if (token !== dispatch.listToken) return;
        dispatch.cycles = list(data).filter(function (c) { return c && typeof c.period === 'string'; });
        dispatch.cyclesLoaded = true;
        var target = preferred || (findCycle(dispatch.selected) ? dispatch.selected : null) ||
          (dispatch.cycles[0] && dispatch.cycles[0].period);
        renderCycleList();
        if (target) {
          selectCycle(target);
        } else {
          dispatch.selected = dispatch.detail = dispatch.chart = null;
          setChildren(dispatch.el.detail, null);
        }
      })
      .catch(function (err) {
        if (token !== dispatch.listToken) return;
        showError(err, '调度期未能加载');
        if (!dispatch.cyclesLoaded) {
          // 无权查看的人（各单位人员）也不能开启调度，不再显示开启表单。
          if (err.status === 403) dispatch.el.start.hidden = true;
          setChildren(dispatch.el.listBody, h('div', { class: 'notice' }, '数据未能加载。',
            h('button', { type: 'button', class: 'btn', onclick: function () { clearAlerts(); loadCycles(preferred); } }, '重新加载')));
        }
      })
      .finally(function () { setLoading(false); });
  }

  function findCycle(period) {
    return dispatch.cycles.filter(function (c) { return c.period === period; })[0] || null;
  }

  function renderCycleList() {
    if (!dispatch.cycles.length) {
      setChildren(dispatch.el.listBody, h('p', { class: 'empty' }, '暂无调度期'));
      return;
    }
    setChildren(dispatch.el.listBody, h('ul', { class: 'cycle-list' }, dispatch.cycles.map(function (c) {
      return h('li', null, h('button', {
        type: 'button', class: 'cycle', 'data-period': c.period, 'aria-pressed': 'false',
        onclick: function () { clearAlerts(); selectCycle(c.period); }
      },
        h('span', { class: 'cycle-period' }, text(c.periodLabel || periodLabel(c.period))),
        h('span', { class: 'cycle-status' + (has(CYCLE_STATUS, c.status) ? ' cycle-status-' + c.status.toLowerCase() : '') },
          cycleStatusLabel(c.status)),
        h('span', { class: 'cycle-by' }, '开启人：' + text(c.startedByName || c.startedBy))));
    })));
    markSelected();
  }

  function markSelected() {
    Array.prototype.forEach.call(dispatch.el.listBody.querySelectorAll('.cycle'), function (button) {
      var on = button.getAttribute('data-period') === dispatch.selected;
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      button.classList.toggle('cycle-selected', on);
    });
  }

  /* 选中月份的详情 */

  function selectCycle(period) {
    var token = ++dispatch.detailToken;
    var switching = !dispatch.detail || dispatch.detail.period !== period;
    var label = findCycle(period) ? text(findCycle(period).periodLabel || periodLabel(period)) : periodLabel(period);
    dispatch.selected = period;
    markSelected();
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', window.location.pathname + '?period=' + encodeURIComponent(period));
    }
    if (switching) {
      dispatch.detail = dispatch.chart = null;
      dispatch.filter = noFilter();
      setChildren(dispatch.el.detail, detailCard(label + ' 调度情况', h('p', { class: 'loading' }, '加载中…')));
    }
    setLoading(true);
    dispatch.pageToken++;   // 本次读取的一页取代正在读取的翻页
    return request('GET', cycleUrl(period))
      .then(function (data) {
        if (token !== dispatch.detailToken) return;
        data = data || {};
        dispatch.detail = { period: period, data: data };
        setChildren(dispatch.el.detail, renderCycleDetail(data, period));
        if (dispatch.chart) drawChart(dispatch.chart);   // 需插入页面后才能量出宽度
      })
      .catch(function (err) {
        if (token !== dispatch.detailToken) return;
        showError(err, label + '的调度情况未能加载');
        if (switching) {
          setChildren(dispatch.el.detail, detailCard(label + ' 调度情况', h('div', { class: 'notice' }, '数据未能加载。',
            h('button', { type: 'button', class: 'btn', onclick: function () { clearAlerts(); selectCycle(period); } }, '重新加载'))));
        }
      })
      .finally(function () { setLoading(false); });
  }

  function detailCard(title, children) {
    return h('section', { class: 'card' },
      h('div', { class: 'card-head' },
        h('h2', { class: 'card-title' }, title),
        h('button', { type: 'button', class: 'btn btn-small', title: '重新读取调度期和各单位的最新状态',
          onclick: function () { clearAlerts(); loadCycles(dispatch.selected); } }, '刷新')),
      children);
  }

  function renderCycleDetail(c, period) {
    var totals = c.totals && typeof c.totals === 'object' ? c.totals : {};
    var statuses = list(totals.byStatus).filter(function (st) { return st && typeof st.status === 'string'; });
    var lateCount = Number(totals.late) || 0;
    var counts = Object.create(null);
    var labels = UNIT_STATUSES.slice();
    labels.forEach(function (l) { counts[l] = 0; });
    statuses.forEach(function (st) {
      var l = st.label ? String(st.label) : '未知状态';
      if (!(l in counts)) { counts[l] = 0; labels.push(l); }
      counts[l] += Number(st.count) || 0;
    });
    var bars = labels.map(function (l) {
      return { label: l, count: counts[l], color: has(STATUS_COLORS, l) ? STATUS_COLORS[l] : OTHER_COLOR };
    });
    bars.push({ label: LATE_LABEL, count: lateCount, color: LATE_COLOR, separate: true });

    var label = text(c.periodLabel || periodLabel(period));
    var sending = c.sending && typeof c.sending === 'object' ? c.sending : null;
    var sendingEl = sending && h('span', { class: 'sending', role: 'status' }, sendingText(sending));
    if (sending && !sending.done) watchSending(sendingEl, period, dispatch.detailToken);
    var chartEl = h('div', { class: 'echart echart-bars', role: 'img', 'aria-label': '图表' });
    dispatch.chart = { el: chartEl, bars: bars, caption: '各状态单位数', unit: '个单位' };

    return detailCard(label + ' 调度情况', [
      fields([
        ['调度状态', h('span', { class: 'cycle-status' + (has(CYCLE_STATUS, c.status) ? ' cycle-status-' + c.status.toLowerCase() : '') },
          cycleStatusLabel(c.status))],
        ['开启人', text(c.startedByName || c.startedBy)],
        ['报送截止', formatDay(c.reportDueAt, true)],
        ['调度截止', formatDay(c.closingAt, true)],
        sending && ['报送下发', sendingEl]
      ].filter(Boolean)),
      h('p', { class: 'summary-line' },
        '应报送 ', h('strong', null, String(Number(totals.units) || 0)), ' 个单位：已通过 ',
        h('strong', { class: 'num-ok' }, String(counts['已通过'] + counts['已通过（有问题需整改）'])), ' 个，审核中 ',
        h('strong', { class: 'num-review' }, String(counts['待单位负责人签发'] + counts['创建办审核中'])), ' 个，逾期未报 ',
        h('strong', { class: 'num-late' }, String(lateCount)), ' 个'),
      sending && !sending.done && h('p', { class: 'hint' }, '报送任务正在分批下发，下发进度每 3 秒自动更新，下发完毕后自动刷新本页。'),
      h('h3', null, '各状态单位数'),
      chartEl,
      h('p', { class: 'hint' }, '“审核中”包括待单位负责人签发和创建办审核中；“逾期未报”指已过报送截止时间仍未提交的单位，这些单位同时计入“填报中”。'),
      unitTableSection(c, period, statuses, lateCount)
    ]);
  }

  var SENDING_POLL_MS = 3000;

  /** “已下发 3200 / 10000 个单位”，尚未下发完时注明“下发中”。 */
  function sendingText(s) {
    var label = typeof s.label === 'string' && s.label ? s.label : '已下发 ' + s.sent + ' / ' + s.units + ' 个单位';
    return s.done ? label : label + '（下发中）';
  }

  /** 分批下发期间定时读取下发进度；下发完毕后重新读取本月详情。切换月份或刷新后（token 已变）停止。 */
  function watchSending(el, period, token) {
    window.setTimeout(function () {
      if (token !== dispatch.detailToken) return;
      request('GET', '/api/dispatch/cycles/' + encodeURIComponent(period) + '/sending')
        .then(function (s) {
          if (token !== dispatch.detailToken) return;
          s = s || {};
          el.textContent = sendingText(s);
          if (s.done) selectCycle(period);
          else watchSending(el, period, token);
        })
        .catch(function () {
          if (token === dispatch.detailToken) watchSending(el, period, token);
        });
    }, SENDING_POLL_MS);
  }

  /** 各单位报送情况：按状态筛选、按单位名称查找，每页 UNIT_PAGE_SIZE 个单位，翻页时只重新读取表格。 */
  function unitTableSection(c, period, statuses, lateCount) {
    var box = h('div');
    var count = h('span', { class: 'filter-count', role: 'status' });
    var select = h('select', { class: 'input', 'aria-label': '按状态筛选', onchange: function () { apply(); } },
      h('option', { value: '' }, '全部状态'),
      statuses.map(function (st) {
        return h('option', { value: st.status, selected: dispatch.filter.status === st.status },
          text(st.label) + '（' + (Number(st.count) || 0) + '）');
      }),
      h('option', { value: LATE_FILTER, selected: dispatch.filter.status === LATE_FILTER },
        LATE_LABEL + '（' + lateCount + '）'));
    var search = h('input', { type: 'search', class: 'input', placeholder: '单位名称', maxlength: '100',
      'aria-label': '按单位名称查找', value: dispatch.filter.q });
    var form = h('form', { class: 'unit-filter', role: 'search', onsubmit: function (event) { event.preventDefault(); apply(); } },
      select, search, h('button', { type: 'submit', class: 'btn' }, '查找'));

    function apply() {
      clearAlerts();
      dispatch.filter.status = select.value;
      dispatch.filter.q = search.value.trim();
      goTo(0);
    }

    function goTo(page) {
      var token = ++dispatch.pageToken;
      dispatch.filter.page = page;
      setLoading(true);
      return request('GET', cycleUrl(period))
        .then(function (data) { if (token === dispatch.pageToken) fill(data || {}); })
        .catch(function (err) { if (token === dispatch.pageToken) showError(err, '各单位报送情况未能加载'); })
        .finally(function () { setLoading(false); });
    }

    function fill(data) {
      var page = data.page && typeof data.page === 'object' ? data.page : {};
      var rows = list(data.reports).filter(function (r) { return r && typeof r === 'object'; });
      var number = Number(page.number) || 0;
      var pages = Number(page.pages) || 0;
      if (!rows.length && number > 0) { goTo(Math.max(0, pages - 1)); return; }   // 单位减少后所在页已不存在
      count.textContent = '共 ' + (Number(page.units) || 0) + ' 个单位';
      setChildren(box, h('div', null, unitTable(rows), pages > 1 && h('nav', { class: 'pager', 'aria-label': '翻页' },
        h('button', { type: 'button', class: 'btn btn-small', disabled: number <= 0,
          onclick: function () { clearAlerts(); goTo(number - 1); } }, '上一页'),
        h('span', { class: 'pager-at' }, '第 ' + (number + 1) + ' / ' + pages + ' 页'),
        h('button', { type: 'button', class: 'btn btn-small', disabled: number + 1 >= pages,
          onclick: function () { clearAlerts(); goTo(number + 1); } }, '下一页'))));
    }

    fill(c);
    return [
      h('div', { class: 'table-head' }, h('h3', null, '各单位报送情况'), count),
      form,
      box
    ];
  }

  function unitTable(rows) {
    function isLate(r) { return r.late === true; }
    var filtered = dispatch.filter.status || dispatch.filter.q;
    return table([
      { title: '单位', value: function (r) { return text(r.unitName || r.unitCode); } },
      { title: '状态', value: function (r) {
        return [text(r.statusLabel), isLate(r) && h('span', { class: 'badge badge-late' }, '逾期')];
      } },
      { title: '报送截止', class: 'col-nowrap', value: function (r) { return r.dueAt ? formatDay(r.dueAt, true) : text(r.dueLabel); } },
      { title: '首次提交时间', class: 'col-nowrap', value: function (r) { return r.firstSubmittedAt ? formatDateTime(r.firstSubmittedAt) : '未提交'; } },
      { title: '退回次数', class: 'col-num', value: function (r) { return typeof r.returnCount === 'number' ? String(r.returnCount) : '—'; } },
      { title: '操作', class: 'col-nowrap', value: function (r) {
        var id = String(r.reportId);
        return /^[1-9][0-9]{0,17}$/.test(id) ? h('a', { href: '/eco/report.html?reportId=' + encodeURIComponent(id) }, '查看报送') : '—';
      } }
    ], rows, {
      emptyText: filtered ? '没有符合条件的单位' : '暂无',
      rowClass: function (r) { return isLate(r) ? 'row-late' : null; }
    });
  }

  /* 横向条形图（内联 SVG，不用图表库） */

  /* ---------- 图表（ECharts） ---------- */

  var CHART_FONT = 'system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif';

  /** 在 el（样式类 echart）中画 ECharts 图：中文界面，带无障碍描述；同一容器重画时先释放旧图。 */
  function chart(el, option) {
    var old = window.echarts.getInstanceByDom(el);
    if (old) old.dispose();
    var instance = window.echarts.init(el, null, { locale: 'ZH' });
    option.aria = { enabled: true };
    option.textStyle = { fontFamily: CHART_FONT };
    instance.setOption(option);
    return instance;
  }

  function eachChart(root, action) {
    if (!window.echarts || !root.querySelectorAll) return;
    Array.prototype.forEach.call(root.querySelectorAll('.echart'), function (el) {
      var instance = window.echarts.getInstanceByDom(el);
      if (instance) action(instance);
    });
  }

  window.addEventListener('resize', function () {
    eachChart(document, function (instance) { instance.resize(); });
  });

  /**
   * 横向条形图，画在已插入页面的 c.el 中（需量出宽度）；条数决定高度，避免文字重叠。
   * c: {el, bars: [{label, count, color}], caption 图名, unit 数值单位}
   */
  function drawChart(c) {
    c.el.style.height = Math.max(160, c.bars.length * 28 + 40) + 'px';
    chart(c.el, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return v + ' ' + c.unit; } },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: c.bars.map(function (b) { return b.label; }) },
      series: [{
        name: c.caption, type: 'bar', barMaxWidth: 22, label: { show: true, position: 'right' },
        data: c.bars.map(function (b) { return { value: b.count, itemStyle: { color: b.color } }; })
      }]
    });
  }

  var SCORE_COLOR = '#2e7d32';
  var OWN_SCORE_COLOR = '#b5152b';

  var bulletin = { chart: null, el: {} };

  function startBulletin() {
    var content = document.getElementById('content');
    bulletin.el.listBody = h('div', null, h('p', { class: 'loading' }, '加载中…'));
    bulletin.el.detail = h('div', { class: 'bulletin-detail' });
    setChildren(content, null);
    append(content, [h('section', { class: 'card' }, h('h2', { class: 'card-title' }, '月度通报'), bulletin.el.listBody),
      bulletin.el.detail]);
    loadBulletins(idParam('bulletinId'));
  }

  function loadBulletins(preferred) {
    setLoading(true);
    return request('GET', '/api/bulletins')
      .then(function (data) {
        var rows = list(data).filter(function (b) { return b && /^[1-9][0-9]{0,17}$/.test(String(b.id)); });
        renderBulletinList(rows);
        var target = preferred || (rows[0] && String(rows[0].id));
        if (target) selectBulletin(target);
      })
      .catch(function (err) {
        showError(err, '通报未能加载');
        setChildren(bulletin.el.listBody, h('div', { class: 'notice' }, '数据未能加载。',
          h('button', { type: 'button', class: 'btn', onclick: function () { clearAlerts(); loadBulletins(preferred); } }, '重新加载')));
      })
      .finally(function () { setLoading(false); });
  }

  function renderBulletinList(rows) {
    setChildren(bulletin.el.listBody, table([
      { title: '月份', class: 'col-nowrap', value: function (b) { return text(b.periodLabel); } },
      { title: '通报', value: function (b) {
        return h('a', { href: '?bulletinId=' + encodeURIComponent(String(b.id)),
          onclick: function (event) { event.preventDefault(); clearAlerts(); selectBulletin(String(b.id)); } }, text(b.title));
      } },
      { title: '文号', class: 'col-nowrap', value: function (b) { return text(b.documentNumber); } },
      { title: '状态', class: 'col-nowrap', value: function (b) {
        return [text(b.statusLabel), b.supersededBy && h('span', { class: 'badge badge-superseded' }, '已更正')];
      } },
      { title: '发布时间', class: 'col-nowrap', value: function (b) { return formatDateTime(b.publishedAt); } }
    ], rows, { emptyText: '暂无已发布的通报' }));
  }

  function selectBulletin(id) {
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, '', window.location.pathname + '?bulletinId=' + encodeURIComponent(id));
    }
    setLoading(true);
    return request('GET', '/api/bulletins/' + encodeURIComponent(id))
      .then(function (data) {
        bulletin.chart = null;
        setChildren(bulletin.el.detail, renderBulletin(data || {}));
        if (bulletin.chart) drawChart(bulletin.chart);   // 需插入页面后才能量出宽度
      })
      .catch(function (err) { showError(err, '通报未能加载'); })
      .finally(function () { setLoading(false); });
  }

  function renderBulletin(data) {
    var b = data.bulletin || {};
    var ranking = list(data.ranking).filter(function (r) { return r && typeof r === 'object'; });
    var own = typeof data.ownUnitCode === 'string' ? data.ownUnitCode : null;
    function isOwn(r) { return own !== null && r.unitCode === own; }
    var chartEl = h('div', { class: 'echart echart-bars', role: 'img', 'aria-label': '图表' });
    bulletin.chart = {
      el: chartEl, caption: '各单位得分', unit: '分',
      bars: ranking.map(function (r) {
        return { label: text(r.unitName), count: Number(r.score) || 0, color: isOwn(r) ? OWN_SCORE_COLOR : SCORE_COLOR };
      })
    };
    return h('section', { class: 'card' },
      h('h2', { class: 'card-title' }, text(b.title)),
      fields([
        ['文号', text(b.documentNumber)],
        ['状态', [text(b.statusLabel), b.supersededBy && ' （已由第' + b.supersededBy.versionNo + '版 ' + text(b.supersededBy.documentNumber) + ' 更正）']],
        ['版本', '第' + text(b.versionNo) + '版' + (data.corrects ? '，更正 ' + text(data.corrects.documentNumber) + '：' + text(data.correctionReason) : '')],
        ['发布时间', formatDateTime(b.publishedAt)],
        ['下载', [downloadLink(data.docxUrl, '通报（Word）'), ' ', downloadLink(data.xlsxUrl, '数据表（Excel）')]]
      ]),
      data.returnReason && b.status === 'DRAFT' && h('p', { class: 'hint' }, '主任退回意见：' + data.returnReason),
      h('h3', null, '通报正文'),
      h('div', { class: 'pre-wrap bulletin-body' }, text(data.body)),
      h('h3', null, '各单位得分和排名'),
      own && h('p', { class: 'hint' }, '本单位所在行已标出。'),
      chartEl,
      rankingTable(ranking, isOwn),
      h('p', { class: 'hint' }, '得分以 100 分起算：逾期报送 −10，未报送 −30，每退回一次 −5，每项逾期整改 −5，每份提示函 −10，每件问责 −20，通报表扬 +5，通报批评 −10。'),
      h('h3', null, '重点任务进展'),
      table([
        { title: '序号', class: 'col-num', value: function (t) { return text(t.number); } },
        { title: '重点任务', value: function (t) { return text(t.title); } },
        { title: '牵头单位', value: function (t) { return text(t.leadUnits); } },
        { title: '进展', class: 'col-nowrap', value: function (t) { return text(t.progressLabel); } },
        { title: '参与单位报送', class: 'col-nowrap', value: function (t) { return text(t.participantsReported) + '/' + text(t.participants); } },
        { title: '存在问题', value: function (t) { return text(t.problems); } }
      ], list(data.keyTasks)),
      h('h3', null, '量化指标进展（单位个数）'),
      table([
        { title: '指标', value: function (i) { return text(i.name); } },
        { title: '目标', value: function (i) { return text(i.target); } },
        { title: '已达标', class: 'col-num', value: function (i) { return text(i.met); } },
        { title: '在轨', class: 'col-num', value: function (i) { return text(i.onCourse); } },
        { title: '滞后于进度', class: 'col-num', value: function (i) { return text(i.behind); } },
        { title: '未达标', class: 'col-num', value: function (i) { return text(i.missed); } },
        { title: '无法评判', class: 'col-num', value: function (i) { return text(i.notJudged); } },
        { title: '滞后或未达标的单位', value: function (i) { return text(i.offTrackUnits); } }
      ], list(data.indicators)),
      data.correctable === true && correctionForm(String(b.id)));
  }

  function downloadLink(url, label) {
    return typeof url === 'string' && /^\/api\/bulletins\/[0-9]+\//.test(url) ? h('a', { class: 'btn btn-small', href: url }, label) : null;
  }

  function rankingTable(rows, isOwn) {
    function count(value) { return typeof value === 'number' ? String(value) : '—'; }
    return table([
      { title: '排名', class: 'col-num', value: function (r) { return count(r.rank); } },
      { title: '单位', value: function (r) { return [text(r.unitName), isOwn(r) && h('span', { class: 'badge badge-own' }, '本单位')]; } },
      { title: '得分', class: 'col-num', value: function (r) { return count(r.score); } },
      { title: '报送情况', class: 'col-nowrap', value: function (r) { return text(r.timelinessLabel) + (r.daysLate > 0 ? '（逾期' + r.daysLate + '天）' : ''); } },
      { title: '退回', class: 'col-num', value: function (r) { return count(r.returnCount); } },
      { title: '整改 下发/销号/逾期', class: 'col-nowrap', value: function (r) {
        return count(r.rectificationsOpened) + '/' + count(r.rectificationsClosed) + '/' + count(r.rectificationsOverdue);
      } },
      { title: '提示函', class: 'col-num', value: function (r) { return count(r.reminderLetters); } },
      { title: '问责', class: 'col-num', value: function (r) { return count(r.accountabilityDecisions); } },
      { title: '会商决定', value: function (r) {
        return [r.commended && '通报表扬', r.criticized && '通报批评', r.inspected && '现场检查'].filter(Boolean).join('、') || '—';
      } }
    ], rows, { rowClass: function (r) { return isOwn(r) ? 'row-own' : null; } });
  }

  function correctionForm(id) {
    var input = h('textarea', { class: 'input correction-reason', rows: '3', maxlength: '2000', 'aria-label': '更正原因' });
    var button = h('button', { type: 'submit', class: 'btn btn-primary' }, '生成更正稿');
    function submit(event) {
      event.preventDefault();
      clearAlerts();
      var reason = input.value.trim();
      if (!reason) { showMessage('error', '请填写更正原因。'); input.focus(); return; }
      button.disabled = true;
      request('POST', '/api/bulletins/' + encodeURIComponent(id) + '/corrections', { reason: reason })
        .then(function (result) {
          showMessage('success', result && typeof result.message === 'string' ? result.message : '已生成更正稿。');
          loadBulletins(result && result.id ? String(result.id) : id);
        })
        .catch(function (err) { showError(err, '更正稿未生成'); })
        .finally(function () { button.disabled = false; });
    }
    return h('form', { class: 'correction-form', onsubmit: submit },
      h('h3', null, '更正本通报'),
      h('p', { class: 'hint' }, '已发布的通报不再修改。更正将生成新版本，经修改和主任审签后以新文号发布，原通报标注为已更正。'),
      input, button);
  }

  /* ---------- 启动 ---------- */

  var PAGES = {
    report: {
      param: 'reportId', missingMessage: '缺少报送编号',
      url: function (id) { return '/api/reports/' + id; }, render: renderReport
    },
    rectification: {
      param: 'rectificationId', missingMessage: '缺少整改编号',
      url: function (id) { return '/api/rectifications/' + id; }, render: renderRectification
    }
  };

  /** The frame every page shares: the top bar, the page heading (the title before " - "), alerts, content. */
  function buildShell() {
    var header = document.createElement('header');
    header.className = 'topbar';
    var title = document.createElement('span');
    title.className = 'topbar-title';
    title.textContent = '生态文明示范区创建月调度';
    var back = document.createElement('a');
    back.className = 'topbar-link';
    back.href = '/camunda/app/tasklist/';
    back.textContent = '返回任务中心';
    var nav = document.createElement('nav');
    nav.className = 'topbar-nav';
    nav.setAttribute('aria-label', '页面导航');
    [['通知', NOTICES_URL], ['数据看板', '/eco/dashboard.html'], ['月度通报', '/eco/bulletin.html'], ['上级目标', '/eco/targets.html']].forEach(function (link) {
      var a = document.createElement('a');
      a.className = 'topbar-link';
      a.href = link[1];
      a.textContent = link[0];
      if (window.location.pathname === link[1]) a.setAttribute('aria-current', 'page');
      nav.appendChild(a);
    });
    nav.appendChild(back);
    header.appendChild(title);
    header.appendChild(nav);

    var main = document.createElement('main');
    main.className = 'page';
    var heading = document.createElement('h1');
    heading.className = 'page-title';
    heading.textContent = document.title.split(' - ')[0];
    var alerts = document.createElement('div');
    alerts.id = 'alerts';
    alerts.className = 'alerts';
    var content = document.createElement('div');
    content.id = 'content';
    var loading = document.createElement('p');
    loading.className = 'loading';
    loading.textContent = '加载中…';
    content.appendChild(loading);
    main.appendChild(heading);
    main.appendChild(alerts);
    main.appendChild(content);

    document.body.insertBefore(main, document.body.firstChild);
    document.body.insertBefore(header, main);
  }

  /* ---------- 顶栏的未读通知数 ---------- */

  var NOTICES_URL = '/eco/notices.html';

  /** 顶栏“通知”链接显示未读数，如“通知 3”；未登录或出错时只显示“通知”。 */
  function refreshNoticeCount() {
    var link = document.querySelector('.topbar-nav a[href="' + NOTICES_URL + '"]');
    if (!link) return Promise.resolve();
    return request('GET', '/api/notices/unread-count')
      .then(function (data) {
        var unread = data && typeof data.unread === 'number' ? data.unread : 0;
        setChildren(link, null);
        append(link, ['通知', unread > 0 && h('span', { class: 'topbar-count', 'aria-label': unread + ' 条未读' }, String(unread))]);
      })
      .catch(function () {});
  }

  /** 供各页面脚本（如 dashboard.js）使用的共用函数。 */
  window.Eco = {
    h: h, append: append, setChildren: setChildren, list: list, text: text, has: has,
    request: request, showError: showError, showMessage: showMessage, clearAlerts: clearAlerts, setLoading: setLoading,
    section: section, fields: fields, table: table, badge: badge, formatDateTime: formatDateTime,
    periodLabel: periodLabel, datePicker: datePicker, today: today, chart: chart, barChart: drawChart,
    STATUS_COLORS: STATUS_COLORS, LATE_COLOR: LATE_COLOR, refreshNoticeCount: refreshNoticeCount
  };

  buildShell();
  refreshNoticeCount();
  var pageName = document.body.getAttribute('data-page');
  var page = has(PAGES, pageName) ? PAGES[pageName] : null;
  if (pageName === 'dispatch') {
    startDispatch();
  } else if (pageName === 'bulletin') {
    startBulletin();
  } else if (page) {
    var render = page.render;
    start({
      param: page.param, missingMessage: page.missingMessage, url: page.url,
      render: function (data, id) {
        var fragment = document.createDocumentFragment();
        append(fragment, [render(data || {}, id)]);
        return fragment;
      }
    });
  }
})();
