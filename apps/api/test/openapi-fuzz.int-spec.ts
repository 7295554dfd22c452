// Schema-driven fuzz run: requests generated from the OpenAPI document with fast-check (path ids of
// real records and random ones, query parameters and bodies from their schemas, valid and not),
// sent as signed-in users, every response checked against the document with ajv. Bounded in time,
// with a fixed seed printed at the start: `OPENAPI_FUZZ_SEED=… OPENAPI_FUZZ_SECONDS=…` replays or
// lengthens a run. Expects 0 server errors and 0 responses that contradict the document.
import { writeFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc, { type Arbitrary } from 'fast-check';
import { arbitraryOf, type Schema } from './openapi/schema-arbitrary';
import { startTestApp, type Response, type TestContext } from './test-app';

const SEED = Number(process.env.OPENAPI_FUZZ_SEED ?? 20261205);
const SECONDS = Number(process.env.OPENAPI_FUZZ_SECONDS ?? 30);
const METHODS = ['get', 'post', 'put', 'delete'] as const;
/** Routes the run leaves alone: signing out ends the session the run works with (it signs in again
 *  after any 401 anyway); the document itself is not an API route. */
const SKIPPED = new Set(['POST /api/auth/logout']);

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
  content?: Record<string, { schema: Schema }>;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { required?: boolean; contentType: string; schema: Schema };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface FuzzRequest {
  op: Operation;
  who: Who;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}
type Who = 'sw' | 'manager' | 'admin';
const ACTORS: readonly Who[] = ['sw', 'manager', 'admin'];

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

describe('schema-driven fuzz run from the OpenAPI document', () => {
  let t: TestContext;
  let doc: { paths: Record<string, Record<string, Omit<Operation, 'method' | 'path' | 'body'> & { requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> } }>>; components: { schemas: Record<string, Schema> } };
  const cookies = {} as Record<Who, string>;
  const ids = new Set<string>();

  beforeAll(async () => {
    t = await startTestApp();
    doc = (await t.request('GET', '/api/docs-json')).body;
    for (const who of ACTORS) cookies[who] = await t.login(t.fx.users[who].email);
    const fx = t.fx as unknown as Record<string, unknown>;
    for (const v of Object.values(fx)) if (typeof v === 'string') ids.add(v);
    for (const u of Object.values(t.fx.users)) ids.add(u.id);
  });
  afterAll(() => t.close());

  it(`finds no server error and no response that contradicts the document (seed ${SEED}, ${SECONDS} s)`, async () => {
    console.log(`openapi fuzz: seed ${SEED}, ${SECONDS} s (OPENAPI_FUZZ_SEED / OPENAPI_FUZZ_SECONDS to change)`);
    const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
    addFormats(ajv);
    ajv.addFormat('binary', true);
    ajv.addSchema(doc, 'doc');
    const validators = new Map<string, ReturnType<typeof ajv.getSchema>>();
    const validatorOf = (path: string, method: string, status: string) => {
      const key = `${method} ${path} ${status}`;
      if (!validators.has(key)) validators.set(key, ajv.compile({ $ref: `doc#/${pointer('paths', path, method, 'responses', status, 'content', 'application/json', 'schema')}` }));
      return validators.get(key)!;
    };

    const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m] && !SKIPPED.has(`${m.toUpperCase()} ${path}`)).map((method) => {
        const op = item[method];
        const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
        return {
          method,
          path,
          parameters: op.parameters ?? [],
          body: contentType ? { required: op.requestBody!.required, contentType, schema: media.schema } : undefined,
          responses: op.responses,
        };
      }),
    );
    expect(operations.length).toBeGreaterThan(80);

    const resolve = (ref: string) => doc.components.schemas[ref.replace('#/components/schemas/', '')];
    const valid = { resolve, ids: () => [...ids], invalid: 0 };
    const fuzzy = { ...valid, invalid: 0.08 };
    const encode = (value: string) => {
      try {
        return encodeURIComponent(value);
      } catch {
        return encodeURIComponent(value.replace(/[\ud800-\udfff]/g, '?')); // lone surrogates: not a URL
      }
    };

    const requestOf = (op: Operation): Arbitrary<FuzzRequest> => {
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      const pathArb = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, fc.oneof({ arbitrary: arbitraryOf(p.schema ?? { type: 'string', format: 'uuid' }, valid) as Arbitrary<string>, weight: 9 }, { arbitrary: fc.string({ maxLength: 40 }), weight: 1 })])));
      const queryArb = fc.record(
        Object.fromEntries(
          op.parameters
            .filter((p) => p.in === 'query' || p.in === 'header')
            .map((p) => {
              const json = p.content?.['application/json'];
              const value = json
                ? fc.oneof({ arbitrary: arbitraryOf(json.schema, fuzzy).map((v) => JSON.stringify(v)), weight: 9 }, { arbitrary: fc.string({ maxLength: 30 }), weight: 1 })
                : arbitraryOf(p.schema ?? { type: 'string' }, fuzzy).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
              return [`${p.in}:${p.name}`, value];
            }),
        ),
        { requiredKeys: op.parameters.filter((p) => p.required && p.in !== 'path').map((p) => `${p.in}:${p.name}`) },
      );
      const bodyArb: Arbitrary<unknown> = !op.body
        ? fc.constant(undefined)
        : op.body.contentType === 'application/json'
          ? arbitraryOf(op.body.schema, fuzzy)
          : fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b));
      return fc.record({ who: fc.constantFrom<Who>('sw', 'sw', 'manager', 'admin'), path: pathArb, query: queryArb, body: bodyArb }).map(({ who, path, query, body }) => {
        // The run's own accounts stay usable: changing or deleting them would end the run, not test more.
        const own = op.path.startsWith('/api/users/') && op.method !== 'get' ? new Set(ACTORS.map((w) => t.fx.users[w].id)) : new Set<string>();
        const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(own.has(String(path[name])) ? '00000000-0000-4000-8000-000000000000' : String(path[name])));
        const qs = Object.entries(query)
          .filter(([k]) => k.startsWith('query:'))
          .map(([k, v]) => `${encodeURIComponent(k.slice(6))}=${encode(String(v))}`)
          .join('&');
        const headers = Object.fromEntries(Object.entries(query).filter(([k]) => k.startsWith('header:')).map(([k, v]) => [k.slice(7).toLowerCase(), String(v).replace(/[^\x20-\x7e]/g, '')]));
        if (op.body && op.body.contentType !== 'application/json') headers['content-type'] = op.body.contentType;
        return { op, who, url: qs ? `${url}?${qs}` : url, headers, body };
      });
    };
    const anyRequest = fc.constantFrom(...operations).chain(requestOf);

    const failures: string[] = [];
    const statuses = new Map<string, number>();
    let sent = 0;
    const check = (req: FuzzRequest, res: Response) => {
      const { op } = req;
      const where = `${op.method.toUpperCase()} ${req.url} as ${req.who}${req.body !== undefined ? ` body ${JSON.stringify(req.body)?.slice(0, 300)}` : ''}`;
      const status = String(res.statusCode);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (res.statusCode >= 500) return failures.push(`${status} server error: ${where} → ${JSON.stringify(res.body)?.slice(0, 200)}`);
      const declared = op.responses[status];
      if (!declared) return failures.push(`${status} not in the document (${Object.keys(op.responses).join(', ')}): ${where} → ${JSON.stringify(res.body)?.slice(0, 200)}`);
      const type = String(res.headers['content-type'] ?? '');
      if (declared.content?.['application/json'] && res.raw.length > 0) {
        if (!type.startsWith('application/json')) return failures.push(`${status} answered ${type}, document says application/json: ${where}`);
        const validate = validatorOf(op.path, op.method, status)!;
        if (!validate(res.body)) {
          return failures.push(`${status} body contradicts the document at ${validate.errors![0].instancePath} (${validate.errors![0].message}): ${where} → ${JSON.stringify(res.body)?.slice(0, 300)}`);
        }
      } else if (declared.content && res.raw.length > 0 && !Object.keys(declared.content).some((c) => type.startsWith(c))) {
        return failures.push(`${status} answered ${type}, document says ${Object.keys(declared.content).join(' or ')}: ${where}`);
      }
      return undefined;
    };
    const collectIds = (body: unknown) => {
      for (const record of Array.isArray(body) ? body : [body]) {
        const id = (record as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && ids.size < 500) ids.add(id);
      }
    };

    await fc.assert(
      fc.asyncProperty(anyRequest, async (req) => {
        const res = await t.request(req.op.method.toUpperCase(), req.url, { cookie: cookies[req.who], body: req.body, headers: req.headers });
        sent++;
        check(req, res);
        if (res.statusCode < 300) collectIds(res.body);
        // A deleted or deactivated account, or an expired session: sign in again and go on.
        if (res.statusCode === 401 && !req.op.path.startsWith('/api/auth/')) cookies[req.who] = await t.login(t.fx.users[req.who].email).catch(() => cookies[req.who]);
      }),
      { seed: SEED, numRuns: 1_000_000, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false, endOnFailure: true },
    );

    const summary = [...statuses].sort().map(([s, n]) => `${s}: ${n}`).join(', ');
    console.log(`openapi fuzz: ${sent} requests over ${operations.length} operations (${summary}); ${failures.length} failures`);
    // Every failure (the assertion below shows 40) to a file, to sort them by route.
    if (process.env.OPENAPI_FUZZ_FAILURES) writeFileSync(process.env.OPENAPI_FUZZ_FAILURES, failures.join('\n'));
    expect(sent).toBeGreaterThan(300);
    expect([...new Set(failures)].slice(0, 40)).toEqual([]);
  }, (SECONDS + 60) * 1000);
});
