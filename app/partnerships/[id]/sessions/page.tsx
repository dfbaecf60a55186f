import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { HeldSession } from "@/components/sessions/held-session";
import { PlannedSessionControls } from "@/components/sessions/planned-session-controls";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { plannedSessionCalendarPath } from "@/lib/calendar/calendar-paths";
import { requireMember } from "@/lib/guards";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { listPartnershipSessions } from "@/lib/partnership-sessions/list-partnership-sessions";
import { removePlannedSessionAction, startPlannedSessionAction } from "./actions";

const plannedActions = { start: startPlannedSessionAction, remove: removePlannedSessionAction };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions"))("title") };
}

const card = "rounded-lg border border-line bg-surface p-5 shadow-sm";

export default async function SessionsPage({ params }: PageProps<"/partnerships/[id]/sessions">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const facilitator = membership.role === "FACILITATOR";
  const sessions = await listPartnershipSessions(user.id, id).catch(notFoundOnRefusal);
  const t = await getTranslations("sessions");
  const tk = await getTranslations("kickoff");
  const format = await getFormatter();
  const when = { dateStyle: "full", timeStyle: "short", timeZone: sessions.timeZone } as const;
  return (
    <ClientMessages namespaces={["sessions"]}>
      <div className="space-y-8">
        <header className="max-w-3xl space-y-3">
          <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
          <p className="text-lg text-muted">{t("intro")}</p>
          <p className="text-sm text-muted">{t("timeZone", { zone: sessions.timeZone })}</p>
          <div className="flex flex-wrap gap-3">
            {facilitator ? <ButtonLink href={`/partnerships/${id}/sessions/new`}>{t("planLink")}</ButtonLink> : null}
            <ButtonLink href={`/partnerships/${id}/steps`} variant="secondary">
              {(await getTranslations("steps"))("link")}
            </ButtonLink>
          </div>
        </header>

        <section aria-labelledby="planned-sessions" className="space-y-3">
          <h2 id="planned-sessions" className="text-xl font-semibold">
            {t("plannedTitle")}
          </h2>
          {sessions.planned.length === 0 ? <p className="text-muted">{t("noPlanned")}</p> : null}
          <ul className="space-y-3">
            {sessions.planned.map((plan) => (
              <li key={plan.id}>
                <article aria-labelledby={`plan-${plan.id}`} className={`${card} space-y-3`}>
                  <div>
                    <h3 id={`plan-${plan.id}`} className="text-lg font-semibold break-words">
                      {plan.title}
                    </h3>
                    <p className="text-muted">{t("plannedFor", { date: format.dateTime(plan.scheduledAt, when) })}</p>
                  </div>
                  <div>
                    <h4 className="text-sm font-semibold">{t("steps")}</h4>
                    <ol className="ml-5 list-decimal text-sm">
                      {plan.steps.map((step) => (
                        <li key={step.id}>{step.title ?? tk(`steps.${step.kind}.title`)}</li>
                      ))}
                    </ol>
                  </div>
                  <div className="flex flex-wrap items-start gap-3">
                    {/* A file download, not a page: a plain link. */}
                    <a
                      href={plannedSessionCalendarPath(id, plan.id)}
                      download
                      aria-label={t("addToCalendarNamed", { title: plan.title })}
                      className={buttonClass("secondary", "px-3 py-1.5 text-sm")}
                    >
                      {t("addToCalendar")}
                    </a>
                    {facilitator ? <PlannedSessionControls actions={plannedActions} partnershipId={id} plannedSessionId={plan.id} title={plan.title} /> : null}
                  </div>
                </article>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="held-sessions" className="space-y-3">
          <h2 id="held-sessions" className="text-xl font-semibold">
            {t("heldTitle")}
          </h2>
          {sessions.held.length === 0 ? <p className="text-muted">{t("noHeld")}</p> : null}
          <ul className="space-y-3">
            {sessions.held.map((session) => (
              <li key={session.id}>
                <HeldSession partnershipId={id} session={session} timeZone={sessions.timeZone} />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </ClientMessages>
  );
}
