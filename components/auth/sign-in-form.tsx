"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/action-state";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { ZSignInInput } from "@/lib/validation/auth";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const tv = useTranslations("validation");
  const router = useRouter();

  const [state, formAction] = useFormAction(async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
    const parsed = ZSignInInput.safeParse(values);
    if (!parsed.success) {
      return { status: "error", message: te("checkFields"), fieldErrors: fieldErrorsFrom(parsed.error.issues, tv), values: { email: values.email } };
    }
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return { status: "success" };
    }
    const message = refusalMessage(result?.error, te, parsed.data.email);
    // Passwords are off for the address's domain: said next to the address.
    const fieldErrors = result?.error === "PASSWORDLESS" ? { email: message } : undefined;
    return { status: "error", message, fieldErrors, values: { email: values.email } };
  });

  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={typeof state.values?.email === "string" ? state.values.email : ""}
        error={errors.email}
      />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required error={errors.password} />
      <SubmitButton className="w-full" pendingLabel={t("signingIn")}>
        {t("signInButton")}
      </SubmitButton>
    </form>
  );
}

/** next-auth passes on the reason the server gave (see SignInRefused). */
function refusalMessage(error: string | null | undefined, te: ReturnType<typeof useTranslations<"errors">>, email: string) {
  const seconds = /^RATE_LIMITED:(\d+)$/.exec(error ?? "")?.[1];
  if (seconds) return te("RATE_LIMITED", { minutes: Math.max(1, Math.ceil(Number(seconds) / 60)) });
  if (error === "INVALID_CREDENTIALS" || error === "CredentialsSignin") return te("invalidCredentials");
  if (error === "PASSWORDLESS") return te("PASSWORDLESS", { domain: email.slice(email.lastIndexOf("@") + 1) });
  return te("signInFailed");
}
