"use server";

import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/guards";
import { saveNotificationSettings } from "@/lib/notifications/save-notification-settings";
import { validatedAction } from "@/lib/validated-action";
import { ZNotificationSettingsInput } from "@/lib/validation/notification";

/** `Save notification settings`: the signed-in user's own channels, one per kind. */
export const saveNotificationSettingsAction = validatedAction(ZNotificationSettingsInput, async (input) => {
  const user = await requireUser();
  await saveNotificationSettings(user.id, input);
  const t = await getTranslations("notifications");
  return { status: "success", message: t("settings.saved"), values: input };
});
