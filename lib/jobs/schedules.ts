import "server-only";
import { pruneExpired } from "@/lib/housekeeping/prune-expired";
import { sendInvitationReminders } from "@/lib/invitations/send-invitation-reminders";
import { QUEUES, type QueueName } from "@/lib/jobs/queue";
import { sendNotificationDigests } from "@/lib/notifications/send-notification-digests";
import { sendSessionReminders } from "@/lib/partnership-sessions/send-session-reminders";

/**
 * Work the queue does on a schedule (cron, in UTC): each entry's queue gets one job per tick,
 * done by one instance whatever the number of instances.
 */
export type ScheduledWork = { queue: QueueName; cron: string; run: () => Promise<void> };

export const SCHEDULED_WORK: ScheduledWork[] = [
  // Housekeeping, every hour at :41: expired counters, links, sessions, invitations and old email.
  { queue: QUEUES.pruneExpired, cron: "41 * * * *", run: async () => void (await pruneExpired()) },
  // The daily digest of notifications, at 06:00 UTC (07:00 or 08:00 in the Netherlands); rows claimed once each.
  { queue: QUEUES.notificationDigest, cron: "0 6 * * *", run: async () => void (await sendNotificationDigests()) },
  // The one reminder of personal invitations not joined after three days (claimed once each).
  { queue: QUEUES.invitationReminders, cron: "17 * * * *", run: async () => void (await sendInvitationReminders()) },
  // The one reminder of a planned session, the day before it (claimed once per plan).
  { queue: QUEUES.sessionReminders, cron: "23 * * * *", run: async () => void (await sendSessionReminders()) },
];
