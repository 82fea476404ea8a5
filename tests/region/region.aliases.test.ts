import { describe, expect, it } from 'vitest';
import { DEFAULT_PLATFORMS_FILE, readPlatformsFile } from '../../src/io/bundled/lexicon-files.js';
import { buildPlatformTable, platformId, resolveRegion } from '../../src/region/resolve.js';
import { talentTaxonomy } from '../helpers.js';

const table = buildPlatformTable(readPlatformsFile(DEFAULT_PLATFORMS_FILE, talentTaxonomy()), talentTaxonomy());

describe('platform aliases', () => {
  it.each([
    ['小紅書', 'xiaohongshu'],
    ['小红书', 'xiaohongshu'],
    ['RED', 'xiaohongshu'],
    ['Xiaohongshu', 'xiaohongshu'],
    ['xiao_hong_shu', 'xiaohongshu'],
    ['連登', 'lihkg'],
    ['LIHKG', 'lihkg'],
    ['连登', 'lihkg'],
    ['微信公眾號', 'wechat'],
    ['微信公众号', 'wechat'],
    ['Facebook', 'facebook'],
    ['  facebook ', 'facebook'],
    ['ＦＢ', 'facebook'],
    ['政府新聞處', 'isd'],
  ])('%s → %s', (name, id) => expect(platformId(table, name)).toBe(id));
});

describe('region', () => {
  it('comes from the platform', () => {
    expect(resolveRegion(table, '抖音', undefined)).toBe('mainland');
    expect(resolveRegion(table, 'lihkg', undefined)).toBe('hk');
  });
  it('an explicit region field wins over the platform', () => {
    expect(resolveRegion(table, 'weibo', 'hk')).toBe('hk');
    expect(resolveRegion(table, 'telegram', '香港')).toBe('hk');
    expect(resolveRegion(table, 'telegram', 'Mainland')).toBe('mainland');
  });
  it('anything else is unknown', () => {
    expect(resolveRegion(table, 'telegram', undefined)).toBe('unknown');
    expect(resolveRegion(table, undefined, undefined)).toBe('unknown');
    expect(resolveRegion(table, 'telegram', 'somewhere')).toBe('unknown');
  });
});
