/** Output helpers shared by the lexicon tools' commands: the --format check and -o or stdout. */
import { YuqingError } from '../errors.js';
import { writeFileAtomic } from '../io/write/atomic.js';
import type { CliIo } from './io.js';

export function checkFormat(format: string): 'text' | 'json' {
  if (format !== 'text' && format !== 'json') throw new YuqingError('E_OPTION', `--format ${format}: expected text or json.`);
  return format;
}

/** Write to -o FILE (atomically) or stdout. */
export function emit(io: CliIo, text: string, output?: string): void {
  if (output) writeFileAtomic(output, text);
  else io.stdout.write(text);
}
