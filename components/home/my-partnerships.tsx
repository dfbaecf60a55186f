import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import type { listMyPartnerships } from "@/lib/partnerships/list-my-partnerships";

type Props = { name: string; partnerships: Awaited<ReturnType<typeof listMyPartnerships>> };

export async function MyPartnerships({ name, partnerships }: Props) {
  const t = await getTranslations("home");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">{t("homeTitle")}</h1>
          <p className="mt-1 text-muted">{t("homeIntro", { name })}</p>
        </div>
        <ButtonLink href="/partnerships/new">{t("newPartnership")}</ButtonLink>
      </div>
      {partnerships.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-surface p-6 text-muted">{t("noPartnerships")}</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {partnerships.map((partnership) => (
            <li key={partnership.id} className="relative rounded-lg border border-line bg-surface p-5 shadow-sm hover:border-brand-500">
              <h2 className="text-lg font-semibold">
                <Link href={`/partnerships/${partnership.id}`} prefetch={false} className="after:absolute after:inset-0 hover:underline">
                  {partnership.name}
                </Link>
              </h2>
              <p className="mt-1 line-clamp-3 text-muted">{partnership.commonGoal}</p>
              <p className="mt-3 flex flex-wrap gap-2 text-sm">
                <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-700">{t(`role.${partnership.role}`)}</span>
                <span className="rounded bg-paper px-2 py-0.5 text-muted">{t("members", { count: partnership.memberCount })}</span>
                {partnership.kickoffRunning ? (
                  <span className="rounded bg-accent-100 px-2 py-0.5 text-accent-700">{t("kickoffRunning")}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
