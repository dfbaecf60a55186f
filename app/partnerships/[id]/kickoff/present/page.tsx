import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { KickoffFeedProvider } from "@/components/kickoff/kickoff-feed";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PresentStage } from "@/components/kickoff/present-stage";
import { requireMember } from "@/lib/guards";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { kickoffTimerAction, moveKickoffAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kickoff"))("controls.present") };
}

export default async function PresentKickoffPage({ params }: PageProps<"/partnerships/[id]/kickoff/present">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const feed = await getKickoffFeed(user.id, id);
  return (
    <ClientMessages namespaces={["kickoff"]}>
      <KickoffFeedProvider initial={feed} refreshOnChange={false}>
        <PresentStage partnershipId={id} facilitator={membership.role === "FACILITATOR"} actions={{ move: moveKickoffAction, timer: kickoffTimerAction }} />
      </KickoffFeedProvider>
    </ClientMessages>
  );
}
