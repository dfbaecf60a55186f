import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { emailStatus } from "@/lib/users/email-status";

/**
 * A quiet line for the signed-in header area: the account's address is not confirmed yet, with a
 * link to the account page (where `Send the link again` is). Renders nothing once it is confirmed.
 */
export async function UnverifiedEmailNote({ userId }: { userId: string }) {
  const [status, t] = await Promise.all([emailStatus(userId), getTranslations("account")]);
  if (status.emailVerifiedAt) return null;
  return (
    <p className="text-sm text-muted">
      <Link href="/account" className="underline">
        {t("unverifiedNote")}
      </Link>
    </p>
  );
}
