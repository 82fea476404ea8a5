/** The match policy of the README, one named test per rule (tiny test lexicon). */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/classify.js';
import { tinyClassifier } from '../helpers.js';

function matched(text: string): string[] {
  return analyseText(tinyClassifier(), text).matches.map((m) => m.term.text);
}
function tags(text: string) {
  return analyseText(tinyClassifier(), text).tags;
}

describe('match policy', () => {
  it('matches a term written once in either script in both scripts', () => {
    expect(matched('高才通續簽')).toContain('续签');
    expect(matched('高才通续签')).toContain('续签');
    expect(matched('優才計劃')).toContain('优才计划');
  });

  it('longest match wins: 高才通 over 高才', () => {
    const terms = matched('我拿高才通來港');
    expect(terms).toContain('高才通');
    expect(terms).not.toContain('高才');
  });

  it('longest match wins across labels: a negative phrase containing a negator is one cue', () => {
    // 不難 is a negative polarity cue in the tiny lexicon; 不 alone is a negator.
    const terms = matched('續簽不難');
    expect(terms).toContain('不难');
    expect(terms).not.toContain('不');
  });

  it('a term must align with token boundaries: 高才 does not match inside 提高才能', () => {
    expect(matched('提高才能好重要')).not.toContain('高才');
    expect(matched('佢係高才，唔使擔心')).toContain('高才');
  });

  it('Latin terms must not touch other Latin letters or digits', () => {
    expect(matched('申請TTPS')).toContain('ttps');
    expect(matched('xTTPSx')).not.toContain('ttps');
  });

  it('a Latin term matches a whole word only, also where the tokeniser keeps a longer token', () => {
    expect(matched('H-1B同TTPS')).toEqual(expect.arrayContaining(['h-1b', 'ttps']));
    expect(matched('TTPS-holder 好多')).toContain('ttps');
    expect(matched('TTPSer H-1Bx')).toEqual([]);
  });

  it('a term inside a hashtag matches: its words are token boundaries too', () => {
    expect(matched('#高才通續簽#')).toEqual(expect.arrayContaining(['高才通', '续签']));
    expect(matched('#高才通 好難')).toContain('高才通');
  });

  it('no term matches inside a URL, an e-mail address or an @mention', () => {
    expect(matched('https://example.com/ttps?q=1')).toEqual([]);
    expect(matched('ttps@example.com')).toEqual([]);
    expect(matched('@高才通香港 @ttps_hk')).toEqual([]);
    expect(matched('@小明 高才通 ttps')).toEqual(['高才通', 'ttps']);
  });

  it('a negator within the window cancels a viewpoint cue', () => {
    expect(tags('高才通續簽好難').viewpoints).toContain('pr.strict_exit');
    expect(tags('高才通續簽唔係好難').viewpoints).not.toContain('pr.strict_exit');
  });

  it('a negator flips a polarity cue', () => {
    expect(tags('高才通，我好滿意').polarity).toBe('positive');
    expect(tags('高才通，我唔滿意').polarity).toBe('negative');
  });

  it('a negator beyond a clause break does not reach the cue', () => {
    expect(tags('高才通唔使講，滿意').polarity).toBe('positive');
  });

  it('a hashtag ends the clause: a negator before it does not reach a cue after it', () => {
    expect(tags('高才通唔好 #滿意').polarity).toBe('positive');
  });

  it('co-occurrence rules need every group in the same sentence', () => {
    expect(tags('高才通續簽好難。').viewpoints).toContain('pr.strict_exit');
    expect(tags('高才通續簽。生活好難。').viewpoints).not.toContain('pr.strict_exit');
  });

  it('sarcasm markers turn praise in their sentence negative and hide nothing', () => {
    const t = tags('高才通啲「人才」真係利好');
    expect(t.polarity).toBe('negative');
  });

  it('a viewpoint implies its topic unless it needs the topic', () => {
    expect(tags('高才通寬進嚴出').topics).toEqual(['permanent_residency']);
    expect(tags('高才通審批快').viewpoints).toEqual([]);
    expect(tags('高才通放寬，審批快').viewpoints).toEqual(['opt.clear_fast']);
  });
});
