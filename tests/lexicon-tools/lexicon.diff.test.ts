/** The impact of a lexicon edit: posts whose labels change and the shares that move. */
import { describe, expect, it } from 'vitest';
import { diffClassifications } from '../../src/lexicon-tools/diff.js';
import type { Classified } from '../../src/records.js';
import { talentTaxonomy } from '../helpers.js';

const rec = (id: string, viewpoints: Classified['viewpoints'], relevant = true): Classified => ({
  id,
  region: 'hk',
  relevant,
  topics: viewpoints.length > 0 ? ['permanent_residency'] : [],
  viewpoints,
  polarity: 'neutral',
  evidence: [],
});

describe('lexicon diff', () => {
  it('lists the posts that change and how the shares move', () => {
    const before = [rec('a', ['pr.shell_company_crackdown']), rec('b', []), rec('c', [], false)];
    const after = [rec('a', ['pr.shell_company_crackdown']), rec('b', ['pr.shell_company_crackdown']), rec('c', [], false)];
    const d = diffClassifications(talentTaxonomy(), before, after);
    expect(d.changed).toBe(1);
    expect(d.changes[0]).toEqual({ id: 'b', region: 'hk', added: ['permanent_residency', 'pr.shell_company_crackdown'], removed: [] });
    const topic = d.shares.find((s) => s.topic === 'permanent_residency' && !s.viewpoint)!;
    expect(topic.before).toEqual({ count: 1, total: 2, share: 0.5 });
    expect(topic.after).toEqual({ count: 2, total: 2, share: 1 });
    expect(topic.deltaPoints).toBe(50);
    expect(d.shares.every((s) => s.region === 'hk')).toBe(true);
  });

  it('reports nothing when nothing changes', () => {
    const same = [rec('a', ['pr.strict_exit'])];
    expect(diffClassifications(talentTaxonomy(), same, same)).toMatchObject({ changed: 0, changes: [], shares: [] });
  });
});
