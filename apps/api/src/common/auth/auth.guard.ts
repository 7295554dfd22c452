import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-errors';
import type { SessionStage } from './actor';
import { PERMISSION_KEY, PUBLIC_KEY, SESSION_COOKIE, STAGES_KEY, type RequestWithActor } from './decorators';
import { can, type Permission } from './permissions';
import { SessionService } from './session.service';

/** Global guard. Fails closed: a route that declares neither @Public nor @Authorize answers 403. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) {
      this.logger.error(`Route without a declared permission: ${context.getClass().name}.${context.getHandler().name}`);
      throw new ForbiddenError();
    }
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const token = request.cookies?.[SESSION_COOKIE];
    const actor = token ? await this.sessions.resolve(token) : undefined;
    if (!actor) throw new UnauthorizedError(token ? 'Session expirée, veuillez vous reconnecter' : undefined);
    const stage = actor.stage ?? 'full';
    if (stage !== 'full' && !(this.reflector.getAllAndOverride<SessionStage[] | undefined>(STAGES_KEY, targets) ?? []).includes(stage)) {
      // Password alone: nothing but the code (or the enrolment an admin must do first).
      if (stage === 'code') throw new UnauthorizedError('Saisissez le code de votre application d’authentification');
      throw new ForbiddenError('Activez la double authentification pour continuer');
    }
    if (!can(actor.role, permission)) throw new ForbiddenError();
    request.actor = actor;
    return true;
  }
}
