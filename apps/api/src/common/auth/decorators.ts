import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Actor, SessionStage } from './actor';
import type { Permission } from './permissions';

export const PERMISSION_KEY = 'recours:permission';
export const PUBLIC_KEY = 'recours:public';
export const SESSION_COOKIE = 'recours_session';
export const STAGES_KEY = 'recours:session-stages';

/** The route needs a signed-in user whose role grants `permission`. */
export const Authorize = (permission: Permission) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiCookieAuth(SESSION_COOKIE),
    ApiUnauthorizedResponse({ description: 'Non connecté ou session expirée' }),
    ApiForbiddenResponse({ description: `Rôle sans la permission « ${permission} »` }),
  );

/**
 * The route also serves a session whose second factor is still to come (`code`) or to be enrolled
 * (`enrolment`); every other route answers those sessions 401 / 403.
 */
export const AllowStages = (...stages: Exclude<SessionStage, 'full'>[]) => SetMetadata(STAGES_KEY, stages);

/** The route is open without a session (login, health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export type RequestWithActor = FastifyRequest & { actor?: Actor };

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<RequestWithActor>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without @Authorize');
  return actor;
});
