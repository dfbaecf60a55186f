import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MemberCard as MemberCardData } from "@/lib/collaboration/build-collaboration-view";

type Props = { member: MemberCardData; partnershipId: string };

export function MemberCard({ member, partnershipId }: Props) {
  const t = useTranslations("collaboration");
  const headingId = `member-${member.membershipId}`;
  const percent = Math.round(member.completeness * 100);
  return (
    <article
      aria-labelledby={headingId}
      className={`relative flex flex-col gap-3 rounded-xl border bg-surface p-5 shadow-sm break-inside-avoid ${member.isViewer ? "border-brand-500 ring-1 ring-brand-200" : "border-line"}`}
    >
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId} className="text-lg font-semibold">
            <Link href={`/partnerships/${partnershipId}/members/${member.membershipId}`} className="hover:underline">
              {member.name}
            </Link>
          </h3>
          {member.isViewer ? <span className="rounded bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white">{t("you")}</span> : null}
          {member.role === "FACILITATOR" ? (
            <span className="rounded bg-accent-100 px-1.5 py-0.5 text-xs font-semibold text-accent-700">{t("role.FACILITATOR")}</span>
          ) : null}
        </div>
        {member.organisation ? <p className="text-sm text-muted">{member.organisation}</p> : null}
      </header>

      <div>
        <h4 className="text-xs font-semibold uppercase tracking-wide text-muted">{t("mission")}</h4>
        {member.statement ? (
          <p className="mt-0.5 font-serif text-[1.05rem] leading-snug">“{member.statement}”</p>
        ) : (
          <p className="mt-0.5 text-sm italic text-muted">{member.statementShared ? t("missionEmpty") : t("missionHidden")}</p>
        )}
      </div>

      <dl className="grid gap-2 text-sm">
        <div>
          <dt className="font-semibold">{t("uniqueRole")}</dt>
          <dd className={member.uniqueRole ? "" : "italic text-muted"}>{member.uniqueRole || t("notFilledIn")}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t("relation")}</dt>
          <dd className={member.missionRelation ? "" : "italic text-muted"}>{member.missionRelation || t("notFilledIn")}</dd>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <dt className="font-semibold">{t("alignment")}</dt>
          <dd className="flex items-center gap-2">
            <AlignmentDots value={member.alignment} />
            <span>{member.alignment ? t("alignmentValue", { value: member.alignment }) : t("alignmentNone")}</span>
          </dd>
        </div>
      </dl>

      <div className="mt-auto space-y-1">
        <p className="text-xs text-muted">{t("completeness", { percent })}</p>
        <div className="h-1.5 overflow-hidden rounded-full bg-brand-50" aria-hidden="true">
          <div className="h-full rounded-full bg-brand-500" style={{ width: `${percent}%` }} />
        </div>
        <p className="text-xs text-muted">{t("contributesTo", { count: member.needIds.length })}</p>
      </div>
      {member.isViewer && (!member.uniqueRole || member.alignment === null) ? (
        <Link href={`/partnerships/${partnershipId}/role`} className="no-print text-sm font-medium text-brand-700 underline">
          {t("completeYourRole")}
        </Link>
      ) : null}
    </article>
  );
}

function AlignmentDots({ value }: { value: number | null }) {
  return (
    <span className="flex gap-0.5" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((level) => (
        <span key={level} className={`h-2.5 w-2.5 rounded-full ${value !== null && level <= value ? "bg-brand-600" : "bg-line"}`} />
      ))}
    </span>
  );
}
