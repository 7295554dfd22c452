import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { ReferralActionDto, ReferralCreateDto, ReferralDetailDto, ReferralDto } from './dto/referral.dto';
import { REFERRAL_LIST, ReferralsService } from './referrals.service';

const CONFLICT = "Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus }";

@ApiTags('referrals')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré)' })
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @Authorize('referral.read')
  @ApiOperation({ summary: 'Orientations envoyées (box=sent) ou reçues (box=received, par défaut pour les partenaires)' })
  @ApiQuery({ name: 'box', required: false, enum: ['sent', 'received'] })
  @ApiListQuery(REFERRAL_LIST, { name: 'Referral', filterExample: '{"status":["envoyee","accusee"],"benefit":"prime_activite","overdue":true,"sentFrom":"2026-01-01","sentTo":"2026-06-30"}', filterDescription: 'box, id, status, recipientOrganisationId, senderOrganisationId, householdId, benefit, overdue, sentFrom et sentTo (dates d’envoi, AAAA-MM-JJ, incluses)' })
  @ApiOkResponse({ type: [ReferralDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    const { box, ...rest } = query;
    return this.referrals.list(actor, parseListQuery(rest, REFERRAL_LIST), box as string | undefined);
  }

  @Get(':id')
  @Authorize('referral.read')
  @ApiIdParam()
  @ApiOperation({ summary: 'Une orientation : historique, actions possibles et les seules données partagées (lecture auditée)' })
  @ApiOkResponse({ type: ReferralDetailDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.referrals.get(actor, id);
  }

  @Post()
  @Authorize('referral.send')
  @ApiOperation({
    summary: 'Orienter un foyer vers une organisation partenaire',
    description:
      'Exige un consentement au partage en vigueur pour ce destinataire (sinon 422) ; un·e responsable peut passer outre avec un motif écrit (audité). ' +
      'Refusé (422) pour un foyer qui a refusé d’être sollicité. Deux envois avec le même en-tête Idempotency-Key créent une seule orientation.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Clé unique par envoi (UUID conseillé)', example: '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b' })
  @ApiBody({
    type: ReferralCreateDto,
    examples: {
      ppa: {
        summary: 'Prime d’activité vers la CAF',
        value: { householdId: '6f1c2f6e-0f3c-4a35-9c55-3a3f54a2b0c1', recipientOrganisationId: 'b1e1…', detectedRightIds: ['9a7d…'], message: 'Madame est joignable le matin.' },
      },
    },
  })
  @ApiCreatedResponse({ type: ReferralDetailDto })
  @ApiUnprocessableEntityResponse({ description: 'Consentement au partage absent ou retiré, refus de sollicitation, destinataire ou droit invalide' })
  send(@CurrentActor() actor: Actor, @Body() dto: ReferralCreateDto, @Headers('idempotency-key') key?: string) {
    return this.referrals.send(actor, dto, key);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Authorize('referral.respond')
  @ApiIdParam()
  @ApiOperation({ summary: 'Destinataire : accuser réception (envoyee → accusee)' })
  @ApiOkResponse({ type: ReferralDetailDto })
  @ApiConflictResponse({ description: CONFLICT })
  acknowledge(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReferralActionDto) {
    return this.referrals.act(actor, id, 'acknowledge', body);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Authorize('referral.respond')
  @ApiIdParam()
  @ApiOperation({ summary: 'Destinataire : accepter (accusee → acceptee)' })
  @ApiOkResponse({ type: ReferralDetailDto })
  @ApiConflictResponse({ description: CONFLICT })
  accept(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReferralActionDto) {
    return this.referrals.act(actor, id, 'accept', body);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Authorize('referral.respond')
  @ApiIdParam()
  @ApiOperation({ summary: 'Destinataire : décliner avec un motif (accusee → declinee)' })
  @ApiBody({ type: ReferralActionDto, examples: { motif: { value: { reason: 'Hors de notre compétence territoriale' } } } })
  @ApiOkResponse({ type: ReferralDetailDto })
  @ApiConflictResponse({ description: CONFLICT })
  decline(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReferralActionDto) {
    return this.referrals.act(actor, id, 'decline', body);
  }

  @Post(':id/progress')
  @HttpCode(200)
  @Authorize('referral.respond')
  @ApiIdParam()
  @ApiOperation({ summary: 'Destinataire : signaler un avancement, commentaire daté (acceptee|en_cours → en_cours)' })
  @ApiBody({ type: ReferralActionDto, examples: { avancement: { value: { comment: 'Rendez-vous fixé le 12 mai' } } } })
  @ApiOkResponse({ type: ReferralDetailDto })
  @ApiConflictResponse({ description: CONFLICT })
  progress(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReferralActionDto) {
    return this.referrals.act(actor, id, 'progress', body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Authorize('referral.respond')
  @ApiIdParam()
  @ApiOperation({
    summary: 'Destinataire : clôturer avec une issue (acceptee|en_cours → cloturee)',
    description: 'droit_ouvert passe les droits détectés liés à « accordé » avec ce montant ; droit_refuse à « refusé ».',
  })
  @ApiBody({
    type: ReferralActionDto,
    examples: {
      droit_ouvert: { value: { outcome: 'droit_ouvert', monthlyAmountCents: 18750, startMonth: '2026-05' } },
      droit_refuse: { value: { outcome: 'droit_refuse', reason: 'ressources_superieures' } },
      sans_suite: { value: { outcome: 'sans_suite', comment: 'Personne injoignable' } },
    },
  })
  @ApiOkResponse({ type: ReferralDetailDto })
  @ApiConflictResponse({ description: CONFLICT })
  close(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReferralActionDto) {
    return this.referrals.act(actor, id, 'close', body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authorize('referral.send')
  @ApiIdParam()
  @ApiOperation({ summary: 'Expéditeur : annuler une orientation ouverte' })
  @ApiOkResponse({ type: ReferralDetailDto })
  @ApiConflictResponse({ description: CONFLICT })
  @ApiForbiddenResponse({ description: 'Action réservée à l’organisation qui oriente' })
  cancel(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: ReferralActionDto) {
    return this.referrals.act(actor, id, 'cancel', body);
  }
}
