// The notes' topics as a tree of checkboxes with card counts; checking a topic checks everything under it.
import { h, uid } from '../dom.js';
import { t } from '../i18n.js';

const keyOf = (topic) => (topic.path?.length ? topic.path : [topic.title]).join('\u241f');

/**
 * Builds the tree. selectedKeys: keys checked before (remembered settings).
 * Returns { element, selected() -> topic titles to send, onChange(fn) }.
 */
export function topicTree(topics, selectedKeys = []) {
  const boxes = new Map();
  const parents = new Map();
  const listeners = [];
  const remembered = new Set(selectedKeys);

  function node(topic, parent) {
    const key = keyOf(topic);
    const id = uid('topic');
    const box = h('input', { type: 'checkbox', id, checked: remembered.has(key), dataset: { key } });
    boxes.set(key, { box, topic });
    if (parent) parents.set(key, parent);
    const children = topic.children || [];
    const childList = children.length ? h('ul', { class: 'topic-children', hidden: true },
      children.map((c) => node(c, key))) : null;
    const toggle = childList ? h('button', {
      type: 'button', class: 'twisty', 'aria-expanded': 'false', 'aria-controls': childList.id = uid('sub'),
      'aria-label': topic.title,
      on: { click: () => setOpen(toggle, childList, toggle.getAttribute('aria-expanded') !== 'true') },
    }) : h('span', { class: 'twisty-space', 'aria-hidden': 'true' });
    box.addEventListener('change', () => changed(key, box.checked));
    return h('li', {}, h('div', { class: 'topic-row' }, toggle,
      h('label', { for: id }, box, h('span', { class: 'topic-title' }, topic.title),
        h('span', { class: 'count' }, String(topic.cards ?? 0)))), childList);
  }

  function setOpen(toggle, list, open) {
    toggle.setAttribute('aria-expanded', String(open));
    list.hidden = !open;
  }

  function descendants(key) {
    return [...boxes.keys()].filter((k) => k.startsWith(`${key}\u241f`));
  }

  function changed(key, checked) {
    descendants(key).forEach((k) => { boxes.get(k).box.checked = checked; });
    if (!checked) {
      // Unchecking one child of a checked parent keeps its siblings: the parent becomes its checked children.
      for (let p = parents.get(key); p; p = parents.get(p)) boxes.get(p).box.checked = false;
    }
    listeners.forEach((listener) => listener());
  }

  function selectedKeysNow() {
    return [...boxes.entries()].filter(([k, v]) => v.box.checked && !isUnderChecked(k)).map(([k]) => k);
  }

  function isUnderChecked(key) {
    for (let p = parents.get(key); p; p = parents.get(p)) if (boxes.get(p).box.checked) return true;
    return false;
  }

  const element = topics.length
    ? h('ul', { class: 'topic-tree' }, topics.map((topic) => node(topic, null)))
    : h('p', { class: 'muted' }, t('start.noTopics'));
  // Remembered selections deep in the tree are shown opened.
  element.querySelectorAll('input:checked').forEach((box) => {
    for (let list = box.closest('ul.topic-children'); list; list = list.parentElement.closest('ul.topic-children')) {
      list.hidden = false;
      list.parentElement.querySelector(':scope > .topic-row > .twisty')?.setAttribute('aria-expanded', 'true');
    }
  });

  return {
    element,
    selectedKeys: selectedKeysNow,
    selected: () => selectedKeysNow().map((k) => boxes.get(k).topic.title),
    clear: () => { boxes.forEach(({ box }) => { box.checked = false; }); listeners.forEach((l) => l()); },
    onChange: (listener) => listeners.push(listener),
  };
}
