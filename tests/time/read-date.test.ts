/** Dates as dumps write them: each form read in the study's zone, or a reason it cannot be. */
import { describe, expect, it } from 'vitest';
import { readDateWords } from '../../src/io/bundled/date-words.js';
import { dayOf, formatDate } from '../../src/time/parsed.js';
import { createDateReader, type DateSettings } from '../../src/time/read-date.js';

const words = readDateWords();
const reader = (s: Partial<DateSettings> = {}) => createDateReader({ timezone: 'Asia/Hong_Kong', words, ...s });
const read = (value: unknown, s: Partial<DateSettings> = {}) => {
  const r = reader(s);
  const got = r.read(value);
  return 'date' in got ? formatDate(got.date, r.zone) : got.problem;
};

describe('reading a date', () => {
  it('places a UTC time in Hong Kong: 2025-03-31T20:00Z is 1 April there, 31 March in UTC', () => {
    expect(read('2025-03-31T20:00:00Z')).toBe('2025-04-01T04:00:00+08:00');
    const hk = reader();
    const utc = reader({ timezone: 'UTC' });
    const at = (r: typeof hk) => {
      const x = r.read('2025-03-31T20:00:00Z');
      return 'date' in x ? dayOf(x.date, r.zone) : '';
    };
    expect(at(hk)).toBe('2025-04-01');
    expect(at(utc)).toBe('2025-03-31');
  });

  it('reads a time without an offset as wall-clock time in the study zone', () => {
    expect(read('2025/03/07 14:05')).toBe('2025-03-07T14:05:00+08:00');
    expect(read('2025/03/07 14:05', { timezone: 'Europe/London' })).toBe('2025-03-07T14:05:00+00:00');
    expect(read('2025-07-07 14:05', { timezone: 'Europe/London' })).toBe('2025-07-07T14:05:00+01:00');
  });

  it('keeps a calendar day as a day, and reads written-out and full-width dates', () => {
    expect(read('2025-03-07')).toBe('2025-03-07');
    expect(read('2025年3月7日')).toBe('2025-03-07');
    expect(read('２０２５年３月７日 14:05')).toBe('2025-03-07T14:05:00+08:00');
    expect(read('2025-03')).toBe('2025-03');
  });

  it('reads numeric day/month dates only in a known order', () => {
    expect(read('31/03/2025')).toBe('needs_order');
    expect(read('31/03/2025', { order: 'dmy' })).toBe('2025-03-31');
    expect(read('03/31/2025 14:05', { order: 'mdy' })).toBe('2025-03-31T14:05:00+08:00');
    expect(read('31/03/2025', { order: 'mdy' })).toBe('not_in_order');
    expect(read('25/03/31', { order: 'ymd' })).toBe('2025-03-31');
  });

  it('reads a 12-hour clock with 上午/下午 or AM/PM', () => {
    expect(read('2025/3/31 下午 02:05:00')).toBe('2025-03-31T14:05:00+08:00');
    expect(read('2025/3/31 上午 12:30')).toBe('2025-03-31T00:30:00+08:00');
    expect(read('2025-03-31 2:05 PM')).toBe('2025-03-31T14:05:00+08:00');
  });

  it('reads an Excel serial day as the wall clock it shows, to the second (no 23:29:59.999 leak)', () => {
    expect(read('45747.979166666664')).toBe('2025-03-31T23:30:00+08:00');
    expect(read(45747.979166666664, { timezone: 'UTC' })).toBe('2025-03-31T23:30:00+00:00');
  });

  it('reads epoch seconds and milliseconds as moments', () => {
    expect(read(1741329900)).toBe('2025-03-07T14:45:00+08:00');
    expect(read('1741329900123')).toBe('2025-03-07T14:45:00.123+08:00');
  });

  it('reads relative dates against --collected-at, and only with it', () => {
    const collectedAt = '2025-05-12T10:00';
    expect(read('昨天 14:05')).toBe('needs_collected_at');
    expect(read('昨天 14:05', { collectedAt })).toBe('2025-05-11T14:05:00+08:00');
    expect(read('3小時前', { collectedAt })).toBe('2025-05-12T07:00:00+08:00');
    expect(read('3 hours ago', { collectedAt })).toBe('2025-05-12T07:00:00+08:00');
    expect(read('半個鐘前', { collectedAt })).toBe('2025-05-12T09:30:00+08:00');
    expect(read('剛剛', { collectedAt })).toBe('2025-05-12T10:00:00+08:00');
    expect(read('3天前', { collectedAt })).toBe('2025-05-09');
    expect(read('前天', { collectedAt })).toBe('2025-05-10');
    expect(read('3月7日 14:05', { collectedAt })).toBe('2025-03-07T14:05:00+08:00');
    expect(read('12月30日', { collectedAt })).toBe('2024-12-30');
  });

  it('writes back ISO 8601 in the zone, keeping a value already in that form as it is', () => {
    const hk = reader();
    expect(hk.normalise('2024-10-01T13:42:58+08:00')).toEqual({ text: '2024-10-01T13:42:58+08:00' });
    expect(hk.normalise('2024-10-01T13:42:58+08:00')).toEqual({ text: '2024-10-01T13:42:58+08:00' });
    expect(hk.normalise('2024-10-01T13:42:58+09:00')).toEqual({ text: '2024-10-01T12:42:58+08:00' });
    const london = reader({ timezone: 'Europe/London' });
    expect(london.normalise('2025-03-30T00:30:00+00:00')).toEqual({ text: '2025-03-30T00:30:00+00:00' });
    expect(london.normalise('2025-03-30T01:30:00+00:00')).toEqual({ text: '2025-03-30T02:30:00+01:00' });
    expect(london.normalise('2025-07-01T12:00:00+00:00')).toEqual({ text: '2025-07-01T13:00:00+01:00' });
    expect(hk.normalise('2025-02-30T10:00:00+08:00')).toEqual({ problem: 'impossible' });
  });

  it('says why a value is not a date', () => {
    expect(read('2025-02-30')).toBe('impossible');
    expect(read('2025-03-07 25:00')).toBe('impossible');
    expect(read('hello')).toBe('not_a_date');
    expect(read('')).toBe('not_a_date');
  });

  it('refuses an unknown time zone or collection date with the option named', () => {
    expect(() => reader({ timezone: 'Mars/Olympus' })).toThrow(/--timezone Mars\/Olympus: not a time zone/);
    expect(() => reader({ collectedAt: 'last week' })).toThrow(/--collected-at last week/);
    expect(read('2025-03-31T20:00:00Z', { timezone: '+05:30' })).toBe('2025-04-01T01:30:00+05:30');
  });
});
