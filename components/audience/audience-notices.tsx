import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NoticeText } from "@/components/audience/notice-text";
import { ActionButton } from "@/components/partnership/action-button";
import type { ActionState } from "@/lib/action-state";
import { listAudienceNotices } from "@/lib/audience/list-audience-notices";

type Props = {
  userId: string;
  /** Marks the notices shown as seen ("Got it"). */
  dismiss: (previous: ActionState, formData: FormData) => Promise<ActionState>;
};

/**
 * Shown above every page to a signed-in member whose "Facilitators" answers got a new reader,
 * until they dismiss it: one query, and nothing rendered when there is nothing new.
 */
export async function AudienceNotices({ userId, dismiss }: Props) {
  const notices = await listAudienceNotices(userId, { unseenOnly: true });
  if (notices.length === 0) return null;
  const t = await getTranslations("audience");
  return (
    <section aria-labelledby="audience-notice-title" className="no-print border-b border-accent-500/40 bg-accent-100">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-4">
        <h2 id="audience-notice-title" className="font-serif text-lg font-semibold text-ink">
          {t("title")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm text-ink">
          {notices.map((notice) => (
            <li key={notice.id}>
              <NoticeText notice={notice} />
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/profile" className="text-sm font-medium text-brand-700 underline hover:text-brand-600">
            {t("review")}
          </Link>
          <ActionButton action={dismiss} fields={{ noticeIds: notices.map((notice) => notice.id).join(",") }} variant="primary">
            {t("dismiss")}
          </ActionButton>
        </div>
      </div>
    </section>
  );
}
