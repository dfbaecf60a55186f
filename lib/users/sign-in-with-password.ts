import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { verifyAgainstNothing, verifyPassword } from "@/lib/passwords";
import { blockedFor, clearAttempts, countAttempt } from "@/lib/rate-limit/rate-limit";
import { SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS, signInAccountKey, SLOW_DOWN_AFTER } from "@/lib/rate-limit/rules";
import { ZSignInInput } from "@/lib/validation/auth";

/** Why a sign-in was refused; next-auth passes this text to the sign-in form. */
export class SignInRefused extends Error {
  override name = "SignInRefused";

  constructor(
    readonly reason: "INVALID_CREDENTIALS" | "RATE_LIMITED",
    readonly retryAfterSeconds = 0,
  ) {
    super(reason === "RATE_LIMITED" ? `RATE_LIMITED:${retryAfterSeconds}` : reason);
  }
}

/**
 * Checks an email and password. Failed attempts are counted per account and per address: after a
 * few, each answer is slowed; past the limit, attempts are refused for a while, even correct ones.
 */
export async function signInWithPassword(
  input: { email: string; password: string; address: string },
  { pause = sleep }: { pause?: (ms: number) => Promise<unknown> } = {},
) {
  const parsed = ZSignInInput.safeParse(input);
  if (!parsed.success) throw new SignInRefused("INVALID_CREDENTIALS");
  const { email, password } = parsed.data;
  const accountKey = signInAccountKey(email);
  const addressKey = `sign-in:address:${input.address}`;

  const blocked = Math.max(await blockedFor(accountKey), await blockedFor(addressKey));
  if (blocked > 0) {
    logger.security("sign_in.blocked", { address: input.address, retryAfterSeconds: blocked });
    throw new SignInRefused("RATE_LIMITED", blocked);
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, locale: true, passwordHash: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstNothing(password), false);

  if (!user || !valid) {
    const account = await countAttempt(accountKey, SIGN_IN_ACCOUNT);
    const address = await countAttempt(addressKey, SIGN_IN_ADDRESS);
    logger.security("sign_in.failed", { address: input.address, knownAccount: Boolean(user), attempts: account.attempts });
    const retryAfter = Math.max(account.blockedForSeconds, address.blockedForSeconds);
    if (retryAfter > 0) throw new SignInRefused("RATE_LIMITED", retryAfter);
    const excess = account.attempts - SLOW_DOWN_AFTER;
    if (excess > 0) await pause(Math.min(excess * 500, 4_000));
    throw new SignInRefused("INVALID_CREDENTIALS");
  }

  await clearAttempts(accountKey);
  logger.info("sign_in.succeeded", { userId: user.id });
  return { id: user.id, name: user.name, email: user.email, locale: user.locale };
}
