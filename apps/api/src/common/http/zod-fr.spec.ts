import { z } from 'zod/v4';
import { zodFieldErrors } from './validation';
import './zod-fr';

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : zodFieldErrors(r.error);
};

describe('French default zod messages', () => {
  it('applies to checks written without a message', () => {
    const schema = z.strictObject({
      postcode: z.string().regex(/^\d{5}$/),
      n: z.number().int().min(1).max(3),
      tags: z.array(z.string()).max(1),
      kind: z.enum(['a', 'b']),
      name: z.string().min(2),
    });
    expect(errorsOf(schema, { postcode: 23000, n: 5, tags: ['x', 'y'], kind: 'c', name: 'A', extra: 1 })).toEqual([
      { field: 'postcode', message: 'doit être un texte' },
      { field: 'n', message: 'doit être inférieur ou égal à 3' },
      { field: 'tags', message: 'doit contenir au plus 1 éléments' },
      { field: 'kind', message: "doit valoir l'une des valeurs : a, b" },
      { field: 'name', message: 'doit faire au moins 2 caractères' },
      { field: 'extra', message: 'champ inconnu' },
    ]);
    expect(errorsOf(schema, {})[0]).toEqual({ field: 'postcode', message: 'champ obligatoire' });
  });
});
