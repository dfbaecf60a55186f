/**
 * Text made safe to put between tags or inside a double-quoted attribute of HTML written by hand.
 * Every character that could end the text or the attribute, or start markup, is written as an entity.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
