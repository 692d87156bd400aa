// The report as Markdown, for when the server does not export it itself.
import { bandLabel, formatDate, t } from './i18n.js';

const score = (n) => (typeof n === 'number' ? n.toFixed(1) : '–');
const quote = (text) => String(text ?? '').split('\n').map((line) => `> ${line}`).join('\n');

function question(q) {
  const lines = [`## Q${q.number}. ${q.title} — ${q.scored ? score(q.score) : t('report.notScored')}`, '',
    `*${q.topic ?? ''} · ${q.source ?? ''}*`, ''];
  for (const turn of q.turns ?? []) {
    const asked = turn.kind === 'follow-up' ? t('interview.followUpLabel') : t('report.prompt');
    lines.push(`**${asked}**: ${turn.prompt}`, '');
    lines.push(quote(turn.answer || t('report.noAnswer')), '');
    if (typeof turn.score === 'number') lines.push(`${score(turn.score)} / 10 · ${bandLabel(turn.band)}`, '');
    if (turn.feedback) lines.push(turn.feedback, '');
  }
  if (q.covered?.length) lines.push(`**${t('grade.covered')}**`, ...q.covered.map((p) => `- ${p.text}`), '');
  if (q.missed?.length) lines.push(`**${t('grade.missed')}**`, ...q.missed.map((p) => `- ${p.text}`), '');
  if (q.reference) lines.push(`**${t('grade.referenceAnswer')}**`, '', q.reference, '');
  return lines.join('\n');
}

export function reportMarkdown(report) {
  const lines = [`# ${t('report.title')}`, '',
    `${t('report.overall')}: **${score(report.score)} / 10** · ${formatDate(report.finishedAt || report.createdAt)}`,
    ''];
  if (report.topics?.length) {
    lines.push(`## ${t('report.byTopic')}`, '', '| | |', '|---|---|',
      ...report.topics.map((x) => `| ${x.topic} | ${score(x.average)} |`), '');
  }
  if (report.review?.length) {
    lines.push(`## ${t('report.review')}`, '',
      ...report.review.map((r) => `- ${r.title} (${score(r.score)}) ${r.reason ?? ''}`), '');
  }
  (report.questions ?? []).forEach((q) => lines.push(question(q)));
  return lines.join('\n');
}
