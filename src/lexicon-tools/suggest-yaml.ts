/**
 * Suggestions → a YAML snippet to review and paste under an entry's `cues:`; every candidate
 * carries its keyness, counts and concordance lines as comments.
 */
import { stringify } from 'yaml';
import type { LexiconIdentity } from '../lexicon/identity.js';
import type { Suggestions } from './suggest.js';

const scalar = (s: string) => stringify(s).trimEnd();

export function renderSuggestionsYaml(s: Suggestions, corpus: string, lexicon: LexiconIdentity): string {
  const out = [
    `# yuqing lexicon suggest --label ${s.label} --corpus ${corpus}`,
    `# lexicon: ${lexicon.id} ${lexicon.version} ${lexicon.hash}`,
    `# ${s.posts.target} posts with the label (${s.tokens.target} word tokens), ${s.posts.reference} without (${s.tokens.reference})`,
    `# Ranked by keyness: G² (log-likelihood; 3.84 is p < 0.05, 6.63 is p < 0.01) of each word or bigram`,
    `# in the posts with the label against the posts without it. Terms already under ${s.label} are left out.`,
    `# Review: keep the candidates that say the view, delete the rest, paste the kept ones under cues:`,
    `# of ${s.label}; then run yuqing lexicon lint, yuqing lexicon test and yuqing lexicon diff.`,
  ];
  if (s.candidates.length === 0) out.push('# (no candidate reached the minimum count: try a larger corpus or --min-count 1)');
  for (const c of s.candidates) {
    out.push(`- ${scalar(c.term)}`);
    out.push(
      `  # ${c.kind} · G² ${c.g2.toFixed(2)} · log ratio ${c.logRatio.toFixed(2)} · ${c.target.count}× in ${c.target.posts}/${s.posts.target} posts with the label · ${c.reference.count}× in ${c.reference.posts}/${s.posts.reference} without`,
    );
    if (c.known.length > 0) out.push(`  # already a cue of: ${c.known.join(', ')}`);
    for (const line of c.lines) out.push(`  #   ${line.id}: …${line.left}[${line.match}]${line.right}…`);
  }
  return `${out.join('\n')}\n`;
}
