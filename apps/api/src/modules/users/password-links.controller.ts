import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/decorators';
import { ChoosePasswordDto, PasswordLinkInfoDto, PasswordLinkTokenDto } from './dto/password-link.dto';
import { INVALID_LINK, PasswordLinksService } from './password-links.service';

/** The page reached from the e-mail (no session): the person chooses their own password. */
@ApiTags('auth')
@ApiNotFoundResponse({ description: INVALID_LINK })
@Controller('auth/password-link')
export class PasswordLinksController {
  constructor(private readonly links: PasswordLinksService) {}

  @Post('inspect')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Le compte auquel mène un lien encore valable (sans le consommer)' })
  @ApiOkResponse({ type: PasswordLinkInfoDto })
  inspect(@Body() dto: PasswordLinkTokenDto) {
    return this.links.inspect(dto.token);
  }

  @Post('choose')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Choisit le mot de passe : le lien ne sert qu’une fois ; les sessions ouvertes se ferment' })
  @ApiNoContentResponse({ description: 'Mot de passe enregistré' })
  async choose(@Body() dto: ChoosePasswordDto): Promise<void> {
    await this.links.choose(dto.token, dto.password);
  }
}
