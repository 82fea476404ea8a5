/**
 * The page around the sections: one self-contained file (styles inline, charts as inline SVG,
 * no script, no external resource) whose Content-Security-Policy forbids scripts and fetching,
 * so even a mistake in escaping could not run or load anything. Readable on screen and printable.
 */
import type { Section } from './blocks.js';
import { escapeHtml as e } from './escape.js';
import type { Wording } from './wording.js';

const CSS = `
:root { --ink: #1d1d1f; --muted: #5b5b60; --rule: #d9d9de; --mark: #ffe08a; --cue: #8fb3d9; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.6 FONT; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2.5rem 0 .5rem; padding-top: .75rem; border-top: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: .98rem; margin: 1.25rem 0 .4rem; }
h5 { font-size: .85rem; margin: 0 0 .3rem; color: var(--muted); }
.subtitle, .note, figcaption, .n, .ci, footer, .design { color: var(--muted); }
.note { font-size: .9rem; margin: .25rem 0 1rem; }
.lead { font-size: 1rem; }
ul.findings { padding-left: 1.25rem; margin: .5rem 0 1rem; }
ul.findings li { margin: .2rem 0; }
caption { text-align: left; font-size: .85rem; color: var(--muted); padding: .25rem 0; caption-side: top; }
nav ol { font-size: .9rem; padding-left: 1.5rem; margin: .5rem 0; }
figure.chart { margin: 1rem 0; page-break-inside: avoid; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: .85rem; margin-top: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .86rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 1.5px solid var(--ink); font-weight: 600; }
tbody th { font-weight: normal; }
table.timeline td { text-align: right; }
table.timeline tbody th { white-space: nowrap; }
table.compare ul { list-style: none; margin: 0; padding: 0; }
.ci, .n { font-size: .8em; white-space: nowrap; }
.sig { color: #b00; font-weight: bold; }
.win { color: #999; }
.no-data { color: var(--muted); font-style: italic; }
.cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
blockquote.post { margin: 0 0 .75rem; padding: .5rem .75rem; border-left: 3px solid var(--rule); background: #fafafa; page-break-inside: avoid; break-inside: avoid; }
blockquote.post p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
blockquote.post footer { font-size: .78rem; margin-top: .25rem; overflow-wrap: anywhere; }
mark { background: var(--mark); padding: 0 .05em; }
.cue { text-decoration: underline 2px var(--cue); text-underline-offset: 3px; }
code { font-size: .8em; overflow-wrap: anywhere; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { page-break-after: avoid; break-after: avoid; }
  a { color: inherit; }
}
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface PageParts {
  readonly title: string;
  readonly subtitle: string;
  readonly design: string;
  /** The findings summary: the first thing under the title. */
  readonly findings: Section;
  readonly sections: readonly Section[];
  readonly footer: string;
}

export function page(parts: PageParts, w: Wording, font: string): string {
  const nav = [parts.findings, ...parts.sections].map((c) => `<li><a href="#${c.id}">${e(c.title)}</a></li>`).join('');
  return `<!doctype html>
<html lang="${w.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(parts.title)}</title>
<style>${CSS.replace('FONT', font)}</style>
</head>
<body>
<main>
<header>
<h1>${e(parts.title)}</h1>
${parts.findings.html}
<p class="subtitle">${e(parts.subtitle)}</p>
<p class="design">${e(parts.design)}</p>
<p class="lead">${e(w.t.lead)}</p>
<nav aria-label="${e(w.t.contents)}"><ol>${nav}</ol></nav>
</header>
${parts.sections.map((s) => s.html).join('\n\n')}
<footer><p>${e(parts.footer)}</p></footer>
</main>
</body>
</html>
`;
}
