import ICAL from "ical.js";

export type ReadEvent = { uid: string; summary: string; description: string; url: string; tzid: string | null; start: Date; end: Date; wallStart: string };

/**
 * An iCalendar document read by Mozilla's parser, as a calendar app would: each event with the
 * TZID its start names, its start and end as instants (through the document's own VTIMEZONEs),
 * and its start as the clock shows it there ("2027-03-10T14:30").
 */
export function readIcs(text: string): { name: string | null; zones: string[]; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zones = calendar.getAllSubcomponents("vtimezone").map((zone) => {
    const timezone = new ICAL.Timezone(zone);
    ICAL.TimezoneService.register(timezone, timezone.tzid);
    return timezone.tzid;
  });
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const tzid = component.getFirstProperty("dtstart")?.getParameter("tzid");
    const start = event.startDate;
    const pad = (value: number) => String(value).padStart(2, "0");
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      url: String(component.getFirstPropertyValue("url") ?? ""),
      tzid: typeof tzid === "string" ? tzid : null,
      start: start.toJSDate(),
      end: event.endDate.toJSDate(),
      wallStart: `${start.year}-${pad(start.month)}-${pad(start.day)}T${pad(start.hour)}:${pad(start.minute)}`,
    };
  });
  const name = calendar.getFirstPropertyValue("x-wr-calname");
  return { name: typeof name === "string" ? name : null, zones, events };
}
