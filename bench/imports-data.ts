// The partner file the imports benchmark reads: a social landlord's tenant export (`;`, UTF-8 with
// BOM, quoted addresses, French names with accents, hyphens and double names, amounts written the
// French way), about 1.3 % of its rows wrong in the ways partners' files are wrong. Each row is a pure
// function of its number, so the baseline loads exactly the rows the import reads, already typed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { FEMALE, LAST, MALE } from '../apps/api/src/seed/demo-data';

export const HEADER = [
  'Réf. locataire', 'NOM', 'Prénom', 'Date de naissance', 'Téléphone', 'Courriel', 'Activité', 'Adresse', 'CP', 'Commune',
  'Code INSEE', 'Statut logement', 'Type logement', 'Loyer', 'Zone APL', 'Revenus', 'Nature des ressources',
];

const LASTS = [...LAST, 'Lefèvre', 'Dupré-Martin', "N'Diaye", 'Le Gall', 'Müller', 'Benoît', 'Garnier-Lévêque', 'Da Costa', 'Ferré', 'Lemaître'];
const FIRSTS = [...FEMALE, ...MALE, 'Marie-Hélène', 'Jean-François', 'Anaïs', 'Zoé', 'Maëlle', 'Loïc', 'Noël', 'Agnès'];
const COMMUNES = [
  ['23000', 'Guéret', '23096'], ['23200', 'Aubusson', '23008'], ['23300', 'La Souterraine', '23176'], ['87000', 'Limoges', '87085'], ['19100', 'Brive-la-Gaillarde', '19031'],
] as const;
const STREETS = ["rue de l'Église", 'avenue du Général-de-Gaulle', 'place du Marché', 'rue Émile-Zola', 'chemin des Écoliers', 'allée des Châtaigniers'];
const ACTIVITIES = [['Salarié', 'salarie'], ['Chômeuse', 'chomeur'], ['Retraité', 'retraite'], ['Inactif', 'inactif'], ['Étudiante', 'etudiant']] as const;
const INCOME_KINDS = [['Salaire', 'salaire'], ['ARE', 'chomage'], ['Pension', 'retraite'], ['Autre', 'autre']] as const;

/** What the import should store for a valid row (the baseline COPYs these). */
export interface TypedRow {
  reference: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  phone: string;
  email: string | null;
  activity: string;
  address: string;
  postcode: string;
  communeName: string;
  communeInsee: string;
  rentCents: number;
  zone: number;
  incomeCents: number;
  incomeKind: string;
}

export interface GeneratedRow {
  cells: string[];
  /** null: the row has an error the import must report. */
  typed: TypedRow | null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z]+/g, '');
const euros = (cents: number) => {
  const [int, dec] = [Math.floor(cents / 100), cents % 100];
  const grouped = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${grouped},${pad(dec)}`;
};

/** Row i (1-based) of the file. */
export function generateRow(i: number): GeneratedRow {
  const h = (i * 2654435761) >>> 0; // a cheap spread of i
  const last = LASTS[h % LASTS.length];
  const first = FIRSTS[(h >>> 8) % FIRSTS.length];
  const year = 1940 + (h % 65);
  const month = 1 + ((h >>> 4) % 12);
  const day = 1 + ((h >>> 12) % 28);
  const [postcode, communeName, communeInsee] = COMMUNES[i % COMMUNES.length];
  const [activityText, activity] = ACTIVITIES[(h >>> 16) % ACTIVITIES.length];
  const [kindText, incomeKind] = INCOME_KINDS[(h >>> 20) % INCOME_KINDS.length];
  const street = STREETS[(h >>> 5) % STREETS.length];
  const building = i % 7 === 0 ? `; bât. ${String.fromCharCode(65 + (i % 5))}` : '';
  const rentCents = 25_000 + (h % 40_000);
  const incomeCents = (h >>> 3) % 250_000;
  const zone = 1 + (i % 3);
  const phone = `06 ${pad(h % 100)} ${pad((h >>> 7) % 100)} ${pad((h >>> 14) % 100)} ${pad(i % 100)}`;
  const email = i % 3 === 0 ? `${fold(first)}.${fold(last)}${i}@exemple.fr` : null;
  const typed: TypedRow = {
    reference: `B-${pad(i, 7)}`,
    lastName: i % 5 === 0 ? last.toUpperCase() : last,
    firstName: first,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    phone,
    email,
    activity,
    address: `${1 + (i % 180)} ${street}${building}`,
    postcode,
    communeName,
    communeInsee,
    rentCents,
    zone,
    incomeCents,
    incomeKind,
  };
  const cells = [
    typed.reference, typed.lastName, first, `${pad(day)}/${pad(month)}/${year}`, phone, email ?? '', activityText, typed.address, postcode, communeName,
    communeInsee, 'Locataire', 'HLM', euros(rentCents), String(zone), euros(incomeCents), kindText,
  ];
  // The errors partners' files have: an impossible date, an amount in words, a missing name, a short postcode.
  if (i % 200 === 37) cells[3] = `31/02/${year}`;
  else if (i % 200 === 73) cells[13] = 'cher';
  else if (i % 500 === 11) cells[1] = '';
  else if (i % 1000 === 3) cells[8] = '750';
  else return { cells, typed };
  return { cells, typed: null };
}

const csvCell = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Writes rows 1..n as a `;` CSV in UTF-8 with BOM and CRLF; answers the number of valid rows. */
export async function writeCsv(path: string, n: number): Promise<{ valid: number; bytes: number }> {
  const out = createWriteStream(path);
  let valid = 0;
  let bytes = 0;
  let chunk = '\ufeff' + HEADER.map(csvCell).join(';') + '\r\n';
  for (let i = 1; i <= n; i++) {
    const row = generateRow(i);
    if (row.typed) valid++;
    chunk += row.cells.map(csvCell).join(';') + '\r\n';
    if (chunk.length > 256 * 1024 || i === n) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end();
  await finished(out);
  return { valid, bytes };
}
