// Eco Dispatch: fixes to how Tasklist 7.24 runs Camunda Forms (form-js 1.13), and the report form's jump links.
//
// 1. Tasklist completes Camunda Forms whose dynamic lists come prefilled: form-js records an *empty* error list
//    for every prefilled field inside a dynamic list ({"Field_ItemLabel": []}), and Tasklist counts error *keys*,
//    not errors, to decide whether the form is valid: the 完成 button stayed disabled although nothing was wrong.
//    The empty entries are dropped before Tasklist sees them. Real errors still block completion; the server
//    checks every submission again in any case.
// 2. No typed character is lost. form-js takes a text field's value 300 ms after the last key (debounce), and
//    every re-render of the form resets a field to the value form-js holds. A number field sends its value once
//    more 300 ms after it was taken (from its render), so text typed quickly after leaving a number field was
//    reset mid-word; unchanged values are now dropped before they reach the form. And Tasklist takes the data
//    with submit() (完成, its own 保存) while the field being typed in may still hold a change form-js has not
//    taken: leaving that field first hands it over.
// 3. form-js's own validation messages in Chinese (its other English words: user-styles.css).
// 4. The report form's 「尚未填完」 links (#fill-<field id>) scroll to that field instead of changing Tasklist's
//    route.
//
// 7.24 is the last Community release, so the Tasklist and form-js internals relied upon here (the form-js
// instance reachable from the rendered form, its field registry) no longer change.

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
  numberFieldsSendOnlyChanges(form);
  submitTakesPendingTyping(form, container);
  // Runs before Tasklist's own listener (default priority 1000). Returns nothing: a listener's return value would
  // stop the event before Tasklist sees it.
  form.on('changed', 5000, (event) => {
    withoutEmptyErrors(event.errors);
  });
  const state = form._getState();
  form._setState({ errors: withoutEmptyErrors(Object.assign({}, state.errors)) });
}

function numberFieldsSendOnlyChanges(form) {
  const registry = form.get('formFields');
  const original = registry.get('number');
  function Numberfield(props) {
    const onChange = (update) => {
      if (update.value !== props.value) {
        props.onChange(update);
      }
    };
    return original({ ...props, onChange });
  }
  Object.assign(Numberfield, original);
  registry.register('number', Numberfield);
}

function submitTakesPendingTyping(form, container) {
  const submit = form.submit.bind(form);
  form.submit = (...args) => {
    const typing = document.activeElement;
    if (typing && container.contains(typing)) {
      typing.blur();
    }
    return submit(...args);
  };
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

const EDITABLE = 'textarea:not([readonly]), input.fjs-input:not([readonly])';

/** The field itself when it can be typed in, else the first one after it (a list row's label is read-only). */
function firstEditableFrom(target, container) {
  if (target.matches(EDITABLE)) {
    return target;
  }
  return [...container.querySelectorAll(EDITABLE)]
    .find((field) => target.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING);
}

document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('.fjs-container a[href^="#fill-"]');
  if (!link) {
    return;
  }
  event.preventDefault();
  const fieldId = link.getAttribute('href').substring('#fill-'.length);
  const container = link.closest('.fjs-container');
  const target = container.querySelector(`[id$="-${CSS.escape(fieldId)}"]`);
  if (target) {
    target.closest('.fjs-form-field').scrollIntoView({ block: 'start' });
    firstEditableFrom(target, container)?.focus({ preventScroll: true });
  }
}, true);

export default [];
