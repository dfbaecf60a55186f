import type { RateLimitRule } from "@/lib/rate-limit/rate-limit";

/** The counter of failed sign-ins for one typed email address. */
export const signInAccountKey = (email: string) => `sign-in:account:${email}`;
/** The counter of failed sign-ins from one client address, over all accounts. */
export const signInAddressKey = (address: string) => `sign-in:address:${address}`;
/** Failed sign-ins for one account: slowed after a few, refused for 15 minutes after 10. */
export const SIGN_IN_ACCOUNT: RateLimitRule = { limit: 10, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/** Failed sign-ins from one address, over all accounts. */
export const SIGN_IN_ADDRESS: RateLimitRule = { limit: 100, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/** New accounts from one address (generous: a kickoff room often shares one address). */
export const SIGN_UP_ADDRESS: RateLimitRule = { limit: 100, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** Invite links tried from one address (valid or not). */
export const INVITE_ADDRESS: RateLimitRule = { limit: 200, windowSeconds: 15 * 60, blockSeconds: 15 * 60 };
/** Reset links asked for from one address (over all emails typed). */
export const RESET_ADDRESS: RateLimitRule = { limit: 20, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** Reset links sent to one email address: past this, asking answers the same but sends nothing. */
export const RESET_EMAIL: RateLimitRule = { limit: 5, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** "Someone tried to sign up with your address" emails to one owner. */
export const ACCOUNT_EXISTS_EMAIL: RateLimitRule = { limit: 3, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** Verification links sent again for one account (`Send the link again`). */
export const VERIFY_RESEND: RateLimitRule = { limit: 5, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** Email changes asked for by one account (each sends two emails; wrong current passwords count too). */
export const EMAIL_CHANGE: RateLimitRule = { limit: 10, windowSeconds: 60 * 60, blockSeconds: 60 * 60 };
/** After this many failures in a window, each further attempt waits a little longer. */
export const SLOW_DOWN_AFTER = 3;
