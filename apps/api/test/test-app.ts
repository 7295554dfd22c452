// Per-file integration harness: clones the migrated template database, boots the real Fastify app,
// loads a small fixture set, and gives an HTTP client that logs in as any fixture user.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { generate } from 'otplib';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { loadConfig, type AppConfig } from '../src/config/config';
import { dropDatabase, ensureDatabase, urlForDatabase } from '../src/config/database';
import { createFixtures, type Fixtures } from './fixtures';

export interface Response {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The body's bytes (files: XLSX exports). */
  raw: Buffer;
  cookie?: string;
}

export interface TestContext {
  app: NestFastifyApplication;
  db: DataSource;
  config: AppConfig;
  fx: Fixtures;
  request(method: string, url: string, opts?: { cookie?: string; body?: unknown; ip?: string; headers?: Record<string, string> }): Promise<Response>;
  /** Logs in and returns the session cookie (`recours_session=…`). */
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export const PASSWORD = 'correct-horse-battery';

export async function startTestApp(env: Record<string, string> = {}): Promise<TestContext> {
  const template = process.env.RECOURS_TEST_TEMPLATE;
  const base = process.env.RECOURS_TEST_BASE_URL;
  if (!template || !base) throw new Error('Run integration tests with apps/api/jest.int.config.js (global setup)');
  const suffix = randomBytes(5).toString('hex');
  const databaseUrl = urlForDatabase(base, `recours_test_${suffix}`);
  await ensureDatabase(databaseUrl, template);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `test:${suffix}:`,
    QUEUE_PREFIX: `test-${suffix}`,
    ...env,
  });
  let app: NestFastifyApplication | undefined;
  try {
    app = await createApp(config);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  } catch (err) {
    await app?.close();
    await dropDatabase(databaseUrl);
    throw err;
  }
  const db = app.get(DataSource);
  const fx = await createFixtures(db, PASSWORD);

  const request: TestContext['request'] = async (method, url, opts = {}) => {
    const res = await app!.inject({
      method: method as 'GET',
      url,
      // Like the back office: every write says application/json, bodyless ones included.
      headers: { ...(method === 'GET' ? {} : { 'content-type': 'application/json' }), ...(opts.cookie ? { cookie: opts.cookie } : {}), ...(opts.headers ?? {}) },
      ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
      remoteAddress: opts.ip ?? '127.0.0.1',
    });
    let body: unknown = res.body;
    try {
      body = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      /* not JSON */
    }
    const setCookie = res.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    return { statusCode: res.statusCode, headers: res.headers, body, raw: res.rawPayload, cookie: first?.split(';')[0] };
  };

  return {
    app,
    db,
    config,
    fx,
    request,
    async login(email, password = PASSWORD) {
      const ip = `10.0.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
      let res = await request('POST', '/api/auth/login', { body: { email, password }, ip });
      if (res.statusCode === 200 && res.body?.twoFactor?.pending === 'code') {
        // The second factor, as the person's app would give it. Every test signs in many times within a
        // 30 s step: the harness forgets the last accepted step (totp.int-spec tests the replay refusal).
        const [{ totp_secret }] = await db.query(
          `WITH u AS (UPDATE app_user SET totp_last_step = NULL WHERE id = $1 RETURNING totp_secret) SELECT totp_secret FROM u`,
          [res.body.id],
        );
        res = await request('POST', '/api/auth/totp/verify', { cookie: res.cookie, body: { code: await generate({ secret: totp_secret }) }, ip });
      }
      if (res.statusCode !== 200 || !res.cookie) throw new Error(`login ${email} → ${res.statusCode} ${JSON.stringify(res.body)}`);
      return res.cookie;
    },
    async close() {
      await app!.close();
      await dropDatabase(databaseUrl);
    },
  };
}

/** "A 0-24/319" → { start, end, total }. */
export function parseContentRange(header: unknown): { resource: string; start: number | null; end: number | null; total: number } {
  const m = /^(\S+) (?:(\d+)-(\d+)|\*)\/(\d+)$/.exec(String(header));
  if (!m) throw new Error(`Bad Content-Range: ${String(header)}`);
  return { resource: m[1], start: m[2] ? Number(m[2]) : null, end: m[3] ? Number(m[3]) : null, total: Number(m[4]) };
}

export const q = (params: Record<string, unknown>) =>
  '?' + Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`).join('&');
