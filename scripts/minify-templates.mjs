/**
 * Rollup plugin: shrinks the static text of Lit's css`` and html`` templates in our sources before
 * bundling. CSS: comments go, whitespace collapses, no spaces around braces, semicolons and commas
 * or after colons. HTML: a run of whitespace that contains a line break becomes one space (the
 * same rendering outside `pre`, which our templates do not use). `${…}` expressions are left alone.
 */
const TEMPLATE = /\b(css|html|svg)`((?:[^`\\]|\\.)*)`/g;
const EXPRESSION = /(\$\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})/;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The source with the static text of its css``, html`` and svg`` templates shrunk. */
export function minifyTemplateLiterals(code) {
  return code.replace(TEMPLATE, (whole, tag, body) => {
    const minify = tag === 'css' ? minifyCss : minifyHtml;
    const parts = body.split(EXPRESSION).map((part, index) => (index % 2 === 1 ? part : minify(part)));
    return `${tag}\`${parts.join('')}\``;
  });
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyTemplateLiterals(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
