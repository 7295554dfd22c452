import { loadMailConfig, type MailConfig } from '@recours/mail';
import { z } from 'zod/v4';

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .url('doit être une URL postgres://…')
    .refine((u) => /^postgres(ql)?:\/\//.test(u), 'doit commencer par postgres://')
    .default('postgres://root@127.0.0.1:5432/recours'),
  REDIS_URL: z
    .string()
    .url('doit être une URL redis://…')
    .refine((u) => /^rediss?:\/\//.test(u), 'doit commencer par redis://')
    .default('redis://127.0.0.1:6379'),
  REDIS_KEY_PREFIX: z.string().default('recours:'),
  // Same as the worker's QUEUE_PREFIX: the API enqueues, the worker consumes.
  QUEUE_PREFIX: z.string().min(1).default('recours'),
  // How long a person's refusal blocks all outreach for that benefit (CNIL deliberation 2022-101).
  REFUSAL_BLOCK_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  // Key of the hash that keeps a refusal after its household is deleted (refused_identity). Required in
  // production: changing it forgets every kept refusal.
  REFUSAL_IDENTITY_SECRET: z.string().min(32, 'au moins 32 caractères').optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  // Offices share one public IP (a CCAS behind one NAT): the per-IP ceiling is higher.
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  // Validity of the link by which a person chooses their password (new account, reset).
  PASSWORD_LINK_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(72),
  // /api/health answers 503 when the worker's reminder sweep (every minute) last succeeded longer ago.
  SWEEP_MAX_AGE_SECONDS: z.coerce.number().int().min(30).default(300),
  // Monitoring reads the detailed /api/health with `Authorization: Bearer <HEALTH_TOKEN>` (unset: admins only).
  HEALTH_TOKEN: z.string().min(32, 'au moins 32 caractères').optional(),
  ADMIN_ORIGIN: z.string().default('http://localhost:5173'),
  TRUST_PROXY: bool.prefault('false'),
  // The OpenAPI document and Swagger UI (/api/docs): on by default except in production.
  OPENAPI_ENABLED: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DB_CREATE_IF_MISSING: bool.optional(),
  // Partner file imports: largest upload accepted, and how many rows the dry run shows and checks.
  IMPORT_MAX_MEGABYTES: z.coerce.number().int().min(1).max(2048).default(100),
  IMPORT_PREVIEW_ROWS: z.coerce.number().int().min(1).max(200).default(20),
  IMPORT_PREVIEW_CHECK_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
});

export type AppConfig = Readonly<{
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  redisKeyPrefix: string;
  queuePrefix: string;
  refusalBlockMonths: number;
  refusalIdentitySecret: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  loginWindowMinutes: number;
  passwordLinkHours: number;
  /** SMTP_URL, MAIL_FROM, PUBLIC_ADMIN_URL (libs/mail): account links and notices. */
  mail: MailConfig;
  sweepMaxAgeSeconds: number;
  healthToken: string | undefined;
  adminOrigins: string[];
  trustProxy: boolean;
  openApiEnabled: boolean;
  logLevel: string;
  createDatabaseIfMissing: boolean;
  cookieSecure: boolean;
  importMaxBytes: number;
  importPreviewRows: number;
  importPreviewCheckRows: number;
}>;

export class ConfigError extends Error {}

/** Development and tests only (production refuses to start without REFUSAL_IDENTITY_SECRET). */
const DEV_REFUSAL_IDENTITY_SECRET = 'recours-development-only-refusal-identity-key';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings (VAR= in a .env file) mean "unset".
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Configuration invalide (variables d'environnement) :\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.REFUSAL_IDENTITY_SECRET) {
    throw new ConfigError("Configuration invalide (variables d'environnement) :\n  - REFUSAL_IDENTITY_SECRET: obligatoire en production");
  }
  let mail: MailConfig;
  try {
    mail = loadMailConfig(env);
  } catch (err) {
    throw new ConfigError(`Configuration invalide (variables d'environnement) :\n${(err as Error).message}`);
  }
  // Without a mail server, e-mails go to the log: account links must never end up there in production.
  if (e.NODE_ENV === 'production' && !mail.smtpUrl) {
    throw new ConfigError("Configuration invalide (variables d'environnement) :\n  - SMTP_URL: obligatoire en production (liens de choix du mot de passe)");
  }
  return Object.freeze({
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    queuePrefix: e.QUEUE_PREFIX,
    refusalBlockMonths: e.REFUSAL_BLOCK_MONTHS,
    refusalIdentitySecret: e.REFUSAL_IDENTITY_SECRET ?? DEV_REFUSAL_IDENTITY_SECRET,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    loginMaxFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    loginMaxFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    passwordLinkHours: e.PASSWORD_LINK_HOURS,
    mail,
    sweepMaxAgeSeconds: e.SWEEP_MAX_AGE_SECONDS,
    healthToken: e.HEALTH_TOKEN,
    adminOrigins: e.ADMIN_ORIGIN.split(',').map((o) => o.trim()).filter(Boolean),
    trustProxy: e.TRUST_PROXY,
    openApiEnabled: e.OPENAPI_ENABLED ?? e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    createDatabaseIfMissing: e.DB_CREATE_IF_MISSING ?? e.NODE_ENV === 'development',
    cookieSecure: e.NODE_ENV === 'production',
    importMaxBytes: e.IMPORT_MAX_MEGABYTES * 1024 * 1024,
    importPreviewRows: e.IMPORT_PREVIEW_ROWS,
    importPreviewCheckRows: e.IMPORT_PREVIEW_CHECK_ROWS,
  });
}

export const APP_CONFIG = Symbol('APP_CONFIG');
