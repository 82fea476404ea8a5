/** Posts as people coded them: the records that sample sheets, agreement and validation share. */

export interface CodedPost {
  readonly id: string;
  readonly region: string | null;
  readonly platform: string | null;
  readonly text: string | null;
  readonly relevant: boolean;
  /** Topic IDs, in the taxonomy's order; a viewpoint's topic is always among them. */
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
  /** Null when the coder left it blank. */
  readonly polarity: string | null;
}

export interface CodedSet {
  /** The file the codes came from; it names the coder in outputs. */
  readonly source: string;
  readonly posts: readonly CodedPost[];
  /** Rows nobody has coded yet (every answer cell blank): skipped, and counted here. */
  readonly uncoded: number;
}

/** The tool's labels of one post, as `yuqing classify` wrote them. */
export interface ToolLabels {
  readonly region: string;
  readonly relevant: boolean;
  readonly topics: readonly string[];
  readonly viewpoints: readonly string[];
  readonly polarity: string;
}
