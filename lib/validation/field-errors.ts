import type { z } from "zod";
import type { Messages } from "@/lib/i18n/messages";

type ValidationKey = keyof Messages["validation"];

/** The "validation" translator, from next-intl on the server or in the browser. */
type Translate = {
  (key: ValidationKey, values?: Record<string, string | number>): string;
  has(key: ValidationKey): boolean;
};

/** The first problem of each field, in the user's language. */
export function fieldErrorsFrom(issues: z.core.$ZodIssue[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "form";
    errors[field] ??= messageFor(issue, t);
  }
  return errors;
}

function messageFor(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1 ? t("required") : t("tooShort", { min: Number(issue.minimum) });
      }
      if (issue.origin === "array" || issue.origin === "set") return t("required");
      return t("tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return t("tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") return t("tooMany", { max: Number(issue.maximum) });
      return t("tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email" ? t("invalidEmail") : t("invalid");
    case "invalid_type":
      return issue.input === undefined ? t("required") : t("invalid");
    case "invalid_value":
      return t("invalidChoice");
    case "custom":
      // A custom check names its message (a key of "validation") and may give its values as params.
      return t.has(issue.message as ValidationKey) ? t(issue.message as ValidationKey, issue.params as Record<string, string | number> | undefined) : t("invalid");
    default:
      return t("invalid");
  }
}
