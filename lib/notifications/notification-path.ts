import type { AnyNotification } from "@/lib/notifications/kinds";

/** Where a notification leads in the app: a page, never the content itself. */
export function notificationPath(notification: AnyNotification): string {
  const partnership = notification.partnershipId ? `/partnerships/${encodeURIComponent(notification.partnershipId)}` : null;
  switch (notification.kind) {
    case "NOTE_ABOUT_ME":
      return partnership ? `${partnership}/members/${encodeURIComponent(notification.data.subjectMembershipId)}` : "/";
    case "KICKOFF_STARTED":
      return partnership ? `${partnership}/kickoff` : "/";
    case "ROLE_CHANGE":
      return partnership ? `${partnership}/members` : "/";
    case "AUDIENCE_CHANGE":
      return "/profile";
    case "SESSION_PLANNED":
      return partnership ? `${partnership}/sessions` : "/";
    case "INVITATION":
      return "/notifications";
  }
}
