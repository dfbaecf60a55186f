import account from "./account.json" with { type: "json" };
import audience from "./audience.json" with { type: "json" };
import auth from "./auth.json" with { type: "json" };
import changes from "./changes.json" with { type: "json" };
import collaboration from "./collaboration.json" with { type: "json" };
import common from "./common.json" with { type: "json" };
import email from "./email.json" with { type: "json" };
import errors from "./errors.json" with { type: "json" };
import exportsMessages from "./exports.json" with { type: "json" };
import home from "./home.json" with { type: "json" };
import invitations from "./invitations.json" with { type: "json" };
import kickoff from "./kickoff.json" with { type: "json" };
import member from "./member.json" with { type: "json" };
import members from "./members.json" with { type: "json" };
import notifications from "./notifications.json" with { type: "json" };
import outbox from "./outbox.json" with { type: "json" };
import partnership from "./partnership.json" with { type: "json" };
import partnerships from "./partnerships.json" with { type: "json" };
import profile from "./profile.json" with { type: "json" };
import role from "./role.json" with { type: "json" };
import sessions from "./sessions.json" with { type: "json" };
import steps from "./steps.json" with { type: "json" };
import validation from "./validation.json" with { type: "json" };

const messages = { account, audience, auth, changes, collaboration, common, email, errors, exports: exportsMessages, home, invitations, kickoff, member, members, notifications, outbox, partnership, partnerships, profile, role, sessions, steps, validation };

export default messages;
