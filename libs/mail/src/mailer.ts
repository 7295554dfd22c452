import nodemailer from 'nodemailer';
import type { MailConfig } from './mail-config';

export type MailMessage = Readonly<{ to: string; subject: string; text: string; html?: string }>;
export type SentMail = Readonly<{ messageId: string; transport: 'smtp' | 'log' }>;

export interface Mailer {
  /** 'smtp' when SMTP_URL is set; 'log' writes each e-mail as one JSON line (development without a mail server). */
  readonly transport: 'smtp' | 'log';
  send(message: MailMessage): Promise<SentMail>;
  close(): void;
}

/**
 * What SMTP_URL does not say (nodemailer reads its options from the URL's query; values given there win):
 * - bounded waits: a hung server fails the attempt, which is retried, well before a delivery's lease ends;
 * - a pool of connections reused from one e-mail to the next: opening one SMTP connection per e-mail
 *   capped sending at ~54 e-mails/s (bench/reminders.bench.ts). `maxConnections` parallel connections,
 *   each sending `maxMessages` e-mails before it is reopened; `pool=false` opens one per e-mail again.
 */
export const SMTP_DEFAULTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  pool: true,
  maxConnections: 5,
  maxMessages: 100,
} as const;

export function smtpTransportUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_DEFAULTS)) if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  return url.toString();
}

/**
 * The one way Recours sends e-mail: nodemailer over SMTP_URL, or, when it is unset, a JSON line per
 * e-mail through `log` so development works without a mail server. Throws when the server refuses
 * (the caller's job is retried).
 */
export function createMailer(config: Pick<MailConfig, 'smtpUrl' | 'from'>, log: (line: string) => void = console.log): Mailer {
  if (config.smtpUrl) {
    const transporter = nodemailer.createTransport(smtpTransportUrl(config.smtpUrl));
    return {
      transport: 'smtp',
      async send(message) {
        const info = await transporter.sendMail({ from: config.from, ...message });
        return { messageId: info.messageId, transport: 'smtp' };
      },
      close: () => transporter.close(),
    };
  }
  const transporter = nodemailer.createTransport({ jsonTransport: true });
  return {
    transport: 'log',
    async send(message) {
      const info = await transporter.sendMail({ from: config.from, ...message });
      log(`[mail] ${String(info.message)}`);
      return { messageId: info.messageId, transport: 'log' };
    },
    close: () => transporter.close(),
  };
}
