import auth from "./auth.json";
import common from "./common.json";
import errors from "./errors.json";
import home from "./home.json";
import invitations from "./invitations.json";
import members from "./members.json";
import partnership from "./partnership.json";
import partnerships from "./partnerships.json";
import validation from "./validation.json";

const messages = { auth, common, errors, home, invitations, members, partnership, partnerships, validation };

export default messages;
