// Writes the back office's API types (apps/admin/src/api/schema.d.ts) from the OpenAPI document.
//   npm run api:types                          builds the document in-process, without a database:
//                                              Nest's preview mode registers routes and DTOs without
//                                              instantiating providers (TypeORM never connects)
//   … api-types.ts --from doc.json --out x.ts  converts a saved document (used by the CI check)
import '../../../../libs/runtime/src/register-aliases';
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { API_TYPES_FILE, openApiToTypeScript } from '../config/api-types';
import { loadConfig } from '../config/config';
import { buildOpenApiDocument } from '../config/openapi';

async function documentWithoutDatabase(): Promise<OpenAPIObject> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  await app.close();
  return document;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, out: { type: 'string' } } });
  const document = values.from ? (JSON.parse(readFileSync(values.from, 'utf8')) as OpenAPIObject) : await documentWithoutDatabase();
  const out = values.out ?? API_TYPES_FILE;
  writeFileSync(out, await openApiToTypeScript(document));
  if (!values.out) console.log(`${out} written`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
