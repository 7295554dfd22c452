// The Docker files, checked without a Docker engine: docker-compose.yml runs in production mode (no demo
// data, no development setting, no committed secret, TLS at the proxy, the API trusting only it), the
// Dockerfile's default stage runs with NODE_ENV=production as a non-root user on production dependencies,
// the Caddyfile gives the back office the same headers as `vite preview` (apps/admin/security-headers.ts),
// and the demo override is the only place with development mode and demo data.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument, type Tags } from 'yaml';
import { ADMIN_SECURITY_HEADERS } from '../apps/admin/security-headers';

const root = path.resolve(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; target?: string };
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  restart?: string;
  depends_on?: Record<string, { condition: string }> | string[];
}
interface ComposeFile {
  services: Record<string, Service>;
}

// Compose's merge tags (`ports: !override [...]` in the demo file).
const composeTags: Tags = ['override', 'reset'].map((name) => ({ tag: `!${name}`, identify: () => false, collection: 'seq' as const, resolve: (value: unknown) => value }));
function compose(file: string): ComposeFile {
  const doc = parseDocument(read(file), { customTags: composeTags, merge: true });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return doc.toJS({ maxAliasCount: 100 }) as ComposeFile;
}

/** The Dockerfile's stages in order: name, base image, instructions. */
function dockerStages(text: string) {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const stages: { name: string; from: string; lines: string[] }[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?$/i.exec(line);
    if (from) stages.push({ from: from[1], name: from[2] ?? String(stages.length), lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

const APP_SERVICES = ['migrate', 'api', 'worker'];
const SECRETS = ['POSTGRES_PASSWORD', 'REFUSAL_IDENTITY_SECRET', 'SMTP_URL', 'HEALTH_TOKEN'];

describe('docker-compose.yml: production mode', () => {
  const prod = compose('docker-compose.yml');
  const s = prod.services;

  it('has PostgreSQL, Redis that persists and never evicts, a one-shot migration, the API, the worker and a TLS proxy', () => {
    expect(Object.keys(s).sort()).toEqual(['api', 'migrate', 'postgres', 'proxy', 'redis', 'worker']);
    expect(s.redis.command).toEqual(expect.arrayContaining(['--appendonly', 'yes', '--maxmemory-policy', 'noeviction']));
    expect(s.redis.command!.indexOf('yes')).toBe(s.redis.command!.indexOf('--appendonly') + 1);
    expect(s.redis.command!.indexOf('noeviction')).toBe(s.redis.command!.indexOf('--maxmemory-policy') + 1);
  });

  it('runs every app service in production mode on the Dockerfile stage that sets it', () => {
    for (const name of APP_SERVICES) {
      expect([name, s[name].environment?.NODE_ENV]).toEqual([name, 'production']);
      expect([name, s[name].build?.target]).toEqual([name, 'app']);
    }
    expect(read('docker-compose.yml')).not.toMatch(/development|seed/);
  });

  it('migrates only: no demo data, runs once, and the API and worker wait for it', () => {
    expect(s.migrate.command).toEqual(['node', 'dist/apps/api/apps/api/src/cli/db.js', 'migrate']);
    expect(s.migrate.restart).toBe('no');
    for (const name of ['api', 'worker']) {
      expect((s[name].depends_on as Record<string, { condition: string }>).migrate).toEqual({ condition: 'service_completed_successfully' });
    }
  });

  it('puts the API behind the proxy: TRUST_PROXY, https origin and links, and only the proxy publishes ports', () => {
    expect(s.api.environment).toMatchObject({ TRUST_PROXY: 'true', ADMIN_ORIGIN: expect.stringMatching(/^https:\/\//) });
    for (const name of APP_SERVICES) expect(s[name].environment!.PUBLIC_ADMIN_URL).toMatch(/^https:\/\//);
    for (const [name, service] of Object.entries(s)) if (name !== 'proxy') expect([name, service.ports]).toEqual([name, undefined]);
    expect(s.proxy.build?.target).toBe('proxy');
    expect(s.proxy.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
    // Caddy serves the domain the links and the allowed Origin name.
    expect(s.proxy.environment!.RECOURS_SITE).toBe('${RECOURS_DOMAIN:-localhost}');
    expect(s.api.environment!.ADMIN_ORIGIN).toBe('https://${RECOURS_DOMAIN:-localhost}');
  });

  it('commits no secret: each comes from the environment (.env) with an empty default, and .env.example lists every variable empty', () => {
    const text = read('docker-compose.yml');
    for (const name of SECRETS) {
      const uses = [...text.matchAll(new RegExp(`\\$\\{${name}([^}]*)\\}`, 'g'))].map((m) => m[1]);
      expect([name, uses.length > 0, uses.every((u) => u === ':-')]).toEqual([name, true, true]);
    }
    expect(s.postgres.environment!.POSTGRES_PASSWORD).toBe('${POSTGRES_PASSWORD:-}');
    for (const name of ['REFUSAL_IDENTITY_SECRET', 'SMTP_URL']) expect(s.api.environment![name]).toBe(`\${${name}:-}`);
    const variables = new Set([...text.matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]));
    const example = Object.fromEntries(
      read('.env.example').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('=') as [string, string]),
    );
    expect(Object.keys(example).sort()).toEqual(expect.arrayContaining([...variables].sort()));
    for (const value of Object.values(example)) expect(value).toBe('');
    expect(read('.gitignore').split('\n')).toContain('.env');
    expect(read('.dockerignore').split('\n')).toContain('.env');
  });
});

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const stage = (name: string) => stages.find((st) => st.name === name)!;

  it('builds in one stage and runs the default one (the last) in production mode, as a non-root user', () => {
    expect(stages.map((st) => st.name)).toEqual(['build', 'deps', 'proxy', 'app']);
    expect(stage('build').lines).toEqual(expect.arrayContaining([expect.stringMatching(/^RUN npm ci\b/), expect.stringMatching(/nx run-many -t build --projects=api,worker,admin/)]));
    const app = stages.at(-1)!;
    expect(app.lines).toContain('ENV NODE_ENV=production');
    const user = app.lines.filter((l) => l.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)\b/);
    expect(read('Dockerfile')).not.toMatch(/NODE_ENV=development/);
  });

  it('gives the runtime only production dependencies and the built API and worker', () => {
    expect(stage('deps').lines).toContainEqual(expect.stringMatching(/^RUN npm ci --omit=dev\b/));
    const copies = stage('app').lines.filter((l) => l.startsWith('COPY'));
    expect(copies).toContain('COPY --from=deps /app/node_modules ./node_modules');
    expect(copies.filter((l) => l.includes('--from=build'))).toEqual([
      'COPY --from=build /app/dist/apps/api ./dist/apps/api',
      'COPY --from=build /app/dist/apps/worker ./dist/apps/worker',
    ]);
    for (const cmd of Object.values(compose('docker-compose.yml').services).flatMap((sv) => sv.command ?? [])) {
      if (cmd.startsWith('dist/')) expect(cmd).toMatch(/^dist\/apps\/(api|worker)\//);
    }
  });

  it('puts the built back office and the committed Caddyfile in the proxy image', () => {
    expect(stage('proxy').from).toMatch(/^caddy:/);
    expect(stage('proxy').lines).toEqual(['COPY deploy/Caddyfile /etc/caddy/Caddyfile', 'COPY --from=build /app/dist/apps/admin /srv/admin']);
  });
});

describe('deploy/Caddyfile', () => {
  const caddy = read('deploy/Caddyfile');
  const headers = Object.fromEntries([...caddy.matchAll(/^\s+([A-Z][A-Za-z-]+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]]));

  it('serves the back office with the same headers as apps/admin/security-headers.ts, plus HSTS', () => {
    for (const [name, value] of Object.entries(ADMIN_SECURITY_HEADERS)) expect([name, headers[name]]).toEqual([name, value]);
    expect(headers['Strict-Transport-Security']).toMatch(/^max-age=\d{7,}/);
    expect(caddy).toMatch(/root \* \/srv\/admin\n/);
  });

  it('proxies /api to the API and takes its site address from the environment', () => {
    expect(caddy).toMatch(/@api path \/api \/api\/\*\n\s+handle @api \{\n\s+reverse_proxy api:3000\n/);
    expect(caddy).toMatch(/^\{\$RECOURS_SITE:localhost\} \{$/m);
  });
});

describe('docker-compose.demo.yml: the demo override', () => {
  const demo = compose('docker-compose.demo.yml').services;

  it('runs in development mode with the demo seed and a local mail sink, on plain HTTP', () => {
    expect(demo.migrate.command).toEqual(['node', 'dist/apps/api/apps/api/src/seed/seed.js']);
    for (const name of APP_SERVICES) {
      expect([name, demo[name].environment?.NODE_ENV]).toEqual([name, 'development']);
      expect([name, demo[name].environment?.SMTP_URL]).toEqual([name, 'smtp://maildev:1025']);
    }
    expect(demo.maildev.image).toMatch(/^maildev\/maildev:/);
    expect(demo.proxy.environment!.RECOURS_SITE).toBe('http://:5173');
    expect(read('docker-compose.demo.yml')).toMatch(/ports: !override \["5173:5173"\]/);
  });
});
