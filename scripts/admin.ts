/**
 * Operator commands, run through the launcher so that they reach the same database as the app:
 *
 *   npm run admin -- reset-link <email>   prints a single-use link (valid one hour) to choose a new
 *                                         password, for a user who cannot receive email
 *
 * Exit codes: 0 done, 1 the account does not exist, 2 wrong usage, 3 something else failed.
 */
import { getDb } from "../lib/db";
import { createResetLink } from "../lib/users/create-reset-link";

const USAGE = "Usage: npm run admin -- reset-link <email>";

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === "reset-link") {
    const email = rest[0]?.trim();
    if (!email || rest.length !== 1) {
      console.error(USAGE);
      return 2;
    }
    const link = await createResetLink(email);
    if (!link) {
      console.error(`No account uses the email address ${email}. Nothing was made.`);
      return 1;
    }
    console.log(link);
    console.error(`A single-use link for ${email.toLowerCase()}, valid for one hour. Give it to its owner only; using it signs out every browser of the account.`);
    return 0;
  }
  console.error(command ? `Unknown command: ${command}\n${USAGE}` : USAGE);
  return 2;
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return 3;
  })
  .then(async (code) => {
    await getDb()
      .$disconnect()
      .catch(() => {});
    process.exit(code);
  });
