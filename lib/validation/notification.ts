import { z } from "zod";
import { NOTIFICATION_CHANNELS } from "@/lib/notifications/kinds";

const channel = z.enum(NOTIFICATION_CHANNELS);

/** The notification settings form: one channel per kind, each kind's radio group named after it. */
export const ZNotificationSettingsInput = z.object({
  NOTE_ABOUT_ME: channel,
  INVITATION: channel,
  KICKOFF_STARTED: channel,
  ROLE_CHANGE: channel,
  AUDIENCE_CHANGE: channel,
  SESSION_PLANNED: channel,
});
export type NotificationSettingsInput = z.infer<typeof ZNotificationSettingsInput>;
