// Chart.js charts in the page's colours; each chart also gets a text alternative for screen readers.
import { h } from './dom.js';

function colours() {
  const style = getComputedStyle(document.documentElement);
  const v = (name) => style.getPropertyValue(name).trim();
  return { accent: v('--accent'), text: v('--text'), muted: v('--muted'), grid: v('--border') };
}

function base(c) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { display: false } },
    color: c.text,
  };
}

/** A canvas in a sized box, labelled, with a hidden table of the same numbers. */
export function chartBox(label, rows) {
  const canvas = h('canvas', { role: 'img', 'aria-label': label });
  const table = h('table', { class: 'visually-hidden' }, h('caption', {}, label),
    h('tbody', {}, rows.map(([name, value]) => h('tr', {}, h('th', { scope: 'row' }, name), h('td', {}, value)))));
  return { canvas, element: h('div', { class: 'chart' }, canvas, table) };
}

const MAX_LABEL = 12;
const shorten = (label) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/** Scores 0-10 per topic: a radar from three topics on, bars below that. Returns the chart (or null). */
export function topicChart(canvas, labels, values, seriesLabel) {
  if (!window.Chart) return null;
  const c = colours();
  const radar = labels.length >= 3;
  const dataset = { label: seriesLabel, data: values, backgroundColor: radar ? `${c.accent}33` : c.accent,
    borderColor: c.accent, pointBackgroundColor: c.accent, borderWidth: 2 };
  const scale = { min: 0, max: 10, ticks: { color: c.muted, backdropColor: 'transparent', stepSize: 2 },
    grid: { color: c.grid }, angleLines: { color: c.grid },
    pointLabels: { color: c.text, font: { size: 13 }, callback: shorten } };
  return new window.Chart(canvas, {
    type: radar ? 'radar' : 'bar',
    data: { labels, datasets: [dataset] },
    options: radar ? { ...base(c), scales: { r: scale } }
      : { ...base(c), indexAxis: 'y', scales: { x: { ...scale }, y: { grid: { display: false }, ticks: {
        color: c.text, callback(value) { return shorten(this.getLabelForValue(value)); } } } } },
  });
}

/** Scores over time. */
export function trendChart(canvas, labels, values, seriesLabel) {
  if (!window.Chart) return null;
  const c = colours();
  return new window.Chart(canvas, {
    type: 'line',
    data: { labels, datasets: [{ label: seriesLabel, data: values, borderColor: c.accent, backgroundColor: c.accent,
      tension: 0.25, pointRadius: 4, spanGaps: true }] },
    options: { ...base(c), scales: {
      y: { min: 0, max: 10, ticks: { color: c.muted, stepSize: 2 }, grid: { color: c.grid } },
      x: { ticks: { color: c.muted, maxRotation: 0, autoSkip: true }, grid: { display: false } },
    } },
  });
}
