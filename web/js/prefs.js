// What the browser remembers between visits: the unfinished interview, its timer and the unsent answer.
const PREFIX = 'interviewer.';

function get(key) {
  try { return localStorage.getItem(PREFIX + key); } catch { return null; }
}

function set(key, value) {
  try {
    if (value === null || value === undefined || value === '') localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, value);
  } catch { /* storage off: nothing is remembered, nothing breaks */ }
}

export const prefs = {
  activeInterview: () => get('active'),
  setActiveInterview: (id) => set('active', id),
  dismissed: () => get('dismissed'),
  setDismissed: (id) => set('dismissed', id),
  draft: (id) => get(`draft.${id}`) || '',
  setDraft: (id, text) => set(`draft.${id}`, text),
  timer: (id) => Number(get(`timer.${id}`) || 0),
  setTimer: (id, minutes) => set(`timer.${id}`, minutes ? String(minutes) : null),
  startSettings: () => {
    try { return JSON.parse(get('start') || '{}'); } catch { return {}; }
  },
  setStartSettings: (settings) => set('start', JSON.stringify(settings)),
  /** Voice settings: speak (read aloud), handsFree, voiceName, rate, serverVoice, keepRecordings. */
  voice: () => {
    try { return { rate: 1, ...JSON.parse(get('voice') || '{}') }; } catch { return { rate: 1 }; }
  },
  setVoice: (changes) => set('voice', JSON.stringify({ ...prefs.voice(), ...changes })),
};
