/**
 * Findings a lexicon's authors have looked at and accept, kept beside the lexicon in
 * `lint-accepted.yaml` (not part of the lexicon: it does not change its hash). Lint hides them and
 * says how many; `--verbose` shows them. A finding is matched by its code, file, entry and term, not
 * its line, so edits elsewhere do not unhide it; an accepted finding that no longer occurs is listed
 * as stale so the file stays honest.
 */
import { z } from 'zod';
import { LINT_CODES, type LintFinding } from './finding.js';
import type { EntryPlace } from './entries.js';

export const ACCEPTED_FILE = 'lint-accepted.yaml';

export const acceptedSchema = z.strictObject({
  accepted: z.array(
    z.strictObject({
      code: z.enum(LINT_CODES),
      /** The file's name in the lexicon folder. */
      file: z.string(),
      /** The top-level key: a viewpoint or topic ID, positive, strong … */
      entry: z.string(),
      term: z.string().optional(),
      /** Why it is fine as it is. */
      why: z.string().min(1),
    }),
  ),
});
export type AcceptedFindings = z.infer<typeof acceptedSchema>;
type Accepted = AcceptedFindings['accepted'][number];

const matches = (a: Accepted, f: LintFinding, place: EntryPlace) => a.code === f.code && a.file === place.file && a.entry === place.key && a.term === f.term;

/** Findings split into shown and accepted, and the accepted entries nothing matched (stale). */
export function applyAccepted(findings: readonly LintFinding[], accepted: AcceptedFindings, placeOf: (f: LintFinding) => EntryPlace) {
  const used = new Set<Accepted>();
  const shown: LintFinding[] = [];
  const hidden: LintFinding[] = [];
  for (const f of findings) {
    const place = placeOf(f);
    const hit = f.severity === 'error' ? undefined : accepted.accepted.find((a) => matches(a, f, place));
    if (hit === undefined) shown.push(f);
    else {
      used.add(hit);
      hidden.push(f);
    }
  }
  return { shown, hidden, stale: accepted.accepted.filter((a) => !used.has(a)) };
}
