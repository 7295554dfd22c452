import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConsentCreateDto } from './dto/referral.dto';

export interface ConsentRow {
  id: string;
  person_id: string;
  first_name: string;
  last_name: string;
  household_id: string;
  purpose: string;
  recipient_organisation_id: string | null;
  recipient_organisation_name: string | null;
  given: boolean;
  decided_on: string;
  method: string;
  expires_on: string | null;
  recorded_by_name: string | null;
  recorded_at: Date;
}

const SELECT = `c.id, c.person_id, p.first_name, p.last_name, c.household_id, c.purpose, c.recipient_organisation_id, o.name AS recipient_organisation_name,
    c.given, c.decided_on, c.method, c.expires_on, u.display_name AS recorded_by_name, c.recorded_at
  FROM consent c JOIN person p ON p.id = c.person_id
  LEFT JOIN organisation o ON o.id = c.recipient_organisation_id
  LEFT JOIN app_user u ON u.id = c.recorded_by`;

/** The consent ledger: rows are only ever inserted (a trigger refuses updates). */
@Injectable()
export class ConsentsRepository {
  async list(em: EntityManager, householdId: string, personId: string | undefined, page: { limit: number; offset: number; order: 'ASC' | 'DESC' }) {
    const params: unknown[] = [householdId];
    let where = 'c.household_id = $1';
    if (personId) {
      params.push(personId);
      where += ' AND c.person_id = $2';
    }
    const [{ total }]: { total: number }[] = await em.query(`SELECT count(*)::int AS total FROM consent c WHERE ${where}`, params);
    const rows: ConsentRow[] = await em.query(
      `SELECT ${SELECT} WHERE ${where} ORDER BY c.recorded_at ${page.order}, c.id ${page.order} LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    );
    return { total, rows };
  }

  async get(em: EntityManager, id: string): Promise<ConsentRow | undefined> {
    const rows: ConsentRow[] = await em.query(`SELECT ${SELECT} WHERE c.id = $1`, [id]);
    return rows[0];
  }

  async personHousehold(em: EntityManager, personId: string): Promise<{ household_id: string; organisation_id: string } | undefined> {
    const rows: { household_id: string; organisation_id: string }[] = await em.query(
      'SELECT p.household_id, h.organisation_id FROM person p JOIN household h ON h.id = p.household_id WHERE p.id = $1',
      [personId],
    );
    return rows[0];
  }

  async organisationInTerritory(em: EntityManager, id: string, territoryId: string): Promise<boolean> {
    return (await em.query('SELECT 1 FROM organisation WHERE id = $1 AND territory_id = $2', [id, territoryId])).length > 0;
  }

  async insert(em: EntityManager, householdId: string, organisationId: string, recordedBy: string, dto: ConsentCreateDto): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO consent (person_id, household_id, organisation_id, purpose, recipient_organisation_id, given, decided_on, method, expires_on, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [dto.personId, householdId, organisationId, dto.purpose, dto.recipientOrganisationId ?? null, dto.given, dto.decidedOn, dto.method, dto.expiresOn ?? null, recordedBy],
    );
    return row.id;
  }
}
