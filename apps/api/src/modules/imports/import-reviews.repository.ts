// SQL of a review decision, on the raw connection of the service's transaction (the staged row is
// written by the same set-based code as the worker's import, restricted to one line).
import { Injectable } from '@nestjs/common';
import type { SqlClient } from '@recours/detection';
import type { ImportReviewStatus } from '@recours/domain';

export interface ClaimedReview {
  line: number;
  import_id: string;
  candidate_person_id: string;
  candidate_household_id: string;
  territory_id: string;
}

@Injectable()
export class ImportReviewsRepository {
  /** Decides a pending review of the organisation; null when missing, decided already, or elsewhere. */
  async claim(tx: SqlClient, organisationId: string, importId: string, reviewId: string, status: ImportReviewStatus, userId: string): Promise<ClaimedReview | null> {
    const res = await tx.query<ClaimedReview>(
      `UPDATE import_review v SET status = $4, decided_by = $5, decided_at = now(), updated_at = now()
         FROM partner_import i
        WHERE v.id = $1 AND v.import_id = $2 AND v.organisation_id = $3 AND v.status = 'en_attente' AND i.id = v.import_id
        RETURNING v.line, v.import_id, v.candidate_person_id, v.candidate_household_id, i.territory_id`,
      [reviewId, importId, organisationId, status, userId],
    );
    return res.rows[0] ?? null;
  }

  async currentStatus(tx: SqlClient, organisationId: string, importId: string, reviewId: string): Promise<ImportReviewStatus | null> {
    const res = await tx.query<{ status: ImportReviewStatus }>(
      `SELECT status FROM import_review WHERE id = $1 AND import_id = $2 AND organisation_id = $3`,
      [reviewId, importId, organisationId],
    );
    return res.rows[0]?.status ?? null;
  }

  /** Records where the row went and moves the import's counters from "to review" to written. */
  async settle(tx: SqlClient, importId: string, reviewId: string, line: number, mergedInto: string | null): Promise<string> {
    const created = mergedInto === null;
    const res = await tx.query<{ household_id: string }>(
      `UPDATE import_review v SET household_id = coalesce($4::uuid, (SELECT ih.household_id FROM import_household ih WHERE ih.import_id = $1 AND ih.line = $3))
        WHERE v.id = $2 RETURNING v.household_id`,
      [importId, reviewId, line, mergedInto],
    );
    await tx.query(
      `UPDATE partner_import SET rows_review = rows_review - 1, households_to_detect = households_to_detect + 1,
              households_created = households_created + $2::int, households_updated = households_updated + (1 - $2::int), updated_at = now()
        WHERE id = $1`,
      [importId, created ? 1 : 0],
    );
    return res.rows[0].household_id;
  }
}
