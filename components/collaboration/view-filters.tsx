import Link from "next/link";
import { useTranslations } from "next-intl";
import { hasFilters, type CollaborationFilters } from "@/lib/collaboration/match-member";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";

type Props = {
  /** The page the form submits to (the view, the matrix or the map). */
  path: string;
  filters: CollaborationFilters;
  options: { organisations: string[]; needs: { id: string; title: string }[] };
};

/**
 * Search and filters as a plain GET form: they live in the URL, work without JavaScript, and a
 * searched or filtered page can be shared. Submitting starts again at the first page.
 */
export function ViewFilters({ path, filters, options }: Props) {
  const t = useTranslations("collaboration");
  return (
    <form method="get" action={path} role="search" className="filters no-print" aria-label={t("filtersTitle")}>
      <div className="grow-2">
        <label htmlFor="filter-q">{t("searchLabel")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.query ?? ""} maxLength={100} aria-describedby="filter-q-hint" className={controlClass()} />
        <p id="filter-q-hint">{t("searchHint")}</p>
      </div>
      <FilterSelect
        name="organisation"
        label={t("filterOrganisation")}
        value={filters.organisation}
        allLabel={t("filterAll")}
        options={options.organisations.map((organisation) => ({ value: organisation, label: organisation }))}
      />
      <FilterSelect
        name="need"
        label={t("filterNeed")}
        value={filters.needId}
        allLabel={t("filterAll")}
        options={options.needs.map((need) => ({ value: need.id, label: need.title }))}
      />
      <FilterSelect
        name="role"
        label={t("filterRole")}
        value={filters.role}
        allLabel={t("filterAll")}
        options={(["FACILITATOR", "MEMBER"] as const).map((role) => ({ value: role, label: t(`role.${role}`) }))}
      />
      <div className="actions">
        <button type="submit" className={buttonClass("primary")}>
          {t("applyFilters")}
        </button>
        {hasFilters(filters) ? (
          <Link href={path} className={buttonClass("ghost")} prefetch={false}>
            {t("clearFilters")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

type FilterSelectProps = {
  name: string;
  label: string;
  value: string | null | undefined;
  allLabel: string;
  options: { value: string; label: string }[];
};

function FilterSelect({ name, label, value, allLabel, options }: FilterSelectProps) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={controlClass()}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
