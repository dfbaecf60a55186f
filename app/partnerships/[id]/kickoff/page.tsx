import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AgreementsSection } from "@/components/kickoff/agreements-section";
import { CompletionPanel } from "@/components/kickoff/completion-panel";
import { KickoffFeedProvider } from "@/components/kickoff/kickoff-feed";
import { ClientMessages } from "@/components/i18n/client-messages";
import { KickoffStage } from "@/components/kickoff/kickoff-stage";
import { RevealControls } from "@/components/kickoff/reveal-controls";
import { SharedAnswers } from "@/components/kickoff/shared-answers";
import { StartKickoffForm } from "@/components/kickoff/start-kickoff-form";
import { StepBound } from "@/components/kickoff/step-bound";
import { StepPanel } from "@/components/kickoff/step-panel";
import { StepPlan } from "@/components/kickoff/step-plan";
import { listAgreements } from "@/lib/agreements/list-agreements";
import { requireMember } from "@/lib/guards";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { recordSessionParticipant } from "@/lib/partnership-sessions/record-session-participant";
import { getKickoffFeed } from "@/lib/kickoff/get-kickoff-feed";
import { listKickoffCompletion } from "@/lib/kickoff/list-kickoff-completion";
import { listRevealableAnswers } from "@/lib/reveals/list-revealable-answers";
import { listRevealedAnswers } from "@/lib/reveals/list-revealed-answers";
import {
  addAgreementAction,
  editAgreementAction,
  editKickoffStepAction,
  endKickoffAction,
  hideAnswerAction,
  kickoffTimerAction,
  moveKickoffAction,
  removeAgreementAction,
  reorderKickoffStepAction,
  revealAnswerAction,
  startKickoffAction,
} from "./actions";

const agreementActions = { add: addAgreementAction, edit: editAgreementAction, remove: removeAgreementAction };
const revealActions = { reveal: revealAnswerAction, hide: hideAnswerAction };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("kickoff"))("title") };
}

export default async function KickoffPage({ params }: PageProps<"/partnerships/[id]/kickoff">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const facilitator = membership.role === "FACILITATOR";
  const [feed, agreements, completion, revealable, revealed, t, format] = await Promise.all([
    getKickoffFeed(user.id, id),
    listAgreements(user.id, id),
    listKickoffCompletion(user.id, id),
    listRevealableAnswers(user.id, id),
    listRevealedAnswers(user.id, id),
    getTranslations("kickoff"),
    getFormatter(),
  ]).catch(notFoundOnRefusal);
  const session = feed.session;
  const running = session?.status === "RUNNING";
  // Opening the session while it runs is taking part in it.
  if (running) await recordSessionParticipant(user.id, id, session.sessionId);
  const currentStep = running ? session.steps[session.currentStep] : undefined;
  const currentKind = currentStep?.kind;

  return (
    <ClientMessages namespaces={["kickoff"]}>
      <KickoffFeedProvider initial={feed}>
        {running ? (
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
            <div className="min-w-0 space-y-6">
              <KickoffStage
                partnershipId={id}
                facilitator={facilitator}
                actions={{ move: moveKickoffAction, timer: kickoffTimerAction, end: endKickoffAction }}
              />
              {currentStep ? (
                <StepBound stepId={currentStep.id}>
                  {currentStep.kind === "AGREEMENTS" ? (
                    <AgreementsSection partnershipId={id} agreements={agreements} facilitator={facilitator} actions={agreementActions} emphasised />
                  ) : (
                    <StepPanel kind={currentStep.kind} partnershipId={id} viewerId={user.id} />
                  )}
                </StepBound>
              ) : null}
              <SharedAnswers members={revealed} showEmpty />
              <RevealControls partnershipId={id} answers={revealable} canReveal actions={revealActions} />
              {currentKind !== "AGREEMENTS" ? <AgreementsSection partnershipId={id} agreements={agreements} facilitator={facilitator} actions={agreementActions} /> : null}
            </div>
            <aside className="space-y-6">
              <CompletionPanel members={completion} />
              {facilitator ? (
                <StepPlan partnershipId={id} actions={{ edit: editKickoffStepAction, reorder: reorderKickoffStepAction, move: moveKickoffAction }} />
              ) : null}
            </aside>
          </div>
        ) : (
          <div className="space-y-6">
            <header className="max-w-3xl space-y-3">
              <h1 className="font-serif text-3xl font-semibold">{session?.status === "ENDED" ? (session.title === null ? t("ended.title") : t("session.ended")) : t("title")}</h1>
              <p className="text-lg text-muted">{session?.status === "ENDED" ? (session.title === null ? t("ended.text") : t("session.endedText")) : t("intro")}</p>
              {session?.endedAt ? (
                <p className="text-sm text-muted">{t("lastEnded", { date: format.dateTime(new Date(session.endedAt), { dateStyle: "long", timeStyle: "short" }) })}</p>
              ) : null}
              {facilitator ? (
                <StartKickoffForm partnershipId={id} action={startKickoffAction} label={t("start")} pendingLabel={t("starting")} />
              ) : (
                <p className="rounded-md border border-dashed border-line bg-surface px-4 py-3 text-muted">{t("notRunning")}</p>
              )}
            </header>
            <AgreementsSection partnershipId={id} agreements={agreements} facilitator={facilitator} actions={agreementActions} />
            <SharedAnswers members={revealed} showEmpty={false} />
            <RevealControls partnershipId={id} answers={revealable} canReveal={false} actions={revealActions} />
            <CompletionPanel members={completion} />
          </div>
        )}
      </KickoffFeedProvider>
    </ClientMessages>
  );
}
