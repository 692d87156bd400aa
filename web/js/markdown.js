// Markdown with LaTeX (KaTeX) and code, always sanitised by DOMPurify before it reaches the DOM.
// Raw HTML inside the text is shown as text (only <br> is kept), so an answer quoted back cannot add elements.

let parser = null;
let hooked = false;

const BLOCK_MATH = [/^\$\$([\s\S]+?)\$\$/, /^\\\[([\s\S]+?)\\\]/];
// $...$ must hug its content and not be followed by a digit, so "costs $5 and $10" stays text.
const INLINE_MATH = [/^\$\$([^$]+?)\$\$/, /^\$(?!\s)((?:\\.|[^\\$\n])+?)(?<!\s)\$(?!\d)/, /^\\\(([\s\S]+?)\\\)/];

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  }[c]));
}

function tex(source, displayMode) {
  if (!window.katex) return escapeHtml(displayMode ? `$$${source}$$` : `$${source}$`);
  return window.katex.renderToString(source, {
    displayMode, throwOnError: false, trust: false, strict: 'ignore', output: 'htmlAndMathml',
  });
}

const mathBlock = {
  name: 'mathBlock',
  level: 'block',
  start(src) {
    const i = src.search(/\$\$|\\\[/);
    return i < 0 ? undefined : i;
  },
  tokenizer(src) {
    for (const pattern of BLOCK_MATH) {
      const match = pattern.exec(src);
      if (match) return { type: 'mathBlock', raw: match[0], text: match[1].trim() };
    }
    return undefined;
  },
  renderer(token) {
    return `<div class="math-block">${tex(token.text, true)}</div>\n`;
  },
};

const mathInline = {
  name: 'mathInline',
  level: 'inline',
  start(src) {
    const i = src.search(/\$|\\\(/);
    return i < 0 ? undefined : i;
  },
  tokenizer(src) {
    for (const [n, pattern] of INLINE_MATH.entries()) {
      const match = pattern.exec(src);
      if (match) return { type: 'mathInline', raw: match[0], text: match[1].trim(), display: n === 0 };
    }
    return undefined;
  },
  renderer(token) {
    return tex(token.text, token.display);
  },
};

function markedParser() {
  if (parser || !window.marked) return parser;
  parser = new window.marked.Marked({
    gfm: true,
    breaks: true,
    extensions: [mathBlock, mathInline],
    renderer: {
      html(token) {
        const raw = token.raw ?? token.text ?? '';
        return /^<br\s*\/?>$/i.test(raw.trim()) ? '<br>' : escapeHtml(raw);
      },
    },
  });
  return parser;
}

function hookLinks() {
  if (hooked || !window.DOMPurify) return;
  hooked = true;
  // Links from notes open in a new tab without handing it this page.
  window.DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.getAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}

/** Markdown to sanitised HTML; without the libraries, the escaped text. */
export function renderMarkdown(text) {
  const md = markedParser();
  if (!md || !window.DOMPurify) return escapeHtml(text).replace(/\n/g, '<br>');
  hookLinks();
  const html = md.parse(String(text ?? ''));
  // KaTeX's MathML keeps its TeX source in <annotation> for screen readers; allow that, nothing else extra.
  return window.DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true, mathMl: true, svg: true },
    ADD_TAGS: ['semantics', 'annotation'],
    ADD_ATTR: ['encoding'],
  });
}

/** Sets an element's content to rendered Markdown and returns the element. */
export function setMarkdown(el, text) {
  el.innerHTML = renderMarkdown(text);
  el.classList.add('md');
  return el;
}

/** A new element holding rendered Markdown. */
export function markdownBlock(text, tag = 'div', className = '') {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return setMarkdown(el, text);
}
