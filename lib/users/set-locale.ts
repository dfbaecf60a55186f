import "server-only";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/config";

export async function setUserLocale(userId: string, locale: AppLocale) {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
