/**
 * The findings summary as sentences in the report's language (lexicons/report/ui.yaml), the same
 * in every format: each share names its denominator beside it.
 */
import { percent } from './number-format.js';
import type { Findings } from '../aggregate/key-findings.js';
import type { Wording } from './html/wording.js';

const qText = (q: number) => (q < 0.001 ? '<0.001' : q.toFixed(3));

function regionSentence(r: Findings['regions'][number], w: Wording): string {
  const topics =
    r.topTopics.map((t) => w.fill(w.t.findings_topic_item, { topic: w.topic(t.topic), share: percent(t.share.share) })).join(w.lang === 'en' ? ', ' : '、') ||
    '—';
  return w.fill(w.t.findings_region, {
    region: w.region(r.region),
    count: r.relevant.count,
    total: r.relevant.total,
    share: percent(r.relevant.share),
    topics,
  });
}

function differencesSentence(f: Findings, w: Wording): string | undefined {
  if (f.tested === 0) return undefined;
  const [a, b] = f.compared.map((r) => w.region(r));
  const items = f.differences
    .map((d) =>
      w.fill(w.t.findings_diff_item, {
        viewpoint: w.viewpoint(d.viewpoint),
        topic: w.topic(d.topic),
        a: a!,
        b: b!,
        sa: percent(d.shares[0].share),
        sb: percent(d.shares[1].share),
        q: qText(d.q),
      }),
    )
    .join(w.lang === 'en' ? '; ' : '；');
  const template = f.significant > 0 ? w.t.findings_diff_some : w.t.findings_diff_none;
  const smallest = f.differences[0]?.q ?? 1;
  return `${w.fill(template, { a: a!, b: b!, n: f.significant, tested: f.tested, q: qText(smallest), items })}${w.lang === 'en' ? ' ' : ''}${w.t.findings_diff_denominator}`;
}

/** The summary's sentences, in order. */
export function findingsSentences(f: Findings, w: Wording): string[] {
  if (f.relevant.count === 0) return [w.t.findings_none];
  const sums = f.regions
    .filter((r) => r.topicShareSum > 1 + 1e-9)
    .map((r) => `${w.region(r.region)} ${percent(r.topicShareSum)}`)
    .join(w.lang === 'en' ? ', ' : '、');
  return [
    w.fill(w.t.findings_relevant, { count: f.relevant.count, total: f.relevant.total, share: percent(f.relevant.share) }),
    ...f.regions.map((r) => regionSentence(r, w)),
    differencesSentence(f, w),
    w.fill(w.t.findings_coverage, { no_topic: percent(f.noTopic.share), no_viewpoint: percent(f.noViewpoint.share) }),
    f.multiLabel ? w.fill(w.t.findings_multilabel, { sums }) : undefined,
    f.unknownHidden > 0 ? w.fill(w.t.findings_unknown_hidden, { n: f.unknownHidden }) : undefined,
  ].filter((x): x is string => x !== undefined);
}
