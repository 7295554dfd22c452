import type { ArgumentMetadata } from '@nestjs/common';
import { HouseholdInputDto } from '../../modules/households/dto/household-input.dto';
import { ValidationFailedError } from '../errors/domain-errors';
import { createValidationPipe } from './validation';

const pipe = createValidationPipe();
const meta: ArgumentMetadata = { type: 'body', metatype: HouseholdInputDto };

async function errorsOf(body: unknown) {
  try {
    await pipe.transform(body, meta);
    return [];
  } catch (e) {
    if (e instanceof ValidationFailedError) return e.errors;
    throw e;
  }
}

describe('validation pipe (household input)', () => {
  it('accepts what GET returns (read-only fields are tolerated) and strips nothing writable', async () => {
    const body = {
      id: 'x', reference: 'HH-2026-00001', createdAt: 'now', referent: { id: 'x', displayName: 'y' }, postcode: '23000', communeInsee: '2A004',
      members: [{ id: '5b0a8e3e-1c1b-4a1e-9a7e-2f0b7f1d2c3e', householdId: 'h', firstName: 'A', lastName: 'B', relationship: 'demandeur', birthDate: '2000-02-29', incomes: [] }],
    };
    expect(await errorsOf(body)).toEqual([]);
  });

  it('gives nested field paths, French messages, and rejects unknown fields at any depth', async () => {
    expect(
      await errorsOf({ monthlyRentCents: '100', members: [{ firstName: 'A', lastName: 'B', relationship: 'demandeur', birthDate: '2001-02-29', nickname: 'x', incomes: [{ kind: 'salaire', monthlyAmountCents: 10, startMonth: '2025-1' }] }] }),
    ).toEqual([
      { field: 'monthlyRentCents', message: 'doit être un montant entier en centimes' },
      { field: 'members[0].nickname', message: 'champ inconnu' },
      { field: 'members[0].birthDate', message: 'doit être une date AAAA-MM-JJ' },
      { field: 'members[0].incomes[0].startMonth', message: 'doit être un mois AAAA-MM' },
    ]);
  });

  it('distinguishes absent (unchanged), null (cleared) and null on a non-nullable field', async () => {
    expect(await errorsOf({ address: null, status: undefined })).toEqual([]);
    expect(await errorsOf({ status: null })).toEqual([{ field: 'status', message: "doit valoir l'une des valeurs : active, closed" }]);
  });

  it('refuses a body that is not a JSON object', async () => {
    expect(await errorsOf(undefined)).toEqual([{ field: 'body', message: 'un objet JSON est attendu' }]);
    expect(await errorsOf([{}])).toEqual([{ field: 'body', message: 'un objet JSON est attendu' }]);
  });
});
