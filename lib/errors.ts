/**
 * An error the user may be told about: `code` picks the message shown (errors.<code> in the
 * messages; `params` fill it in), `field` puts it next to that form field, and `message` is for
 * the logs. Anything else that reaches an entry point is logged and shown as a generic message.
 */
export type AppErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "CONFLICT"
  | "INVALID"
  | "RATE_LIMITED"
  | "INVITE_EXPIRED"
  | "INVITE_REVOKED"
  | "INVITE_USED_UP"
  | "INVITE_PREDATES_REMOVAL"
  | "LAST_FACILITATOR"
  | "EMAIL_TAKEN"
  | "LAST_SIGN_IN_METHOD"
  | "PASSWORDLESS"
  | "UNAVAILABLE"
  | "SESSION_RUNNING"
  | "TIME_ZONE_CHANGED";

type AppErrorOptions = {
  message?: string;
  params?: Record<string, string | number>;
  field?: string;
};

export class AppError extends Error {
  override name = "AppError";
  readonly params: Record<string, string | number>;
  readonly field: string | undefined;

  constructor(
    readonly code: AppErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(options.message ?? code);
    this.params = options.params ?? {};
    this.field = options.field;
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
