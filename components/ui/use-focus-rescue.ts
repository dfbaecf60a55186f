"use client";

import { useEffect, useRef } from "react";

/**
 * For a form whose row goes away when its action succeeds (remove a need, a member, a note…):
 * if the keyboard's focus was in it, focus moves to the heading of the section around it instead
 * of falling back to the top of the page. Returns the ref for the form.
 */
export function useFocusRescue<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const section = element.closest("section") ?? element.closest("main");
    let holdsFocus = element.contains(document.activeElement);
    const follow = (event: FocusEvent) => {
      holdsFocus = event.target instanceof Node && element.contains(event.target);
    };
    document.addEventListener("focusin", follow);
    return () => {
      document.removeEventListener("focusin", follow);
      // Only when the form itself went away with the focus, not when the page moved on.
      if (!holdsFocus || element.isConnected || !section?.isConnected) return;
      if (document.activeElement && document.activeElement !== document.body) return;
      const heading = section.querySelector<HTMLElement>("h1, h2, h3");
      if (!heading) return;
      if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
      heading.focus();
    };
  }, []);
  return ref;
}
