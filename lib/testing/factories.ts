import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/users/create-user";

export const TEST_PASSWORD = "correct horse battery";

/** A unique email, so that tests can run side by side without cleaning tables. */
export function uniqueEmail(label = "user") {
  return `${label}-${randomUUID().slice(0, 8)}@test.samenspel.nl`;
}

export async function makeUser(overrides: { name?: string; email?: string; password?: string } = {}) {
  const email = overrides.email ?? uniqueEmail();
  const password = overrides.password ?? TEST_PASSWORD;
  const user = await createUser({ name: overrides.name ?? "Test Partner", email, password });
  return { ...user, password };
}
