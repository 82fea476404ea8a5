/**
 * The one formatter of problems for people: a Diagnostic → one line.
 *
 * - With a place: `file:line:col: severity [CODE] message` (`yuqing study check`). `lexicon lint`
 *   has printed its codes bare since before there was one shape (`file:line:col: severity code
 *   message`); its lines are pinned by tests, so it asks for `code: 'bare'`.
 * - Without a place: `severity [CODE]: message` — a thrown error, whose sentence already starts with
 *   its place (`posts.csv line 42: …`).
 */
import { placeLabel, type Diagnostic } from '../diagnostic.js';

export interface DiagnosticLineOptions {
  /** `[CODE]` (the default) or `code`. */
  readonly code?: 'bracketed' | 'bare';
}

export function formatDiagnostic(d: Diagnostic, options: DiagnosticLineOptions = {}): string {
  const code = options.code === 'bare' ? d.code : `[${d.code}]`;
  if (d.place === undefined) return `${d.severity} ${code}: ${d.message}`;
  return `${placeLabel(d.place)}: ${d.severity} ${code} ${d.message}`;
}

/** A thrown error's line on stderr: its sentence names the place, so the place is not repeated. */
export function errorLine(code: string, message: string): string {
  return formatDiagnostic({ code, severity: 'error', message });
}
