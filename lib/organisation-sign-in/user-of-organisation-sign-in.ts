import "server-only";
import { db } from "@/lib/db";

/** The account an organisation's account is linked to (the signIn callback has just linked or created it). */
export async function userOfOrganisationSignIn(provider: string, subject: string) {
  const linked = await db.organisationSignIn.findUniqueOrThrow({
    where: { provider_subject: { provider, subject } },
    select: { user: { select: { id: true, name: true, email: true, locale: true } } },
  });
  return linked.user;
}
