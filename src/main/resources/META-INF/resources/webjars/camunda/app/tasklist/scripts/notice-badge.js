// Eco Dispatch: 「通知 3」 in Tasklist's header, linking to the project's notices page (/eco/notices.html), so that a
// person working in Tasklist sees when a task arrived, came back returned or is due tomorrow, and when a reminder
// letter or rectification notice reached their unit. The count comes from /api/notices/unread-count with the
// Tasklist session; it is refreshed every minute and when the person moves around in Tasklist.

const ITEM_CLASS = 'eco-notice-badge';
const NOTICES_PAGE = '/eco/notices.html';
const REFRESH_MS = 60000;

let unread = 0;
let asked = false; // whether the count was asked for since the person signed in

// Signed in: the header shows the account menu. Before that nothing is asked of the server.
function signedIn() {
  return document.querySelector('[cam-widget-header] li.account') !== null;
}

function headerList() {
  return signedIn() ? document.querySelector('[cam-widget-header] ul[ng-controller="camHeaderViewsCtrl"]') : null;
}

function render(link) {
  link.textContent = '通知';
  if (unread > 0) {
    const count = document.createElement('span');
    count.className = 'badge';
    count.style.marginLeft = '4px';
    count.textContent = String(unread);
    count.setAttribute('aria-label', unread + ' 条未读');
    link.appendChild(count);
  }
}

// The header list is created again when the person signs in or out: put the link back whenever it is missing.
function ensureLink() {
  const list = headerList();
  if (!list) {
    return null;
  }
  let item = list.querySelector('.' + ITEM_CLASS);
  if (!item) {
    item = document.createElement('li');
    item.className = ITEM_CLASS;
    const link = document.createElement('a');
    link.href = NOTICES_PAGE;
    link.title = '我的通知';
    item.appendChild(link);
    list.appendChild(item);
  }
  const link = item.querySelector('a');
  render(link);
  return link;
}

// X-Requested-With: a lapsed session is answered with a plain 401, not with a browser login dialog.
function refresh() {
  if (!signedIn()) {
    return;
  }
  asked = true;
  fetch('/api/notices/unread-count', {
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  })
    .then((response) => (response.ok ? response.json() : null))
    .then((data) => {
      unread = data && typeof data.unread === 'number' ? data.unread : 0;
      ensureLink();
    })
    .catch(() => {});
}

// Signing in happens without a page load: the count is fetched as soon as the header shows the person.
setInterval(() => {
  if (!signedIn()) {
    asked = false;
  } else if (!asked) {
    refresh();
  } else {
    ensureLink();
  }
}, 2000);
setInterval(refresh, REFRESH_MS);
window.addEventListener('hashchange', refresh);
refresh();

// A custom script that only adds to the page: no Tasklist plugins.
export default [];
