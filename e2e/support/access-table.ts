import { randomBytes } from "node:crypto";
import { issueAccountToken } from "@/lib/account-tokens/issue-account-token";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { calendarFeedPath, plannedSessionCalendarPath } from "@/lib/calendar/calendar-paths";
import { createCalendarFeed } from "@/lib/calendar/create-calendar-feed";
import { DEFAULT_TIME_ZONE, wallTimeFromInstant } from "@/lib/partnership-sessions/wall-time";
import { revealAnswer } from "@/lib/reveals/reveal-answer";
import { makeUser, setAnswers, uniqueEmail } from "@/lib/testing/factories";
import type { HttpSession } from "./http-session";
import { messages } from "./messages";
import type { ActionShape } from "./server-actions";
import type { Role, World } from "./world";

/*
 * The access matrix's expectations: for each entry point (keyed as entryKey names it) what each
 * role gets. Read by e2e/access-matrix.spec.ts; the bad-input spec takes each action's rightful
 * call from here as the valid form it then spoils.
 */

const errors = messages("errors");
const account = messages("account");
const auth = messages("auth");

export const ROLES: Role[] = ["signedOut", "stranger", "otherFacilitator", "member", "facilitator"];
/** Roles with no business in P: nothing of P may reach them. */
export const OUTSIDERS: Role[] = ["signedOut", "stranger", "otherFacilitator"];

// ── pages and route handlers ────────────────────────────────────────────────────────────────

export type PageOutcome =
  | { kind: "ok"; shows?: (w: World, role: Role) => string[] }
  | { kind: "signIn" }
  | { kind: "notFound" }
  | { kind: "redirect"; to: (w: World) => string }
  | { kind: "facilitatorsOnly" }
  | { kind: "status"; status: 401 | 403 | 404 };

export const ok = (shows?: (w: World, role: Role) => string[]): PageOutcome => ({ kind: "ok", shows });
const signIn: PageOutcome = { kind: "signIn" };
export const notFound: PageOutcome = { kind: "notFound" };
const status = (code: 401 | 403 | 404): PageOutcome => ({ kind: "status", status: code });

export type PageRow = { path: (w: World) => string; expect: Record<Role, PageOutcome> };

const memberPage = (shows: (w: World) => string[] = (w) => [w.p.name]): Record<Role, PageOutcome> => ({
  signedOut: signIn,
  stranger: notFound,
  otherFacilitator: notFound,
  member: ok(shows),
  facilitator: ok(shows),
});

export const PAGES: Record<string, PageRow> = {
  "page /": {
    path: () => "/",
    expect: {
      signedOut: ok(() => ["Sign up"]),
      stranger: ok(),
      otherFacilitator: ok(),
      member: ok((w) => [w.p.name]),
      facilitator: ok((w) => [w.p.name]),
    },
  },
  "page /sign-in": { path: () => "/sign-in", expect: publicOnlySignedOut() },
  "page /sign-up": { path: () => "/sign-up", expect: publicOnlySignedOut() },
  // Open to everyone: a signed-in person may have forgotten the password too.
  "page /forgot-password": { path: () => "/forgot-password", expect: anyoneSees(() => ["Send reset link"]) },
  // A link that is not (or no longer) one shows how to get a new one, to everyone alike.
  "page /reset-password/[token]": { path: () => `/reset-password/${randomBytes(32).toString("base64url")}`, expect: anyoneSees(() => ["Ask for a new link"]) },
  // "Confirm with your password once": the token is the proof, whoever opens it; a made-up one shows how to start again.
  "page /sign-in/link": { path: () => `/sign-in/link?token=${randomBytes(32).toString("base64url")}`, expect: anyoneSees(() => [auth("linkInvalidTitle")]) },
  "page /verify-email/[token]": { path: () => `/verify-email/${randomBytes(32).toString("base64url")}`, expect: anyoneSees(() => [auth("resetLinkInvalidTitle")]) },
  // Development only (MAIL_OUTBOX=1 without SMTP_URL); the e2e app sends through SMTP, so it is off.
  "page /dev/outbox": { path: () => "/dev/outbox", expect: { signedOut: notFound, stranger: notFound, otherFacilitator: notFound, member: notFound, facilitator: notFound } },
  "page /invite/[token]": {
    // Whoever holds an open link may see which partnership it is for (and only its name and goal).
    path: (w) => `/invite/${w.p.token}`,
    expect: {
      signedOut: ok((w) => [w.p.name]),
      stranger: ok((w) => [w.p.name, "Join partnership"]),
      otherFacilitator: ok((w) => [w.p.name, "Join partnership"]),
      member: { kind: "redirect", to: (w) => `/partnerships/${w.p.id}` },
      facilitator: { kind: "redirect", to: (w) => `/partnerships/${w.p.id}` },
    },
  },
  "page /partnerships/new": {
    path: () => "/partnerships/new",
    expect: { signedOut: signIn, stranger: ok(), otherFacilitator: ok(), member: ok(), facilitator: ok() },
  },
  "page /profile": {
    path: () => "/profile",
    expect: {
      signedOut: signIn,
      stranger: ok(),
      otherFacilitator: ok(),
      member: ok((w) => [w.secrets.member]),
      facilitator: ok((w) => [w.secrets.facilitator]),
    },
  },
  "page /profile/history": {
    path: () => "/profile/history",
    expect: { signedOut: signIn, stranger: ok(), otherFacilitator: ok(), member: ok(), facilitator: ok() },
  },
  "page /account": {
    path: () => "/account",
    expect: {
      signedOut: signIn,
      stranger: ok(() => ["Change password", "Sign out everywhere"]),
      otherFacilitator: ok(() => ["Change password"]),
      member: ok(() => ["Change password"]),
      facilitator: ok(() => ["Change password"]),
    },
  },
  // Notifications: each person's own settings and list; nothing of anyone else's.
  "page /account/notifications": {
    path: () => "/account/notifications",
    expect: { signedOut: signIn, stranger: ok(() => ["Save notification settings"]), otherFacilitator: ok(), member: ok(() => ["A note about me"]), facilitator: ok() },
  },
  "page /notifications": {
    path: () => "/notifications",
    expect: { signedOut: signIn, stranger: ok(() => ["Notification settings"]), otherFacilitator: ok(), member: ok(), facilitator: ok() },
  },
  // An email's unsubscribe link: the signed link is the proof, whoever opens it; it asks for one click.
  "page /account/notifications/unsubscribe": { path: unsubscribeLink("page"), expect: anyoneSees(() => ["Unsubscribe"]) },
  // GET leads to that page (mail scanners open links: nothing changes on GET). POST switches the
  // kind off email (e2e/notifications.spec.ts); the matrix's GET on the POST row sees the same.
  "GET /api/unsubscribe": { path: unsubscribeLink("api"), expect: anyoneRedirected(unsubscribeLink("page")) },
  "POST /api/unsubscribe": { path: unsubscribeLink("api"), expect: anyoneRedirected(unsubscribeLink("page")) },
  "page /partnerships/[id]": { path: (w) => `/partnerships/${w.p.id}`, expect: memberPage((w) => [w.p.name, w.protectedText[1]!]) },
  // The collaboration view's detail pages: its matrix, map, full shared ground and printable handout.
  "page /partnerships/[id]/needs": { path: (w) => `/partnerships/${w.p.id}/needs`, expect: memberPage((w) => [w.p.name, w.protectedText[2]!]) },
  "page /partnerships/[id]/map": { path: (w) => `/partnerships/${w.p.id}/map`, expect: memberPage((w) => [w.p.name, w.protectedText[2]!]) },
  "page /partnerships/[id]/shared-ground": { path: (w) => `/partnerships/${w.p.id}/shared-ground`, expect: memberPage() },
  "page /partnerships/[id]/since-last-session": { path: (w) => `/partnerships/${w.p.id}/since-last-session`, expect: memberPage((w) => [w.p.name, "Since the last session"]) },
  "page /partnerships/[id]/handout": { path: (w) => `/partnerships/${w.p.id}/handout`, expect: memberPage((w) => [w.p.name, w.protectedText[1]!, w.protectedText[2]!]) },
  "page /partnerships/[id]/edit": {
    path: (w) => `/partnerships/${w.p.id}/edit`,
    expect: { ...memberPage(), member: { kind: "facilitatorsOnly" }, facilitator: ok(() => ["Create invite link"]) },
  },
  "page /partnerships/[id]/members": { path: (w) => `/partnerships/${w.p.id}/members`, expect: memberPage() },
  "page /partnerships/[id]/members/[membershipId]": {
    path: (w) => `/partnerships/${w.p.id}/members/${w.p.memberships.facilitator}`,
    expect: memberPage((w) => [w.protectedText[1]!]),
  },
  "page /partnerships/[id]/role": { path: (w) => `/partnerships/${w.p.id}/role`, expect: memberPage() },
  "page /partnerships/[id]/kickoff": { path: (w) => `/partnerships/${w.p.id}/kickoff`, expect: memberPage() },
  "page /partnerships/[id]/sessions": { path: (w) => `/partnerships/${w.p.id}/sessions`, expect: memberPage((w) => [`Planned session marker ${w.tag}`]) },
  "page /partnerships/[id]/sessions/new": {
    path: (w) => `/partnerships/${w.p.id}/sessions/new`,
    expect: { ...memberPage(), member: { kind: "facilitatorsOnly" }, facilitator: ok(() => ["Plan session"]) },
  },
  // Partnership data: members read the steps and questions, facilitators change them.
  "page /partnerships/[id]/steps": {
    path: (w) => `/partnerships/${w.p.id}/steps`,
    expect: { ...memberPage((w) => [`Own question marker ${w.tag}`]), facilitator: ok((w) => [`Own question marker ${w.tag}`, "Add step"]) },
  },
  "page /partnerships/[id]/kickoff/present": { path: (w) => `/partnerships/${w.p.id}/kickoff/present`, expect: memberPage(() => []) },
  "page /partnerships/[id]/report": {
    path: (w) => `/partnerships/${w.p.id}/report`,
    expect: { ...memberPage(), member: notFound, facilitator: ok((w) => [w.p.name, w.protectedText[2]!]) },
  },
  "GET /partnerships/[id]/export/contributions.csv": {
    path: (w) => `/partnerships/${w.p.id}/export/contributions.csv`,
    expect: facilitatorExport((w) => [w.protectedText[2]!]),
  },
  "GET /partnerships/[id]/export/partnership.json": {
    path: (w) => `/partnerships/${w.p.id}/export/partnership.json`,
    expect: facilitatorExport((w) => [w.p.name, w.protectedText[3]!]),
  },
  // One planned session as a calendar file: members of P only.
  "GET /partnerships/[id]/sessions/calendar/[plannedSessionId]": {
    path: (w) => plannedSessionCalendarPath(w.p.id, w.p.plannedSessionId),
    expect: { ...memberRoute(), member: ok((w) => [`Planned session marker ${w.tag}`]), facilitator: ok((w) => [`Planned session marker ${w.tag}`]) },
  },
  // A calendar feed opens by its token alone, for whoever holds it (a calendar app sends no cookie):
  // P's member's link shows P's plan (title and name) to anyone with it. What it lists follows its
  // owner's memberships (lib/calendar/calendar.db.test.ts, e2e/calendar.spec.ts).
  "GET /api/calendar/[token]": {
    path: (w) => calendarFeedPath(w.p.memberFeedToken),
    expect: anyoneSees((w) => [`Planned session marker ${w.tag}`, w.p.name]),
  },
  "GET /api/partnerships/[id]/kickoff/state": { path: (w) => `/api/partnerships/${w.p.id}/kickoff/state`, expect: memberRoute() },
  "GET /api/partnerships/[id]/kickoff/events": { path: (w) => `/api/partnerships/${w.p.id}/kickoff/events`, expect: memberRoute() },
  "GET /api/me/export": {
    path: () => "/api/me/export",
    expect: {
      signedOut: status(401),
      stranger: ok((w) => [w.users.stranger.email]),
      otherFacilitator: ok((w) => [w.users.otherFacilitator.email]),
      member: ok((w) => [w.secrets.member, w.p.name]),
      facilitator: ok((w) => [w.secrets.facilitator, w.p.name]),
    },
  },
  // Probes for load balancers and orchestrators: public, and free of data.
  "GET /api/health": { path: () => "/api/health", expect: everyone() },
  "GET /api/ready": { path: () => "/api/ready", expect: everyone() },
  // Signing in: checked by checkSignInEndpoint (everyone tries P's facilitator's account).
  "POST /api/auth/[...nextauth]": { path: () => "/api/auth/callback/credentials", expect: publicOnlySignedOut() },
  "GET /api/auth/[...nextauth]": {
    path: () => "/api/auth/session",
    expect: {
      signedOut: ok(),
      stranger: ok((w) => [w.users.stranger.email]),
      otherFacilitator: ok((w) => [w.users.otherFacilitator.email]),
      member: ok((w) => [w.users.member.email]),
      facilitator: ok((w) => [w.users.facilitator.email]),
    },
  },
};

/** The one-click unsubscribe link of P's member for notes about them: the API's, or the page it leads to. */
function unsubscribeLink(where: "api" | "page") {
  return (w: World) => `${where === "api" ? "/api/unsubscribe" : "/account/notifications/unsubscribe"}?token=${encodeURIComponent(unsubscribeToken(w.users.member.id, "NOTE_ABOUT_ME"))}`;
}

function anyoneRedirected(to: (w: World) => string): Record<Role, PageOutcome> {
  const outcome: PageOutcome = { kind: "redirect", to };
  return { signedOut: outcome, stranger: outcome, otherFacilitator: outcome, member: outcome, facilitator: outcome };
}

/** Open to everyone, showing the same to each. */
function anyoneSees(shows: (w: World, role: Role) => string[]): Record<Role, PageOutcome> {
  return { signedOut: ok(shows), stranger: ok(shows), otherFacilitator: ok(shows), member: ok(shows), facilitator: ok(shows) };
}

function publicOnlySignedOut(): Record<Role, PageOutcome> {
  const home: PageOutcome = { kind: "redirect", to: () => "/" };
  return { signedOut: ok(), stranger: home, otherFacilitator: home, member: home, facilitator: home };
}

function everyone(): Record<Role, PageOutcome> {
  return { signedOut: ok(), stranger: ok(), otherFacilitator: ok(), member: ok(), facilitator: ok() };
}

function facilitatorExport(shows: (w: World) => string[]): Record<Role, PageOutcome> {
  return { signedOut: status(401), stranger: status(404), otherFacilitator: status(404), member: status(403), facilitator: ok(shows) };
}

function memberRoute(): Record<Role, PageOutcome> {
  return { signedOut: status(401), stranger: status(404), otherFacilitator: status(404), member: ok(), facilitator: ok() };
}

/** Someone with the ids of P but a seat only in Q: pages of P addressed through Q. */
export const CROSS_TENANT_PAGES = (w: World) => [
  `/partnerships/${w.q.id}/members/${w.p.memberships.facilitator}`,
  `/partnerships/${w.q.id}/members/${w.p.memberships.member}`,
];

// ── server actions ──────────────────────────────────────────────────────────────────────────

export type ActionOutcome =
  /** Done, and P changed; `redirect`: and the browser is sent there. */
  | { kind: "ok"; redirect?: (w: World) => string }
  /** Done for the caller alone: nothing of P or its people changed. */
  | { kind: "own" }
  | { kind: "signIn" }
  | { kind: "notFound" }
  | { kind: "message"; message: string }
  | { kind: "redirect"; to: (w: World) => string };

export type Fields = Record<string, string | string[]>;
export type Attempt = { fields: Fields | ((w: World) => Fields | Promise<Fields>); expect: ActionOutcome };

export type ActionRow = {
  page: (w: World) => string;
  shape?: ActionShape;
  /** A kickoff must be running in P and Q. */
  kickoff?: boolean;
  setup?: (w: World) => Promise<void>;
  attempts: Record<Role, Attempt[]>;
  /** The facilitator of Q, acting in Q, on records of P: refused, and P unchanged. */
  crossTenant?: (w: World) => Fields;
  /** For rows whose rightful success does not show in P (e.g. a new account): how to see it. */
  done?: (w: World, sessions: Record<Role, HttpSession>) => Promise<boolean>;
};

const OK: ActionOutcome = { kind: "ok" };
const OWN: ActionOutcome = { kind: "own" };
const SIGN_IN: ActionOutcome = { kind: "signIn" };
const NOT_FOUND: ActionOutcome = { kind: "notFound" };
const FORBIDDEN: ActionOutcome = { kind: "message", message: errors("FORBIDDEN") };
export const GONE: ActionOutcome = { kind: "message", message: errors("NOT_FOUND") };
const INVALID: ActionOutcome = { kind: "message", message: errors("INVALID") };

const once = (fields: Attempt["fields"], outcome: ActionOutcome): Attempt[] => [{ fields, expect: outcome }];

/** The id of the latest earlier version of one of a person's answers. */
const earlierVersionOf = (who: "member" | "facilitator") => async (w: World) => {
  const versions = await db.answerVersion.findMany({ where: { userId: w.users[who].id }, orderBy: [{ savedAt: "desc" }, { id: "desc" }], select: { id: true, field: true } });
  const earlier = versions.find((version, index) => versions.findIndex((other) => other.field === version.field) !== index);
  if (!earlier) throw new Error(`${who} has no earlier version of an answer`);
  return { versionId: earlier.id };
};
const WRONG_PASSWORD: ActionOutcome = { kind: "message", message: account("wrongPassword") };

/** Facilitators of P only: the usual answers for everyone else. */
function facilitatorsOnly(fields: Attempt["fields"]): Record<Role, Attempt[]> {
  return {
    signedOut: once(fields, SIGN_IN),
    stranger: once(fields, NOT_FOUND),
    otherFacilitator: once(fields, NOT_FOUND),
    member: once(fields, FORBIDDEN),
    facilitator: once(fields, OK),
  };
}

/** Any member of P, acting for themselves. */
function membersOnly(fields: Attempt["fields"]): Record<Role, Attempt[]> {
  return {
    signedOut: once(fields, SIGN_IN),
    stranger: once(fields, NOT_FOUND),
    otherFacilitator: once(fields, NOT_FOUND),
    member: once(fields, OK),
    facilitator: once(fields, OK),
  };
}

const edit = (w: World) => `/partnerships/${w.p.id}/edit`;
const kickoff = (w: World) => `/partnerships/${w.p.id}/kickoff`;
const members = (w: World) => `/partnerships/${w.p.id}/members`;
const memberDetail = (w: World) => `/partnerships/${w.p.id}/members/${w.p.memberships.facilitator}`;
const KICKOFF = "app/partnerships/[id]/kickoff/actions.ts";
const SESSIONS = "app/partnerships/[id]/sessions/actions.ts";
const sessions = (w: World) => `/partnerships/${w.p.id}/sessions`;
const STEPS = "app/partnerships/[id]/steps/actions.ts";
const steps = (w: World) => `/partnerships/${w.p.id}/steps`;

async function profileFields(userId: string): Promise<Fields> {
  const profile = await db.profile.findUniqueOrThrow({ where: { userId } });
  return {
    version: String(profile.version),
    ...Object.fromEntries(
      ["origin", "knowledgeSkills", "personality", "lifeExperience", "fears", "irritations", "valuesNorms"].flatMap((field) => [
        [field, `Rewritten ${field}`],
        [`${field}Visibility`, "PARTNERS"],
      ]),
    ),
    skillTags: "taken",
    valueTags: "over",
  };
}

async function missionFields(userId: string): Promise<Fields> {
  const mission = await db.mission.findUniqueOrThrow({ where: { userId } });
  return {
    version: String(mission.version),
    ...Object.fromEntries(["statement", "drives", "talents", "contributeTo"].flatMap((field) => [[field, `Rewritten ${field}`], [`${field}Visibility`, "PARTNERS"]])),
  };
}

/** The "Got it" form of someone's audience notices: their ids. */
async function audienceNoticeOf(userId: string): Promise<Fields> {
  const notices = await db.audienceNotice.findMany({ where: { userId }, select: { id: true } });
  return { noticeIds: notices.map((notice) => notice.id).join(",") };
}

/** The `Unlink <provider>` form of someone's linked organisation account. */
async function organisationSignInOf(userId: string): Promise<Fields> {
  const link = await db.organisationSignIn.findFirst({ where: { userId }, select: { id: true } });
  // Already unlinked (the bad-input spec calls again): an id that names nothing.
  return { organisationSignInId: link?.id ?? "unlinked" };
}

const newAccountEmail = uniqueEmail("newcomer");

/** A reset link of an account of its own (outside P and Q), and who it belongs to. */
const resetLinks: { userId: string; token: string }[] = [];
async function freshResetLink(): Promise<Fields> {
  const user = await makeUser();
  const token = await db.$transaction((tx) => issueAccountToken(tx, { userId: user.id, purpose: "RESET_PASSWORD", email: user.email }));
  resetLinks.push({ userId: user.id, token });
  return { token, password: "a brand new password" };
}
const NOTIFICATION_SETTINGS = { NOTE_ABOUT_ME: "DIGEST", INVITATION: "DIGEST", KICKOFF_STARTED: "DIGEST", ROLE_CHANGE: "DIGEST", AUDIENCE_CHANGE: "DIGEST", SESSION_PLANNED: "DIGEST" };
const DEAD_LINK: ActionOutcome = { kind: "message", message: auth("resetLinkInvalid") };

export const ACTIONS: Record<string, ActionRow> = {
  "action app/(auth)/sign-up/actions.ts#signUpAction": {
    page: () => "/sign-up",
    attempts: {
      signedOut: [{ fields: { name: "New Person", email: newAccountEmail, password: "a long enough password" }, expect: OWN }],
      // An account cannot be taken over by signing up with its address.
      stranger: once((w) => ({ name: "Taken", email: w.users.facilitator.email, password: "a long enough password" }), { kind: "message", message: errors("EMAIL_TAKEN") }),
      otherFacilitator: once((w) => ({ name: "Taken", email: w.users.member.email, password: "a long enough password" }), { kind: "message", message: errors("EMAIL_TAKEN") }),
      member: once((w) => ({ name: "Taken", email: w.users.facilitator.email, password: "a long enough password" }), { kind: "message", message: errors("EMAIL_TAKEN") }),
      facilitator: once((w) => ({ name: "Taken", email: w.users.member.email, password: "a long enough password" }), { kind: "message", message: errors("EMAIL_TAKEN") }),
    },
    done: async () => (await db.user.count({ where: { email: newAccountEmail } })) === 1,
  },
  "action app/actions/locale.ts#chooseLanguage": {
    page: () => "/",
    shape: "form",
    attempts: {
      signedOut: once({ locale: "nl" }, OWN),
      stranger: once({ locale: "nl" }, OWN),
      otherFacilitator: once({ locale: "nl" }, OWN),
      member: once({ locale: "nl" }, OK),
      facilitator: once({ locale: "nl" }, OK),
    },
  },
  "action app/actions/audience.ts#dismissAudienceNoticesAction": {
    page: () => "/",
    // P's member and facilitator each have a notice of a new reader (the other one).
    setup: async (w) => {
      await db.audienceNotice.createMany({
        data: [
          { userId: w.users.member.id, partnershipId: w.p.id, readerId: w.users.facilitator.id, reason: "PROMOTED", fields: ["irritations"] },
          { userId: w.users.facilitator.id, partnershipId: w.p.id, readerId: w.users.member.id, reason: "SUCCESSION", fields: ["fears"] },
        ],
      });
    },
    attempts: {
      signedOut: once((w) => audienceNoticeOf(w.users.facilitator.id), SIGN_IN),
      // Someone else's notice ids dismiss nothing: the facilitator's notice stays unseen (see done).
      stranger: once((w) => audienceNoticeOf(w.users.facilitator.id), OWN),
      otherFacilitator: once((w) => audienceNoticeOf(w.users.facilitator.id), OWN),
      member: [
        { fields: (w) => audienceNoticeOf(w.users.facilitator.id), expect: OWN },
        { fields: (w) => audienceNoticeOf(w.users.member.id), expect: OWN },
      ],
      facilitator: once((w) => audienceNoticeOf(w.users.member.id), OWN),
    },
    done: async (w) =>
      (await db.audienceNotice.count({ where: { userId: w.users.member.id, seenAt: { not: null } } })) === 1 &&
      (await db.audienceNotice.count({ where: { userId: w.users.facilitator.id, seenAt: null } })) === 1,
  },
  "action app/actions/sign-out.ts#signOutAction": {
    page: () => "/",
    shape: "none",
    attempts: Object.fromEntries(ROLES.map((role) => [role, once({}, { kind: "redirect", to: () => "/" })])) as Record<Role, Attempt[]>,
    // The session ends on the server (a copied cookie stops working), and its cookie goes.
    done: async (w, sessions) =>
      !sessions.member.signedInAs &&
      !sessions.facilitator.signedInAs &&
      (await db.userSession.count({ where: { userId: { in: [w.users.member.id, w.users.facilitator.id] }, endedAt: null } })) === 0,
  },
  "action app/account/actions.ts#changePasswordAction": {
    page: () => "/account",
    attempts: {
      signedOut: once((w) => ({ currentPassword: w.users.member.password, newPassword: "a brand new password" }), SIGN_IN),
      // Someone else's password changes nothing (the test users share one password: a wrong one).
      stranger: once({ currentPassword: "not the stranger's password", newPassword: "a brand new password" }, WRONG_PASSWORD),
      otherFacilitator: once((w) => ({ currentPassword: w.users.otherFacilitator.password, newPassword: "a brand new password" }), OWN),
      member: once((w) => ({ currentPassword: w.users.member.password, newPassword: "a brand new password" }), OK),
      facilitator: once({ currentPassword: "not the facilitator's password", newPassword: "a brand new password" }, WRONG_PASSWORD),
    },
  },
  "action app/forgot-password/actions.ts#requestPasswordResetAction": {
    page: () => "/forgot-password",
    // The same answer for anyone, about any address; the email goes to the address's owner only.
    attempts: {
      signedOut: once((w) => ({ email: w.users.member.email }), OWN),
      stranger: once((w) => ({ email: w.users.facilitator.email }), OWN),
      otherFacilitator: once({ email: uniqueEmail("nobody") }, OWN),
      member: once((w) => ({ email: w.users.member.email }), OWN),
      facilitator: once((w) => ({ email: w.users.facilitator.email }), OWN),
    },
    done: async (w) => (await db.emailMessage.count({ where: { to: { in: [w.users.member.email, w.users.facilitator.email] }, kind: "password-reset" } })) >= 2,
  },
  "action app/reset-password/[token]/actions.ts#resetPasswordAction": {
    page: () => `/reset-password/${randomBytes(32).toString("base64url")}`,
    // Holding a live link is what counts, whoever sends it; a made-up or used one does nothing.
    attempts: {
      signedOut: [{ fields: freshResetLink, expect: OWN }],
      stranger: once({ token: randomBytes(32).toString("base64url"), password: "a brand new password" }, DEAD_LINK),
      otherFacilitator: once(freshResetLink, OWN),
      member: once({ token: randomBytes(32).toString("base64url"), password: "a brand new password" }, DEAD_LINK),
      facilitator: once({ token: randomBytes(32).toString("base64url"), password: "a brand new password" }, DEAD_LINK),
    },
    done: async () => (await db.accountToken.count({ where: { userId: { in: resetLinks.map((link) => link.userId) }, usedAt: { not: null } } })) >= 2,
  },
  "action app/account/email-actions.ts#resendVerificationAction": {
    page: () => "/account",
    attempts: {
      signedOut: once({}, SIGN_IN),
      stranger: once({}, OWN),
      otherFacilitator: once({}, OWN),
      member: once({}, OWN),
      facilitator: once({}, OWN),
    },
    // Each caller's own address gets the link (the world's accounts are unverified).
    done: async (w) => (await db.emailMessage.count({ where: { to: { in: [w.users.member.email, w.users.facilitator.email] }, kind: "verify-email" } })) === 2,
  },
  "action app/account/email-actions.ts#changeEmailAction": {
    page: () => "/account",
    attempts: {
      signedOut: once((w) => ({ newEmail: uniqueEmail("moving"), currentPassword: w.users.member.password }), SIGN_IN),
      // A password that is not the caller's changes nothing.
      stranger: once({ newEmail: uniqueEmail("moving"), currentPassword: "not the stranger's password" }, { kind: "message", message: account("wrongPassword") }),
      otherFacilitator: once((w) => ({ newEmail: uniqueEmail("moving"), currentPassword: w.users.otherFacilitator.password }), OWN),
      // Another account's address is refused.
      member: [
        { fields: (w) => ({ newEmail: w.users.facilitator.email, currentPassword: w.users.member.password }), expect: { kind: "message", message: errors("EMAIL_TAKEN") } },
        { fields: (w) => ({ newEmail: uniqueEmail("moving"), currentPassword: w.users.member.password }), expect: OK },
      ],
      facilitator: once({ newEmail: uniqueEmail("moving"), currentPassword: "not the facilitator's password" }, { kind: "message", message: account("wrongPassword") }),
    },
  },
  "action app/account/calendar-feed-actions.ts#createCalendarFeedAction": {
    page: () => "/account",
    // Everyone makes a link of their own; it reaches nobody else's feed.
    attempts: { signedOut: once({}, SIGN_IN), stranger: once({}, OWN), otherFacilitator: once({}, OWN), member: once({}, OK), facilitator: once({}, OK) },
  },
  "action app/account/calendar-feed-actions.ts#stopCalendarFeedAction": {
    page: () => "/account",
    // P's facilitator has a link too (the member's is made with the world).
    setup: async (w) => void (await createCalendarFeed(w.users.facilitator.id)),
    attempts: { signedOut: once({}, SIGN_IN), stranger: once({}, OWN), otherFacilitator: once({}, OWN), member: once({}, OK), facilitator: once({}, OK) },
    done: async (w) => (await db.calendarFeed.count({ where: { userId: { in: [w.users.member.id, w.users.facilitator.id] } } })) === 0,
  },
  "action app/partnerships/[id]/edit/actions.ts#setTimeZoneAction": {
    page: edit,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, timeZone: "America/New_York" })),
  },
  "action app/account/actions.ts#signOutEverywhereAction": {
    page: () => "/account",
    shape: "none",
    attempts: {
      signedOut: once({}, SIGN_IN),
      stranger: once({}, { kind: "redirect", to: () => "/sign-in" }),
      otherFacilitator: once({}, { kind: "redirect", to: () => "/sign-in" }),
      member: once({}, { kind: "redirect", to: () => "/sign-in" }),
      facilitator: once({}, { kind: "redirect", to: () => "/sign-in" }),
    },
    // Each caller's sessions end on the server, and their cookie goes.
    done: async (w, sessions) =>
      !sessions.member.signedInAs &&
      (await db.userSession.count({ where: { userId: w.users.member.id, endedAt: null } })) === 0 &&
      (await db.userSession.count({ where: { userId: w.users.facilitator.id, endedAt: null } })) === 0,
  },
  "action app/account/sign-in-method-actions.ts#unlinkOrganisationSignInAction": {
    page: () => "/account",
    // P's member and facilitator each have an organisation's account linked (and a password).
    setup: async (w) => {
      await db.organisationSignIn.createMany({
        data: [w.users.member, w.users.facilitator].map((user) => ({ userId: user.id, provider: "testid", subject: `access-${user.id}`, email: user.email })),
      });
    },
    attempts: {
      signedOut: once((w) => organisationSignInOf(w.users.member.id), SIGN_IN),
      // Someone else's link is not theirs to unlink.
      stranger: once((w) => organisationSignInOf(w.users.member.id), GONE),
      otherFacilitator: once((w) => organisationSignInOf(w.users.facilitator.id), GONE),
      member: once((w) => organisationSignInOf(w.users.member.id), OWN),
      facilitator: once((w) => organisationSignInOf(w.users.facilitator.id), OWN),
    },
    done: async (w) => (await db.organisationSignIn.count({ where: { userId: { in: [w.users.member.id, w.users.facilitator.id] } } })) === 0,
  },
  "action app/account/notifications/actions.ts#saveNotificationSettingsAction": {
    page: () => "/account/notifications",
    // Each caller's own settings only: nothing of P changes.
    attempts: {
      signedOut: once(NOTIFICATION_SETTINGS, SIGN_IN),
      stranger: once(NOTIFICATION_SETTINGS, OWN),
      otherFacilitator: once(NOTIFICATION_SETTINGS, OWN),
      member: once(NOTIFICATION_SETTINGS, OWN),
      facilitator: once(NOTIFICATION_SETTINGS, OWN),
    },
    done: async (w) => (await db.notificationPreference.count({ where: { userId: { in: [w.users.member.id, w.users.facilitator.id] }, channel: "DIGEST" } })) === 2 * NOTIFICATION_KINDS.length,
  },
  "action app/notifications/actions.ts#markAllNotificationsReadAction": {
    page: () => "/notifications",
    shape: "form",
    setup: async (w) => {
      const data = { partnershipName: w.p.name, starterName: "Kim", kickoffId: w.p.id };
      await db.notification.createMany({ data: [w.users.member.id, w.users.facilitator.id].map((userId) => ({ userId, kind: "KICKOFF_STARTED" as const, partnershipId: w.p.id, data })) });
    },
    // Only the caller's own notifications are marked read.
    attempts: {
      signedOut: once({}, SIGN_IN),
      stranger: once({}, OWN),
      otherFacilitator: once({}, OWN),
      member: once({}, OWN),
      facilitator: once({}, OWN),
    },
    done: async (w) => (await db.notification.count({ where: { userId: { in: [w.users.member.id, w.users.facilitator.id] }, readAt: null } })) === 0,
  },
  "action app/invite/[token]/actions.ts#joinPartnershipAction": {
    page: (w) => `/invite/${w.p.token}`,
    attempts: {
      signedOut: once((w) => ({ token: w.p.token }), SIGN_IN),
      stranger: [
        { fields: (w) => ({ token: w.p.revokedToken }), expect: { kind: "message", message: errors("INVITE_REVOKED") } },
        // Holding an open link is what entitles someone to join.
        { fields: (w) => ({ token: w.p.token, organisation: "Newcomer org" }), expect: OK },
      ],
      otherFacilitator: once({ token: randomBytes(32).toString("base64url") }, GONE),
      member: once((w) => ({ token: w.p.token }), { kind: "redirect", to: (w) => `/partnerships/${w.p.id}` }),
      facilitator: once((w) => ({ token: w.p.token }), { kind: "redirect", to: (w) => `/partnerships/${w.p.id}` }),
    },
  },
  "action app/partnerships/[id]/edit/actions.ts#updatePartnershipAction": {
    page: edit,
    attempts: facilitatorsOnly(async (w) => ({
      partnershipId: w.p.id,
      version: String((await db.partnership.findUniqueOrThrow({ where: { id: w.p.id } })).version),
      name: "Taken over",
      commonGoal: "Another goal",
      desiredImpact: "Another impact",
      description: "",
    })),
  },
  "action app/partnerships/[id]/edit/actions.ts#addNeedAction": {
    page: edit,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, title: "Sneaked-in need", description: "" })),
  },
  "action app/partnerships/[id]/edit/actions.ts#moveNeedAction": {
    page: edit,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, needId: w.p.needIds[1]!, direction: "up" })),
    crossTenant: (w) => ({ partnershipId: w.q.id, needId: w.p.needIds[1]!, direction: "up" }),
  },
  "action app/partnerships/[id]/edit/actions.ts#removeNeedAction": {
    page: edit,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, needId: w.p.needIds[0]! })),
    crossTenant: (w) => ({ partnershipId: w.q.id, needId: w.p.needIds[0]! }),
  },
  "action app/partnerships/[id]/edit/invitation-actions.ts#createInvitationAction": {
    page: edit,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, maxUses: "", expiresInDays: "7" })),
  },
  "action app/partnerships/[id]/edit/invitation-actions.ts#sendInvitationsAction": {
    page: edit,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, emails: uniqueEmail("invited"), message: "Welcome" })),
  },
  "action app/partnerships/[id]/edit/invitation-actions.ts#revokeInvitationAction": {
    page: edit,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, invitationId: w.p.invitationId })),
    crossTenant: (w) => ({ partnershipId: w.q.id, invitationId: w.p.invitationId }),
  },
  [`action ${KICKOFF}#startKickoffAction`]: {
    page: kickoff,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id })),
  },
  [`action ${SESSIONS}#planSessionAction`]: {
    page: (w) => `/partnerships/${w.p.id}/sessions/new`,
    attempts: facilitatorsOnly((w) => ({
      partnershipId: w.p.id,
      title: "Sneaked-in session",
      scheduledAt: wallTimeFromInstant(new Date(Date.now() + 7 * 86_400_000), DEFAULT_TIME_ZONE),
      timeZone: DEFAULT_TIME_ZONE,
      steps: ["WHO_AM_I", "AGREEMENTS"],
    })),
  },
  [`action ${SESSIONS}#startPlannedSessionAction`]: {
    page: sessions,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, plannedSessionId: w.p.plannedSessionId })),
    crossTenant: (w) => ({ partnershipId: w.q.id, plannedSessionId: w.p.plannedSessionId }),
  },
  [`action ${SESSIONS}#removePlannedSessionAction`]: {
    page: sessions,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, plannedSessionId: w.p.plannedSessionId })),
    crossTenant: (w) => ({ partnershipId: w.q.id, plannedSessionId: w.p.plannedSessionId }),
  },
  [`action ${STEPS}#setDefaultStepQuestionsAction`]: {
    page: steps,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, kind: "EXPLORING", questions: "What do we ask each other?" })),
  },
  [`action ${STEPS}#addOwnStepAction`]: {
    page: steps,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, title: "Sneaked-in step", questions: "Why?", minutes: "10" })),
  },
  [`action ${STEPS}#editOwnStepAction`]: {
    page: steps,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, ownStepId: w.p.ownStepId, title: "Rewritten step", questions: "Rewritten?", minutes: "12" })),
    crossTenant: (w) => ({ partnershipId: w.q.id, ownStepId: w.p.ownStepId, title: "Rewritten step", questions: "Rewritten?", minutes: "12" }),
  },
  [`action ${STEPS}#removeOwnStepAction`]: {
    page: steps,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, ownStepId: w.p.ownStepId })),
    crossTenant: (w) => ({ partnershipId: w.q.id, ownStepId: w.p.ownStepId }),
  },
  [`action ${STEPS}#addReadyMadeStepAction`]: {
    page: steps,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, readyMade: "RISKS_AND_CONCERNS" })),
  },
  [`action ${KICKOFF}#moveKickoffAction`]: {
    page: kickoff,
    kickoff: true,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, version: String(w.p.kickoffVersion), to: "next" })),
  },
  [`action ${KICKOFF}#kickoffTimerAction`]: {
    page: kickoff,
    kickoff: true,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, action: "start" })),
  },
  [`action ${KICKOFF}#endKickoffAction`]: {
    page: kickoff,
    kickoff: true,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id })),
  },
  [`action ${KICKOFF}#editKickoffStepAction`]: {
    page: kickoff,
    kickoff: true,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, stepId: w.p.stepIds[0]!, title: "Hijacked step", durationMinutes: "5" })),
    crossTenant: (w) => ({ partnershipId: w.q.id, stepId: w.p.stepIds[0]!, title: "Hijacked step", durationMinutes: "5" }),
  },
  [`action ${KICKOFF}#reorderKickoffStepAction`]: {
    page: kickoff,
    kickoff: true,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, stepId: w.p.stepIds[1]!, direction: "up" })),
    crossTenant: (w) => ({ partnershipId: w.q.id, stepId: w.p.stepIds[1]!, direction: "up" }),
  },
  [`action ${KICKOFF}#addAgreementAction`]: {
    page: kickoff,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, text: "Sneaked-in agreement" })),
  },
  [`action ${KICKOFF}#editAgreementAction`]: {
    page: kickoff,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, agreementId: w.p.agreementId, text: "Rewritten agreement" })),
    crossTenant: (w) => ({ partnershipId: w.q.id, agreementId: w.p.agreementId, text: "Rewritten agreement" }),
  },
  [`action ${KICKOFF}#removeAgreementAction`]: {
    page: kickoff,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, agreementId: w.p.agreementId })),
    crossTenant: (w) => ({ partnershipId: w.q.id, agreementId: w.p.agreementId }),
  },
  [`action ${KICKOFF}#revealAnswerAction`]: {
    page: kickoff,
    kickoff: true,
    attempts: membersOnly((w) => ({ partnershipId: w.p.id, field: "personality" })),
  },
  [`action ${KICKOFF}#hideAnswerAction`]: {
    page: kickoff,
    kickoff: true,
    setup: async (w) => {
      await revealAnswer(w.users.member.id, w.p.id, "drives");
      await revealAnswer(w.users.facilitator.id, w.p.id, "personality");
    },
    attempts: {
      ...membersOnly((w) => ({ partnershipId: w.p.id, field: "personality" })),
      member: once((w) => ({ partnershipId: w.p.id, field: "drives" }), OK),
    },
  },
  "action app/partnerships/[id]/members/[membershipId]/actions.ts#addNoteAction": {
    page: memberDetail,
    attempts: {
      ...membersOnly((w) => ({ partnershipId: w.p.id, subjectId: w.p.memberships.facilitator, kind: "APPRECIATION", body: "A note" })),
      facilitator: once((w) => ({ partnershipId: w.p.id, subjectId: w.p.memberships.member, kind: "QUESTION", body: "A question" }), OK),
    },
    crossTenant: (w) => ({ partnershipId: w.q.id, subjectId: w.p.memberships.facilitator, kind: "APPRECIATION", body: "A note" }),
  },
  "action app/partnerships/[id]/members/[membershipId]/actions.ts#deleteNoteAction": {
    page: memberDetail,
    attempts: {
      signedOut: once((w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byMember }), SIGN_IN),
      stranger: once((w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byMember }), NOT_FOUND),
      otherFacilitator: once((w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byMember }), NOT_FOUND),
      member: [
        // Only a note's author deletes it (the member it is about, or a facilitator, removes it from view instead: removeNoteAction).
        { fields: (w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byFacilitator }), expect: GONE },
        { fields: (w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byMember }), expect: OK },
      ],
      facilitator: [
        { fields: (w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byMember }), expect: GONE },
        { fields: (w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byFacilitator }), expect: OK },
      ],
    },
    crossTenant: (w) => ({ partnershipId: w.q.id, noteId: w.p.notes.byFacilitator }),
  },
  "action app/partnerships/[id]/members/[membershipId]/actions.ts#removeNoteAction": {
    page: memberDetail,
    attempts: {
      signedOut: once((w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byFacilitator }), SIGN_IN),
      stranger: once((w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byFacilitator }), NOT_FOUND),
      otherFacilitator: once((w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byFacilitator }), NOT_FOUND),
      member: [
        // A plain member removes only a note about them, not one they wrote about someone else.
        { fields: (w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byMember }), expect: GONE },
        { fields: (w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byFacilitator }), expect: OK },
      ],
      // A facilitator may remove any note in the partnership: here the member's note (about them).
      facilitator: once((w) => ({ partnershipId: w.p.id, noteId: w.p.notes.byMember }), OK),
    },
    crossTenant: (w) => ({ partnershipId: w.q.id, noteId: w.p.notes.byMember }),
  },
  "action app/partnerships/[id]/members/actions.ts#changeMemberRoleAction": {
    page: members,
    attempts: facilitatorsOnly((w) => ({ partnershipId: w.p.id, membershipId: w.p.memberships.member, role: "FACILITATOR" })),
    crossTenant: (w) => ({ partnershipId: w.q.id, membershipId: w.p.memberships.member, role: "FACILITATOR" }),
  },
  "action app/partnerships/[id]/members/actions.ts#removeMemberAction": {
    page: members,
    attempts: {
      ...facilitatorsOnly((w) => ({ partnershipId: w.p.id, membershipId: w.p.memberships.member })),
      member: once((w) => ({ partnershipId: w.p.id, membershipId: w.p.memberships.facilitator }), FORBIDDEN),
    },
    crossTenant: (w) => ({ partnershipId: w.q.id, membershipId: w.p.memberships.member }),
  },
  "action app/partnerships/[id]/members/actions.ts#leavePartnershipAction": {
    page: members,
    attempts: {
      ...membersOnly((w) => ({ partnershipId: w.p.id })),
      member: once((w) => ({ partnershipId: w.p.id }), { kind: "ok", redirect: () => "/" }),
      // Once the member has left, the facilitator is the last one and stays.
      facilitator: once((w) => ({ partnershipId: w.p.id }), { kind: "message", message: errors("LAST_FACILITATOR") }),
    },
  },
  "action app/partnerships/[id]/members/actions.ts#setOrganisationAction": {
    page: members,
    attempts: membersOnly((w) => ({ partnershipId: w.p.id, organisation: "Another organisation" })),
  },
  "action app/partnerships/[id]/role/actions.ts#saveMyRoleAction": {
    page: (w) => `/partnerships/${w.p.id}/role`,
    attempts: {
      ...membersOnly((w) => ({
        partnershipId: w.p.id,
        organisation: "Org",
        uniqueRole: "Connector",
        missionRelation: "Close",
        alignment: "4",
        needIds: w.p.needIds,
        notes: ["A note", ""],
        contributes: [w.p.needIds[0]!],
      })),
      member: [
        // A need of another partnership cannot be claimed.
        { fields: (w) => ({ partnershipId: w.p.id, uniqueRole: "Connector", missionRelation: "", organisation: "", contributes: [w.q.needId] }), expect: INVALID },
        { fields: (w) => ({ partnershipId: w.p.id, uniqueRole: "Connector", missionRelation: "", organisation: "", contributes: [w.p.needIds[0]!] }), expect: OK },
      ],
    },
  },
  "action app/partnerships/new/actions.ts#createPartnershipAction": {
    page: () => "/partnerships/new",
    attempts: {
      signedOut: once({ name: "New one", commonGoal: "Goal", desiredImpact: "Impact" }, SIGN_IN),
      stranger: once({ name: "New one", commonGoal: "Goal", desiredImpact: "Impact" }, OWN),
      otherFacilitator: once({ name: "New one", commonGoal: "Goal", desiredImpact: "Impact" }, OWN),
      member: once({ name: "New one", commonGoal: "Goal", desiredImpact: "Impact" }, OWN),
      facilitator: once({ name: "New one", commonGoal: "Goal", desiredImpact: "Impact" }, OWN),
    },
    done: async (w) => (await db.membership.count({ where: { userId: w.users.facilitator.id, partnership: { name: "New one" } } })) === 1,
  },
  "action app/profile/account-actions.ts#deleteAccountAction": {
    page: () => "/profile",
    attempts: {
      signedOut: once((w) => ({ password: w.users.member.password }), SIGN_IN),
      // A password that is not the caller's own deletes nobody (the test users share one password).
      stranger: once({ password: "not the stranger's password" }, WRONG_PASSWORD),
      otherFacilitator: once((w) => ({ password: w.users.facilitator.email }), WRONG_PASSWORD),
      member: once((w) => ({ password: w.users.member.password }), OK),
      facilitator: once({ password: "not the facilitator's password" }, WRONG_PASSWORD),
    },
  },
  "action app/profile/actions.ts#saveProfileAction": {
    page: () => "/profile",
    attempts: {
      signedOut: once((w) => profileFields(w.users.member.id), SIGN_IN),
      stranger: once((w) => profileFields(w.users.stranger.id), OWN),
      otherFacilitator: once((w) => profileFields(w.users.otherFacilitator.id), OWN),
      member: once((w) => profileFields(w.users.member.id), OK),
      facilitator: once((w) => profileFields(w.users.facilitator.id), OK),
    },
  },
  "action app/profile/actions.ts#hideRevealedAnswerAction": {
    page: () => "/profile",
    kickoff: true,
    setup: async (w) => {
      await revealAnswer(w.users.member.id, w.p.id, "drives", { keep: true });
      await revealAnswer(w.users.facilitator.id, w.p.id, "personality", { keep: true });
    },
    attempts: {
      ...membersOnly((w) => ({ partnershipId: w.p.id, field: "personality" })),
      member: once((w) => ({ partnershipId: w.p.id, field: "drives" }), OK),
    },
  },
  "action app/profile/history/actions.ts#restoreAnswerVersionAction": {
    page: () => "/profile/history",
    // The member's life experience had an earlier text: only the member may bring it back.
    setup: async (w) => {
      await setAnswers(w.users.member.id, { lifeExperience: `Member earlier life experience ${w.p.id}` });
      await setAnswers(w.users.member.id, { lifeExperience: `Member life experience ${w.p.id}` });
    },
    attempts: {
      signedOut: once(earlierVersionOf("member"), SIGN_IN),
      stranger: once(earlierVersionOf("member"), GONE),
      otherFacilitator: once(earlierVersionOf("member"), GONE),
      member: once(earlierVersionOf("member"), { kind: "ok", redirect: () => "/profile/history?restored=lifeExperience" }),
      facilitator: once(earlierVersionOf("member"), GONE),
    },
  },
  "action app/profile/actions.ts#saveMissionAction": {
    page: () => "/profile",
    attempts: {
      signedOut: once((w) => missionFields(w.users.member.id), SIGN_IN),
      stranger: once((w) => missionFields(w.users.stranger.id), OWN),
      otherFacilitator: once((w) => missionFields(w.users.otherFacilitator.id), OWN),
      member: once((w) => missionFields(w.users.member.id), OK),
      facilitator: once((w) => missionFields(w.users.facilitator.id), OK),
    },
  },
};
