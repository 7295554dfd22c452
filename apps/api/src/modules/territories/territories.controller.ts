import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { TERRITORY_LIST, TerritoriesService } from './territories.service';
import { TerritoryDto } from './territory.dto';

@ApiTags('territories')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('territories')
export class TerritoriesController {
  constructor(private readonly territories: TerritoriesService) {}

  @Get()
  @Authorize('territory.read')
  @ApiListQuery(TERRITORY_LIST, { name: 'Territory' })
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
