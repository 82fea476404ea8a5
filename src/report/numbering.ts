/**
 * Figure and table numbers, one scheme for every format (HTML, Markdown, JSON): figure 1 topic
 * volume, one viewpoint figure per topic, the timeline, one key-term figure per topic, coverage;
 * table 1 the regions compared, table 2 platforms and kinds of content.
 */
/** The figure numbers of a report over `topics` topics. */
export function figureNumbers(topics: number) {
  return {
    volume: 1,
    firstViewpoint: 2,
    timeline: 2 + topics,
    firstKeyness: 3 + topics,
    coverage: 3 + 2 * topics,
  } as const;
}

export const TABLES = { compare: 1, sources: 2 } as const;
