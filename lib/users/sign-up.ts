import "server-only";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/logger";
import { countAttempt } from "@/lib/rate-limit/rate-limit";
import { SIGN_UP_ADDRESS } from "@/lib/rate-limit/rules";
import { createUser } from "@/lib/users/create-user";
import type { SignUpInput } from "@/lib/validation/auth";

/** A new account (in the language chosen so far, if any), unless this address has created too many lately. */
export async function signUp(input: SignUpInput, address: string, locale: AppLocale | null = null) {
  const attempt = await countAttempt(`sign-up:address:${address}`, SIGN_UP_ADDRESS);
  if (attempt.blockedForSeconds > 0) {
    logger.security("sign_up.blocked", { address });
    throw new AppError("RATE_LIMITED", { params: { minutes: Math.ceil(attempt.blockedForSeconds / 60) } });
  }
  const user = await createUser(input, { locale });
  logger.info("sign_up.succeeded", { userId: user.id });
  return user;
}
