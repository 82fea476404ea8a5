/** Output conversion (convert.ts): each target writes its own variants, and each converter is built once. */
import { describe, expect, it } from 'vitest';
import { convertScript, converterFor } from '../../src/text/convert.js';

describe('conversion for output', () => {
  // 为 / 台 / 里 are written differently by standard Traditional, Hong Kong and Taiwan usage.
  it('writes standard Traditional, Hong Kong and Taiwan variants apart', () => {
    expect(convertScript('为什么台湾里面', 'hant')).toBe('爲什麼臺灣裏面');
    expect(convertScript('为什么台湾里面', 'hk')).toBe('為什麼台灣裏面');
    expect(convertScript('为什么台湾里面', 'tw')).toBe('為什麼臺灣裡面');
    expect(convertScript('為什麼台灣裡面', 'hans')).toBe('为什么台湾里面');
  });

  it('builds each target converter once and reuses it', () => {
    expect(converterFor('hk')).toBe(converterFor('hk'));
    expect(converterFor('tw')).not.toBe(converterFor('hk'));
  });
});
