/** The JSON report: every number of the Markdown and CSV reports, intervals included. */
import { round, shareRecord } from './number-format.js';
import { findingsSentences } from './key-findings-sentences.js';
import { sourceRows } from './platform-kind-rows.js';
import { methodTexts } from './html/sections-manifest.js';
import { studyTestsTermsJson } from './json-study-tests-terms.js';
import { sharesJson, validationJson } from './json-trust.js';
import type { ReportModel } from './model.js';

const share = shareRecord;

export function renderJson(model: ReportModel): string {
  const { summary, manifest, names } = model;
  const f = model.findings;
  const doc = {
    summary_of_findings: {
      lang: model.wording.lang,
      text: findingsSentences(f, model.wording),
      relevant: share(f.relevant),
      regions: f.regions.map((r) => ({
        region: r.region,
        relevant: share(r.relevant),
        top_topics: r.topTopics.map((t) => ({ topic: t.topic, share_of_relevant: share(t.share) })),
        topic_share_sum: round(r.topicShareSum),
      })),
      compared: f.compared,
      viewpoint_differences: f.differences.map((d) => ({
        topic: d.topic,
        viewpoint: d.viewpoint,
        shares_of_topic: d.shares.map(share),
        q: round(d.q),
        significant: d.significant,
      })),
      significant: f.significant,
      tested: f.tested,
      no_topic: share(f.noTopic),
      no_viewpoint: share(f.noViewpoint),
      multi_label: f.multiLabel,
      unknown_region_hidden: f.unknownHidden,
    },
    manifest,
    records: summary.records,
    regions: summary.regions,
    shares: sharesJson(model.trust),
    validation: validationJson(model.trust),
    figure1_topic_volume: summary.topicVolumes.map((t) => ({
      topic: t.topic,
      topic_label: names.topics[t.topic] ?? null,
      region: t.region,
      volume: t.volume,
      raw_volume: t.rawVolume,
      share_of_relevant: share(t.shareOfRelevant),
      share_of_sample: share(t.shareOfSample),
    })),
    figures_2_4_viewpoint_shares: summary.viewpointShares.map((v) => ({
      topic: v.topic,
      region: v.region,
      viewpoint: v.viewpoint,
      viewpoint_label: names.viewpoints[v.viewpoint] ?? null,
      share: share(v.share),
    })),
    table1_region_comparison: summary.profiles.map((p) => ({
      region: p.region,
      volume: p.volume,
      raw_volume: p.rawVolume,
      relevant: p.relevant,
      kinds: p.kinds.map((k) => ({ kind: k.kind, share: share(k.share) })),
      topics: p.topTopics.map((t) => ({ topic: t.topic, share: share(t.share) })),
      focus: p.focus.map((f) => ({ viewpoint: f.viewpoint, share: share(f.share) })),
      polarity: p.polarity.map((x) => ({ polarity: x.polarity, share: share(x.share) })),
      coverage: { no_topic: share(p.noTopic), no_viewpoint: share(p.noViewpoint) },
    })),
    table2_platforms_and_kinds: sourceRows(summary, model.wording).map((r) => ({
      group: r.group,
      key: r.key,
      topic: r.topic,
      shares: summary.regions.map((region, i) => ({ region, share: r.shares[i] === undefined ? null : share(r.shares[i]!) })),
    })),
    ...studyTestsTermsJson(model),
    method_note: methodTexts(manifest, summary.study, model.wording).map((p) => p.trim()),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
