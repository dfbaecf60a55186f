import { Landing } from "@/components/home/landing";
import { MyPartnerships } from "@/components/home/my-partnerships";
import { currentUser } from "@/lib/guards";
import { listMyPartnerships } from "@/lib/partnerships/list-my-partnerships";

export default async function HomePage() {
  const user = await currentUser();
  if (!user) return <Landing />;
  return <MyPartnerships name={user.name} partnerships={await listMyPartnerships(user.id)} />;
}
