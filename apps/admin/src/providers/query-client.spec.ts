import { HttpError } from 'ra-core';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('never retries an answer of the API (4xx): a 401 on the first visit shows the sign-in form at once', () => {
    expect(shouldRetry(0, new HttpError('Non authentifié', 401))).toBe(false);
    expect(shouldRetry(0, new HttpError('Introuvable', 404))).toBe(false);
    expect(shouldRetry(0, new HttpError('Invalide', 422))).toBe(false);
  });

  it('retries a server or network failure twice', () => {
    expect(shouldRetry(0, new HttpError('Erreur', 503))).toBe(true);
    expect(shouldRetry(1, new HttpError('Injoignable', 0))).toBe(true);
    expect(shouldRetry(2, new HttpError('Erreur', 500))).toBe(false);
    expect(shouldRetry(0, new TypeError('Failed to fetch'))).toBe(true);
  });
});
