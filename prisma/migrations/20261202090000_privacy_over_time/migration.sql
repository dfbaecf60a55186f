-- Reveals become copies of what was shown, scoped to the kickoff they were made in.
-- Audience changes are told to the members whose answers get a new reader.
-- Removals are remembered, so that links made before a removal no longer let the person in.
-- Notes can be removed by the member they are about or by a facilitator.

-- CreateEnum
CREATE TYPE "AudienceChangeReason" AS ENUM ('PROMOTED', 'SUCCESSION');

-- AlterTable
ALTER TABLE "FieldReveal" ADD COLUMN "text" TEXT,
ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "kickoffId" TEXT,
ADD COLUMN "keep" BOOLEAN NOT NULL DEFAULT false;

-- A reveal used to cover its field for ever. Its owner never chose to keep it beyond the kickoff,
-- so reveals outside a running kickoff end now; those in a running one become copies of the
-- answer as it stands, ending with that kickoff.
DELETE FROM "FieldReveal" r
WHERE NOT EXISTS (
  SELECT 1 FROM "KickoffSession" k WHERE k."partnershipId" = r."partnershipId" AND k."status" = 'RUNNING'
);

UPDATE "FieldReveal" r SET
  "kickoffId" = (
    SELECT k."id" FROM "KickoffSession" k
    WHERE k."partnershipId" = r."partnershipId" AND k."status" = 'RUNNING'
    ORDER BY k."startedAt" DESC LIMIT 1
  ),
  "text" = COALESCE((
    SELECT CASE r."field"
      WHEN 'origin' THEN p."origin"
      WHEN 'knowledgeSkills' THEN p."knowledgeSkills"
      WHEN 'personality' THEN p."personality"
      WHEN 'lifeExperience' THEN p."lifeExperience"
      WHEN 'fears' THEN p."fears"
      WHEN 'irritations' THEN p."irritations"
      WHEN 'valuesNorms' THEN p."valuesNorms"
      WHEN 'statement' THEN m."statement"
      WHEN 'drives' THEN m."drives"
      WHEN 'talents' THEN m."talents"
      WHEN 'contributeTo' THEN m."contributeTo"
    END
    FROM "User" u
    LEFT JOIN "Profile" p ON p."userId" = u."id"
    LEFT JOIN "Mission" m ON m."userId" = u."id"
    WHERE u."id" = r."userId"
  ), ''),
  "tags" = COALESCE((
    SELECT CASE r."field"
      WHEN 'knowledgeSkills' THEN p."skillTags"
      WHEN 'valuesNorms' THEN p."valueTags"
      ELSE ARRAY[]::TEXT[]
    END
    FROM "Profile" p WHERE p."userId" = r."userId"
  ), ARRAY[]::TEXT[]);

ALTER TABLE "FieldReveal" ALTER COLUMN "text" SET NOT NULL,
ALTER COLUMN "tags" SET NOT NULL;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN "removedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "AudienceNotice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "readerId" TEXT NOT NULL,
    "reason" "AudienceChangeReason" NOT NULL,
    "fields" "LeadershipField"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seenAt" TIMESTAMP(3),

    CONSTRAINT "AudienceNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberRemoval" (
    "userId" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "removedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberRemoval_pkey" PRIMARY KEY ("userId","partnershipId")
);

-- CreateIndex
CREATE INDEX "FieldReveal_kickoffId_idx" ON "FieldReveal"("kickoffId");

-- CreateIndex
CREATE INDEX "AudienceNotice_userId_seenAt_idx" ON "AudienceNotice"("userId", "seenAt");

-- CreateIndex
CREATE INDEX "AudienceNotice_readerId_idx" ON "AudienceNotice"("readerId");

-- CreateIndex
CREATE INDEX "AudienceNotice_partnershipId_idx" ON "AudienceNotice"("partnershipId");

-- CreateIndex
CREATE INDEX "MemberRemoval_partnershipId_idx" ON "MemberRemoval"("partnershipId");

-- AddForeignKey
ALTER TABLE "FieldReveal" ADD CONSTRAINT "FieldReveal_kickoffId_fkey" FOREIGN KEY ("kickoffId") REFERENCES "KickoffSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceNotice" ADD CONSTRAINT "AudienceNotice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceNotice" ADD CONSTRAINT "AudienceNotice_readerId_fkey" FOREIGN KEY ("readerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceNotice" ADD CONSTRAINT "AudienceNotice_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRemoval" ADD CONSTRAINT "MemberRemoval_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberRemoval" ADD CONSTRAINT "MemberRemoval_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
