import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** Shown to a member who opens a page meant for the partnership's facilitators. */
export async function FacilitatorsOnly({ partnershipId }: { partnershipId: string }) {
  const t = await getTranslations("partnerships");
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-line bg-surface p-6 text-center shadow-sm">
      <h1 className="font-serif text-2xl font-semibold">{t("facilitatorsOnlyTitle")}</h1>
      <p className="mt-3 text-muted">{t("facilitatorsOnlyText")}</p>
      <ButtonLink href={`/partnerships/${partnershipId}`} variant="secondary" className="mt-6">
        {t("backToPartnership")}
      </ButtonLink>
    </div>
  );
}
