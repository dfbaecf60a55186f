import { readFileSync } from "node:fs";

/** English texts of a message namespace, as the app shows them (test workers load the JSON by hand). */
export function messages(namespace: string): (key: string) => string {
  const texts = JSON.parse(readFileSync(`lib/i18n/messages/en/${namespace}.json`, "utf8")) as Record<string, unknown>;
  return (key) => {
    const text = texts[key];
    if (typeof text !== "string") throw new Error(`no message ${namespace}.${key}`);
    return text;
  };
}
