import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { memberOf } from "@/lib/memberships/member-of";
import type { CalendarSession } from "@/lib/calendar/session-calendar";
import { isRecordId } from "@/lib/validation/fields";

export const calendarSessionSelect = {
  id: true,
  title: true,
  scheduledAt: true,
  steps: { orderBy: { position: "asc" }, select: { kind: true, ownStep: { select: { durationMinutes: true } } } },
  updatedAt: true,
  partnership: { select: { id: true, name: true, timeZone: true } },
} as const;

/** One planned session of the partnership, for its calendar file; members only. */
export async function findPlannedSessionForCalendar(viewerId: string, partnershipId: string, plannedSessionId: string): Promise<CalendarSession> {
  await memberOf(db, viewerId, partnershipId);
  const plan = isRecordId(plannedSessionId)
    ? await db.plannedSession.findFirst({ where: { id: plannedSessionId, partnershipId }, select: calendarSessionSelect })
    : null;
  if (!plan) throw new AppError("NOT_FOUND", { message: `no planned session ${plannedSessionId} in partnership ${partnershipId}` });
  return plan;
}
