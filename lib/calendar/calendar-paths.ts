/** Where a planned session's calendar file is downloaded (members of its partnership only). */
export function plannedSessionCalendarPath(partnershipId: string, plannedSessionId: string): string {
  return `/partnerships/${encodeURIComponent(partnershipId)}/sessions/calendar/${encodeURIComponent(plannedSessionId)}`;
}

/** A calendar feed's address; the token in it is the only thing that opens it. */
export function calendarFeedPath(token: string): string {
  return `/api/calendar/${encodeURIComponent(token)}.ics`;
}
