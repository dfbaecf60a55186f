/**
 * Steps that partnerships commonly add to the seed's six. Adding one copies its title and
 * questions (from the messages, in the facilitator's language) and its minutes into the
 * partnership's own steps, where they can be changed like any other.
 */
export const READY_MADE_STEPS = [
  { key: "WORKING_AGREEMENTS", durationMinutes: 20 },
  { key: "NEEDS_AND_EXPECTATIONS", durationMinutes: 20 },
  { key: "RISKS_AND_CONCERNS", durationMinutes: 15 },
] as const;

export type ReadyMadeStepKey = (typeof READY_MADE_STEPS)[number]["key"];

export const READY_MADE_STEP_KEYS = READY_MADE_STEPS.map((step) => step.key);
