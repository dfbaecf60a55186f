"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type Props = { providers: { id: string; name: string }[]; callbackUrl: string };

/**
 * `Sign in with <organisation>`, one button per configured provider: next-auth takes the browser
 * to the provider and back. A provider that cannot be reached brings it back to the sign-in page,
 * which says so (?error=…).
 */
export function OrganisationSignIn({ providers, callbackUrl }: Props) {
  const t = useTranslations("auth");
  const [going, setGoing] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="space-y-3">
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="secondary"
          className="w-full"
          aria-disabled={going !== null}
          onClick={() => {
            if (going) return;
            setGoing(provider.id);
            void signIn(provider.id, { callbackUrl }).catch(() => setGoing(null));
          }}
        >
          {going === provider.id ? t("organisationRedirecting", { name: provider.name }) : t("organisationSignIn", { name: provider.name })}
        </Button>
      ))}
      <p className="flex items-center gap-3 pt-1 text-sm text-muted before:h-px before:flex-1 before:bg-line after:h-px after:flex-1 after:bg-line">{t("orPassword")}</p>
    </div>
  );
}
