import { readFileSync } from "node:fs";
import type { ActionState } from "@/lib/action-state";
import type { HttpSession, Reply } from "./http-session";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id Next gave each server action in the build: "app/…/actions.ts#name" → id. */
export function serverActionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

/** How an action takes its arguments: (previous state, form data), (form data), or nothing. */
export type ActionShape = "state-form" | "form" | "none";

export type ActionReply = Reply & {
  /** The ActionState the action returned, if it returned one. */
  state: ActionState | null;
  /** Where the action sent the browser (redirect()), if anywhere. */
  redirect: string | null;
};

export type FieldValue = string | string[] | Uint8Array;

/**
 * Calls a server action the way React's client does, but by hand: POST to a page with the
 * action's id in `Next-Action` and the arguments in React's reply encoding. The form data of
 * argument 1 travels as fields "_1_<name>" (React 19.3's prefix), followed by field "0", the
 * argument list in JSON, whose "$K1" points at them. `args` replaces that list (e.g. to send
 * something other than form data); field values given as bytes are sent as they are.
 */
export async function callAction(
  session: HttpSession,
  { page, id, shape = "state-form", fields = {}, args }: { page: string; id: string; shape?: ActionShape; fields?: Record<string, FieldValue>; args?: string },
): Promise<ActionReply> {
  const headers: Record<string, string> = { "next-action": id, accept: "text/x-component", "accept-language": "en" };
  let body: BodyInit;
  if (shape === "none") {
    body = args ?? "[]";
  } else {
    const parts: [string, string | Uint8Array][] = [];
    for (const [name, value] of Object.entries(fields)) {
      for (const one of value instanceof Uint8Array ? [value] : [value].flat()) parts.push([`_1_${name}`, one]);
    }
    parts.push(["0", args ?? JSON.stringify(shape === "state-form" ? [{ status: "idle" }, "$K1"] : ["$K1"])]);
    const boundary = `----matrix${Math.random().toString(16).slice(2)}`;
    headers["content-type"] = `multipart/form-data; boundary=${boundary}`;
    body = multipart(parts, boundary);
  }
  const reply = await session.request(page, { method: "POST", body, headers });
  return { ...reply, state: actionState(reply.text), redirect: reply.headers.get("x-action-redirect") };
}

/** multipart/form-data by hand, so that a value can carry bytes that are not valid UTF-8. */
function multipart(parts: [string, string | Uint8Array][], boundary: string): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const chunks = parts.flatMap(([name, value]) => [
    encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
    typeof value === "string" ? encoder.encode(value) : value,
    encoder.encode("\r\n"),
  ]);
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  const body = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

/** The action's return value in an RSC reply: row 0 names the row that holds it. */
function actionState(text: string): ActionState | null {
  const root = /^0:(\{.*)$/m.exec(text)?.[1];
  if (!root) return null;
  const row = /"a":"\$@([0-9a-f]+)"/.exec(root)?.[1];
  if (!row) return null;
  const value = new RegExp(`^${row}:(\\{.*)$`, "m").exec(text)?.[1];
  return value ? (JSON.parse(value) as ActionState) : null;
}
