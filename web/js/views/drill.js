// Drill: due and weak cards first, one at a time, with the full follow-up budget.
import { api } from '../api.js';
import { alertLine, field, h } from '../dom.js';
import { formatDate, lang, t } from '../i18n.js';
import { startInterview } from './start.js';

/** Due, weak and tracked cards from the review schedule (GET /api/history), when the server keeps one. */
async function reviewStats() {
  let review;
  try {
    review = (await api.history())?.review;
  } catch {
    return null;
  }
  if (!review) return null;
  const tile = (n, key) => h('div', { class: 'stat' }, h('span', { class: 'stat-num' }, String(n ?? 0)),
    h('span', { class: 'muted' }, t(key)));
  return h('div', { class: 'panel stats', dataset: { testid: 'review-stats' } },
    tile(review.due, 'drill.due'), tile(review.weak, 'drill.weak'), tile(review.tracked, 'drill.tracked'),
    review.nextDue ? h('p', { class: 'muted next-due' }, t('drill.nextDue', { date: formatDate(review.nextDue) }))
      : null);
}

export async function render(root) {
  const questions = h('input', { type: 'number', min: 1, max: 20, value: '5', inputmode: 'numeric' });
  const topics = h('input', { type: 'text', autocomplete: 'off', placeholder: 'rlhf, lora, kv cache' });
  const target = h('select', { dataset: { testid: 'drill-target' } }, h('option', { value: '' }, t('drill.noTarget')));
  const error = alertLine();
  const button = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'drill-start' } },
    t('drill.start'));
  const form = h('form', { class: 'panel setup' },
    h('div', { class: 'grid' }, field(t('drill.questions'), questions), field(t('drill.topics'), topics),
      field(t('drill.target'), target)),
    h('div', { class: 'actions' }, button), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    error.textContent = '';
    try {
      await startInterview({
        ...(target.value ? { targetId: target.value } : {}),
        topics: topics.value.split(/[,，]/).map((s) => s.trim()).filter(Boolean),
        questions: Math.max(1, Math.min(20, Number.parseInt(questions.value, 10) || 5)),
        level: 0, language: lang(), followUps: 3, mode: 'drill',
      });
    } catch (e) {
      error.textContent = e.message;
      button.disabled = false;
    }
  });
  const stats = h('div');
  root.append(h('section', { class: 'view drill' }, h('h2', {}, t('drill.title')),
    h('p', { class: 'lead' }, t('drill.lead')), stats, form));
  // Saved targets: a drill can stay on the requirements of one job.
  api.targets().then((data) => (data.targets ?? []).forEach((x) => target.append(h('option', { value: x.id },
    x.name)))).catch(() => {});
  const tiles = await reviewStats();
  if (tiles) stats.replaceChildren(tiles);
}
