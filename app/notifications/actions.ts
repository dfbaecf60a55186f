"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/guards";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

/** `Mark all as read`: the signed-in user's own notifications. A plain form, no input. */
export async function markAllNotificationsReadAction() {
  const user = await requireUser();
  await markNotificationsRead(user.id);
  // The unread count is in every page's header.
  revalidatePath("/", "layout");
}
