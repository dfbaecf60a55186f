import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { AudienceChangeReason } from "@/lib/generated/prisma/enums";
import { isAnswerField, type AnswerField } from "@/lib/leadership/fields";

export type AudienceNoticeItem = {
  id: string;
  partnershipId: string;
  partnershipName: string;
  readerName: string;
  reason: AudienceChangeReason;
  fields: AnswerField[];
  createdAt: Date;
  seenAt: Date | null;
};

type Row = Omit<AudienceNoticeItem, "fields" | "reason"> & { reason: string; fields: string[] | null };

/**
 * A user's own notices of new readers of their "Facilitators" answers, newest first (`unseenOnly`:
 * those not yet dismissed, for the notice shown on every page). Only partnerships they are in
 * now, and joined before the notice: a partnership left or deleted takes its notices along, and
 * rejoining does not bring back old ones. One query, whatever the number of notices.
 */
export async function listAudienceNotices(userId: string, { unseenOnly = false }: { unseenOnly?: boolean } = {}): Promise<AudienceNoticeItem[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT n."id", n."partnershipId", p."name" AS "partnershipName", r."name" AS "readerName",
           n."reason"::text AS "reason", n."fields"::text[] AS "fields", n."createdAt", n."seenAt"
    FROM "AudienceNotice" n
    JOIN "Partnership" p ON p."id" = n."partnershipId"
    JOIN "User" r ON r."id" = n."readerId"
    WHERE n."userId" = ${userId}
      ${unseenOnly ? Prisma.sql`AND n."seenAt" IS NULL` : Prisma.empty}
      AND EXISTS (
        SELECT 1 FROM "Membership" m
        WHERE m."userId" = n."userId" AND m."partnershipId" = n."partnershipId" AND m."joinedAt" <= n."createdAt"
      )
    ORDER BY n."createdAt" DESC, n."id" DESC`;
  return rows.map((row) => ({
    ...row,
    reason: row.reason === "SUCCESSION" ? "SUCCESSION" : "PROMOTED",
    fields: (row.fields ?? []).filter(isAnswerField),
  }));
}
