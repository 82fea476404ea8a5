/** Process entry: the only place that reads process.argv and sets the exit code. */
import './runtime-flags.js';
import { abortOpenStreams } from '../io/write/atomic.js';
import { isClosedPipe, isSystemError, systemErrorMessage } from '../io/write/output-failure.js';
import { errorLine } from './diagnostic-line.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    abortOpenStreams();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // Unfinished files are removed. The reader went away (`| head`): stop quietly, as Unix filters do.
  abortOpenStreams();
  if (isClosedPipe(error)) process.exit(0);
  const described = isSystemError(error) ? systemErrorMessage(error) : error;
  const code = `${'code' in described ? described.code : 'E_SYSTEM'}`;
  process.stderr.write(`${errorLine(code, `writing to stdout failed: ${described.message}`)}\n`);
  process.exit(1);
});

process.exitCode = await runCli(process.argv.slice(2), processIo());
