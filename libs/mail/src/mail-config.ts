import { z } from 'zod/v4';

const schema = z.object({
  /** smtp://user:pass@host:port (smtps:// for implicit TLS). Unset: e-mails are written to the log instead. */
  SMTP_URL: z
    .string()
    .url({ message: 'must be an smtp:// URL, e.g. smtp://127.0.0.1:1025' })
    .refine((u) => /^smtps?:\/\//.test(u), { message: 'must start with smtp:// or smtps://' })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Recours <ne-pas-repondre@recours.localhost>'),
  /** The back office's public address: the only link an e-mail carries. */
  PUBLIC_ADMIN_URL: z.string().url({ message: 'must be an http(s) URL' }).default('http://localhost:5173'),
});

export type MailConfig = Readonly<{ smtpUrl: string | undefined; from: string; publicAdminUrl: string }>;

/** Reads SMTP_URL, MAIL_FROM and PUBLIC_ADMIN_URL; a bad value throws naming the variable. */
export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid mail configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({ smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, publicAdminUrl: e.PUBLIC_ADMIN_URL.replace(/\/+$/, '') });
}
