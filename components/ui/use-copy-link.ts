"use client";

import { useRef, useState } from "react";

/**
 * Copying a link shown in a read-only field: `copy` puts it on the clipboard and selects the
 * field's text; `outcome` says whether that worked, for a status message beside the button.
 */
export function useCopyLink(url: string) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setOutcome("copied");
    } catch {
      // Clipboard access can be refused (an insecure origin, a browser setting): the link is selected instead.
      setOutcome(document.execCommand?.("copy") ? "copied" : "failed");
    }
  }
  return { input, outcome, copy };
}
