import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Marks, arrows and punctuation that may stand between translated texts in JSX. */
const JSX_SYMBOLS = [
  ".", ",", ":", ";", "(", ")", "·", "—", "–", "-", "/", "%", "×", "“", "”", "‘", "’", "…", "+",
  "←", "→", "↑", "↓", "▶", "▾", "⤢", "✓", "○", "⚠",
];

/** User-facing attributes given as a string with letters in it, directly or in braces. */
const TEXT_ATTRIBUTE = "JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|title|placeholder|alt|label)$/]";
const TEXT_ATTRIBUTE_SELECTORS = [
  `${TEXT_ATTRIBUTE} > Literal[value=/[A-Za-z]/]`,
  `${TEXT_ATTRIBUTE} > JSXExpressionContainer > Literal[value=/[A-Za-z]/]`,
  `${TEXT_ATTRIBUTE} > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]`,
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Every text a person reads comes from the messages (lib/i18n/messages), in both languages.
    // Punctuation and symbols between translated parts may stay in the markup.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        { noStrings: true, ignoreProps: true, allowedStrings: JSX_SYMBOLS },
      ],
      "no-restricted-syntax": [
        "error",
        ...TEXT_ATTRIBUTE_SELECTORS.map((selector) => ({
          selector,
          message: "Text a person reads or hears (aria-label, title, placeholder, alt…) comes from the messages.",
        })),
      ],
    },
  },
  {
    // Layers: routes (app) use components and lib; components use lib; lib uses neither. Server
    // actions reach components as props from the page that owns them.
    files: ["components/**", "lib/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*"], message: "Pass the action or data in from the route instead." }] }],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "@/components/*"], message: "Domain code does not depend on routes or components." }] },
      ],
    },
  },
  {
    // Playwright fixtures receive a `use` callback that is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", "lib/generated/**", "next-env.d.ts", ".data/**", "test-results/**", "playwright-report/**"]),
]);
