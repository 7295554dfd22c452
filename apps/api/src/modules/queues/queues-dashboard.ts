// The operators' view of the job queues: bull-board (the maintained BullMQ dashboard) mounted under
// /api/admin/queues — waiting, active, delayed, failed, completed jobs of every queue, with retry and
// remove — for admins only, through the same session cookie as the back office.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QUEUE_NAMES } from '@recours/jobs';
import { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import IORedis from 'ioredis';
import { SESSION_COOKIE } from '../../common/auth/decorators';
import { SessionService } from '../../common/auth/session.service';
import type { AppConfig } from '../../config/config';

export const QUEUES_DASHBOARD_PATH = '/api/admin/queues';

export async function registerQueuesDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const sessions = app.get(SessionService);
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUES_DASHBOARD_PATH);
  const board = createBullBoard({
    queues: [],
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Recours — files de traitement', locale: { lng: 'fr-FR' }, hideDocsLink: true } },
  });
  // The queues and their Redis connection are opened on an admin's first visit: the API starts,
  // answers and stops without Redis (the dashboard shows the error, /api/health reports Redis down).
  let opened: { connection: IORedis; queues: Queue[] } | undefined;
  const open = () => {
    if (opened) return;
    const connection = new IORedis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    connection.on('error', () => undefined);
    const queues = QUEUE_NAMES.map((name) => new Queue(name, { connection, prefix: config.queuePrefix }));
    for (const q of queues) q.on('error', () => undefined);
    board.setQueues(queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false, allowRetries: true })));
    opened = { connection, queues };
  };

  const adminOnly = async (request: FastifyRequest, reply: FastifyReply) => {
    const token = request.cookies?.[SESSION_COOKIE];
    const actor = token ? await sessions.resolve(token) : undefined;
    if (!actor) return reply.code(401).send({ statusCode: 401, message: 'Authentification requise' });
    if (actor.role !== 'admin') return reply.code(403).send({ statusCode: 403, message: 'Accès refusé' });
    open();
  };
  await app.register(
    async (scope: FastifyInstance) => {
      scope.addHook('onRequest', adminOnly);
      await scope.register(serverAdapter.registerPlugin());
      scope.addHook('onClose', async () => {
        if (!opened) return;
        await Promise.all(opened.queues.map((q) => q.close()));
        opened.connection.disconnect();
      });
    },
    { prefix: QUEUES_DASHBOARD_PATH },
  );
}
