// Dashboard sign-in and sign-out with an http-only session cookie.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { logIn, loginSchema } from '../../domain/auth/log-in.ts';
import { logOut } from '../../domain/auth/log-out.ts';
import { AppError } from '../../errors.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import type { RouteDeps } from '../route-deps.ts';

export async function authRoutes(app: FastifyInstance, { db, config }: RouteDeps): Promise<void> {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  // Per address (config below) and per account: an attacker rotating addresses still gets only this
  // many guesses a minute at one account (the body is not validated yet, hence the defensive read).
  const perAccount = app.rateLimit({
    max: config.rateLimitLoginPerMinute,
    timeWindow: '1 minute',
    keyGenerator: (request) => {
      const email = (request.body as { email?: unknown } | undefined)?.email;
      return typeof email === 'string' ? `login-account:${email.trim().toLowerCase().slice(0, 320)}` : `login-address:${request.ip}`;
    },
  });
  routes.post('/auth/login', {
    schema: { tags: ['auth'], summary: 'Sign in with e-mail and password; sets the session cookie', body: loginSchema },
    config: { rateLimit: { max: config.rateLimitLoginPerMinute, timeWindow: '1 minute' } },
    preHandler: perAccount,
    handler: async (request, reply) => {
      const result = await logIn(db, request.body, { ttlHours: config.sessionTtlHours });
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        path: '/',
        expires: result.expiresAt,
      });
      return { user: result.user, org: result.org };
    },
  });

  routes.post('/auth/logout', {
    schema: { tags: ['auth'], summary: 'Sign out: ends the session on the server and clears the cookie' },
    handler: async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logOut(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  });

  routes.get('/auth/me', {
    schema: { tags: ['auth'], summary: 'The signed-in user and organisation' },
    handler: async (request) => {
      if (request.auth?.via !== 'session') throw new AppError('unauthenticated', 'Not signed in.');
      return { user: request.auth.user, org: request.auth.org };
    },
  });
}
