import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MemberCard as MemberCardData } from "@/lib/collaboration/build-collaboration-view";
import { AlignmentDots } from "@/components/member/alignment-dots";

type Props = { member: MemberCardData; partnershipId: string };

/** One member beside the common goal, in full, for the printed handout. Styled by the .member-card rules in globals.css. */
export function HandoutMemberCard({ member, partnershipId }: Props) {
  const t = useTranslations("collaboration");
  const headingId = `member-${member.membershipId}`;
  const percent = Math.round(member.completeness * 100);
  return (
    <article aria-labelledby={headingId} className={member.isViewer ? "member-card is-viewer" : "member-card"}>
      <header>
        <div className="flex flex-wrap items-center gap-2">
          <h3 id={headingId}>
            <Link href={`/partnerships/${partnershipId}/members/${member.membershipId}`} prefetch={false}>{member.name}</Link>
          </h3>
          {member.isViewer ? <span className="tag tag-you">{t("you")}</span> : null}
          {member.role === "FACILITATOR" ? <span className="tag tag-facilitator">{t("role.FACILITATOR")}</span> : null}
        </div>
        {member.organisation ? <p className="org">{member.organisation}</p> : null}
      </header>
      <div>
        <h4>{t("mission")}</h4>
        {member.statement ? (
          <p className="statement">“{member.statement}”</p>
        ) : (
          <p className="statement empty">{member.statementShared ? t("missionEmpty") : t("missionHidden")}</p>
        )}
      </div>
      <dl>
        <div>
          <dt>{t("uniqueRole")}</dt>
          <dd className={member.uniqueRole ? undefined : "empty"}>{member.uniqueRole || t("notFilledIn")}</dd>
        </div>
        <div>
          <dt>{t("relation")}</dt>
          <dd className={member.missionRelation ? undefined : "empty"}>{member.missionRelation || t("notFilledIn")}</dd>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <dt>{t("alignment")}</dt>
          <dd className="flex items-center gap-2">
            <AlignmentDots value={member.alignment} />
            {member.alignment ? t("alignmentValue", { value: member.alignment }) : t("alignmentNone")}
          </dd>
        </div>
      </dl>
      <div className="mt-auto space-y-1">
        <p className="meta">{t("completeness", { share: member.completeness })}</p>
        <div className="progress" aria-hidden="true">
          <i style={{ width: `${percent}%` }} />
        </div>
        <p className="meta">{t("contributesTo", { count: member.needIds.length })}</p>
      </div>
      {member.isViewer && (!member.uniqueRole || member.alignment === null) ? (
        <Link href={`/partnerships/${partnershipId}/role`} className="no-print text-sm font-medium text-brand-700 underline">
          {t("completeYourRole")}
        </Link>
      ) : null}
    </article>
  );
}
