import type { AnswerField } from "@/lib/leadership/fields";

type Props = {
  fields: readonly AnswerField[];
  answers: Partial<Record<AnswerField, string>>;
  labels: Record<AnswerField, string>;
  /** Tags shown under the answer they belong to. */
  tags?: Partial<Record<AnswerField, { label: string; tags: string[] }>>;
  /** Answers shown as revealed at a kickoff (a copy as it stood then), with what to say of them. */
  revealed?: { fields: readonly AnswerField[]; note: string };
  /** Answers that read differently now than at the end of the partnership's last session. */
  changed?: { fields: readonly AnswerField[]; note: string };
  empty: string;
};

/**
 * The answers a viewer may read, already filtered by the visibility rule: this component only
 * lays out what it is given, and an answer it is not given is simply absent.
 */
export function VisibleAnswers({ fields, answers, labels, tags = {}, revealed, changed, empty }: Props) {
  const shown = fields.filter((field) => answers[field] || tags[field]?.tags.length);
  if (shown.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <dl className="divide-y divide-line">
      {shown.map((field) => {
        const tagged = tags[field];
        return (
          <div key={field} className="py-3 first:pt-0 last:pb-0">
            <dt className="text-sm font-semibold text-brand-700">
              {labels[field]}
              {revealed?.fields.includes(field) ? (
                <span className="ml-2 rounded bg-accent-100 px-1.5 py-0.5 text-xs font-medium text-accent-700">{revealed.note}</span>
              ) : null}
              {changed?.fields.includes(field) ? (
                <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">{changed.note}</span>
              ) : null}
            </dt>
            {answers[field] ? <dd className="mt-1 whitespace-pre-line break-words">{answers[field]}</dd> : null}
            {tagged && tagged.tags.length > 0 ? (
              <dd className="mt-2">
                <span className="sr-only">{tagged.label}: </span>
                <ul className="flex flex-wrap gap-1.5" aria-label={tagged.label}>
                  {tagged.tags.map((tag) => (
                    <li key={tag} className="rounded-full bg-brand-50 px-2.5 py-0.5 text-sm text-brand-700">
                      {tag}
                    </li>
                  ))}
                </ul>
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
