// The optional per-question countdown; it only informs (nothing is sent when it runs out).
import { h } from '../dom.js';
import { t } from '../i18n.js';

function mmss(seconds) {
  const s = Math.abs(seconds);
  return `${seconds < 0 ? '-' : ''}${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** A timer of the given minutes (0 = none): {element, restart(), stop()}. */
export function questionTimer(minutes) {
  if (!minutes) return { element: null, restart() {}, stop() {} };
  const display = h('span', { class: 'time' });
  const element = h('span', { class: 'timer', role: 'timer', 'aria-label': t('interview.timer'),
    dataset: { testid: 'timer' } }, display);
  let interval = null;
  let deadline = 0;
  const tick = () => {
    const left = Math.round((deadline - Date.now()) / 1000);
    display.textContent = left > 0 ? mmss(left) : `${t('interview.timeUp')} ${mmss(left)}`;
    element.classList.toggle('late', left <= 0);
    element.classList.toggle('soon', left > 0 && left <= 30);
  };
  return {
    element,
    restart() {
      clearInterval(interval);
      deadline = Date.now() + minutes * 60_000;
      tick();
      interval = setInterval(tick, 1000);
    },
    stop() {
      clearInterval(interval);
    },
  };
}
