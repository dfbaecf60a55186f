import { getTranslations } from "next-intl/server";
import { KickoffPanel } from "@/components/kickoff/kickoff-panel";
import { requireMember } from "@/lib/guards";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";

export default async function CollaborationViewPage({ params }: PageProps<"/partnerships/[id]">) {
  const { id } = await params;
  await requireMember(id);
  const partnership = await getPartnershipHeader(id);
  const t = await getTranslations("partnership");
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold">{partnership.name}</h1>
      <KickoffPanel partnershipId={id} membership={(await requireMember(id)).membership} />
      <section aria-labelledby="common-goal" className="rounded-lg border border-line bg-surface p-5">
        <h2 id="common-goal" className="text-lg font-semibold">
          {t("commonGoal")}
        </h2>
        <p className="mt-1 whitespace-pre-line">{partnership.commonGoal}</p>
      </section>
    </div>
  );
}
