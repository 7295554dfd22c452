import { Injectable } from '@nestjs/common';
import type { SharedFieldGroup } from '@recours/domain';
import type { EntityManager } from 'typeorm';

export interface PartnerRow {
  id: string;
  name: string;
  kind: string;
  handled_benefits: string[];
  handles_description: string | null;
  shared_groups: SharedFieldGroup[] | null;
  referral_grace_days: number;
}

export interface ReferralTypeRow {
  id: string;
  recipient_kind: string;
  label: string;
  shared_groups: SharedFieldGroup[];
  updated_at: Date;
}

/** Directory of the territory's organisations and its referral types. */
@Injectable()
export class PartnersRepository {
  async directory(em: EntityManager, territoryId: string, f: { benefit?: string; kind?: string; q?: string; id?: string[] }): Promise<PartnerRow[]> {
    const params: unknown[] = [territoryId];
    const where = ['o.territory_id = $1'];
    if (f.benefit) where.push(`$${params.push(f.benefit)}::detectable_benefit = ANY(o.handled_benefits)`);
    if (f.kind) where.push(`o.kind = $${params.push(f.kind)}::organisation_kind`);
    if (f.q) where.push(`o.name ILIKE $${params.push(f.q)}`);
    if (f.id) where.push(`o.id = ANY($${params.push(f.id)}::uuid[])`);
    return em.query(
      `SELECT o.id, o.name, o.kind, o.handled_benefits::text[] AS handled_benefits, o.handles_description, o.referral_grace_days, t.shared_groups::text[] AS shared_groups
       FROM organisation o LEFT JOIN referral_type t ON t.territory_id = o.territory_id AND t.recipient_kind = o.kind
       WHERE ${where.join(' AND ')} ORDER BY o.name, o.id`,
      params,
    );
  }

  async types(em: EntityManager, territoryId: string, ids?: string[]): Promise<ReferralTypeRow[]> {
    return em.query(
      `SELECT id, recipient_kind, label, shared_groups::text[] AS shared_groups, updated_at FROM referral_type
       WHERE territory_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) ORDER BY label, id`,
      [territoryId, ids ?? null],
    );
  }

  async updateType(em: EntityManager, territoryId: string, id: string, label: string | undefined, groups: SharedFieldGroup[] | undefined): Promise<boolean> {
    const [, count]: [unknown, number] = await em.query(
      `UPDATE referral_type SET label = COALESCE($3, label), shared_groups = COALESCE($4::shared_field_group[], shared_groups), updated_at = now()
       WHERE id = $1 AND territory_id = $2`,
      [id, territoryId, label ?? null, groups ?? null],
    );
    return count === 1;
  }
}
