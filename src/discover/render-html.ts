/**
 * A discovery as one self-contained HTML page (styles inline, no script, no external resource, a
 * Content-Security-Policy that forbids both): every text from posts and lexicons is escaped, the
 * distinctive terms are <mark>ed in the examples.
 */
import { escapeHtml as e } from '../report/html/escape.js';
import type { Discovery } from './discovery.js';
import type { DiscoveryMeta } from './render-json.js';
import { formatShare, guidance, markedExcerpt } from './render-text.js';
import { describeScope } from './scope.js';
import { viewpointSnippet } from './snippet.js';
import type { Theme } from './themes.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const CSS = `body{margin:0;font:15px/1.6 system-ui,"Noto Sans CJK TC","Noto Sans CJK SC",sans-serif;color:#1d1d1f}
main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem 4rem}h2{border-top:2px solid #1d1d1f;padding-top:.75rem;margin-top:2.5rem}
.note,.n{color:#5b5b60;font-size:.9rem}table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.86rem}
th,td{border-bottom:1px solid #d9d9de;padding:.3rem .5rem;text-align:left}mark{background:#ffe08a}
blockquote{margin:0 0 .75rem;padding:.5rem .75rem;border-left:3px solid #d9d9de;background:#fafafa;overflow-wrap:anywhere}
pre{background:#f4f4f6;padding:.75rem;overflow-x:auto;font-size:.8rem}`;

function knownList(d: Discovery): string {
  return d.known.length === 0 ? '' : ` (${d.known.map((t) => `${t.known} ${t.size}`).join(', ')})`;
}

function counts(c: Readonly<Record<string, number>>): string {
  const entries = Object.entries(c);
  return entries.length === 0 ? '—' : entries.map(([k, n]) => `${e(k)} <span class="n">${n}</span>`).join(', ');
}

function themeSection(t: Theme, d: Discovery, meta: DiscoveryMeta): string {
  const scope = describeScope(d.scope);
  const regions = Object.entries(t.regions)
    .map(([r, s]) => `<tr><th>${e(r)}</th><td>${e(formatShare(s))}</td></tr>`)
    .join('');
  const terms = t.terms.map((x) => `<tr><td>${e(x.form)}</td><td>${x.count}</td><td>${x.otherCount}</td><td>${x.g2.toFixed(1)}</td></tr>`).join('');
  const examples = t.examples
    .map((x) => `<blockquote><p>${markedExcerpt(x, '<mark>', '</mark>', e)}</p><p class="n">${e(x.id)} · ${e(x.region)}</p></blockquote>`)
    .join('\n');
  const snippet = viewpointSnippet(t, { totalThemes: d.themes.length, scope, seed: d.seed, topics: meta.topics });
  return `<section id="theme-${t.rank}">
<h2>Theme ${t.rank}: ${e(
    t.terms
      .slice(0, 5)
      .map((x) => x.form)
      .join(' · ') || '—',
  )}</h2>
<p>${t.size} posts: ${e(formatShare(t.share))} of ${e(scope)}</p>
<table><thead><tr><th>region</th><th>share of the region's posts in scope [95% Wilson]</th></tr></thead><tbody>${regions}</tbody></table>
<table><thead><tr><th>distinctive term</th><th>in the theme</th><th>in other themes</th><th>G²</th></tr></thead><tbody>${terms}</tbody></table>
<p>Labels its posts carry — topics: ${counts(t.labels.topics)}; viewpoints: ${counts(t.labels.viewpoints)}</p>
${examples}
<pre>${e(snippet)}</pre>
</section>`;
}

export function discoveryHtml(d: Discovery, meta: DiscoveryMeta): string {
  const title = `Themes: ${describeScope(d.scope)}`;
  const auto = d.fit.auto
    ? ` chosen by --auto (top-term stability across seeds: ${d.fit.auto.stability.map((s) => `k=${s.k} ${s.stability.toFixed(3)}`).join(', ')})`
    : '';
  return `<!doctype html>
<html lang="und">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
<p class="note">${e(meta.input.file)} (${e(meta.input.sha256)}) · lexicon ${e(`${meta.lexicon.id} ${meta.lexicon.version} ${meta.lexicon.hash}`)} · tagger ${e(meta.tagger?.method ?? 'unknown')} · ${e(meta.tool.name)} ${e(meta.tool.version)}</p>
<p>${d.counts.inScope} posts in scope of ${meta.read} read: ${d.counts.assigned} in ${d.themes.length} themes, ${d.counts.known} leaning to a known viewpoint${e(knownList(d))}, ${d.counts.unassigned} with no word of the vocabulary. NMF on TF-IDF of ${e(d.fit.features)}, ${d.fit.k} themes${e(auto)}${e(guidance(d))}; seed ${d.seed}; fit on ${d.fit.sample.posts} posts (${d.fit.sample.units} units, ${d.fit.sample.vocabulary} features). Shares carry 95% Wilson intervals.</p>
<nav><ol>${d.themes
    .map(
      (t) =>
        `<li><a href="#theme-${t.rank}">${e(
          t.terms
            .slice(0, 3)
            .map((x) => x.form)
            .join(' · ') || '—',
        )}</a> <span class="n">${t.size}</span></li>`,
    )
    .join('')}</ol></nav>
${d.themes.map((t) => themeSection(t, d, meta)).join('\n')}
</main>
</body>
</html>
`;
}
