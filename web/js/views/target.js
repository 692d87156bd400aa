// "Practise for a job": paste a job description or resume, see which requirements the notes cover (with their
// cards) and which are gaps, export the gaps as a checklist, save the target, start a targeted interview.
import { api, cardPath } from '../api.js';
import { alertLine, download, field, h, select } from '../dom.js';
import { lang, t } from '../i18n.js';

function requirementItem(r) {
  const cards = r.cards.length
    ? h('ul', { class: 'req-cards' }, r.cards.map((c) => h('li', {},
      h('a', { href: `#/card/${cardPath(c.id)}` }, c.title),
      h('span', { class: 'muted' }, ` ${Math.round(c.score * 100)}%`))))
    : h('p', { class: 'gap-mark' }, t('target.gap'));
  return h('li', { class: ['requirement', r.covered ? 'req-covered' : 'req-gap'],
    dataset: { testid: 'requirement', covered: String(r.covered) } },
  h('div', { class: 'req-head' }, h('span', { class: 'req-mark', 'aria-hidden': 'true' }, r.covered ? '✓' : '○'),
    h('span', { class: 'req-text' }, r.text),
    h('span', { class: 'tag', title: t('target.weightTitle') }, t('target.weight', { w: Math.round(r.weight * 100) }))),
  cards);
}

/** The map of one analysis: coverage, each requirement with its cards or marked as a gap, the offline note. */
function coverageMap(map) {
  const covered = map.requirements.filter((r) => r.covered).length;
  return h('div', { class: 'coverage-map', dataset: { testid: 'coverage-map' } },
    h('p', { class: 'coverage', dataset: { testid: 'coverage' } }, t('target.coverage',
      { k: covered, n: map.requirements.length, p: Math.round(map.coverage * 100) })),
    map.requirements.length ? h('ol', { class: 'requirements' }, map.requirements.map(requirementItem))
      : h('p', { class: 'muted' }, t('target.none')),
    map.note ? h('p', { class: 'muted note' }, map.note) : null);
}

/**
 * The panel on the start page. settings() gives the interview settings of the start form (questions, language,
 * style, timer...); start(settings, timer) starts and opens an interview.
 */
export function targetPanel(settings, start) {
  const text = h('textarea', { rows: 6, dataset: { testid: 'target-text' }, placeholder: t('target.placeholder'),
    maxlength: 20000 });
  const name = h('input', { type: 'text', autocomplete: 'off', maxlength: 100, placeholder: t('target.namePlaceholder'),
    dataset: { testid: 'target-name' } });
  const saved = select([['', t('target.pickSaved')]], '');
  const reach = select([['close', t('target.reach.close')], ['explore', t('target.reach.explore')]], 'close');
  const analyze = h('button', { type: 'button', class: 'primary', dataset: { testid: 'target-analyze' } },
    t('target.analyze'));
  const startButton = h('button', { type: 'button', class: 'primary', dataset: { testid: 'target-start' },
    hidden: true }, t('target.start'));
  const exportButton = h('button', { type: 'button', class: 'ghost', dataset: { testid: 'target-export' },
    hidden: true }, t('target.export'));
  const result = h('div', { 'aria-live': 'polite' });
  const error = alertLine();
  let current = null;

  const show = (map) => {
    current = map;
    result.replaceChildren(coverageMap(map));
    const anyCovered = map.requirements.some((r) => r.covered);
    startButton.hidden = !anyCovered;
    exportButton.hidden = !map.requirements.some((r) => !r.covered);
  };

  analyze.addEventListener('click', async () => {
    error.textContent = '';
    if (!text.value.trim()) {
      error.textContent = t('target.empty');
      return;
    }
    analyze.disabled = true;
    analyze.textContent = t('target.analyzing');
    try {
      show(await api.analyzeTarget(text.value, lang(), name.value.trim() || undefined));
      if (name.value.trim()) loadSaved(saved, current.id);
    } catch (e) {
      error.textContent = e.message;
    } finally {
      analyze.disabled = false;
      analyze.textContent = t('target.analyze');
    }
  });
  exportButton.addEventListener('click', () => {
    if (current) download('notes-to-write.md', current.checklist);
  });
  startButton.addEventListener('click', async () => {
    error.textContent = '';
    startButton.disabled = true;
    const chosen = settings();
    const target = current?.id ? { targetId: current.id } : { target: text.value };
    try {
      await start({ ...chosen, topics: [], ...target, reach: reach.value }, chosen.timer);
    } catch (e) {
      error.textContent = e.message;
      startButton.disabled = false;
    }
  });
  saved.addEventListener('change', async () => {
    if (!saved.value) return;
    try {
      const target = await api.target(saved.value, lang());
      text.value = target.text;
      name.value = target.name;
      show(target.analysis);
    } catch (e) {
      error.textContent = e.message;
    }
  });
  loadSaved(saved, '');

  return h('section', { class: 'panel target', 'aria-labelledby': 'target-title' },
    h('h3', { id: 'target-title' }, t('target.title')), h('p', { class: 'muted' }, t('target.lead')),
    field(t('target.text'), text),
    h('div', { class: 'grid' }, field(t('target.name'), name), field(t('target.saved'), saved),
      field(t('target.reach'), reach)),
    h('div', { class: 'actions' }, analyze, startButton, exportButton), error, result);
}

/** Fills the saved-target picker (GET /api/targets), keeping the choice when there is one. */
async function loadSaved(picker, chosen) {
  try {
    const data = await api.targets();
    picker.replaceChildren(h('option', { value: '' }, t('target.pickSaved')),
      ...(data.targets ?? []).map((x) => h('option', { value: x.id, selected: x.id === chosen }, x.name)));
  } catch {
    // No saved targets to offer: the picker stays with its placeholder.
  }
}
