import { getTranslations } from "next-intl/server";
import { NoticeText } from "@/components/audience/notice-text";
import { listAudienceNotices } from "@/lib/audience/list-audience-notices";

/**
 * For the profile page: every time someone became able to read the owner's "Facilitators"
 * answers, seen or not, newest first. Only the owner's own notices: pass the signed-in user's id.
 */
export async function AudienceHistory({ userId }: { userId: string }) {
  const [notices, t] = await Promise.all([listAudienceNotices(userId), getTranslations("audience")]);
  return (
    <section aria-labelledby="audience-history-title" className="space-y-3 rounded-lg border border-line bg-surface p-5 shadow-sm sm:p-6">
      <h2 id="audience-history-title" className="font-serif text-xl font-semibold">
        {t("historyTitle")}
      </h2>
      <p className="text-sm text-muted">{t("historyIntro")}</p>
      {notices.length === 0 ? (
        <p className="text-sm text-muted italic">{t("historyEmpty")}</p>
      ) : (
        <ul className="divide-y divide-line text-sm">
          {notices.map((notice) => (
            <li key={notice.id} className="py-2">
              {notice.seenAt ? null : (
                <span className="mr-2 rounded bg-accent-100 px-1.5 py-0.5 text-xs font-semibold text-accent-700">{t("unseen")}</span>
              )}
              <NoticeText notice={notice} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
