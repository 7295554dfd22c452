export interface FieldError {
  field: string;
  message: string;
}

/** Errors thrown by services; the exception filter maps them to HTTP statuses. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  constructor(
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Missing *or* outside the caller's scope: the two must be indistinguishable. */
export class NotFoundError extends DomainError {
  readonly status = 404;
  constructor(errors: FieldError[] = []) {
    super('Introuvable ou accès refusé', errors);
  }
}

export class ValidationFailedError extends DomainError {
  readonly status = 400;
  constructor(errors: FieldError[]) {
    super('Données invalides', errors);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  constructor(
    message: string,
    errors: FieldError[] = [],
    /** Extra top-level fields of the answer, e.g. `currentStatus` for an invalid transition. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message, errors);
  }
}

export class UnprocessableError extends DomainError {
  readonly status = 422;
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  constructor(message = 'Accès refusé') {
    super(message);
  }
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
  constructor(message = 'Authentification requise') {
    super(message);
  }
}

/** A service the request needs (the mail server) refused: nothing was changed, try again later. */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
}
