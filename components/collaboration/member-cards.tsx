import { useTranslations } from "next-intl";
import type { OverviewCard } from "@/lib/collaboration/build-overview";
import { memberCardsHtml } from "@/lib/collaboration/member-cards-html";
import { formatOnce } from "@/lib/i18n/format-once";

type Props = { cards: readonly OverviewCard[]; partnershipId: string };

/**
 * A page of compact member cards: the rest is on each member's page, which the name opens (a
 * plain link, never prefetched). Written as escaped HTML by lib/collaboration/member-cards-html.ts.
 */
export function MemberCards({ cards, partnershipId }: Props) {
  const t = useTranslations("collaboration");
  const html = memberCardsHtml(partnershipId, cards, {
    you: t("you"),
    facilitator: t("role.FACILITATOR"),
    missionEmpty: t("missionEmpty"),
    missionHidden: t("missionHidden"),
    uniqueRole: t("uniqueRole"),
    notFilledIn: t("notFilledIn"),
    alignment: t("alignment"),
    alignmentValue: formatOnce((value: number) => t("alignmentValue", { value })),
    alignmentNone: t("alignmentNone"),
    completeYourRole: t("completeYourRole"),
  });
  return <div className="cards" dangerouslySetInnerHTML={{ __html: html }} />;
}
