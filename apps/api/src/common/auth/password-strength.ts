// Password rules (ASVS V2.1, CNIL deliberation 2022-100): length, not a known leaked password, and
// hard to guess according to a strength estimator that knows French words, first names and the
// person's own details.
import { MIN_PASSWORD_LENGTH } from '@recours/domain';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';
import breachedList from './breached-passwords.json';

/** Score 0–4 of zxcvbn; 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSWORD_SCORE = 3;

// The 10 000 most common passwords of public breach corpora (zxcvbn's list) plus common French ones,
// lower-cased; shipped in the repository, no network look-up.
const BREACHED = new Set<string>(breachedList as string[]);

let estimator: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    translations: fr.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...fr.dictionary },
  }));

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Why the password is refused (French, for the field), or null when it is acceptable. */
export function passwordWeakness(password: string, personal: readonly string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `doit faire au moins ${MIN_PASSWORD_LENGTH} caractères`;
  if (BREACHED.has(password.toLowerCase())) return 'mot de passe présent dans les listes de mots de passe divulgués';
  const folded = fold(password);
  const own = personal.map((p) => fold(p.split('@')[0])).filter((p) => p.length >= 4);
  if (own.some((p) => folded.includes(p) || p.includes(folded))) return 'ne doit pas reprendre votre nom ou votre adresse e-mail';
  const inputs = ['recours', ...personal.flatMap((p) => p.toLowerCase().split(/[^\p{L}\d]+/u)).filter((w) => w.length >= 3)];
  const result = zxcvbn().check(password, inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const hint = result.feedback.warning ?? result.feedback.suggestions[0];
  return `mot de passe trop facile à deviner${hint ? ` : ${hint.replace(/\.$/, '')}` : ''}`;
}
