import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as account from "@/lib/validation/account";
import * as agreement from "@/lib/validation/agreement";
import * as auth from "@/lib/validation/auth";
import * as collaboration from "@/lib/validation/collaboration";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import * as invitation from "@/lib/validation/invitation";
import * as kickoff from "@/lib/validation/kickoff";
import * as membership from "@/lib/validation/membership";
import * as note from "@/lib/validation/note";
import * as notification from "@/lib/validation/notification";
import * as partnership from "@/lib/validation/partnership";
import * as profile from "@/lib/validation/profile";
import * as recovery from "@/lib/validation/recovery";
import * as reveal from "@/lib/validation/reveal";
import * as role from "@/lib/validation/role";

/*
 * Every schema that guards a form, given each field spoilt in turn: it answers (never throws),
 * refuses with an issue on that field, or accepts a value PostgreSQL can store and a page can
 * show: no NUL, no lone surrogate.
 */

const MODULES: Record<string, unknown>[] = [account, agreement, auth, collaboration, invitation, kickoff, membership, note, notification, partnership, profile, recovery, reveal, role];
const SCHEMAS = MODULES.flatMap((module) => Object.entries(module)).filter((entry): entry is [string, z.ZodType] => /^Z[A-Z]/.test(entry[0]));

const ID = "cmwz03i2i00736c7dng4hqw91";
const VISIBLE = "PARTNERS";
/** A valid input for each schema, which the test then spoils one field at a time. */
const VALID: Record<string, Record<string, unknown>> = {
  ZDeleteAccountInput: { password: "a long enough password" },
  ZChangePasswordInput: { currentPassword: "the old password", newPassword: "a long enough password" },
  ZUnlinkOrganisationSignInInput: { organisationSignInId: "clorganisationsignin00001" },
  ZAddAgreementInput: { partnershipId: ID, text: "We meet monthly" },
  ZEditAgreementInput: { partnershipId: ID, agreementId: ID, text: "We meet monthly" },
  ZRemoveAgreementInput: { partnershipId: ID, agreementId: ID },
  ZSignUpInput: { name: "Anna", email: "anna@example.org", password: "a long enough password" },
  ZSignInInput: { email: "anna@example.org", password: "a long enough password" },
  ZForgotPasswordInput: { email: "anna@example.org" },
  ZResetPasswordInput: { token: "a".repeat(43), password: "a long enough password" },
  ZChangeEmailInput: { newEmail: "anna@example.net", currentPassword: "the current password" },
  ZResendVerificationInput: {},
  ZCalendarFeedInput: {},
  ZCollaborationFilters: { organisation: "Gemeente Tiel", need: ID, role: "MEMBER" },
  ZCreateInvitationInput: { partnershipId: ID, maxUses: "5", expiresInDays: "14" },
  ZRevokeInvitationInput: { partnershipId: ID, invitationId: ID },
  ZSendInvitationsInput: { partnershipId: ID, emails: "anna@example.org, bram@example.org", message: "Welcome" },
  ZJoinPartnershipInput: { token: "a".repeat(43), organisation: "Waterschap" },
  ZPartnershipInput: { partnershipId: ID },
  ZMoveKickoffInput: { partnershipId: ID, version: "3", to: "step", index: "2" },
  ZKickoffTimerInput: { partnershipId: ID, action: "extend", minutes: "5" },
  ZEditKickoffStepInput: { partnershipId: ID, stepId: ID, title: "Who am I", durationMinutes: "20", skipped: "on" },
  ZReorderKickoffStepInput: { partnershipId: ID, stepId: ID, direction: "up" },
  ZChangeMemberRoleInput: { partnershipId: ID, membershipId: ID, role: "FACILITATOR" },
  ZRemoveMemberInput: { partnershipId: ID, membershipId: ID },
  ZLeavePartnershipInput: { partnershipId: ID },
  ZSetOrganisationInput: { partnershipId: ID, organisation: "Provincie" },
  ZAddNoteInput: { partnershipId: ID, subjectId: ID, kind: "APPRECIATION", body: "Thank you" },
  ZDeleteNoteInput: { partnershipId: ID, noteId: ID },
  ZNotificationSettingsInput: { NOTE_ABOUT_ME: "EMAIL", INVITATION: "IN_APP", KICKOFF_STARTED: "IN_APP", ROLE_CHANGE: "DIGEST", AUDIENCE_CHANGE: "OFF", SESSION_PLANNED: "EMAIL" },
  ZCreatePartnershipInput: { name: "River region", commonGoal: "Goal", desiredImpact: "Impact", description: "" },
  ZUpdatePartnershipInput: { partnershipId: ID, version: "2", name: "River region", commonGoal: "Goal", desiredImpact: "Impact", description: "" },
  ZNeedInput: { title: "Data", description: "" },
  ZAddNeedInput: { partnershipId: ID, title: "Data", description: "" },
  ZMoveNeedInput: { partnershipId: ID, needId: ID, direction: "down" },
  ZRemoveNeedInput: { partnershipId: ID, needId: ID },
  ZPartnershipTimeZoneInput: { partnershipId: ID, timeZone: "America/New_York" },
  ZSaveProfileInput: {
    version: "1",
    ...Object.fromEntries(
      ["origin", "knowledgeSkills", "personality", "lifeExperience", "fears", "irritations", "valuesNorms"].flatMap((field) => [
        [field, "An answer"],
        [`${field}Visibility`, VISIBLE],
      ]),
    ),
    skillTags: "hydrology, facilitation",
    valueTags: "trust",
  },
  ZSaveMissionInput: {
    version: "1",
    ...Object.fromEntries(["statement", "drives", "talents", "contributeTo"].flatMap((field) => [[field, "An answer"], [`${field}Visibility`, VISIBLE]])),
  },
  ZRevealInput: { partnershipId: ID, field: "fears" },
  ZRevealAnswerInput: { partnershipId: ID, field: "fears", keep: "on" },
  ZSaveMyRoleInput: {
    partnershipId: ID,
    organisation: "Org",
    uniqueRole: "Connector",
    missionRelation: "Close",
    alignment: "4",
    needIds: [ID],
    notes: ["A note"],
    contributes: [ID],
  },
};

const BAD: [string, unknown][] = [
  ["empty", ""],
  ["1 MB", "x".repeat(1024 * 1024)],
  ["a list", ["a", "b"]],
  ["a number", 12],
  ["words for a number", "twelve"],
  ["a huge number", "1e20"],
  ["an object", { toString: "x" }],
  ["null", null],
  ["missing", undefined],
  ["a lone surrogate", "a\ud800b"],
  ["a NUL", "a\u0000b"],
  ["a script tag", "<script>alert(1)</script>"],
  ["SQL", `'; DROP TABLE "User"; --`],
];

const translate = Object.assign((key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`, {
  has: () => true,
}) as Parameters<typeof fieldErrorsFrom>[1];

/** Every string in a parsed value. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("schemas given bad input", () => {
  it("has a valid example for every schema, which passes", () => {
    expect(SCHEMAS.map(([name]) => name).filter((name) => !VALID[name])).toEqual([]);
    for (const [name, schema] of SCHEMAS) expect(schema.safeParse(VALID[name]).success, name).toBe(true);
  });

  for (const [name, schema] of SCHEMAS) {
    it(`${name} refuses or stores safely, field by field`, () => {
      const valid = VALID[name] ?? {};
      for (const field of Object.keys(valid)) {
        for (const [label, value] of BAD) {
          const input = { ...valid, [field]: value };
          const parsed = schema.safeParse(input);
          const what = `${name}.${field} = ${label}`;
          // A password is hashed, never stored or shown as it is.
          if (parsed.success && !/password/i.test(field)) {
            for (const text of strings(parsed.data)) {
              expect(text.includes("\u0000"), `${what} keeps a NUL`).toBe(false);
              expect(text.isWellFormed(), `${what} keeps a lone surrogate`).toBe(true);
            }
          } else if (!parsed.success) {
            const errors = fieldErrorsFrom(parsed.error.issues, translate);
            expect(Object.keys(errors).length, what).toBeGreaterThan(0);
            expect(Object.values(errors).every((message) => message.length > 0), what).toBe(true);
          }
        }
      }
      // The whole input of the wrong kind.
      for (const whole of [null, "text", [], 42]) expect(schema.safeParse(whole).success, `${name} given ${JSON.stringify(whole)}`).toBe(false);
    });
  }

  it("keeps text as typed, markup and SQL included, without NUL and with lone surrogates replaced", () => {
    const parsed = partnership.ZCreatePartnershipInput.parse({
      name: "<script>alert(1)</script>",
      commonGoal: `'; DROP TABLE "User"; --`,
      desiredImpact: "a\u0000b\ud800c",
    });
    expect(parsed).toMatchObject({ name: "<script>alert(1)</script>", commonGoal: `'; DROP TABLE "User"; --`, desiredImpact: "ab\ufffdc" });
  });

  it("refuses ids that cannot name a record, before any query", () => {
    for (const id of ["", "a\u0000b", "x".repeat(65), "'; DROP TABLE", "../etc", "<b>"]) {
      expect(note.ZDeleteNoteInput.safeParse({ partnershipId: id, noteId: ID }).success, JSON.stringify(id)).toBe(false);
    }
  });
});
