/** Classify-time options of every command that classifies a dump: the reader's, the dates', and the notes they give on stderr. */
import type { DateResolution } from '../io/read/preflight.js';
import type { DatesRecord } from '../report/manifest.js';
import { datesRecord } from '../run/dump-manifest.js';
import type { ClassifyCounts } from '../run/classify-file.js';
import { dateSettingsFrom, orderNote, unreadableNote, type DateOptions } from './date-options.js';
import type { CliIo } from './io.js';
import { readOptionsFrom, type InputOptions } from './shared-options.js';

export function dumpReading(o: InputOptions & DateOptions, io: CliIo) {
  let resolution: DateResolution | undefined;
  return {
    ...readOptionsFrom(o, io),
    dates: dateSettingsFrom(o),
    onDates: (r: DateResolution) => {
      resolution = r;
      const note = orderNote(r);
      if (note) io.stderr.write(`note: ${note}\n`);
    },
    onNotice: (message: string) => io.stderr.write(`note: ${message}\n`),
    /** After the run: the unreadable dates on stderr, and the manifest's record. */
    finish: (counts: ClassifyCounts): DatesRecord | undefined => {
      if (resolution === undefined) return undefined;
      const note = unreadableNote(resolution, counts.dates);
      if (note) io.stderr.write(`note: ${note}\n`);
      return datesRecord(resolution, counts.dates);
    },
  };
}
