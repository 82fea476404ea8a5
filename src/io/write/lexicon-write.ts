/** Writing a lexicon folder (from `yuqing lexicon import`), each file atomically. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YuqingError } from '../../errors.js';
import { writeFileAtomic } from './atomic.js';

export function writeLexiconFolder(dir: string, files: readonly { name: string; content: string }[], force: boolean): void {
  if (!force && existsSync(join(dir, 'lexicon.yaml'))) {
    throw new YuqingError('E_OUTPUT', `${dir}: already holds a lexicon (lexicon.yaml). Choose another -o folder, or add --force to overwrite it.`, {
      file: dir,
    });
  }
  for (const file of files) writeFileAtomic(join(dir, file.name), file.content);
}

export function readTextFile(file: string): string {
  if (!existsSync(file)) throw new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Check the path.`, { file });
  return readFileSync(file, 'utf8');
}
