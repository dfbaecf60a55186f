import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Landing } from "@/components/home/landing";
import { MyPartnerships } from "@/components/home/my-partnerships";
import { currentUser } from "@/lib/guards";
import { listMyPartnerships } from "@/lib/partnerships/list-my-partnerships";

export async function generateMetadata(): Promise<Metadata> {
  // Signed out, the start page keeps the app's own title.
  if (!(await currentUser())) return {};
  return { title: (await getTranslations("home"))("homeTitle") };
}

export default async function HomePage() {
  const user = await currentUser();
  if (!user) return <Landing />;
  return <MyPartnerships name={user.name} partnerships={await listMyPartnerships(user.id)} />;
}
