/** The JSON report: every number of the Markdown and CSV reports, intervals included. */
import { shareRecord } from './format.js';
import { findings } from './json-findings.js';
import { sharesJson, validationJson } from './json-trust.js';
import type { ReportModel } from './model.js';

const share = shareRecord;

export function renderJson(model: ReportModel): string {
  const { summary, manifest, names } = model;
  const doc = {
    manifest,
    records: summary.records,
    regions: summary.regions,
    shares: sharesJson(model.trust),
    validation: validationJson(model.trust),
    figure1_topic_volume: summary.topicVolumes.map((t) => ({
      topic: t.topic, topic_label: names.topics[t.topic] ?? null, region: t.region, volume: t.volume, raw_volume: t.rawVolume,
      share_of_relevant: share(t.shareOfRelevant), share_of_sample: share(t.shareOfSample),
    })),
    figures_2_4_viewpoint_shares: summary.viewpointShares.map((v) => ({
      topic: v.topic, region: v.region, viewpoint: v.viewpoint, viewpoint_label: names.viewpoints[v.viewpoint] ?? null, share: share(v.share),
    })),
    table2_region_comparison: summary.profiles.map((p) => ({
      region: p.region, volume: p.volume, raw_volume: p.rawVolume, relevant: p.relevant,
      kinds: p.kinds.map((k) => ({ kind: k.kind, share: share(k.share) })),
      topics: p.topTopics.map((t) => ({ topic: t.topic, share: share(t.share) })),
      focus: p.focus.map((f) => ({ viewpoint: f.viewpoint, share: share(f.share) })),
      polarity: p.polarity.map((x) => ({ polarity: x.polarity, share: share(x.share) })),
      coverage: { no_topic: share(p.noTopic), no_viewpoint: share(p.noViewpoint) },
    })),
    ...findings(model),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
