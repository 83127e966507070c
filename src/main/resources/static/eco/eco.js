/*
 * 生态文明示范区创建月调度：月度报送附件页面（report.html）与整改佐证材料页面（rectification.html）的共用代码。
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

  /** 按北京时间显示为 “2022-05-03 10:00”。 */
  function formatDateTime(value) {
    if (!value) return '—';
    var date = new Date(value);
    if (isNaN(date.getTime())) return String(value);
    var p = {};
    dateTimeFormat.formatToParts(date).forEach(function (part) { p[part.type] = part.value; });
    return p.year + '-' + p.month + '-' + p.day + ' ' + (p.hour === '24' ? '00' : p.hour) + ':' + p.minute;
  }

  function formatSize(bytes) {
    if (typeof bytes !== 'number' || bytes < 0) return '—';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  /* ---------- 接口调用与错误 ---------- */

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

  /** 由响应体生成错误；服务器消息不含中文时（例如代理返回的英文页面）改用通用中文提示。 */
  function errorFrom(status, body) {
    var message = body && typeof body.message === 'string' && /[\u4e00-\u9fff]/.test(body.message)
      ? body.message : defaultMessage(status);
    return new ApiError(status, message, body ? list(body.errors) : []);
  }

  function request(method, url) {
    var headers = { Accept: 'application/json' };
    if (method !== 'GET') headers['X-Requested-With'] = 'XMLHttpRequest';
    return fetch(url, { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store' })
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
      xhr.setRequestHeader('Accept', 'application/json');
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

  function setLoading(on) {
    var indicator = document.getElementById('loading-indicator');
    if (on && !indicator) {
      document.body.appendChild(h('div', { id: 'loading-indicator', class: 'loading-indicator', role: 'status' }, '加载中…'));
    } else if (!on && indicator) {
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

  /** 表格；无数据时显示“暂无”。columns: [{title, value(row), class}] */
  function table(columns, rows) {
    if (!rows.length) return h('p', { class: 'empty' }, '暂无');
    return h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
      h('thead', null, h('tr', null, columns.map(function (c) { return h('th', { scope: 'col' }, c.title); }))),
      h('tbody', null, rows.map(function (row) {
        return h('tr', null, columns.map(function (c) {
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
      { title: '上传人', value: function (ev) { return text(ev.uploadedBy); } },
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
          { title: '提交人', value: function (v) { return text(v.submittedBy); } },
          { title: '提交时间', class: 'col-nowrap', value: function (v) { return formatDateTime(v.submittedAt); } }
        ], list(r.versions)),
        h('h3', null, '审核意见'),
        table([
          { title: '审核环节', value: function (d) { return text(d.stageLabel); } },
          { title: '结果', class: 'col-nowrap', value: function (d) { return text(d.outcomeLabel); } },
          { title: '理由', class: 'col-text', value: function (d) { return text(d.reason); } },
          { title: '审核人', value: function (d) { return text(d.decidedBy); } },
          { title: '审核时间', class: 'col-nowrap', value: function (d) { return formatDateTime(d.decidedAt); } }
        ], list(r.decisions)),
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
          ['存在问题', text(r.problem), 'pre-wrap'],
          ['整改要求', text(r.requirement), 'pre-wrap'],
          ['整改期限', r.deadlineLabel ? r.deadlineLabel : text(r.deadline)],
          ['状态', badge(r.statusLabel)]
        ]),
        readOnlyHint(editable)),
      section('整改及核查记录', table([
        { title: '轮次', class: 'col-nowrap', value: function (x) { return '第 ' + text(x.roundNo) + ' 轮'; } },
        { title: '整改措施', class: 'col-text', value: function (x) { return text(x.actionTaken); } },
        { title: '报告人', value: function (x) { return text(x.reportedBy); } },
        { title: '报告时间', class: 'col-nowrap', value: function (x) { return formatDateTime(x.reportedAt); } },
        { title: '核查结论', class: 'col-nowrap', value: function (x) { return text(x.verdictLabel); } },
        { title: '核查意见', class: 'col-text', value: function (x) { return text(x.opinion); } },
        { title: '核查人', value: function (x) { return text(x.verifiedBy); } },
        { title: '核查时间', class: 'col-nowrap', value: function (x) { return formatDateTime(x.verifiedAt); } }
      ], list(r.rounds))),
      section('佐证材料', [
        editable && uploadHint(),
        evidenceTable(list(r.evidence), editable),
        editable && evidenceUploadForm('/api/rectifications/' + id + '/evidence')
      ])
    ];
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

  var page = PAGES[document.body.getAttribute('data-page')];
  if (page) {
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
