// A detected right's explanation as a person reads it: the leading sentence, the steps with months
// and dates written out, legal references as links to Légifrance, and the engine's warnings about
// unconfirmed parameters folded into one line (their details on demand).
import type { ExplanationSnapshot, ExplanationStep } from './types';

const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** '2026-09' → 'septembre 2026'. */
export const monthInWords = (isoMonth: string): string => {
  const m = /^(\d{4})-(\d{2})$/.exec(isoMonth);
  return m ? `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}` : isoMonth;
};

/** '2026-09-01' → '1er septembre 2026', '2026-11-27' → '27 novembre 2026'. */
export const dateInWords = (isoDate: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const day = Number(m[3]);
  return `${day === 1 ? '1er' : day} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
};

/** ISO dates and months inside a sentence, written as a person writes them. */
export const inWords = (text: string): string =>
  text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (d) => dateInWords(d)).replace(/\b(\d{4}-\d{2})\b(?!-)/g, (m) => monthInWords(m));

/** The codes the engine cites, with their full name. */
const CODES: Record<string, string> = {
  CSS: 'code de la sécurité sociale',
  CASF: 'code de l’action sociale et des familles',
  CCH: 'code de la construction et de l’habitation',
  CGI: 'code général des impôts',
  'Code de l’énergie': 'code de l’énergie',
};

export interface LegalLink {
  article: string;
  href: string;
}

export interface LegalReference {
  /** 'code de la sécurité sociale, art. L523-1' or the reference as written when it names no code. */
  label: string;
  /** The label cut into text and article links, in order (the separators — ', ', ' à ' — stay text). */
  parts: (string | LegalLink)[];
  links: LegalLink[];
}

/** A search of the article in its code on Légifrance (the site's own search: article ids are not stored). */
export const legifranceHref = (code: string, article: string): string =>
  `https://www.legifrance.gouv.fr/search/code?tab_selection=code&searchField=ALL&query=${encodeURIComponent(`"${article}" ${code}`)}&page=1&init=true`;

/** 'CSS art. L522-1, D522-1' → the code spelled out and one link per article. */
export const legalReference = (reference: string): LegalReference => {
  const prefix = Object.keys(CODES).find((code) => reference.startsWith(`${code} `));
  if (!prefix) return { label: reference, parts: [reference], links: [] };
  const code = CODES[prefix];
  const rest = reference.slice(prefix.length).trim().replace(/^art\.\s*/, '');
  // Articles of the codes are L…, R…, D…; the CGI numbers its own (1417 IV).
  const article = prefix === 'CGI' ? /(\d+(?: [IVX]+\b)?)/ : /\b([LRD]\d+(?:-\d+)*)\b/;
  const parts: (string | LegalLink)[] = [`${code}, art. `];
  const links: LegalLink[] = [];
  rest.split(article).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) parts.push(piece);
      return;
    }
    const link = { article: piece, href: legifranceHref(code, piece) };
    links.push(link);
    parts.push(link);
  });
  return { label: `${code}, art. ${rest}`, parts, links };
};

const UNCONFIRMED = /^Attention : Le paramètre (\S+) n'a été vérifié que jusqu'au (\d{4}-\d{2}-\d{2}) : montant à confirmer\.$/;

export interface UnconfirmedParameter {
  name: string;
  verifiedUntil: string;
}

export interface ReadableExplanation {
  summary?: string;
  steps: ExplanationStep[];
  /** Parameters used after the date up to which they were checked (one line for all, details on demand). */
  unconfirmed: UnconfirmedParameter[];
  /** Other warnings and the engine's assumptions, as sentences. */
  notes: string[];
}

/** Splits the stored explanation: engine steps, unconfirmed parameters, other warnings and assumptions. */
export const readableExplanation = (e: ExplanationSnapshot): ReadableExplanation => {
  const steps: ExplanationStep[] = [];
  const unconfirmed: UnconfirmedParameter[] = [];
  const notes: string[] = [];
  const sort = (text: string) => {
    const m = UNCONFIRMED.exec(text);
    if (m) unconfirmed.push({ name: m[1], verifiedUntil: m[2] });
    else notes.push(inWords(text.replace(/^Attention : /, '')));
  };
  for (const step of e.steps) {
    if (step.amountCents === undefined && !step.reference && /^(Attention|Hypothèse) : /.test(step.text)) sort(step.text);
    else steps.push({ ...step, text: inWords(step.text) });
  }
  for (const w of e.warnings ?? []) sort(w.startsWith('Attention : ') ? w : `Attention : ${w}`);
  for (const a of e.assumptions ?? []) notes.push(inWords(a));
  return { summary: e.summary, steps, unconfirmed, notes };
};

/** One line for all unconfirmed parameters: "certains barèmes de 2026 ne sont pas encore confirmés". */
export const unconfirmedLine = (unconfirmed: UnconfirmedParameter[], period: string | null | undefined): string | undefined => {
  if (unconfirmed.length === 0) return undefined;
  const year = period?.slice(0, 4);
  return `Certains barèmes${year ? ` de ${year}` : ''} ne sont pas encore confirmés : montant à confirmer.`;
};

/**
 * The leading sentence: the benefit, its amount, the month it was computed for and why it is probably
 * not received — "RSA : montant estimé 369,19 €/mois pour décembre 2026 — prestation non perçue selon le dossier."
 */
export const leadSentence = (benefit: string, amount: string, period: string | null | undefined, summary: string | undefined): string => {
  const why = summary?.includes(' ; ') ? summary.slice(summary.indexOf(' ; ') + 3).replace(/\.$/, '') : undefined;
  // The CSS amount is a participation the person would pay (or none): the right is estimated, not an amount.
  const what = amount ? (/participation/.test(amount) ? ` : droit estimé ${amount}` : ` : montant estimé ${amount}`) : ' : droit estimé';
  const month = period ? ` pour ${monthInWords(period)}` : '';
  return `${benefit}${what}${month}${why ? ` — ${why}` : ''}.`;
};
