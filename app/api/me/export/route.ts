import { getTranslations } from "next-intl/server";
import { exportMyData } from "@/lib/account/export-my-data";
import { answerRoute } from "@/lib/http/answer-route";
import { attachmentHeaders } from "@/lib/http/attachment";
import { routeUser } from "@/lib/http/route-user";

export const dynamic = "force-dynamic";

/** Everything that is the signed-in user's, as a JSON download. */
export async function GET() {
  return answerRoute(async () => {
    const signedIn = await routeUser();
    if (!signedIn.ok) return signedIn.response;
    const data = await exportMyData(signedIn.user.id);
    const date = data.exportedAt.slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: attachmentHeaders(`${(await getTranslations("account"))("fileName")}-${date}.json`, "application/json; charset=utf-8"),
    });
  });
}
