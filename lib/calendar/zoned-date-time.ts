import type { ICalTemporalInstantStub, ICalTemporalPlainDateStub, ICalTemporalPlainDateTimeStub, ICalTemporalZonedDateTimeStub } from "ical-generator";

type Fields = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallClock(instant: Date, timeZone: string): Fields {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

function instantStub(instant: Date): ICalTemporalInstantStub {
  return {
    epochMilliseconds: instant.getTime(),
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
    toZonedDateTimeISO: (timeZone) => zonedDateTime(instant, timeZone),
  };
}

/**
 * An instant as the clock in `timeZone` shows it, in the shape ical-generator accepts for a
 * Temporal.ZonedDateTime (Node 20 has no Temporal). A native Date would be written with the
 * server's own zone; this writes the partnership's wall time next to its TZID, whatever the
 * server's zone.
 */
export function zonedDateTime(instant: Date, timeZone: string): ICalTemporalZonedDateTimeStub {
  const fields = wallClock(instant, timeZone);
  const date: ICalTemporalPlainDateStub = { year: fields.year, month: fields.month, day: fields.day, toJSON: () => "", toString: () => "" };
  const plain: ICalTemporalPlainDateTimeStub = {
    ...fields,
    toJSON: () => "",
    toString: () => "",
    toPlainDate: () => date,
    toZonedDateTime: (zone) => zonedDateTime(instant, zone),
  };
  return {
    ...fields,
    timeZoneId: timeZone,
    toInstant: () => instantStub(instant),
    toJSON: () => instant.toISOString(),
    toString: () => instant.toISOString(),
    toPlainDateTime: () => plain,
    withTimeZone: (zone) => zonedDateTime(instant, zone),
  };
}
