/*
 * 我的通知（notices.html）：任务到达、退回、明日到期、提示函和整改通知，最新的在前，每页 20 条；未读的加粗，
 * 可逐条或全部标为已读。只显示发给本人的通知（服务器按登录用户查询）。
 */
(function () {
  'use strict';

  var E = window.Eco;
  var h = E.h;
  var text = E.text;
  var PAGE_SIZE = 20;

  var state = { page: 0 };

  /** 只接受本站路径作为链接，避免数据中出现 javascript: 等地址。 */
  function siteLink(link) {
    return typeof link === 'string' && /^\/(?!\/)/.test(link) ? link : null;
  }

  function load(page) {
    E.setLoading(true);
    return E.request('GET', '/api/notices?page=' + page + '&size=' + PAGE_SIZE)
      .then(function (data) {
        state.page = page;
        render(data || {});
      })
      .catch(function (err) { E.showError(err, '通知未能加载'); })
      .finally(function () { E.setLoading(false); });
  }

  function markRead(id) {
    E.clearAlerts();
    return E.request('POST', '/api/notices/' + encodeURIComponent(id) + '/read')
      .then(function () { E.refreshNoticeCount(); return load(state.page); })
      .catch(function (err) { E.showError(err, '未能标为已读'); });
  }

  function markAllRead() {
    E.clearAlerts();
    return E.request('POST', '/api/notices/read-all')
      .then(function () { E.refreshNoticeCount(); return load(state.page); })
      .catch(function (err) { E.showError(err, '未能全部标为已读'); });
  }

  function render(data) {
    var notices = E.list(data.notices);
    var total = typeof data.total === 'number' ? data.total : 0;
    var unread = typeof data.unread === 'number' ? data.unread : 0;
    var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    var content = document.getElementById('content');
    E.setChildren(content, null);
    E.append(content, [E.section('通知列表（共 ' + total + ' 条，未读 ' + unread + ' 条）', [
      h('p', { class: 'hint' }, '任务到达、被退回、明日到期，以及本单位收到的提示函和整改通知都会在这里提示；已填写邮箱的，同时发送邮件。'),
      unread > 0 && h('p', null, h('button', { type: 'button', class: 'btn', onclick: markAllRead }, '全部标为已读')),
      notices.length ? h('ul', { class: 'notice-list' }, notices.map(renderNotice)) : h('p', { class: 'empty' }, '暂无通知'),
      pages > 1 && h('div', { class: 'notice-pager' },
        h('button', { type: 'button', class: 'btn btn-small', disabled: state.page === 0,
          onclick: function () { load(state.page - 1); } }, '上一页'),
        h('span', null, '第 ' + (state.page + 1) + ' / ' + pages + ' 页'),
        h('button', { type: 'button', class: 'btn btn-small', disabled: state.page + 1 >= pages,
          onclick: function () { load(state.page + 1); } }, '下一页'))
    ])]);
  }

  function renderNotice(n) {
    var link = siteLink(n.link);
    var isUnread = !n.readAt;
    function open(event) {
      if (!isUnread) return;
      event.preventDefault();
      E.request('POST', '/api/notices/' + encodeURIComponent(n.id) + '/read')
        .catch(function () {})
        .finally(function () { window.location.href = link; });
    }
    return h('li', { class: 'notice-item' + (isUnread ? ' unread' : '') },
      h('p', { class: 'notice-title' }, E.badge(n.kindLabel), ' ', text(n.title)),
      h('p', { class: 'notice-body' }, text(n.body)),
      h('div', { class: 'notice-meta' }, E.formatDateTime(n.createdAt) + (isUnread ? ' · 未读' : ' · 已读')),
      h('div', { class: 'notice-actions' },
        link && h('a', { class: 'btn btn-small', href: link, onclick: open }, n.link.indexOf('/camunda/') === 0 ? '去办理' : '查看'),
        isUnread && h('button', { type: 'button', class: 'btn btn-small', onclick: function () { markRead(n.id); } }, '标为已读')));
  }

  load(0);
})();
