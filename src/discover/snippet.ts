/**
 * A theme → a YAML entry for a new viewpoint in the lexicon's format (docs/lexicon-format.md):
 * its distinctive terms as cues (with their counts as comments), the sentences of its strongest
 * posts that hold them as `examples: match`, and the topic most of its posts carry. It is a draft
 * to review: the key must become a viewpoint ID of the taxonomy before the lexicon loads it.
 */
import { stringify } from 'yaml';
import { scoringUnits } from '../model/units.js';
import type { Span } from './assign.js';
import type { Theme, ThemeExample } from './themes.js';

const scalar = (s: string) => stringify(s, { lineWidth: 0 }).trimEnd();
/** Example sentences quoted, and their longest length (code units). */
const SNIPPET_EXAMPLES = 3;
const EXAMPLE_MAX = 120;

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The sentence of the example's evidence that holds the most highlighted text. */
export function exampleSentence(e: ThemeExample): string {
  let best = { text: '', score: -1 };
  for (const span of e.spans) {
    const piece = e.text.slice(span.start, span.end);
    for (const s of scoringUnits(piece)) {
      const at = { start: span.start + s.start, end: span.start + s.end };
      const score = e.highlights.reduce((n, h) => n + overlap(at, h), 0);
      if (score > best.score) best = { text: e.text.slice(at.start, at.end), score };
    }
  }
  const text = best.text.replace(/\s+/g, ' ').trim();
  return text.length > EXAMPLE_MAX ? `${text.slice(0, EXAMPLE_MAX)}…` : text;
}

export interface SnippetContext {
  readonly totalThemes: number;
  readonly scope: string;
  readonly seed: number;
  /** The lexicon's topic IDs (offered when the theme's posts carry none). */
  readonly topics: readonly string[];
}

export function viewpointSnippet(theme: Theme, c: SnippetContext): string {
  const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
  const [topic, carried] = Object.entries(theme.labels.topics)[0] ?? [undefined, 0];
  const lines = [
    `# yuqing discover: theme ${theme.rank} of ${c.totalThemes} (seed ${c.seed}, ${c.scope}): ${theme.size} posts, ${percent(theme.share.share)} [${percent(theme.share.low)}–${percent(theme.share.high)}]`,
    '# A draft for a new viewpoint: rename the key to a viewpoint ID of the taxonomy (spec/taxonomy.md), write',
    '# the label, keep the cues that say the view; then yuqing lexicon lint, lexicon test and lexicon diff.',
    `new_theme_${theme.rank}:`,
    topic === undefined
      ? `  topic: ${c.topics[0] ?? '""'}  # its posts carry no topic: choose one of ${c.topics.join(', ')}`
      : `  topic: ${topic}  # carried by ${carried} of its ${theme.size} posts`,
    `  label: ""  # the view in one sentence`,
    '  polarity: neutral',
    '  needs_topic: false',
    '  cues:',
    ...theme.terms.flatMap((t) => [
      `    - ${scalar(t.form)}`,
      `      # G² ${t.g2.toFixed(2)} · ${t.count}× in the theme, ${t.otherCount}× in the other themes`,
    ]),
    '  examples:',
    '    match:',
    ...theme.examples.slice(0, SNIPPET_EXAMPLES).map((e) => `      - ${scalar(exampleSentence(e))}  # ${e.id}`),
    '    nomatch: []',
  ];
  if (theme.terms.length === 0)
    lines.splice(lines.indexOf('  cues:') + 1, 0, '    []  # no term reached G² significance: the theme is too small or too diffuse');
  return `${lines.join('\n')}\n`;
}
