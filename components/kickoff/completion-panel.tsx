import { getTranslations } from "next-intl/server";
import type { MemberCompletion } from "@/lib/kickoff/list-kickoff-completion";

/** Who has filled in their profile, mission and role: counts only, never answers. */
export async function CompletionPanel({ members }: { members: MemberCompletion[] }) {
  const t = await getTranslations("kickoff.completion");
  return (
    <section aria-labelledby="completion-title" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="completion-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <table className="mt-3 w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left text-xs uppercase tracking-wide text-muted">
            <th scope="col" className="py-1.5 pr-2 font-semibold">
              {t("member")}
            </th>
            <th scope="col" className="px-1 py-1.5 font-semibold">
              {t("profile")}
            </th>
            <th scope="col" className="px-1 py-1.5 font-semibold">
              {t("mission")}
            </th>
            <th scope="col" className="py-1.5 pl-1 font-semibold">
              {t("role")}
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.membershipId} className="border-b border-line/60 last:border-0">
              <th scope="row" className="py-2 pr-2 text-left font-medium">
                {member.name}
                {member.role === "FACILITATOR" ? <span className="block text-xs font-normal text-muted">{t("facilitator")}</span> : null}
              </th>
              <td className="px-1 py-2">
                <Progress {...member.profile} label={t("count", member.profile)} complete={t("complete")} notShared={t("notShared")} />
              </td>
              <td className="px-1 py-2">
                <Progress {...member.mission} label={t("count", member.mission)} complete={t("complete")} notShared={t("notShared")} />
              </td>
              <td className="py-2 pl-1">
                <Done done={member.roleComplete} label={member.roleComplete ? t("roleDone") : t("roleMissing")} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

type ProgressProps = { filled: number; total: number; label: string; complete: string; notShared: string };

function Progress({ filled, total, label, complete, notShared }: ProgressProps) {
  if (total === 0) return <span className="text-muted">{notShared}</span>;
  if (filled === total) return <Done done label={complete} />;
  return (
    <span className="inline-flex flex-col gap-1">
      <span className="whitespace-nowrap">{label}</span>
      <span aria-hidden="true" className="block h-1.5 w-14 overflow-hidden rounded-full bg-line">
        <span className="block h-full rounded-full bg-accent-500" style={{ width: `${Math.round((filled / total) * 100)}%` }} />
      </span>
    </span>
  );
}

function Done({ done, label }: { done: boolean; label: string }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap ${done ? "font-medium text-ok-700" : "text-muted"}`}>
      <span aria-hidden="true">{done ? "✓" : "○"}</span>
      {label}
    </span>
  );
}
