// Element building without innerHTML: strings become text nodes, so nothing typed or stored is parsed as HTML.

/**
 * h('button', {class: 'x', type: 'button', dataset: {testid: 'send'}, on: {click: fn}}, 'text', child, ...)
 * Attributes set to null, undefined or false are left out; true sets an empty attribute.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  // Children first, so a select's value can pick one of its options.
  append(el, children);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [type, handler] of Object.entries(value)) el.addEventListener(type, handler);
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (name === 'value') {
      el.value = value;
    } else if (name === 'class') {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (name in el && typeof value !== 'string' && name !== 'list') {
      el[name] = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children; null, undefined and false children are skipped, as in h(). */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/**
 * Appends children, skipping null, undefined and false as h() does. Use it rather than el.append() whenever a
 * child may be absent: the DOM's append() prints a null as the text "null".
 */
export function add(el, ...children) {
  append(el, children);
  return el;
}

let counter = 0;

/** A unique id for label/input pairs. */
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A labelled form field: the label wraps the text and the control is tied to it by id. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = uid('f');
  const hintEl = hint ? h('span', { class: 'hint', id: `${control.id}-hint` }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: control.id }, labelText), control, hintEl);
}

export function select(options, value) {
  return h('select', {},
    options.map(([v, label]) => h('option', { value: v, selected: String(v) === String(value) }, label)));
}

/** A status/error line that screen readers announce. */
export function alertLine(text = '') {
  return h('p', { class: 'error', role: 'alert' }, text);
}

export function formatScore(score) {
  return typeof score === 'number' ? score.toFixed(1) : '–';
}

/**
 * A band's CSS class from the score when no band is given (report questions, history), by the server's
 * thresholds: {@code bands} from GET /api/health ({strong, partial}); without them the score gets no colour.
 */
export function scoreClass(score, bands) {
  if (typeof score !== 'number' || !bands) return 'band-none';
  if (score >= bands.strong) return 'band-strong';
  if (score >= bands.partial) return 'band-partial';
  return 'band-weak';
}

/** Saves text as a file the browser downloads (a report, a checklist). */
export function download(name, text, type = 'text/markdown;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
