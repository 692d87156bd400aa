// Delivery figures of spoken answers: speaking time, pace, filler words, long pauses. Shown beside the grade,
// never part of it.
import { h } from '../dom.js';
import { t } from '../i18n.js';

function seconds(value) {
  const s = Math.round(value ?? 0);
  return s >= 60 ? `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}` : t('voice.seconds', { n: s });
}

function unitLabel(unit) {
  return t(unit === 'words' ? 'voice.perMinute.words' : 'voice.perMinute.characters');
}

function fillerWords(words) {
  return Object.entries(words ?? {}).slice(0, 4).map(([w, n]) => `${w} ×${n}`).join(t('voice.listSeparator'));
}

function fillerList(words) {
  const list = fillerWords(words);
  return list ? ` (${list})` : '';
}

function figure(value, label, extra = null) {
  return h('li', {}, h('span', { class: 'num' }, value), ' ', h('span', { class: 'label' }, label), extra);
}

/** The delivery of one spoken answer, for the grade card (data-testid "delivery"). */
export function deliveryBlock(d) {
  if (!d) return null;
  return h('section', { class: 'delivery', dataset: { testid: 'delivery' }, 'aria-label': t('voice.delivery') },
    h('h4', {}, t('voice.delivery')),
    h('ul', { class: 'delivery-figures' },
      figure(seconds(d.seconds), t('voice.speakingTime')),
      figure(String(Math.round(d.perMinute)), unitLabel(d.unit),
        h('span', { class: ['pace', `pace-${d.pace}`] }, t(`voice.pace.${d.pace}`))),
      figure(String(d.fillers), t('voice.fillers'), fillerList(d.fillerWords)),
      figure(String(d.longPauses), t('voice.longPauses'),
        d.longPauses ? ` (${t('voice.longest', { s: d.longestPause })})` : '')),
    h('p', { class: 'muted note' }, t('voice.notGraded')));
}

/** The report's summary of the spoken answers (data-testid "voice-summary"); null when none was spoken. */
export function voiceSummaryBlock(v) {
  if (!v) return null;
  return h('section', { class: 'panel voice-summary', dataset: { testid: 'voice-summary' } },
    h('h3', {}, t('voice.summaryTitle')),
    h('p', {}, t('voice.summary', { k: v.spoken, n: v.answered, rate: Math.round(v.perMinute),
      unit: unitLabel(v.unit), fillers: v.fillersPerMinute, pauses: v.longPauses })),
    Object.keys(v.fillerWords ?? {}).length
      ? h('p', { class: 'muted' }, t('voice.fillerWords', { words: fillerWords(v.fillerWords) })) : null,
    h('p', { class: 'muted note' }, t('voice.notGraded')));
}

/** One line for a turn in the report. */
export function deliveryLine(d) {
  if (!d) return null;
  return h('p', { class: 'delivery-line muted' }, t('voice.line', { s: seconds(d.seconds),
    rate: Math.round(d.perMinute), unit: unitLabel(d.unit), fillers: d.fillers, pauses: d.longPauses }));
}
