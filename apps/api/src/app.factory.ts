import '../../../libs/runtime/src/register-aliases';
import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { registerInputGuard } from './common/http/input-guard';
import { ZodBodyPipe } from './common/http/validation';
import type { AppConfig } from './config/config';
import { ensureDatabase } from './config/database';
import { setupOpenApi } from './config/openapi';

/** Builds the configured application (used by main.ts and by the integration tests). */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  if (config.createDatabaseIfMissing) await ensureDatabase(config.databaseUrl);
  const bodyLimit = 1024 * 1024;
  const adapter = new FastifyAdapter({ trustProxy: config.trustProxy, bodyLimit });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    abortOnError: false,
    // The JSON parser is ours (common/http/input-guard.ts): UTF-8, NUL and depth checks.
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  await app.register(fastifyCookie);
  registerInputGuard(app.getHttpAdapter().getInstance(), bodyLimit);
  // Writes carry JSON only: a cross-site HTML form (urlencoded, multipart, text/plain) is refused
  // before any parsing, on top of the SameSite=Lax session cookie.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      const hasBody = request.headers['content-length'] !== undefined ? request.headers['content-length'] !== '0' : !!request.headers['transfer-encoding'];
      if (!hasBody || request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/json') {
        await reply.code(415).send({ statusCode: 415, message: 'Type de contenu non pris en charge (JSON attendu)' });
      }
    });
  app.setGlobalPrefix('api');
  app.enableCors({
    origin: config.adminOrigins,
    credentials: true,
    exposedHeaders: ['Content-Range'],
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
  });
  app.useGlobalPipes(new ZodBodyPipe());
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
