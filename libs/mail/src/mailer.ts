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
 * The one way Recours sends e-mail: nodemailer over SMTP_URL, or, when it is unset, a JSON line per
 * e-mail through `log` so development works without a mail server. Throws when the server refuses
 * (the caller's job is retried).
 */
export function createMailer(config: Pick<MailConfig, 'smtpUrl' | 'from'>, log: (line: string) => void = console.log): Mailer {
  if (config.smtpUrl) {
    const transporter = nodemailer.createTransport(config.smtpUrl);
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
