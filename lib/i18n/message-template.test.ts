import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { messageTemplate } from "@/lib/i18n/message-template";
import en from "@/lib/i18n/messages/en";
import nl from "@/lib/i18n/messages/nl";

describe("messageTemplate", () => {
  const members = [
    { name: "Olga Waterschap", alignment: "4 of 5", needs: "Funding and Data" },
    { name: "Piet {Gemeente}", alignment: "no alignment given", needs: "no needs" },
    { name: "A $& B", alignment: "1 of 5", needs: "$1 and <b>" },
  ];

  it.each([
    ["en", en],
    ["nl", nl],
  ] as const)("fills in the map's list items exactly as formatting each one does (%s)", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "collaboration" });
    let formatted = 0;
    const listItem = messageTemplate((values: { name: string; alignment: string; needs: string }) => {
      formatted++;
      return t("mapListItem", values);
    }, ["name", "alignment", "needs"]);
    for (const member of members) expect(listItem(member)).toBe(t("mapListItem", member));
    expect(formatted).toBe(1);
  });

  it("formats each item on its own when a translation drops or repeats an argument", () => {
    const dropped = messageTemplate((values: { name: string; needs: string }) => `${values.name} helps`, ["name", "needs"]);
    expect(dropped({ name: "Olga", needs: "Data" })).toBe("Olga helps");
    const repeated = messageTemplate((values: { name: string }) => `${values.name}, ${values.name}`, ["name"]);
    expect(repeated({ name: "Olga" })).toBe("Olga, Olga");
  });
});
