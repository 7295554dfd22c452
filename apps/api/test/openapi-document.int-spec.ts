// The OpenAPI document tells the truth about what the API takes and answers: typed properties, the
// 400 of every route that reads input, the error body, and list parameters described as the JSON they
// are. The schema-driven fuzz run (openapi-fuzz.int-spec.ts) relies on all of this.
import { startTestApp, type TestContext } from './test-app';

type Schema = Record<string, unknown>;
interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema; content?: Record<string, { schema: Schema; example?: unknown }> }[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

const METHODS = ['get', 'post', 'put', 'delete'] as const;

function operations(doc: { paths: Record<string, Record<string, Operation>> }): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m): [string, Operation] => [`${m.toUpperCase()} ${path}`, item[m]]),
  );
}

/** Every property schema in the document, with where it is. */
function properties(node: unknown, where: string, out: [string, Schema][] = []): [string, Schema][] {
  if (!node || typeof node !== 'object') return out;
  const schema = node as Schema;
  if (schema.properties && typeof schema.properties === 'object') {
    for (const [name, prop] of Object.entries(schema.properties as Record<string, Schema>)) out.push([`${where}.${name}`, prop]);
  }
  for (const [key, child] of Object.entries(schema)) properties(child, `${where}/${key}`, out);
  return out;
}

describe('OpenAPI document', () => {
  let t: TestContext;
  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.request('GET', '/api/docs-json');
    expect(res.statusCode).toBe(200);
    doc = res.body;
  });
  afterAll(() => t.close());

  it('gives every property a real type: no untyped or empty nullable objects', () => {
    const untyped = properties(doc, '#')
      .filter(([, p]) => !p.readOnly) // read-only fields react-admin sends back: accepted and dropped
      .filter(([, p]) => {
        const typed = p.type || p.$ref || p.anyOf || p.oneOf || p.allOf || p.enum;
        const emptyObject = p.type === 'object' && !p.properties && !p.additionalProperties;
        return !typed || emptyObject;
      })
      .map(([where, p]) => `${where}: ${JSON.stringify(p)}`);
    expect(untyped).toEqual([]);
    // The 79 properties once declared `object, nullable` held strings and numbers: spot-check some.
    const household = doc.components.schemas.HouseholdDetailDto as { properties: Record<string, Schema> };
    expect(household.properties.monthlyRentCents).toMatchObject({ type: 'integer', nullable: true });
    expect(household.properties.referentId).toMatchObject({ type: 'string', nullable: true });
  });

  it('declares a 400 with the refused fields on every route that takes a body or query parameters', () => {
    const missing = operations(doc)
      .filter(([, op]) => op.requestBody || (op.parameters ?? []).some((p) => p.in === 'query'))
      .filter(([, op]) => op.responses['400']?.content?.['application/json']?.schema.$ref !== '#/components/schemas/ErrorDto')
      .map(([name]) => name);
    expect(missing).toEqual([]);
    expect(doc.components.schemas.ErrorDto).toMatchObject({
      required: ['statusCode', 'message'],
      properties: { errors: { type: 'array', items: { required: ['field', 'message'] } } },
    });
  });

  it('describes the body of every error response', () => {
    const bare = operations(doc).flatMap(([name, op]) =>
      Object.entries(op.responses)
        .filter(([status, r]) => Number(status) >= 400 && !r.content)
        .map(([status]) => `${name} ${status}`),
    );
    expect(bare).toEqual([]);
  });

  it('describes filter, sort and range of every list as JSON with their shape', async () => {
    const lists = operations(doc).filter(([, op]) => (op.parameters ?? []).some((p) => p.name === 'range'));
    expect(lists.length).toBeGreaterThanOrEqual(15);
    const cookie = await t.login(t.fx.users.manager.email);
    for (const [name, op] of lists) {
      const param = (n: string) => op.parameters!.find((p) => p.name === n && p.in === 'query');
      const range = param('range')!.content!['application/json'].schema;
      expect({ name, range }).toEqual({ name, range: expect.objectContaining({ type: 'array', minItems: 2, maxItems: 2, items: expect.objectContaining({ type: 'integer', minimum: 0 }) }) });
      const filterRef = param('filter')?.content?.['application/json'].schema.$ref as string;
      expect({ name, filterRef }).toEqual({ name, filterRef: expect.stringMatching(/^#\/components\/schemas\/\w+ListFilter$/) });
      const filter = doc.components.schemas[filterRef.split('/').pop()!];
      expect({ name, filter }).toEqual({ name, filter: expect.objectContaining({ type: 'object', additionalProperties: false }) });
      const sort = param('sort')?.content?.['application/json'];
      if (sort) {
        expect(sort.schema).toMatchObject({ type: 'array', minItems: 2, maxItems: 2 });
        // The documented default sort and example filter are accepted by the API itself.
        const path = name.split(' ')[1];
        if (!path.includes('{') && !param('filter')!.required) {
          const query = `?sort=${encodeURIComponent(JSON.stringify(sort.example))}&range=[0,4]`;
          const res = await t.request('GET', `${path}${query}`, { cookie });
          expect({ name, status: res.statusCode === 403 ? 200 : res.statusCode }).toEqual({ name, status: 200 });
        }
      }
    }
  });

  it('documents the filter fields that the API accepts, and no other', async () => {
    const cookie = await t.login(t.fx.users.sw.email);
    const filter = doc.components.schemas.TaskListFilter as { properties: Record<string, Schema> };
    expect(Object.keys(filter.properties)).toEqual(expect.arrayContaining(['assigneeId', 'householdId', 'status', 'due']));
    const ok = await t.request('GET', `/api/tasks?filter=${encodeURIComponent(JSON.stringify({ due: 'overdue', status: ['a_faire'] }))}`, { cookie });
    expect(ok.statusCode).toBe(200);
    const unknown = await t.request('GET', `/api/tasks?filter=${encodeURIComponent(JSON.stringify({ colour: 'red' }))}`, { cookie });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'filter.colour', message: 'filtre inconnu' }]);
  });

  it('declares the 201 that creating an organisation or a user answers (found by the fuzz run)', async () => {
    expect(Object.keys(doc.paths['/api/organisations'].post.responses)).toContain('201');
    expect(Object.keys(doc.paths['/api/users'].post.responses)).toContain('201');
    const cookie = await t.login(t.fx.users.admin.email);
    const created = await t.request('POST', '/api/organisations', { cookie, body: { name: 'Mairie de Bourganeuf', kind: 'mairie' } });
    expect(created.statusCode).toBe(201);
  });
});
