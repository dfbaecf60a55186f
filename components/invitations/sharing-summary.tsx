import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { InvitationSharing } from "@/lib/invitations/preview-sharing";
import type { AnswerField } from "@/lib/leadership/fields";

/**
 * Before joining: which of the viewer's own answers this partnership's facilitators (by name) and
 * all its partners will be able to read, and a way to change that first.
 */
export function SharingSummary({ sharing }: { sharing: InvitationSharing }) {
  const t = useTranslations("invitations");
  const format = useFormatter();
  return (
    <section aria-labelledby="invite-sharing" className="space-y-4">
      <div>
        <h2 id="invite-sharing" className="font-serif text-xl font-semibold">
          {t("sharingTitle")}
        </h2>
        <p className="mt-1 text-muted">{t("sharingIntro")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Group
          id="invite-sharing-facilitators"
          title={t("sharingFacilitators")}
          text={t("sharingFacilitatorsText", { names: format.list(sharing.facilitators) })}
          fields={sharing.facilitatorsRead}
          empty={sharing.empty}
        />
        <Group
          id="invite-sharing-partners"
          title={t("sharingPartners")}
          text={t("sharingPartnersText")}
          fields={sharing.partnersRead}
          empty={sharing.empty}
        />
      </div>
      {sharing.onlyYou.length > 0 && (
        <Group id="invite-sharing-only-you" title={t("sharingOnlyYou")} text={t("sharingOnlyYouText")} fields={sharing.onlyYou} empty={sharing.empty} muted />
      )}
      <p className="text-sm text-muted">
        <Link href="/profile" className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900">
          {t("sharingChange")}
        </Link>
        {" — "}
        {t("sharingChangeHint")}
      </p>
    </section>
  );
}

function Group(props: { id: string; title: string; text: string; fields: AnswerField[]; empty: AnswerField[]; muted?: boolean }) {
  const t = useTranslations("invitations");
  const tp = useTranslations("profile");
  return (
    <section aria-labelledby={props.id} className={`rounded-lg border border-line p-4 ${props.muted ? "bg-paper" : "bg-brand-50"}`}>
      <h3 id={props.id} className="font-semibold">
        {props.title}
      </h3>
      {props.fields.length === 0 ? (
        <p className="mt-1 text-sm">{t("sharingNothing")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">{props.text}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {props.fields.map((field) => (
              <li key={field}>
                {tp(`fields.${field}.label`)}
                {props.empty.includes(field) && (
                  <>
                    {" "}
                    <span className="text-muted">({t("sharingNotFilled")})</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
