import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { LOCALES, type AppLocale } from "@/lib/i18n/config";
import { icuArguments, type IcuArgument } from "@/lib/i18n/icu";
import { messagePaths, type MessageTree } from "@/lib/i18n/message-paths";
import en from "@/lib/i18n/messages/en";
import nl from "@/lib/i18n/messages/nl";

const trees: Record<AppLocale, MessageTree> = { en: en as unknown as MessageTree, nl: nl as unknown as MessageTree };
const english = messagePaths(trees.en);
const dutch = messagePaths(trees.nl);
const all = LOCALES.flatMap((locale) => [...messagePaths(trees[locale])].map(([key, text]) => ({ locale, key, text })));

/** The ICU arguments of a message with their type ("count:plural", "max:number", "name:"), and rich-text tags. */
function signature(message: string): string[] {
  const names = new Set(icuArguments(message).map((argument) => `${argument.name}:${argument.type}`));
  for (const match of message.matchAll(/<([A-Za-z][\w]*)>/g)) names.add(`<${match[1]}>`);
  return [...names].sort();
}

/** A value of the right kind for each argument, to format a message with. */
function sampleValues(args: IcuArgument[]): Record<string, string | number | Date> {
  const values: Record<string, string | number | Date> = {};
  for (const { name, type, options } of args) {
    values[name] = type === "plural" || type === "selectordinal" || type === "number" ? 3 : type === "date" || type === "time" ? new Date() : type === "select" ? (options[0] ?? "other") : "x";
  }
  return values;
}

describe("messages", () => {
  it("have the same keys in English and Dutch", () => {
    const onlyEnglish = [...english.keys()].filter((key) => !dutch.has(key));
    const onlyDutch = [...dutch.keys()].filter((key) => !english.has(key));
    expect({ onlyEnglish, onlyDutch }).toEqual({ onlyEnglish: [], onlyDutch: [] });
  });

  it("are all valid ICU messages", () => {
    const broken = all.flatMap(({ locale, key, text }) => {
      try {
        icuArguments(text);
        return [];
      } catch (error) {
        return [`${locale}:${key}: ${(error as Error).message}`];
      }
    });
    expect(broken).toEqual([]);
  });

  it("use the same placeholders, formatted the same way, in both languages", () => {
    const mismatched = [...english.entries()]
      .filter(([key, text]) => dutch.has(key) && signature(text).join() !== signature(dutch.get(key)!).join())
      .map(([key, text]) => `${key}: ${signature(text).join()} / ${signature(dutch.get(key)!).join()}`);
    expect(mismatched).toEqual([]);
  });

  it("give every plural and select an 'other' case, and only plural forms the language has", () => {
    const wrong = all.flatMap(({ locale, key, text }) => {
      const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      const ordinals = new Set<string>(new Intl.PluralRules(locale, { type: "ordinal" }).resolvedOptions().pluralCategories);
      return icuArguments(text).flatMap(({ name, type, options }) => {
        if (!["plural", "selectordinal", "select"].includes(type)) return [];
        const problems = options.includes("other") ? [] : [`${locale}:${key} {${name}} has no "other"`];
        if (type === "select") return problems;
        const allowed = type === "plural" ? categories : ordinals;
        const unknown = options.filter((option) => !/^=\d+$/.test(option) && !allowed.has(option));
        return unknown.length ? [...problems, `${locale}:${key} {${name}} has ${unknown.join(", ")}`] : problems;
      });
    });
    expect(wrong).toEqual([]);
  });

  it("format without errors in next-intl", () => {
    const errors: string[] = [];
    for (const locale of LOCALES) {
      const t = createTranslator({
        locale,
        messages: trees[locale],
        timeZone: "Europe/Amsterdam",
        onError: (error) => errors.push(`${locale}: ${error.message}`),
      });
      for (const [key, text] of messagePaths(trees[locale])) {
        // Lists (reflection questions) are read raw; everything else is formatted.
        if (/\.\d+$/.test(key)) continue;
        t(key as never, sampleValues(icuArguments(text)) as never);
      }
    }
    expect(errors).toEqual([]);
  });

  it("have no empty texts", () => {
    const empty = all.filter(({ text }) => text.trim() === "").map(({ locale, key }) => `${locale}:${key}`);
    expect(empty).toEqual([]);
  });

  it("leave no English in the Dutch texts, nor Dutch in the English ones", () => {
    // Words that occur in running text of one language and not of the other.
    const markers: Record<AppLocale, RegExp> = {
      en: /\b(de|het|een|je|jij|jouw|niet|wat|voor|naar|zijn|wordt)\b/i,
      nl: /\b(the|and|you|your|with|this|that|what|which|please|will|would|from|have|has)\b/i,
    };
    // The footer names the (Dutch) article the product comes from.
    const quotesDutch = new Set(["common.footer"]);
    const words = (text: string) => text.replace(/\{[^{}]*\}/g, " ").split(/\s+/).filter(Boolean).length;
    const suspicious = all
      .filter(({ locale, key }) => !(locale === "en" && quotesDutch.has(key)))
      .filter(({ locale, key, text }) => {
        const other = locale === "en" ? dutch.get(key) : english.get(key);
        const untranslated = locale === "nl" && words(text) >= 4 && text === other;
        return untranslated || markers[locale === "en" ? "en" : "nl"].test(text.replace(/\{[^{}]*\}/g, " "));
      })
      .map(({ locale, key, text }) => `${locale}:${key}: ${text}`);
    expect(suspicious).toEqual([]);
  });
});
