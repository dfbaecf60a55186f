"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/guards";
import { organisationProviderName } from "@/lib/organisation-sign-in/organisation-providers";
import { unlinkOrganisationSignIn } from "@/lib/organisation-sign-in/unlink-organisation-sign-in";
import { validatedAction } from "@/lib/validated-action";
import { ZUnlinkOrganisationSignInInput } from "@/lib/validation/account";

/** `Unlink <provider>`: one of the signed-in user's organisation accounts, while another way in remains. */
export const unlinkOrganisationSignInAction = validatedAction(ZUnlinkOrganisationSignInInput, async ({ organisationSignInId }) => {
  const user = await requireUser();
  const { provider } = await unlinkOrganisationSignIn(user.id, organisationSignInId);
  revalidatePath("/account");
  return { status: "success", message: (await getTranslations("account"))("unlinked", { provider: organisationProviderName(provider) }) };
});
