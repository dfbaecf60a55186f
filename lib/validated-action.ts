import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { ActionState, FormValues } from "@/lib/action-state";
import { isDatabaseUnavailable } from "@/lib/db-health";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";

/** Form data as plain values; fields given more than once (checkboxes) become lists. */
export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length === 1 ? (all[0] ?? "") : all;
  }
  return values;
}

function echoable(values: FormValues): FormValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

/**
 * Wraps a form action: parses the form with `schema`, returns every field error with the typed
 * values, and turns errors into messages (AppErrors by their code, anything else logged and shown
 * as a generic message). Redirects and not-found pass through.
 */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  action: (input: z.infer<S>) => Promise<ActionState | void>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const values = formValues(formData);
    const t = await getTranslations("errors");
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const tv = await getTranslations("validation");
      return {
        status: "error",
        message: t("checkFields"),
        fieldErrors: fieldErrorsFrom(parsed.error.issues, tv),
        values: echoable(values),
      };
    }
    try {
      const result = await action(parsed.data);
      return result ?? { status: "success", message: t("saved") };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) {
        const message = t(error.code, error.params);
        const fieldErrors = error.field ? { [error.field]: message } : undefined;
        return { status: "error", message, fieldErrors, values: echoable(values) };
      }
      if (isDatabaseUnavailable(error)) {
        logger.warn("action.database_unavailable");
        return { status: "error", message: t("UNAVAILABLE"), values: echoable(values) };
      }
      logger.errorFrom("action.failed", error);
      return { status: "error", message: t("unexpected"), values: echoable(values) };
    }
  };
}
