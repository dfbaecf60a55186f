import { useFormatter, useTranslations } from "next-intl";
import type { compareSinceSession } from "@/lib/partnership-sessions/compare-since-session";

type Changes = ReturnType<typeof compareSinceSession>;
/** `timeZone`: the partnership's, which days are shown in. */
type Props = { joined: Changes["joined"]; left: Changes["left"]; departuresKnown: boolean; timeZone: string };

/** Who joined and who left since the session ended. */
export function MemberChanges({ joined, left, departuresKnown, timeZone }: Props) {
  const day = { dateStyle: "medium", timeZone } as const;
  const t = useTranslations("changes");
  const format = useFormatter();
  return (
    <section aria-labelledby="members-changes" className="space-y-3">
      <h2 id="members-changes" className="font-serif text-2xl font-semibold">
        {t("membersTitle")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-xl border border-line bg-surface p-4 shadow-sm">
          <h3 className="font-semibold">{t("joinedTitle")}</h3>
          {joined.length === 0 ? (
            <p className="text-muted">{t("noneJoined")}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {joined.map((member) => (
                <li key={member.membershipId} className="break-words">
                  <span className="font-medium">{member.name}</span>
                  {member.organisation ? <span className="text-muted"> · {member.organisation}</span> : null}
                  <span className="text-sm text-muted"> · {t("joinedOn", { date: format.dateTime(member.joinedAt, day) })}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="rounded-xl border border-line bg-surface p-4 shadow-sm">
          <h3 className="font-semibold">{t("leftTitle")}</h3>
          {left.length === 0 ? (
            <p className="text-muted">{t("noneLeft")}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {left.map((member) => (
                <li key={member.id} className="break-words">
                  <span className="font-medium">{member.name ?? (member.beforeViewer ? t("beforeYou") : t("deletedAccount"))}</span>
                  <span className="text-sm text-muted"> · {t("leftOn", { date: format.dateTime(member.leftAt, day) })}</span>
                </li>
              ))}
            </ul>
          )}
          {departuresKnown ? null : <p className="mt-2 text-sm text-muted">{t("departuresUnknown")}</p>}
        </div>
      </div>
    </section>
  );
}
