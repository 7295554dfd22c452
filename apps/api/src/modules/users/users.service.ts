import { Injectable } from '@nestjs/common';
import { USER_ROLES } from '@recours/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { userListScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { SessionService } from '../../common/auth/session.service';
import { ConflictError, NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, zEnum, zIdOrIds, zSearch, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { changedFields } from '../../common/db/changed-fields';
import type { User } from './user.entity';
import { toUserDto, UsersRepository } from './users.repository';
import { USER_FIELDS, type CreateUserDto, type PasswordLinkSentDto, type UpdateUserDto, type UserDto } from './dto/user.dto';
import { AccountNotices } from './account-notices';
import { PasswordLinksService } from './password-links.service';

const filter = z
  .object({
    q: zSearch.optional(),
    id: zIdOrIds.optional(),
    role: z.union([zEnum(USER_ROLES), z.array(zEnum(USER_ROLES))]).optional(),
    organisationId: zUuid.optional(),
    active: z.boolean({ error: 'doit être vrai ou faux' }).optional(),
  })
  .strict();
export type UserFilter = z.infer<typeof filter>;

export const USER_LIST: ListSpec<UserFilter> = {
  sortable: { displayName: 'u.display_name', email: 'u.email', role: 'u.role', createdAt: 'u.created_at', active: 'u.active' },
  defaultSort: ['displayName', 'ASC'],
  filter,
};

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly repo: UsersRepository,
    private readonly links: PasswordLinksService,
    private readonly notices: AccountNotices,
  ) {}

  /** Admins: users of their territory. Others: colleagues of their organisation (referent picker). */
  async list(actor: Actor, q: ListQuery<UserFilter>): Promise<ListResult<UserDto>> {
    const { total, rows } = await this.repo.list(this.db.manager, userListScope(actor), q);
    return new ListResult('users', rows.map(toUserDto), q.offset, total);
  }

  async get(actor: Actor, id: string): Promise<UserDto> {
    await this.access.requireUsers(actor, [id]);
    return this.load(this.db.manager, id);
  }

  /** A new account has no password: the person receives a single-use link and chooses it. */
  async create(actor: Actor, dto: CreateUserDto): Promise<UserDto> {
    return this.db.transaction(async (em) => {
      await this.checkOrganisation(em, actor, dto.organisationId);
      const id = await this.insertOrConflict(em, { ...pickUser(dto), email: dto.email.trim().toLowerCase(), passwordHash: null });
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'user', entityId: id, fields: changedFields(undefined, dto, USER_FIELDS) }]);
      const user = await this.load(em, id);
      const link = await this.links.issue(em, id, 'invitation', actor.userId);
      await this.notices.send(em, actor, { change: 'created', before: user, after: user, fields: [], link });
      return user;
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireUsers(actor, [id], em);
      const current = await this.repo.findEntity(em, id);
      const before = await this.load(em, id);
      const input = { ...dto, email: dto.email?.trim().toLowerCase() };
      const fields = changedFields(current, input, USER_FIELDS);
      if (id === actor.userId && (fields.includes('active') || fields.includes('role') || fields.includes('organisationId'))) {
        throw new UnprocessableError('Vous ne pouvez pas désactiver votre propre compte ni changer votre rôle ou votre organisation');
      }
      if (fields.includes('organisationId')) await this.checkOrganisation(em, actor, dto.organisationId!);
      const changes: Partial<User> = Object.fromEntries(fields.map((f) => [f, (input as Record<string, unknown>)[f]]));
      if (!fields.length) return before;
      try {
        await this.repo.update(em, id, changes);
      } catch (err) {
        throw conflictOnEmail(err);
      }
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'user', entityId: id, fields }]);
      // A disabled account ends every open session and every unused password link at once.
      if (changes.active === false) {
        await this.sessions.destroyForUsers([id], em);
        await this.links.revoke(em, id);
      }
      const after = await this.load(em, id);
      await this.notices.send(em, actor, { change: 'updated', before, after, fields });
      return after;
    });
  }

  /**
   * An administrator resets a password without ever knowing it: the old one stops working, every
   * session closes, and the owner receives a single-use link to choose a new one.
   */
  async resetPassword(actor: Actor, id: string): Promise<PasswordLinkSentDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireUsers(actor, [id], em);
      const user = await this.load(em, id);
      if (!user.active) throw new UnprocessableError('Ce compte est désactivé : réactivez-le avant de réinitialiser son mot de passe');
      await this.links.clearPassword(em, id);
      await this.sessions.destroyForUsers([id], em);
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'user', entityId: id, fields: ['password'] }]);
      const link = await this.links.issue(em, id, 'reset', actor.userId);
      await this.notices.send(em, actor, { change: 'reset', before: user, after: user, fields: ['password'], link });
      return { expiresAt: link.expiresAt };
    });
  }

  async remove(actor: Actor, id: string): Promise<UserDto> {
    if (id === actor.userId) throw new UnprocessableError('Vous ne pouvez pas supprimer votre propre compte');
    return this.db.transaction(async (em) => {
      await this.access.requireUsers(actor, [id], em);
      const user = await this.load(em, id);
      if (await this.repo.hasActivity(em, id)) throw new ConflictError('Ce compte a un historique d’activité : désactivez-le plutôt que de le supprimer');
      await this.repo.delete(em, id);
      await this.audit.record(em, actor, [{ action: 'delete', entityType: 'user', entityId: id }]);
      await this.notices.send(em, actor, { change: 'deleted', before: user, after: user, fields: [] });
      return user;
    });
  }

  private async checkOrganisation(em: EntityManager, actor: Actor, organisationId: string) {
    try {
      await this.access.requireOrganisations(actor, [organisationId], em);
    } catch (err) {
      if (err instanceof NotFoundError) {
        throw new ValidationFailedError([{ field: 'organisationId', message: 'organisation inconnue ou hors de votre territoire' }]);
      }
      throw err;
    }
  }

  private async insertOrConflict(em: EntityManager, values: Partial<User>): Promise<string> {
    try {
      return await this.repo.insert(em, values);
    } catch (err) {
      throw conflictOnEmail(err);
    }
  }

  private async load(em: EntityManager, id: string): Promise<UserDto> {
    const row = await this.repo.find(em, id);
    if (!row) throw new NotFoundError();
    return toUserDto(row);
  }
}

function pickUser(dto: CreateUserDto): Partial<User> {
  return { displayName: dto.displayName, role: dto.role, organisationId: dto.organisationId, active: dto.active ?? true };
}

function conflictOnEmail(err: unknown): unknown {
  if (err instanceof QueryFailedError && (err.driverError as { code?: string }).code === '23505') {
    return new ConflictError('Données en conflit', [{ field: 'email', message: 'adresse déjà utilisée par un autre compte' }]);
  }
  return err;
}
