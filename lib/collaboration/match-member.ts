import type { MemberRole } from "@/lib/generated/prisma/enums";

export type CollaborationFilters = { query?: string; organisation?: string; needId?: string; role?: MemberRole };

type Matchable = { name: string; organisation: string; uniqueRole: string; role: MemberRole; needIds: string[] };

/**
 * Whether a member card answers the search and filters. The search looks only at what every
 * member of the partnership sees of everyone (name, organisation, unique role), never at answers
 * with a visibility: a search must not tell whether a hidden answer holds a word.
 */
export function matchMember(card: Matchable, filters: CollaborationFilters): boolean {
  if (filters.organisation && card.organisation !== filters.organisation) return false;
  if (filters.role && card.role !== filters.role) return false;
  if (filters.needId && !card.needIds.includes(filters.needId)) return false;
  if (!filters.query) return true;
  const words = normalise(filters.query).split(" ").filter(Boolean);
  const haystack = normalise(`${card.name} ${card.organisation} ${card.uniqueRole}`);
  return words.every((word) => haystack.includes(word));
}

/** Lower case, accents off, one space between words: "Fatima El Amrani" matches "fátima". */
function normalise(text: string) {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLocaleLowerCase().replace(/\s+/g, " ").trim();
}

export function hasFilters(filters: CollaborationFilters): boolean {
  return Boolean(filters.query || filters.organisation || filters.needId || filters.role);
}
