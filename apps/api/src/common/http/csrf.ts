// Cross-site request forgery: a state-changing request must come from the back office itself.
// - `Sec-Fetch-Site: cross-site` (sent by every current browser) is refused;
// - an `Origin` that is neither the API's own origin nor a configured back office (ADMIN_ORIGIN) is refused;
// - the body type must be `application/json`, bodyless requests included: a cross-site HTML form can
//   only send urlencoded, multipart or text/plain, and JSON from another site needs a CORS preflight
//   that the API answers only for ADMIN_ORIGIN. The raw uploads listed at registration (a partner file
//   as application/octet-stream on its one route) are the exception: not a type a form can send either,
//   and a cross-site fetch of it needs the same preflight. The queue dashboard's own API (bull-board,
//   admins only) sends its retry/remove/clean writes without a body or a type: bodyless writes under
//   its prefix pass, still behind the two origin checks above (PUT and DELETE need a CORS preflight).
// The SameSite=Lax session cookie stays as a further layer, not the only one.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function ownOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Why the request is refused as cross-site, or null. */
export function crossSiteReason(request: FastifyRequest, allowedOrigins: readonly string[]): string | null {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site') return 'Requête refusée : elle vient d’un autre site';
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== ownOrigin(request) && !allowedOrigins.includes(origin)) {
    return 'Requête refusée : origine non autorisée';
  }
  return null;
}

export interface RawUploadRoute {
  method: string;
  path: string;
  contentType: string;
}

export function registerCsrfGuard(
  fastify: FastifyInstance,
  allowedOrigins: readonly string[],
  rawUploads: readonly RawUploadRoute[] = [],
  bodylessPrefixes: readonly string[] = [],
): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const reason = crossSiteReason(request, allowedOrigins);
    if (reason) return reply.code(403).send({ statusCode: 403, message: reason });
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const path = request.url.split('?')[0];
    if (rawUploads.some((r) => r.method === request.method && r.path === path && r.contentType === type)) return;
    const bodyless = type === '' && !request.headers['transfer-encoding'] && Number(request.headers['content-length'] ?? 0) === 0;
    if (bodyless && request.method !== 'POST' && bodylessPrefixes.some((p) => path.startsWith(p))) return;
    if (type !== 'application/json') {
      return reply.code(415).send({ statusCode: 415, message: 'Type de contenu non pris en charge (Content-Type: application/json attendu, même sans corps)' });
    }
  });
}
