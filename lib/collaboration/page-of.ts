/** One page of a list: which items it holds and where it stands among the pages (1-based). */
export type PageOf<T> = { items: T[]; page: number; pageCount: number; first: number; last: number; total: number };

/** A page beyond the last shows the last one, so an old link never lands on an empty page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (current - 1) * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page: current, pageCount, first: slice.length ? start + 1 : 0, last: start + slice.length, total: items.length };
}
