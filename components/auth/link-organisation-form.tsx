"use client";

import { useRef } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useFocusFirstInvalid } from "@/components/ui/use-focus-first-invalid";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/action-state";
import { LIMITS } from "@/lib/validation/limits";

/**
 * `Password` and `Link and sign in`: next-auth's "link" sign-in checks the password against the
 * account the pending link names (server-side, by its token), links, signs in and goes on to where
 * the sign-in was headed (an invitation, say). A wrong
 * password is said next to the field; the token stays usable until it expires.
 */
export function LinkOrganisationForm({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const tv = useTranslations("validation");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);

  const [state, formAction] = useFormAction(async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const password = String(formData.get("password") ?? "");
    if (!password || password.length > LIMITS.passwordMax) {
      const message = password ? tv("tooLong", { max: LIMITS.passwordMax }) : tv("required");
      return { status: "error", message: te("checkFields"), fieldErrors: { password: message } };
    }
    const result = await signIn("link", { token, password, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return { status: "success" };
    }
    const seconds = /^RATE_LIMITED:(\d+)$/.exec(result?.error ?? "")?.[1];
    if (seconds) {
      const message = te("RATE_LIMITED", { minutes: Math.max(1, Math.ceil(Number(seconds) / 60)) });
      return { status: "error", message, fieldErrors: { password: message } };
    }
    if (result?.error === "LINK_EXPIRED") return { status: "error", message: te("linkExpired") };
    if (result?.error === "INVALID_CREDENTIALS" || result?.error === "CredentialsSignin") {
      const message = t("linkWrongPassword");
      return { status: "error", message, fieldErrors: { password: message } };
    }
    return { status: "error", message: te("signInFailed") };
  });
  useFocusFirstInvalid(form, state);

  return (
    <form ref={form} action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required error={state.fieldErrors?.password} />
      <SubmitButton className="w-full" pendingLabel={t("linking")}>
        {t("linkButton")}
      </SubmitButton>
    </form>
  );
}
