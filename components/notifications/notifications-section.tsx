import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The account page's pointer to the notification settings and the notifications themselves. */
export async function NotificationsSection() {
  const t = await getTranslations("notifications");
  return (
    <section aria-labelledby="notifications-title" className="space-y-3 rounded-lg border border-line bg-surface p-6">
      <h2 id="notifications-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("settings.accountSection")}</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href="/account/notifications" className="font-medium text-brand-700 underline">
          {t("settings.link")}
        </Link>
        <Link href="/notifications" className="font-medium text-brand-700 underline">
          {t("title")}
        </Link>
      </p>
    </section>
  );
}
