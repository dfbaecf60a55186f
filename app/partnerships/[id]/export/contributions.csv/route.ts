import { getTranslations } from "next-intl/server";
import { buildContributionsCsv } from "@/lib/exports/build-contributions-csv";
import { answerRoute } from "@/lib/http/answer-route";
import { attachmentHeaders } from "@/lib/http/attachment";
import { fileSlug } from "@/lib/http/file-slug";
import { routeMember } from "@/lib/http/route-member";

export const dynamic = "force-dynamic";

/** The needs x members matrix as a spreadsheet; facilitators only. */
export async function GET(_request: Request, { params }: RouteContext<"/partnerships/[id]/export/contributions.csv">) {
  return answerRoute(async () => {
    const { id } = await params;
    const member = await routeMember(id, { facilitator: true });
    if (!member.ok) return member.response;
    const t = await getTranslations("exports");
    const { name, csv } = await buildContributionsCsv(member.userId, id, {
      need: t("csvColumns.need"),
      coverage: t("csvColumns.coverage"),
      contributors: t("csvColumns.contributors"),
      contributes: t("csvColumns.contributes"),
      status: { gap: t("coverageStatus.gap"), single: t("coverageStatus.single"), shared: t("coverageStatus.shared") },
    });
    return new Response(csv, { headers: attachmentHeaders(`${fileSlug(name)}-${fileSlug(t("csvFileName"))}.csv`, "text/csv; charset=utf-8") });
  });
}
