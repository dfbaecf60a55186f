import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { appUrl } from "@/lib/http/app-url";
import { composeEmail } from "@/lib/mail/compose-email";
import { emailTranslator } from "@/lib/mail/email-translator";
import type { OutgoingEmail } from "@/lib/mail/queue-email";
import { plannedSessionCalendarPath } from "@/lib/calendar/calendar-paths";

export type PlannedSessionEmailInput = {
  to: string;
  name: string;
  locale: Locale;
  partnershipId: string;
  partnershipName: string;
  plannedSessionId: string;
  title: string;
  scheduledAt: Date;
  /** The partnership's time zone: the time is written in it. */
  timeZone: string;
  /** Who planned it; null for the reminder. */
  plannerName: string | null;
  unsubscribeUrl: string;
  /** The reminder the day before, which asks to look at profile and mission again. */
  reminder: boolean;
};

/**
 * A planned session, told to a member of its partnership: its title, the partnership, when (in the
 * partnership's time zone), a link to the Sessions page and to its calendar file; the reminder asks
 * to look at one's profile and mission again. Names and links only, never an answer.
 */
export async function plannedSessionEmail(input: PlannedSessionEmailInput): Promise<OutgoingEmail> {
  const t = await emailTranslator(input.locale);
  const date = new Intl.DateTimeFormat(input.locale, { dateStyle: "full", timeStyle: "short", timeZone: input.timeZone }).format(input.scheduledAt);
  const words = { title: input.title, partnership: input.partnershipName, date, zone: input.timeZone };
  const sessionsUrl = appUrl(`/partnerships/${encodeURIComponent(input.partnershipId)}/sessions`);
  const calendarUrl = appUrl(plannedSessionCalendarPath(input.partnershipId, input.plannedSessionId));
  const paragraphs = input.reminder
    ? [t("plannedSession.reminderIntro", words), t("plannedSession.when", words), t("plannedSession.lookAgain")]
    : [t("plannedSession.intro", { ...words, planner: input.plannerName ?? t("invitation.aFacilitator") }), t("plannedSession.when", words)];
  const { text, html } = composeEmail(
    {
      greeting: t("greeting", { name: input.name }),
      paragraphs,
      action: input.reminder ? { label: t("plannedSession.profileAction"), url: appUrl("/profile") } : { label: t("plannedSession.action"), url: sessionsUrl },
      after: [
        ...(input.reminder ? [t("plannedSession.sessionsPage", { url: sessionsUrl })] : []),
        t("plannedSession.calendar", { url: calendarUrl }),
        t("plannedSession.why"),
        t("notification.settings", { url: appUrl("/account/notifications") }),
        t("notification.unsubscribe", { url: input.unsubscribeUrl }),
      ],
      footer: t("footer"),
    },
    input.locale,
  );
  return {
    to: input.to,
    kind: input.reminder ? "session-reminder" : "session-planned",
    locale: input.locale,
    subject: input.reminder ? t("plannedSession.reminderSubject", words) : t("plannedSession.subject", words),
    text,
    html,
    unsubscribeUrl: input.unsubscribeUrl,
  };
}
