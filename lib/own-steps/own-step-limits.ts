/** Bounds of a step's questions: how many, and how long each may be. */
export const QUESTION_LIMITS = { count: 20, length: 500 } as const;
