import '../../../libs/runtime/src/register-aliases';
import 'reflect-metadata';
import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { registerContentRange } from './common/http/content-range';
import { registerCsrfGuard } from './common/http/csrf';
import { registerInputGuard } from './common/http/input-guard';
import { registerSecurityHeaders } from './common/http/security-headers';
import { ZodBodyPipe } from './common/http/validation';
import type { AppConfig } from './config/config';
import { ensureDatabase } from './config/database';
import { setupOpenApi } from './config/openapi';
import { refuseDemoAccounts } from './config/production-checks';
import { UPLOAD_CONTENT_TYPE, UPLOAD_PATH } from './modules/imports/upload';
import { QUEUES_DASHBOARD_PATH, registerQueuesDashboard } from './modules/queues/queues-dashboard';

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
  // The partner file upload is the one raw body (see csrf.ts): streamed as is to the imports service.
  app.getHttpAdapter().getInstance().addContentTypeParser(UPLOAD_CONTENT_TYPE, (_request, payload, done) => done(null, payload));
  registerCsrfGuard(app.getHttpAdapter().getInstance(), config.adminOrigins, [{ method: 'POST', path: UPLOAD_PATH, contentType: UPLOAD_CONTENT_TYPE }], [`${QUEUES_DASHBOARD_PATH}/api/`]);
  await registerSecurityHeaders(app, config.nodeEnv === 'production');
  registerContentRange(app.getHttpAdapter().getInstance());
  app.setGlobalPrefix('api');
  await registerQueuesDashboard(app, config);
  app.enableCors({
    origin: config.adminOrigins,
    credentials: true,
    exposedHeaders: ['Content-Range'],
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
  });
  app.useGlobalPipes(new ZodBodyPipe());
  app.enableShutdownHooks();
  if (config.openApiEnabled) setupOpenApi(app);
  if (config.nodeEnv === 'production') {
    await refuseDemoAccounts(app.get(DataSource)).catch(async (err: unknown) => {
      await app.close();
      throw err;
    });
  }
  return app;
}
