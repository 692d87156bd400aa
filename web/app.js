// The interview page: start an interview, send answers, show each grade and the interviewer's next message.
const $ = (id) => document.getElementById(id);
let interviewId = null;

function safeMarkdown(text) {
  const html = window.marked ? window.marked.parse(text ?? '') : escapeText(text);
  return window.DOMPurify ? window.DOMPurify.sanitize(html) : escapeText(text);
}

function escapeText(text) {
  const div = document.createElement('div');
  div.textContent = text ?? '';
  return div.innerHTML;
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(data.error || `HTTP ${response.status}`);
  }
  return data;
}

function addMessage(role, text) {
  const item = document.createElement('li');
  item.className = `message ${role}`;
  item.dataset.testid = 'message';
  item.innerHTML = safeMarkdown(text);
  $('messages').append(item);
  item.scrollIntoView({ block: 'end' });
}

function addPlain(role, text) {
  const item = document.createElement('li');
  item.className = `message ${role}`;
  item.textContent = text;
  $('messages').append(item);
}

function pointList(title, items, className) {
  if (!items.length) return null;
  const section = document.createElement('div');
  section.className = className;
  const heading = document.createElement('h4');
  heading.textContent = title;
  const list = document.createElement('ul');
  for (const text of items) {
    const li = document.createElement('li');
    li.textContent = text;
    list.append(li);
  }
  section.append(heading, list);
  return section;
}

function addGrade(grade) {
  const card = document.createElement('li');
  card.className = `grade band-${grade.band}`;
  card.dataset.testid = 'grade';
  const head = document.createElement('div');
  head.className = 'grade-head';
  head.textContent = `${grade.score.toFixed(1)} / 10 · ${grade.band}`;
  card.append(head);
  const parts = [
    pointList('覆盖的要点', grade.covered.map((p) => p.text), 'covered'),
    pointList('遗漏的要点', grade.missed.map((p) => p.text), 'missed'),
    pointList('错误说法', grade.pitfalls.map((p) => p.claim), 'pitfalls'),
  ];
  parts.filter(Boolean).forEach((p) => card.append(p));
  const feedback = document.createElement('p');
  feedback.textContent = grade.feedback;
  card.append(feedback);
  for (const ref of grade.references) {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = ref.source;
    const snippet = document.createElement('div');
    snippet.innerHTML = safeMarkdown(ref.snippet);
    details.append(summary, snippet);
    card.append(details);
  }
  $('messages').append(card);
}

async function start() {
  $('setup-error').textContent = '';
  $('start').disabled = true;
  try {
    const created = await api('POST', '/api/interviews', {
      topics: [],
      questions: Number($('questions').value),
      followUps: Number($('followups').value),
      language: $('language').value,
      mode: 'interview',
    });
    interviewId = created.id;
    $('setup').hidden = true;
    $('chat').hidden = false;
    addMessage('interviewer', created.message.text);
    $('answer').focus();
  } catch (error) {
    $('setup-error').textContent = error.message;
  } finally {
    $('start').disabled = false;
  }
}

async function send(event) {
  event.preventDefault();
  const text = $('answer').value;
  if (!text.trim()) return;
  $('answer-error').textContent = '';
  $('send').disabled = true;
  $('answer').disabled = true;
  try {
    const result = await api('POST', `/api/interviews/${interviewId}/answers`, { text });
    addPlain('candidate', text);
    $('answer').value = '';
    updateCount();
    addGrade(result.grade);
    addMessage('interviewer', result.next.text);
    if (result.next.kind === 'end') {
      $('answer-form').hidden = true;
    }
  } catch (error) {
    // The answer stays in the box: nothing typed is lost when a request fails.
    $('answer-error').textContent = error.message;
  } finally {
    $('send').disabled = false;
    $('answer').disabled = false;
  }
}

function updateCount() {
  $('count').textContent = String($('answer').value.length);
}

async function showEngine() {
  try {
    const health = await api('GET', '/api/health');
    $('engine').textContent = health.engine === 'llm' ? `LLM · ${health.model}` : `离线引擎 · ${health.cards} cards`;
  } catch (error) {
    $('engine').textContent = '';
  }
}

$('start').addEventListener('click', start);
$('answer-form').addEventListener('submit', send);
$('answer').addEventListener('input', updateCount);
$('answer').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send(event);
});
showEngine();
