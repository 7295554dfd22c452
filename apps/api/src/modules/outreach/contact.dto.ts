import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, bool, date, dateTime, enumText, guid, list, oneOf, text, timestamp, uuid } from '../../common/http/zod-fields';

export class ContactCreateDto extends createZodDto(
  body({
    householdId: uuid(),
    channel: oneOf(CONTACT_CHANNELS),
    outcome: oneOf(CONTACT_OUTCOMES).describe(
      'joint / rdv_pris font passer les droits liés « confirme » à « informe ». refus ne crée pas de refus : utiliser la transition refus_personne.',
    ),
    note: text({ max: 4000 }).optional(),
    occurredAt: dateTime().optional().describe('Maintenant par défaut'),
    rightIds: list(uuid(), 20, 'doit être une liste d’identifiants')
      .optional()
      .describe('Droits détectés du foyer concernés par ce contact'),
    informRightIds: list(uuid(), 20, 'doit être une liste d’identifiants')
      .optional()
      .describe(
        'Droits abordés (parmi rightIds) à passer à « informe » avec ce contact, dans la même transaction (transition notée, signée par l’auteur, auditée). ' +
          'Seulement si la personne est jointe (joint, rdv_pris) et depuis un état qui le permet (« confirme »), sinon 400 ou 409 et rien n’est enregistré. ' +
          'Liste vide : aucun droit ne change d’état. Absent : les droits liés « confirme » passent à « informe » quand la personne est jointe.',
      ),
    nextAttemptOn: date()
      .optional()
      .describe('Crée une tâche de relance pour moi à cette date (refusée tant que la personne refuse d’être sollicitée)'),
    inbound: bool()
      .optional()
      .describe('La personne a pris contact d’elle-même (appel, courrier, venue) : seul contact enregistrable pendant son refus'),
    liftRefusal: bool()
      .optional()
      .describe('Contact entrant où la personne demande à être de nouveau sollicitée : son refus prend fin aujourd’hui (ses mots dans personWords)'),
    personWords: text({ max: 2000 })
      .optional()
      .describe('Les mots de la personne, tels qu’elle les a dits ; obligatoires pour lever un refus'),
  }),
) {}

export class ContactDto extends createZodDto(
  z.object({
    id: guid(),
    householdId: guid(),
    householdReference: z.string(),
    authorId: guid().nullable(),
    authorName: z.string().nullable(),
    channel: enumText(CONTACT_CHANNELS),
    outcome: enumText(CONTACT_OUTCOMES),
    note: z.string().nullable(),
    occurredAt: timestamp(),
    nextAttemptOn: z.string().meta({ format: 'date' }).nullable(),
    inbound: z.boolean().describe('À l’initiative de la personne'),
    rightIds: z.array(guid()),
    nextTaskId: guid().nullable().describe('Tâche de relance créée'),
    createdAt: timestamp(),
  }),
) {}
