import type { ApiErrorBody, ApiErrorCode } from '../api/contract';

/**
 * A failure a service reports to the admin: the code says what kind (bad input, missing, not
 * available here), the message what happened and what to do. Anything else thrown is a bug and is
 * reported as "failed" without internals.
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly problems: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.problems.length ? { problems: this.problems } : {}) };
  }
}
