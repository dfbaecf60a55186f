"use server";

import { headers } from "next/headers";
import { chosenLocale } from "@/lib/i18n/locale-cookie";
import { clientAddress } from "@/lib/request-meta";
import { signUp } from "@/lib/users/sign-up";
import { validatedAction } from "@/lib/validated-action";
import { ZSignUpInput } from "@/lib/validation/auth";

export const signUpAction = validatedAction(ZSignUpInput, async (input) => {
  await signUp(input, clientAddress(await headers()), await chosenLocale());
  return { status: "success" };
});
