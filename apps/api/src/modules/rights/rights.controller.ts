import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { ZodBodyPipe } from '../../common/http/validation';
import { DetectedRightCreateDto, DetectedRightDetailDto, DetectedRightDto, TransitionInputDto, type TransitionInput } from './dto/detected-right.dto';
import { ApiExport } from '../exports/api-export';
import { parseExportQuery } from '../exports/export-query';
import { sendExport } from '../exports/send-export';
import { DETECTED_RIGHT_LIST, DetectedRightsService } from './detected-rights.service';

@ApiTags('detected-rights')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('detected-rights')
export class RightsController {
  constructor(private readonly rights: DetectedRightsService) {}

  @Get()
  @Authorize('outreach.read')
  @ApiOperation({ summary: 'Droits détectés des foyers de mon organisation (suggestions à examiner, jamais des décisions)' })
  @ApiListQuery(DETECTED_RIGHT_LIST, { name: 'DetectedRight', filterExample: '{"status":["detecte","confirme"],"benefit":"rsa","minAmountCents":100000}' })
  @ApiOkResponse({ type: [DetectedRightDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.rights.list(actor, parseListQuery(query, DETECTED_RIGHT_LIST));
  }

  @Get('export')
  @Authorize('outreach.read')
  @ApiExport('Droits détectés de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX', DETECTED_RIGHT_LIST, 'DetectedRight')
  export(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply) {
    return sendExport(reply, this.rights.export(actor, parseExportQuery(query, DETECTED_RIGHT_LIST)));
  }

  @Get(':id')
  @Authorize('outreach.read')
  @ApiIdParam()
  @ApiOkResponse({ type: DetectedRightDetailDto, description: 'Avec l’explication du moteur, l’historique et les transitions possibles' })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.rights.get(actor, id);
  }

  @Post()
  @Authorize('outreach.write')
  @ApiOperation({ summary: 'Saisir un droit (source saisie ou partenaire)' })
  @ApiCreatedResponse({ type: DetectedRightDetailDto })
  @ApiConflictResponse({ description: 'Un droit ouvert existe déjà pour ce foyer et cette prestation (existingId)' })
  create(@CurrentActor() actor: Actor, @Body() dto: DetectedRightCreateDto) {
    return this.rights.create(actor, dto);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authorize('outreach.write')
  @ApiIdParam()
  @ApiOperation({
    summary: 'Faire avancer un droit détecté',
    description:
      'detecte → confirme | ecarte (reason) ; confirme → informe ; informe → demande_en_cours | demande_deposee ; demande_en_cours → demande_deposee ; ' +
      'demande_deposee → accorde (grantedMonthlyAmountCents, grantedFrom) | refuse (reason) ; tout état ouvert → abandonne (sauf detecte) | refus_personne. ' +
      'refus_personne bloque toute sollicitation du foyer pour cette prestation (REFUSAL_BLOCK_MONTHS, 12 mois par défaut) et annule ses tâches ouvertes.',
  })
  @ApiBody({ type: TransitionInputDto })
  @ApiOkResponse({ type: DetectedRightDetailDto })
  @ApiConflictResponse({ description: "Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus }" })
  transition(@CurrentActor() actor: Actor, @IdParam() id: string, @Body(new ZodBodyPipe(TransitionInputDto)) dto: TransitionInput) {
    return this.rights.transition(actor, id, dto);
  }
}
