// SQL of the territories module (read-only).
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import type { ListQuery } from '../../common/http/list-query';
import type { TerritoryFilter } from './territories.service';

export interface TerritoryRow {
  id: string;
  code: string;
  name: string;
}

@Injectable()
export class TerritoriesRepository {
  constructor(private readonly db: DataSource) {}

  async list(scope: OrgScope, q: ListQuery<TerritoryFilter>): Promise<{ total: number; rows: TerritoryRow[] }> {
    const where = scopedWhere(scope, { territory: 't.id' });
    if (q.filter.id) where.add('t.id = ANY(?::uuid[])', q.filter.id);
    const rows: (TerritoryRow & { total: number })[] = await this.db.query(
      `SELECT t.id, t.code, t.name, count(*) OVER ()::int AS total FROM territory t WHERE ${where.sql}
       ORDER BY ${q.sort.sql} ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
      where.params,
    );
    return { total: rows[0]?.total ?? 0, rows: rows.map(({ id, code, name }) => ({ id, code, name })) };
  }

  async find(id: string): Promise<TerritoryRow | undefined> {
    const [row]: TerritoryRow[] = await this.db.query('SELECT id, code, name FROM territory WHERE id = $1', [id]);
    return row;
  }
}
