import { db } from "@/lib/db";
import { addMember } from "@/lib/memberships/add-member";
import { addNeed } from "@/lib/partnerships/add-need";
import { createPartnership } from "@/lib/partnerships/create-partnership";
import { createUser } from "@/lib/users/create-user";
import { DEMO_MEMBERS, DEMO_NEEDS, DEMO_NOTES, DEMO_PARTNERSHIP, type DemoMember } from "./seed-data";

export const DEMO_PASSWORD = "partnership-demo";
const DEMO_DOMAIN = "@demo.samenspel.nl";

export function demoEmail(key: string) {
  return `${key}${DEMO_DOMAIN}`;
}

/**
 * Adds the demo partnership and its members once; does nothing when they are already there. A
 * seed that was interrupted (Ctrl-C on the first start) is noticed and done again from scratch.
 */
export async function seedDemo({ log }: { log: (message: string) => void }) {
  const [first] = DEMO_MEMBERS;
  if (!first) return;
  const demoUsers = await db.user.findMany({ where: { email: { endsWith: DEMO_DOMAIN } }, select: { id: true } });
  if (demoUsers.length > 0) {
    if (await demoIsComplete()) {
      log("Demo data already present");
      return;
    }
    log("The demo data is incomplete (an earlier seed was interrupted): seeding it again");
    const userIds = demoUsers.map((user) => user.id);
    await db.partnership.deleteMany({ where: { name: DEMO_PARTNERSHIP.name, memberships: { every: { userId: { in: userIds } } } } });
    await db.user.deleteMany({ where: { id: { in: userIds } } });
  }

  const users = new Map<string, string>();
  for (const member of DEMO_MEMBERS) {
    // Demo addresses are not real mailboxes: they count as confirmed.
    const user = await createUser(
      { name: member.name, email: demoEmail(member.key), password: DEMO_PASSWORD },
      { afterCreate: (tx, created) => tx.user.update({ where: { id: created.id }, data: { emailVerifiedAt: new Date() } }).then(() => undefined) },
    );
    users.set(member.key, user.id);
    await saveAnswers(user.id, member);
  }
  const userId = (key: string) => users.get(key) ?? "";

  const partnership = await createPartnership({ ...DEMO_PARTNERSHIP }, userId(first.key));
  const needs = new Map<string, string>();
  for (const need of DEMO_NEEDS) {
    const created = await addNeed(userId(first.key), partnership.id, { title: need.title, description: need.description });
    needs.set(need.key, created.id);
  }

  const memberships = new Map<string, string>();
  for (const member of DEMO_MEMBERS) {
    const membership = await db.$transaction((tx) =>
      addMember(tx, {
        partnershipId: partnership.id,
        userId: userId(member.key),
        role: member.facilitator ? "FACILITATOR" : "MEMBER",
        organisation: member.organisation,
      }),
    );
    memberships.set(member.key, membership.id);
    await db.membership.update({
      where: { id: membership.id },
      data: {
        organisation: member.organisation,
        uniqueRole: member.role.uniqueRole,
        missionRelation: member.role.missionRelation,
        alignment: member.role.alignment,
        contributions: {
          create: Object.entries(member.role.contributions).map(([needKey, note]) => ({ needId: needs.get(needKey) ?? "", note })),
        },
      },
    });
  }

  for (const note of DEMO_NOTES) {
    await db.note.create({
      data: {
        partnershipId: partnership.id,
        authorId: memberships.get(note.author) ?? "",
        subjectId: memberships.get(note.subject) ?? "",
        kind: note.kind,
        body: note.body,
      },
    });
  }
  log(`Seeded the demo partnership "${DEMO_PARTNERSHIP.name}" with ${DEMO_MEMBERS.length} members (password: ${DEMO_PASSWORD})`);
}

/** The seed's last step is the notes: a partnership with all members and all notes is complete. */
async function demoIsComplete() {
  const partnership = await db.partnership.findFirst({
    where: { name: DEMO_PARTNERSHIP.name, memberships: { some: { user: { email: { endsWith: DEMO_DOMAIN } } } } },
    select: { _count: { select: { memberships: true, notes: true } } },
  });
  return partnership?._count.memberships === DEMO_MEMBERS.length && partnership._count.notes === DEMO_NOTES.length;
}

async function saveAnswers(userId: string, member: DemoMember) {
  const { visibility: profileVisibility = {}, ...profile } = member.profile;
  const { visibility: missionVisibility = {}, ...mission } = member.mission;
  const suffixed = (visibility: Record<string, string>) =>
    Object.fromEntries(Object.entries(visibility).map(([field, value]) => [`${field}Visibility`, value]));
  await db.profile.update({ where: { userId }, data: { ...profile, ...suffixed(profileVisibility) } });
  await db.mission.update({ where: { userId }, data: { ...mission, ...suffixed(missionVisibility) } });
}
