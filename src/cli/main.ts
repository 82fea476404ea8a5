/** Process entry: the only place that reads process.argv and sets the exit code. */
import './runtime-flags.js';
import { abortOpenStreams } from '../io/atomic.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    abortOpenStreams();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
