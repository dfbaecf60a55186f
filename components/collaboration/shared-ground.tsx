import { useFormatter, useTranslations } from "next-intl";
import type { SharedGround as SharedGroundData } from "@/lib/collaboration/shared-ground";
import { formatOnce } from "@/lib/i18n/format-once";

type Props = { values: SharedGroundData; skills: SharedGroundData; headingLevel?: 1 | 2 };

/** Shared ground in full: every value and skill, who holds it, and what only one member brings. */
export function SharedGround({ values, skills, headingLevel = 2 }: Props) {
  const t = useTranslations("collaboration");
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby="shared-ground-title" className="space-y-3">
      <div>
        <Heading id="shared-ground-title" className={headingLevel === 1 ? "font-serif text-3xl font-semibold sm:text-4xl" : "font-serif text-2xl font-semibold"}>
          {t("sharedGroundTitle")}
        </Heading>
        <p className="text-muted">{t("sharedGroundIntro")}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TagGroup title={t("sharedValues")} uniqueTitle={t("uniqueValues")} ground={values} />
        <TagGroup title={t("sharedSkills")} uniqueTitle={t("uniqueSkills")} ground={skills} />
      </div>
    </section>
  );
}

function TagGroup({ title, uniqueTitle, ground }: { title: string; uniqueTitle: string; ground: SharedGroundData }) {
  const t = useTranslations("collaboration");
  const format = useFormatter();
  const countLabel = formatOnce((count: number) => t("countLabel", { count }));
  return (
    <div className="space-y-4 rounded-xl border border-line bg-surface p-5 shadow-sm break-inside-avoid">
      <div>
        <h3 className="font-semibold">{title}</h3>
        {ground.shared.length === 0 ? (
          <p className="mt-1 text-sm text-muted">{t("noneShared")}</p>
        ) : (
          <ul className="mt-2 space-y-1.5">
            {ground.shared.map((entry) => (
              <li key={entry.tag} className="flex flex-wrap items-baseline gap-x-2">
                <span className="rounded-full bg-brand-100 px-2.5 py-0.5 font-medium text-brand-900">{entry.tag}</span>
                <span className="text-sm font-semibold" aria-hidden="true">
                  ×{entry.count}
                </span>
                <span className="sr-only">{countLabel(entry.count)}</span>
                <span className="text-sm text-muted">{format.list(entry.holders)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="font-semibold">{uniqueTitle}</h3>
        {ground.unique.length === 0 ? (
          <p className="mt-1 text-sm text-muted">{t("noneUnique")}</p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-1.5 text-sm">
            {ground.unique.map((entry) => (
              <li key={`${entry.tag}-${entry.membershipId}`} className="rounded-full border border-line px-2.5 py-0.5">
                {entry.tag} <span className="text-muted">· {entry.holder}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
