// The first administrator of an installation. Production has no demo account, and only an admin can
// create accounts: this is how the first one comes to exist (apps/api/src/cli/create-admin.ts). Like
// any new account it has no password: its owner receives the single-use "choose your password" link
// by e-mail, then enrols the second factor at first sign-in, as every admin must.
import { Injectable } from '@nestjs/common';
import { ORGANISATION_KINDS, type OrganisationKind } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserDto } from './dto/user.dto';
import { AccountNotices } from './account-notices';
import { FirstAdminRepository } from './first-admin.repository';
import { PasswordLinksService } from './password-links.service';
import { toUserDto, UsersRepository } from './users.repository';

export interface FirstAdminInput {
  email: string;
  displayName: string;
  /** Territory code ("23"); created when missing, then `territoryName` is required. */
  territoryCode: string;
  territoryName?: string;
  /** Organisation of the territory, by name; created when missing, of kind `organisationKind`. */
  organisationName: string;
  organisationKind?: OrganisationKind;
}

export interface FirstAdminResult {
  user: UserDto;
  /** `resent`: the same admin had not chosen a password yet; a new link replaces the old one. */
  outcome: 'created' | 'resent';
  territoryCreated: boolean;
  organisationCreated: boolean;
  linkExpiresAt: Date;
}

/** A refusal to explain to whoever runs the command (no stack trace). */
export class FirstAdminError extends Error {}

/** Named in the e-mails sent to the managers of an existing organisation. */
export const CREATED_BY_COMMAND = 'l’installation (commande create-admin)';

const ADMIN_FIELDS = ['email', 'displayName', 'role', 'organisationId'];

@Injectable()
export class FirstAdminService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly repo: FirstAdminRepository,
    private readonly links: PasswordLinksService,
    private readonly notices: AccountNotices,
    private readonly audit: AuditService,
  ) {}

  /** Territory, organisation, account, audit and e-mail in one transaction: when the mail server refuses, nothing stays. */
  async create(input: FirstAdminInput): Promise<FirstAdminResult> {
    const email = input.email.trim().toLowerCase();
    const displayName = input.displayName.trim();
    const kind = input.organisationKind ?? 'conseil_departemental';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new FirstAdminError(`Adresse e-mail invalide : ${input.email}`);
    if (!displayName) throw new FirstAdminError('Nom affiché vide');
    if (!ORGANISATION_KINDS.includes(kind)) throw new FirstAdminError(`Type d’organisation inconnu : ${kind} (${ORGANISATION_KINDS.join(', ')})`);

    return this.db.transaction(async (em) => {
      const territory = await this.territory(em, input.territoryCode.trim(), input.territoryName?.trim());
      const organisation = await this.organisation(em, territory.id, input.organisationName.trim(), kind);
      const existing = await this.repo.accountByEmail(em, email);
      let id: string;
      let outcome: FirstAdminResult['outcome'] = 'created';
      if (existing) {
        // Running the command again before the link was used (lost, expired) sends a new one; any other account is left alone.
        if (existing.role !== 'admin' || !existing.active || existing.has_password || existing.organisation_id !== organisation.id) {
          throw new FirstAdminError(`Un compte existe déjà avec l’adresse ${email} : rien n’a été modifié.`);
        }
        id = existing.id;
        outcome = 'resent';
      } else {
        id = await this.users.insert(em, { email, displayName, role: 'admin', organisationId: organisation.id, active: true, passwordHash: null });
      }
      // The account is its own author in the audit trail (no one is signed in).
      const self = { userId: id, organisationId: organisation.id };
      const entries = [];
      if (organisation.created) entries.push({ action: 'create' as const, entityType: 'organisation' as const, entityId: organisation.id, fields: ['name', 'kind'] });
      if (outcome === 'created') entries.push({ action: 'create' as const, entityType: 'user' as const, entityId: id, fields: ADMIN_FIELDS });
      await this.audit.record(em, self, entries);
      const user = toUserDto((await this.users.find(em, id))!);
      const link = await this.links.issue(em, id, 'invitation', null);
      await this.notices.send(em, self, { change: 'created', before: user, after: user, fields: [], link, by: CREATED_BY_COMMAND });
      return { user, outcome, territoryCreated: territory.created, organisationCreated: organisation.created, linkExpiresAt: link.expiresAt };
    });
  }

  private async territory(em: EntityManager, code: string, name: string | undefined): Promise<{ id: string; created: boolean }> {
    const found = await this.repo.territoryId(em, code);
    if (found) return { id: found, created: false };
    if (!name) throw new FirstAdminError(`Territoire « ${code} » inconnu : donnez son nom (--territory-name) pour le créer.`);
    return { id: await this.repo.insertTerritory(em, code, name), created: true };
  }

  private async organisation(em: EntityManager, territoryId: string, name: string, kind: OrganisationKind): Promise<{ id: string; created: boolean }> {
    if (!name) throw new FirstAdminError('Nom d’organisation vide');
    const found = await this.repo.organisationIds(em, territoryId, name);
    if (found.length > 1) throw new FirstAdminError(`Plusieurs organisations s’appellent « ${name} » dans ce territoire.`);
    if (found.length) return { id: found[0], created: false };
    return { id: await this.repo.insertOrganisation(em, territoryId, name, kind), created: true };
  }
}
