// Search snippets are cut out of notes, often inside a formula: cut the broken formula off so no raw LaTeX shows.

const looksLikeTex = (text) => /[\\^_{}]/.test(text);

/** Drops an unclosed $$ tail, and a half formula at either end of the snippet, marking the cut with "…". */
export function tidySnippet(text) {
  let s = String(text ?? '');
  const blocks = s.split('$$');
  if (blocks.length % 2 === 0) s = `${blocks.slice(0, -1).join('$$')}…`;
  const singles = [...s.matchAll(/(?<![$\\])\$(?!\$)/g)].map((m) => m.index);
  if (singles.length % 2 === 1) {
    const first = singles[0];
    if (looksLikeTex(s.slice(0, first))) {
      s = `…${s.slice(first + 1)}`;
    } else {
      s = `${s.slice(0, singles[singles.length - 1])}…`;
    }
  }
  return s;
}
