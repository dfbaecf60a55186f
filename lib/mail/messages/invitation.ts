import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { composeEmail } from "@/lib/mail/compose-email";
import { emailTranslator } from "@/lib/mail/email-translator";
import type { OutgoingEmail } from "@/lib/mail/queue-email";

export type InvitationEmailInput = {
  to: string;
  /** The invitee's language: their account's, else the facilitator's at the time of sending. */
  locale: Locale;
  /** The invitee's name when they already have an account. */
  recipientName?: string | null;
  /** The facilitator who invited; null when their account is gone (a reminder). */
  inviterName: string | null;
  partnershipName: string;
  commonGoal: string;
  /** The facilitator's own words, shown as written (escaped); empty for none. */
  message: string;
  url: string;
  validDays: number;
  /** The one reminder, three days after, instead of the first invitation. */
  reminder?: boolean;
};

/**
 * A personal invitation to a partnership (or its one reminder): who invites, to which partnership
 * and for which common goal, the facilitator's message, and the link bound to this address. Names,
 * the partnership's goal and a link only: never a profile or mission answer.
 */
export async function invitationEmail(input: InvitationEmailInput): Promise<OutgoingEmail> {
  const t = await emailTranslator(input.locale);
  const inviter = input.inviterName ?? t("invitation.aFacilitator");
  const words = { inviter, partnership: input.partnershipName };
  const paragraphs = [
    input.reminder ? t("invitation.reminderIntro", words) : t("invitation.intro", words),
    t("invitation.goal", { goal: input.commonGoal }),
  ];
  if (input.message.trim()) paragraphs.push(`${t("invitation.messageFrom", { inviter })}\n${input.message.trim()}`);
  const { text, html } = composeEmail(
    {
      greeting: input.recipientName ? t("greeting", { name: input.recipientName }) : t("greetingAnonymous"),
      paragraphs,
      action: { label: t("invitation.action"), url: input.url },
      after: [t("invitation.bound", { email: input.to, days: input.validDays }), t("invitation.notExpected")],
      footer: t("footer"),
    },
    input.locale,
  );
  return {
    to: input.to,
    kind: input.reminder ? "invitation-reminder" : "invitation",
    locale: input.locale,
    subject: input.reminder ? t("invitation.reminderSubject", words) : t("invitation.subject", words),
    text,
    html,
  };
}
