import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/kickoff/action-form";
import type { FormAction } from "@/components/ui/use-form-action";
import type { EarlierVersion } from "@/lib/history/list-answer-history";
import { ANSWER_FIELDS, type AnswerField } from "@/lib/leadership/fields";

type Props = { history: Partial<Record<AnswerField, EarlierVersion[]>>; restore: FormAction };

/** Each answer that has earlier texts: the texts, newest first, each with a button to restore it. */
export async function AnswerHistory({ history, restore }: Props) {
  const [t, format] = await Promise.all([getTranslations("profile"), getFormatter()]);
  const fields = ANSWER_FIELDS.filter((field) => (history[field]?.length ?? 0) > 0);
  if (fields.length === 0) return <p className="rounded-lg border border-line bg-surface p-5 text-muted">{t("history.empty")}</p>;
  return (
    <div className="space-y-6">
      {fields.map((field) => {
        const label = t(`fields.${field}.label`);
        return (
          <section key={field} aria-labelledby={`history-${field}`} className="rounded-lg border border-line bg-surface p-5 shadow-sm">
            <h2 id={`history-${field}`} className="text-lg font-semibold">
              {label}
            </h2>
            <ol className="mt-3 divide-y divide-line">
              {(history[field] ?? []).map((version) => {
                const when = format.dateTime(version.savedAt, { dateStyle: "medium", timeStyle: "short" });
                return (
                  <li key={version.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                    <div className="min-w-0 flex-1">
                      <p className="text-xs font-semibold uppercase tracking-wide text-muted">
                        <time dateTime={version.savedAt.toISOString()}>{t("history.savedAt", { when })}</time>
                      </p>
                      {version.text ? (
                        <p className="mt-1 whitespace-pre-wrap break-words">{version.text}</p>
                      ) : (
                        <p className="mt-1 italic text-muted">{t("history.emptyText")}</p>
                      )}
                    </div>
                    <ActionForm action={restore} fields={{ versionId: version.id }} label={t("history.restore", { field: label, when })}>
                      {t("history.restoreShort")}
                    </ActionForm>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
