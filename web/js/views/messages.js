// The chat list of the interview: interviewer messages (Markdown), candidate answers (plain text), grade cards.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { setMarkdown } from '../markdown.js';
import { followMessage } from '../stream.js';
import { gradeCard, referenceDetails } from './gradecard.js';

const KIND_LABEL = {
  question: null, 'follow-up': 'interview.followUpLabel', hint: 'interview.hint', end: null, reference: null,
};

export function messageList() {
  return h('ol', { class: 'messages', 'aria-live': 'polite', 'aria-relevant': 'additions' });
}

function reveal(el) {
  el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

/** An interviewer bubble; returns {item, body, setText}. */
export function interviewerMessage(list, kind, text, notes = {}) {
  const body = h('div', { class: 'body' });
  const labelKey = KIND_LABEL[kind];
  const head = h('div', { class: 'who' }, t('interview.interviewer'),
    labelKey ? h('span', { class: 'kind' }, ` · ${t(labelKey)}`) : null);
  const item = h('li', { class: ['message', 'interviewer', `kind-${kind}`], dataset: { testid: 'message', kind } },
    head, body);
  const fallbackNote = h('p', { class: 'fallback-note', hidden: !notes.fallback }, t('interview.fallback'));
  item.append(fallbackNote);
  const setText = (value) => {
    setMarkdown(body, value);
    body.classList.remove('typing');
  };
  if (text) setText(text);
  list.append(item);
  if (!notes.quiet) reveal(item);
  return {
    item, body, setText,
    showFallback: () => { fallbackNote.hidden = false; },
    typing: () => {
      body.classList.add('typing');
      body.replaceChildren(h('span', { class: 'dots', 'aria-label': t('interview.typing'), role: 'status' },
        h('span'), h('span'), h('span')));
    },
  };
}

/**
 * Shows the interviewer's next message: streamed over SSE when the server is still phrasing it (pending or no
 * text yet), else at once. Resolves with the final text; the JSON text stands in whenever the stream fails.
 * onGrade(update), when given, receives the previous answer's model grade, which arrives on the same stream.
 */
export function showNextMessage(list, message, eventsUrl, quiet = false, onGrade = null) {
  const kind = message.kind ?? 'question';
  const jsonText = message.text ?? '';
  const streamed = message.pending === true || !jsonText;
  const bubble = interviewerMessage(list, kind, streamed ? '' : jsonText, { fallback: message.fallback, quiet });
  if (!streamed && !onGrade) return Promise.resolve(jsonText);
  if (!streamed) {
    followMessage(eventsUrl, { token: () => {}, done: () => {}, fail: () => {}, grade: onGrade });
    return Promise.resolve(jsonText);
  }
  bubble.typing();
  return new Promise((resolve) => {
    followMessage(eventsUrl, {
      grade: onGrade,
      token: (soFar) => { if (soFar) bubble.setText(soFar); else bubble.typing(); },
      done: (finalText, prompt) => {
        bubble.setText(finalText || jsonText);
        if (prompt?.fallback) bubble.showFallback();
        resolve(finalText || jsonText);
      },
      fail: () => {
        bubble.setText(jsonText || t('interview.typing'));
        resolve(jsonText);
      },
    });
  });
}

export function candidateMessage(list, text, quiet = false) {
  const item = h('li', { class: 'message candidate', dataset: { testid: 'candidate' } },
    h('div', { class: 'who' }, t('interview.you')), h('div', { class: 'body plain' }, text));
  list.append(item);
  if (!quiet) reveal(item);
  return item;
}

export function gradeItem(list, grade, options = {}) {
  const item = h('li', { class: 'grade-item' }, gradeCard(grade, options));
  list.append(item);
  if (!options.quiet) item.scrollIntoView({ block: 'start', behavior: 'smooth' });
  return item;
}

/** Replaces the grade card of an item with the model's grade when it arrives (in place: the view does not jump). */
export function replaceGrade(item, grade, options = {}) {
  item.replaceChildren(gradeCard(grade, { ...options, updated: true }));
}

/** The reference answer shown after a skip, opened. */
export function referenceItem(list, reference) {
  const item = h('li', { class: 'reference-item' }, referenceDetails({
    cardId: reference.cardId, title: reference.title, source: reference.source, snippet: reference.text,
  }, true));
  list.append(item);
  return item;
}
