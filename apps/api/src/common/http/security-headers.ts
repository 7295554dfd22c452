// Security headers of every API answer (helmet) and `Cache-Control: no-store`: answers carry
// personal data, which no browser or proxy cache may keep (CNIL, ASVS V8.2.1).
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';

/** The API serves JSON and the Swagger UI (scripts and styles from itself only). */
export const API_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export async function registerSecurityHeaders(app: NestFastifyApplication, production: boolean): Promise<void> {
  // One helmet middleware built at start-up (@fastify/helmet rebuilt it, CSP parsing included, on every
  // request: 2 % of the API's CPU under bench/lists-at-scale.bench.ts); the headers are the same.
  const applyHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    // HSTS only where the API is reached over HTTPS (production, behind the TLS proxy).
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) => {
    applyHeaders(request.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined));
  });
  fastify.addHook('onSend', async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
