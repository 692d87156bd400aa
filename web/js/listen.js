// Listening to a spoken answer: the microphone through MediaRecorder (uploaded to POST /api/transcribe) or, with
// no speech endpoint, the browser's own SpeechRecognition. A Web Audio level meter runs beside either: it finds
// the silences inside the answer (delivery feedback) and, hands-free, ends the recording after about 2 s of quiet.
import { localeOf } from './speech.js';

/** Quiet this long, after some speech, ends a hands-free recording. */
export const SILENCE_ENDS_MS = 2000;
/** Silences shorter than this are breaths between words, not pauses. */
const PAUSE_MIN_MS = 300;
/** The server's limit (AudioClip.MAX_SECONDS): a recording stops itself before it. */
const MAX_MS = 295_000;
const TICK_MS = 50;

function recognitionClass() {
  return window.SpeechRecognition || window.webkitSpeechRecognition || null;
}

function canRecord() {
  return Boolean(navigator.mediaDevices?.getUserMedia) && typeof window.MediaRecorder === 'function';
}

/**
 * How this page can hear an answer, given GET /api/health: "server" (record, upload, the server transcribes),
 * "browser" (the browser's recogniser; its vendor hears the audio) or "none" with the reason (an i18n key).
 */
export function listeningMode(health) {
  if (health?.voice?.transcribe && canRecord()) return { mode: 'server' };
  if (recognitionClass()) return { mode: 'browser' };
  if (health?.voice?.transcribe) {
    return { mode: 'none', reason: window.isSecureContext === false ? 'voice.why.insecure' : 'voice.why.noRecorder' };
  }
  return { mode: 'none', reason: 'voice.why.noEndpoint' };
}

/**
 * Watches the microphone's level. onTick(level 0-1); onSilence() once quiet lasts SILENCE_ENDS_MS after speech.
 * finish() returns {seconds: first to last sound, pauses: silences inside, in seconds}.
 */
function levelMeter(stream, { onTick, onSilence }) {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return { finish: () => ({ seconds: 0, pauses: [] }), close() {} };
  const context = new Context();
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  context.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const started = performance.now();
  let floor = 0.01;
  let firstSound = null;
  let lastSound = null;
  let quietSince = null;
  let told = false;
  const pauses = [];
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const s of samples) sum += s * s;
    const rms = Math.sqrt(sum / samples.length);
    const now = performance.now();
    // The noise floor follows the quiet moments; speech is well above it.
    if (rms < floor * 1.5) floor = floor * 0.95 + rms * 0.05;
    const loud = rms > Math.max(0.015, floor * 3);
    onTick?.(Math.min(1, rms * 8));
    if (loud) {
      if (quietSince !== null && firstSound !== null && now - quietSince >= PAUSE_MIN_MS) {
        pauses.push((now - quietSince) / 1000);
      }
      firstSound ??= now;
      lastSound = now;
      quietSince = null;
    } else if (quietSince === null) {
      quietSince = now;
    }
    if (!told && firstSound !== null && quietSince !== null && now - quietSince >= SILENCE_ENDS_MS) {
      told = true;
      onSilence?.();
    }
    if (!told && now - started >= MAX_MS) {
      told = true;
      onSilence?.();
    }
  }, TICK_MS);
  return {
    finish: () => ({
      seconds: firstSound === null ? 0 : Math.max(0.1, (lastSound - firstSound + TICK_MS) / 1000),
      pauses: pauses.map((p) => Math.round(p * 10) / 10),
    }),
    close() {
      clearInterval(timer);
      context.close().catch(() => {});
    },
  };
}

/**
 * Starts recording. Options: onTick(level), onSilence() (hands-free: the caller stops). Resolves with
 * {stop(): Promise<{blob, seconds, pauses}>, cancel()}; rejects when the microphone is refused.
 */
export async function record({ onTick, onSilence } = {}) {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
  const recorder = new MediaRecorder(stream);
  const chunks = [];
  recorder.addEventListener('dataavailable', (event) => { if (event.data?.size) chunks.push(event.data); });
  const meter = levelMeter(stream, { onTick, onSilence });
  const started = performance.now();
  recorder.start(1000);
  const release = () => {
    meter.close();
    stream.getTracks().forEach((track) => track.stop());
  };
  return {
    stop: () => new Promise((resolve) => {
      const measured = meter.finish();
      recorder.addEventListener('stop', () => {
        release();
        const blob = new Blob(chunks, { type: recorder.mimeType || 'audio/webm' });
        resolve({ blob, seconds: measured.seconds || (performance.now() - started) / 1000,
          pauses: measured.pauses });
      }, { once: true });
      recorder.stop();
    }),
    cancel: () => {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}

/**
 * Listens with the browser's recogniser (the audio goes to the browser's vendor). onText(final, interim) as words
 * arrive. Resolves with {stop(): Promise<{text, seconds, pauses}>, cancel()}.
 */
export async function recognise(language, { onText, onTick, onSilence } = {}) {
  const Recognition = recognitionClass();
  const recognition = new Recognition();
  recognition.lang = localeOf(language);
  recognition.continuous = true;
  recognition.interimResults = true;
  let finalText = '';
  let stream = null;
  let meter = null;
  try {
    stream = await navigator.mediaDevices?.getUserMedia({ audio: true });
    if (stream) meter = levelMeter(stream, { onTick, onSilence });
  } catch {
    // The recogniser still works without the level meter: no pauses, no hands-free end.
  }
  const started = performance.now();
  recognition.addEventListener('result', (event) => {
    let interim = '';
    for (let i = event.resultIndex; i < event.results.length; i += 1) {
      const piece = event.results[i][0].transcript;
      if (event.results[i].isFinal) finalText += piece;
      else interim += piece;
    }
    onText?.(finalText, interim);
  });
  let ended = null;
  const endedPromise = new Promise((resolve) => { ended = resolve; });
  recognition.addEventListener('end', () => ended());
  recognition.addEventListener('error', () => ended());
  recognition.start();
  const release = () => {
    meter?.close();
    stream?.getTracks().forEach((track) => track.stop());
  };
  return {
    stop: async () => {
      const measured = meter ? meter.finish() : { seconds: 0, pauses: [] };
      recognition.stop();
      await Promise.race([endedPromise, new Promise((r) => { setTimeout(r, 3000); })]);
      release();
      return { text: finalText.trim(), seconds: measured.seconds || (performance.now() - started) / 1000,
        pauses: measured.pauses };
    },
    cancel: () => {
      recognition.abort();
      release();
    },
  };
}
