// Entry point: static strings, language switch, engine badge, routing.
import { engineText, health, latestHealth, onHealth } from './health.js';
import { applyStatic, lang, onLangChange, setLang, t } from './i18n.js';
import { renderRoute } from './router.js';

const view = document.getElementById('view');

function showLanguageButton() {
  const button = document.getElementById('lang');
  button.textContent = t('lang.switch');
  button.setAttribute('aria-label', t('lang.switchLabel'));
}

function showEngine() {
  document.getElementById('engine').textContent = engineText(latestHealth());
}

function rerender() {
  renderRoute(view);
}

document.getElementById('lang').addEventListener('click', () => setLang(lang() === 'zh' ? 'en' : 'zh'));
onLangChange(() => {
  showLanguageButton();
  showEngine();
  rerender();
});
onHealth(showEngine);
window.addEventListener('hashchange', () => {
  rerender();
  view.focus({ preventScroll: true });
});

applyStatic(document);
showLanguageButton();
health();
rerender();
