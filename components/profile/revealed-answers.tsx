import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/kickoff/action-form";
import type { FormAction } from "@/components/ui/use-form-action";
import { ANSWER_FIELDS } from "@/lib/leadership/fields";
import type { AnswerAudiences } from "@/lib/leadership/list-answer-audiences";

type Props = { revealedIn: AnswerAudiences["revealedIn"]; hide: FormAction };

/**
 * Every partnership that sees a revealed copy of one of the user's answers, with a button to
 * hide it there. Nothing when no answer is revealed anywhere.
 */
export async function RevealedAnswers({ revealedIn, hide }: Props) {
  const t = await getTranslations("profile");
  const fields = ANSWER_FIELDS.filter((field) => (revealedIn[field]?.length ?? 0) > 0);
  if (fields.length === 0) return null;
  return (
    <section id="revealed-answers" aria-labelledby="revealed-answers-title" className="scroll-mt-6 rounded-lg border border-accent-500/40 bg-accent-100/40 p-5">
      <h2 id="revealed-answers-title" className="text-lg font-semibold">
        {t("revealed.title")}
      </h2>
      <p className="mt-1 max-w-prose text-sm text-muted">{t("revealed.intro")}</p>
      <ul className="mt-3 divide-y divide-line">
        {fields.flatMap((field) =>
          (revealedIn[field] ?? []).map((reveal) => {
            const label = t(`fields.${field}.label`);
            return (
              <li key={`${field}-${reveal.partnershipId}`} className="flex flex-wrap items-center justify-between gap-3 py-2.5">
                <p className="min-w-0 flex-1 text-sm">
                  <span className="font-medium">{label}</span>{" "}
                  <span className="text-muted">
                    {t(reveal.keep ? "revealed.inKept" : "revealed.inKickoff", { partnership: reveal.partnershipName })}
                  </span>
                </p>
                <ActionForm
                  action={hide}
                  fields={{ partnershipId: reveal.partnershipId, field }}
                  label={t("revealed.hide", { field: label, partnership: reveal.partnershipName })}
                >
                  {t("revealed.hideShort")}
                </ActionForm>
              </li>
            );
          }),
        )}
      </ul>
    </section>
  );
}
