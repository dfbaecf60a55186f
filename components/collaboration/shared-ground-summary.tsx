import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Overview } from "@/lib/collaboration/build-overview";
import { formatOnce } from "@/lib/i18n/format-once";

type Props = { values: Overview["values"]; skills: Overview["skills"]; allHref: string };

/** The strongest shared ground at a glance: the values and skills most members hold, with counts. */
export function SharedGroundSummary({ values, skills, allHref }: Props) {
  const t = useTranslations("collaboration");
  const countLabel = formatOnce((count: number) => t("countLabel", { count }));
  return (
    <section aria-labelledby="shared-ground-title" className="panel space-y-3">
      <div>
        <h2 id="shared-ground-title" className="text-lg font-semibold">
          {t("sharedGroundTitle")}
        </h2>
        <p className="text-sm text-muted">{t("sharedGroundStrongest")}</p>
      </div>
      <TopTags title={t("sharedValues")} tags={values.top} countLabel={countLabel} />
      <TopTags title={t("sharedSkills")} tags={skills.top} countLabel={countLabel} />
      <Link href={allHref} prefetch={false} className="inline-block text-sm font-medium text-brand-700 underline">
        {t("sharedGroundAll")}
      </Link>
    </section>
  );
}

function TopTags({ title, tags, countLabel }: { title: string; tags: { tag: string; count: number }[]; countLabel: (count: number) => string }) {
  const t = useTranslations("collaboration");
  return (
    <div>
      <h3 className="text-sm font-semibold">{title}</h3>
      {tags.length === 0 ? (
        <p className="text-sm text-muted">{t("noneShared")}</p>
      ) : (
        <ul className="chips">
          {tags.map((entry) => (
            <li key={entry.tag}>
              {entry.tag} <b aria-hidden="true">×{entry.count}</b>
              <span className="sr-only">{countLabel(entry.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
