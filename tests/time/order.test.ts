/** The order of a column's numeric dates, decided over all of them. */
import { describe, expect, it } from 'vitest';
import { readDateWords } from '../../src/io/bundled/date-words.js';
import { decideOrder, emptyScan, scanValue } from '../../src/time/order.js';
import { createDateReader } from '../../src/time/read-date.js';

const reader = createDateReader({ timezone: 'Asia/Hong_Kong', words: readDateWords() });
const decide = (values: readonly string[]) => {
  const scan = emptyScan();
  values.forEach((v, i) => {
    scanValue(scan, reader, v, i + 2);
  });
  return decideOrder(scan, 'export.csv', '發佈時間');
};

describe('day/month order over a column', () => {
  it('one value with a day above 12 decides for the whole column, wherever it is', () => {
    expect(decide(['01/03/2025', '02/03/2025', '2025-03-05', '31/03/2025 14:05']).order).toBe('dmy');
    expect(decide(['03/01/2025', '03/31/2025']).order).toBe('mdy');
  });

  it('a column without numeric day/month dates needs no order', () => {
    expect(decide(['2025-03-31', '2025年3月7日', '昨天']).order).toBeUndefined();
  });

  it('stops when every value reads both ways, naming --date-order', () => {
    expect(() => decide(['01/03/2025', '02/03/2025'])).toThrow(/all 2 numeric dates in "發佈時間" \(such as line 2 "01\/03\/2025"\).*--date-order dmy or mdy/);
  });

  it('stops when the column mixes orders, with a value of each', () => {
    expect(() => decide(['31/03/2025', '03/31/2025'])).toThrow(/line 2 "31\/03\/2025" reads only day first.*line 3 "03\/31\/2025" reads only month first/);
  });
});
