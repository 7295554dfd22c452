import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../common/auth/actor';
import { AllowStages, Authorize, CurrentActor, Public } from '../../common/auth/decorators';
import { AuthService } from './auth.service';
import { LoginDto, MeDto } from './login.dto';
import { SessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Connexion : ouvre une session (cookie httpOnly) ; avec la double authentification, la session attend le code (`twoFactor.pending`)' })
  @ApiOkResponse({ type: MeDto })
  @ApiUnauthorizedResponse({ description: 'Identifiant ou mot de passe incorrect (le même message pour un compte inconnu)' })
  @ApiTooManyRequestsResponse({ description: 'Trop de tentatives échouées (compte ou adresse IP)' })
  async login(@Body() dto: LoginDto, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeDto> {
    const { token, me } = await this.auth.login(dto.email, dto.password, req.ip);
    this.cookie.set(reply, token);
    return me;
  }

  @Post('logout')
  @HttpCode(204)
  @Authorize('session.self')
  @AllowStages('code', 'enrolment')
  @ApiOperation({ summary: 'Déconnexion : ferme la session courante' })
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(actor);
    this.cookie.clear(reply);
  }

  @Get('me')
  @Authorize('session.self')
  @AllowStages('code', 'enrolment')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.auth.me(actor.userId, actor.stage);
  }
}
