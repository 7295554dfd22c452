import { ORGANISATION_KINDS, USER_ROLES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, email, guid, orRequired } from '../../common/http/zod-fields';

export class LoginDto extends createZodDto(
  body({
    email: email().meta({ example: 'intervenante@demo.recours.fr' }),
    // No length rule here: a wrong password is a failed attempt, not a validation error.
    password: z
      .string({ error: orRequired('doit être un texte') })
      .max(256, 'doit faire au plus 256 caractères')
      .meta({ example: 'demo-recours-2026' }),
  }),
) {}

export class OrganisationSummaryDto extends createZodDto(z.object({ id: guid(), name: z.string(), kind: z.enum(ORGANISATION_KINDS) })) {}

export class TerritorySummaryDto extends createZodDto(z.object({ id: guid(), code: z.string(), name: z.string() })) {}

export class MeDto extends createZodDto(
  z.object({
    id: guid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(USER_ROLES),
    organisation: OrganisationSummaryDto.schema,
    territory: TerritorySummaryDto.schema,
    permissions: z.array(z.string()).describe('Permissions du rôle (pour adapter l’interface ; le serveur décide)'),
    settings: z
      .object({
        refusalBlockMonths: z
          .number()
          .int()
          .describe('Durée (mois) pendant laquelle le refus de la personne bloque toute sollicitation pour la prestation (REFUSAL_BLOCK_MONTHS)'),
      })
      .describe('Réglages du serveur que l’interface affiche'),
    twoFactor: z
      .object({
        enabled: z.boolean().describe('Double authentification (TOTP) activée'),
        required: z.boolean().describe('Obligatoire pour ce rôle (administrateurs)'),
        pending: z
          .enum(['code', 'enrolment'])
          .nullable()
          .describe('Session ouverte par le seul mot de passe : `code` à saisir (POST /api/auth/totp/verify), ou `enrolment` à faire avant toute autre page ; null une fois connecté'),
      })
      .describe('Second facteur de connexion'),
  }),
) {}
