import { db } from "@/lib/db";
import { createUser } from "@/lib/users/create-user";

export const DEMO_PASSWORD = "partnership-demo";

export async function seedDemo({ log }: { log: (message: string) => void }) {
  const existing = await db.user.findUnique({ where: { email: "anna@demo.samenspel.nl" }, select: { id: true } });
  if (existing) {
    log("Demo data already present");
    return;
  }
  await createUser({ name: "Anna de Vries", email: "anna@demo.samenspel.nl", password: DEMO_PASSWORD });
  log("Seeded demo data");
}
