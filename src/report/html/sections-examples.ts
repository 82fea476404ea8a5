/**
 * Example posts for each viewpoint, one column per region, the viewpoint's evidence marked and
 * other evidence (topic, relevance, polarity cues) underlined; linked when the dump had a URL.
 */
import type { ExamplePost } from '../../aggregate/examples.js';
import { topicOfViewpoint } from '../../study/taxonomy.js';
import { section, type Section } from './blocks.js';
import { escapeHtml as e, safeHref } from './escape.js';
import type { FigureContext } from './sections-figures.js';

/** The excerpt as HTML: runs of text classed by the strongest evidence covering them. */
export function highlighted(post: ExamplePost, viewpoint: string): string {
  const level = new Uint8Array(post.text.length);
  for (const span of post.evidence) {
    const l = span.label === viewpoint ? 2 : 1;
    for (let i = span.start; i < span.end && i < level.length; i++) level[i] = Math.max(level[i]!, l);
  }
  let html = post.cutBefore ? '…' : '';
  let i = 0;
  while (i < post.text.length) {
    let j = i + 1;
    while (j < post.text.length && level[j] === level[i]) j++;
    const run = e(post.text.slice(i, j));
    html += level[i] === 2 ? `<mark>${run}</mark>` : level[i] === 1 ? `<span class="cue">${run}</span>` : run;
    i = j;
  }
  return post.cutAfter ? `${html}…` : html;
}

function quote(post: ExamplePost, viewpoint: string, linkText: string, agreeText: string): string {
  const href = safeHref(post.url);
  const source = [post.platform, post.month, post.given === 'both' ? agreeText : '']
    .filter((x) => x !== '')
    .map(e)
    .join(' · ');
  const link = href === undefined ? '' : ` · <a href="${href}" rel="noopener noreferrer nofollow">${e(linkText)}</a>`;
  return `<blockquote class="post"><p>${highlighted(post, viewpoint)}</p><footer>${e(post.id)} · ${source}${link}</footer></blockquote>`;
}

export function examplesSection(c: FigureContext): Section {
  const { summary, w } = c;
  if (summary.examples.length === 0) {
    const why = summary.study.textless > 0 ? w.t.ex_textless : w.t.ex_none;
    return section('examples', w.t.ex_title, `<p class="no-data">${e(why)}</p>`);
  }
  const parts: string[] = [];
  for (const topic of summary.taxonomy.topics) {
    const views = summary.taxonomy.viewpoints.filter((v) => topicOfViewpoint(summary.taxonomy, v) === topic && summary.examples.some((x) => x.viewpoint === v));
    if (views.length === 0) continue;
    parts.push(`<h3>${e(w.topic(topic))}</h3>`);
    for (const viewpoint of views) {
      const shown = summary.regions.filter(
        (r) => r !== summary.taxonomy.fallbackRegion || summary.examples.some((x) => x.viewpoint === viewpoint && x.region === r),
      );
      const columns = shown.map((region) => {
        const set = summary.examples.find((x) => x.viewpoint === viewpoint && x.region === region);
        const quotes = set === undefined ? '<p class="no-data">—</p>' : set.posts.map((p) => quote(p, viewpoint, w.t.ex_link, w.t.ex_agree)).join('\n');
        return `<div class="col"><h5>${e(w.region(region))}</h5>\n${quotes}</div>`;
      });
      parts.push(`<h4>${e(w.viewpoint(viewpoint))}</h4>\n<div class="cols">\n${columns.join('\n')}\n</div>`);
    }
  }
  return section('examples', w.t.ex_title, `<p class="note">${e(w.t.ex_note)}</p>\n${parts.join('\n')}`);
}
