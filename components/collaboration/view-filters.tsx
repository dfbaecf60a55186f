import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CollaborationView } from "@/lib/collaboration/build-collaboration-view";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

/** A plain GET form: filters live in the URL, so a filtered view can be shared and printed. */
export function ViewFilters({ view }: { view: CollaborationView }) {
  const t = useTranslations("collaboration");
  const { filterOptions, filters } = view;
  const active = Boolean(filters.organisation || filters.needId || filters.role);
  return (
    <form method="get" className="no-print flex flex-wrap items-end gap-3 rounded-xl border border-line bg-surface p-4 shadow-sm" aria-label={t("filtersTitle")}>
      <div className="min-w-44 flex-1">
        <label htmlFor="filter-organisation" className="block text-sm font-medium">
          {t("filterOrganisation")}
        </label>
        <select id="filter-organisation" name="organisation" defaultValue={filters.organisation ?? ""} className={controlClass()}>
          <option value="">{t("filterAll")}</option>
          {filterOptions.organisations.map((organisation) => (
            <option key={organisation} value={organisation}>
              {organisation}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-44 flex-1">
        <label htmlFor="filter-need" className="block text-sm font-medium">
          {t("filterNeed")}
        </label>
        <select id="filter-need" name="need" defaultValue={filters.needId ?? ""} className={controlClass()}>
          <option value="">{t("filterAll")}</option>
          {filterOptions.needs.map((need) => (
            <option key={need.id} value={need.id}>
              {need.title}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-36">
        <label htmlFor="filter-role" className="block text-sm font-medium">
          {t("filterRole")}
        </label>
        <select id="filter-role" name="role" defaultValue={filters.role ?? ""} className={controlClass()}>
          <option value="">{t("filterAll")}</option>
          <option value="FACILITATOR">{t("role.FACILITATOR")}</option>
          <option value="MEMBER">{t("role.MEMBER")}</option>
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("applyFilters")}
        </button>
        {active ? (
          <Link href={`/partnerships/${view.partnership.id}`} className={buttonClass("ghost")}>
            {t("clearFilters")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
