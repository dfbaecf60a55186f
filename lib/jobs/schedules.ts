import "server-only";
import { sendInvitationReminders } from "@/lib/invitations/send-invitation-reminders";
import { QUEUES, type QueueName } from "@/lib/jobs/queue";

/**
 * Work the queue does on a schedule (cron, in UTC): each entry's queue gets one job per tick,
 * done by one instance whatever the number of instances.
 */
export type ScheduledWork = { queue: QueueName; cron: string; run: () => Promise<void> };

export const SCHEDULED_WORK: ScheduledWork[] = [
  // The one reminder of personal invitations not joined after three days (claimed once each).
  { queue: QUEUES.invitationReminders, cron: "17 * * * *", run: async () => void (await sendInvitationReminders()) },
];
