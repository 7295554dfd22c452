import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { ApiExport } from '../exports/api-export';
import { parseExportQuery } from '../exports/export-query';
import { sendExport } from '../exports/send-export';
import { AuditEventDto } from './audit-event.dto';
import { AUDIT_LIST, AuditQueryService } from './audit-query.service';

@ApiTags('audit')
// A household filter outside the reader's scope answers 404, as the household itself would.
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @Authorize('audit.read')
  @ApiOperation({
    summary: "Journal d'accès (responsables : toute l'organisation ; intervenants : un foyer via filter.householdId)",
  })
  @ApiListQuery(AUDIT_LIST, { name: 'AuditEvent', filterExample: '{"householdId":"…","action":"read","from":"2026-01-01"}' })
  @ApiOkResponse({ type: [AuditEventDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.audit.list(actor, parseListQuery(query, AUDIT_LIST));
  }

  @Get('export')
  @Authorize('audit.read')
  @ApiExport('Journal d’accès complet (mêmes filtres et même périmètre que la liste), en CSV ou XLSX ; l’export est lui-même journalisé', AUDIT_LIST, 'AuditEvent')
  export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    return sendExport(reply, this.audit.export(actor, parseExportQuery(query, AUDIT_LIST)));
  }
}
