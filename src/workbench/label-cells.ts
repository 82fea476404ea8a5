/**
 * Reading one answer cell as people fill it in: label IDs or names (either script, any width),
 * several separated by commas (ASCII or full-width), enumeration commas, semicolons or line breaks. Names may themselves hold a
 * full-width comma (a name that reads "…, and thinks …"), so pieces are rejoined greedily, longest name first.
 */
import type { NamedLabel } from '../label-set.js';
import { convertScript } from '../text/convert.js';

/** Width, case, script and white space folded: the key both cells and names are compared by. */
export function foldAnswer(text: string): string {
  return convertScript(text.normalize('NFKC'), 'hans').replace(/\s+/g, '').toLowerCase();
}

export type LabelIndex = ReadonlyMap<string, string>;

/** folded ID or name → ID */
export function labelIndex(labels: readonly NamedLabel[]): LabelIndex {
  const index = new Map<string, string>();
  for (const label of labels) {
    index.set(foldAnswer(label.id), label.id);
    index.set(foldAnswer(label.name), label.id);
  }
  return index;
}

export type CellReading = { readonly ids: readonly string[] } | { readonly unknown: string };

function readPieces(pieces: readonly string[], index: LabelIndex, ids: string[]): string | undefined {
  let i = 0;
  while (i < pieces.length) {
    let taken = 0;
    for (let j = pieces.length; j > i && taken === 0; j--) {
      const id = index.get(foldAnswer(pieces.slice(i, j).join(',')));
      if (id !== undefined) {
        ids.push(id);
        taken = j - i;
      }
    }
    if (taken === 0) {
      const words = pieces[i]!.trim().split(/\s+/);
      const each = words.map((w) => index.get(foldAnswer(w)));
      if (words.length < 2 || each.some((id) => id === undefined)) return pieces[i]!.trim();
      ids.push(...(each as string[]));
      taken = 1;
    }
    i += taken;
  }
  return undefined;
}

/** The IDs a cell names, without repeats, or the first piece that names nothing. */
export function readLabelCell(cell: string, index: LabelIndex): CellReading {
  const ids: string[] = [];
  for (const line of cell.split(/[\r\n;；]+/)) {
    const pieces = line.split(/[,\uFF0C\u3001]/).filter((p) => p.trim() !== '');
    const unknown = readPieces(pieces, index, ids);
    if (unknown !== undefined) return { unknown };
  }
  return { ids: [...new Set(ids)] };
}
