/**
 * One shape for "a problem": a stable code for machines, a severity, a sentence for people and,
 * when known, the place (file, line, column and the entry's path). Thrown errors (YuqingError),
 * YAML source issues, lint findings, study check findings and rejected records all are, or carry,
 * a Diagnostic; the CLI prints them with one formatter (src/cli/diagnostic-line.ts).
 */
import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const placeSchema = z.strictObject({
  file: z.string(),
  line: z.int().optional(),
  column: z.int().optional(),
  /** The entry's path in its file, e.g. pr.plan_ahead.cues[3]. */
  path: z.string().optional(),
});
export type Place = z.infer<typeof placeSchema>;

export const diagnosticSchema = z.strictObject({
  code: z.string(),
  severity: severitySchema,
  /** The sentence, without the place (the formatter puts the place in front). */
  message: z.string(),
  place: placeSchema.optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** A place with only the parts that are known (no keys holding undefined). */
export function placeOf(at: { readonly file?: string; readonly line?: number; readonly column?: number; readonly path?: string }): Place | undefined {
  if (at.file === undefined) return undefined;
  return {
    file: at.file,
    ...(at.line === undefined ? {} : { line: at.line }),
    ...(at.column === undefined ? {} : { column: at.column }),
    ...(at.path === undefined || at.path === '' ? {} : { path: at.path }),
  };
}

/** `file:line:column` from whatever is known ('' without a place). */
export function placeLabel(place: Place | undefined): string {
  if (place === undefined) return '';
  return [place.file, place.line, place.column].filter((x) => x !== undefined).join(':');
}
