import { zodFieldErrors } from '../../../common/http/validation';
import { transitionInput } from './detected-right.dto';

function check(body: unknown) {
  const r = transitionInput.safeParse(body);
  return r.success ? { ok: true as const, value: r.data } : { ok: false as const, errors: zodFieldErrors(r.error) };
}

describe('transition payload', () => {
  it('requires a dismiss reason for ecarte, with a note when the reason is autre', () => {
    expect(check({ to: 'ecarte' })).toEqual({ ok: false, errors: [{ field: 'reason', message: 'motif obligatoire parmi : deja_percu, non_eligible, doublon, autre' }] });
    expect(check({ to: 'ecarte', reason: 'non_eligible' })).toEqual({ ok: true, value: { to: 'ecarte', reason: 'non_eligible', note: null } });
    expect(check({ to: 'ecarte', reason: 'ressources_superieures' }).ok).toBe(false);
    expect(check({ to: 'ecarte', reason: 'autre' })).toEqual({ ok: false, errors: [{ field: 'note', message: 'précisez le motif dans la note' }] });
    expect(check({ to: 'ecarte', reason: 'autre', note: '  ' }).ok).toBe(false);
    expect(check({ to: 'ecarte', reason: 'autre', note: 'Déménagé hors du département' }).ok).toBe(true);
  });

  it('requires a refusal reason for refuse', () => {
    expect(check({ to: 'refuse', reason: 'deja_percu' }).ok).toBe(false);
    expect(check({ to: 'refuse', reason: 'dossier_incomplet', note: 'RIB manquant' })).toEqual({
      ok: true,
      value: { to: 'refuse', reason: 'dossier_incomplet', note: 'RIB manquant' },
    });
  });

  it('requires a non-negative integer amount and a real date for accorde, with no conversion', () => {
    expect(check({ to: 'accorde' })).toEqual({
      ok: false,
      errors: [
        { field: 'grantedMonthlyAmountCents', message: 'montant mensuel accordé obligatoire, en centimes, entier ≥ 0' },
        { field: 'grantedFrom', message: 'champ obligatoire' },
      ],
    });
    for (const bad of [-1, 12.5, '31200', 100_000_001]) expect(check({ to: 'accorde', grantedMonthlyAmountCents: bad, grantedFrom: '2026-03-01' }).ok).toBe(false);
    for (const [bad, message] of [
      ['2026-02-30', "date qui n'existe pas dans le calendrier"],
      ['9999-03-01', 'date hors de la période 1900–2200'],
      ['01/03/2026', "date d'ouverture du droit obligatoire (AAAA-MM-JJ)"],
    ]) {
      expect(check({ to: 'accorde', grantedMonthlyAmountCents: 31200, grantedFrom: bad })).toEqual({ ok: false, errors: [{ field: 'grantedFrom', message }] });
    }
    expect(check({ to: 'accorde', grantedMonthlyAmountCents: 0, grantedFrom: '2026-03-01' })).toEqual({
      ok: true,
      value: { to: 'accorde', grantedMonthlyAmountCents: 0, grantedFrom: '2026-03-01', note: null },
    });
  });

  it('accepts an optional note for refus_personne and plain steps', () => {
    expect(check({ to: 'refus_personne' })).toEqual({ ok: true, value: { to: 'refus_personne', note: null } });
    expect(check({ to: 'refus_personne', note: 'Ne souhaite pas être recontactée' }).ok).toBe(true);
    expect(check({ to: 'confirme', note: null })).toEqual({ ok: true, value: { to: 'confirme', note: null } });
  });

  it('refuses fields that belong to another target, an unknown target, and a bad note', () => {
    expect(check({ to: 'confirme', reason: 'doublon' })).toEqual({ ok: false, errors: [{ field: 'reason', message: 'champ inconnu' }] });
    expect(check({ to: 'refuse', reason: 'autre', grantedFrom: '2026-01-01' })).toEqual({ ok: false, errors: [{ field: 'grantedFrom', message: 'champ inconnu' }] });
    expect(check({ to: 'informe', grantedMonthlyAmountCents: 1 }).ok).toBe(false);
    expect(check({ to: 'fini' })).toEqual({ ok: false, errors: [{ field: 'to', message: expect.stringMatching(/^état visé obligatoire parmi : detecte, /) }] });
    expect(check({})).toEqual({ ok: false, errors: [{ field: 'to', message: expect.stringMatching(/^état visé obligatoire/) }] });
    expect(check({ to: 'confirme', note: 3 })).toEqual({ ok: false, errors: [{ field: 'note', message: 'doit être un texte' }] });
    expect(check({ to: 'confirme', note: 'x'.repeat(2001) })).toEqual({ ok: false, errors: [{ field: 'note', message: 'ne doit pas dépasser 2000 caractères' }] });
  });
});
