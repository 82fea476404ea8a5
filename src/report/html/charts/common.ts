/**
 * What every chart shares: the font stack, colours, a plain printable style and label wrapping.
 * Charts are Vega-Lite specs (data inline); render-svg.ts turns them into SVG.
 */
import type { Taxonomy } from '../../../study/taxonomy.js';

/** A Vega-Lite specification as plain JSON (written beside each chart as .vl.json). */
export type VlSpec = Record<string, unknown>;

export interface Chart {
  /** File-safe name: charts/<name>.svg and charts/<name>.vl.json */
  readonly name: string;
  readonly spec: VlSpec;
}

/** Unquoted so it can stand in an SVG attribute; CJK faces first for the report's script. */
export function fontStack(lang: string): string {
  const cjk = lang === 'zh-Hans' ? 'Noto Sans CJK SC, Noto Sans CJK TC' : 'Noto Sans CJK TC, Noto Sans CJK SC';
  return `${cjk}, Noto Sans CJK JP, PingFang TC, Microsoft JhengHei, Source Han Sans, sans-serif`;
}

/** Region colours by the region's place in the taxonomy (Dark2, then Tableau's muted tones); topics likewise. */
export const REGION_COLOURS = ['#d95f02', '#1b7e9e', '#7570b3', '#66a61e', '#e7298a', '#a6761d', '#666666', '#e6ab02'] as const;
export const TOPIC_COLOURS = ['#4c78a8', '#e45756', '#54a24b', '#f58518', '#72b7b2', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'] as const;
export const WINDOW_FILL = '#ececec';
export const CHART_WIDTH = 300;

export function config(lang: string): VlSpec {
  const font = fontStack(lang);
  return {
    aria: false,
    font,
    background: 'white',
    view: { stroke: null },
    axis: {
      labelFontSize: 11,
      titleFontSize: 11,
      labelColor: '#222',
      titleColor: '#222',
      titleFontWeight: 'normal',
      gridColor: '#e6e6e6',
      domainColor: '#888',
      tickColor: '#888',
    },
    legend: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', orient: 'top', labelLimit: 400 },
    header: { labelFontSize: 12, titleFontSize: 12 },
    title: { fontSize: 12, fontWeight: 'normal', anchor: 'start' },
  };
}

function units(ch: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is Basic Latin to Latin Extended-B, which starts at U+0000 on purpose.
  return /[\u0000-\u024f]/.test(ch) ? 1 : 2;
}

/**
 * Break a label into lines of at most `width` units (a CJK character is 2, a Latin one 1),
 * preferring breaks after punctuation and spaces; lines are joined by "\n" and the axis splits them.
 */
export function wrapLabel(text: string, width = 26): string {
  const lines: string[] = [];
  let line = '';
  let size = 0;
  let lastBreak = -1;
  for (const ch of text) {
    line += ch;
    size += units(ch);
    if (/[\s，、,；;：:」)）]/.test(ch)) lastBreak = line.length;
    if (size > width) {
      const cut = lastBreak > 0 && lastBreak < line.length ? lastBreak : line.length - ch.length;
      lines.push(line.slice(0, cut).trimEnd());
      line = line.slice(cut).trimStart();
      size = [...line].reduce((n, c) => n + units(c), 0);
      lastBreak = -1;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** Axis labels split at "\n" into lines. */
export const MULTILINE_LABELS = { labelExpr: "split(datum.label, '\\n')", labelLimit: 400 } as const;

export function regionScale(taxonomy: Taxonomy, regions: readonly { readonly name: string; readonly region: string }[]): VlSpec {
  return { domain: regions.map((r) => r.name), range: regions.map((r) => REGION_COLOURS[taxonomy.regions.indexOf(r.region) % REGION_COLOURS.length]) };
}
