import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The header's `Notifications` link, with the number of unread ones beside it (none: no badge). */
export async function NotificationsLink({ unread }: { unread: number }) {
  const t = await getTranslations("notifications");
  return (
    <Link href="/notifications" className="flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium text-ink hover:bg-brand-50">
      {t("link")}
      {unread > 0 ? (
        <span className="rounded-full bg-brand-600 px-1.5 text-xs font-semibold text-white">
          <span aria-hidden="true">{unread > 99 ? "99+" : unread}</span>
          <span className="sr-only">{t("unreadCount", { count: unread })}</span>
        </span>
      ) : null}
    </Link>
  );
}
