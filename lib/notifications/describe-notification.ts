import type { AnyNotification } from "@/lib/notifications/kinds";

/** A translator of the "notifications" namespace, whichever way it was made (request or email). */
export type NotificationsTranslator = (key: string, values?: Record<string, string | number>) => string;

/**
 * One sentence saying what happened, e.g. "Anna left you an appreciation in Klimaatpact": names
 * only, never a note's text or an answer.
 */
export function describeNotification(t: NotificationsTranslator, notification: AnyNotification): string {
  const partnership = notification.data.partnershipName;
  switch (notification.kind) {
    case "NOTE_ABOUT_ME":
      return t(notification.data.noteKind === "QUESTION" ? "item.noteQuestion" : "item.noteAppreciation", { author: notification.data.authorName, partnership });
    case "INVITATION":
      return t("item.invitation", { inviter: notification.data.inviterName, partnership });
    case "KICKOFF_STARTED":
      return t("item.kickoffStarted", { starter: notification.data.starterName, partnership });
    case "ROLE_CHANGE": {
      const { you, role, actorName, subjectName } = notification.data;
      const key = `item.role${role === "FACILITATOR" ? "Facilitator" : "Member"}${you ? "You" : ""}`;
      return t(key, { actor: actorName, subject: subjectName, partnership });
    }
    case "AUDIENCE_CHANGE":
      return t("item.audienceChange", { reader: notification.data.readerName, partnership });
    case "SESSION_PLANNED":
      return t(notification.data.reminder ? "item.sessionReminder" : "item.sessionPlanned", { title: notification.data.title, partnership });
  }
}
