/** A step's reflection questions, read-only. */
export function QuestionList({ questions, empty }: { questions: string[]; empty: string }) {
  if (questions.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="space-y-1.5">
      {questions.map((question, index) => (
        <li key={index} className="flex gap-2 break-words">
          <span aria-hidden="true" className="mt-2 size-1.5 shrink-0 rounded-full bg-accent-500" />
          {question}
        </li>
      ))}
    </ul>
  );
}
