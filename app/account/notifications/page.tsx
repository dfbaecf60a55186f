import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { requireUser } from "@/lib/guards";
import { getNotificationSettings } from "@/lib/notifications/get-notification-settings";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { saveNotificationSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("settings.title") };
}

export default async function NotificationSettingsPage() {
  const user = await requireUser();
  const [saved, t] = await Promise.all([getNotificationSettings(user.id), getTranslations("notifications")]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-3xl font-semibold">{t("settings.title")}</h1>
      <p className="mt-2 text-muted">{t("settings.intro")}</p>
      <p className="mt-2 text-sm text-muted">{t("settings.defaultNote")}</p>
      <p className="mt-1 text-sm text-muted">{t("settings.digestNote")}</p>
      <div className="mt-6">
        <NotificationSettingsForm
          action={saveNotificationSettingsAction}
          kinds={NOTIFICATION_KINDS.map((kind) => ({ kind, label: t(`kinds.${kind}`), saved: saved[kind] }))}
          channels={NOTIFICATION_CHANNELS.map((channel) => ({ value: channel, label: t(`channels.${channel}`) }))}
          labels={{ save: t("settings.save") }}
        />
      </div>
      <p className="mt-6 text-sm">
        <Link href="/notifications" className="font-medium text-brand-700 underline">
          {t("title")}
        </Link>
      </p>
    </div>
  );
}
