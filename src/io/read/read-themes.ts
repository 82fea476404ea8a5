/** Reading a `yuqing discover --format json` file for the report's "Other themes" section. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YuqingError } from '../../errors.js';
import { parseYamlFile } from '../../yaml-source.js';
import { themeStringsSchema, themesFileSchema, type OtherThemes } from '../../report/themes.js';
import { REPORT_DATA_DIR } from '../bundled/report-data.js';

export function readOtherThemes(file: string): OtherThemes {
  if (!existsSync(file))
    throw new YuqingError('E_INPUT_NOT_FOUND', `${file}: no such file. Give --themes the JSON written by yuqing discover --format json.`, { file });
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new YuqingError('E_INPUT_FORMAT', `${file}: not valid JSON; expected the output of yuqing discover --format json.`, { file });
  }
  const parsed = themesFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new YuqingError('E_INPUT_FORMAT', `${file}: field "${field}": ${issue.message}; expected the output of yuqing discover --format json.`, {
      file,
      field,
    });
  }
  const path = join(REPORT_DATA_DIR, 'themes.yaml');
  const strings = parseYamlFile({ path, content: readFileSync(path, 'utf8') }, themeStringsSchema);
  return { file, themes: parsed.data, strings };
}
