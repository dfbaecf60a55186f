import "server-only";
import type { Tx } from "@/lib/db";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/leadership/fields";

/** Versions kept per answer: older ones are let go when a new one is saved. */
export const VERSIONS_KEPT = 30;

/**
 * Adds the saved texts of these answers to their owner's history, where they differ from the
 * latest version there, in the save's own transaction. A first empty answer starts no history.
 */
export async function recordAnswerVersions(tx: Tx, userId: string, answers: Partial<Record<AnswerField, string>>) {
  const fields = ANSWER_FIELDS.filter((field) => answers[field] !== undefined);
  if (fields.length === 0) return;
  const latest = await tx.$queryRaw<{ field: AnswerField; text: string }[]>`
    SELECT DISTINCT ON ("field") "field"::text AS "field", "text"
    FROM "AnswerVersion"
    WHERE "userId" = ${userId}
    ORDER BY "field", "savedAt" DESC, "id" DESC`;
  const known = new Map(latest.map((version) => [version.field, version.text]));
  const changed = fields.filter((field) => {
    const text = answers[field] ?? "";
    return known.has(field) ? known.get(field) !== text : text !== "";
  });
  if (changed.length === 0) return;
  await tx.answerVersion.createMany({ data: changed.map((field) => ({ userId, field, text: answers[field] ?? "" })) });
  await tx.$executeRaw`
    DELETE FROM "AnswerVersion" WHERE "id" IN (
      SELECT "id" FROM (
        SELECT "id", row_number() OVER (PARTITION BY "field" ORDER BY "savedAt" DESC, "id" DESC) AS "place"
        FROM "AnswerVersion" WHERE "userId" = ${userId}
      ) ranked WHERE "place" > ${VERSIONS_KEPT}
    )`;
}
