import { describe, expect, it } from "vitest";
import { splitEmailList, ZCreateInvitationInput, ZJoinPartnershipInput, ZSendInvitationsInput } from "@/lib/validation/invitation";

describe("invite link options", () => {
  it("defaults to 14 days and no limit when left blank", () => {
    expect(ZCreateInvitationInput.parse({ partnershipId: "p1", maxUses: "", expiresInDays: "" })).toEqual({
      partnershipId: "p1",
      maxUses: undefined,
      expiresInDays: 14,
    });
    expect(ZCreateInvitationInput.parse({ partnershipId: "p1" })).toMatchObject({ expiresInDays: 14 });
  });

  it("takes whole numbers typed into the form", () => {
    expect(ZCreateInvitationInput.parse({ partnershipId: "p1", maxUses: " 5 ", expiresInDays: "30" })).toMatchObject({ maxUses: 5, expiresInDays: 30 });
  });

  it.each([
    ["maxUses", "0"],
    ["maxUses", "1001"],
    ["maxUses", "2.5"],
    ["maxUses", "many"],
    ["expiresInDays", "0"],
    ["expiresInDays", "91"],
  ])("refuses %s = %s with a message on that field", (field, value) => {
    const parsed = ZCreateInvitationInput.safeParse({ partnershipId: "p1", [field]: value });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([field]);
  });
});

describe("joining", () => {
  it("accepts a 43-character base64url token and refuses anything else", () => {
    expect(ZJoinPartnershipInput.safeParse({ token: "a".repeat(43) }).success).toBe(true);
    expect(ZJoinPartnershipInput.safeParse({ token: "a".repeat(42) }).success).toBe(false);
    expect(ZJoinPartnershipInput.safeParse({ token: `${"a".repeat(42)}/` }).success).toBe(false);
  });
});

describe("email address lists", () => {
  it("splits on commas, semicolons, spaces and new lines, lower-cases and drops repeats", () => {
    expect(splitEmailList(" Anna@Example.org, bram@example.org;cor@example.org\n\tanna@example.org  ")).toEqual({
      emails: ["anna@example.org", "bram@example.org", "cor@example.org"],
      invalid: [],
    });
  });

  it("names every piece that is not an address, as typed", () => {
    expect(splitEmailList("anna@example.org, bram@, @x.nl; cor at example.org")).toEqual({
      emails: ["anna@example.org"],
      invalid: ["bram@", "@x.nl", "cor", "at", "example.org"],
    });
  });

  it("finds nothing in an empty or separator-only list", () => {
    expect(splitEmailList(" ,; \n")).toEqual({ emails: [], invalid: [] });
  });

  it("needs some text for the addresses and bounds the message", () => {
    expect(ZSendInvitationsInput.safeParse({ partnershipId: "p1", emails: "  " }).success).toBe(false);
    expect(ZSendInvitationsInput.parse({ partnershipId: "p1", emails: "a@b.nl" })).toEqual({ partnershipId: "p1", emails: "a@b.nl", message: "" });
    expect(ZSendInvitationsInput.safeParse({ partnershipId: "p1", emails: "a@b.nl", message: "x".repeat(2_001) }).error?.issues[0]?.path).toEqual(["message"]);
  });
});
