import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../common/auth/actor';
import { AllowStages, Authorize, CurrentActor } from '../../../common/auth/decorators';
import { AuthService } from '../auth.service';
import { MeDto } from '../login.dto';
import { SessionCookie } from '../session-cookie';
import { TotpCodeDto, TotpEnrolmentDto, TotpRecoveryCodesDto, TotpStatusDto, TotpVerifyDto } from './totp.dto';
import { TotpService } from './totp.service';

@ApiTags('auth')
@Controller('auth/totp')
export class TotpController {
  constructor(
    private readonly totp: TotpService,
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  @Get()
  @Authorize('session.self')
  @AllowStages('enrolment')
  @ApiOperation({ summary: 'Double authentification : activée, obligatoire, codes de secours restants' })
  @ApiOkResponse({ type: TotpStatusDto })
  async status(@CurrentActor() actor: Actor): Promise<TotpStatusDto> {
    const me = await this.auth.me(actor.userId, actor.stage);
    return { enabled: me.twoFactor.enabled, required: me.twoFactor.required, recoveryCodesLeft: await this.totp.recoveryCodesLeft(actor) };
  }

  @Post('enrolment')
  @HttpCode(200)
  @Authorize('session.self')
  @AllowStages('enrolment')
  @ApiOperation({ summary: 'Double authentification : nouvelle clé à enregistrer dans l’application (à confirmer par un code)' })
  @ApiOkResponse({ type: TotpEnrolmentDto })
  @ApiConflictResponse({ description: 'Double authentification déjà activée' })
  startEnrolment(@CurrentActor() actor: Actor): Promise<TotpEnrolmentDto> {
    return this.totp.startEnrolment(actor);
  }

  @Post('enrolment/confirm')
  @HttpCode(200)
  @Authorize('session.self')
  @AllowStages('enrolment')
  @ApiOperation({ summary: 'Double authentification : un code de la nouvelle clé l’active et donne dix codes de secours' })
  @ApiOkResponse({ type: TotpRecoveryCodesDto })
  @ApiConflictResponse({ description: 'Aucune clé en cours d’enregistrement, ou double authentification déjà activée' })
  @ApiTooManyRequestsResponse({ description: 'Trop de codes erronés' })
  async confirm(@CurrentActor() actor: Actor, @Body() dto: TotpCodeDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TotpRecoveryCodesDto> {
    const { recoveryCodes, token } = await this.totp.confirmEnrolment(actor, dto.code, req.ip);
    if (token) this.cookie.set(reply, token);
    return { recoveryCodes };
  }

  @Post('verify')
  @HttpCode(200)
  @Authorize('session.self')
  @AllowStages('code')
  @ApiOperation({ summary: 'Connexion, après le mot de passe : le code de l’application ou un code de secours (usage unique)' })
  @ApiOkResponse({ type: MeDto })
  @ApiConflictResponse({ description: 'Aucun code n’est attendu pour cette session' })
  @ApiTooManyRequestsResponse({ description: 'Trop de codes erronés' })
  async verify(@CurrentActor() actor: Actor, @Body() dto: TotpVerifyDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    this.cookie.set(reply, await this.totp.verifySignIn(actor, dto, req.ip));
    return this.auth.me(actor.userId);
  }

  @Delete()
  @HttpCode(204)
  @Authorize('session.self')
  @ApiOperation({ summary: 'Désactive la double authentification (code actuel exigé ; impossible pour un administrateur)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'Double authentification non activée' })
  @ApiTooManyRequestsResponse({ description: 'Trop de codes erronés' })
  disable(@CurrentActor() actor: Actor, @Body() dto: TotpCodeDto, @Req() req: FastifyRequest): Promise<void> {
    return this.totp.disable(actor, dto.code, req.ip);
  }
}
