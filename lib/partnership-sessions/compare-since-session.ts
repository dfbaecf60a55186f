import { statusOf, type CoverageStatus } from "@/lib/collaboration/coverage-matrix";

/** A session that ended, with the counts kept at its end (null where it ended before they were kept). */
export type SessionEndPoint = {
  id: string;
  number: number;
  title: string | null;
  startedAt: Date;
  endedAt: Date;
  endMemberCount: number | null;
  endNeedCount: number | null;
  endCoveredNeedCount: number | null;
  endAverageAlignment: number | null;
  needCoverageKept: boolean;
};

type Person = { id: string; name: string };

export type CompareInput = {
  endedAt: Date;
  /** When the viewer's membership began: of someone who left before it, the viewer is not told who. */
  viewerJoinedAt: Date;
  members: { id: string; joinedAt: Date; organisation: string; user: Person }[];
  /** Departures after the session ended, oldest first; `user` is null once the account is deleted. */
  departures: { id: string; leftAt: Date; memberSince: Date; user: Person | null }[];
  needs: { id: string; title: string; contributorCount: number }[];
  /** Each need's contributor count at the session's end; null when that session kept none. */
  kept: { needId: string; contributorCount: number }[] | null;
};

export type NeedChange = {
  needId: string;
  title: string;
  /** Null for a need added since. */
  before: { count: number; status: CoverageStatus } | null;
  now: { count: number; status: CoverageStatus };
};

/**
 * Who joined and who left since a session ended, and which needs' coverage changed, comparing the
 * partnership now with what that session kept. Someone who was a member at the end and is one again
 * now (left and came back) neither joined nor left; someone who joined and left again since is in
 * neither list. A viewer who joined after someone left never shared the partnership with them: they
 * learn that someone left, not who.
 */
export function compareSinceSession({ endedAt, viewerJoinedAt, members, departures, needs, kept }: CompareInput) {
  const atEnd = (departure: CompareInput["departures"][number]) => departure.memberSince <= endedAt;
  const current = new Set(members.map((member) => member.user.id));
  const returned = new Set(departures.flatMap((departure) => (atEnd(departure) && departure.user && current.has(departure.user.id) ? [departure.user.id] : [])));

  const joined = members
    .filter((member) => member.joinedAt > endedAt && !returned.has(member.user.id))
    .map((member) => ({ membershipId: member.id, name: member.user.name, organisation: member.organisation, joinedAt: member.joinedAt }));

  const seen = new Set<string>();
  const left = departures.flatMap((departure) => {
    if (!atEnd(departure)) return [];
    if (departure.user) {
      if (current.has(departure.user.id) || seen.has(departure.user.id)) return [];
      seen.add(departure.user.id);
    }
    const known = departure.leftAt >= viewerJoinedAt;
    return [{ id: departure.id, name: known ? (departure.user?.name ?? null) : null, accountDeleted: !departure.user, beforeViewer: !known, leftAt: departure.leftAt }];
  });

  if (!kept) return { joined, left, needs: null, removedNeedCount: null };
  const before = new Map(kept.map((row) => [row.needId, row.contributorCount]));
  const changed: NeedChange[] = needs.flatMap((need) => {
    const count = before.get(need.id);
    if (count === need.contributorCount) return [];
    return [
      {
        needId: need.id,
        title: need.title,
        before: count === undefined ? null : { count, status: statusOf(count) },
        now: { count: need.contributorCount, status: statusOf(need.contributorCount) },
      },
    ];
  });
  const currentNeeds = new Set(needs.map((need) => need.id));
  return { joined, left, needs: changed, removedNeedCount: kept.filter((row) => !currentNeeds.has(row.needId)).length };
}
