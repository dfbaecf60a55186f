import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";

/** Every kind of notification, in the order the settings page lists them. */
export const NOTIFICATION_KINDS = ["NOTE_ABOUT_ME", "INVITATION", "KICKOFF_STARTED", "ROLE_CHANGE", "AUDIENCE_CHANGE", "SESSION_PLANNED"] as const satisfies readonly NotificationKind[];

/** The four ways to be told, in the order the settings page offers them. */
export const NOTIFICATION_CHANNELS = ["IN_APP", "EMAIL", "DIGEST", "OFF"] as const satisfies readonly NotificationChannel[];

/**
 * The channel of a kind for a user without a preference row. The one place defaults live:
 * - a note about me: email at once (personal and rare, someone wrote to or about you);
 * - an invitation: in the app (the invitation itself already comes by email);
 * - a kickoff started: in the app (people are usually together, in the room, when it starts);
 * - a role change: daily digest (good to know, never urgent);
 * - an audience change of my answers: email at once (someone new can read answers you kept for
 *   facilitators: you should know soon, and can change the answer's visibility);
 * - a session planned: email at once (with the time and a calendar file), and its reminder the
 *   day before.
 */
export const DEFAULT_CHANNELS: Readonly<Record<NotificationKind, NotificationChannel>> = {
  NOTE_ABOUT_ME: "EMAIL",
  INVITATION: "IN_APP",
  KICKOFF_STARTED: "IN_APP",
  ROLE_CHANGE: "DIGEST",
  AUDIENCE_CHANGE: "EMAIL",
  SESSION_PLANNED: "EMAIL",
};

/**
 * What a notification records, per kind: names and ids only, never an answer or a note's text.
 * Names are kept as they were when it happened.
 */
export type NotificationData = {
  NOTE_ABOUT_ME: { partnershipName: string; authorName: string; noteKind: "APPRECIATION" | "QUESTION"; subjectMembershipId: string };
  INVITATION: { partnershipName: string; inviterName: string; invitationId?: string };
  KICKOFF_STARTED: { partnershipName: string; starterName: string; kickoffId: string };
  ROLE_CHANGE: { partnershipName: string; actorName: string; subjectName: string; subjectUserId: string; role: "FACILITATOR" | "MEMBER"; you: boolean };
  AUDIENCE_CHANGE: { partnershipName: string; readerName: string; readerId: string };
  /** A planned session (`reminder`: the day before it); its time as an ISO instant. */
  SESSION_PLANNED: { partnershipName: string; title: string; plannedSessionId: string; scheduledAt: string; timeZone: string; reminder: boolean };
};

export type AnyNotification = { [K in NotificationKind]: { kind: K; partnershipId: string | null; data: NotificationData[K] } }[NotificationKind];
