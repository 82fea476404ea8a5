/**
 * The options that say how dates are read — --date-order, --collected-at, --timezone — checked
 * before any reading, and what the run tells about its dates (stderr and the manifest).
 */
import type { Command } from 'commander';
import { YuqingError } from '../errors.js';
import { readDateWords } from '../io/bundled/date-words.js';
import type { DateResolution } from '../io/read/preflight.js';
import { createDateReader, DATE_ORDERS, type DateOrder, type DateSettings } from '../time/read-date.js';
import { tallyNote, type DateTally } from '../time/tally.js';
import { DEFAULT_TIMEZONE } from '../time/zone.js';

export interface DateOptions {
  readonly dateOrder?: string;
  readonly collectedAt?: string;
  readonly timezone?: string;
}

const TIMEZONE_HELP = `time zone of the study: dates are bucketed by the day and month there (default: ${DEFAULT_TIMEZONE}; an IANA name or an offset such as +08:00)`;

export function addTimezoneOption(command: Command): Command {
  return command.option('--timezone <zone>', TIMEZONE_HELP);
}

export function addDateOptions(command: Command): Command {
  return addTimezoneOption(
    command
      .option(
        '--date-order <order>',
        'how numeric dates are written: dmy (31/03/2025, Hong Kong), mdy (03/31/2025) or ymd (25/03/31); default: detected over the whole date column, an error when it cannot be told',
      )
      .option(
        '--collected-at <date>',
        "when the dump was collected (2025-05-12 or 2025-05-12T10:00, in the study's time zone): relative dates (yesterday 14:05, 3 hours ago, in the words of lexicons/dates/words.yaml) are read against it",
      ),
  );
}

export function dateSettingsFrom(o: DateOptions): DateSettings {
  if (o.dateOrder !== undefined && !(DATE_ORDERS as readonly string[]).includes(o.dateOrder)) {
    throw new YuqingError('E_OPTION', `--date-order ${o.dateOrder}: expected ${DATE_ORDERS.join(', ')} (dmy: 31/03/2025, as Hong Kong exports write it).`);
  }
  const settings: DateSettings = {
    timezone: o.timezone ?? DEFAULT_TIMEZONE,
    words: readDateWords(),
    ...(o.dateOrder === undefined ? {} : { order: o.dateOrder as DateOrder }),
    ...(o.collectedAt === undefined ? {} : { collectedAt: o.collectedAt }),
  };
  createDateReader(settings); // checks the zone and --collected-at now, before any reading
  return settings;
}

/** What stderr says before reading: the order detected over the column. */
export function orderNote(resolution: DateResolution): string | undefined {
  if (resolution.orderFrom !== 'detected') return undefined;
  return `dates in "${resolution.field}" read ${resolution.settings.order} (detected over ${resolution.scanned} numeric dates; --date-order sets it)`;
}

export function unreadableNote(resolution: DateResolution, tally: DateTally): string | undefined {
  return tallyNote(tally, resolution.field);
}
