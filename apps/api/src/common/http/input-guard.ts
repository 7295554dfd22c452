// What every request must be before any route sees it: valid UTF-8, no NUL character (PostgreSQL's
// text types cannot hold one), JSON no deeper than MAX_JSON_DEPTH (deep nesting costs recursion in
// every layer that walks it). Bodies and list parameters (`filter`, `sort`, `range`) go through the
// same checks, so a hostile input answers 400 naming the field instead of 500 from the driver.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError } from '../errors/domain-errors';

export const MAX_JSON_DEPTH = 32;

export const INVALID_UTF8 = 'Corps de requête JSON invalide (UTF-8 attendu)';
export const NUL_MESSAGE = 'caractère nul interdit';
export const DEPTH_MESSAGE = `profondeur JSON maximale dépassée (${MAX_JSON_DEPTH})`;

/** An error carrying the HTTP answer, for the places (Fastify hooks and parsers) the filter does not see. */
export class InputRejected extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Nesting depth of JSON text, strings skipped, without parsing it; stops at `max + 1`. */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

function pathOf(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  return prefix ? `${prefix}.${key}` : key;
}

/** The path of the first string (value or key) holding a NUL character, or null. */
export function findNul(value: unknown, prefix = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? prefix || 'body' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], pathOf(prefix, i));
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return pathOf(prefix, k.replace(/\u0000/g, '\\u0000'));
      const found = findNul(v, pathOf(prefix, k));
      if (found) return found;
    }
  }
  return null;
}

/** Parses a JSON parameter or body text with the depth and NUL checks; errors name `field`. */
export function parseGuardedJson(text: string, field: string): { ok: true; value: unknown } | { ok: false; error: FieldError } {
  if (jsonDepthExceeds(text)) return { ok: false, error: { field, message: DEPTH_MESSAGE } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { field, message: 'doit être du JSON valide' } };
  }
  const nul = findNul(value, field);
  if (nul) return { ok: false, error: { field: nul, message: NUL_MESSAGE } };
  return { ok: true, value };
}

/** Bytes of a query string with its %XX escapes decoded (`+` is a space). */
function queryBytes(query: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < query.length; i++) {
    const c = query.charCodeAt(i);
    if (c === 37 && /^[0-9a-fA-F]{2}$/.test(query.slice(i + 1, i + 3))) {
      out.push(parseInt(query.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === 43) out.push(32);
    else out.push(...Buffer.from(query[i], 'utf8'));
  }
  return Buffer.from(out);
}

/** Registers the JSON body parser and the query string check on the Fastify instance. */
export function registerInputGuard(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (_req: FastifyRequest, raw: Buffer, done) => {
    const text = decodeUtf8(raw);
    if (text === null) return done(new InputRejected(400, INVALID_UTF8), undefined);
    // Bodyless POSTs (launch, logout…) carry the JSON content type too (see csrf.ts): no body, no value.
    if (text.trim() === '') return done(null, undefined);
    const parsed = parseGuardedJson(text, '');
    if (!parsed.ok) {
      const { field, message } = parsed.error;
      if (message === 'doit être du JSON valide') return done(new InputRejected(400, 'Corps de requête JSON invalide'), undefined);
      return done(new InputRejected(400, message === DEPTH_MESSAGE ? `Corps de requête refusé : ${DEPTH_MESSAGE}` : 'Données invalides', [{ field: field || 'body', message }]), undefined);
    }
    done(null, parsed.value);
  });

  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const at = request.url.indexOf('?');
    if (at < 0) return;
    const text = decodeUtf8(queryBytes(request.url.slice(at + 1)));
    if (text === null) return rejectReply(reply, new InputRejected(400, 'Paramètres invalides (UTF-8 attendu)'));
    if (text.includes('\u0000')) return rejectReply(reply, new InputRejected(400, 'Données invalides', [{ field: 'query', message: NUL_MESSAGE }]));
  });
}

function rejectReply(reply: FastifyReply, e: InputRejected): FastifyReply {
  return reply.code(e.statusCode).send({ statusCode: e.statusCode, message: e.message, ...(e.errors.length ? { errors: e.errors } : {}) });
}

/** For the exception filter: the answer of an `InputRejected`, or null. */
export function inputRejectedBody(e: unknown): { statusCode: number; message: string; errors?: FieldError[] } | null {
  if (!(e instanceof InputRejected)) return null;
  return { statusCode: e.statusCode, message: e.message, ...(e.errors.length ? { errors: e.errors } : {}) };
}
