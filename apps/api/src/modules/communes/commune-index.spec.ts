import { CommuneIndex, normaliseName } from './commune-index';

// The shipped data, read as the API reads it.
describe('CommuneIndex (shipped communes and zonage of the aides au logement)', () => {
  const index = CommuneIndex.load();

  it.each([
    ['75056', 'Paris', 1, '1bis'],
    ['92050', 'Nanterre', 1, '1'],
    ['69123', 'Lyon', 2, '2'],
    ['23096', 'Guéret', 3, '3'],
  ])('%s is %s, zone %s (arrêté: %s)', (insee, name, zone, zonage) => {
    expect(index.get(insee)).toMatchObject({ insee, name, zone, zonage });
  });

  it('finds a commune by its name without accents or case, the most populated first', () => {
    expect(index.search('gueret', 5)[0]).toMatchObject({ insee: '23096', name: 'Guéret', postcodes: ['23000'], zone: 3 });
    expect(index.search('GUÉRET', 5)[0].insee).toBe('23096');
    expect(index.search('st leger le gue', 5).map((c) => c.name)).toContain('Saint-Léger-le-Guérétois');
  });

  it('finds the communes of a postcode, and a commune by its INSEE code', () => {
    const found = index.search('23000', 10);
    expect(found.map((c) => c.insee)).toContain('23096');
    expect(found.every((c) => c.postcodes.includes('23000'))).toBe(true);
    expect(index.search('75011', 10).map((c) => c.insee)).toEqual(['75056']);
    expect(index.search('23096', 10)[0].insee).toBe('23096');
  });

  it('finds a former commune of a commune nouvelle by its name, with the new INSEE code and the former zone', () => {
    const [seynod] = index.search('Seynod', 3);
    expect(seynod).toMatchObject({ insee: '74010', name: 'Annecy', formerCommune: { insee: '74268', name: 'Seynod' } });
    expect(seynod.zone).not.toBeNull();
    expect(index.acceptedZones('74010')?.has(seynod.zone as 1 | 2 | 3)).toBe(true);
  });

  it('knows no zone for a code that is not a commune of today', () => {
    expect(index.acceptedZones('99999')).toBeUndefined();
    expect(index.search('zzzz', 5)).toEqual([]);
  });

  it('normalises names for search', () => {
    expect(normaliseName('  Sainte-Œuvre d’Oléron ')).toBe('sainte oeuvre d oleron');
    expect(normaliseName('st jean')).toBe('saint jean');
  });
});
