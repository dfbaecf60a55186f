import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common"))("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <h1 className="font-serif text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-muted">{t("notFoundText")}</p>
      <ButtonLink href="/" className="mt-6">
        {t("backHome")}
      </ButtonLink>
    </div>
  );
}
