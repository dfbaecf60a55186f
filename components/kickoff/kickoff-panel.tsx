import { getTranslations } from "next-intl/server";
import { KickoffFeedProvider } from "@/components/kickoff/kickoff-feed";
import { KickoffPanelIdle } from "@/components/kickoff/kickoff-panel-idle";
import { KickoffPanelLive } from "@/components/kickoff/kickoff-panel-live";
import { StartKickoffForm } from "@/components/kickoff/start-kickoff-form";
import type { FormAction } from "@/components/ui/use-form-action";
import type { MemberRole } from "@/lib/generated/prisma/enums";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { isKickoffRunning } from "@/lib/kickoff/is-kickoff-running";
import { KICKOFF_STEP_KINDS } from "@/lib/kickoff/steps";

type Props = {
  partnershipId: string;
  /** The viewer's membership of the partnership, as `requireMember` returns it. */
  membership: { userId: string; role: MemberRole };
  startAction: FormAction;
};

/**
 * The kickoff on the collaboration view: a facilitator can start one; while one runs, everyone
 * sees its current step (following it live) and a link to join. Without a running kickoff the
 * panel is plain server markup: no live connection is held open for a view nobody is presenting.
 */
export async function KickoffPanel({ partnershipId, membership, startAction }: Props) {
  const [running, t] = await Promise.all([isKickoffRunning(membership.userId, partnershipId), getTranslations("kickoff")]);
  const facilitator = membership.role === "FACILITATOR";
  const startForm = facilitator ? (
    <StartKickoffForm partnershipId={partnershipId} action={startAction} label={t("start")} pendingLabel={t("starting")} />
  ) : null;
  // Most views are opened while nothing runs: one statement then, the whole feed only while it runs.
  const feed = running ? await getKickoffFeed(membership.userId, partnershipId) : null;
  if (feed?.session?.status !== "RUNNING") {
    if (!facilitator) return null;
    return <KickoffPanelIdle title={t("title")} intro={t("intro")} startForm={startForm} />;
  }
  return (
    <KickoffFeedProvider initial={feed} refreshOnChange={false}>
      <KickoffPanelLive
        partnershipId={partnershipId}
        facilitator={facilitator}
        labels={{
          title: t("title"),
          intro: t("intro"),
          running: t("running"),
          join: t("join"),
          open: t("open"),
        }}
        sessionLabels={{ running: t("session.running"), join: t("session.join"), open: t("session.open") }}
        stepOf={t.raw("stepOf") as string}
        stepTitles={Object.fromEntries(KICKOFF_STEP_KINDS.map((kind) => [kind, t(`steps.${kind}.title`)]))}
        startForm={startForm}
      />
    </KickoffFeedProvider>
  );
}
