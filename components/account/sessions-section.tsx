import { getFormatter, getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/submit-button";
import { currentSessionId } from "@/lib/sessions/current-session-id";
import { listSessions } from "@/lib/sessions/list-sessions";

type Props = { userId: string; signOutEverywhereAction: () => Promise<void> };

/**
 * Where the account is signed in (when each browser signed in), and `Sign out everywhere`, which
 * ends every one of them at once, this one too. A plain form: it works without JavaScript.
 */
export async function SessionsSection({ userId, signOutEverywhereAction }: Props) {
  const [sessions, thisSession, t, format] = await Promise.all([listSessions(userId), currentSessionId(), getTranslations("account"), getFormatter()]);
  return (
    <section aria-labelledby="sessions-title" className="space-y-4 rounded-lg border border-line bg-surface p-6">
      <h2 id="sessions-title" className="text-xl font-semibold">
        {t("sessionsTitle")}
      </h2>
      <ul className="space-y-1 text-sm">
        {sessions.map((session) => (
          <li key={session.id}>
            {t("sessionStarted", { date: format.dateTime(session.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
            {session.id === thisSession ? <span className="text-muted"> ({t("thisBrowser")})</span> : null}
          </li>
        ))}
      </ul>
      <p className="text-sm text-muted">{t("signOutEverywhereHint")}</p>
      <form action={signOutEverywhereAction}>
        <SubmitButton variant="secondary">{t("signOutEverywhere")}</SubmitButton>
      </form>
    </section>
  );
}
