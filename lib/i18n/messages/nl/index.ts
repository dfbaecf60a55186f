import type { Messages } from "@/lib/i18n/messages";
import auth from "./auth.json";
import collaboration from "./collaboration.json";
import common from "./common.json";
import errors from "./errors.json";
import home from "./home.json";
import invitations from "./invitations.json";
import member from "./member.json";
import members from "./members.json";
import partnership from "./partnership.json";
import partnerships from "./partnerships.json";
import profile from "./profile.json";
import role from "./role.json";
import validation from "./validation.json";

const messages = { auth, collaboration, common, errors, home, invitations, member, members, partnership, partnerships, profile, role, validation } satisfies Messages;

export default messages;
