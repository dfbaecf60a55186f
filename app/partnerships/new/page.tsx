import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PartnershipForm } from "@/components/partnership/partnership-form";
import { requireUser } from "@/lib/guards";
import { createPartnershipAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partnerships"))("newTitle") };
}

export default async function NewPartnershipPage() {
  await requireUser();
  const t = await getTranslations("partnerships");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="font-serif text-3xl font-semibold">{t("newTitle")}</h1>
      <p className="mt-2 text-muted">{t("newIntro")}</p>
      <div className="mt-6 rounded-lg border border-line bg-surface p-6 shadow-sm">
        <ClientMessages namespaces={["partnerships"]}>
          <PartnershipForm action={createPartnershipAction} />
        </ClientMessages>
      </div>
    </div>
  );
}
