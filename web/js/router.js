// Hash routes: #/, #/interview/ID, #/report/ID, #/history, #/drill, #/grade, #/knowledge?q=..., #/card/ID,
// #/import.
const ROUTES = [
  { name: 'start', pattern: /^\/?$/, load: () => import('./views/start.js') },
  { name: 'start', pattern: /^\/interview\/([^/]+)$/, load: () => import('./views/interview.js') },
  { name: 'history', pattern: /^\/report\/([^/]+)$/, load: () => import('./views/report.js') },
  { name: 'history', pattern: /^\/history$/, load: () => import('./views/history.js') },
  { name: 'drill', pattern: /^\/drill$/, load: () => import('./views/drill.js') },
  { name: 'grade', pattern: /^\/grade$/, load: () => import('./views/grade.js') },
  { name: 'knowledge', pattern: /^\/knowledge$/, load: () => import('./views/knowledge.js') },
  { name: 'knowledge', pattern: /^\/card\/(.+)$/, load: () => import('./views/card.js') },
  { name: 'import', pattern: /^\/import$/, load: () => import('./views/import.js') },
];

let cleanup = null;
let renderCount = 0;

function parse(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, query = ''] = raw.split('?');
  return { path, query: new URLSearchParams(query) };
}

/** Renders the view for the current hash into root; views return an optional cleanup function. */
export async function renderRoute(root) {
  const { path, query } = parse(window.location.hash);
  const route = ROUTES.find((r) => r.pattern.test(path)) || ROUTES[0];
  const params = (path.match(route.pattern) || []).slice(1).map(decodeURIComponent);
  const mine = ++renderCount;
  if (cleanup) cleanup();
  cleanup = null;
  document.querySelectorAll('.nav a').forEach((a) => {
    if (a.dataset.route === route.name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  const view = await route.load();
  if (mine !== renderCount) return; // a newer navigation won
  root.replaceChildren();
  const result = await view.render(root, params, query);
  if (mine === renderCount && typeof result === 'function') cleanup = result;
  else if (typeof result === 'function') result();
}

export function navigate(hash) {
  if (window.location.hash === hash) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}
