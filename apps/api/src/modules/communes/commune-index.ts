// Communes of France with their zone of the aides au logement, from data shipped with the project
// (see data/README.md): `@etalab/decoupage-administratif` for the communes, the zonage of the
// arrêté du 17 mars 1978 for the zones. Built once, in memory (about 37 000 entries).
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import type { HousingAidZone } from '@recours/domain';

export const ZONAGE_FILE = path.join(__dirname, 'data', 'zonage-aides-logement-communes-2014.csv');

/** The zone as the arrêté writes it. */
export type Zonage = '1' | '1bis' | '2' | '3';

export interface CommuneEntry {
  /** INSEE code of the commune as it is today (a commune nouvelle for its former communes). */
  insee: string;
  name: string;
  postcodes: string[];
  departement: string;
  /** The zone the household gets (1bis counts as 1), or null when unknown or not single. */
  zone: HousingAidZone | null;
  zonage: Zonage | null;
  /** Set when the entry is a former commune (commune déléguée or associée) of `insee`. */
  formerCommune: { insee: string; name: string } | null;
  population: number;
}

interface DecoupageCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  chefLieu?: string;
  /** Of an arrondissement municipal: its commune. */
  commune?: string;
  anciensCodes?: string[];
  codesPostaux?: string[];
  population?: number;
}

export const zoneOf = (zonage: Zonage): HousingAidZone => (zonage === '1bis' ? 1 : (Number(zonage) as HousingAidZone));

/** Lower case, no accents, words separated by one space ("Saint-Léger-le-Guérétois" → "saint leger le gueretois"). */
export const normaliseName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bste?\b/g, (w) => (w === 'st' ? 'saint' : 'sainte'))
    .trim();

export class CommuneIndex {
  readonly entries: CommuneEntry[];
  private readonly names: string[];
  private readonly words: string[][];
  private readonly current = new Map<string, CommuneEntry>();
  /** Zones accepted for a household of a commune: its own and those of its former communes. */
  private readonly zones = new Map<string, Set<HousingAidZone>>();

  constructor(communes: readonly DecoupageCommune[], zonage: ReadonlyMap<string, Zonage>) {
    const actual = new Map(communes.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
    const formerOf = new Map<string, DecoupageCommune[]>();
    for (const c of communes) {
      if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu && actual.has(c.chefLieu)) {
        formerOf.set(c.chefLieu, [...(formerOf.get(c.chefLieu) ?? []), c]);
      }
    }
    this.entries = [];
    for (const c of actual.values()) {
      const formerCodes = [...(c.anciensCodes ?? []), ...(formerOf.get(c.code) ?? []).map((f) => f.code)];
      const own = zonage.get(c.code);
      const accepted = new Set([own, ...formerCodes.map((code) => zonage.get(code))].filter((z): z is Zonage => z !== undefined).map(zoneOf));
      this.zones.set(c.code, accepted);
      // A commune in the file takes its zone; a commune nouvelle one zone only when its former communes share it.
      const zonageOfCommune = own ?? (accepted.size === 1 ? formerCodes.map((code) => zonage.get(code)).find((z) => z !== undefined) : undefined);
      const entry: CommuneEntry = {
        insee: c.code,
        name: c.nom,
        postcodes: c.codesPostaux ?? [],
        departement: c.departement ?? '',
        zone: zonageOfCommune ? zoneOf(zonageOfCommune) : null,
        zonage: zonageOfCommune ?? null,
        formerCommune: null,
        population: c.population ?? 0,
      };
      this.entries.push(entry);
      this.current.set(c.code, entry);
      for (const f of formerOf.get(c.code) ?? []) {
        // "Annecy" déléguée of "Annecy": the same name, found through the commune itself.
        if (normaliseName(f.nom) === normaliseName(c.nom)) continue;
        const z = zonage.get(f.code);
        this.entries.push({ ...entry, zone: z ? zoneOf(z) : entry.zone, zonage: z ?? entry.zonage, formerCommune: { insee: f.code, name: f.nom }, population: 0 });
      }
    }
    // Other codes a household may carry: the arrondissements municipaux of Paris, Lyon and Marseille,
    // former communes (their own zone, else their commune's), and codes of 2014 merged since.
    for (const c of communes) {
      const parent = c.type === 'arrondissement-municipal' ? c.commune : c.chefLieu;
      if (this.zones.has(c.code) || !parent) continue;
      const own = c.type === 'arrondissement-municipal' ? undefined : zonage.get(c.code);
      const accepted = own ? new Set([zoneOf(own)]) : this.zones.get(parent);
      if (accepted) this.zones.set(c.code, accepted);
    }
    for (const [code, z] of zonage) if (!this.zones.has(code)) this.zones.set(code, new Set([zoneOf(z)]));
    this.names = this.entries.map((e) => normaliseName(e.formerCommune?.name ?? e.name));
    this.words = this.names.map((n) => n.split(' '));
  }

  static load(zonageFile = ZONAGE_FILE): CommuneIndex {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- 8 MB of JSON, read once when first needed
    const communes = require('@etalab/decoupage-administratif/data/communes.json') as DecoupageCommune[];
    const rows = parse(fs.readFileSync(zonageFile, 'utf8'), { columns: true, skip_empty_lines: true }) as { CODGEO: string; Zonage: string }[];
    const zonage = new Map<string, Zonage>();
    for (const row of rows) {
      if (!['1', '1bis', '2', '3'].includes(row.Zonage)) throw new Error(`${zonageFile}: zone « ${row.Zonage} » inconnue pour ${row.CODGEO}`);
      zonage.set(row.CODGEO, row.Zonage as Zonage);
    }
    return new CommuneIndex(communes, zonage);
  }

  /** The commune of today with this INSEE code. */
  get(insee: string): CommuneEntry | undefined {
    return this.current.get(insee);
  }

  /** Zones a household with this INSEE code may have; undefined for a code that is no commune (of today, former or arrondissement). */
  acceptedZones(insee: string): ReadonlySet<HousingAidZone> | undefined {
    return this.zones.get(insee);
  }

  /**
   * Communes whose postcode starts with the digits typed (or whose INSEE code is them), or whose name
   * (or former commune's name) matches the words typed, accents and case aside: names that start with
   * them first, then names with a word that starts with them; the most populated first.
   */
  search(q: string, limit: number): CommuneEntry[] {
    const query = q.trim();
    if (/^\d[\dAB]{0,4}$/i.test(query)) {
      const digits = query.toUpperCase();
      return this.entries
        .filter((e) => !e.formerCommune && (e.insee === digits || e.postcodes.some((p) => p.startsWith(digits))))
        .sort((a, b) => Number(b.insee === digits) - Number(a.insee === digits) || b.population - a.population || a.name.localeCompare(b.name, 'fr'))
        .slice(0, limit);
    }
    const needle = normaliseName(query);
    if (!needle) return [];
    const words = needle.split(' ');
    const ranked: { entry: CommuneEntry; rank: number }[] = [];
    this.entries.forEach((entry, i) => {
      const name = this.names[i];
      let rank: number;
      if (name === needle) rank = 0;
      else if (name.startsWith(needle)) rank = 1;
      else if (words.every((w) => this.words[i].some((part) => part.startsWith(w)))) rank = 2;
      else return;
      ranked.push({ entry, rank: rank + (entry.formerCommune ? 0.5 : 0) });
    });
    return ranked
      .sort((a, b) => a.rank - b.rank || b.entry.population - a.entry.population || a.entry.name.localeCompare(b.entry.name, 'fr'))
      .slice(0, limit)
      .map((r) => r.entry);
  }
}
