import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FacilitatorsOnly } from "@/components/partnership/facilitators-only";
import { PlanSessionForm } from "@/components/sessions/plan-session-form";
import { requireMember } from "@/lib/guards";
import { logger } from "@/lib/logger";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { listPartnershipSteps } from "@/lib/own-steps/list-partnership-steps";
import { partnershipTimeZone } from "@/lib/partnerships/partnership-time-zone";
import { wallTimeFromInstant } from "@/lib/partnership-sessions/wall-time";
import { OWN_STEP_PREFIX } from "@/lib/validation/partnership-session";
import { planSessionAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("form.title") };
}

export default async function PlanSessionPage({ params }: PageProps<"/partnerships/[id]/sessions/new">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  if (membership.role !== "FACILITATOR") {
    logger.security("access.refused", { userId: user.id, partnershipId: id, reason: "not_a_facilitator", page: "sessions/new" });
    return <FacilitatorsOnly partnershipId={id} />;
  }
  const timeZone = await partnershipTimeZone(user.id, id).catch(notFoundOnRefusal);
  const t = await getTranslations("sessions.form");
  const tk = await getTranslations("kickoff");
  const partnershipSteps = await listPartnershipSteps(user.id, id).catch(notFoundOnRefusal);
  const steps = [
    ...partnershipSteps.defaults.map((step) => ({ value: step.kind, title: tk(`steps.${step.kind}.title`), durationMinutes: step.durationMinutes, own: false })),
    ...partnershipSteps.own.map((step) => ({ value: `${OWN_STEP_PREFIX}${step.id}`, title: step.title, durationMinutes: step.durationMinutes, own: true })),
  ];
  return (
    <ClientMessages namespaces={["sessions"]}>
      <div className="space-y-6">
        <header className="max-w-3xl space-y-2">
          <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
          <p className="text-lg text-muted">{t("intro")}</p>
          <p>
            <Link href={`/partnerships/${id}/steps`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
              {t("ownStepsLink")}
            </Link>
          </p>
        </header>
        <PlanSessionForm action={planSessionAction} partnershipId={id} steps={steps} timeZone={timeZone} min={wallTimeFromInstant(new Date(), timeZone)} />
      </div>
    </ClientMessages>
  );
}
