// The review of the annotations a model suggested for a card (enrich): accept, edit or reject each, or accept all.
// Accepted ones are written to the notes (a sidecar next to the note); the card then reloads with them.
import { api } from '../api.js';
import { alertLine, h, mount } from '../dom.js';
import { t } from '../i18n.js';

const KINDS = ['key-point', 'follow-up', 'pitfall', 'level', 'tag'];

function itemText(item, items) {
  const head = [h('span', { class: 'point-text' }, item.text)];
  if (item.kind === 'key-point' && item.weight) {
    head.push(h('span', { class: 'weight' }, t('grade.weight', { w: item.weight })));
  }
  if (item.kind === 'follow-up' && item.target) {
    const n = items.filter((i) => i.kind === 'key-point').findIndex((i) => i.id === item.target) + 1;
    head.push(h('span', { class: 'weight' }, t('card.aims', { n })));
  }
  return [h('span', {}, head),
    item.correction ? h('span', { class: 'correction' }, `${t('grade.correction')}: ${item.correction}`) : null,
    item.english ? h('span', { class: 'gloss muted' }, item.english) : null];
}

function editForm(item, save, cancel) {
  const text = h('textarea', { rows: 2, value: item.text, dataset: { testid: 'edit-text' },
    'aria-label': t('review.text') });
  const english = h('input', { type: 'text', value: item.english ?? '', dataset: { testid: 'edit-english' },
    'aria-label': t('review.english') });
  const weight = h('select', { dataset: { testid: 'edit-weight' }, 'aria-label': t('review.weight') },
    [1, 2, 3].map((w) => h('option', { value: String(w), selected: Number(item.weight) === w }, String(w))));
  const correction = h('input', { type: 'text', value: item.correction ?? '', 'aria-label': t('grade.correction') });
  const fields = [text];
  if (['key-point', 'follow-up', 'pitfall'].includes(item.kind)) fields.push(english);
  if (item.kind === 'key-point') fields.push(weight);
  if (item.kind === 'pitfall') fields.push(correction);
  return h('form', { class: 'review-edit', on: { submit: (e) => {
    e.preventDefault();
    save({ text: text.value, english: english.value,
      weight: item.kind === 'key-point' ? Number(weight.value) : undefined,
      correction: item.kind === 'pitfall' ? correction.value : undefined });
  } } }, fields,
  h('div', { class: 'row' },
    h('button', { type: 'submit', class: 'primary small', dataset: { testid: 'edit-save' } }, t('review.save')),
    h('button', { type: 'button', class: 'ghost small', on: { click: cancel } }, t('common.close'))));
}

/** The suggestions panel of a card, or null when the card has none. onAccepted() runs after a write. */
export async function reviewPanel(cardId, onAccepted) {
  let data;
  try {
    data = await api.suggestions(cardId);
  } catch (e) {
    if (e.status === 404) return null;
    return h('section', { class: 'panel' }, alertLine(e.message));
  }
  const panel = h('section', { class: 'panel review', dataset: { testid: 'review' },
    'aria-label': t('review.title') });
  const error = alertLine();
  const send = async (body, accepted) => {
    error.textContent = '';
    try {
      data = await api.decide(cardId, body);
      draw();
      if (accepted) onAccepted();
    } catch (e) {
      error.textContent = e.message;
    }
  };
  const row = (item) => {
    const li = h('li', { class: ['review-item', `status-${item.status}`], dataset: { testid: 'suggestion', id: item.id,
      status: item.status } });
    const actions = item.status === 'accepted' ? [h('span', { class: 'tag' }, t('review.status.accepted'))] : [
      h('button', { type: 'button', class: 'primary small', dataset: { testid: 'accept' },
        on: { click: () => send({ action: 'accept', item: item.id }, true) } }, t('review.accept')),
      h('button', { type: 'button', class: 'ghost small', dataset: { testid: 'edit' }, on: { click: () => {
        mount(li, editForm(item, (edit) => send({ action: 'edit', item: item.id, ...edit }, true), draw));
      } } }, t('review.edit')),
      item.status === 'rejected' ? h('span', { class: 'tag' }, t('review.status.rejected'))
        : h('button', { type: 'button', class: 'ghost small', dataset: { testid: 'reject' },
          on: { click: () => send({ action: 'reject', item: item.id }, false) } }, t('review.reject')),
    ];
    return mount(li, h('div', { class: 'review-text' }, itemText(item, data.items)),
      h('div', { class: 'review-actions' }, actions));
  };
  function draw() {
    const pending = data.items.filter((i) => i.status === 'pending').length;
    const groups = KINDS.map((kind) => {
      const items = data.items.filter((i) => i.kind === kind);
      return items.length ? h('div', { class: 'review-group' }, h('h4', {}, t(`review.kind.${kind}`)),
        h('ol', {}, items.map(row))) : null;
    });
    const thrown = data.rejected?.length ? h('details', { class: 'review-thrown' },
      h('summary', {}, t('review.thrownOut', { n: data.rejected.length })),
      h('ul', {}, data.rejected.map((r) => h('li', {}, h('span', { class: 'point-text' }, r.text),
        h('span', { class: 'muted' }, ` — ${r.reason}`))))) : null;
    mount(panel, h('h3', {}, t('review.title')),
      h('p', { class: 'muted' }, t(data.placement === 'inline' ? 'review.introInline' : 'review.intro')),
      pending ? h('button', { type: 'button', class: 'primary', dataset: { testid: 'accept-all' },
        on: { click: () => send({ action: 'accept-all' }, true) } }, t('review.acceptAll', { n: pending })) : null,
      groups, thrown, error);
  }
  draw();
  return panel;
}
