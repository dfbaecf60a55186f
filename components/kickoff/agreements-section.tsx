import { getTranslations } from "next-intl/server";
import { AgreementsEditor } from "@/components/kickoff/agreements-editor";
import type { FormAction } from "@/components/ui/use-form-action";

type Props = {
  partnershipId: string;
  agreements: { id: string; text: string }[];
  facilitator: boolean;
  /** At the agreements step the section is the step's main content. */
  emphasised?: boolean;
  actions: { add: FormAction; edit: FormAction; remove: FormAction };
};

/** The partnership's agreements: a list for members, an editor for facilitators. */
export async function AgreementsSection({ partnershipId, agreements, facilitator, emphasised = false, actions }: Props) {
  const t = await getTranslations("kickoff.agreements");
  return (
    <section
      aria-labelledby="agreements-title"
      className={`rounded-lg border p-5 ${emphasised ? "border-brand-500 bg-surface shadow-sm" : "border-line bg-surface"}`}
    >
      <h2 id="agreements-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <div className="mt-4">
        {facilitator ? (
          <AgreementsEditor
            partnershipId={partnershipId}
            agreements={agreements}
            actions={actions}
          />
        ) : agreements.length === 0 ? (
          <p className="text-muted">{t("empty")}</p>
        ) : (
          <ol className="list-decimal space-y-2 pl-6 marker:font-semibold marker:text-brand-700">
            {agreements.map((agreement) => (
              <li key={agreement.id} className="whitespace-pre-line">
                {agreement.text}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
