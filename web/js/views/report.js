// The end report: overall score, per-topic chart, cards to review, every question with its reference answer.
import { api, cardPath } from '../api.js';
import { chartBox, topicChart } from '../charts.js';
import { alertLine, download, formatScore, h, scoreClass } from '../dom.js';
import { health } from '../health.js';
import { bandLabel, formatDate, t } from '../i18n.js';
import { markdownBlock } from '../markdown.js';
import { navigate } from '../router.js';
import { startInterview } from './start.js';
import { splitSource } from './gradecard.js';
import { deliveryLine, voiceSummaryBlock } from './delivery.js';

// The server's score bands (GET /api/health), read when the report renders.
let bands = null;

function scoreChip(score, scored = true) {
  return h('span', { class: ['score-chip', scored ? scoreClass(score, bands) : 'band-none'] },
    scored ? formatScore(score) : t('report.notScored'));
}

function pointItems(points, className) {
  if (!points?.length) return null;
  return h('ul', { class: ['points', className] }, points.map((p) => h('li', {},
    h('span', { class: 'point-text' }, p.text),
    p.hinted ? h('span', { class: 'tag' }, t('report.hinted')) : null,
    p.evidence ? h('blockquote', { class: 'evidence' }, p.evidence) : null)));
}

function turnBlock(turn) {
  return h('div', { class: 'turn' },
    h('div', { class: 'turn-head' }, h('span', { class: 'muted' }, turn.kind === 'follow-up'
      ? t('interview.followUpLabel') : t('report.prompt')),
    typeof turn.score === 'number' ? h('span', { class: ['score-chip', `band-${turn.band}`] },
      `${formatScore(turn.score)} · ${bandLabel(turn.band)}`) : null),
    markdownBlock(turn.prompt, 'div', 'turn-prompt'),
    h('div', { class: 'turn-answer plain' }, turn.answer || t('report.noAnswer')),
    deliveryLine(turn.delivery),
    turn.feedback ? markdownBlock(turn.feedback, 'div', 'feedback') : null);
}

function questionReview(q) {
  const [file, heading] = splitSource(q.source);
  return h('details', { class: 'q-review panel', dataset: { testid: 'report-question' } },
    h('summary', {}, h('span', { class: 'q-num' }, `Q${q.number}`), h('span', { class: 'q-title' }, q.title),
      q.skipped ? h('span', { class: 'tag' }, t('report.skipped')) : null, scoreChip(q.score, q.scored)),
    h('p', { class: 'muted source' }, q.topic ? `${q.topic} · ` : '', heading ? `${file} › ${heading}` : file, ' ',
      q.cardId ? h('a', { href: `#/card/${cardPath(q.cardId)}` }, t('grade.openCard')) : null),
    (q.turns ?? []).map(turnBlock),
    q.covered?.length ? h('h4', {}, t('grade.covered')) : null, pointItems(q.covered, 'covered'),
    q.missed?.length ? h('h4', {}, t('grade.missed')) : null, pointItems(q.missed, 'missed'),
    h('h4', {}, t('grade.referenceAnswer')),
    q.reference ? markdownBlock(q.reference, 'div', 'reference-answer')
      : h('p', { class: 'muted' }, t('card.noReference')));
}

/** A targeted interview's scores by requirement, gaps (not in the notes) marked. */
function requirementScores(report) {
  const items = report.requirements ?? [];
  if (!items.length) return null;
  return h('section', { class: 'panel', dataset: { testid: 'requirement-scores' } },
    h('h3', {}, t('report.byRequirement')),
    h('ul', { class: 'review-list' }, items.map((r) => h('li', { dataset: { testid: 'requirement-score' } },
      h('span', {}, r.requirement), ' ', r.gap ? h('span', { class: 'tag' }, t('target.gapTag')) : null, ' ',
      scoreChip(r.average ?? 0, r.average !== null && r.average !== undefined),
      h('span', { class: 'muted' }, ` ${r.numbers.map((n) => `Q${n}`).join(' ')}`)))));
}

function reviewList(report) {
  const items = report.review ?? [];
  return h('section', { class: 'panel' }, h('h3', {}, t('report.review')),
    items.length ? h('ul', { class: 'review-list' }, items.map((r) => h('li', {},
      h('a', { href: `#/card/${cardPath(r.cardId)}` }, r.title), ' ', scoreChip(r.score),
      r.reason ? h('span', { class: 'muted' }, ` ${r.reason}`) : null)))
      : h('p', { class: 'muted' }, t('report.nothingWeak')));
}

// The server renders the Markdown (GET /api/interviews/{id}/report.md), the same report in the same words.
async function exportMarkdown(report, error) {
  try {
    const response = await fetch(api.reportMarkdownUrl(report.id), { headers: { Accept: 'text/markdown' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    download(`interview-${report.id.slice(0, 8)}.md`, await response.text());
  } catch (e) {
    error.textContent = t('common.error', { message: e.message });
  }
}

function actions(report, error) {
  const weak = (report.review ?? []).map((r) => r.title).filter(Boolean);
  const drill = h('button', { type: 'button', class: 'primary', dataset: { testid: 'drill-weak' },
    disabled: !weak.length }, t('report.drill'));
  drill.addEventListener('click', async () => {
    drill.disabled = true;
    try {
      await startInterview({ topics: weak, questions: Math.min(20, weak.length), level: 0,
        language: report.config?.language ?? 'zh', followUps: 3, mode: 'drill' });
    } catch (e) {
      error.textContent = e.message;
      drill.disabled = false;
    }
  });
  const exportButton = h('button', { type: 'button', class: 'ghost', dataset: { testid: 'export' } },
    t('report.export'));
  exportButton.addEventListener('click', () => exportMarkdown(report, error));
  // The cards this report lists for review, as an Anki deck (GET /api/interviews/{id}/anki).
  const anki = weak.length ? h('a', { class: 'button ghost', href: api.interviewAnkiUrl(report.id), download: '',
    dataset: { testid: 'export-anki' } }, t('report.exportAnki')) : null;
  // Deleting takes the interview's kept recordings with it; a second click confirms.
  const remove = h('button', { type: 'button', class: 'ghost', dataset: { testid: 'delete-interview' } },
    t('report.delete'));
  remove.addEventListener('click', async () => {
    if (!remove.classList.contains('confirming')) {
      remove.classList.add('confirming', 'danger');
      remove.textContent = t('report.deleteConfirm');
      return;
    }
    try {
      await api.deleteInterview(report.id);
      navigate('#/history');
    } catch (e) {
      error.textContent = e.message;
    }
  });
  return h('div', { class: 'actions' }, drill, exportButton, anki,
    h('a', { class: 'button ghost', href: '#/' }, t('report.newInterview')), remove);
}

function head(report, error) {
  const usage = (report.usage?.input ?? 0) + (report.usage?.output ?? 0);
  const meta = [formatDate(report.finishedAt || report.createdAt), t(`report.status.${report.status}`),
    t('report.scored', { k: report.questionsScored ?? 0, n: report.questionsPlanned ?? 0 })];
  if (usage) meta.push(t('report.tokens', { n: usage }));
  if (report.fallbacks) meta.push(t('report.fallbacks', { n: report.fallbacks }));
  return h('header', { class: 'panel report-head' },
    h('div', { class: ['overall', scoreClass(report.score, bands)], 'aria-label': t('report.overall') },
      h('span', { class: 'big', dataset: { testid: 'overall' } }, formatScore(report.score)), h('span', {}, '/ 10')),
    h('div', { class: 'report-meta' }, h('h2', {}, t('report.title')), h('p', { class: 'muted' }, meta.join(' · ')),
      actions(report, error), error));
}

/** The recordings the candidate kept ("keep recordings"), playable; nothing when none were kept. */
async function showRecordings(slot, id) {
  let kept;
  try {
    kept = await api.recordings(id);
  } catch {
    return;
  }
  if (!kept?.length) return;
  slot.replaceChildren(h('section', { class: 'panel recordings', dataset: { testid: 'recordings' } },
    h('h3', {}, t('voice.recordings')),
    h('ul', {}, kept.map((r) => h('li', {}, h('span', { class: 'muted' }, t('voice.recordingOf', { n: r.turn + 1 })),
      h('audio', { controls: true, preload: 'none', src: api.recordingUrl(id, r.name) })))),
    h('p', { class: 'muted hint' }, t('voice.recordingsHint'))));
}

export async function render(root, [id]) {
  let report;
  try {
    [report, bands] = await Promise.all([api.report(id), health().then((hd) => hd?.bands ?? null)]);
  } catch (e) {
    root.append(h('section', { class: 'view panel' }, alertLine(t('common.error', { message: e.message }))));
    return undefined;
  }
  const error = alertLine();
  const recordingsSlot = h('div');
  showRecordings(recordingsSlot, id);
  const topics = report.topics ?? [];
  const chart = chartBox(t('report.byTopic'), topics.map((x) => [x.topic, formatScore(x.average)]));
  // Bars (fewer than three topics) need only a row each; the radar keeps the stylesheet's height.
  if (topics.length < 3) chart.element.style.height = `${5 + topics.length * 3}rem`;
  root.append(h('section', { class: 'view report', dataset: { testid: 'report' } },
    head(report, error),
    requirementScores(report),
    voiceSummaryBlock(report.voice),
    recordingsSlot,
    topics.length ? h('section', { class: 'panel' }, h('h3', {}, t('report.byTopic')), chart.element) : null,
    reviewList(report),
    h('h3', { class: 'section-title' }, t('report.questions')),
    (report.questions ?? []).map(questionReview)));
  const instance = topics.length
    ? topicChart(chart.canvas, topics.map((x) => x.topic), topics.map((x) => x.average), t('report.chartLabel')) : null;
  return () => instance?.destroy();
}
