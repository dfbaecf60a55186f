/** The parts of an email, each already in the recipient's language. */
export type EmailContent = {
  greeting: string;
  paragraphs: string[];
  /** The one thing to do, as a button in HTML and a bare URL in the text part. */
  action?: { label: string; url: string };
  /** Said after the action, e.g. how long the link works or what to do if it was not you. */
  after?: string[];
  footer: string;
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * One email as its plain-text and HTML parts, from the same words. Everything is escaped: names
 * and messages typed by people never become markup.
 */
export function composeEmail(content: EmailContent, lang: string): { text: string; html: string } {
  const text = [
    content.greeting,
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...(content.after ?? []),
    `-- \n${content.footer}`,
  ].join("\n\n");

  const p = (line: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(line).replace(/\n/g, "<br>")}</p>`;
  const button = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#555">${escapeHtml(content.action.url)}</p>`
    : "";
  const html = `<!doctype html><html lang="${escapeHtml(lang)}"><body style="margin:0;padding:24px;background:#f7f7f5;font-family:system-ui,sans-serif;color:#1c1c1c"><div style="max-width:560px;margin:0 auto;background:#ffffff;padding:28px;border-radius:8px">${[
    p(content.greeting),
    ...content.paragraphs.map(p),
    button,
    ...(content.after ?? []).map(p),
  ].join("")}<p style="margin:24px 0 0;font-size:13px;color:#666">${escapeHtml(content.footer)}</p></div></body></html>`;
  return { text, html };
}
