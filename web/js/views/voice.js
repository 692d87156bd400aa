// The interview's voice controls: the microphone button and its status line, "read aloud", hands-free, and the
// voice settings. Answers spoken here land in the answer box as text to check before sending.
import { api } from '../api.js';
import { h } from '../dom.js';
import { health } from '../health.js';
import { t } from '../i18n.js';
import { listeningMode, recognise, record } from '../listen.js';
import { prefs } from '../prefs.js';
import { speak, stopSpeaking, synthesisAvailable, voicesFor } from '../speech.js';

const ERRORS = { 413: 'voice.error.tooLong', 415: 'voice.error.format', 422: 'voice.error.nothing',
  503: 'voice.error.endpoint', 504: 'voice.error.timeout' };

/** Voice for one interview. hooks: insert(text) puts words in the answer box, turn() the open turn's index. */
export class VoiceControls {
  constructor(interviewId, language, hooks) {
    this.id = interviewId;
    this.language = language;
    this.hooks = hooks;
    this.session = null;
    this.spoken = null;
    this.mode = 'none';
    this.settings = prefs.voice();
    this.mic = h('button', { type: 'button', class: 'mic', dataset: { testid: 'mic' }, disabled: true,
      'aria-pressed': 'false', 'aria-label': t('voice.mic'), title: t('voice.mic'),
      on: { click: () => this.toggleListening() } }, h('span', { class: 'mic-icon', 'aria-hidden': 'true' }));
    this.level = h('span', { class: 'level', 'aria-hidden': 'true' });
    this.status = h('p', { class: 'transcript-status muted', role: 'status', 'aria-live': 'polite',
      dataset: { testid: 'transcript-status' } });
    this.notice = h('p', { class: 'voice-notice', hidden: true, dataset: { testid: 'voice-notice' } });
    this.speakToggle = h('button', { type: 'button', class: 'ghost small', dataset: { testid: 'speak' },
      'aria-pressed': String(Boolean(this.settings.speak)), title: t('voice.speakTitle'),
      on: { click: () => this.setSpeak(!this.settings.speak) } }, t('voice.speak'));
    this.panel = this.settingsPanel();
    health().then((hd) => this.configure(hd));
  }

  configure(hd) {
    this.health = hd;
    const { mode, reason } = listeningMode(hd);
    this.mode = mode;
    this.mic.disabled = mode === 'none';
    if (mode === 'none') {
      this.mic.title = t(reason);
      this.showStatus(t(reason));
    } else if (mode === 'browser') {
      this.notice.textContent = t('voice.browserNotice');
      this.notice.hidden = false;
    }
    this.keepRow.hidden = mode !== 'server';
    this.serverVoiceRow.hidden = !hd?.voice?.speech;
    this.speakUnavailable = !synthesisAvailable() && !hd?.voice?.speech;
    this.speakToggle.disabled = this.speakUnavailable;
    this.fillVoices();
  }

  settingsPanel() {
    const check = (key, label, testid) => {
      const input = h('input', { type: 'checkbox', checked: Boolean(this.settings[key]), dataset: { testid },
        on: { change: () => this.save({ [key]: input.checked }) } });
      return h('label', { class: 'check' }, input, ' ', label);
    };
    this.voiceSelect = h('select', { dataset: { testid: 'voice-name' },
      on: { change: () => this.save({ voiceName: this.voiceSelect.value }) } });
    const rate = h('input', { type: 'range', min: '0.6', max: '1.6', step: '0.1', value: String(this.settings.rate ?? 1),
      dataset: { testid: 'voice-rate' }, 'aria-label': t('voice.rate') });
    const rateValue = h('span', { class: 'muted' }, `${Number(rate.value).toFixed(1)}×`);
    rate.addEventListener('input', () => {
      rateValue.textContent = `${Number(rate.value).toFixed(1)}×`;
      this.save({ rate: Number(rate.value) });
    });
    this.keepRow = h('div', { hidden: true }, check('keepRecordings', t('voice.keep'), 'keep-recordings'),
      h('p', { class: 'muted hint' }, t('voice.keepHint')));
    this.serverVoiceRow = h('div', { hidden: true }, check('serverVoice', t('voice.serverVoice'), 'server-voice'));
    if ('speechSynthesis' in window) {
      window.speechSynthesis.addEventListener?.('voiceschanged', () => this.fillVoices());
    }
    return h('details', { class: 'voice-settings', dataset: { testid: 'voice-settings' } },
      h('summary', {}, t('voice.settings')),
      h('div', { class: 'voice-grid' },
        check('handsFree', t('voice.handsFree'), 'hands-free'),
        h('label', {}, t('voice.voice'), ' ', this.voiceSelect),
        h('label', {}, t('voice.rate'), ' ', rate, ' ', rateValue),
        this.serverVoiceRow, this.keepRow,
        h('p', { class: 'muted hint' }, t('voice.privacy'))));
  }

  fillVoices() {
    const voices = voicesFor(this.language);
    const options = [h('option', { value: '' }, t('voice.auto'))].concat(voices.map((v) => h('option',
      { value: v.name, selected: v.name === this.settings.voiceName }, `${v.name} (${v.lang})`)));
    this.voiceSelect.replaceChildren(...options);
  }

  save(changes) {
    this.settings = { ...this.settings, ...changes };
    prefs.setVoice(changes);
  }

  setSpeak(on) {
    this.save({ speak: on });
    this.speakToggle.setAttribute('aria-pressed', String(on));
    if (!on) stopSpeaking();
  }

  /** Reads an interviewer message aloud when "read aloud" is on; then, hands-free, starts listening. */
  async say(text) {
    if (this.settings.speak && text) {
      await speak(text, { language: this.language, voiceName: this.settings.voiceName, rate: this.settings.rate,
        server: Boolean(this.settings.serverVoice && this.health?.voice?.speech) });
    }
    if (this.settings.handsFree && this.mode !== 'none' && !this.session && !this.closed) this.startListening();
  }

  setBusy(busy) {
    this.mic.disabled = busy || this.mode === 'none' || Boolean(this.closed);
    if (this.speakUnavailable) this.speakToggle.disabled = true;
  }

  /** How the answer about to be sent was spoken, or null when it was typed. */
  spokenFor(answerText) {
    const spoken = this.spoken;
    if (!spoken || !answerText.trim() || spoken.seconds <= 0) return null;
    return { transcript: spoken.transcript.trim(), seconds: Math.round(spoken.seconds * 10) / 10,
      pauses: spoken.pauses };
  }

  /** The answer was sent, or the box emptied: what was spoken no longer describes what is in it. */
  forgetSpoken() {
    this.spoken = null;
  }

  toggleListening() {
    if (this.session) this.stopListening();
    else this.startListening();
  }

  async startListening() {
    stopSpeaking();
    this.mic.setAttribute('aria-pressed', 'true');
    this.mic.classList.add('recording');
    this.showStatus(t('voice.status.listening'));
    const options = {
      onTick: (level) => { this.level.style.setProperty('--level', level.toFixed(2)); },
      onSilence: () => { if (this.settings.handsFree) this.stopListening(); },
    };
    try {
      this.session = this.mode === 'server' ? await record(options)
        : await recognise(this.language, { ...options,
          onText: (final, interim) => this.showStatus(`${t('voice.status.listening')} ${final}${interim}`) });
    } catch (e) {
      this.resetMic();
      this.showStatus(t(e?.name === 'NotAllowedError' ? 'voice.error.denied' : 'voice.error.mic'), true);
    }
  }

  async stopListening() {
    const session = this.session;
    if (!session) return;
    this.session = null;
    this.resetMic();
    this.mic.disabled = true;
    try {
      if (this.mode === 'server') await this.transcribe(await session.stop());
      else this.accept(await session.stop());
    } finally {
      this.mic.disabled = this.mode === 'none';
    }
  }

  async transcribe(recording) {
    this.showStatus(t('voice.status.transcribing'));
    const form = new FormData();
    const type = recording.blob.type || 'audio/webm';
    form.append('audio', recording.blob, `answer.${type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a'
      : 'webm'}`);
    form.append('language', this.language);
    if (this.settings.keepRecordings) {
      form.append('keep', 'true');
      form.append('interview', this.id);
      form.append('turn', String(this.hooks.turn()));
    }
    try {
      const heard = await api.transcribe(form);
      this.accept({ text: heard.text, seconds: recording.seconds || heard.seconds, pauses: recording.pauses });
    } catch (e) {
      const key = ERRORS[e.status] ?? 'voice.error.endpoint';
      this.showStatus(`${t(key, { message: e.message })} ${t('voice.typedSafe')}`, true);
    }
  }

  accept({ text, seconds, pauses }) {
    if (!text) {
      this.showStatus(`${t('voice.error.nothing')} ${t('voice.typedSafe')}`, true);
      return;
    }
    const before = this.spoken ?? { transcript: '', seconds: 0, pauses: [] };
    this.spoken = { transcript: `${before.transcript} ${text}`, seconds: before.seconds + seconds,
      pauses: before.pauses.concat(pauses ?? []) };
    this.hooks.insert(text);
    this.showStatus(t('voice.status.ready'));
  }

  resetMic() {
    this.mic.setAttribute('aria-pressed', 'false');
    this.mic.classList.remove('recording');
    this.level.style.setProperty('--level', '0');
  }

  showStatus(text, error = false) {
    this.status.textContent = text;
    this.status.classList.toggle('error', error);
    this.status.classList.toggle('muted', !error);
  }

  /** The interview is over: no more listening; a closing message being read goes on. */
  finished() {
    this.closed = true;
    this.session?.cancel();
    this.session = null;
    this.resetMic();
    this.mic.disabled = true;
  }

  /** The page is left: stop talking and listening. */
  close() {
    this.finished();
    stopSpeaking();
  }
}
