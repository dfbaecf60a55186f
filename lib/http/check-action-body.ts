/**
 * A server action's body, checked before Next decodes it, because Next answers a body over its
 * size limit, or arguments that do not decode, with 500; here they get 413 and 400, and never
 * reach the action. With `arguments` (a call with the Next-Action header) the body is React's
 * encoding of them: JSON, or multipart form data whose numbered parts are JSON.
 */
export async function checkActionBody(request: Request, limitBytes: number, { arguments: encoded = true } = {}): Promise<Response | null> {
  const body = await readUpTo(request, limitBytes);
  if (!body) return plain(413, "Request too large");
  if (!encoded) return null;
  try {
    const type = request.headers.get("content-type") ?? "";
    if (type.startsWith("multipart/form-data")) {
      const form = await new Response(body, { headers: { "content-type": type } }).formData();
      for (const [name, value] of form.entries()) if (/^\d+$/.test(name) && typeof value === "string") JSON.parse(value);
    } else if (body.length > 0) {
      JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    }
  } catch {
    return plain(400, "Bad request");
  }
  return null;
}

/**
 * The whole body, or null as soon as it passes the limit. Consumes the request's body: in the
 * proxy that is a copy, Next keeps the original for the action.
 */
async function readUpTo(request: Request, limitBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (Number(request.headers.get("content-length")) > limitBytes) return null;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limitBytes) {
      void reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}
