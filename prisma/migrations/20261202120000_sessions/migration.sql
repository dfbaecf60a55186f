-- Sessions: a partnership's kickoff becomes the first of a series. Facilitators plan sessions
-- (title, date and time, steps); each session keeps who took part, its agreements, and counts of
-- needs coverage and alignment at its end. Existing kickoffs stay as the sessions they were.

-- AlterTable
ALTER TABLE "KickoffSession" ADD COLUMN "title" TEXT,
ADD COLUMN "scheduledAt" TIMESTAMP(3),
ADD COLUMN "endMemberCount" INTEGER,
ADD COLUMN "endNeedCount" INTEGER,
ADD COLUMN "endCoveredNeedCount" INTEGER,
ADD COLUMN "endAverageAlignment" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "sessionId" TEXT;

-- CreateTable
CREATE TABLE "SessionParticipant" (
    "sessionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionParticipant_pkey" PRIMARY KEY ("sessionId","userId")
);

-- CreateTable
CREATE TABLE "PlannedSession" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "stepKinds" "KickoffStepKind"[],
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlannedSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionParticipant_userId_idx" ON "SessionParticipant"("userId");

-- CreateIndex
CREATE INDEX "PlannedSession_partnershipId_scheduledAt_idx" ON "PlannedSession"("partnershipId", "scheduledAt");

-- CreateIndex
CREATE INDEX "PlannedSession_createdById_idx" ON "PlannedSession"("createdById");

-- CreateIndex
CREATE INDEX "Agreement_sessionId_idx" ON "Agreement"("sessionId");

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "KickoffSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionParticipant" ADD CONSTRAINT "SessionParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedSession" ADD CONSTRAINT "PlannedSession_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedSession" ADD CONSTRAINT "PlannedSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "KickoffSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing kickoffs are the partnership's sessions so far. An agreement written while one of them
-- ran belongs to it.
UPDATE "Agreement" a SET "sessionId" = (
  SELECT k."id" FROM "KickoffSession" k
  WHERE k."partnershipId" = a."partnershipId"
    AND k."startedAt" <= a."createdAt"
    AND (k."endedAt" IS NULL OR k."endedAt" >= a."createdAt")
  ORDER BY k."startedAt" DESC LIMIT 1
);

-- Who took part in an existing kickoff is known only from what they did in it: the agreements
-- they wrote and the answers they revealed in it (and still members). Counts at their end were
-- never kept, so ended kickoffs have none.
INSERT INTO "SessionParticipant" ("sessionId", "userId", "joinedAt")
SELECT DISTINCT ON (done."sessionId", done."userId") done."sessionId", done."userId", k."startedAt"
FROM (
  SELECT a."sessionId", a."createdById" AS "userId" FROM "Agreement" a WHERE a."sessionId" IS NOT NULL AND a."createdById" IS NOT NULL
  UNION
  SELECT r."kickoffId", r."userId" FROM "FieldReveal" r WHERE r."kickoffId" IS NOT NULL
) done
JOIN "KickoffSession" k ON k."id" = done."sessionId"
JOIN "Membership" m ON m."userId" = done."userId" AND m."partnershipId" = k."partnershipId";
