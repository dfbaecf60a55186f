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
      <FilterSelect
        name="organisation"
        label={t("filterOrganisation")}
        value={filters.organisation}
        allLabel={t("filterAll")}
        options={filterOptions.organisations.map((organisation) => ({ value: organisation, label: organisation }))}
      />
      <FilterSelect
        name="need"
        label={t("filterNeed")}
        value={filters.needId}
        allLabel={t("filterAll")}
        options={filterOptions.needs.map((need) => ({ value: need.id, label: need.title }))}
      />
      <FilterSelect
        name="role"
        label={t("filterRole")}
        value={filters.role}
        allLabel={t("filterAll")}
        options={(["FACILITATOR", "MEMBER"] as const).map((role) => ({ value: role, label: t(`role.${role}`) }))}
        narrow
      />
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

type FilterSelectProps = {
  name: string;
  label: string;
  value: string | null | undefined;
  allLabel: string;
  options: { value: string; label: string }[];
  narrow?: boolean;
};

function FilterSelect({ name, label, value, allLabel, options, narrow = false }: FilterSelectProps) {
  const id = `filter-${name}`;
  return (
    <div className={narrow ? "min-w-36" : "min-w-44 flex-1"}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
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
