// Knowledge browser: search the notes (POST /api/search) and open a card.
import { api, cardPath } from '../api.js';
import { alertLine, h, select } from '../dom.js';
import { t } from '../i18n.js';
import { markdownBlock } from '../markdown.js';
import { navigate } from '../router.js';
import { tidySnippet } from '../snippet.js';

function hit(item) {
  const weak = item.match === false || (typeof item.score === 'number' && item.score < 0.3);
  return h('li', { class: 'hit panel', dataset: { testid: 'hit' } },
    h('a', { class: 'hit-title', href: `#/card/${cardPath(item.id)}` }, item.title),
    h('div', { class: 'crumbs muted' }, [...(item.path ?? [])].join(' › ')),
    item.snippet ? markdownBlock(tidySnippet(item.snippet), 'div', 'snippet') : null,
    h('div', { class: 'hit-meta muted' }, item.source,
      typeof item.score === 'number' ? ` · ${t('knowledge.score', { p: Math.round(item.score * 100) })}` : '',
      weak ? h('span', { class: 'tag' }, t('knowledge.weak')) : null));
}

async function topicOptions() {
  try {
    const data = await api.topics();
    return (data.topics ?? data).map((x) => [x.title, `${x.title} (${x.cards})`]);
  } catch {
    return [];
  }
}

export async function render(root, params, query) {
  const q = query.get('q') ?? '';
  const topic = query.get('topic') ?? '';
  const input = h('input', { type: 'search', id: 'knowledge-q', value: q, placeholder: t('knowledge.placeholder'),
    dataset: { testid: 'search' }, autocomplete: 'off' });
  const topicSelect = select([['', t('start.allTopics')], ...(await topicOptions())], topic);
  topicSelect.setAttribute('aria-label', t('start.topics'));
  const form = h('form', { class: 'search-bar', role: 'search' },
    h('label', { for: 'knowledge-q', class: 'visually-hidden' }, t('knowledge.search')), input, topicSelect,
    h('button', { type: 'submit', class: 'primary', dataset: { testid: 'search-submit' } }, t('knowledge.search')));
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    if (topicSelect.value) next.set('topic', topicSelect.value);
    navigate(`#/knowledge?${next}`);
  });
  root.append(h('section', { class: 'view knowledge' }, h('h2', {}, t('knowledge.title')),
    h('p', { class: 'lead' }, t('knowledge.lead')), form, results));
  if (!q) {
    input.focus();
    return;
  }
  results.append(h('p', { class: 'muted' }, t('common.loading')));
  try {
    const data = await api.search(q, 20, topic);
    const hits = data.hits ?? data;
    results.replaceChildren(h('p', { class: 'muted' }, t('knowledge.hits', { n: hits.length })),
      hits.length ? h('ol', { class: 'hits' }, hits.map(hit)) : h('p', {}, t('knowledge.noHits')));
  } catch (e) {
    results.replaceChildren(alertLine(e.message));
  }
}
