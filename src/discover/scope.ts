/**
 * Which classified posts a discovery looks at: relevant posts with no viewpoint (the default: what
 * the lexicon does not name yet), relevant posts on one topic, or every relevant post. Topics are
 * checked against the lexicon's, as a value, not a constant list.
 */
import { YuqingError } from '../errors.js';

export type Scope = { readonly kind: 'unlabelled' } | { readonly kind: 'within'; readonly topic: string } | { readonly kind: 'all-relevant' };

export interface ScopedRecord {
  readonly relevant: boolean;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
}

export function inScope(scope: Scope, record: ScopedRecord): boolean {
  if (!record.relevant) return false;
  if (scope.kind === 'unlabelled') return record.viewpoints.length === 0;
  if (scope.kind === 'within') return record.topics.includes(scope.topic);
  return true;
}

export function describeScope(scope: Scope): string {
  if (scope.kind === 'unlabelled') return 'relevant posts with no viewpoint';
  if (scope.kind === 'within') return `relevant posts on topic ${scope.topic}`;
  return 'all relevant posts';
}

/** The scope from the command line's mutually exclusive choices. */
export function scopeFrom(o: { readonly within?: string; readonly unlabelled?: boolean; readonly allRelevant?: boolean }, topics: readonly string[]): Scope {
  const given = [o.within !== undefined, Boolean(o.unlabelled), Boolean(o.allRelevant)].filter(Boolean).length;
  if (given > 1)
    throw new YuqingError('E_OPTION', '--within, --unlabelled and --all-relevant choose the posts to discover in; give one of them (default: --unlabelled).');
  if (o.within !== undefined) {
    if (!topics.includes(o.within))
      throw new YuqingError('E_OPTION', `--within ${o.within}: not a topic of the lexicon; expected one of ${topics.join(', ')}.`);
    return { kind: 'within', topic: o.within };
  }
  return o.allRelevant ? { kind: 'all-relevant' } : { kind: 'unlabelled' };
}
