/**
 * Charts drawn on a worker thread: started when an analysis starts, the thread loads vega and
 * vega-lite (about 0.3 s) while this thread classifies, and draws the charts while this thread
 * writes the text reports. The SVG is the same as drawn here (the same code on the same specs).
 * If the thread cannot start or fails, the charts are drawn here: same output, a little later.
 */
import { Worker } from 'node:worker_threads';
import { workerScript } from './worker-script.js';
import type { Chart } from '../../report/html/charts/common.js';
import { renderChartsHere, type ChartRenderer } from '../../report/html/chart-renderer.js';
import type { RenderedChart } from '../../report/html/render-svg.js';

export interface ChartRequest {
  readonly seq: number;
  readonly charts: readonly Chart[];
}

export type ChartReply = { readonly seq: number; readonly rendered: RenderedChart[] } | { readonly seq: number; readonly error: string };

export interface ChartPool extends ChartRenderer {
  /** Stops the thread (any drawing not yet answered is drawn here instead). */
  close(): Promise<void>;
  /** How many charts the thread has drawn (the others were drawn here). */
  drawnOnThread(): number;
}

export function startChartPool(): ChartPool {
  let worker: Worker | undefined;
  try {
    worker = new Worker(workerScript('chart-worker.js'));
  } catch {
    return { render: (charts) => renderChartsHere.render(charts), close: async () => {}, drawnOnThread: () => 0 };
  }
  const thread = worker;
  // The thread keeps the process alive only while it draws: idle, it must not hold an exit up.
  thread.unref();
  const waiting = new Map<number, (reply: ChartReply | undefined) => void>();
  let failed = false;
  const failAll = () => {
    failed = true;
    for (const answer of waiting.values()) answer(undefined);
    waiting.clear();
  };
  thread.on('message', (reply: ChartReply) => {
    waiting.get(reply.seq)?.(reply);
    waiting.delete(reply.seq);
  });
  thread.on('error', failAll);
  thread.on('exit', failAll);
  let seq = 0;
  let drawn = 0;
  return {
    async render(charts) {
      if (failed) return renderChartsHere.render(charts);
      const request: ChartRequest = { seq: seq++, charts };
      thread.ref();
      const reply = await new Promise<ChartReply | undefined>((resolve) => {
        waiting.set(request.seq, resolve);
        thread.postMessage(request);
      });
      if (waiting.size === 0) thread.unref();
      if (reply === undefined || 'error' in reply) return renderChartsHere.render(charts);
      drawn += reply.rendered.length;
      return reply.rendered;
    },
    drawnOnThread: () => drawn,
    async close() {
      failAll();
      await thread.terminate();
    },
  };
}
