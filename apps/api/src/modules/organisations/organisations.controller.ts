import { Body, Controller, Delete, Get, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { CreateOrganisationDto, OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { ORGANISATION_LIST, OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Authorize('organisation.read')
  @ApiListQuery(ORGANISATION_LIST, { name: 'Organisation', filterExample: '{"q":"ccas","kind":"ccas"}' })
  @ApiOkResponse({ type: [OrganisationDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.organisations.list(actor, parseListQuery(query, ORGANISATION_LIST));
  }

  @Get(':id')
  @Authorize('organisation.read')
  @ApiIdParam()
  @ApiOkResponse({ type: OrganisationDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.organisations.get(actor, id);
  }

  @Post()
  @Authorize('organisation.manage')
  @ApiCreatedResponse({ type: OrganisationDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrganisationDto) {
    return this.organisations.create(actor, dto);
  }

  @Put(':id')
  @Authorize('organisation.manage')
  @ApiIdParam()
  @ApiOkResponse({ type: OrganisationDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateOrganisationDto) {
    return this.organisations.update(actor, id, dto);
  }

  @Delete(':id')
  @Authorize('organisation.manage')
  @ApiIdParam()
  @ApiOkResponse({ type: OrganisationDto })
  remove(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.organisations.remove(actor, id);
  }
}
