/**
 * Reading classified JSON Lines back (for report and evaluate), each line checked against io.md.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { YuqingError, type ErrorCode } from '../../errors.js';
import { classifiedSchemaFor, goldSchemaFor, type Classified, type Gold } from '../../records.js';
import type { Taxonomy } from '../../study/taxonomy.js';

/**
 * JSON Lines, each line checked against `schema`; the first bad line stops the read with file, line
 * and field. The file "-" is `stdin` (a reducer of a batch engine pipes classified lines in).
 */
export async function* readValidatedLines<S extends z.ZodType>(
  file: string,
  schema: S,
  code: ErrorCode,
  what: string,
  stdin?: Readable,
): AsyncGenerator<{ readonly record: z.output<S>; readonly line: number }> {
  if (file !== '-' && !existsSync(file)) throw new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Check the path.`, { file });
  const lines = createInterface({ input: file === '-' ? (stdin ?? process.stdin) : createReadStream(file), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line === 1 ? raw.replace(/^\uFEFF/, '') : raw);
    } catch {
      throw new YuqingError(code, `${file} line ${line}: not valid JSON; expected one ${what} per line.`, { file, line });
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      throw new YuqingError(code, `${file} line ${line}: field "${field}": ${issue.message}. Expected a ${what} as io.md describes.`, { file, line, field });
    }
    yield { record: parsed.data, line };
  }
}

async function* records<T>(lines: AsyncIterable<{ readonly record: T }>): AsyncGenerator<T> {
  for await (const { record } of lines) yield record;
}

export function readClassified(file: string, taxonomy: Taxonomy, stdin?: Readable): AsyncGenerator<Classified> {
  return records(readValidatedLines(file, classifiedSchemaFor(taxonomy), 'E_CLASSIFIED_PARSE', 'classified record (yuqing classify output)', stdin));
}

export function readGold(file: string, taxonomy: Taxonomy): AsyncGenerator<Gold> {
  return records(readValidatedLines(file, goldSchemaFor(taxonomy), 'E_GOLD_PARSE', 'labelled record'));
}
