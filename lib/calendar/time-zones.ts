import { getVtimezoneComponent } from "@touch4it/ical-timezones";

let zones: readonly string[] | undefined;

/**
 * The time zones a partnership can choose: IANA names this runtime formats dates in and for which
 * a calendar file can carry the zone's rules (VTIMEZONE), so that every calendar app shows the
 * same clock time. Computed once per process.
 */
export function timeZoneNames(): readonly string[] {
  zones ??= Intl.supportedValuesOf("timeZone").filter((zone) => getVtimezoneComponent(zone) !== null);
  return zones;
}

export function isTimeZone(name: string): boolean {
  return timeZoneNames().includes(name);
}
