/** Building blocks of the page: tables, share cells and figures. Cell contents are HTML, already escaped. */
import type { Share } from '../../aggregate/wilson.js';
import { percent } from '../number-format.js';
import { escapeHtml } from './escape.js';
import type { RenderedChart } from './render-svg.js';

/** A table; `caption` (plain text, escaped here) names it for readers and screen readers. */
export function table(head: readonly string[], rows: readonly (readonly string[])[], className = '', caption?: string): string {
  const cap = caption === undefined ? '' : `<caption>${escapeHtml(caption)}</caption>`;
  const th = head.map((h) => `<th>${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n');
  return `<table class="${className}">${cap}<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

/** "42.0% <span class=ci>[35.1–49.2]</span>" */
export function shareCell(s: Share, withCounts = false): string {
  const ci = `<span class="ci">[${(s.low * 100).toFixed(1)}–${(s.high * 100).toFixed(1)}]</span>`;
  const counts = withCounts ? ` <span class="n">${s.count}/${s.total}</span>` : '';
  return s.total === 0 ? '—' : `${percent(s.share)} ${ci}${counts}`;
}

/**
 * A chart with its caption (HTML, escaped). The SVG is an image to assistive technology, named by
 * a <title> (the caption's text) and described by a <desc> (`description`, plain text).
 */
export function figure(chart: RenderedChart | undefined, caption: string, noData: string, description: string): string {
  if (chart === undefined) return `<p class="no-data">${escapeHtml(noData)}</p>`;
  const id = `chart-${escapeHtml(chart.name)}`;
  const title = caption.replace(/<[^>]*>/g, '').trim();
  const labelled = chart.svg.replace(
    /^<svg\b([^>]*)>/,
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc"$1><title id="${id}-title">${title}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>`,
  );
  return `<figure class="chart" data-chart="${escapeHtml(chart.name)}">\n${labelled}\n<figcaption>${caption}</figcaption>\n</figure>`;
}

export interface Section {
  readonly id: string;
  /** Plain text (escaped here). */
  readonly title: string;
  readonly html: string;
}

export function section(id: string, title: string, body: string): Section {
  return { id, title, html: `<section id="${id}">\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>` };
}
