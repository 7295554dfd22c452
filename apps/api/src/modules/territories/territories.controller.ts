import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod/v4';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { NotFoundError } from '../../common/errors/domain-errors';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { ListResult, parseListQuery, zIdOrIds, type ListQuery, type ListSpec } from '../../common/http/list-query';

export class TerritoryDto extends createZodDto(z.object({ id: z.guid(), code: z.string().meta({ example: '23' }), name: z.string() })) {}

const filter = z.object({ id: zIdOrIds.optional() }).strict();
const TERRITORY_LIST: ListSpec<z.infer<typeof filter>> = {
  sortable: { name: 't.name', code: 't.code' },
  defaultSort: ['name', 'ASC'],
  filter,
};

/** Territories are read-only; an actor sees the territory of their organisation. */
@Injectable()
export class TerritoriesService {
  constructor(private readonly db: DataSource) {}

  async list(actor: Actor, q: ListQuery<z.infer<typeof filter>>): Promise<ListResult<TerritoryDto>> {
    const params: unknown[] = [actor.territoryId];
    let where = 't.id = $1';
    if (q.filter.id) {
      params.push(q.filter.id);
      where += ' AND t.id = ANY($2::uuid[])';
    }
    const rows = await this.db.query(
      `SELECT t.id, t.code, t.name, count(*) OVER ()::int AS total FROM territory t WHERE ${where}
       ORDER BY ${q.sort.sql} ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
      params,
    );
    return new ListResult('territories', rows.map(({ id, code, name }: TerritoryDto) => ({ id, code, name })), q.offset, rows[0]?.total ?? 0);
  }

  async get(actor: Actor, id: string): Promise<TerritoryDto> {
    if (id !== actor.territoryId) throw new NotFoundError();
    const [row] = await this.db.query('SELECT id, code, name FROM territory WHERE id = $1', [id]);
    if (!row) throw new NotFoundError();
    return row;
  }
}

@ApiTags('territories')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Get()
  @Authorize('territory.read')
  @ApiOkResponse({ type: [TerritoryDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.territories.list(actor, parseListQuery(query, TERRITORY_LIST));
  }

  @Get(':id')
  @Authorize('territory.read')
  @ApiIdParam()
  @ApiOkResponse({ type: TerritoryDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.territories.get(actor, id);
  }
}
