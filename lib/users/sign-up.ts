import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/logger";
import { passwordsAllowedFor } from "@/lib/organisation-sign-in/organisation-providers";
import { emailDomain } from "@/lib/organisation-sign-in/passwordless-domain";
import { countAttempt } from "@/lib/rate-limit/rate-limit";
import { SIGN_UP_ADDRESS } from "@/lib/rate-limit/rules";
import { createUser } from "@/lib/users/create-user";
import { sendVerificationEmail } from "@/lib/users/send-verification-email";
import { tellOwnerOfSignUpAttempt } from "@/lib/users/tell-owner-of-sign-up-attempt";
import type { SignUpInput } from "@/lib/validation/auth";

/**
 * A new account (in the language chosen so far, if any), unless this address has created too many
 * lately. The account works at once; a link to verify its address is queued in the same
 * transaction. An address that already has an account is refused as before, and its owner is told.
 * An address of a passwordless domain is refused (PASSWORDLESS on `email`): its people sign up by
 * signing in with their organisation's account.
 */
export async function signUp(input: SignUpInput, address: string, locale: AppLocale | null = null, requestHeaders?: Headers) {
  if (!passwordsAllowedFor(input.email)) throw new AppError("PASSWORDLESS", { field: "email", params: { domain: emailDomain(input.email) } });
  const attempt = await countAttempt(`sign-up:address:${address}`, SIGN_UP_ADDRESS);
  if (attempt.blockedForSeconds > 0) {
    logger.security("sign_up.blocked", { address });
    throw new AppError("RATE_LIMITED", { params: { minutes: Math.ceil(attempt.blockedForSeconds / 60) } });
  }
  try {
    const user = await createUser(input, {
      locale,
      afterCreate: (tx, created) => sendVerificationEmail(tx, created, created.email, { requestHeaders }),
    });
    logger.info("sign_up.succeeded", { userId: user.id });
    return user;
  } catch (error) {
    if (isAppError(error, "EMAIL_TAKEN")) {
      // Telling the owner must never change the answer the form gives.
      await tellOwnerOfSignUpAttempt(input.email, requestHeaders).catch((failure: unknown) => logger.errorFrom("sign_up.owner_not_told", failure));
    }
    throw error;
  }
}
