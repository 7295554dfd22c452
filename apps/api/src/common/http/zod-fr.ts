// French default messages for zod checks written without one (list filters, configuration): the API
// answers in French even where a schema does not spell its message out. Loaded once, by side effect.
import { z } from 'zod/v4';

const TYPES: Record<string, string> = {
  string: 'doit être un texte',
  number: 'doit être un nombre',
  int: 'doit être un nombre entier',
  boolean: 'doit être vrai ou faux',
  array: 'doit être une liste',
  object: 'doit être un objet',
  record: 'doit être un objet',
};

const SIZES: Record<string, [string, string]> = {
  string: ['doit faire au moins {n} caractères', 'doit faire au plus {n} caractères'],
  array: ['doit contenir au moins {n} éléments', 'doit contenir au plus {n} éléments'],
};

function size(origin: string, limit: number | bigint, index: 0 | 1): string {
  const template = SIZES[origin]?.[index];
  if (template) return template.replace('{n}', String(limit));
  return index === 0 ? `doit être supérieur ou égal à ${limit}` : `doit être inférieur ou égal à ${limit}`;
}

export const frenchErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'champ obligatoire' : (TYPES[issue.expected] ?? 'type invalide');
    case 'invalid_value':
      return `doit valoir l'une des valeurs : ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return size(issue.origin, issue.minimum, 0);
    case 'too_big':
      return size(issue.origin, issue.maximum, 1);
    case 'invalid_format':
      return issue.format === 'url' ? 'doit être une URL' : 'format invalide';
    case 'not_multiple_of':
      return `doit être un multiple de ${issue.divisor}`;
    case 'unrecognized_keys':
      return `champ inconnu : ${issue.keys.join(', ')}`;
    default:
      return 'valeur invalide';
  }
};

z.config({ localeError: frenchErrors });
