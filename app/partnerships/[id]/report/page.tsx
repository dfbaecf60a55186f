import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { KickoffReport } from "@/components/exports/kickoff-report";
import { PrintButton } from "@/components/ui/print-button";
import { requireMember } from "@/lib/guards";
import { notFoundOnRefusal } from "@/lib/not-found-on-refusal";
import { loadPartnershipReport } from "@/lib/exports/load-partnership-report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exports"))("title") };
}

export default async function ReportPage({ params }: PageProps<"/partnerships/[id]/report">) {
  const { id } = await params;
  const { user, membership } = await requireMember(id);
  // The report holds what facilitators may read; to anyone else it does not exist.
  if (membership.role !== "FACILITATOR") notFound();
  const [report, t] = await Promise.all([loadPartnershipReport(user.id, id).catch(notFoundOnRefusal), getTranslations("exports")]);
  const base = `/partnerships/${id}/export`;
  return (
    <KickoffReport
      report={report}
      actions={
        <div className="flex flex-col items-end gap-3">
          <PrintButton label={t("print")} />
          <nav aria-label={t("downloads")} className="flex max-w-xs flex-col items-end gap-2 text-right text-sm">
            <a href={`${base}/contributions.csv`} download aria-describedby="csv-hint" className="font-medium text-brand-700 underline">
              {t("csv")}
            </a>
            <span id="csv-hint" className="-mt-2 text-xs text-muted">
              {t("csvHint")}
            </span>
            <a href={`${base}/partnership.json`} download aria-describedby="json-hint" className="font-medium text-brand-700 underline">
              {t("json")}
            </a>
            <span id="json-hint" className="-mt-2 text-xs text-muted">
              {t("jsonHint")}
            </span>
          </nav>
        </div>
      }
    />
  );
}
