import type { Messages } from "@/lib/i18n/messages";
import account from "./account.json";
import audience from "./audience.json";
import auth from "./auth.json";
import collaboration from "./collaboration.json";
import common from "./common.json";
import email from "./email.json";
import errors from "./errors.json";
import exportsMessages from "./exports.json";
import home from "./home.json";
import invitations from "./invitations.json";
import kickoff from "./kickoff.json";
import member from "./member.json";
import members from "./members.json";
import notifications from "./notifications.json";
import outbox from "./outbox.json";
import partnership from "./partnership.json";
import partnerships from "./partnerships.json";
import profile from "./profile.json";
import role from "./role.json";
import validation from "./validation.json";

const messages = { account, audience, auth, collaboration, common, email, errors, exports: exportsMessages, home, invitations, kickoff, member, members, notifications, outbox, partnership, partnerships, profile, role, validation } satisfies Messages;

export default messages;
