/**
 * The label IDs of `spec/taxonomy.md`: a fixed interface shared with outside scorers.
 * Only identifiers live here; every word that decides a label lives in `lexicons/`.
 */
export const TOPIC_IDS = ['identity_acquisition', 'permanent_residency', 'scheme_optimisation'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const VIEWPOINT_IDS = [
  'id.birth_for_residency',
  'id.clear_fast',
  'id.education_springboard',
  'id.lower_threshold',
  'id.whole_family',
  'id.window_closing',
  'opt.apply_now',
  'opt.attracts_talent',
  'opt.clear_fast',
  'opt.major_benefit',
  'opt.property_boost',
  'opt.renewal_worry',
  'opt.resource_strain',
  'pr.a_visa_tradeoffs',
  'pr.plan_ahead',
  'pr.real_contribution',
  'pr.self_employment',
  'pr.shell_company_crackdown',
  'pr.strict_exit',
] as const;
export type ViewpointId = (typeof VIEWPOINT_IDS)[number];

/** Each viewpoint belongs to the topic its ID prefix names. */
export const VIEWPOINT_PREFIX_TOPIC: Readonly<Record<string, TopicId>> = {
  opt: 'scheme_optimisation',
  id: 'identity_acquisition',
  pr: 'permanent_residency',
};

export function topicOfViewpoint(viewpoint: ViewpointId): TopicId {
  const prefix = viewpoint.slice(0, viewpoint.indexOf('.'));
  const topic = VIEWPOINT_PREFIX_TOPIC[prefix];
  if (topic === undefined) throw new Error(`viewpoint ${viewpoint} has no topic prefix`);
  return topic;
}

export const REGIONS = ['mainland', 'hk', 'unknown'] as const;
export type Region = (typeof REGIONS)[number];

export const POLARITIES = ['positive', 'negative', 'neutral', 'mixed'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const KINDS = ['post', 'comment', 'article'] as const;
export type Kind = (typeof KINDS)[number];
