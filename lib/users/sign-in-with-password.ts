import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { passwordsAllowedFor } from "@/lib/organisation-sign-in/organisation-providers";
import { verifyAgainstNothing, verifyPassword } from "@/lib/passwords";
import { clearAttempts, giveBackAttempt, reserveAttempt } from "@/lib/rate-limit/rate-limit";
import { SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS, signInAccountKey, signInAddressKey, SLOW_DOWN_AFTER } from "@/lib/rate-limit/rules";
import { ZSignInInput } from "@/lib/validation/auth";

/** Why a sign-in was refused; next-auth passes this text to the sign-in form. */
export class SignInRefused extends Error {
  override name = "SignInRefused";

  constructor(
    /**
     * PASSWORDLESS: the address's domain signs in only through its organisation's account;
     * LINK_EXPIRED: a "confirm with your password" link that is unknown, used or expired.
     */
    readonly reason: "INVALID_CREDENTIALS" | "RATE_LIMITED" | "PASSWORDLESS" | "LINK_EXPIRED",
    readonly retryAfterSeconds = 0,
  ) {
    super(reason === "RATE_LIMITED" ? `RATE_LIMITED:${retryAfterSeconds}` : reason);
  }
}

/**
 * Checks an email and password. Every attempt is first reserved against the account's and the
 * address's counters, atomically in the database, and only a reserved attempt has its password
 * verified: however many guesses arrive at once, at most the limit per window are evaluated.
 * After a few failures each answer is slowed; past the limit, attempts are refused for a while,
 * even correct ones. A success clears the account's counter and gives back the address's
 * reservation (only failures count there). A password reset also clears the account's counter.
 * Addresses of a passwordless domain are refused before anything is checked, unless the password
 * confirms linking an organisation's account (`linking`). An account without a password refuses
 * every password, as an unknown address does.
 */
export async function signInWithPassword(
  input: { email: string; password: string; address: string },
  { pause = sleep, linking = false }: { pause?: (ms: number) => Promise<unknown>; linking?: boolean } = {},
) {
  const parsed = ZSignInInput.safeParse(input);
  if (!parsed.success) throw new SignInRefused("INVALID_CREDENTIALS");
  const { email, password } = parsed.data;
  if (!linking && !passwordsAllowedFor(email)) {
    logger.info("sign_in.passwordless_domain", { address: input.address });
    throw new SignInRefused("PASSWORDLESS");
  }
  const accountKey = signInAccountKey(email);
  const addressKey = signInAddressKey(input.address);

  const account = await reserveAttempt(accountKey, SIGN_IN_ACCOUNT);
  if (!account.allowed) refuse(input.address, account.blockedForSeconds);
  const address = await reserveAttempt(addressKey, SIGN_IN_ADDRESS);
  if (!address.allowed) {
    // Not evaluated, so it does not count against the account (nobody locks out an account
    // from an address that is already blocked).
    await giveBackAttempt(accountKey);
    refuse(input.address, address.blockedForSeconds);
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true, passwordHash: true },
  });
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstNothing(password), false);

  if (!user || !valid) {
    logger.security("sign_in.failed", { address: input.address, knownAccount: Boolean(user), attempts: account.attempts });
    const excess = account.attempts - SLOW_DOWN_AFTER;
    if (excess > 0) await pause(Math.min(excess * 500, 4_000));
    throw new SignInRefused("INVALID_CREDENTIALS");
  }

  await clearAttempts(accountKey);
  await giveBackAttempt(addressKey);
  logger.info("sign_in.succeeded", { userId: user.id });
  return { id: user.id, name: user.name, email: user.email, locale: user.locale };
}

function refuse(address: string, retryAfterSeconds: number): never {
  logger.security("sign_in.blocked", { address, retryAfterSeconds });
  throw new SignInRefused("RATE_LIMITED", retryAfterSeconds);
}
