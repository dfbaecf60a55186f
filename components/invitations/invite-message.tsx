import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";

/** Why an invite link cannot be used (expired, withdrawn, used up, not valid), and what to do. */
export async function InviteMessage({ title, text }: { title: string; text: string }) {
  const t = await getTranslations("invitations");
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-line bg-surface p-6 text-center shadow-sm sm:p-8">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="mx-auto h-12 w-12 text-accent-500">
        <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="3" />
        <path d="M24 13v14" stroke="currentColor" strokeWidth="3.5" strokeLinecap="round" />
        <circle cx="24" cy="34" r="2.2" fill="currentColor" />
      </svg>
      <h1 className="mt-4 font-serif text-2xl font-semibold">{title}</h1>
      <p className="mt-3 text-muted">{text}</p>
      <ButtonLink href="/" variant="secondary" className="mt-6">
        {t("home")}
      </ButtonLink>
    </div>
  );
}
