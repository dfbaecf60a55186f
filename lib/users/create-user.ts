import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/passwords";
import type { SignUpInput } from "@/lib/validation/auth";

type CreatedUser = { id: string; name: string; email: string; locale: AppLocale | null };

/**
 * A new account with an empty profile and mission (their fields start at the default visibility),
 * and the language chosen before signing up, if any. `afterCreate` runs in the same transaction
 * (e.g. to queue the verification email), so that either both happen or neither.
 */
export async function createUser(
  input: SignUpInput,
  { locale = null, afterCreate }: { locale?: AppLocale | null; afterCreate?: (tx: Tx, user: CreatedUser) => Promise<void> } = {},
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          passwordHash,
          locale,
          profile: { create: {} },
          mission: { create: {} },
        },
        select: { id: true, name: true, email: true, locale: true },
      });
      await afterCreate?.(tx, user);
      return { id: user.id, name: user.name, email: user.email };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("EMAIL_TAKEN", { field: "email" });
    }
    throw error;
  }
}
