// Eco Dispatch: lets Tasklist complete Camunda Forms whose dynamic lists come prefilled, and puts form-js's own
// validation messages into Chinese.
//
// Why: in Tasklist 7.24, form-js records an *empty* error list for every prefilled field inside a dynamic list
// ({"Field_ItemLabel": []}), and Tasklist counts error *keys*, not errors, to decide whether the form is valid:
// the 完成 button stays disabled although nothing is wrong. This script drops the empty entries before Tasklist
// sees them. Real errors (a missing required field, a number out of range) are kept and still block completion;
// the server checks every submission again in any case.
//
// 7.24 is the last Community release, so the Tasklist internals relied upon here (the form-js instance reachable
// from the rendered form) no longer change.

const PATCHED = '__ecoFormValidationFix';

function withoutEmptyErrors(errors) {
  Object.keys(errors || {}).forEach((key) => {
    const value = errors[key];
    if (Array.isArray(value) && value.every((entry) => !entry || (Array.isArray(entry) && entry.length === 0))) {
      delete errors[key];
    }
  });
  return errors;
}

function findForm(vnode, seen, depth) {
  if (!vnode || depth > 80 || seen.has(vnode)) {
    return null;
  }
  seen.add(vnode);
  const context = vnode.__c && vnode.__c.context;
  if (context) {
    for (const key of Object.keys(context)) {
      const provider = context[key];
      const formContext = provider && provider.props && provider.props.value;
      if (formContext && typeof formContext.getService === 'function') {
        try {
          const form = formContext.getService('form');
          if (form && typeof form.on === 'function') {
            return form;
          }
        } catch (e) {
          // a context without the form service
        }
      }
    }
  }
  const children = vnode.__k;
  for (const child of Array.isArray(children) ? children : [children]) {
    const form = findForm(child, seen, depth + 1);
    if (form) {
      return form;
    }
  }
  return null;
}

function patch(container) {
  if (container[PATCHED]) {
    return;
  }
  const form = findForm(container.__k, new Set(), 0);
  if (!form) {
    return;
  }
  container[PATCHED] = true;
  // Runs before Tasklist's own listener (default priority 1000). Returns nothing: a listener's return value would
  // stop the event before Tasklist sees it.
  form.on('changed', 5000, (event) => {
    withoutEmptyErrors(event.errors);
  });
  const state = form._getState();
  form._setState({ errors: withoutEmptyErrors(Object.assign({}, state.errors)) });
}

// form-js writes its validation messages in English and offers no translation hook.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `不能超过 ${m[1]} 个字。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确。']
];

function translateErrors(root) {
  root.querySelectorAll('.fjs-form-field-error').forEach((error) => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      for (const [pattern, chinese] of MESSAGES) {
        const match = text.match(pattern);
        if (match) {
          node.nodeValue = chinese(match);
          break;
        }
      }
    }
  });
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-container').forEach((container) => {
    patch(container);
    translateErrors(container);
  });
}).observe(document.body, { childList: true, subtree: true, characterData: true });

export default [];
