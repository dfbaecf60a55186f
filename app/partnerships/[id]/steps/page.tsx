import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DefaultStepQuestionsForm } from "@/components/own-steps/default-step-questions-form";
import { OwnStepForm } from "@/components/own-steps/own-step-form";
import { QuestionList } from "@/components/own-steps/question-list";
import { ActionButton } from "@/components/partnership/action-button";
import { requireMember } from "@/lib/guards";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { listPartnershipSteps } from "@/lib/own-steps/list-partnership-steps";
import { READY_MADE_STEPS } from "@/lib/own-steps/ready-made-steps";
import { addOwnStepAction, addReadyMadeStepAction, editOwnStepAction, removeOwnStepAction, setDefaultStepQuestionsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("steps"))("title") };
}

const card = "rounded-lg border border-line bg-surface p-5 shadow-sm";

/** The partnership's steps and questions: members read them, facilitators change them. */
export default async function StepsPage({ params }: PageProps<"/partnerships/[id]/steps">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  const facilitator = membership.role === "FACILITATOR";
  const steps = await listPartnershipSteps(user.id, id).catch(notFoundOnRefusal);
  const [t, tk] = await Promise.all([getTranslations("steps"), getTranslations("kickoff")]);
  const defaultQuestions = (kind: (typeof steps.defaults)[number]["kind"]) => tk.raw(`steps.${kind}.questions`) as string[];

  return (
    <ClientMessages namespaces={["steps"]}>
      <div className="space-y-10">
        <header className="max-w-3xl space-y-3">
          <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
          <p className="text-lg text-muted">{facilitator ? t("intro") : t("memberIntro")}</p>
          <p>
            <Link href={`/partnerships/${id}/sessions`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
              {t("backToSessions")}
            </Link>
          </p>
        </header>

        <section aria-labelledby="default-steps" className="space-y-3">
          <h2 id="default-steps" className="text-xl font-semibold">
            {t("defaults.title")}
          </h2>
          <p className="max-w-3xl text-muted">{t("defaults.intro")}</p>
          <ol className="space-y-3">
            {steps.defaults.map((step, index) => {
              const title = tk(`steps.${step.kind}.title`);
              const questions = step.questions ?? defaultQuestions(step.kind);
              return (
                <li key={step.kind}>
                  <article aria-labelledby={`step-${step.kind}`} className={`${card} space-y-3`}>
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h3 id={`step-${step.kind}`} className="text-lg font-semibold">
                        {index + 1}. {title}
                      </h3>
                      <p className="text-sm text-muted">
                        {t("minutes", { minutes: step.durationMinutes })} · {step.questions ? t("defaults.edited") : t("defaults.standard")}
                      </p>
                    </div>
                    <QuestionList questions={questions} empty={t("noQuestions")} />
                    {facilitator ? (
                      <details className="rounded-md border border-line p-3">
                        <summary className="cursor-pointer font-medium text-brand-700">{t("defaults.edit", { title })}</summary>
                        <div className="mt-3">
                          <DefaultStepQuestionsForm
                            action={setDefaultStepQuestionsAction}
                            partnershipId={id}
                            kind={step.kind}
                            title={title}
                            questions={questions.join("\n")}
                            edited={step.questions !== null}
                          />
                        </div>
                      </details>
                    ) : null}
                  </article>
                </li>
              );
            })}
          </ol>
        </section>

        <section aria-labelledby="own-steps" className="space-y-3">
          <h2 id="own-steps" className="text-xl font-semibold">
            {t("own.title")}
          </h2>
          <p className="max-w-3xl text-muted">{t("own.intro")}</p>
          {steps.own.length === 0 ? <p className="text-muted">{t("own.empty")}</p> : null}
          <ul className="space-y-3">
            {steps.own.map((step) => (
              <li key={step.id}>
                <article aria-labelledby={`own-${step.id}`} className={`${card} space-y-3`}>
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <h3 id={`own-${step.id}`} className="text-lg font-semibold break-words">
                      {step.title}
                    </h3>
                    <p className="text-sm text-muted">{t("minutes", { minutes: step.durationMinutes })}</p>
                  </div>
                  <QuestionList questions={step.questions} empty={t("noQuestions")} />
                  {facilitator ? (
                    <div className="flex flex-col gap-3">
                      <details className="rounded-md border border-line p-3">
                        <summary className="cursor-pointer font-medium text-brand-700">{t("own.edit", { title: step.title })}</summary>
                        <div className="mt-3">
                          <OwnStepForm action={editOwnStepAction} partnershipId={id} step={step} submitLabel={t("own.save")} pendingLabel={t("own.saving")} />
                        </div>
                      </details>
                      <ActionButton
                        action={removeOwnStepAction}
                        fields={{ partnershipId: id, ownStepId: step.id }}
                        variant="ghost"
                        confirm={{ question: t("own.removeQuestion", { title: step.title }), confirmLabel: t("own.removeConfirm"), cancelLabel: t("own.cancel") }}
                      >
                        {t("own.remove")}
                        <span className="sr-only"> “{step.title}”</span>
                      </ActionButton>
                    </div>
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        </section>

        {facilitator ? (
          <>
            <section aria-labelledby="add-step" className={`${card} max-w-2xl space-y-3`}>
              <h2 id="add-step" className="text-xl font-semibold">
                {t("add.title")}
              </h2>
              <OwnStepForm action={addOwnStepAction} partnershipId={id} submitLabel={t("add.submit")} pendingLabel={t("add.adding")} />
            </section>

            <section aria-labelledby="ready-made-steps" className="space-y-3">
              <h2 id="ready-made-steps" className="text-xl font-semibold">
                {t("readyMade.title")}
              </h2>
              <p className="max-w-3xl text-muted">{t("readyMade.intro")}</p>
              <ul className="grid gap-3 md:grid-cols-3">
                {READY_MADE_STEPS.map((step) => {
                  const title = t(`readyMade.steps.${step.key}.title`);
                  return (
                    <li key={step.key}>
                      <article aria-labelledby={`ready-${step.key}`} className={`${card} flex h-full flex-col gap-3`}>
                        <div>
                          <h3 id={`ready-${step.key}`} className="text-lg font-semibold">
                            {title}
                          </h3>
                          <p className="text-sm text-muted">{t("minutes", { minutes: step.durationMinutes })}</p>
                        </div>
                        <QuestionList questions={t.raw(`readyMade.steps.${step.key}.questions`) as string[]} empty={t("noQuestions")} />
                        <div className="mt-auto">
                          <ActionButton action={addReadyMadeStepAction} fields={{ partnershipId: id, readyMade: step.key }}>
                            {t("readyMade.add")}
                            <span className="sr-only"> “{title}”</span>
                          </ActionButton>
                        </div>
                      </article>
                    </li>
                  );
                })}
              </ul>
            </section>
          </>
        ) : null}
      </div>
    </ClientMessages>
  );
}
