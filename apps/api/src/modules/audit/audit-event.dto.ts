import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { enumText, guid, timestamp } from '../../common/http/zod-fields';

/** One audit event: who did what to which record, and when; field names only, never values. */
export class AuditEventDto extends createZodDto(
  z.object({
    id: guid(),
    actorId: guid(),
    actorDisplayName: z.string(),
    organisationId: guid(),
    organisationName: z.string().describe('Organisation de l’auteur : un historique de foyer montre aussi les lectures des partenaires'),
    action: enumText(AUDIT_ACTIONS),
    entityType: enumText(AUDIT_ENTITY_TYPES),
    entityId: z.string().nullable(),
    householdId: guid().nullable(),
    householdReference: z.string().nullable().describe('Référence du foyer (absente s’il a été supprimé)'),
    fields: z.array(z.string()).describe('Champs modifiés pour une écriture, noms des filtres pour une recherche ; jamais les valeurs'),
    occurredAt: timestamp(),
  }),
) {}
