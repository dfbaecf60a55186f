import auth from "./auth.json";
import collaboration from "./collaboration.json";
import common from "./common.json";
import errors from "./errors.json";
import home from "./home.json";
import partnership from "./partnership.json";
import validation from "./validation.json";

const messages = { auth, collaboration, common, errors, home, partnership, validation };

export default messages;
