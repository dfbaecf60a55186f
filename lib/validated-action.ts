import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { echoable, formValues, type ActionState } from "@/lib/action-state";
import { isDatabaseUnavailable } from "@/lib/db-health";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";

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
    const t = await getTranslations("errors");
    // Forms always send FormData; a hand-made request may send anything else.
    if (!(formData instanceof FormData)) return { status: "error", message: t("INVALID") };
    const values = formValues(formData);
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
