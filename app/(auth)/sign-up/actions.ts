"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/request-meta";
import { signUp } from "@/lib/users/sign-up";
import { validatedAction } from "@/lib/validated-action";
import { ZSignUpInput } from "@/lib/validation/auth";

export const signUpAction = validatedAction(ZSignUpInput, async (input) => {
  await signUp(input, clientAddress(await headers()));
  return { status: "success" };
});
