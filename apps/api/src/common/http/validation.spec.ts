import type { ArgumentMetadata } from '@nestjs/common';
import { HouseholdInputDto } from '../../modules/households/dto/household-input.dto';
import { ValidationFailedError } from '../errors/domain-errors';
import { ZodBodyPipe } from './validation';

const pipe = new ZodBodyPipe();
const meta: ArgumentMetadata = { type: 'body', metatype: HouseholdInputDto };

function errorsOf(body: unknown) {
  try {
    pipe.transform(body, meta);
    return [];
  } catch (e) {
    if (e instanceof ValidationFailedError) return e.errors;
    throw e;
  }
}

describe('validation pipe (household input)', () => {
  it('accepts what GET returns (read-only fields are tolerated, then dropped) and keeps every writable field', () => {
    const body = {
      id: 'x', reference: 'HH-2026-00001', createdAt: 'now', referent: { id: 'x', displayName: 'y' }, postcode: '23000', communeInsee: '2A004',
      members: [{ id: '5b0a8e3e-1c1b-4a1e-9a7e-2f0b7f1d2c3e', householdId: 'h', firstName: 'A', lastName: 'B', relationship: 'demandeur', birthDate: '2000-02-29', incomes: [] }],
    };
    expect(errorsOf(body)).toEqual([]);
    expect(pipe.transform(body, meta)).toEqual({
      postcode: '23000', communeInsee: '2A004',
      members: [{ id: '5b0a8e3e-1c1b-4a1e-9a7e-2f0b7f1d2c3e', firstName: 'A', lastName: 'B', relationship: 'demandeur', birthDate: '2000-02-29', incomes: [] }],
    });
  });

  it('gives nested field paths, French messages, and rejects unknown fields at any depth', () => {
    expect(
      errorsOf({ monthlyRentCents: '100', members: [{ firstName: 'A', lastName: 'B', relationship: 'demandeur', birthDate: '2001-02-29', nickname: 'x', incomes: [{ kind: 'salaire', monthlyAmountCents: 10, startMonth: '2025-1' }] }] }),
    ).toEqual([
      { field: 'monthlyRentCents', message: 'doit être un montant entier en centimes' },
      { field: 'members[0].birthDate', message: "date qui n'existe pas dans le calendrier" },
      { field: 'members[0].incomes[0].startMonth', message: 'doit être un mois AAAA-MM' },
      { field: 'members[0].nickname', message: 'champ inconnu' },
    ]);
  });

  it('does not convert types: "12" is not a number, "true" is not a boolean', () => {
    expect(errorsOf({ members: [{ firstName: 'A', lastName: 'B', relationship: 'demandeur', disabilityRecognised: 'true', incapacityRate: '12' }] })).toEqual([
      { field: 'members[0].disabilityRecognised', message: 'doit être vrai ou faux' },
      { field: 'members[0].incapacityRate', message: 'doit être un nombre entier' },
    ]);
  });

  it('names missing required fields and non-object items', () => {
    expect(errorsOf({ members: [{ firstName: 'A', relationship: 'demandeur' }, 'x'] })).toEqual([
      { field: 'members[0].lastName', message: 'champ obligatoire' },
      { field: 'members[1]', message: 'doit être un objet' },
    ]);
  });

  it('distinguishes absent (unchanged), null (cleared) and null on a non-nullable field', () => {
    expect(errorsOf({ address: null, status: undefined })).toEqual([]);
    expect(errorsOf({ status: null })).toEqual([{ field: 'status', message: "doit valoir l'une des valeurs : active, closed" }]);
  });

  it('refuses a body that is not a JSON object', () => {
    expect(errorsOf(undefined)).toEqual([{ field: 'body', message: 'un objet JSON est attendu' }]);
    expect(errorsOf([{}])).toEqual([{ field: 'body', message: 'un objet JSON est attendu' }]);
  });
});
