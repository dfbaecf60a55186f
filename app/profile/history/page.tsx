import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AnswerHistory } from "@/components/profile/answer-history";
import { requireUser } from "@/lib/guards";
import { listAnswerHistory } from "@/lib/history/list-answer-history";
import { isAnswerField } from "@/lib/leadership/fields";
import { restoreAnswerVersionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("history.title") };
}

/** The earlier texts of the signed-in user's own answers, to read and restore. Nobody else's. */
export default async function AnswerHistoryPage({ searchParams }: PageProps<"/profile/history">) {
  const user = await requireUser();
  const [history, t, { restored }] = await Promise.all([listAnswerHistory(user.id), getTranslations("profile"), searchParams]);
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <p className="text-sm">
          <Link href="/profile" className="font-medium text-brand-700 underline">
            {t("history.back")}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-semibold">{t("history.title")}</h1>
        <p className="mt-2 text-muted">{t("history.intro")}</p>
      </header>
      {isAnswerField(restored) ? (
        <p role="status" className="rounded-lg border border-brand-200 bg-brand-50 p-4 font-medium">
          {t("history.restored", { field: t(`fields.${restored}.label`) })}
        </p>
      ) : null}
      <AnswerHistory history={history} restore={restoreAnswerVersionAction} />
    </div>
  );
}
