// Past interviews with date, topics and score, and a trend chart of the scores.
import { api } from '../api.js';
import { chartBox, trendChart } from '../charts.js';
import { add, alertLine, formatScore, h, scoreClass } from '../dom.js';
import { health } from '../health.js';
import { formatShortDate, t } from '../i18n.js';

function row(item, bands) {
  const active = item.status === 'active';
  const href = active ? `#/interview/${encodeURIComponent(item.id)}` : `#/report/${encodeURIComponent(item.id)}`;
  return h('tr', { dataset: { testid: 'history-row' } },
    h('td', { class: 'num' }, formatShortDate(item.createdAt)),
    h('td', {}, item.topics?.length ? item.topics.join(', ') : t('history.allTopics')),
    h('td', {}, t(`history.mode.${item.mode ?? 'interview'}`)),
    h('td', { class: 'num' }, `${item.answered ?? 0} / ${item.questions ?? 0}`),
    h('td', {}, h('span', { class: ['score-chip', scoreClass(item.score, bands)] },
      typeof item.score === 'number' ? formatScore(item.score) : t(`report.status.${item.status}`))),
    h('td', {}, h('a', { href }, active ? t('history.resume') : t('history.open'))));
}

/** The history's weak cards as an Anki deck, and the whole history as a backup (see #/import to restore). */
function exports(review) {
  return h('div', { class: 'actions' },
    review?.weak ? h('a', { class: 'button ghost', href: api.weakAnkiUrl(), download: '',
      dataset: { testid: 'history-anki' } }, t('history.exportAnki')) : null,
    h('a', { class: 'button ghost', href: api.backupUrl(), download: '' }, t('history.backup')));
}

export async function render(root) {
  const section = h('section', { class: 'view history' }, h('h2', {}, t('history.title')),
    h('p', { class: 'lead' }, t('history.lead')));
  root.append(section);
  let items;
  let bands;
  let review;
  try {
    const [data, hd] = await Promise.all([api.history(), health()]);
    items = Array.isArray(data) ? data : (data.interviews ?? []);
    review = Array.isArray(data) ? null : data.review;
    bands = hd?.bands;
  } catch (e) {
    add(section, h('p', { class: 'panel muted' }, e.status === 404 ? t('common.notAvailable') : e.message));
    return undefined;
  }
  if (!items.length) {
    add(section, h('p', { class: 'panel muted' }, t('history.empty'), ' ',
      h('a', { href: '#/' }, t('interview.newInterview'))));
    return undefined;
  }
  const scored = items.filter((i) => typeof i.score === 'number').slice().reverse();
  const chart = chartBox(t('history.trend'), scored.map((i) => [formatShortDate(i.createdAt), formatScore(i.score)]));
  add(section,
    scored.length >= 2 ? h('section', { class: 'panel' }, h('h3', {}, t('history.trend')), chart.element) : null,
    h('div', { class: 'panel table-wrap' }, h('table', { class: 'history-table' },
      h('thead', {}, h('tr', {}, ['history.date', 'history.topics', 'history.mode', 'history.questions',
        'history.score', 'history.status'].map((k) => h('th', { scope: 'col' }, t(k))))),
      h('tbody', {}, items.map((item) => row(item, bands))))),
    exports(review),
    alertLine());
  const instance = scored.length >= 2 ? trendChart(chart.canvas,
    scored.map((i) => formatShortDate(i.createdAt)), scored.map((i) => i.score), t('history.score')) : null;
  return () => instance?.destroy();
}
