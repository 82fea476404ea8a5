/** The chart thread: loads the chart libraries at once, then draws each list of charts it is sent. */
import { parentPort } from 'node:worker_threads';
import { renderChartsHere } from '../../report/html/chart-renderer.js';
import { loadChartLibraries } from '../../report/html/render-svg.js';
import type { ChartReply, ChartRequest } from './chart-pool.js';

const loading = loadChartLibraries();

parentPort!.on('message', (request: ChartRequest) => {
  loading
    .then(() => renderChartsHere.render(request.charts))
    .then(
      (rendered) => parentPort!.postMessage({ seq: request.seq, rendered } satisfies ChartReply),
      (error: unknown) => parentPort!.postMessage({ seq: request.seq, error: error instanceof Error ? error.message : String(error) } satisfies ChartReply),
    );
});
