// Errors the product itself raises: thrown by lib/queries or lib/domain, mapped to HTTP statuses by
// the one request wrapper (lib/http). Pure: no Next, no Prisma.

/** The thing asked for does not exist for this caller (another organisation's records included). */
export class NotFoundError extends Error {
  constructor(
    message = "Not found.",
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The request clashes with what is stored (a taken name, a stale state). */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** Input that passed its schema but cannot be acted on (an empty pool, a budget no creator fits). */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "InvalidInputError";
  }
}

/**
 * Input of the right shape whose content cannot be used (an unreadable or empty file, an upload out of
 * order): 422. `tooLarge` makes it a 413 (a file over the upload limit).
 */
export class UnprocessableError extends Error {
  readonly tooLarge: boolean = false;
  constructor(
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UnprocessableError";
  }
}

/** The caller may see the record but not do this to it (e.g. delete a list someone else created): 403. */
export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Too many requests from one caller (a share link's client decisions over its limit): 429. */
export class TooManyRequestsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TooManyRequestsError";
  }
}
