import "server-only";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { ICalCalendar } from "ical-generator";
import type { KickoffStepKind } from "@/lib/generated/prisma/enums";
import { KICKOFF_STEP_PLAN } from "@/lib/kickoff/steps";
import { zonedDateTime } from "@/lib/calendar/zoned-date-time";

/** How long a session lasts in a calendar when its steps say nothing (no steps). */
const DEFAULT_MINUTES = 90;

export type CalendarSession = {
  id: string;
  title: string;
  scheduledAt: Date;
  /** Its planned steps: a default step by its kind, an own step with its own minutes. */
  steps: { kind: KickoffStepKind; ownStep: { durationMinutes: number } | null }[];
  updatedAt: Date;
  partnership: { id: string; name: string; timeZone: string };
};

type Words = {
  /** The calendar's own name (a feed) or null (one session's file). */
  name: string | null;
  /** The event's description: which partnership, and where its Sessions page is. */
  description: (input: { partnership: string; url: string }) => string;
};

/** The planned minutes of a session: those of its steps, else a default. */
export function sessionMinutes(steps: CalendarSession["steps"]): number {
  const stepMinutes = (step: CalendarSession["steps"][number]) =>
    step.ownStep?.durationMinutes ?? KICKOFF_STEP_PLAN.find((plan) => plan.kind === step.kind)?.durationMinutes ?? 0;
  const minutes = steps.reduce((sum, step) => sum + stepMinutes(step), 0);
  return minutes > 0 ? minutes : DEFAULT_MINUTES;
}

/**
 * Planned sessions as an iCalendar document: each event in its partnership's time zone (TZID, with
 * the zone's rules as VTIMEZONE), a UID that stays the same for the session on every download, its
 * title and partnership's name, a duration from its steps, and a link to the Sessions page.
 * Titles and names only, never an answer.
 */
export function sessionCalendar(sessions: readonly CalendarSession[], origin: string, words: Words): string {
  const host = new URL(origin).host;
  const calendar = new ICalCalendar({ prodId: { company: "Samenspel", product: "Sessions", language: "EN" } });
  // A zone for the events only: the calendar keeps none of its own, so DTSTAMP stays in UTC.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  if (words.name) calendar.name(words.name);
  for (const session of sessions) {
    const zone = session.partnership.timeZone;
    const end = new Date(session.scheduledAt.getTime() + sessionMinutes(session.steps) * 60_000);
    const url = new URL(`/partnerships/${encodeURIComponent(session.partnership.id)}/sessions`, origin).toString();
    calendar.createEvent({
      id: `planned-session-${session.id}@${host}`,
      start: zonedDateTime(session.scheduledAt, zone),
      end: zonedDateTime(end, zone),
      timezone: zone,
      stamp: new Date(),
      lastModified: session.updatedAt,
      summary: `${session.title} – ${session.partnership.name}`,
      description: words.description({ partnership: session.partnership.name, url }),
      url,
    });
  }
  return calendar.toString();
}
