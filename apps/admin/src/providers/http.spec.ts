import { toHttpError, withJsonType } from './http';

describe('toHttpError', () => {
  it('maps field errors to react-admin submission errors keyed by the field path', () => {
    const error = toHttpError(400, {
      statusCode: 400,
      message: 'Données invalides',
      errors: [
        { field: 'members[0].incomes[0].monthlyAmountCents', message: 'Le montant doit être positif.' },
        { message: 'Le foyer doit avoir un demandeur.' },
      ],
    });
    expect(error.status).toBe(400);
    expect(error.message).toBe('Données invalides');
    expect(error.body.errors).toEqual({
      'members.0.incomes.0.monthlyAmountCents': 'Le montant doit être positif.',
      root: { serverError: 'Le foyer doit avoir un demandeur.' },
    });
  });

  it('keeps a plain message when there is no field error', () => {
    const error = toHttpError(429, { statusCode: 429, message: 'Trop de tentatives.' });
    expect(error.message).toBe('Trop de tentatives.');
    expect(error.body.errors).toBeUndefined();
  });

  it('joins class-validator message arrays', () => {
    expect(toHttpError(400, { message: ['a', 'b'] }).message).toBe('a b');
  });
});

describe('withJsonType', () => {
  it('sends application/json on every write, bodyless DELETE and POST included, not on reads', () => {
    expect(withJsonType({ method: 'DELETE', headers: new Headers({ 'Content-Type': 'text/plain' }) }).get('Content-Type')).toBe('application/json');
    expect(withJsonType({ method: 'POST' }).get('Content-Type')).toBe('application/json');
    expect(withJsonType({}).get('Content-Type')).toBeNull();
    expect(withJsonType({ method: 'GET' }).get('Accept')).toBe('application/json');
  });
});
