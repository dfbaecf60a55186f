import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataRights } from "@/components/account/data-rights";
import { requireUser } from "@/lib/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  await requireUser();
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-semibold">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
      </div>
      <DataRights />
    </div>
  );
}
