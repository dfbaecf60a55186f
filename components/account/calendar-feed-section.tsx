import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarFeedControls } from "@/components/account/calendar-feed-controls";
import type { FormAction } from "@/components/ui/use-form-action";
import { getCalendarFeed } from "@/lib/calendar/get-calendar-feed";

type Props = { userId: string; actions: { create: FormAction; stop: FormAction } };

/**
 * `Calendar feed`: a private link a calendar app subscribes to, with the planned sessions of all
 * the user's partnerships. Shown once when made; it can be replaced or stopped here.
 */
export async function CalendarFeedSection({ userId, actions }: Props) {
  const [feed, t, format] = await Promise.all([getCalendarFeed(userId), getTranslations("account.calendarFeed"), getFormatter()]);
  return (
    <section aria-labelledby="calendar-feed-title" className="space-y-4 rounded-lg border border-line bg-surface p-6">
      <h2 id="calendar-feed-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <p className="text-sm">{feed ? t("active", { date: format.dateTime(feed.createdAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("none")}</p>
      <CalendarFeedControls
        active={feed !== null}
        actions={actions}
        labels={{
          create: t("create"),
          replace: t("replace"),
          creating: t("creating"),
          stop: t("stop"),
          stopping: t("stopping"),
          newLinkTitle: t("newLinkTitle"),
          linkLabel: t("linkLabel"),
          copy: t("copy"),
          copied: t("copied"),
          copyFailed: t("copyFailed"),
          shownOnce: t("shownOnce"),
        }}
      />
    </section>
  );
}
