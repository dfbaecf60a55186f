import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CollaborationFilters } from "@/lib/collaboration/match-member";
import { viewHref } from "@/lib/collaboration/view-href";

type Props = { path: string; filters: CollaborationFilters; page: number; pageCount: number };

/** Previous and next page of members: plain links that keep the search and filters. */
export function MemberPager({ path, filters, page, pageCount }: Props) {
  const t = useTranslations("collaboration");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagerLabel")} className="pager no-print">
      {page > 1 ? (
        <Link href={viewHref(path, filters, page - 1)} rel="prev" prefetch={false}>
          <span aria-hidden="true">← </span>
          {t("previousPage")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>{t("pageOf", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={viewHref(path, filters, page + 1)} rel="next" prefetch={false}>
          {t("nextPage")}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
