import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackToView } from "@/components/collaboration/back-to-view";
import { SharedGround } from "@/components/collaboration/shared-ground";
import { getCollaborationView } from "@/lib/collaboration/get-collaboration-view";
import { requireMember } from "@/lib/guards";
import { getPartnershipHeader } from "@/lib/partnerships/get-partnership-header";

export async function generateMetadata({ params }: PageProps<"/partnerships/[id]/shared-ground">): Promise<Metadata> {
  const { id } = await params;
  await requireMember(id);
  const t = await getTranslations("collaboration");
  return { title: `${t("sharedGroundTitle")} · ${(await getPartnershipHeader(id)).name}` };
}

/** Shared ground in full: every value and skill the viewer may see, and who holds it. */
export default async function SharedGroundPage({ params }: PageProps<"/partnerships/[id]/shared-ground">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const view = await getCollaborationView(await getPartnershipHeader(id), { userId: user.id, role: membership.role });
  return (
    <div className="space-y-4">
      <BackToView href={`/partnerships/${id}`} />
      <SharedGround values={view.values} skills={view.skills} headingLevel={1} />
    </div>
  );
}
