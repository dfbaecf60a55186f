-- Own steps and questions: a partnership's facilitators edit the questions of the default steps
-- and write steps of their own. A planned session lists its steps in a table of its own, so that
-- it can hold own steps; the steps of existing plans move there in their order. A running or held
-- session keeps the questions it started with.

-- AlterEnum
ALTER TYPE "KickoffStepKind" ADD VALUE 'OWN';

-- AlterTable
ALTER TABLE "KickoffStep" ADD COLUMN "questions" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "PlannedSessionStep" (
    "id" TEXT NOT NULL,
    "plannedSessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "KickoffStepKind" NOT NULL,
    "ownStepId" TEXT,

    CONSTRAINT "PlannedSessionStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OwnStep" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "questions" TEXT[],
    "durationMinutes" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OwnStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DefaultStepQuestions" (
    "partnershipId" TEXT NOT NULL,
    "kind" "KickoffStepKind" NOT NULL,
    "questions" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DefaultStepQuestions_pkey" PRIMARY KEY ("partnershipId","kind")
);

-- CreateIndex
CREATE INDEX "PlannedSessionStep_plannedSessionId_position_idx" ON "PlannedSessionStep"("plannedSessionId", "position");

-- CreateIndex
CREATE INDEX "PlannedSessionStep_ownStepId_idx" ON "PlannedSessionStep"("ownStepId");

-- CreateIndex
CREATE INDEX "OwnStep_partnershipId_createdAt_idx" ON "OwnStep"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "OwnStep_createdById_idx" ON "OwnStep"("createdById");

-- AddForeignKey
ALTER TABLE "PlannedSessionStep" ADD CONSTRAINT "PlannedSessionStep_plannedSessionId_fkey" FOREIGN KEY ("plannedSessionId") REFERENCES "PlannedSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedSessionStep" ADD CONSTRAINT "PlannedSessionStep_ownStepId_fkey" FOREIGN KEY ("ownStepId") REFERENCES "OwnStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnStep" ADD CONSTRAINT "OwnStep_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnStep" ADD CONSTRAINT "OwnStep_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DefaultStepQuestions" ADD CONSTRAINT "DefaultStepQuestions_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The steps of existing plans, in their order. The ids only need to be unique: they are never
-- shown and nothing refers to them.
INSERT INTO "PlannedSessionStep" ("id", "plannedSessionId", "position", "kind")
SELECT 'pss_' || md5(p."id" || ':' || step.position::text), p."id", step.position - 1, step.kind
FROM "PlannedSession" p
CROSS JOIN LATERAL unnest(p."stepKinds") WITH ORDINALITY AS step(kind, position);

-- AlterTable
ALTER TABLE "PlannedSession" DROP COLUMN "stepKinds";
