-- Since the last session: each need's coverage kept when a session ends (counts only), and who
-- stopped being a member, from now on (earlier departures were not recorded).
CREATE TYPE "DepartureReason" AS ENUM ('LEFT', 'REMOVED', 'ACCOUNT_DELETED');

ALTER TABLE "KickoffSession" ADD COLUMN "needCoverageKept" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "SessionNeedCoverage" (
    "sessionId" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "contributorCount" INTEGER NOT NULL,

    CONSTRAINT "SessionNeedCoverage_pkey" PRIMARY KEY ("sessionId", "needId")
);

ALTER TABLE "SessionNeedCoverage" ADD CONSTRAINT "SessionNeedCoverage_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "KickoffSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "MemberDeparture" (
    "id" TEXT NOT NULL,
    "partnershipId" TEXT NOT NULL,
    "userId" TEXT,
    "reason" "DepartureReason" NOT NULL,
    "memberSince" TIMESTAMP(3) NOT NULL,
    "leftAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberDeparture_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "MemberDeparture_partnershipId_leftAt_idx" ON "MemberDeparture"("partnershipId", "leftAt");
CREATE INDEX "MemberDeparture_userId_idx" ON "MemberDeparture"("userId");

ALTER TABLE "MemberDeparture" ADD CONSTRAINT "MemberDeparture_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MemberDeparture" ADD CONSTRAINT "MemberDeparture_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
