/** Bounds of an invite link's options, stated in the form and enforced by ZCreateInvitationInput. */
export const INVITE_LIMITS = { maxUses: 1_000, maxDays: 90, defaultDays: 14 } as const;

/**
 * Invitations by email: at most `maxAddresses` addresses per send, each link valid `days` days,
 * the facilitator's message at most `messageMax` characters, one reminder `remindAfterDays` after.
 */
export const EMAIL_INVITE_LIMITS = { maxAddresses: 50, days: 14, messageMax: 2_000, addressesTextMax: 20_000, remindAfterDays: 3 } as const;
