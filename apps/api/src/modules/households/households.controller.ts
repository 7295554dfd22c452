import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { AuditEventDto } from '../audit/audit-event.dto';
import { AUDIT_LIST, AuditQueryService } from '../audit/audit-query.service';
import { ApiExport } from '../exports/api-export';
import { parseExportQuery } from '../exports/export-query';
import { sendExport } from '../exports/send-export';
import { HouseholdInputDto } from './dto/household-input.dto';
import { HouseholdDetailDto, HouseholdListItemDto } from './dto/household-output.dto';
import { HouseholdWriterService } from './household-writer.service';
import { HOUSEHOLD_LIST, HouseholdsService } from './households.service';

@ApiTags('households')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('households')
export class HouseholdsController {
  constructor(
    private readonly households: HouseholdsService,
    private readonly writer: HouseholdWriterService,
    private readonly audit: AuditQueryService,
  ) {}

  @Get()
  @Authorize('household.read')
  @ApiOperation({ summary: 'Foyers de mon organisation (recherche q : nom d’un membre ou référence)' })
  @ApiListQuery(HOUSEHOLD_LIST, { name: 'Household', filterExample: '{"q":"martin","status":"active","referentId":"…"}' })
  @ApiOkResponse({ type: [HouseholdListItemDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.households.list(actor, parseListQuery(query, HOUSEHOLD_LIST));
  }

  @Get('export')
  @Authorize('household.read')
  @ApiExport('Foyers de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX', HOUSEHOLD_LIST, 'Household')
  export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    return sendExport(reply, this.households.export(actor, parseExportQuery(query, HOUSEHOLD_LIST)));
  }

  @Get(':id')
  @Authorize('household.read')
  @ApiIdParam()
  @ApiOkResponse({ type: HouseholdDetailDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.households.get(actor, id);
  }

  @Get(':id/access-history')
  @Authorize('household.read')
  @ApiIdParam()
  @ApiOperation({ summary: 'Historique des accès au foyer (qui, quoi, quels champs, quand)' })
  @ApiListQuery(AUDIT_LIST, { name: 'AuditEvent' })
  @ApiOkResponse({ type: [AuditEventDto] })
  accessHistory(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: Record<string, unknown>) {
    return this.audit.householdHistory(actor, id, parseListQuery(query, AUDIT_LIST));
  }

  @Post()
  @Authorize('household.write')
  @ApiCreatedResponse({ type: HouseholdDetailDto })
  create(@CurrentActor() actor: Actor, @Body() dto: HouseholdInputDto) {
    return this.writer.create(actor, dto);
  }

  @Put(':id')
  @Authorize('household.write')
  @ApiIdParam()
  @ApiOkResponse({ type: HouseholdDetailDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: HouseholdInputDto) {
    return this.writer.update(actor, id, dto);
  }

  @Post(':id/detect')
  @HttpCode(202)
  @Authorize('household.write')
  @ApiIdParam()
  @ApiOperation({
    summary: 'Relancer la détection des droits',
    description:
      'Enregistre la demande (detectionRequestedAt) puis la confie au worker. Si la file est indisponible, la demande reste enregistrée et le balayage périodique la reprend (enqueued: false).',
  })
  @ApiAcceptedResponse({ schema: { example: { householdId: '…', detectionRequestedAt: '2026-03-01T10:00:00.000Z', enqueued: true } } })
  detect(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.writer.requestDetection(actor, id);
  }

  @Delete(':id')
  @Authorize('household.delete')
  @ApiIdParam()
  @ApiOkResponse({ type: HouseholdDetailDto })
  remove(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.households.remove(actor, id);
  }
}
