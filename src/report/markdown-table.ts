/** Markdown table helpers shared by the Markdown report's sections. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** "label (id)", or the id alone when there is no label (the wording gives the id back). */
export function named(label: string, id: string): string {
  return label === id ? id : `${label} (${id})`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines.join('\n');
}
