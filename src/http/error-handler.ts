// The one place where failures become HTTP responses: AppError codes map to status through the table
// in errors.ts; framework errors get codes too; anything unexpected is a 500 that leaks nothing.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, httpStatusOf, isAppError, type ErrorCode } from '../errors.ts';
import { formatPath } from '../domain/parse-input.ts';

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

export function handleError(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = toAppError(error);
  if (known) {
    return reply.status(httpStatusOf(known.code)).send(errorBody(known.code, known.message, known.details));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(errorBody('internal_error', 'Something went wrong on our side. The error has been logged.'));
}

// The multipart parser (busboy) reports a truncated or malformed upload with plain errors that carry
// no code, only these messages: the client's broken body, to be answered 400 rather than 500.
const MALFORMED_MULTIPART = /^(Unexpected end of multipart data|Multipart: Boundary not found|\w+ terminated early due to unexpected end of multipart data)$/;

function toAppError(error: FastifyError | AppError | Error): AppError | undefined {
  if (isAppError(error)) return error;
  if (MALFORMED_MULTIPART.test(error.message)) return new AppError('validation_failed', 'The upload is malformed or was cut short; send the whole multipart/form-data body again.');
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const problems = fastifyError.validation.map((issue) => ({
      path: formatPath([fastifyError.validationContext ?? 'input', ...issue.instancePath.split('/').filter(Boolean)]),
      message: issue.message ?? 'is not valid',
    }));
    return new AppError('validation_failed', `${problems[0]?.path}: ${problems[0]?.message}`, problems);
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type', 'Send JSON with content-type: application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('validation_failed', 'The request body is empty; send a JSON object.');
  }
  if (fastifyError.statusCode === 429) return new AppError('rate_limited', 'Too many requests; slow down and retry shortly.');
  if (fastifyError.statusCode === 400 && error instanceof SyntaxError) {
    return new AppError('validation_failed', `The request body is not valid JSON: ${error.message}`);
  }
  if (fastifyError.statusCode !== undefined && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('validation_failed', fastifyError.message);
  }
  return undefined;
}
