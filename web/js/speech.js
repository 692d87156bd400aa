// Reading interviewer messages aloud: the browser's speechSynthesis in the interview's language, or the server's
// voice (POST /api/speech, --tts-model) when the candidate picks it. Formulas and code are not read out as symbols.
import { api } from './api.js';

const LOCALES = { zh: 'zh-CN', en: 'en-US' };
const WORDS = {
  zh: { formula: '公式', code: '代码' },
  en: { formula: 'formula', code: 'code' },
};

export function localeOf(language) {
  return LOCALES[language] ?? LOCALES.zh;
}

/**
 * The words to say for a Markdown message: display and inline formulas become "formula", code blocks "code",
 * links their text, and Markdown marks go.
 */
export function speakableText(markdown, language) {
  const w = WORDS[language] ?? WORDS.zh;
  return String(markdown ?? '')
    .replace(/```[\s\S]*?(```|$)/g, ` ${w.code} `)
    .replace(/\$\$[\s\S]*?\$\$|\\\[[\s\S]*?\\\]/g, ` ${w.formula} `)
    .replace(/\\\([\s\S]*?\\\)|\$[^$\n]+\$/g, ` ${w.formula} `)
    .replace(/`([^`\n]{1,40})`/g, '$1')
    .replace(/`[^`\n]*`/g, ` ${w.code} `)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_~|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function synthesisAvailable() {
  return 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}

/** The browser's voices for a language ("zh" or "en"), its own locale first. */
export function voicesFor(language) {
  if (!synthesisAvailable()) return [];
  const locale = localeOf(language).toLowerCase();
  const prefix = locale.slice(0, 2);
  const all = window.speechSynthesis.getVoices() || [];
  const exact = all.filter((v) => (v.lang || '').toLowerCase().replace('_', '-') === locale);
  const near = all.filter((v) => (v.lang || '').toLowerCase().startsWith(prefix) && !exact.includes(v));
  return [...exact, ...near];
}

let current = null;

/** Stops whatever is being said. */
export function stopSpeaking() {
  if (current) current.stop();
  current = null;
  if (synthesisAvailable()) window.speechSynthesis.cancel();
}

/**
 * Says the text; resolves when it has been said (or could not be). Options: language ("zh" | "en"), voiceName,
 * rate (0.5-2), server (true: the server voice).
 */
export function speak(markdown, { language = 'zh', voiceName = '', rate = 1, server = false } = {}) {
  stopSpeaking();
  const text = speakableText(markdown, language);
  if (!text) return Promise.resolve();
  return server ? speakOnServer(text, rate) : speakInBrowser(text, language, voiceName, rate);
}

function speakInBrowser(text, language, voiceName, rate) {
  if (!synthesisAvailable()) return Promise.resolve();
  const utterance = new window.SpeechSynthesisUtterance(text);
  utterance.lang = localeOf(language);
  utterance.rate = rate;
  const voices = voicesFor(language);
  const voice = voices.find((v) => v.name === voiceName) ?? voices[0];
  if (voice) utterance.voice = voice;
  return new Promise((resolve) => {
    // Some browsers never fire "end" (no voice installed, a headless browser): a generous guess stands in.
    const guess = setTimeout(done, 2000 + (text.length * (language === 'zh' ? 260 : 80)) / rate);
    function done() {
      clearTimeout(guess);
      resolve();
    }
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    current = { stop: done };
    window.speechSynthesis.speak(utterance);
  });
}

async function speakOnServer(text, rate) {
  let blob;
  try {
    blob = await api.speech(text);
  } catch {
    return undefined;
  }
  const url = URL.createObjectURL(blob);
  const audio = new Audio(url);
  audio.playbackRate = rate;
  return new Promise((resolve) => {
    const done = () => {
      audio.pause();
      URL.revokeObjectURL(url);
      resolve();
    };
    audio.addEventListener('ended', done);
    audio.addEventListener('error', done);
    current = { stop: done };
    audio.play().catch(done);
  });
}
