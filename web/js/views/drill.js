// Drill: due and weak cards first, one at a time, with the full follow-up budget.
import { alertLine, field, h } from '../dom.js';
import { lang, t } from '../i18n.js';
import { startInterview } from './start.js';

export async function render(root) {
  const questions = h('input', { type: 'number', min: 1, max: 20, value: '5', inputmode: 'numeric' });
  const topics = h('input', { type: 'text', autocomplete: 'off', placeholder: 'rlhf, lora, kv cache' });
  const error = alertLine();
  const button = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'drill-start' } },
    t('drill.start'));
  const form = h('form', { class: 'panel setup' },
    h('div', { class: 'grid' }, field(t('drill.questions'), questions), field(t('drill.topics'), topics)),
    h('div', { class: 'actions' }, button), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    error.textContent = '';
    try {
      await startInterview({
        topics: topics.value.split(/[,，]/).map((s) => s.trim()).filter(Boolean),
        questions: Math.max(1, Math.min(20, Number.parseInt(questions.value, 10) || 5)),
        level: 0, language: lang(), followUps: 3, mode: 'drill',
      });
    } catch (e) {
      error.textContent = e.message;
      button.disabled = false;
    }
  });
  root.append(h('section', { class: 'view drill' }, h('h2', {}, t('drill.title')),
    h('p', { class: 'lead' }, t('drill.lead')), form));
}
