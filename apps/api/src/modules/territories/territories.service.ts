import { Injectable } from '@nestjs/common';
import { z } from 'zod/v4';
import { territoryScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import { ListResult, zIdOrIds, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { TerritoriesRepository } from './territories.repository';
import type { TerritoryDto } from './territory.dto';

const filter = z.object({ id: zIdOrIds.optional() }).strict();
export type TerritoryFilter = z.infer<typeof filter>;

export const TERRITORY_LIST: ListSpec<TerritoryFilter> = {
  sortable: { name: 't.name', code: 't.code' },
  defaultSort: ['name', 'ASC'],
  filter,
};

/** Territories are read-only; an actor sees the territory of their organisation. */
@Injectable()
export class TerritoriesService {
  constructor(private readonly repo: TerritoriesRepository) {}

  async list(actor: Actor, q: ListQuery<TerritoryFilter>): Promise<ListResult<TerritoryDto>> {
    const { total, rows } = await this.repo.list(territoryScope(actor), q);
    return new ListResult('territories', rows, q.offset, total);
  }

  async get(actor: Actor, id: string): Promise<TerritoryDto> {
    if (id !== territoryScope(actor).territoryId) throw new NotFoundError();
    const row = await this.repo.find(id);
    if (!row) throw new NotFoundError();
    return row;
  }
}
