/**
 * Vega-Lite → Vega → SVG, in Node and headless: vega's View with renderer 'none' and toSVG().
 * Nothing is fetched (data is inline) and no time zone shows (aria labels off, UTC scales).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Chart } from './charts/common.js';
import { useTextWidthEstimate } from './text-width.js';

export interface RenderedChart extends Chart {
  readonly svg: string;
  /** What Vega-Lite and Vega warned about (a test keeps this empty; runs carry on). */
  readonly warnings: readonly string[];
}

function collector(warnings: string[]) {
  let level = 0;
  const note = (...args: readonly unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error: note,
    warn: note,
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** vega and vega-lite load on first use (about 0.3 s): only commands that draw charts pay for them. */
async function chartLibraries() {
  const [vegaModule, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  return { vegaModule, compile: vegaLite.compile };
}

/** Loads vega and vega-lite now, so that the first chart does not wait for them. */
export async function loadChartLibraries(): Promise<void> {
  await chartLibraries();
}

export async function renderChart(chart: Chart): Promise<RenderedChart> {
  const { vegaModule, compile } = await chartLibraries();
  const { parse, View } = vegaModule;
  useTextWidthEstimate(vegaModule);
  const warnings: string[] = [];
  const logger = collector(warnings);
  const vega = compile(chart.spec as unknown as TopLevelSpec, { logger: logger as never }).spec;
  const view = new View(parse(vega), { renderer: 'none', logger: logger as never });
  try {
    const svg = await view.toSVG();
    // Ids (clip paths, gradients) must stay unique when several charts share one page.
    const unique = svg.replace(/\bid="([^"]+)"/g, `id="${chart.name}-$1"`).replace(/url\(#([^)]+)\)/g, `url(#${chart.name}-$1)`);
    return { ...chart, svg: unique, warnings };
  } finally {
    view.finalize();
  }
}
