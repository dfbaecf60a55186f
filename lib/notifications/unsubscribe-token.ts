import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";

/** One kind, or every kind (the daily digest gathers several). */
export type UnsubscribeScope = NotificationKind | "all";

const mac = (userId: string, scope: UnsubscribeScope) =>
  createHmac("sha256", env().AUTH_SECRET).update(`notification-unsubscribe\n${userId}\n${scope}`).digest("base64url");

/**
 * A token that lets its holder switch one user's emails of one kind (or all) off without
 * signing in: the user id and scope, signed with AUTH_SECRET. It does nothing else, so it needs
 * no expiry (unsubscribe links must keep working in old emails).
 */
export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  return `${userId}.${scope}.${mac(userId, scope)}`;
}

/** The user and scope of a genuine token, compared in constant time; null for anything else. */
export function readUnsubscribeToken(token: unknown): { userId: string; scope: UnsubscribeScope } | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const [userId, scope, signature, ...rest] = token.split(".");
  if (rest.length > 0 || !userId || !signature || !/^[A-Za-z0-9_-]{1,64}$/.test(userId)) return null;
  if (scope !== "all" && !(NOTIFICATION_KINDS as readonly string[]).includes(scope ?? "")) return null;
  const expected = Buffer.from(mac(userId, scope as UnsubscribeScope));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, scope: scope as UnsubscribeScope };
}
