/** Everything from posts, lexicons and options reaches the page through these: text is escaped, links are http(s) only. */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The URL, escaped for an attribute, when it is an absolute http(s) link; otherwise undefined. */
export function safeHref(url: string | null): string | undefined {
  if (url === null || !/^https?:\/\/[^\s<>"']+$/i.test(url)) return undefined;
  return escapeHtml(url);
}
