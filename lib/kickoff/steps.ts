import type { KickoffStepKind } from "@/lib/generated/prisma/enums";

/**
 * The kickoff follows the seed: who am I, what do I want, our shared challenge, my unique role,
 * exploring each other, agreements. Durations are a starting point the facilitator can change.
 */
export const KICKOFF_STEP_PLAN = [
  { kind: "WHO_AM_I", durationMinutes: 20 },
  { kind: "WHAT_DO_I_WANT", durationMinutes: 15 },
  { kind: "SHARED_CHALLENGE", durationMinutes: 15 },
  { kind: "UNIQUE_ROLE", durationMinutes: 20 },
  { kind: "EXPLORING", durationMinutes: 20 },
  { kind: "AGREEMENTS", durationMinutes: 15 },
] as const satisfies readonly { kind: KickoffStepKind; durationMinutes: number }[];

export const KICKOFF_STEP_KINDS = KICKOFF_STEP_PLAN.map((step) => step.kind);

/** Bounds for a step's planned duration and for one extension of its timer, in minutes. */
export const STEP_MINUTES = { min: 1, max: 240 } as const;
export const EXTEND_MINUTES = { min: 1, max: 30 } as const;

/** Steps whose page shows more than their questions (the challenge, the coverage, the agreements). */
export const STEPS_WITH_PANEL: readonly KickoffStepKind[] = ["SHARED_CHALLENGE", "UNIQUE_ROLE", "AGREEMENTS"];
