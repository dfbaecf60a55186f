import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint guard of eslint.config.mjs: text in the markup of app/ and components/ must come from
// the messages, so that nothing is left untranslated.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "react/jsx-no-literals" || message.ruleId === "no-restricted-syntax");
}

describe("the lint guard against untranslated text", () => {
  it("refuses text in JSX and in what is read aloud, in pages and components", { timeout: 60_000 }, async () => {
    const code = `export function Card({ name }: { name: string }) {
  return (
    <section aria-label="Members">
      <h2>Members</h2>
      <p title={"Hello"}>{"Welcome"} {name}</p>
      <input placeholder={\`Type \${name}\`} />
    </section>
  );
}
`;
    expect(await problems("components/example/card.tsx", code)).toHaveLength(5);
    expect(await problems("app/example/page.tsx", code)).toHaveLength(5);
  });

  it("lets punctuation and symbols between translated texts pass", { timeout: 60_000 }, async () => {
    const code = `export function Line({ a, b, n }: { a: string; b: string; n: number }) {
  return (
    <p className="text-sm">
      {a} · {b} ({n}) <span aria-hidden="true">→</span> ×{n}, {a}: {b}.
    </p>
  );
}
`;
    expect(await problems("components/example/line.tsx", code)).toEqual([]);
  });
});
