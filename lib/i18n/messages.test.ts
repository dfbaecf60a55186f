import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en";
import nl from "@/lib/i18n/messages/nl";

type Tree = { [key: string]: string | Tree };

/** Every message as "namespace.key.sub" -> text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [sub, text] of flatten(value, path)) entries.set(sub, text);
  }
  return entries;
}

/** The ICU arguments a message uses: {name}, {count, plural, ...}, and rich-text tags <b>. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*(?:,|\})/g)) names.add(match[1]!);
  for (const match of message.matchAll(/<([A-Za-z][\w]*)>/g)) names.add(`<${match[1]}>`);
  return [...names].sort();
}

const english = flatten(en as unknown as Tree);
const dutch = flatten(nl as unknown as Tree);

describe("messages", () => {
  it("have the same keys in English and Dutch", () => {
    const onlyEnglish = [...english.keys()].filter((key) => !dutch.has(key));
    const onlyDutch = [...dutch.keys()].filter((key) => !english.has(key));
    expect({ onlyEnglish, onlyDutch }).toEqual({ onlyEnglish: [], onlyDutch: [] });
  });

  it("use the same placeholders in both languages", () => {
    const mismatched = [...english.entries()]
      .filter(([key, text]) => dutch.has(key) && argumentsOf(text).join() !== argumentsOf(dutch.get(key)!).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("have no empty texts", () => {
    const empty = [...english.entries(), ...dutch.entries()].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
