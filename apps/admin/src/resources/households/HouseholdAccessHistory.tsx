import { Chip, Stack } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { TimestampField } from '../../components/fields';
import { auditActionLabel, fieldLabel } from '../../audit-labels';
import type { AccessHistoryEntry } from './types';

const Column = DataTable.Col<AccessHistoryEntry>;

/** Who viewed or changed this file, newest first (GET /api/households/:id/access-history). */
export const HouseholdAccessHistory = () => (
  <ReferenceManyField
    reference="access-history"
    target="householdId"
    sort={{ field: 'occurredAt', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    empty={<span>Aucun accès enregistré.</span>}
  >
    <DataTable<AccessHistoryEntry> bulkActionButtons={false} rowClick={false}>
      <Column source="occurredAt">
        <TimestampField source="occurredAt" />
      </Column>
      <Column source="actorName" disableSort />
      <Column source="action" disableSort render={(entry) => auditActionLabel(entry.action)} />
      <Column
        source="changedFields"
        disableSort
        render={(entry) => (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {(entry.changedFields ?? []).map((field) => (
              <Chip key={field} size="small" variant="outlined" label={fieldLabel(field)} />
            ))}
          </Stack>
        )}
      />
    </DataTable>
  </ReferenceManyField>
);
