import { describe, expect, it } from "vitest";
import { oversizedFields, SEND_LIMIT_BYTES } from "@/lib/forms/oversized-fields";

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

describe("a form too large to send", () => {
  it("lets an ordinary form through", () => {
    expect(oversizedFields(form({ name: "River region", commonGoal: "x".repeat(2_000) }))).toEqual({ tooLarge: false, fields: [] });
  });

  it("names the field that makes it too large, in bytes as they travel", () => {
    // 600,000 characters of "é" are 1.2 MB in UTF-8; with a second large field the form is over.
    const result = oversizedFields(form({ origin: "é".repeat(600_000), personality: "x".repeat(400_000), values: "short" }));
    expect(result).toEqual({ tooLarge: true, fields: ["origin", "personality"] });
  });

  it("counts a field sent several times as one", () => {
    const data = new FormData();
    for (let i = 0; i < 4; i++) data.append("notes", "x".repeat(SEND_LIMIT_BYTES / 3));
    expect(oversizedFields(data)).toEqual({ tooLarge: true, fields: ["notes"] });
  });
});
