import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import { hashPassword } from '../../../common/auth/passwords';
import { SessionService } from '../../../common/auth/session.service';
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError, ValidationFailedError } from '../../../common/errors/domain-errors';
import { AuditService } from '../../audit/audit.service';
import { AccountNotices } from '../../users/account-notices';
import { toUserDto, UsersRepository } from '../../users/users.repository';
import { AttemptThrottle, codeKey } from '../attempt-throttle';
import { AuthRepository } from '../auth.repository';
import { AuthService } from '../auth.service';
import { acceptedStep, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpUri } from './totp-codes';
import { TotpRepository, type TotpUserRow } from './totp.repository';

export const WRONG_CODE = 'Code incorrect, expiré ou déjà utilisé';

/**
 * The optional second factor (required for admins): enrolment confirmed by a code, the code asked
 * after the password, single-use recovery codes. Codes are throttled like passwords and never
 * accepted twice; every change is audited and e-mailed to the owner (and the managers).
 */
@Injectable()
export class TotpService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: TotpRepository,
    private readonly authRepo: AuthRepository,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly throttle: AttemptThrottle,
    private readonly audit: AuditService,
    private readonly notices: AccountNotices,
    private readonly users: UsersRepository,
  ) {}

  /** A new secret to scan, kept aside until a code confirms it. */
  async startEnrolment(actor: Actor): Promise<{ secret: string; uri: string }> {
    return this.db.transaction(async (em) => {
      const user = await this.user(em, actor);
      if (user.totp_enabled_at) throw new ConflictError('La double authentification est déjà activée');
      const secret = newTotpSecret();
      await this.repo.setPending(em, actor.userId, secret);
      return { secret, uri: totpUri(user.email, secret) };
    });
  }

  /**
   * A code of the new secret turns the second factor on and gives ten recovery codes, shown once.
   * An admin's enrolment session becomes a full one (new token).
   */
  async confirmEnrolment(actor: Actor, code: string, ip: string): Promise<{ recoveryCodes: string[]; token?: string }> {
    await this.throttle.claimCode(actor.userId, ip);
    return this.db.transaction(async (em) => {
      const user = await this.user(em, actor);
      if (user.totp_enabled_at) throw new ConflictError('La double authentification est déjà activée');
      if (!user.totp_pending_secret) throw new ConflictError('Affichez d’abord une clé à enregistrer dans votre application');
      const step = await acceptedStep(user.totp_pending_secret, code, null);
      if (step === null) throw new ValidationFailedError([{ field: 'code', message: WRONG_CODE }]);
      await this.repo.enable(em, actor.userId, step);
      const recoveryCodes = newRecoveryCodes();
      await this.repo.replaceRecoveryCodes(em, actor.userId, await Promise.all(recoveryCodes.map((c) => hashPassword(normaliseRecoveryCode(c)))));
      await this.authRepo.clearAttempts(em, codeKey(actor.userId), ip);
      await this.changed(em, actor, ['totp']);
      if (actor.stage !== 'enrolment') return { recoveryCodes };
      const session = await this.sessions.promote(actor.sessionId, actor.userId, em);
      await this.auth.recordLogin(em, actor, session.sessionId);
      return { recoveryCodes, token: session.token };
    });
  }

  /** After the password: a code of the app, or one recovery code (then spent and notified). */
  async verifySignIn(actor: Actor, input: { code?: string; recoveryCode?: string }, ip: string): Promise<string> {
    if (actor.stage !== 'code') throw new ConflictError('Aucun code n’est attendu pour cette session');
    await this.throttle.claimCode(actor.userId, ip);
    return this.db.transaction(async (em) => {
      const user = await this.user(em, actor);
      if (!user.totp_secret) throw new UnauthorizedError(WRONG_CODE);
      if (input.recoveryCode !== undefined) {
        if (!(await this.spendRecoveryCode(em, user, input.recoveryCode))) throw new UnauthorizedError(WRONG_CODE);
        await this.changed(em, actor, ['recoveryCode']);
      } else if (!(await this.claimCode(em, user, input.code ?? ''))) throw new UnauthorizedError(WRONG_CODE);
      await this.authRepo.clearAttempts(em, codeKey(actor.userId), ip);
      const session = await this.sessions.promote(actor.sessionId, actor.userId, em);
      await this.auth.recordLogin(em, actor, session.sessionId);
      return session.token;
    });
  }

  /** Turns the second factor off (a current code required); never for an admin. */
  async disable(actor: Actor, code: string, ip: string): Promise<void> {
    if (actor.role === 'admin') throw new ForbiddenError('La double authentification est obligatoire pour les administrateurs');
    await this.throttle.claimCode(actor.userId, ip);
    await this.db.transaction(async (em) => {
      const user = await this.user(em, actor);
      if (!user.totp_enabled_at) throw new ConflictError('La double authentification n’est pas activée');
      if (!(await this.claimCode(em, user, code))) throw new ValidationFailedError([{ field: 'code', message: WRONG_CODE }]);
      await this.repo.disable(em, actor.userId);
      await this.authRepo.clearAttempts(em, codeKey(actor.userId), ip);
      await this.changed(em, actor, ['totp']);
    });
  }

  async recoveryCodesLeft(actor: Actor): Promise<number> {
    return this.repo.countUnusedRecoveryCodes(this.db.manager, actor.userId);
  }

  private async user(em: EntityManager, actor: Actor): Promise<TotpUserRow> {
    const user = await this.repo.lockUser(em, actor.userId);
    if (!user) throw new NotFoundError();
    return user;
  }

  /** Valid now and later than the last accepted step, claimed atomically: never twice. */
  private async claimCode(em: EntityManager, user: TotpUserRow, code: string): Promise<boolean> {
    if (!user.totp_secret) return false;
    const step = await acceptedStep(user.totp_secret, code, user.totp_last_step === null ? null : Number(user.totp_last_step));
    return step !== null && (await this.repo.claimStep(em, user.id, step));
  }

  private async spendRecoveryCode(em: EntityManager, user: TotpUserRow, typed: string): Promise<boolean> {
    const code = normaliseRecoveryCode(typed);
    if (code.length !== 10) return false;
    for (const row of await this.repo.unusedRecoveryCodes(em, user.id)) {
      if (await argon2.verify(row.code_hash, code).catch(() => false)) return this.repo.useRecoveryCode(em, row.id);
    }
    return false;
  }

  /** The owner's own change: audited, and told to them and to their organisation's managers. */
  private async changed(em: EntityManager, actor: Actor, fields: string[]): Promise<void> {
    await this.audit.record(em, actor, [{ action: 'update', entityType: 'user', entityId: actor.userId, fields }]);
    const user = toUserDto((await this.users.find(em, actor.userId))!);
    await this.notices.send(em, actor, { change: 'updated', before: user, after: user, fields });
  }
}
