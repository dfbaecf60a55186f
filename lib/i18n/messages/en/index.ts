import account from "./account.json";
import auth from "./auth.json";
import collaboration from "./collaboration.json";
import common from "./common.json";
import errors from "./errors.json";
import exportsMessages from "./exports.json";
import home from "./home.json";
import kickoff from "./kickoff.json";
import partnership from "./partnership.json";
import validation from "./validation.json";

const messages = { account, auth, collaboration, common, errors, exports: exportsMessages, home, kickoff, partnership, validation };

export default messages;
