/**
 * Typed application errors. Each has an HTTP status and a stable id; the id doubles
 * as the i18n key of the message shown to the reader (`errors.<id>`).
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? id);
    this.name = new.target.name;
  }
}

/** 404: the thing asked for does not exist (or is not public). */
export class NotFoundError extends AppError {
  constructor(what = "page") {
    super(404, "not_found", `${what} not found`);
  }
}

/** 400: the request's parameters do not validate. `fields` maps a field to its message key. */
export class ValidationError extends AppError {
  constructor(readonly fields: { path: string; message: string }[]) {
    super(400, "invalid_request", "invalid request", { fields });
  }
}

/** 403: the policy said no. */
export class ForbiddenError extends AppError {
  constructor() {
    super(403, "forbidden", "forbidden");
  }
}
