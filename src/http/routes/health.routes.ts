// Liveness and readiness for load balancers and `npm start` users alike.
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../route-deps.ts';

export async function healthRoutes(app: FastifyInstance, { db }: RouteDeps, dbKind: 'embedded' | 'external'): Promise<void> {
  app.get('/api/health', { schema: { tags: ['health'], summary: 'Service and database health' } }, async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', db: dbKind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', db: dbKind });
    }
  });
}
