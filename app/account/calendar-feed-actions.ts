"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { calendarFeedPath } from "@/lib/calendar/calendar-paths";
import { createCalendarFeed } from "@/lib/calendar/create-calendar-feed";
import { stopCalendarFeed } from "@/lib/calendar/stop-calendar-feed";
import { requireUser } from "@/lib/guards";
import { appUrl } from "@/lib/http/app-url";
import { validatedAction } from "@/lib/validated-action";
import { ZCalendarFeedInput } from "@/lib/validation/account";

/** `Create calendar link` / `Replace link`: a new private feed link, shown once; an earlier one stops. */
export const createCalendarFeedAction = validatedAction(ZCalendarFeedInput, async () => {
  const user = await requireUser();
  const { token } = await createCalendarFeed(user.id);
  revalidatePath("/account");
  const t = await getTranslations("account.calendarFeed");
  return { status: "success", message: t("created"), data: { url: appUrl(calendarFeedPath(token), await headers()) } };
});

/** `Stop this link`: the feed link answers nothing any more. */
export const stopCalendarFeedAction = validatedAction(ZCalendarFeedInput, async () => {
  const user = await requireUser();
  await stopCalendarFeed(user.id);
  revalidatePath("/account");
  return { status: "success", message: (await getTranslations("account.calendarFeed"))("stopped") };
});
