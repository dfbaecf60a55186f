import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AppLocale } from "@/lib/i18n/config";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/passwords";
import type { SignUpInput } from "@/lib/validation/auth";

/**
 * A new account with an empty profile and mission (their fields start at the default visibility),
 * and the language chosen before signing up, if any.
 */
export async function createUser(input: SignUpInput, { locale = null }: { locale?: AppLocale | null } = {}) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        passwordHash,
        locale,
        profile: { create: {} },
        mission: { create: {} },
      },
      select: { id: true, name: true, email: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("EMAIL_TAKEN", { field: "email" });
    }
    throw error;
  }
}
