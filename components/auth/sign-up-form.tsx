"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { shownValue, type ActionState } from "@/lib/action-state";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  callbackUrl: string;
};

export function SignUpForm({ action, callbackUrl }: Props) {
  const t = useTranslations("auth");
  const te = useTranslations("errors");
  const router = useRouter();

  const [state, formAction] = useFormAction(async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    const result = await action(previous, formData);
    if (result.status !== "success") return result;
    // The account exists: sign in with what was just typed, then go where the visitor was heading.
    const signedIn = await signIn("credentials", {
      email: String(formData.get("email") ?? ""),
      password: String(formData.get("password") ?? ""),
      redirect: false,
    });
    if (!signedIn?.ok) {
      const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
      return { status: "error", message: te("signInAfterSignUpFailed"), values };
    }
    router.replace(callbackUrl);
    router.refresh();
    return { status: "success" };
  });

  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <TextField name="name" label={t("name")} autoComplete="name" required defaultValue={shownValue(state, "name")} error={errors.name} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="email"
        required
        defaultValue={shownValue(state, "email")}
        error={errors.email}
      />
      <TextField
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint", { min: LIMITS.passwordMin })}
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <SubmitButton className="w-full" pendingLabel={t("creatingAccount")}>
        {t("signUpButton")}
      </SubmitButton>
    </form>
  );
}
