// One card: question, reference answer, key points, follow-ups, pitfalls, level, tags, sources and its file.
import { api } from '../api.js';
import { alertLine, h } from '../dom.js';
import { lang, t } from '../i18n.js';
import { markdownBlock } from '../markdown.js';
import { reviewPanel } from './review.js';
import { startInterview } from './start.js';

const english = () => lang() === 'en';

function list(titleKey, items, render, className) {
  if (!items?.length) return null;
  return h('section', { class: ['card-section', className] }, h('h3', {}, t(titleKey)),
    h('ol', {}, items.map((item) => h('li', {}, render(item)))));
}

function keyPoint(k) {
  return [h('span', { class: 'point-text' }, english() && k.english ? k.english : k.text),
    k.weight && k.weight !== 1 ? h('span', { class: 'weight' }, t('grade.weight', { w: k.weight })) : null];
}

function followUp(f) {
  return [h('span', {}, english() && f.english ? f.english : f.question),
    f.targetKeyPoint ? h('span', { class: 'weight' }, t('card.aims', { n: f.targetKeyPoint })) : null];
}

function pitfall(p) {
  return [h('span', { class: 'point-text' }, english() && p.english ? p.english : p.claim),
    p.correction ? h('span', { class: 'correction' }, `${t('grade.correction')}: ${p.correction}`) : null];
}

/** The card's own sections: question, reference, key points, follow-ups, pitfalls, sources, file. */
function cardDetails(card) {
  const question = english() && card.questionEn ? card.questionEn : card.question;
  return h('section', { class: 'panel', dataset: { testid: 'card-details' } },
    question && question !== card.title
      ? h('p', { class: 'card-question' }, h('strong', {}, `${t('card.question')}: `), question) : null,
    h('h3', {}, t('card.reference')),
    card.reference ? markdownBlock(card.reference, 'div', 'reference-answer')
      : h('p', { class: 'muted' }, t('card.noReference')),
    list('card.keyPoints', card.keyPoints, keyPoint, 'covered'),
    list('card.followUps', card.followUps, followUp, 'follow-ups'),
    list('card.pitfalls', card.pitfalls, pitfall, 'pitfalls'),
    list('card.sources', card.sources, (s) => markdownBlock(s, 'span'), 'sources'),
    h('p', { class: 'muted source' }, `${t('card.file')}: ${card.file}${card.line ? `:${card.line}` : ''}`));
}

function chips(card) {
  return h('div', { class: 'chips' },
    card.level ? h('span', { class: 'tag' }, t('card.level', { n: card.level })) : null,
    (card.tags ?? []).map((tag) => h('span', { class: 'tag' }, tag)));
}

/**
 * After an accepted suggestion is written, the server reloads the notes within a second or two: the card is read
 * again until it changes (or a few tries pass), then redrawn.
 */
async function refreshWhenReloaded(id, before, redraw) {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    await new Promise((resolve) => { setTimeout(resolve, 600); });
    try {
      const data = await api.card(id);
      const card = data.card ?? data;
      if (JSON.stringify(card) !== JSON.stringify(before)) {
        redraw(card);
        return;
      }
    } catch {
      return;
    }
  }
}

export async function render(root, [id]) {
  let card;
  try {
    const data = await api.card(id);
    card = data.card ?? data;
  } catch (e) {
    root.append(h('section', { class: 'view panel' }, alertLine(e.status === 404 ? t('card.notFound') : e.message),
      h('a', { href: '#/knowledge' }, t('common.back'))));
    return;
  }
  const error = alertLine();
  const practise = h('button', { type: 'button', class: 'primary', dataset: { testid: 'practise' } },
    t('card.practise'));
  practise.addEventListener('click', async () => {
    practise.disabled = true;
    try {
      await startInterview({ topics: [card.title], questions: 1, level: 0, language: lang(), followUps: 2,
        mode: 'interview' });
    } catch (e) {
      error.textContent = e.message;
      practise.disabled = false;
    }
  });
  let chipRow = chips(card);
  let details = cardDetails(card);
  const redraw = (fresh) => {
    card = fresh;
    const nextChips = chips(card);
    const nextDetails = cardDetails(card);
    chipRow.replaceWith(nextChips);
    details.replaceWith(nextDetails);
    chipRow = nextChips;
    details = nextDetails;
  };
  const view = h('article', { class: 'view card-view', dataset: { testid: 'card' } },
    h('p', { class: 'crumbs muted' }, h('a', { href: '#/knowledge' },
      t('nav.knowledge')), ' › ', (card.path ?? []).join(' › ')),
    h('h2', {}, card.title), chipRow, details,
    h('div', { class: 'actions' }, card.reference ? practise : null), error);
  root.append(view);
  const review = await reviewPanel(id, () => refreshWhenReloaded(id, card, redraw));
  if (review) view.insertBefore(review, view.querySelector('.actions'));
}
