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
import type { AuditEvent } from '../households/types';

const filters = [
  <ReferenceInput key="actorId" source="actorId" reference="users" alwaysOn sort={{ field: 'displayName', order: 'ASC' }}>
    <AutocompleteInput label="Personne" optionText="displayName" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="action" source="action" choices={choicesOf('auditAction')} alwaysOn />,
  <SelectInput key="entityType" source="entityType" choices={choicesOf('auditEntityType')} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="householdId" source="householdId" />,
];

const Column = DataTable.Col<AuditEvent>;

export const AuditEventList = () => (
  <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={50} title="Journal d’audit">
    <DataTable<AuditEvent> bulkActionButtons={false} rowClick={(_id, _resource, record) => (record.householdId ? `/households/${record.householdId}/show` : false)}>
      <Column source="occurredAt">
        <TimestampField source="occurredAt" />
      </Column>
      <Column source="actorDisplayName" disableSort />
      <Column source="action" render={(e) => auditActionLabel(e.action)} />
      <Column source="entityType" render={(e) => auditEntityTypeLabel(e.entityType)} />
      <Column
        source="fields"
        disableSort
        render={(e) => (
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {(e.fields ?? []).map((f) => (
              <Chip key={f} size="small" variant="outlined" label={fieldLabel(f)} />
            ))}
          </Stack>
        )}
      />
    </DataTable>
  </List>
);

export const auditEvents = { list: AuditEventList, icon: HistoryIcon, options: { label: 'Journal d’audit' } };
