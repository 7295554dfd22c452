import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { passwordWeakness } from '../../common/auth/password-strength';
import { hashPassword } from '../../common/auth/passwords';
import { hashToken, SessionService } from '../../common/auth/session.service';
import { NotFoundError, ValidationFailedError } from '../../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { passwordLinkUrl } from './account-mail';
import { AccountNotices } from './account-notices';
import type { PasswordLinkInfoDto } from './dto/password-link.dto';
import type { PasswordLinkPurpose } from './password-link.entity';
import { PasswordLinksRepository, type LiveLinkRow } from './password-links.repository';
import { UsersRepository, toUserDto } from './users.repository';

export interface IssuedLink {
  purpose: PasswordLinkPurpose;
  url: string;
  expiresAt: Date;
}

/** Same answer for an unknown, expired, used or replaced link, and for a disabled account. */
export const INVALID_LINK = 'Ce lien n’est plus valable (déjà utilisé, expiré ou remplacé par un plus récent). Demandez-en un nouveau à votre administrateur.';

class InvalidLinkError extends NotFoundError {
  constructor() {
    super();
    this.message = INVALID_LINK;
  }
}

@Injectable()
export class PasswordLinksService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: PasswordLinksRepository,
    private readonly users: UsersRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly notices: AccountNotices,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new single-use link (earlier ones stop working); only the token's hash is stored. */
  async issue(em: EntityManager, userId: string, purpose: PasswordLinkPurpose, createdById: string | null): Promise<IssuedLink> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = await this.repo.create(em, userId, hashToken(token), purpose, createdById, this.config.passwordLinkHours);
    return { purpose, url: passwordLinkUrl(this.config.mail.publicAdminUrl, token), expiresAt };
  }

  revoke(em: EntityManager, userId: string): Promise<void> {
    return this.repo.revoke(em, userId);
  }

  /** The old password stops working at once. */
  clearPassword(em: EntityManager, userId: string): Promise<void> {
    return this.repo.setPassword(em, userId, null);
  }

  /** What the page shows before the person chooses (their own address and name, for the strength rule). */
  async inspect(token: string): Promise<PasswordLinkInfoDto> {
    const link = await this.db.transaction((em) => this.live(em, token));
    return { email: link.email, displayName: link.display_name, purpose: link.purpose, expiresAt: link.expires_at };
  }

  /**
   * The person chooses their password: the link is claimed once (a conditional UPDATE), the password
   * must pass the strength rules (a refused one leaves the link usable), every session closes, the
   * change is audited as the owner's own act and notified.
   */
  async choose(token: string, password: string): Promise<void> {
    await this.db.transaction(async (em) => {
      const link = await this.live(em, token);
      const weakness = passwordWeakness(password, [link.email, link.display_name]);
      if (weakness) throw new ValidationFailedError([{ field: 'password', message: weakness }]);
      if (!(await this.repo.claim(em, link.id))) throw new InvalidLinkError();
      await this.repo.setPassword(em, link.user_id, await hashPassword(password));
      await this.repo.revoke(em, link.user_id);
      await this.sessions.destroyForUsers([link.user_id], em);
      const owner = { userId: link.user_id, organisationId: link.organisation_id };
      await this.audit.record(em, owner, [{ action: 'update', entityType: 'user', entityId: link.user_id, fields: ['password'] }]);
      const row = await this.users.find(em, link.user_id);
      const user = toUserDto(row!);
      await this.notices.send(em, owner, { change: 'password_chosen', before: user, after: user, fields: ['password'] });
    });
  }

  private async live(em: EntityManager, token: string): Promise<LiveLinkRow> {
    const link = await this.repo.findLive(em, hashToken(token));
    if (!link) throw new InvalidLinkError();
    return link;
  }
}
