// Spacing for a form that starts with a FormMessage: its live region stays in the page (so that
// screen readers announce the message) but takes no room while it is empty.
export const FORM_STACK = "space-y-5 [&>[role=status]:empty]:absolute";
export const FORM_STACK_TIGHT = "space-y-4 [&>[role=status]:empty]:absolute";
