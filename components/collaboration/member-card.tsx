import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OverviewCard } from "@/lib/collaboration/build-overview";
import { AlignmentDots } from "@/components/member/alignment-dots";

type Props = { member: OverviewCard; partnershipId: string };

/**
 * One member beside the common goal, compact: the rest is on the member's page, which the name
 * opens. Styled by the .member-card rules in globals.css; the link is not prefetched, as a page
 * of cards would otherwise ask the server for every member's page at once.
 */
export function MemberCard({ member, partnershipId }: Props) {
  const t = useTranslations("collaboration");
  const headingId = `member-${member.membershipId}`;
  return (
    <article aria-labelledby={headingId} className={member.isViewer ? "member-card is-viewer" : "member-card"}>
      <header>
        <h3 id={headingId}>
          <Link href={`/partnerships/${partnershipId}/members/${member.membershipId}`} prefetch={false}>
            {member.name}
          </Link>
        </h3>
        {member.isViewer ? <span className="tag tag-you">{t("you")}</span> : null}
        {member.role === "FACILITATOR" ? <span className="tag tag-facilitator">{t("role.FACILITATOR")}</span> : null}
        {member.organisation ? <p className="org">{member.organisation}</p> : null}
      </header>
      {member.statement ? (
        <p className="statement">“{member.statement}”</p>
      ) : (
        <p className="statement empty">{member.statementShared ? t("missionEmpty") : t("missionHidden")}</p>
      )}
      <dl className="facts">
        <dt>{t("uniqueRole")}</dt>
        <dd className={member.uniqueRole ? undefined : "empty"}>{member.uniqueRole || t("notFilledIn")}</dd>
        <dt>{t("alignment")}</dt>
        <dd className="alignment">
          <AlignmentDots value={member.alignment} />
          {member.alignment ? t("alignmentValue", { value: member.alignment }) : t("alignmentNone")}
        </dd>
      </dl>
      {member.roleMissing ? (
        <Link href={`/partnerships/${partnershipId}/role`} className="no-print text-sm font-medium text-brand-700 underline">
          {t("completeYourRole")}
        </Link>
      ) : null}
    </article>
  );
}
