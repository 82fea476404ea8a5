/** One classified post about strict exit, and the keys it is counted under: the aggregation tests' shared record. */
import type { Classified } from '../../src/records.js';

export const record = (over: Partial<Classified> = {}): Classified => ({
  id: 'a',
  platform: 'lihkg',
  published_at: '2025-03-07',
  text: '高才通續簽好難，寬進嚴出',
  region: 'hk',
  relevant: true,
  topics: ['permanent_residency'],
  viewpoints: ['pr.strict_exit'],
  polarity: 'negative',
  evidence: [{ label: 'pr.strict_exit', term: '寬進嚴出', start: 8, end: 12 }],
  ...over,
});

export const keys = { platform: 'lihkg', month: '2025-03', day: '2025-03-07', kind: 'post' };
