// Start screen: pick topics (tree with card counts), questions, level, language, follow-ups, timer; or resume.
import { api } from '../api.js';
import { alertLine, field, h, select } from '../dom.js';
import { engineText, health, onHealth } from '../health.js';
import { formatDate, lang, t } from '../i18n.js';
import { prefs } from '../prefs.js';
import { navigate } from '../router.js';
import { handOff, transcriptOf } from './transcript.js';
import { targetPanel } from './target.js';
import { topicTree } from './topics.js';

function numberInput(min, max, value, testid) {
  return h('input', { type: 'number', min, max, step: 1, value: String(value), inputmode: 'numeric', required: true,
    dataset: { testid } });
}

// Each style's defaults (InterviewStyle on the server): follow-ups per question and minutes per question.
const STYLES = { friendly: { followUps: 1, timer: 0 }, standard: { followUps: 2, timer: 5 },
  pressure: { followUps: 3, timer: 2 } };

function clamp(value, min, max, fallback) {
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? fallback : Math.max(min, Math.min(max, n));
}

/** The unfinished interview this browser knows of, else the newest one the server lists as active. */
async function unfinishedId() {
  const local = prefs.activeInterview();
  if (local) return local;
  try {
    const data = await api.history();
    const items = Array.isArray(data) ? data : (data.interviews ?? []);
    return items.find((item) => item.status === 'active')?.id ?? null;
  } catch {
    return null;
  }
}

async function resumePanel(slot) {
  const id = await unfinishedId();
  if (!id || prefs.dismissed() === id) return;
  let transcript;
  try {
    transcript = transcriptOf(await api.interview(id));
  } catch {
    return;
  }
  if (transcript.over) {
    if (prefs.activeInterview() === id) prefs.setActiveInterview(null);
    return;
  }
  // Discarding only hides it here; it stays in the history, where it can still be resumed.
  const discard = () => {
    prefs.setActiveInterview(null);
    prefs.setDismissed(id);
    slot.replaceChildren();
  };
  slot.replaceChildren(h('section', { class: 'panel resume', 'aria-labelledby': 'resume-title' },
    h('div', {}, h('h3', { id: 'resume-title' }, t('resume.title')),
      h('p', { class: 'muted' }, t('resume.detail',
        { i: transcript.progress.question, n: transcript.progress.total, date: formatDate(transcript.createdAt) }))),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: `#/interview/${encodeURIComponent(id)}`, dataset: { testid: 'resume' } },
        t('resume.continue')),
      h('button', { type: 'button', class: 'ghost', on: { click: discard } }, t('resume.discard')))));
}

/** Starts an interview (or drill) and opens it; shared with the drill page and "drill my weak points". */
export async function startInterview(settings, timerMinutes = 0) {
  const created = await api.startInterview(settings);
  prefs.setActiveInterview(created.id);
  prefs.setTimer(created.id, timerMinutes);
  handOff(created);
  navigate(`#/interview/${encodeURIComponent(created.id)}`);
  return created;
}

export async function render(root) {
  const saved = prefs.startSettings();
  const resume = h('div');
  const treeSlot = h('div', { class: 'tree-slot' }, h('p', { class: 'muted' }, t('common.loading')));
  const questions = numberInput(1, 20, saved.questions ?? 5, 'questions');
  const level = select([[0, t('start.level.any')], [1, t('start.level.1')], [2, t('start.level.2')],
    [3, t('start.level.3')]], saved.level ?? 0);
  const language = select([['zh', '中文'], ['en', 'English']], saved.language ?? lang());
  const followUps = numberInput(0, 3, saved.followUps ?? 2, 'followups');
  const style = select(Object.keys(STYLES).map((k) => [k, t(`start.style.${k}`)]), saved.style ?? 'standard');
  style.dataset.testid = 'style';
  const timer = select([[0, t('start.timer.off')], ...[2, 3, 5, 10].map((n) => [n, t('start.timer.min', { n })])],
    saved.timer ?? STYLES[style.value].timer);
  // A style brings its follow-up depth and timer; either can still be changed after.
  style.addEventListener('change', () => {
    followUps.value = String(STYLES[style.value].followUps);
    timer.value = String(STYLES[style.value].timer);
  });
  const engine = h('span', { class: 'engine-line' }, t('common.loading'));
  const error = alertLine();
  const startButton = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'start' } },
    t('start.submit'));
  const selectedLine = h('span', { class: 'muted', 'aria-live': 'polite' }, t('start.topicsHint'));
  let tree = null;

  const form = h('form', { class: 'panel setup', 'aria-labelledby': 'start-title', novalidate: true },
    h('fieldset', { class: 'topics' }, h('legend', {}, t('start.topics')),
      h('div', { class: 'topics-head' }, selectedLine,
        h('button', { type: 'button', class: 'link', on: { click: () => tree?.clear() } }, t('start.clear'))),
      treeSlot),
    h('div', { class: 'grid' },
      field(t('start.questions'), questions),
      field(t('start.level'), level),
      field(t('start.language'), language),
      field(t('start.followUps'), followUps),
      field(t('start.style'), style),
      field(t('start.timer'), timer)),
    h('p', { class: 'engine-row' }, h('span', { class: 'muted' }, `${t('start.engine')}: `), engine),
    h('div', { class: 'actions' }, startButton),
    error);

  const settings = () => ({
    topics: tree ? tree.selected() : [],
    questions: clamp(questions.value, 1, 20, 5),
    level: Number(level.value),
    language: language.value,
    followUps: clamp(followUps.value, 0, 3, 2),
    mode: 'interview',
    style: style.value,
    timer: Number(timer.value),
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    startButton.disabled = true;
    startButton.textContent = t('start.starting');
    const chosen = settings();
    prefs.setStartSettings({ ...chosen, timer: Number(timer.value), topicKeys: tree ? tree.selectedKeys() : [] });
    try {
      await startInterview(chosen, Number(timer.value));
    } catch (e) {
      error.textContent = e.message;
      startButton.disabled = false;
      startButton.textContent = t('start.submit');
    }
  });

  root.append(h('section', { class: 'view start' },
    h('h2', { id: 'start-title' }, t('start.title')), h('p', { class: 'lead' }, t('start.lead')), resume, form,
    targetPanel(settings, startInterview)));

  resumePanel(resume);
  health().then((hd) => { engine.textContent = engineText(hd); });
  const stopWatching = onHealth((hd) => { engine.textContent = engineText(hd); });
  try {
    const data = await api.topics();
    tree = topicTree(data.topics ?? data, saved.topicKeys ?? []);
    const showCount = () => {
      const n = tree.selected().length;
      selectedLine.textContent = n ? t('start.selected', { n }) : t('start.topicsHint');
    };
    tree.onChange(showCount);
    showCount();
    treeSlot.replaceChildren(tree.element);
  } catch (e) {
    treeSlot.replaceChildren(h('p', { class: 'muted' }, e.status === 404 ? t('start.topicsHint') : e.message));
  }
  return stopWatching;
}
