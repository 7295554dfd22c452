import { Chip, Stack } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { TimestampField } from '../../components/fields';
import { auditActionLabel, auditEntityTypeLabel, fieldLabel } from '../../audit-labels';
import type { AuditEvent } from './types';

const Column = DataTable.Col<AuditEvent>;

/** Who viewed, searched or changed this file, newest first: GET /api/households/:id/access-history. */
export const HouseholdAccessHistory = () => (
  <ReferenceManyField
    reference="access-history"
    target="householdId"
    sort={{ field: 'occurredAt', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    empty={<span>Aucun accès enregistré.</span>}
  >
    <DataTable<AuditEvent> bulkActionButtons={false} rowClick={false}>
      <Column source="occurredAt">
        <TimestampField source="occurredAt" />
      </Column>
      <Column
        source="actorDisplayName"
        disableSort
        render={(entry) => (entry.organisationName ? `${entry.actorDisplayName} (${entry.organisationName})` : entry.actorDisplayName)}
      />
      <Column source="action" disableSort render={(entry) => auditActionLabel(entry.action)} />
      <Column source="entityType" disableSort render={(entry) => auditEntityTypeLabel(entry.entityType)} />
      <Column
        source="fields"
        disableSort
        render={(entry) => (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {(entry.fields ?? []).map((field) => (
              <Chip key={field} size="small" variant="outlined" label={fieldLabel(field)} />
            ))}
          </Stack>
        )}
      />
    </DataTable>
  </ReferenceManyField>
);
