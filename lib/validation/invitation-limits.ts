/** Bounds of an invite link's options, stated in the form and enforced by ZCreateInvitationInput. */
export const INVITE_LIMITS = { maxUses: 1_000, maxDays: 90, defaultDays: 14 } as const;
