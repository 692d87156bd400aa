// Grade page: paste a question and an answer, get the grade card.
import { api } from '../api.js';
import { alertLine, field, h } from '../dom.js';
import { t } from '../i18n.js';
import { gradeCard } from './gradecard.js';

export async function render(root) {
  const question = h('textarea', { rows: 2, dataset: { testid: 'grade-question' } });
  const answer = h('textarea', { rows: 7, dataset: { testid: 'grade-answer' } });
  const button = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'grade-submit' } },
    t('gradePage.submit'));
  const error = alertLine();
  const result = h('div', { class: 'grade-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'panel' }, field(t('gradePage.question'), question),
    field(t('gradePage.answer'), answer),
    h('div', { class: 'row' }, h('span', { class: 'muted hint' }, t('gradePage.languageNote')), button), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!question.value.trim() || !answer.value.trim()) {
      error.textContent = t('gradePage.needBoth');
      return;
    }
    error.textContent = '';
    button.disabled = true;
    button.textContent = t('gradePage.grading');
    try {
      const grade = await api.grade(question.value, answer.value);
      result.replaceChildren(gradeCard(grade.grade ?? grade));
      result.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    } catch (e) {
      error.textContent = e.message;
    } finally {
      button.disabled = false;
      button.textContent = t('gradePage.submit');
    }
  });
  answer.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  root.append(h('section', { class: 'view grade-page' }, h('h2', {}, t('gradePage.title')),
    h('p', { class: 'lead' }, t('gradePage.lead')), form, result));
}
