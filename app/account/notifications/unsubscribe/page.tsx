import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("unsubscribe.title") };
}

type Props = { searchParams: Promise<{ token?: string | string[]; done?: string | string[] }> };

/**
 * Where an email's unsubscribe link leads (no sign-in needed: the signed link is the proof). It
 * asks for one click, which POSTs to /api/unsubscribe, and then says it is done.
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, done } = await searchParams;
  const read = typeof token === "string" ? readUnsubscribeToken(token) : null;
  if (!read || typeof token !== "string") notFound();
  const t = await getTranslations("notifications");
  const kind = read.scope === "all" ? null : t(`kinds.${read.scope}`);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="font-serif text-3xl font-semibold">{t("unsubscribe.title")}</h1>
      {done === "1" ? (
        <p role="status">{kind ? t("unsubscribe.doneKind", { kind }) : t("unsubscribe.doneAll")}</p>
      ) : (
        <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}`} className="space-y-4">
          <p>{kind ? t("unsubscribe.confirmKind", { kind }) : t("unsubscribe.confirmAll")}</p>
          <input type="hidden" name="List-Unsubscribe" value="One-Click" />
          <input type="hidden" name="from" value="page" />
          <button type="submit" className={buttonClass("primary")}>
            {t("unsubscribe.button")}
          </button>
        </form>
      )}
      <p className="text-sm">
        <Link href="/account/notifications" className="font-medium text-brand-700 underline">
          {t("unsubscribe.settings")}
        </Link>
      </p>
    </div>
  );
}
