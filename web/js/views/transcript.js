// Reads the interview document the API returns (GET /api/interviews/{id}) into what the interview view shows.

const handedOff = new Map();

/** Keeps the POST /api/interviews answer so the interview view can show the first question at once. */
export function handOff(created) {
  handedOff.set(created.id, created);
}

export function takeHandOff(id) {
  const created = handedOff.get(id);
  handedOff.delete(id);
  return created;
}

const textOf = (prompt) => (typeof prompt === 'string' ? prompt : prompt?.text ?? '');

function turnOf(raw, i) {
  const prompt = raw.prompt ?? raw.message ?? {};
  return {
    index: raw.index ?? i,
    question: raw.question ?? 1,
    kind: raw.kind ?? 'question',
    prompt: textOf(prompt),
    engine: prompt.engine ?? 'offline',
    fallback: prompt.fallback === true,
    pending: prompt.pending === true,
    hints: (raw.hints ?? []).map((hint) => (typeof hint === 'string' ? hint : hint.text)),
    answer: raw.answer ?? '',
    status: raw.status ?? 'asked',
    grade: raw.grade ?? null,
    delivery: raw.delivery ?? null,
  };
}

function progressOf(turns, total) {
  const last = turns[turns.length - 1];
  if (!last) return { question: 1, total, followUp: 0 };
  const followUp = last.kind === 'follow-up'
    ? turns.filter((turn) => turn.question === last.question && turn.kind === 'follow-up').length : 0;
  return { question: last.question, total, followUp };
}

/** The transcript from GET /api/interviews/{id}, tolerant of optional fields. */
export function transcriptOf(data) {
  const turns = (data.turns ?? []).map(turnOf);
  const total = data.cardIds?.length ?? data.questions ?? data.config?.questions ?? turns.length;
  const status = data.status ?? 'active';
  return {
    id: data.id,
    status,
    over: status !== 'active',
    mode: data.config?.mode ?? data.mode ?? 'interview',
    language: data.config?.language ?? 'zh',
    createdAt: data.createdAt,
    closing: data.closing ?? '',
    total,
    turns,
    progress: data.progress ? normalizeProgress(data.progress, total) : progressOf(turns, total),
  };
}

function normalizeProgress(progress, total) {
  return {
    question: progress.question ?? progress.current ?? 1,
    total: progress.total ?? progress.questions ?? total,
    followUp: progress.followUp ?? progress.followUps ?? 0,
  };
}

/** A one-turn transcript from the POST /api/interviews answer, for when the GET is not there. */
export function transcriptFromCreated(created) {
  const message = created.message ?? {};
  const total = created.questions ?? created.config?.questions ?? created.progress?.total ?? 1;
  const turns = [turnOf({ index: 0, question: 1, kind: message.kind ?? 'question', prompt: message }, 0)];
  return {
    id: created.id, status: 'active', over: false, mode: created.config?.mode ?? 'interview',
    language: created.config?.language ?? 'zh', createdAt: created.createdAt, closing: '', total, turns,
    progress: created.progress ? normalizeProgress(created.progress, total) : progressOf(turns, total),
  };
}
