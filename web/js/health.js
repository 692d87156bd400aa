// The server's /api/health answer (engine, model, cards, indexing), fetched once and refreshed while indexing.
import { api } from './api.js';
import { t } from './i18n.js';

let latest = null;
let pending = null;
const listeners = new Set();

/** The health document, or null when the server did not answer. */
export function health() {
  if (!pending) {
    pending = api.health().then((h) => h, () => null).then((h) => {
      latest = h;
      listeners.forEach((listener) => listener(h));
      if (h && h.status === 'indexing') {
        setTimeout(() => { pending = null; health(); }, 1500);
      }
      return h;
    });
  }
  return pending;
}

export function latestHealth() {
  return latest;
}

/** Calls the listener with every new answer; returns the function that stops it. */
export function onHealth(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Engine badge text: "Offline engine · 120 cards" or "Model gpt-4o-mini · 120 cards · Indexing 40%". */
export function engineText(h) {
  if (!h) return t('engine.down');
  const engine = h.engine === 'llm' ? t('engine.llm', { model: h.model || '' }) : t('engine.offline');
  const indexing = h.status === 'indexing' && h.indexing
    ? ` · ${t('engine.indexing', { percent: h.indexing.percent ?? 0 })}` : '';
  return `${engine} · ${t('engine.cards', { n: h.cards ?? 0 })}${indexing}`;
}
