/** Limits stated in the UI and enforced by the schemas. */
export const LIMITS = {
  name: 120,
  email: 254,
  passwordMin: 10,
  passwordMax: 200,
  shortText: 200,
  organisation: 160,
  search: 100,
  goal: 2_000,
  answer: 5_000,
  note: 2_000,
  tag: 40,
  tags: 20,
} as const;
