/**
 * Headers for a private file download. The name is given plainly (ASCII, for old clients) and in
 * UTF-8 (RFC 6266), so that "Samenwerking Rivierenland – één" arrives intact.
 */
export function attachmentHeaders(filename: string, contentType: string): HeadersInit {
  const ascii = filename.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "download";
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
