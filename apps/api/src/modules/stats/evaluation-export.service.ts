// The evaluation export (`GET /api/stats/evaluation-export`): the indicators by territory × month ×
// benefit, as one CSV whose columns and rows are the same for every territory, so that the committee
// can stack the territories' files. Counts only, with statistical secrecy: a cell counting fewer
// than 5 households says "< 5", and so do the amounts and delays computed on fewer than 5 households.
import { Injectable } from '@nestjs/common';
import { DETECTABLE_BENEFITS, LABELS, type DetectableBenefit } from '@recours/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../audit/audit.service';
import { frenchDate, parisDateTime, type ExportColumn } from '../exports/export-cells';
import { csvStream } from '../exports/export-writer';
import type { ExportFile } from '../exports/exports.service';
import {
  EvaluationExportRepository,
  type ClaimDelays,
  type CohortCounts,
  type ContactCounts,
  type EvaluationKey,
  type OpenedCounts,
  type TerritoryRow,
} from './evaluation-export.repository';
import { periodOf, type Period, type StatsFilter } from './stats-filter';
import { monthsOf, statsScope } from './stats.service';

/** Below this many households a cell is not published. */
export const SECRECY_THRESHOLD = 5;
export const SUPPRESSED = '< 5';

/** A count of households, or "< 5". */
export function households(n: number | undefined): string {
  const count = n ?? 0;
  return count < SECRECY_THRESHOLD ? SUPPRESSED : String(count);
}

/** A value computed on `base` households (an amount, a delay), or "< 5" when they are too few. */
export function computedOn(base: number | undefined, value: number | null | undefined, format: (v: number) => string): string {
  if ((base ?? 0) < SECRECY_THRESHOLD || value === null || value === undefined) return SUPPRESSED;
  return format(value);
}

const decimal = (v: number) => String(v).replace('.', ',');

export interface EvaluationRow {
  territory: TerritoryRow;
  scopeLabel: string;
  month: string;
  benefit: DetectableBenefit;
  cohort?: CohortCounts;
  opened?: OpenedCounts;
  claims?: ClaimDelays;
  contacts?: ContactCounts;
}

export const EVALUATION_COLUMNS: readonly ExportColumn<EvaluationRow>[] = [
  { header: 'Code territoire', value: (r) => r.territory.code },
  { header: 'Territoire', value: (r) => r.territory.name },
  { header: 'Périmètre', value: (r) => r.scopeLabel },
  { header: 'Mois', value: (r) => r.month },
  { header: 'Code prestation', value: (r) => r.benefit },
  { header: 'Prestation', value: (r) => LABELS.detectableBenefit[r.benefit] },
  { header: 'Foyers avec un droit détecté (première détection dans le mois)', value: (r) => households(r.cohort?.detected) },
  { header: 'dont confirmés', value: (r) => households(r.cohort?.confirmed) },
  { header: 'dont joints', value: (r) => households(r.cohort?.reached) },
  { header: 'dont informés', value: (r) => households(r.cohort?.informed) },
  { header: 'dont demande déposée', value: (r) => households(r.cohort?.claimFiled) },
  { header: 'dont accordés', value: (r) => households(r.cohort?.granted) },
  { header: 'dont refusés', value: (r) => households(r.cohort?.refused) },
  { header: 'dont refus de la personne', value: (r) => households(r.cohort?.declined) },
  { header: 'Foyers avec un droit ouvert (accord dans le mois)', value: (r) => households(r.opened?.households) },
  { header: 'Euros par an ouverts', value: (r) => computedOn(r.opened?.households, r.opened?.annualCents, (c) => String(Math.round(c / 100))) },
  { header: 'Foyers avec une demande déposée dans le mois', value: (r) => households(r.claims?.households) },
  { header: 'Délai médian détection → dépôt (jours)', value: (r) => computedOn(r.claims?.households, r.claims?.medianDays, decimal) },
  { header: 'Délai détection → dépôt, 80e centile (jours)', value: (r) => computedOn(r.claims?.households, r.claims?.p80Days, decimal) },
  { header: 'Foyers contactés au sujet de la prestation', value: (r) => households(r.contacts?.contacted) },
  { header: 'dont joints', value: (r) => households(r.contacts?.contactReached) },
];

/** The lines above the header: what the file holds and its secrecy rule (the same number of lines for every territory). */
export function evaluationPreamble(period: Period, computedAt: Date): string[] {
  return [
    `Recours — export d’évaluation : indicateurs par territoire × mois × prestation, du ${frenchDate(period.from)} au ${frenchDate(period.to)}, calculés le ${parisDateTime(computedAt)} (heure de Paris). Définitions : docs/indicateurs.md.`,
    `Secret statistique : toute case comptant moins de ${SECRECY_THRESHOLD} foyers (zéro compris) est remplacée par « ${SUPPRESSED} », de même que les montants et délais calculés sur moins de ${SECRECY_THRESHOLD} foyers. Aucune donnée personnelle : ni nom, ni adresse, ni date de naissance, ni texte libre.`,
    'Mêmes colonnes et mêmes lignes (chaque mois × chaque prestation) pour tous les territoires : les fichiers s’empilent en sautant ces 3 premières lignes.',
  ];
}

const keyOf = (k: EvaluationKey) => `${k.territoryId}|${k.month}|${k.benefit}`;
const byKey = <T extends EvaluationKey>(rows: T[]) => new Map(rows.map((r) => [keyOf(r), r]));

@Injectable()
export class EvaluationExportService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly repo: EvaluationExportRepository,
  ) {}

  /** Computed in one snapshot, audited (an `export` of `statistics`, with the filter names), then streamed. */
  async file(actor: Actor, f: StatsFilter): Promise<ExportFile> {
    const scope = statsScope(actor);
    const period = periodOf(f);
    const { rows, computedAt } = await this.db.transaction('REPEATABLE READ', async (em) => {
      const computedAt = new Date();
      const [territories, cohort, opened, claims, contacts] = [
        await this.repo.territories(em, scope),
        byKey(await this.repo.cohort(em, scope, f, period)),
        byKey(await this.repo.opened(em, scope, f, period)),
        byKey(await this.repo.claimDelays(em, scope, f, period)),
        byKey(await this.repo.contacts(em, scope, f, period)),
      ];
      await this.audit.record(em, actor, [{ action: 'export', entityType: 'statistics', fields: ['evaluation', ...Object.keys(f)] }]);
      const scopeLabel = actor.role === 'admin' ? 'Territoire' : 'Organisation';
      const benefits = f.benefit ? [f.benefit] : [...DETECTABLE_BENEFITS];
      const rows: EvaluationRow[] = [];
      for (const territory of territories) {
        for (const month of monthsOf(period)) {
          for (const benefit of benefits) {
            const key = keyOf({ territoryId: territory.id, month, benefit });
            rows.push({ territory, scopeLabel, month, benefit, cohort: cohort.get(key), opened: opened.get(key), claims: claims.get(key), contacts: contacts.get(key) });
          }
        }
      }
      return { rows, computedAt };
    });
    async function* batches() {
      yield rows;
    }
    return {
      contentType: 'text/csv; charset=utf-8',
      fileName: `evaluation-recours-${period.from}-${period.to}.csv`,
      body: csvStream({ title: 'Évaluation', columns: EVALUATION_COLUMNS, preamble: evaluationPreamble(period, computedAt), batches: batches() }),
    };
  }
}
