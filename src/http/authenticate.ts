// Resolves who is calling: an ingestion API key (Authorization: Bearer ovk_… or X-API-Key) or a
// dashboard session cookie. Cookie-authenticated writes must carry X-OpenVoC-CSRF: browsers never add
// custom headers to cross-site requests without a CORS preflight, which this server never grants.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { Actor } from '../domain/actor.ts';
import { authenticateApiKey } from '../domain/auth/authenticate-api-key.ts';
import { authenticateSession } from '../domain/auth/authenticate-session.ts';
import type { SignedInUser } from '../domain/auth/signed-in-user.ts';
import { AppError } from '../errors.ts';

export const SESSION_COOKIE = 'openvoc_session';
export const CSRF_HEADER = 'x-openvoc-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type Authenticated = { actor: Actor; via: 'api_key' } | ({ actor: Actor; via: 'session' } & SignedInUser);

declare module 'fastify' {
  interface FastifyRequest {
    auth?: Authenticated;
  }
}

export function authenticationHook(db: pg.Pool, options: { ttlHours: number }) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const apiKey = bearerToken(request) ?? headerValue(request, 'x-api-key');
    if (apiKey !== undefined) {
      const actor = await authenticateApiKey(db, apiKey);
      if (!actor) throw new AppError('invalid_api_key', 'The API key is not valid or has been revoked.');
      request.auth = { actor, via: 'api_key' };
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await authenticateSession(db, token, options);
    if (!session) return;
    if (!SAFE_METHODS.has(request.method) && headerValue(request, CSRF_HEADER) === undefined) {
      throw new AppError('csrf_check_failed', `Requests made with the session cookie must send the ${CSRF_HEADER} header.`);
    }
    request.auth = { ...session, via: 'session' };
  };
}

/** The caller, or a 401: every /api/v1 route except login starts with this. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.auth) throw new AppError('unauthenticated', 'Sign in, or send an API key.');
  return request.auth.actor;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = headerValue(request, 'authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
