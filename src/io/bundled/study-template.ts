/**
 * `yuqing study init`: the study template (templates/study/ in the package) copied into a new
 * folder, file by file, each written atomically. A folder that exists and holds anything is refused.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { YuqingError } from '../../errors.js';
import { writeFileAtomic } from '../write/atomic.js';
import { PACKAGE_ROOT } from './lexicon-files.js';

export const STUDY_TEMPLATE_DIR = join(PACKAGE_ROOT, 'templates', 'study');

/** Every file under `dir`, as paths relative to it, in name order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)).map((f) => join(entry.name, f)) : [entry.name]));
}

/** Write the template into `dir`; returns the files written (relative to `dir`). */
export function writeStudyTemplate(dir: string, template = STUDY_TEMPLATE_DIR): string[] {
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new YuqingError(
      'E_OUTPUT',
      `${dir}: already exists and is not an empty folder; yuqing study init writes only into a new or empty folder. Give another folder, or move the files away first.`,
      { file: dir },
    );
  }
  const files = filesUnder(template);
  for (const file of files) writeFileAtomic(join(dir, file), readFileSync(join(template, file)));
  return files.map((f) => f.split('\\').join('/'));
}
