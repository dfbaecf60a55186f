/**
 * Just enough of ICU MessageFormat to check the message files: which arguments a message uses
 * (with their type: plain, number, date, plural, select…) and which options its plurals and
 * selects offer. Throws on unbalanced braces.
 */
export type IcuArgument = { name: string; type: string; options: string[] };

export function icuArguments(message: string): IcuArgument[] {
  const found: IcuArgument[] = [];
  let at = 0;

  const fail = (why: string): never => {
    throw new Error(`${why} at ${at} in: ${message}`);
  };

  // Text up to the `}` that closes the current (sub)message, or the end.
  const text = (nested: boolean) => {
    while (at < message.length) {
      const char = message[at];
      if (char === "'" && "{}#'".includes(message[at + 1] ?? "")) {
        const close = message.indexOf("'", at + 1 + (message[at + 1] === "'" ? 1 : 0));
        at = message[at + 1] === "'" ? at + 2 : close < 0 ? fail("unclosed quote") : close + 1;
      } else if (char === "{") {
        argument();
      } else if (char === "}") {
        if (!nested) fail("unexpected }");
        return;
      } else {
        at += 1;
      }
    }
    if (nested) fail("missing }");
  };

  const word = () => {
    while (message[at] === " ") at += 1;
    const start = at;
    while (at < message.length && !" ,{}".includes(message[at] ?? "")) at += 1;
    const result = message.slice(start, at);
    while (message[at] === " ") at += 1;
    return result;
  };

  const argument = () => {
    at += 1; // {
    const name = word();
    if (!/^[A-Za-z_]\w*$/.test(name)) fail(`bad argument name "${name}"`);
    if (message[at] === "}") {
      at += 1;
      found.push({ name, type: "", options: [] });
      return;
    }
    if (message[at] !== ",") fail("expected , or }");
    at += 1;
    const type = word();
    const options: string[] = [];
    if (type === "plural" || type === "select" || type === "selectordinal") {
      if (message[at] !== ",") fail("expected , after the type");
      at += 1;
      for (;;) {
        const key = word();
        if (key === "") break;
        if (key.startsWith("offset:")) continue;
        if (message[at] !== "{") fail(`expected { after option "${key}"`);
        at += 1;
        options.push(key);
        text(true);
        at += 1; // }
      }
    } else if (message[at] === ",") {
      at += 1;
      word(); // a style: short, percent, ::skeleton
    }
    if (message[at] !== "}") fail("expected } to close the argument");
    at += 1;
    found.push({ name, type, options });
  };

  text(false);
  return found;
}
