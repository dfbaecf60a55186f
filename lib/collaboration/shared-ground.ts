/**
 * Shared ground: the values and skills several members hold, and what only one member brings.
 * Counts only tags the viewer may see (the input is already filtered).
 */
export type TagHolder = { membershipId: string; name: string; tags: string[] };

export type SharedGround = {
  shared: { tag: string; count: number; holders: string[] }[];
  unique: { tag: string; holder: string; membershipId: string }[];
};

export function sharedGround(holders: TagHolder[]): SharedGround {
  const byTag = new Map<string, { names: string[]; membershipIds: string[] }>();
  for (const holder of holders) {
    for (const tag of new Set(holder.tags)) {
      const entry = byTag.get(tag) ?? { names: [], membershipIds: [] };
      entry.names.push(holder.name);
      entry.membershipIds.push(holder.membershipId);
      byTag.set(tag, entry);
    }
  }
  const entries = [...byTag.entries()];
  const shared = entries
    .filter(([, entry]) => entry.names.length > 1)
    .map(([tag, entry]) => ({ tag, count: entry.names.length, holders: entry.names }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  const unique = entries
    .filter(([, entry]) => entry.names.length === 1)
    .map(([tag, entry]) => ({ tag, holder: entry.names[0] ?? "", membershipId: entry.membershipIds[0] ?? "" }))
    .sort((a, b) => a.holder.localeCompare(b.holder) || a.tag.localeCompare(b.tag));
  return { shared, unique };
}
