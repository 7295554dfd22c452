import HistoryIcon from '@mui/icons-material/ManageHistoryOutlined';
import { Chip, Stack } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateInput,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { auditActionLabel, auditEntityTypeLabel, fieldLabel } from '../../audit-labels';
import { TimestampField } from '../../components/fields';
import { choicesOf } from '../../labels';

interface AuditEventRow {
  id: string;
  actorId: string;
  actorName: string;
  organisationId: string;
  action: string;
  entityType: string;
  entityId: string | null;
  householdId: string | null;
  changedFields: string[];
  occurredAt: string;
}

const filters = [
  <ReferenceInput key="actorId" source="actorId" reference="users" alwaysOn>
    <AutocompleteInput label="Personne" optionText="displayName" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="action" source="action" choices={choicesOf('auditAction')} alwaysOn />,
  <SelectInput key="entityType" source="entityType" choices={choicesOf('auditEntityType')} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="householdId" source="householdId" />,
];

const Column = DataTable.Col<AuditEventRow>;

export const AuditEventList = () => (
  <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={50} title="Journal d’audit">
    <DataTable<AuditEventRow> bulkActionButtons={false} rowClick={(_id, _resource, record) => (record.householdId ? `/households/${record.householdId}/show` : false)}>
      <Column source="occurredAt">
        <TimestampField source="occurredAt" />
      </Column>
      <Column source="actorName" disableSort />
      <Column source="action" render={(e) => auditActionLabel(e.action)} />
      <Column source="entityType" render={(e) => auditEntityTypeLabel(e.entityType)} />
      <Column
        source="changedFields"
        disableSort
        render={(e) => (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {(e.changedFields ?? []).map((f) => (
              <Chip key={f} size="small" variant="outlined" label={fieldLabel(f)} />
            ))}
          </Stack>
        )}
      />
    </DataTable>
  </List>
);

export const auditEvents = { list: AuditEventList, icon: HistoryIcon, options: { label: 'Journal d’audit' } };
