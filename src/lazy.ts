/**
 * A read-only value built on first use and kept: large tables and slow-loading libraries that most
 * commands never need. What it returns must never change a result, only when it is built.
 */
export function lazy<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
