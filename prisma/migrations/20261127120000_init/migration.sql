-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('ONLY_ME', 'FACILITATORS', 'PARTNERS');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('FACILITATOR', 'MEMBER');

-- CreateEnum
CREATE TYPE "NoteKind" AS ENUM ('APPRECIATION', 'QUESTION');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'nl');

-- CreateEnum
CREATE TYPE "LeadershipField" AS ENUM ('origin', 'knowledgeSkills', 'personality', 'lifeExperience', 'fears', 'irritations', 'valuesNorms', 'statement', 'drives', 'talents', 'contributeTo');

-- CreateEnum
CREATE TYPE "KickoffStatus" AS ENUM ('RUNNING', 'ENDED');

-- CreateEnum
CREATE TYPE "KickoffStepKind" AS ENUM ('WHO_AM_I', 'WHAT_DO_I_WANT', 'SHARED_CHALLENGE', 'UNIQUE_ROLE', 'EXPLORING', 'AGREEMENTS');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "locale" "Locale",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Profile" (
    "userId" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT '',
    "originVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "knowledgeSkills" TEXT NOT NULL DEFAULT '',
    "knowledgeSkillsVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "skillTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "personality" TEXT NOT NULL DEFAULT '',
    "personalityVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "lifeExperience" TEXT NOT NULL DEFAULT '',
    "lifeExperienceVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "fears" TEXT NOT NULL DEFAULT '',
    "fearsVisibility" "Visibility" NOT NULL DEFAULT 'ONLY_ME',
    "irritations" TEXT NOT NULL DEFAULT '',
    "irritationsVisibility" "Visibility" NOT NULL DEFAULT 'ONLY_ME',
    "valuesNorms" TEXT NOT NULL DEFAULT '',
    "valuesNormsVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "valueTags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Mission" (
    "userId" TEXT NOT NULL,
    "statement" TEXT NOT NULL DEFAULT '',
    "statementVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "drives" TEXT NOT NULL DEFAULT '',
    "drivesVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "talents" TEXT NOT NULL DEFAULT '',
    "talentsVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "contributeTo" TEXT NOT NULL DEFAULT '',
    "contributeToVisibility" "Visibility" NOT NULL DEFAULT 'PARTNERS',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "commonGoal" TEXT NOT NULL,
    "desiredImpact" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "viewVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Need" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'MEMBER',
    "organisation" TEXT NOT NULL DEFAULT '',
    "uniqueRole" TEXT NOT NULL DEFAULT '',
    "missionRelation" TEXT NOT NULL DEFAULT '',
    "alignment" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "maxUses" INTEGER,
    "useCount" INTEGER NOT NULL DEFAULT 0,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Note" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "kind" "NoteKind" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KickoffSession" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "status" "KickoffStatus" NOT NULL DEFAULT 'RUNNING',
    "currentStep" INTEGER NOT NULL DEFAULT 0,
    "timerStartedAt" TIMESTAMP(3),
    "timerElapsedMs" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KickoffSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KickoffStep" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "kind" "KickoffStepKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT,
    "durationMinutes" INTEGER NOT NULL,
    "skipped" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "KickoffStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FieldReveal" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "field" "LeadershipField" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FieldReveal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Need_partnershipId_position_idx" ON "Need"("partnershipId", "position");

-- CreateIndex
CREATE INDEX "Membership_partnershipId_idx" ON "Membership"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_partnershipId_key" ON "Membership"("userId", "partnershipId");

-- CreateIndex
CREATE INDEX "Contribution_needId_idx" ON "Contribution"("needId");

-- CreateIndex
CREATE UNIQUE INDEX "Contribution_membershipId_needId_key" ON "Contribution"("membershipId", "needId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_partnershipId_idx" ON "Invitation"("partnershipId");

-- CreateIndex
CREATE INDEX "Invitation_createdById_idx" ON "Invitation"("createdById");

-- CreateIndex
CREATE INDEX "Note_partnershipId_idx" ON "Note"("partnershipId");

-- CreateIndex
CREATE INDEX "Note_authorId_idx" ON "Note"("authorId");

-- CreateIndex
CREATE INDEX "Note_subjectId_idx" ON "Note"("subjectId");

-- CreateIndex
CREATE INDEX "KickoffSession_partnershipId_status_idx" ON "KickoffSession"("partnershipId", "status");

-- CreateIndex
CREATE INDEX "KickoffStep_sessionId_position_idx" ON "KickoffStep"("sessionId", "position");

-- CreateIndex
CREATE INDEX "Agreement_partnershipId_position_idx" ON "Agreement"("partnershipId", "position");

-- CreateIndex
CREATE INDEX "Agreement_createdById_idx" ON "Agreement"("createdById");

-- CreateIndex
CREATE INDEX "FieldReveal_partnershipId_idx" ON "FieldReveal"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "FieldReveal_userId_partnershipId_field_key" ON "FieldReveal"("userId", "partnershipId", "field");

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mission" ADD CONSTRAINT "Mission_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KickoffSession" ADD CONSTRAINT "KickoffSession_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KickoffStep" ADD CONSTRAINT "KickoffStep_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "KickoffSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldReveal" ADD CONSTRAINT "FieldReveal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FieldReveal" ADD CONSTRAINT "FieldReveal_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
