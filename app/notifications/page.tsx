import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { requireUser } from "@/lib/guards";
import { describeNotification, type NotificationsTranslator } from "@/lib/notifications/describe-notification";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { notificationPath } from "@/lib/notifications/notification-path";
import { markAllNotificationsReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const user = await requireUser();
  const [notifications, t, format] = await Promise.all([listNotifications(user.id), getTranslations("notifications"), getFormatter()]);
  const describe = t as unknown as NotificationsTranslator;
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
        <Link href="/account/notifications" className="text-sm font-medium text-brand-700 underline">
          {t("settingsLink")}
        </Link>
      </div>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <NotificationList
        items={notifications.map(({ id, read, createdAt, notification }) => ({
          id,
          read,
          text: describeNotification(describe, notification),
          href: notificationPath(notification),
          when: format.dateTime(createdAt, { dateStyle: "medium", timeStyle: "short" }),
          iso: createdAt.toISOString(),
        }))}
        labels={{ empty: t("empty"), unread: t("unread"), markAllRead: t("markAllRead") }}
        markAllRead={markAllNotificationsReadAction}
      />
    </div>
  );
}
