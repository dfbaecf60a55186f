import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/kickoff/action-form";
import { RevealForm } from "@/components/kickoff/reveal-form";
import type { FormAction } from "@/components/ui/use-form-action";
import type { RevealableAnswer } from "@/lib/reveals/list-revealable-answers";

/**
 * The member's own hidden answers, each with a control to show a copy of it to this partnership
 * (while a kickoff runs; for this kickoff, or kept beyond it) or to hide it again (any time). An
 * answer edited since it was revealed says so and can be revealed again with its new text.
 */
type Props = {
  partnershipId: string;
  answers: RevealableAnswer[];
  canReveal: boolean;
  actions: { reveal: FormAction; hide: FormAction };
};

export async function RevealControls({ partnershipId, answers, canReveal, actions }: Props) {
  const t = await getTranslations("kickoff");
  const shown = canReveal ? answers : answers.filter((answer) => answer.revealed);
  if (!canReveal && shown.length === 0) return null;
  return (
    <section aria-labelledby="reveal-title" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="reveal-title" className="text-lg font-semibold">
        {t("reveal.title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("reveal.intro")}</p>
      {shown.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t("reveal.none")}</p>
      ) : (
        <ul className="mt-4 divide-y divide-line">
          {shown.map((answer) => {
            const field = t(`fields.${answer.field}`);
            return (
              <li key={answer.field} className="flex flex-wrap items-start justify-between gap-3 py-3">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    {field}{" "}
                    <span className="ml-1 rounded bg-paper px-1.5 py-0.5 text-xs font-normal text-muted">{t(`reveal.${answer.visibility}`)}</span>
                    {answer.revealed ? (
                      <span className="ml-1 rounded bg-accent-100 px-1.5 py-0.5 text-xs font-medium text-accent-700">
                        {t(answer.revealed.keep ? "reveal.revealedKept" : "reveal.revealed")}
                      </span>
                    ) : null}
                  </p>
                  <p className="mt-1 line-clamp-2 whitespace-pre-line text-sm text-muted">{answer.text}</p>
                  {answer.revealed?.changedSince ? <p className="mt-1 text-sm font-medium text-accent-700">{t("reveal.changedSince")}</p> : null}
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  {canReveal && (!answer.revealed || answer.revealed.changedSince) ? (
                    <RevealForm
                      action={actions.reveal}
                      partnershipId={partnershipId}
                      field={answer.field}
                      label={t(answer.revealed ? "reveal.revealAgain" : "reveal.reveal", { field })}
                      short={t(answer.revealed ? "reveal.revealAgainShort" : "reveal.revealShort")}
                      keepLabel={t("reveal.keep", { field })}
                      keepShort={t("reveal.keepShort")}
                      keepChecked={answer.revealed?.keep ?? false}
                    />
                  ) : null}
                  {answer.revealed ? (
                    <ActionForm action={actions.hide} fields={{ partnershipId, field: answer.field }} label={t("reveal.hide", { field })}>
                      {t("reveal.hideShort")}
                    </ActionForm>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
