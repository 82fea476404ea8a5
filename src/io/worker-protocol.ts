/** Messages between the classify pool and its worker threads. */
import type { FieldMap, Reject } from './map-record.js';
import type { ItemSource, RawItem } from './raw-items.js';

export interface WorkerInit {
  readonly lexiconDir?: string;
  readonly platformsFile?: string;
  readonly fields: FieldMap;
  readonly source: ItemSource;
  readonly slim: boolean;
  /** A taxonomy model for hybrid tagging (already checked by the main thread). */
  readonly modelPath?: string;
}

export interface BatchRequest {
  readonly seq: number;
  readonly items: readonly RawItem[];
}

/** One result per item, in item order: an output line (with the record's id) or a reject. */
export type ItemResult = { readonly out: string; readonly id: string; readonly line: number } | { readonly reject: Reject };

export interface BatchReply {
  readonly seq: number;
  readonly results: readonly ItemResult[];
}
