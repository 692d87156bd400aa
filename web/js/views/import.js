// Import: a dropped question bank becomes notes under imported/ (POST /api/import), ready to practise; and the
// history goes out and comes back as a backup (GET /api/backup, POST /api/restore).
import { api } from '../api.js';
import { add, alertLine, h, mount } from '../dom.js';
import { lang, t } from '../i18n.js';
import { startInterview } from './start.js';

// The server refuses more (413); checking here spares uploading 200 MB to hear it.
const MAX_BYTES = 200 * 1024 * 1024;
const KINDS = '.apkg,.colpkg,.csv,.tsv,.txt,.jsonl,.ndjson,.json';

function skippedList(result) {
  const total = result.skipped.reduce((n, s) => n + s.count, 0);
  if (!total) return null;
  return [h('p', {}, t('import.skipped', { n: total })),
    h('ul', { class: 'skipped' }, result.skipped.map((s) => h('li', {}, t('import.skippedReason',
      { count: s.count, reason: s.reason, examples: s.examples.join(', ') + (s.count > s.examples.length ? ', …' : '') }))))];
}

function practiseButton(result, error) {
  const button = h('button', { type: 'button', class: 'primary', dataset: { testid: 'practise-imported' } },
    t('import.practise'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await startInterview({ topics: [result.folder], questions: Math.min(5, result.practisable), level: 0,
        language: lang(), followUps: 2, mode: 'interview' });
    } catch (e) {
      error.textContent = e.message;
      button.disabled = false;
    }
  });
  return button;
}

function summary(result, error) {
  return [
    h('h3', { dataset: { testid: 'import-summary' } }, t('import.summary',
      { cards: result.cards, source: result.source, folder: result.folder })),
    h('p', { class: 'muted' }, t('import.details', { files: result.files.length, media: result.media })),
    skippedList(result),
    result.warnings.length ? [h('p', {}, t('import.warnings')), h('ul', {}, result.warnings.map((w) => h('li', {}, w)))]
      : null,
    h('p', {}, result.practisable ? t('import.practisable', { n: result.practisable }) : t('import.nothingToPractise')),
    result.practisable ? h('div', { class: 'actions' }, practiseButton(result, error)) : null,
  ];
}

/** A labelled zone that takes a dropped file or opens the file chooser; calls onFile with the file. */
function dropZone(onFile) {
  const input = h('input', { type: 'file', accept: KINDS, class: 'visually-hidden', dataset: { testid: 'import-file' } });
  const zone = h('label', { class: 'drop-zone', dataset: { testid: 'drop-zone' } },
    h('strong', {}, t('import.drop')), h('span', { class: 'muted' }, t('import.kinds')), input);
  input.addEventListener('change', () => {
    if (input.files.length) onFile(input.files[0]);
    input.value = '';
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    if (event.dataTransfer?.files?.length) onFile(event.dataTransfer.files[0]);
  });
  return zone;
}

function importPanel() {
  const status = h('p', { class: 'muted', 'aria-live': 'polite', dataset: { testid: 'import-status' } });
  const error = alertLine();
  error.dataset.testid = 'import-error';
  const result = h('div', { class: 'import-result', dataset: { testid: 'import-result' } });
  const replace = h('input', { type: 'checkbox', dataset: { testid: 'import-replace' } });
  const onFile = async (file) => {
    error.textContent = '';
    mount(result);
    if (file.size > MAX_BYTES) {
      error.textContent = t('import.tooLarge', { name: file.name });
      return;
    }
    status.textContent = t('import.uploading', { name: file.name });
    try {
      mount(result, summary(await api.importFile(file, replace.checked), error));
    } catch (e) {
      error.textContent = e.message;
    } finally {
      status.textContent = '';
    }
  };
  return h('section', { class: 'panel' }, dropZone(onFile),
    h('label', { class: 'check' }, replace, t('import.replace')), status, error, result);
}

function restoreLines(summary) {
  const changed = summary.tables.some((x) => x.added + x.updated > 0);
  return [
    summary.fromSchema !== summary.toSchema
      ? h('p', {}, t('progress.migrated', { from: summary.fromSchema, to: summary.toSchema })) : null,
    changed ? h('p', {}, t('progress.restored')) : h('p', {}, t('progress.nothingNew')),
    changed ? h('ul', {}, summary.tables.map((x) => h('li', {}, t('progress.table',
      { table: t(`progress.table.${x.table}`), added: x.added, updated: x.updated, present: x.present })))) : null,
  ];
}

function progressPanel() {
  const input = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden',
    dataset: { testid: 'restore-file' } });
  const status = h('div', { 'aria-live': 'polite', dataset: { testid: 'restore-result' } });
  const error = alertLine();
  input.addEventListener('change', async () => {
    const file = input.files[0];
    input.value = '';
    if (!file) return;
    error.textContent = '';
    mount(status, h('p', { class: 'muted' }, t('progress.restoring', { name: file.name })));
    try {
      mount(status, restoreLines(await api.restore(file)));
    } catch (e) {
      mount(status);
      error.textContent = e.message;
    }
  });
  return h('section', { class: 'panel' }, h('h3', {}, t('progress.title')), h('p', { class: 'muted' }, t('progress.lead')),
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: api.backupUrl(), download: '', dataset: { testid: 'backup-download' } },
        t('progress.download')),
      h('label', { class: 'button ghost' }, t('progress.restore'), input)),
    status, error);
}

export function render(root) {
  add(root, h('section', { class: 'view import', dataset: { testid: 'import-page' } },
    h('h2', {}, t('import.title')), h('p', { class: 'lead' }, t('import.lead')),
    importPanel(), progressPanel()));
}
