// The HTTP API (see docs/api.md): JSON in and out, errors as {"error": message}, SSE for streamed messages.
import { t } from './i18n.js';

/** An API failure with its HTTP status (0 when the server could not be reached). */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** A call with a JSON body, or with a file (a Blob) sent as it is under its own content type. */
async function request(method, path, body, type = 'application/json') {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? { Accept: 'application/json' }
        : { 'Content-Type': type, Accept: 'application/json' },
      body: body === undefined || body instanceof Blob ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, t('common.network'));
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, (data && data.error) || `HTTP ${response.status}`);
  }
  return data;
}

/** A request whose body or answer is not JSON (uploads, audio); errors still come back as ApiError. */
async function raw(method, path, body, headers = {}) {
  let response;
  try {
    response = await fetch(path, { method, body, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, t('common.network'));
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    throw new ApiError(response.status, (data && data.error) || `HTTP ${response.status}`);
  }
  return response;
}

/** Card ids contain slashes: each segment is encoded on its own so the path keeps them. */
export function cardPath(id) {
  return String(id).split('/').map(encodeURIComponent).join('/');
}

const enc = encodeURIComponent;

export const api = {
  health: () => request('GET', '/api/health'),
  topics: () => request('GET', '/api/topics'),
  card: (id) => request('GET', `/api/cards/${cardPath(id)}`),
  suggestions: (id) => request('GET', `/api/suggestions/${cardPath(id)}`),
  decide: (id, body) => request('POST', `/api/suggestions/${cardPath(id)}`, body),
  search: (query, top = 20, topic = '') => request('POST', '/api/search', { query, top, topic }),
  grade: (question, answer) => request('POST', '/api/grade', { question, answer }),
  // /api/history comes with the persistent store; until then the interview list says the same.
  history: () => request('GET', '/api/history').catch((e) => {
    if (e.status === 404) return request('GET', '/api/interviews');
    throw e;
  }),
  startInterview: (settings) => request('POST', '/api/interviews', settings),
  interview: (id) => request('GET', `/api/interviews/${enc(id)}`),
  /** voice: how a spoken answer was spoken ({transcript, seconds, pauses}); left out for a typed answer. */
  answer: (id, text, voice) => request('POST', `/api/interviews/${enc(id)}/answers`,
    voice ? { text, voice } : { text }),
  /** The answer as far as it is written: the server reads it ahead so the sent answer is graded sooner. */
  draft: (id, text) => request('POST', `/api/interviews/${enc(id)}/draft`, { text }),
  deleteInterview: (id) => raw('DELETE', `/api/interviews/${enc(id)}`),
  /** form: FormData with "audio" (and "language", "keep", "interview", "turn"). */
  transcribe: (form) => raw('POST', '/api/transcribe', form).then((r) => r.json()),
  speech: (text) => raw('POST', '/api/speech', JSON.stringify({ text }),
    { 'Content-Type': 'application/json' }).then((r) => r.blob()),
  recordings: (id) => request('GET', `/api/interviews/${enc(id)}/recordings`),
  recordingUrl: (id, name) => `/api/interviews/${enc(id)}/recordings/${enc(name)}`,
  command: (id, command) => request('POST', `/api/interviews/${enc(id)}/commands`, { command }),
  /** Maps a job description or resume onto the notes; with a name it is saved too. */
  analyzeTarget: (text, language, name) => request('POST', '/api/targets',
    name ? { text, language, name } : { text, language }),
  targets: () => request('GET', '/api/targets'),
  target: (id, language) => request('GET', `/api/targets/${enc(id)}?language=${enc(language)}`),
  deleteTarget: (id) => raw('DELETE', `/api/targets/${enc(id)}`),
  report: (id) => request('GET', `/api/interviews/${enc(id)}/report`),
  reportMarkdownUrl: (id) => `/api/interviews/${enc(id)}/report.md`,
  eventsUrl: (id) => `/api/interviews/${enc(id)}/events`,
  interviewAnkiUrl: (id) => `/api/interviews/${enc(id)}/anki`,
  weakAnkiUrl: () => '/api/anki?select=weak',
  backupUrl: () => '/api/backup',
  // A deck or a backup is sent as it is (no form encoding), with a type a cross-site form cannot send.
  importFile: (file, replace) => request('POST',
    `/api/import?name=${enc(file.name)}${replace ? '&replace=true' : ''}`, file, 'application/octet-stream'),
  restore: (file) => request('POST', '/api/restore', file, 'application/json'),
};
