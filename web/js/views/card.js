// One card: question, reference answer, key points, follow-ups, pitfalls, level, tags, sources and its file.
import { api } from '../api.js';
import { alertLine, h } from '../dom.js';
import { lang, t } from '../i18n.js';
import { markdownBlock } from '../markdown.js';
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
  const question = english() && card.questionEn ? card.questionEn : card.question;
  root.append(h('article', { class: 'view card-view', dataset: { testid: 'card' } },
    h('p', { class: 'crumbs muted' }, h('a', { href: '#/knowledge' },
      t('nav.knowledge')), ' › ', (card.path ?? []).join(' › ')),
    h('h2', {}, card.title),
    h('div', { class: 'chips' }, card.level ? h('span', { class: 'tag' }, t('card.level', { n: card.level })) : null,
      (card.tags ?? []).map((tag) => h('span', { class: 'tag' }, tag))),
    h('section', { class: 'panel' },
      question && question !== card.title
        ? h('p', { class: 'card-question' }, h('strong', {}, `${t('card.question')}: `), question) : null,
      h('h3', {}, t('card.reference')),
      card.reference ? markdownBlock(card.reference, 'div', 'reference-answer')
        : h('p', { class: 'muted' }, t('card.noReference')),
      list('card.keyPoints', card.keyPoints, keyPoint, 'covered'),
      list('card.followUps', card.followUps, followUp, 'follow-ups'),
      list('card.pitfalls', card.pitfalls, pitfall, 'pitfalls'),
      list('card.sources', card.sources, (s) => markdownBlock(s, 'span'), 'sources'),
      h('p', { class: 'muted source' }, `${t('card.file')}: ${card.file}${card.line ? `:${card.line}` : ''}`)),
    h('div', { class: 'actions' }, card.reference ? practise : null), error));
}
