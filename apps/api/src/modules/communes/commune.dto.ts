import { HOUSING_AID_ZONES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { text } from '../../common/http/zod-fields';

export const communeQuery = z
  .object({
    q: text({ max: 100 }).describe('Nom (sans accents ni majuscules : « gueret ») ou début du code postal (« 230 ») ou code INSEE'),
    limit: z.coerce.number().int().min(1).max(50).default(10).describe('Nombre de communes au plus (10 par défaut)'),
  })
  .strict();
export class CommuneQueryDto extends createZodDto(communeQuery) {}

export class CommuneDto extends createZodDto(
  z.object({
    insee: z.string().meta({ example: '23096' }).describe('Code INSEE de la commune d’aujourd’hui (la commune nouvelle pour une commune déléguée)'),
    name: z.string().meta({ example: 'Guéret' }),
    postcodes: z.array(z.string()).meta({ example: ['23000'] }),
    departement: z.string().meta({ example: '23' }),
    zone: z
      .literal(HOUSING_AID_ZONES)
      .nullable()
      .describe('Zone des aides au logement du foyer (1bis compte comme 1) ; vide si inconnue'),
    zonage: z.enum(['1', '1bis', '2', '3']).nullable().describe('Zone telle que l’arrêté du 17 mars 1978 l’écrit'),
    formerCommune: z
      .object({ insee: z.string(), name: z.string() })
      .nullable()
      .describe('Commune déléguée ou associée trouvée par son nom ; sa zone est celle de la réponse'),
  }),
) {}
