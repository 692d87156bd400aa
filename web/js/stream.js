// Follows the interviewer's next message over SSE: token events, an optional reset, then done.
// The caller always has the JSON text as a fallback: on any error, or when no event comes in time, it is used.

function payload(data) {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

function tokenText(data) {
  const value = payload(data);
  if (typeof value === 'string') return value;
  return value?.text ?? value?.token ?? '';
}

/**
 * Opens the stream. handlers: token(textSoFar), done(finalText, prompt), fail(). Returns a function that closes it.
 * firstEventTimeoutMs: how long to wait for the first event before giving up (the JSON text then stands).
 */
export function followMessage(url, handlers, firstEventTimeoutMs = 4000) {
  if (!window.EventSource) {
    handlers.fail();
    return () => {};
  }
  let text = '';
  let finished = false;
  const source = new EventSource(url);
  const finish = (callback) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    source.close();
    callback();
  };
  const timer = setTimeout(() => finish(handlers.fail), firstEventTimeoutMs);
  const seen = () => clearTimeout(timer);
  source.addEventListener('token', (event) => {
    seen();
    text += tokenText(event.data);
    handlers.token(text);
  });
  source.addEventListener('reset', () => {
    seen();
    text = '';
    handlers.token(text);
  });
  source.addEventListener('done', (event) => {
    const prompt = payload(event.data);
    const finalText = typeof prompt === 'object' && prompt?.text ? prompt.text : text;
    finish(() => handlers.done(finalText, typeof prompt === 'object' ? prompt : null));
  });
  // EventSource reconnects on its own after an error; a message is short-lived, so one error ends it.
  source.addEventListener('error', () => finish(handlers.fail));
  return () => finish(() => {});
}
