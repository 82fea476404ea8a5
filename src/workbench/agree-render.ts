/** The agreement report as text tables or JSON (keys: field names and label IDs). */
import type { Agreement } from '../aggregate/agreement.js';
import type { AgreementReport } from './agree.js';

const num = (x: number | null, digits = 3) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const cell = (x: number | null) => (x === null ? '—' : x.toFixed(3));

function rounded(fields: Readonly<Record<string, Agreement>>) {
  return Object.fromEntries(Object.entries(fields).map(([k, a]) => [k, { alpha: num(a.alpha), kappa: num(a.kappa), agreement: num(a.agreement), n: a.n }]));
}

export function agreementJson(report: AgreementReport, toolSource: string | null): string {
  const doc = {
    coders: report.coders,
    agreement: rounded(report.fields),
    tool: { source: toolSource, against: Object.fromEntries(Object.entries(report.tool).map(([coder, fields]) => [coder, rounded(fields)])) },
    disagreements: report.disagreements,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function table(fields: Readonly<Record<string, Agreement>>): string[] {
  const lines = [`  ${'field'.padEnd(28)} ${'alpha'.padStart(7)} ${'kappa'.padStart(7)} ${'agree'.padStart(7)} ${'n'.padStart(5)}`];
  for (const [name, a] of Object.entries(fields))
    lines.push(`  ${name.padEnd(28)} ${cell(a.alpha).padStart(7)} ${cell(a.kappa).padStart(7)} ${cell(a.agreement).padStart(7)} ${String(a.n).padStart(5)}`);
  return lines;
}

export function agreementText(report: AgreementReport, toolSource: string | null): string {
  const lines = [
    `# agreement between ${report.coders.join(', ')}`,
    '',
    "Krippendorff's alpha (nominal), Cohen's kappa (two coders), raw agreement; relevance over all posts, the rest over posts every coder marks relevant.",
    '',
    ...table(report.fields),
  ];
  for (const [coder, fields] of Object.entries(report.tool)) lines.push('', `# the tool (${toolSource}) against ${coder}`, '', ...table(fields));
  if (Object.keys(report.tool).length === 0) lines.push('', '(the tool is not compared: no --pred, no design file, no texts to classify)');
  lines.push('', `# disagreements (${report.disagreements.length})`);
  for (const d of report.disagreements)
    lines.push(
      `  ${d.id}  ${d.field}: ${Object.entries(d.values)
        .map(([c, v]) => `${c}=${v || '(blank)'}`)
        .join('  ')}`,
    );
  return `${lines.join('\n')}\n`;
}
