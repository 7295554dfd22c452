import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor';
import { Authorize, CurrentActor } from '../../common/auth/decorators';
import { ApiIdParam, IdParam } from '../../common/http/id-param';
import { parseListQuery } from '../../common/http/list-query';
import { ApiListQuery } from '../../common/http/list-query-doc';
import { CreateUserDto, PasswordLinkSentDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { USER_LIST, UsersService } from './users.service';

@ApiTags('users')
@ApiNotFoundResponse({ description: 'Introuvable ou accès refusé' })
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authorize('user.read')
  @ApiOperation({ summary: 'Administrateurs : comptes du territoire ; autres rôles : collègues de l’organisation' })
  @ApiListQuery(USER_LIST, { name: 'User', filterExample: '{"q":"dupont","role":["social_worker","manager"],"active":true}' })
  @ApiOkResponse({ type: [UserDto] })
  list(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.users.list(actor, parseListQuery(query, USER_LIST));
  }

  @Get(':id')
  @Authorize('user.read')
  @ApiIdParam()
  @ApiOkResponse({ type: UserDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.users.get(actor, id);
  }

  @Post()
  @Authorize('user.manage')
  @ApiOperation({ summary: 'Crée un compte sans mot de passe : son titulaire reçoit par e-mail un lien à usage unique pour le choisir' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiServiceUnavailableResponse({ description: 'E-mail non envoyé : rien n’a été créé' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.users.create(actor, dto);
  }

  @Put(':id')
  @Authorize('user.manage')
  @ApiIdParam()
  @ApiOperation({ summary: 'Modifie un compte (jamais son mot de passe) ; le titulaire et les responsables de l’organisation sont prévenus' })
  @ApiOkResponse({ type: UserDto })
  @ApiServiceUnavailableResponse({ description: 'E-mail non envoyé : rien n’a été modifié' })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/password-reset')
  @HttpCode(200)
  @Authorize('user.manage')
  @ApiIdParam()
  @ApiOperation({
    summary: 'Réinitialise le mot de passe : l’ancien ne fonctionne plus, les sessions se ferment, le titulaire reçoit un lien à usage unique pour en choisir un',
  })
  @ApiOkResponse({ type: PasswordLinkSentDto })
  @ApiUnprocessableEntityResponse({ description: 'Compte désactivé' })
  @ApiServiceUnavailableResponse({ description: 'E-mail non envoyé : rien n’a été modifié' })
  resetPassword(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.users.resetPassword(actor, id);
  }

  @Delete(':id')
  @Authorize('user.manage')
  @ApiIdParam()
  @ApiOkResponse({ type: UserDto })
  remove(@CurrentActor() actor: Actor, @IdParam() id: string) {
    return this.users.remove(actor, id);
  }
}
