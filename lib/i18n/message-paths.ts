/** A message file's tree: texts, lists of texts (e.g. reflection questions) and nested groups. */
export type MessageTree = { [key: string]: string | string[] | MessageTree };

/** Every text as "namespace.key.sub" -> text; a list's items as "…questions.0", "…questions.1". */
export function messagePaths(tree: MessageTree, prefix = ""): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") paths.set(path, value);
    else if (Array.isArray(value)) value.forEach((text, index) => paths.set(`${path}.${index}`, text));
    else for (const [sub, text] of messagePaths(value, path)) paths.set(sub, text);
  }
  return paths;
}
