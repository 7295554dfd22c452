import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createMailer, type Mailer, type MailMessage } from '@recours/mail';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/**
 * Sends account e-mails through libs/mail (SMTP_URL; in development without it, the log). Called
 * inside the account change's transaction: if the mail server refuses, nothing changed.
 */
@Injectable()
export class AccountMailer implements OnApplicationShutdown {
  private readonly logger = new Logger(AccountMailer.name);
  private readonly mailer: Mailer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.mailer = createMailer(config.mail, (line) => this.logger.log(line));
  }

  async sendAll(messages: MailMessage[]): Promise<void> {
    for (const m of messages) await this.mailer.send(m);
  }

  onApplicationShutdown() {
    this.mailer.close();
  }
}
