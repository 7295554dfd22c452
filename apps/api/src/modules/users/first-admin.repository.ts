// The reads and writes of the first-admin command (first-admin.service.ts): the territory, the
// organisation and any account already holding the address.
import { Injectable } from '@nestjs/common';
import type { OrganisationKind } from '@recours/domain';
import type { EntityManager } from 'typeorm';

export interface ExistingAccount {
  id: string;
  role: string;
  active: boolean;
  has_password: boolean;
  organisation_id: string;
}

@Injectable()
export class FirstAdminRepository {
  async accountByEmail(em: EntityManager, email: string): Promise<ExistingAccount | undefined> {
    const [row]: ExistingAccount[] = await em.query(
      `SELECT id, role, active, password_hash IS NOT NULL AS has_password, organisation_id FROM app_user WHERE email = $1`,
      [email],
    );
    return row;
  }

  async territoryId(em: EntityManager, code: string): Promise<string | undefined> {
    const [row]: { id: string }[] = await em.query(`SELECT id FROM territory WHERE code = $1`, [code]);
    return row?.id;
  }

  async insertTerritory(em: EntityManager, code: string, name: string): Promise<string> {
    const [row]: { id: string }[] = await em.query(`INSERT INTO territory (code, name) VALUES ($1, $2) RETURNING id`, [code, name]);
    return row.id;
  }

  /** At most two: enough to tell "none", "one" and "ambiguous" apart. */
  async organisationIds(em: EntityManager, territoryId: string, name: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM organisation WHERE territory_id = $1 AND name = $2 ORDER BY created_at LIMIT 2`, [territoryId, name]);
    return rows.map((r) => r.id);
  }

  async insertOrganisation(em: EntityManager, territoryId: string, name: string, kind: OrganisationKind): Promise<string> {
    const [row]: { id: string }[] = await em.query(`INSERT INTO organisation (name, kind, territory_id) VALUES ($1, $2, $3) RETURNING id`, [name, kind, territoryId]);
    return row.id;
  }
}
