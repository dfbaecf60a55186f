-- Calendar: each partnership's time zone (existing ones keep the zone every time was shown in),
-- the one reminder of a planned session, a private feed link per user, and the notification kind
-- of planned sessions.
ALTER TABLE "Partnership" ADD COLUMN "timeZone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam';

ALTER TABLE "PlannedSession" ADD COLUMN "remindedAt" TIMESTAMP(3);

CREATE INDEX "PlannedSession_scheduledAt_idx" ON "PlannedSession"("scheduledAt");

CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "CalendarFeed_userId_key" ON "CalendarFeed"("userId");

CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TYPE "NotificationKind" ADD VALUE 'SESSION_PLANNED';
