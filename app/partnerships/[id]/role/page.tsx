import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MyRoleForm } from "@/components/role/my-role-form";
import { requireMember } from "@/lib/guards";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { getMyRole } from "@/lib/memberships/get-my-role";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";
import { saveMyRoleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("role"))("title") };
}

const ALIGNMENTS = ["1", "2", "3", "4", "5"] as const;

export default async function MyRolePage({ params }: PageProps<"/partnerships/[id]/role">) {
  const { id } = await params;
  const { user } = await requireMember(id);
  const [role, partnership, t] = await Promise.all([getMyRole(user.id, id).catch(notFoundOnRefusal), getPartnershipHeader(id), getTranslations("role")]);
  const { membership, needs, missionStatement, missionVisibility } = role;

  return (
    <div className="space-y-8">
      <header className="max-w-3xl">
        <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
        <p className="mt-4 rounded-md border border-brand-600/30 bg-brand-50 px-4 py-3 text-sm text-ink">{t("sharedWithAll", { partnership: partnership.name })}</p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
        <div className="order-2 lg:order-1">
          <MyRoleForm
            action={saveMyRoleAction}
            partnershipId={id}
            saved={membership}
            needs={needs.map((need) => ({
              ...need,
              contributesLabel: t("contributesTo", { need: need.title }),
              noteLabel: t("noteFor", { need: need.title }),
            }))}
            copy={{
              organisation: t("organisation"),
              organisationHint: t("organisationHint"),
              uniqueRole: t("uniqueRole"),
              uniqueRolePrompt: t("uniqueRolePrompt"),
              missionRelation: t("missionRelation"),
              missionRelationPrompt: t("missionRelationPrompt"),
              alignment: t("alignment"),
              alignmentHint: t("alignmentHint"),
              alignmentOptions: [
                { value: "", label: t("alignmentOption.none") },
                ...ALIGNMENTS.map((value) => ({ value, label: t(`alignmentOption.${value}`) })),
              ],
              needsTitle: t("needsTitle"),
              needsHint: t("needsHint"),
              noNeeds: t("noNeeds"),
              note: t("note"),
              save: t("save"),
            }}
          />
        </div>
        <aside className="order-1 space-y-4 lg:order-2 lg:sticky lg:top-6 lg:self-start">
          <section aria-labelledby="goal-title" className="rounded-lg border border-line bg-surface p-4 shadow-sm">
            <h2 id="goal-title" className="text-sm font-semibold uppercase tracking-wide text-brand-700">
              {t("goalTitle")}
            </h2>
            <p className="mt-2 whitespace-pre-line break-words">{partnership.commonGoal}</p>
          </section>
          <section aria-labelledby="mission-title" className="rounded-lg border border-accent-500/30 bg-accent-100/50 p-4">
            <h2 id="mission-title" className="text-sm font-semibold uppercase tracking-wide text-accent-700">
              {t("missionTitle")}
            </h2>
            {missionStatement ? (
              <>
                <p className="mt-2 whitespace-pre-line break-words">{missionStatement}</p>
                <p className="mt-2 text-sm font-medium text-accent-700">
                  {t(`missionVisibility.${missionVisibility}`)}{" "}
                  <Link href="/profile#mission" className="text-brand-700 underline">
                    {t("changeMissionVisibility")}
                  </Link>
                </p>
              </>
            ) : (
              <p className="mt-2 text-muted">
                {t("noMission")}{" "}
                <Link href="/profile#mission" className="font-medium text-brand-700 underline">
                  {t("writeMission")}
                </Link>
              </p>
            )}
          </section>
          <Link href={`/partnerships/${id}/members/${membership.id}`} className="inline-block text-sm font-medium text-brand-700 underline">
            {t("viewMine")}
          </Link>
        </aside>
      </div>
    </div>
  );
}
