// The one assertion for an API error: its status, its code, a message, and (for validation errors)
// the field path it names.
import { expect } from 'vitest';

interface ErrorResponse {
  statusCode: number;
  json(): any;
  body?: string;
}

export function expectError(response: ErrorResponse, status: number, code: string, path?: string): void {
  expect(response.statusCode, response.body).toBe(status);
  const { error } = response.json();
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe('string');
  if (path !== undefined) expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
}
