/** How long a sign-in lasts: the session cookie's maxAge and the UserSession's expiresAt agree. */
export const SESSION_SECONDS = 30 * 24 * 60 * 60;
