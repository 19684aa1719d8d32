// Domain code signals failures with a code, never an HTTP status: the HTTP layer owns the mapping
// (one table below), so use cases stay usable from the CLI and from jobs.

export const errorStatus = {
  validation_failed: 400,
  invalid_cursor: 400,
  channel_unknown: 400,
  touchpoint_not_found: 400,
  batch_too_large: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  invalid_api_key: 401,
  invalid_signature: 401,
  csrf_check_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  channel_exists: 409,
  channel_in_use: 409,
  touchpoint_in_use: 409,
  last_owner: 409,
  request_replayed: 409,
  survey_closed: 409,
  already_answered: 409,
  survey_not_deliverable: 409,
  case_transition_invalid: 409,
  feedback_in_other_case: 409,
  case_customer_mismatch: 409,
  team_in_use: 409,
  reply_not_deliverable: 409,
  summary_not_deliverable: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return errorStatus[code];
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
