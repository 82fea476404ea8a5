/**
 * Text widths for chart layout without a canvas. Vega's own estimate (0.8 em per character)
 * is too narrow for CJK (1 em) and too wide for Latin, so axis labels were clipped and legends
 * overlapped. This estimate uses Noto Sans / Noto Sans CJK proportions; vega takes it through
 * textMetrics.width, the hook meant for this (vl-convert uses it too).
 */

function em(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2e80 || (c >= 0x1100 && c <= 0x11ff)) return 1;
  if (ch === ' ') return 0.26;
  if (/[0-9]/.test(ch)) return 0.56;
  if (/[A-Z]/.test(ch)) return 0.64;
  if (/[a-z]/.test(ch)) return 0.52;
  return 0.4;
}

export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += em(ch);
  return width * fontSize;
}

interface TextItem {
  readonly fontSize?: number | string | null;
}

/** Point vega's text measurement at estimateTextWidth (setting it again sets the same measure: no flag needed). */
export function useTextWidthEstimate(vega: object): void {
  // vega exports textMetrics at run time; its typings leave it out.
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
    return estimateTextWidth(text == null ? '' : String(text).trim(), size);
  };
}
