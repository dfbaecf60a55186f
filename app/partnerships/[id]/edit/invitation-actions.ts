"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ActionState } from "@/lib/action-state";
import { requireFacilitator } from "@/lib/guards";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { inviteUrl } from "@/lib/invitations/invite-url";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { sendInvitations } from "@/lib/invitations/send-invitations";
import { isLocale } from "@/lib/i18n/config";
import { validatedAction } from "@/lib/validated-action";
import { splitEmailList, ZCreateInvitationInput, ZRevokeInvitationInput, ZSendInvitationsInput } from "@/lib/validation/invitation";
import { EMAIL_INVITE_LIMITS } from "@/lib/validation/invitation-limits";

export const createInvitationAction = validatedAction(ZCreateInvitationInput, async (input): Promise<ActionState> => {
  const { user } = await requireFacilitator(input.partnershipId);
  const { token } = await createInvitation(user.id, input.partnershipId, { maxUses: input.maxUses, expiresInDays: input.expiresInDays });
  revalidatePath(`/partnerships/${input.partnershipId}/edit`);
  // The link is returned to this facilitator once; it is not stored and cannot be shown again.
  return { status: "success", message: (await getTranslations("invitations"))("created"), data: { url: inviteUrl(token, await headers()) } };
});

export const revokeInvitationAction = validatedAction(ZRevokeInvitationInput, async (input) => {
  const { user } = await requireFacilitator(input.partnershipId);
  await revokeInvitation(user.id, input.partnershipId, input.invitationId);
  revalidatePath(`/partnerships/${input.partnershipId}/edit`);
});

/** Bad addresses named in a message: each shortened, at most ten. */
function named(addresses: string[]) {
  const shown = addresses.slice(0, 10).map((address) => (address.length > 60 ? `${address.slice(0, 59)}…` : address));
  return addresses.length > 10 ? `${shown.join(", ")}, …` : shown.join(", ");
}

export const sendInvitationsAction = validatedAction(ZSendInvitationsInput, async (input): Promise<ActionState> => {
  const { user } = await requireFacilitator(input.partnershipId);
  const t = await getTranslations("invitations");
  const values = { partnershipId: input.partnershipId, emails: input.emails, message: input.message };
  const { emails, invalid } = splitEmailList(input.emails);
  const refusal =
    invalid.length > 0
      ? t("badAddresses", { count: invalid.length, addresses: named(invalid) })
      : emails.length === 0
        ? t("noAddresses")
        : emails.length > EMAIL_INVITE_LIMITS.maxAddresses
          ? t("tooManyAddresses", { count: emails.length, max: EMAIL_INVITE_LIMITS.maxAddresses })
          : null;
  if (refusal) return { status: "error", message: t("checkAddresses"), fieldErrors: { emails: refusal }, values };
  const locale = await getLocale();
  const result = await sendInvitations(user.id, input.partnershipId, {
    emails: input.emails,
    message: input.message,
    locale: isLocale(locale) ? locale : "en",
    requestHeaders: await headers(),
  });
  revalidatePath(`/partnerships/${input.partnershipId}/edit`);
  const notes = [
    ...(result.renewed.length > 0 ? [t("renewedNote", { addresses: result.renewed.join(", ") })] : []),
    ...(result.alreadyMembers.length > 0 ? [t("alreadyMembersNote", { addresses: result.alreadyMembers.join(", ") })] : []),
  ];
  return { status: "success", message: t("sentCount", { count: result.sent.length }), data: { notes } };
});
