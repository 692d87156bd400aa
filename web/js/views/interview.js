// The interview: progress, optional timer, hint / skip / end, the chat, and the answer box.
import { api } from '../api.js';
import { alertLine, h } from '../dom.js';
import { t } from '../i18n.js';
import { prefs } from '../prefs.js';
import {
  candidateMessage, gradeItem, interviewerMessage, messageList, referenceItem, replaceGrade, showNextMessage,
} from './messages.js';
import { questionTimer } from './timer.js';
import { takeHandOff, transcriptFromCreated, transcriptOf } from './transcript.js';
import { VoiceControls } from './voice.js';

/** The longest answer the server takes (InterviewService.MAX_ANSWER_CHARS, counted in UTF-16 units). */
const MAX_ANSWER_CHARS = 8000;
// A pause in typing this long sends the answer so far to be read ahead (see draftWhenPaused).
const DRAFT_PAUSE_MS = 600;

// "手撕：top-p 采样", "用 PyTorch 实现 top-p 采样", "Implement RoPE": the answer is code (the live-coding cards).
const CODING_QUESTION = /手撕|手写|用\s*(PyTorch|NumPy|Python)\s*(实现|写)|^\s*(实现|写出|写一个)|\bimplement\b|\bwrite (a |the )?(function|code|class)|\bin (PyTorch|NumPy)\b/i;

function asksForCode(text) {
  return CODING_QUESTION.test(text ?? '');
}

/** The transcript, and whether the interview was just started here (its first question is then read aloud). */
async function loadTranscript(id) {
  const created = takeHandOff(id);
  try {
    return { transcript: transcriptOf(await api.interview(id)), fresh: Boolean(created) };
  } catch (e) {
    if (created) return { transcript: transcriptFromCreated(created), fresh: true };
    throw e;
  }
}

/** Shows everything said so far, without scrolling to each piece; the view then scrolls once to the end. */
function replay(list, transcript) {
  const quiet = true;
  for (const turn of transcript.turns) {
    interviewerMessage(list, turn.kind, turn.prompt, { fallback: turn.fallback, quiet });
    turn.hints.forEach((hint) => interviewerMessage(list, 'hint', hint, { quiet }));
    if (turn.answer) candidateMessage(list, turn.answer, quiet);
    if (turn.grade) {
      gradeItem(list, turn.grade, { skipped: turn.status === 'skipped', delivery: turn.delivery, quiet });
    }
  }
  if (transcript.over && transcript.closing) interviewerMessage(list, 'end', transcript.closing, { quiet });
}

export async function render(root, [id]) {
  let loaded;
  try {
    loaded = await loadTranscript(id);
  } catch (e) {
    if (prefs.activeInterview() === id && e.status === 404) prefs.setActiveInterview(null);
    root.append(h('section', { class: 'view panel' }, h('p', { class: 'error', role: 'alert' },
      e.status === 404 ? t('interview.notFound') : t('common.error', { message: e.message })),
      h('a', { class: 'button', href: '#/' }, t('interview.newInterview'))));
    return undefined;
  }
  return new InterviewView(root, id, loaded.transcript, loaded.fresh).cleanup;
}

/** Keeps the page state of one interview; every change comes from an API answer. */
class InterviewView {
  constructor(root, id, transcript, fresh) {
    this.id = id;
    this.progress = { ...transcript.progress };
    this.busy = false;
    this.turnIndex = Math.max(0, transcript.turns.length - 1);
    this.voice = new VoiceControls(id, transcript.language, {
      insert: (text) => this.insertSpoken(text), turn: () => this.turnIndex,
    });
    this.list = messageList();
    this.progressLine = h('span', { class: 'progress', dataset: { testid: 'progress' }, 'aria-live': 'polite' });
    this.timer = questionTimer(prefs.timer(id));
    this.commands = this.commandBar();
    this.form = this.answerForm();
    this.finishedPanel = h('div', { class: 'finished panel', hidden: true });
    root.append(h('section', { class: 'view interview', 'aria-label': t('nav.interview') },
      h('div', { class: 'interview-bar' },
        h('div', { class: 'status' }, transcript.mode === 'drill'
          ? h('span', { class: 'mode-chip' }, t('interview.mode.drill')) : null, this.progressLine,
        this.timer.element), this.commands),
      this.list, this.form, this.voice.panel, this.finishedPanel));
    replay(this.list, transcript);
    const asked = transcript.turns.filter((turn) => turn.kind === 'question').pop();
    this.setCodeMode(asksForCode(asked?.prompt ?? ''));
    this.showProgress();
    this.fit();
    if (transcript.over) {
      this.finish();
    } else {
      this.continuePending(transcript);
      this.timer.restart();
      this.answer.focus({ preventScroll: true });
      if (transcript.turns.length > 1) this.form.scrollIntoView({ block: 'end' });
      const opening = transcript.turns[transcript.turns.length - 1];
      if (fresh && opening && !opening.pending) this.voice.say(opening.prompt);
    }
    this.cleanup = () => {
      this.timer.stop();
      this.voice.close();
    };
  }

  /** A message still being phrased when the page was (re)loaded is followed on the stream. */
  continuePending(transcript) {
    const last = transcript.turns[transcript.turns.length - 1];
    if (!last?.pending) return;
    const bubbles = this.list.querySelectorAll('[data-testid="message"]');
    bubbles[bubbles.length - 1]?.remove();
    showNextMessage(this.list, { kind: last.kind, text: last.prompt, pending: true }, api.eventsUrl(this.id));
  }

  commandBar() {
    const button = (command, testid) => h('button', {
      type: 'button', class: 'ghost small', dataset: { testid }, on: { click: () => this.command(command) },
    }, t(`interview.${command}`));
    this.endConfirm = h('span', { class: 'confirm', hidden: true }, t('interview.endConfirm'), ' ',
      h('button', { type: 'button', class: 'danger small', dataset: { testid: 'end-confirm' },
        on: { click: () => this.command('end') } }, t('interview.end')),
      h('button', { type: 'button', class: 'ghost small', on: { click: () => { this.endConfirm.hidden = true; } } },
        t('common.close')));
    const end = h('button', { type: 'button', class: 'ghost small', dataset: { testid: 'end' },
      on: { click: () => { this.endConfirm.hidden = false; this.endConfirm.querySelector('button').focus(); } } },
      t('interview.end'));
    return h('div', { class: 'commands', role: 'group', 'aria-label': t('nav.interview') },
      button('hint', 'hint'), button('repeat', 'repeat'), button('skip', 'skip'), this.voice.speakToggle, end,
      this.endConfirm);
  }

  answerForm() {
    this.answer = h('textarea', {
      id: 'answer', rows: 3, dataset: { testid: 'answer' }, placeholder: t('interview.placeholder'),
      'aria-describedby': 'answer-count', value: prefs.draft(this.id),
    });
    this.count = h('span', { id: 'answer-count', class: 'muted count' });
    this.send = h('button', { type: 'submit', class: 'primary', dataset: { testid: 'send' } }, t('interview.send'));
    this.error = alertLine();
    this.answer.addEventListener('input', () => {
      prefs.setDraft(this.id, this.answer.value);
      this.draftWhenPaused();
      if (!this.answer.value.trim()) this.voice.forgetSpoken();
      this.showCount();
      this.fit();
    });
    this.answer.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.submit();
      } else if (event.key === 'Escape') {
        this.tabReleased = true;
      } else if (event.key === 'Tab' && this.codeMode && !this.tabReleased && !event.shiftKey) {
        // In code, Tab indents; Esc then Tab leaves the box as usual.
        event.preventDefault();
        this.answer.setRangeText('    ', this.answer.selectionStart, this.answer.selectionEnd, 'end');
        this.answer.dispatchEvent(new Event('input'));
      } else {
        this.tabReleased = false;
      }
    });
    this.codeToggle = h('button', { type: 'button', class: 'ghost small code-toggle', 'aria-pressed': 'false',
      title: t('interview.codeMode'), dataset: { testid: 'code-mode' },
      on: { click: () => this.setCodeMode(!this.codeMode) } }, '</>');
    const form = h('form', { class: 'answer-box' },
      h('label', { for: 'answer', class: 'visually-hidden' }, t('interview.answer')), this.answer,
      h('div', { class: 'row' }, this.count, this.codeToggle,
        h('span', { class: 'keys muted' }, 'Ctrl / ⌘ + Enter'), this.voice.level, this.voice.mic, this.send),
      this.voice.status, this.voice.notice, this.error);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.showCount();
    return form;
  }

  /**
   * When typing pauses, sends the answer as far as it is written: the server embeds it ahead, so the sent answer
   * is graded sooner. Best effort: a failed draft costs nothing, the answer itself is sent as before.
   */
  draftWhenPaused() {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      const text = this.answer.value.trim();
      if (!text || text === this.sentDraft || this.busy || this.over) return;
      this.sentDraft = text;
      api.draft(this.id, text).catch(() => {});
    }, DRAFT_PAUSE_MS);
  }

  /** Puts heard words at the end of the answer box, to be read and fixed before sending. */
  insertSpoken(text) {
    const before = this.answer.value;
    this.answer.value = before && !/\s$/.test(before) ? `${before} ${text}` : `${before}${text}`;
    this.answer.dispatchEvent(new Event('input'));
    this.answer.focus({ preventScroll: true });
  }

  /** Monospace, no wrapping, Tab indents: for answers that are code (live-coding questions switch it on). */
  setCodeMode(on) {
    this.codeMode = on;
    this.answer.classList.toggle('code', on);
    this.codeToggle.setAttribute('aria-pressed', String(on));
  }

  /** Grows the box with its text (up to the CSS max-height), so a long answer stays readable. */
  fit() {
    this.answer.style.height = 'auto';
    this.answer.style.height = `${this.answer.scrollHeight + 2}px`;
  }

  showCount() {
    const n = this.answer.value.length;
    // The server refuses longer answers (413); say so before sending rather than after.
    this.count.textContent = n > MAX_ANSWER_CHARS ? `${t('interview.chars', { n })} / ${MAX_ANSWER_CHARS}`
      : t('interview.chars', { n });
    this.count.classList.toggle('over', n > MAX_ANSWER_CHARS);
  }

  showProgress() {
    const { question, total, followUp } = this.progress;
    const main = t('interview.progress', { i: Math.min(question, total), n: total });
    this.progressLine.textContent = followUp ? `${main} · ${t('interview.followUp', { j: followUp })}` : main;
  }

  setBusy(busy, label) {
    this.busy = busy;
    this.answer.disabled = busy;
    this.send.disabled = busy;
    this.send.textContent = busy && label ? label : t('interview.send');
    this.commands.querySelectorAll('button').forEach((b) => { b.disabled = busy; });
    this.voice.setBusy(busy);
    this.form.setAttribute('aria-busy', String(busy));
  }

  async submit() {
    if (this.busy) return;
    const text = this.answer.value;
    if (!text.trim()) {
      this.error.textContent = t('interview.empty');
      return;
    }
    this.error.textContent = '';
    this.setBusy(true, t('interview.sending'));
    clearTimeout(this.draftTimer);
    try {
      const result = await api.answer(this.id, text, this.voice.spokenFor(text));
      // Cleared only now: the server has the answer.
      this.voice.forgetSpoken();
      candidateMessage(this.list, text);
      this.answer.value = '';
      prefs.setDraft(this.id, null);
      this.showCount();
      this.fit();
      await this.applyStep(result);
    } catch (e) {
      this.error.textContent = `${e.message} ${t('interview.draftKept')}`;
    } finally {
      if (!this.over) {
        this.setBusy(false);
        this.answer.focus({ preventScroll: true });
      }
    }
  }

  async command(command) {
    if (this.busy) return;
    this.endConfirm.hidden = true;
    this.error.textContent = '';
    this.setBusy(true);
    try {
      const result = await api.command(this.id, command);
      await this.applyStep(result, command);
    } catch (e) {
      this.error.textContent = e.message;
    } finally {
      if (!this.over) this.setBusy(false);
    }
  }

  /** Shows what an answer or a command returned: a grade, a shown reference, then the interviewer's message. */
  async applyStep(result, command) {
    const pending = result.gradePending === true;
    const item = result.grade ? gradeItem(this.list, result.grade,
      { skipped: command === 'skip', delivery: result.delivery, pending }) : null;
    // The offline grade decided the next step; the model's grade replaces it when it comes with the next message.
    const onGrade = pending && item
      ? (update) => replaceGrade(item, update.grade, { delivery: result.delivery }) : null;
    // A skip says a word, shows the reference, then asks the next question.
    if (result.message && result.next) interviewerMessage(this.list, result.message.kind, result.message.text);
    if (result.reference) referenceItem(this.list, result.reference);
    const message = result.next ?? result.message;
    if (message) {
      if (result.next) this.advance(message.kind, result.progress);
      if (result.next && message.kind === 'question') this.setCodeMode(asksForCode(message.text));
      if (typeof message.turn === 'number' && message.kind !== 'end') this.turnIndex = message.turn;
      // After a grade the view stays on the grade card; the message lands right below it.
      const said = await showNextMessage(this.list, message, api.eventsUrl(this.id), Boolean(result.grade), onGrade);
      this.voice.say(said);
      if (result.next && message.kind !== 'end') this.timer.restart();
    }
    const state = result.state ?? result.status;
    if (message?.kind === 'end' || state === 'finished' || state === 'ended') this.finish();
  }

  advance(kind, progress) {
    if (progress) {
      this.progress = { question: progress.question ?? this.progress.question, total: progress.total
        ?? this.progress.total, followUp: progress.followUp ?? 0 };
    } else if (kind === 'question') {
      this.progress = { ...this.progress, question: this.progress.question + 1, followUp: 0 };
    } else if (kind === 'follow-up') {
      this.progress = { ...this.progress, followUp: this.progress.followUp + 1 };
    }
    this.showProgress();
  }

  finish() {
    this.over = true;
    this.timer.stop();
    this.voice.finished();
    this.form.hidden = true;
    this.commands.hidden = true;
    this.voice.panel.hidden = true;
    if (prefs.activeInterview() === this.id) prefs.setActiveInterview(null);
    prefs.setDraft(this.id, null);
    const link = h('a', { class: 'button primary', href: `#/report/${encodeURIComponent(this.id)}`,
      dataset: { testid: 'report-link' } }, t('interview.viewReport'));
    this.finishedPanel.replaceChildren(h('p', {}, t('interview.finished')), link);
    this.finishedPanel.hidden = false;
    link.focus({ preventScroll: true });
    this.finishedPanel.scrollIntoView({ block: 'nearest' });
  }
}
