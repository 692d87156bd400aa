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

/** How long a stream stays open after its message for the previous answer's model grade (the model's timeout). */
const GRADE_WAIT_MS = 60000;

/**
 * Opens the stream. handlers: token(textSoFar), done(finalText, prompt), fail(), and optionally grade(update) for
 * the previous answer's model grade, which comes before or after the message; the stream closes once both are in.
 * Returns a function that closes it. firstEventTimeoutMs: how long to wait for the first event before giving up (the
 * JSON text then stands).
 */
export function followMessage(url, handlers, firstEventTimeoutMs = 4000) {
  if (!window.EventSource) {
    handlers.fail();
    return () => {};
  }
  let text = '';
  let finished = false;
  let messageDone = false;
  let gradeDue = false;
  let gradeTimer = null;
  const source = new EventSource(url);
  const close = () => {
    clearTimeout(gradeTimer);
    source.close();
  };
  const finish = (callback) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    if (!gradeDue) close();
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
    messageDone = true;
    // The server says whether the previous answer's model grade is still to come on this stream.
    gradeDue = typeof prompt === 'object' && prompt?.gradeToFollow === true && Boolean(handlers.grade);
    if (gradeDue) gradeTimer = setTimeout(() => { gradeDue = false; close(); }, GRADE_WAIT_MS);
    finish(() => handlers.done(finalText, typeof prompt === 'object' ? prompt : null));
  });
  source.addEventListener('grade', (event) => {
    seen();
    const update = payload(event.data);
    if (typeof update === 'object' && update?.grade && handlers.grade) handlers.grade(update);
    gradeDue = false;
    if (messageDone) close();
  });
  // EventSource reconnects on its own after an error; a message is short-lived, so one error ends it.
  source.addEventListener('error', () => {
    gradeDue = false;
    close();
    finish(handlers.fail);
  });
  return () => {
    gradeDue = false;
    close();
    finish(() => {});
  };
}
