/**
 * Which classified posts a discovery looks at: relevant posts with no viewpoint (the default: what
 * the lexicon does not name yet), those of them on one topic, relevant posts on one topic, or every
 * relevant post. `--by-topic` splits the unlabelled (or all-relevant) scope into one scope per topic
 * of the lexicon, each fitted on its own. Topics are checked against the lexicon's, as a value, not
 * a constant list.
 */
import { YuqingError } from '../errors.js';

export type Scope =
  | { readonly kind: 'unlabelled' }
  | { readonly kind: 'unlabelled-within'; readonly topic: string }
  | { readonly kind: 'within'; readonly topic: string }
  | { readonly kind: 'all-relevant' };

export interface ScopedRecord {
  readonly relevant: boolean;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
}

export function inScope(scope: Scope, record: ScopedRecord): boolean {
  if (!record.relevant) return false;
  if (scope.kind === 'unlabelled') return record.viewpoints.length === 0;
  if (scope.kind === 'unlabelled-within') return record.viewpoints.length === 0 && record.topics.includes(scope.topic);
  if (scope.kind === 'within') return record.topics.includes(scope.topic);
  return true;
}

export function describeScope(scope: Scope): string {
  if (scope.kind === 'unlabelled') return 'relevant posts with no viewpoint';
  if (scope.kind === 'unlabelled-within') return `relevant posts with no viewpoint on topic ${scope.topic}`;
  if (scope.kind === 'within') return `relevant posts on topic ${scope.topic}`;
  return 'all relevant posts';
}

export interface ScopeChoice {
  readonly within?: string;
  readonly unlabelledWithin?: string;
  readonly unlabelled?: boolean;
  readonly allRelevant?: boolean;
  readonly byTopic?: boolean;
}

function checkTopic(option: string, topic: string, topics: readonly string[]): string {
  if (!topics.includes(topic)) throw new YuqingError('E_OPTION', `${option} ${topic}: not a topic of the lexicon; expected one of ${topics.join(', ')}.`);
  return topic;
}

/** The scope from the command line's mutually exclusive choices. */
export function scopeFrom(o: ScopeChoice, topics: readonly string[]): Scope {
  const given = [o.within !== undefined, o.unlabelledWithin !== undefined, Boolean(o.unlabelled), Boolean(o.allRelevant)].filter(Boolean).length;
  if (given > 1)
    throw new YuqingError(
      'E_OPTION',
      '--within, --unlabelled-within, --unlabelled and --all-relevant choose the posts to discover in; give one of them (default: --unlabelled).',
    );
  if (o.within !== undefined) return { kind: 'within', topic: checkTopic('--within', o.within, topics) };
  if (o.unlabelledWithin !== undefined) return { kind: 'unlabelled-within', topic: checkTopic('--unlabelled-within', o.unlabelledWithin, topics) };
  return o.allRelevant ? { kind: 'all-relevant' } : { kind: 'unlabelled' };
}

/**
 * `--by-topic`: one scope per topic of the lexicon (in the lexicon's order) — the unlabelled posts
 * on it, or with --all-relevant every relevant post on it. A post on two topics is in both.
 */
export function topicScopes(scope: Scope, topics: readonly string[]): { readonly topic: string; readonly scope: Scope }[] {
  if (scope.kind === 'within' || scope.kind === 'unlabelled-within')
    throw new YuqingError(
      'E_OPTION',
      `--by-topic fits one topic at a time already; give it with --unlabelled or --all-relevant, not with a topic (${scope.topic}).`,
    );
  if (topics.length === 0) throw new YuqingError('E_OPTION', '--by-topic: the lexicon has no topics to split the posts by.');
  return topics.map((topic) => ({ topic, scope: scope.kind === 'unlabelled' ? { kind: 'unlabelled-within', topic } : { kind: 'within', topic } }));
}
