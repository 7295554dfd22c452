import { connect } from 'node:net';
import nodemailer from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
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
const SMTP_DEFAULTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  pool: true,
  maxConnections: 5,
  maxMessages: 100,
} as const;

function smtpTransportUrl(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_DEFAULTS)) if (!url.searchParams.has(key)) url.searchParams.set(key, String(value));
  return url.toString();
}

/**
 * The SMTP connection, with Nagle's algorithm off. nodemailer writes the end of a message's data as
 * a small packet of its own, which the kernel held until the server acknowledged the previous one
 * (delayed ACK, up to 40 ms): measured, 20 e-mails/s per pooled connection; without the delay ~120/s.
 * Implicit TLS (smtps://) keeps nodemailer's own socket.
 */
function socketWithoutDelay(options: SMTPPool.Options | SMTPTransport.Options, callback: (err: Error | null, socketOptions: unknown) => void): void {
  if (options.secure) return callback(null, false);
  callback(null, { connection: connect({ host: options.host ?? 'localhost', port: options.port ?? 587, noDelay: true }) });
}

function smtpTransport(smtpUrl: string) {
  const url = smtpTransportUrl(smtpUrl);
  const pooled = new URL(url).searchParams.get('pool') !== 'false';
  return nodemailer.createTransport(
    pooled ? new SMTPPool({ url, pool: true, getSocket: socketWithoutDelay }) : new SMTPTransport({ url, getSocket: socketWithoutDelay }),
  );
}

/**
 * The one way Recours sends e-mail: nodemailer over SMTP_URL, or, when it is unset, a JSON line per
 * e-mail through `log` so development works without a mail server. Throws when the server refuses
 * (the caller's job is retried).
 */
export function createMailer(config: Pick<MailConfig, 'smtpUrl' | 'from'>, log: (line: string) => void = console.log): Mailer {
  if (config.smtpUrl) {
    const transporter = smtpTransport(config.smtpUrl);
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
