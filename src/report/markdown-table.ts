/** Markdown table helpers shared by the Markdown report's sections. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** "label (id)", or the id alone when the lexicon gives no label. */
export function named(labels: Readonly<Record<string, string>>, id: string): string {
  const label = labels[id];
  return label === undefined ? id : `${label} (${id})`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}
