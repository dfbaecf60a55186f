import Link from "next/link";
import { SubmitButton } from "@/components/ui/submit-button";

/** `href` "/notifications" (an invitation: its link is in the invitation email) is shown as text. */
type Item = { id: string; read: boolean; text: string; href: string; when: string; iso: string };

type Props = {
  items: Item[];
  labels: { empty: string; unread: string; markAllRead: string };
  markAllRead: () => Promise<void>;
};

/** The user's notifications, newest first, unread ones marked, and `Mark all as read` (a plain form). */
export function NotificationList({ items, labels, markAllRead }: Props) {
  if (items.length === 0) return <p className="mt-6 rounded-lg border border-line bg-surface p-6 text-muted">{labels.empty}</p>;
  const unread = items.some((item) => !item.read);
  return (
    <div className="mt-6 space-y-4">
      {unread ? (
        <form action={markAllRead}>
          <SubmitButton variant="secondary">{labels.markAllRead}</SubmitButton>
        </form>
      ) : null}
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
        {items.map((item) => (
          <li key={item.id} className={`flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 ${item.read ? "" : "bg-brand-50"}`}>
            {item.read ? null : <span className="rounded bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">{labels.unread}</span>}
            {item.href === "/notifications" ? (
              <span className={item.read ? "" : "font-semibold"}>{item.text}</span>
            ) : (
              <Link href={item.href} prefetch={false} className={`text-brand-700 underline ${item.read ? "" : "font-semibold"}`}>
                {item.text}
              </Link>
            )}
            <time dateTime={item.iso} className="ml-auto text-sm text-muted">
              {item.when}
            </time>
          </li>
        ))}
      </ul>
    </div>
  );
}
