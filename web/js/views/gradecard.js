// The grade card: score, band colour, covered and missed key points, pitfalls, feedback, expandable references.
import { cardPath } from '../api.js';
import { h, formatScore } from '../dom.js';
import { bandLabel, t } from '../i18n.js';
import { markdownBlock } from '../markdown.js';
import { tidySnippet } from '../snippet.js';
import { deliveryBlock } from './delivery.js';

/** "file.md#Heading" -> ["file.md", "Heading"]. */
export function splitSource(source) {
  const text = String(source ?? '');
  const at = text.indexOf('#');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function meter(score) {
  const bar = h('span');
  bar.style.width = `${Math.max(0, Math.min(10, score || 0)) * 10}%`;
  return h('div', { class: 'meter', 'aria-hidden': 'true' }, bar);
}

function coveredList(points) {
  if (!points?.length) return null;
  return h('section', { class: 'points covered' },
    h('h4', {}, `${t('grade.covered')} (${points.length})`),
    h('ul', {}, points.map((p) => h('li', {},
      h('span', { class: 'point-text' }, p.text),
      p.evidence ? h('blockquote', { class: 'evidence', 'aria-label': t('grade.evidence') }, p.evidence) : null))));
}

function missedList(points) {
  if (!points?.length) return null;
  return h('section', { class: 'points missed' },
    h('h4', {}, `${t('grade.missed')} (${points.length})`),
    h('ul', {}, points.map((p) => h('li', {}, h('span', { class: 'point-text' }, p.text),
      p.weight > 1 ? h('span', { class: 'weight' }, t('grade.weight', { w: p.weight })) : null))));
}

function pitfallList(pitfalls) {
  if (!pitfalls?.length) return null;
  return h('section', { class: 'points pitfalls' },
    h('h4', {}, `${t('grade.pitfalls')} (${pitfalls.length})`),
    h('ul', {}, pitfalls.map((p) => h('li', {},
      h('span', { class: 'point-text' }, p.claim),
      p.correction ? h('span', { class: 'correction' }, `${t('grade.correction')}: ${p.correction}`) : null,
      p.evidence ? h('blockquote', { class: 'evidence', 'aria-label': t('grade.evidence') }, p.evidence) : null))));
}

/** One expandable reference: file and heading in the summary, the snippet and a link to the card inside. */
export function referenceDetails(ref, open = false) {
  const [file, heading] = splitSource(ref.source);
  return h('details', { class: 'reference', open },
    h('summary', {}, h('span', { class: 'ref-title' }, ref.title || heading || file),
      h('span', { class: 'ref-source' }, heading ? `${file} › ${heading}` : file)),
    ref.snippet ? markdownBlock(tidySnippet(ref.snippet), 'div', 'snippet') : null,
    ref.cardId ? h('a', { class: 'card-link', href: `#/card/${cardPath(ref.cardId)}` }, t('grade.openCard')) : null);
}

function engineNote(grade) {
  const parts = [t(grade.engine === 'llm' ? 'grade.engine.llm' : 'grade.engine.offline')];
  if (grade.latencyMs) parts.push(`${grade.latencyMs} ms`);
  return h('span', { class: 'engine-note' }, parts.join(' · '),
    grade.fallback ? h('span', { class: 'fallback' }, ` · ${t('grade.fallbackNote')}`) : null);
}

/**
 * The grade card for one Grade as the API returns it; skipped turns show the reference instead of points. A spoken
 * answer's delivery (options.delivery) is shown beside the grade.
 */
export function gradeCard(grade, options = {}) {
  const band = grade.band || 'empty';
  const skipped = options.skipped === true;
  const attrs = { class: ['grade', `band-${band}`], dataset: { testid: 'grade' }, 'aria-label': t('grade.label') };
  return h('article', attrs,
    h('header', { class: 'grade-head' },
      h('div', { class: 'score' }, h('span', { class: 'score-num' }, formatScore(grade.score)),
        h('span', { class: 'score-max' }, ' / 10')),
      h('span', { class: 'band-chip' }, skipped ? t('grade.skipped') : bandLabel(band)),
      engineNote(grade)),
    meter(grade.score),
    grade.matched === false ? h('p', { class: 'muted' }, t('grade.unmatched')) : null,
    grade.feedback ? markdownBlock(grade.feedback, 'div', 'feedback') : null,
    deliveryBlock(options.delivery),
    skipped ? null : coveredList(grade.covered),
    missedList(grade.missed),
    skipped ? null : pitfallList(grade.pitfalls),
    grade.references?.length
      ? h('section', { class: 'references' }, h('h4', {}, t('grade.references')),
        grade.references.map((ref) => referenceDetails(ref)))
      : null);
}
