import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <div className="mx-auto max-w-xl py-10 text-center">
      <title>{t("errorPageTitle", { title: t("notFoundTitle"), app: t("appName") })}</title>
      <h1 className="font-serif text-3xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-muted">{t("notFoundText")}</p>
      <ButtonLink href="/" className="mt-6">
        {t("backHome")}
      </ButtonLink>
    </div>
  );
}
