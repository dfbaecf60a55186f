/**
 * The cookies that end a next-auth session, each set to expire now. A browser ignores a
 * `__Secure-` or `__Host-` cookie set without `Secure`, so the deletion of the cookies that https
 * deployments use carries it too; otherwise signing out would leave the user signed in.
 */
export function expiredSessionCookies(names: string[]) {
  return names
    .filter((name) => name.includes("next-auth.session-token") || name.includes("next-auth.callback-url"))
    .map((name) => ({
      name,
      value: "",
      path: "/",
      expires: new Date(0),
      httpOnly: true,
      sameSite: "lax" as const,
      secure: name.startsWith("__Secure-") || name.startsWith("__Host-"),
    }));
}
