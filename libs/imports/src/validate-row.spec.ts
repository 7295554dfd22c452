import { formatRowError, ImportFileError } from './errors';
import { guessMapping } from './fields';
import { csvCell } from './report';
import { resolveMapping, validateRecord } from './validate-row';
import { parseEuros } from './values';

const header = ['Réf. locataire', 'NOM', 'Prénom', 'Date de naissance', 'Loyer', 'Revenus', 'Statut logement', 'CP'];
const mapping = guessMapping(header);
const columns = resolveMapping(header, mapping);
const today = '2026-03-01';
const check = (line: number, cells: string[]) => validateRecord({ line, cells }, header, columns, today);

describe('mapping columns to fields', () => {
  it('guesses the fields from usual header names (accents, case and punctuation ignored)', () => {
    expect(mapping).toEqual({
      reference_partenaire: 'Réf. locataire', nom: 'NOM', prenom: 'Prénom', date_naissance: 'Date de naissance',
      loyer: 'Loyer', revenu_mensuel: 'Revenus', statut_logement: 'Statut logement', code_postal: 'CP',
    });
  });

  it('refuses a mapping without a required field or naming a column the file lacks', () => {
    expect(() => resolveMapping(header, { nom: 'NOM' })).toThrow('prenom (obligatoire, aucune colonne choisie)');
    expect(() => resolveMapping(header, { nom: 'NOM', prenom: 'Prenom' })).toThrow(ImportFileError);
  });
});

describe('validating a row', () => {
  it('reads a clean row into typed values (cents, ISO dates, codes)', () => {
    expect(check(2, ['L-0042', 'Dupré-Martin', 'Hélène', '14/03/1980', '420,50 €', '1 234,56', 'Locataire', '1000'])).toEqual({
      row: expect.objectContaining({
        line: 2, partnerReference: 'L-0042', lastName: 'Dupré-Martin', firstName: 'Hélène', birthDate: '1980-03-14',
        monthlyRentCents: 42050, monthlyIncomeCents: 123456, housingStatus: 'locataire', postcode: '01000',
      }),
    });
  });

  it('names the line, the field, the value and the reason in French, for every error of the row', () => {
    const result = check(1234, ['', '', 'Jo', '31/02/1980', 'cher', '-5', 'château', '75']);
    expect(result.errors?.map(formatRowError)).toEqual([
      'ligne 1234, nom : est obligatoire',
      "ligne 1234, date_naissance : « 31/02/1980 » n'est pas une date",
      "ligne 1234, code_postal : « 75 » n'est pas un code postal à 5 chiffres",
      "ligne 1234, statut_logement : « château » n'est pas une valeur reconnue (attendu : locataire, propriétaire, hébergé, sans domicile)",
      "ligne 1234, loyer : « cher » n'est pas un montant en euros",
      'ligne 1234, revenu_mensuel : « -5 » est négatif',
    ]);
  });

  it('refuses a formula in a name, a future birth date, and a row with the wrong number of columns', () => {
    expect(check(3, ['', '=HYPERLINK("http://x")', 'A', '2030-01-01', '', '', '', '']).errors?.map((e) => e.message)).toEqual([
      'ressemble à une formule de tableur, pas à un nom',
      'est dans le futur',
    ]);
    expect(check(4, ['a', 'b']).errors).toEqual([{ line: 4, field: null, value: null, message: '2 colonne(s) au lieu de 8' }]);
  });

  it('accepts names in any script', () => {
    expect(check(5, ['', '王', '小明', '', '', '', '', '']).row).toMatchObject({ lastName: '王', firstName: '小明' });
    expect(check(6, ['', 'عبد الله', 'محمد', '', '', '', '', '']).row).toMatchObject({ lastName: 'عبد الله' });
  });

  it('parses euros as written in French exports', () => {
    expect(parseEuros('1\u202f234,5')).toEqual({ ok: true, value: 123450 });
    expect(parseEuros('1234.56')).toEqual({ ok: true, value: 123456 });
    expect(parseEuros('12,345')).toMatchObject({ ok: false });
  });
});

describe('report cells', () => {
  it('neutralises spreadsheet formulas and quotes separators', () => {
    expect(csvCell('=HYPERLINK("http://x","clic")')).toBe(`"'=HYPERLINK(""http://x"",""clic"")"`);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell(12)).toBe('12');
  });
});
