import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { SESSION_COOKIE } from '../common/auth/decorators';
import { documentErrors } from './openapi-errors';

/** The API's OpenAPI document: request bodies and responses from the zod schemas of the DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Recours API')
    .setDescription(
      'API du CRM Recours. Listes au format react-admin (ra-data-simple-rest) : ' +
        '`sort=["champ","ASC"]`, `range=[0,24]` (100 au plus), `filter={...}` ; total dans `Content-Range`. ' +
        'Un identifiant hors de votre périmètre répond 404 comme un identifiant inexistant.',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE)
    .build();
  return documentErrors(cleanupOpenApiDoc(SwaggerModule.createDocument(app, config)));
}

/**
 * OpenAPI JSON at /api/docs-json; Swagger UI at /api/docs, served from swagger-ui-dist directly
 * (Nest's built-in UI would pull in @fastify/static).
 */
export function setupOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    ui: false,
    raw: ['json'],
    jsonDocumentUrl: 'api/docs-json',
  });

  const dist = path.dirname(require.resolve('swagger-ui-dist/package.json'));
  const assets: Record<string, string> = {
    'swagger-ui.css': 'text/css',
    'swagger-ui-bundle.js': 'application/javascript',
    'swagger-ui-standalone-preset.js': 'application/javascript',
  };
  // No inline script: the Content-Security-Policy allows scripts from the API itself only.
  const init = `window.ui = SwaggerUIBundle({ url: '/api/docs-json', dom_id: '#ui', withCredentials: true });\n`;
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Recours API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/swagger-init.js"></script></body></html>`;
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/api/docs', (_req, reply) => reply.type('text/html; charset=utf-8').send(html));
  fastify.get<{ Params: { file: string } }>('/api/docs/:file', (req, reply) => {
    if (req.params.file === 'swagger-init.js') return reply.type('application/javascript').send(init);
    const type = assets[req.params.file];
    if (!type) return reply.code(404).send({ statusCode: 404, message: 'Introuvable' });
    return reply.type(type).header('Cache-Control', 'public, max-age=86400').send(readFileSync(path.join(dist, req.params.file)));
  });
}
