import { getTranslations } from "next-intl/server";
import type { RevealedAnswers } from "@/lib/reveals/list-revealed-answers";

/** Answers members revealed to the partnership, as the viewer may read them. */
export async function SharedAnswers({ members, showEmpty }: { members: RevealedAnswers[]; showEmpty: boolean }) {
  const t = await getTranslations("kickoff");
  if (members.length === 0 && !showEmpty) return null;
  return (
    <section aria-labelledby="shared-title" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="shared-title" className="text-lg font-semibold">
        {t("shared.title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("shared.intro")}</p>
      {members.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{t("shared.empty")}</p>
      ) : (
        <ul className="mt-4 grid gap-3 md:grid-cols-2">
          {members.map((member) => (
            <li key={member.userId} className="rounded-md border border-accent-500/30 bg-accent-100/30 p-4">
              <h3 className="font-semibold">{member.name}</h3>
              <dl className="mt-2 space-y-2">
                {member.answers.map((answer) => (
                  <div key={answer.field}>
                    <dt className="text-xs font-semibold uppercase tracking-wide text-accent-700">{t(`fields.${answer.field}`)}</dt>
                    <dd className="whitespace-pre-line">{answer.text}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
