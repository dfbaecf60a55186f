import Link from "next/link";
import { useTranslations } from "next-intl";
import { CoverageBadge } from "@/components/collaboration/coverage-badge";
import type { NeedChange } from "@/lib/partnership-sessions/compare-since-session";

type Props = { partnershipId: string; needs: NeedChange[] | null; removedNeedCount: number | null };

/** The needs whose number of contributors differs from the session's end, then and now. */
export function NeedChanges({ partnershipId, needs, removedNeedCount }: Props) {
  const t = useTranslations("changes");
  return (
    <section aria-labelledby="need-changes" className="space-y-3">
      <h2 id="need-changes" className="font-serif text-2xl font-semibold">
        {t("needsTitle")}
      </h2>
      {needs === null ? (
        <p className="text-muted">{t("needsNotKept")}</p>
      ) : needs.length === 0 ? (
        <p className="text-muted">{t("noNeedChanges")}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-line bg-surface p-3 shadow-sm sm:p-4 [&_.coverage]:whitespace-normal">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("needsTable")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1.5 pr-3">{t("need")}</th>
                <th scope="col" className="py-1.5 pr-3">{t("atEnd")}</th>
                <th scope="col" className="py-1.5">{t("now")}</th>
              </tr>
            </thead>
            <tbody>
              {needs.map((need) => (
                <tr key={need.needId} className="border-b border-line last:border-0">
                  <th scope="row" className="py-2 pr-3 font-medium break-words">{need.title}</th>
                  <td className="py-2 pr-3">{need.before ? <CoverageBadge status={need.before.status} count={need.before.count} /> : <span className="text-muted">{t("newNeed")}</span>}</td>
                  <td className="py-2">
                    <CoverageBadge status={need.now.status} count={need.now.count} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removedNeedCount ? <p className="text-sm text-muted">{t("needsRemoved", { count: removedNeedCount })}</p> : null}
      <p className="text-sm">
        <Link href={`/partnerships/${partnershipId}/needs`} prefetch={false} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {t("needsLink")}
        </Link>
      </p>
    </section>
  );
}
