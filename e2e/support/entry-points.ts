import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type EntryPoint =
  | { kind: "page"; route: string; file: string }
  | { kind: "route"; route: string; method: string; file: string }
  | { kind: "action"; file: string; name: string };

/** How the access matrix names an entry point. */
export function entryKey(entry: EntryPoint): string {
  if (entry.kind === "page") return `page ${entry.route}`;
  if (entry.kind === "route") return `${entry.method} ${entry.route}`;
  return `action ${entry.file}#${entry.name}`;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * Every way into the app, read from the file system: each page.tsx, each route.ts with the HTTP
 * methods it exports, and each export of a file that starts with "use server".
 */
export function discoverEntryPoints(root = "app"): EntryPoint[] {
  const entries: EntryPoint[] = [];
  for (const file of walk(root)) {
    const source = readFileSync(file, "utf8");
    const base = path.basename(file);
    if (/^page\.(tsx|ts|jsx|js)$/.test(base)) entries.push({ kind: "page", route: routeOf(file, root), file });
    if (/^route\.(ts|js)$/.test(base)) {
      for (const method of exportedNames(source).filter((name) => METHODS.includes(name))) {
        entries.push({ kind: "route", route: routeOf(file, root), method, file });
      }
    }
    if (/^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(source)) {
      for (const name of exportedNames(source)) entries.push({ kind: "action", file, name });
    }
  }
  return entries;
}

/** Inline "use server" functions inside other files would be entry points this list cannot see. */
export function inlineServerFunctions(root = "app"): string[] {
  return [...walk(root), ...walk("components"), ...walk("lib")].filter((file) => {
    const source = readFileSync(file, "utf8");
    const firstStatement = /^\s*(\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(source);
    return !firstStatement && /["']use server["']/.test(source.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ""));
  });
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "generated") continue;
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (/\.(tsx?|jsx?)$/.test(name)) yield full;
  }
}

/** "app/(auth)/sign-in/page.tsx" → "/sign-in": route groups do not show in the URL. */
function routeOf(file: string, root: string) {
  const segments = path
    .dirname(path.relative(root, file))
    .split(path.sep)
    .filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).at(-1)?.trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}
