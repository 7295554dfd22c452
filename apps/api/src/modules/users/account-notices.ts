import { Injectable } from '@nestjs/common';
import { LABELS } from '@recours/domain';
import type { MailMessage } from '@recours/mail';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ServiceUnavailableError } from '../../common/errors/domain-errors';
import { managerNoticeMail, ownerNoticeMail, passwordLinkMail, type AccountChange, type NoticeInput } from './account-mail';
import { AccountMailer } from './account-mailer';
import type { UserDto } from './dto/user.dto';
import type { IssuedLink } from './password-links.service';
import { PasswordLinksRepository } from './password-links.repository';
import { UsersRepository } from './users.repository';

export interface AccountEvent {
  change: AccountChange;
  before: UserDto;
  after: UserDto;
  fields: string[];
  /** A link to choose the password, sent to the owner instead of a plain notice. */
  link?: IssuedLink;
  /** Who made the change, when no account did (the create-admin command). */
  by?: string;
}

/**
 * Every account change is told to the account's owner and to the managers of its organisation, by
 * e-mail, inside the change's transaction: when the mail server refuses, the change is undone.
 */
@Injectable()
export class AccountNotices {
  constructor(
    private readonly mailer: AccountMailer,
    private readonly users: UsersRepository,
    private readonly links: PasswordLinksRepository,
  ) {}

  async send(em: EntityManager, actor: Pick<Actor, 'userId'>, e: AccountEvent): Promise<void> {
    const author = e.by ? undefined : await this.users.find(em, actor.userId);
    const by = e.by ?? (author ? `${author.display_name} (${LABELS.userRole[author.role]})` : 'un administrateur');
    const notice: NoticeInput = { change: e.change, account: e.after, fields: e.fields, by, at: new Date() };
    const messages: MailMessage[] = [];
    if (e.link) messages.push(passwordLinkMail(e.after.email, e.link.purpose, e.link.url, e.link.expiresAt));
    else for (const to of new Set([e.before.email, e.after.email])) messages.push(ownerNoticeMail(to, notice));
    const managers = await this.links.managerEmails(em, [...new Set([e.before.organisationId, e.after.organisationId])], e.after.id);
    for (const to of managers) messages.push(managerNoticeMail(to, notice));
    try {
      await this.mailer.sendAll(messages);
    } catch {
      throw new ServiceUnavailableError('L’e-mail n’a pas pu être envoyé : rien n’a été modifié. Réessayez dans quelques minutes.');
    }
  }
}
