import HistoryIcon from '@mui/icons-material/ManageHistoryOutlined';
import { Chip, Stack } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  DateInput,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { auditActionLabel, auditEntityTypeLabel, fieldLabel } from '../../audit-labels';
import { ExportMenu } from '../../components/ExportMenu';
import { TimestampField } from '../../components/fields';
import { choicesOf } from '../../labels';
import type { AuditEvent } from '../households/types';

const filters = [
  <ReferenceInput key="actorId" source="actorId" reference="users" alwaysOn sort={{ field: 'displayName', order: 'ASC' }}>
    <AutocompleteInput label="Personne" optionText="displayName" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="householdId" source="householdId" reference="households" alwaysOn sort={{ field: 'reference', order: 'ASC' }}>
    <AutocompleteInput label="Foyer" optionText="reference" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="action" source="action" label="Action" choices={choicesOf('auditAction')} alwaysOn />,
  <SelectInput key="entityType" source="entityType" label="Objet" choices={choicesOf('auditEntityType')} />,
  <DateInput key="from" source="from" label="Du" alwaysOn />,
  <DateInput key="to" source="to" label="Au" alwaysOn />,
  <BooleanInput key="detailed" source="detailed" label="Détail des lectures (onglets d’une fiche foyer)" />,
];

/** Where a line of the log leads: the record it is about (its household for the household's parts). */
export function auditEventLink(e: Pick<AuditEvent, 'entityType' | 'entityId' | 'householdId'>): string | false {
  switch (e.entityType) {
    case 'campaign':
      return e.entityId ? `/campaigns/${e.entityId}/show` : '/campaigns';
    case 'referral':
      return e.entityId ? `/referrals/${e.entityId}/show` : '/referrals';
    case 'user':
      return e.entityId ? `/users/${e.entityId}` : '/users';
    case 'organisation':
      return e.entityId ? `/organisations/${e.entityId}` : false;
    case 'detected_right':
      return e.householdId ? `/households/${e.householdId}/show/droits` : '/detected-rights';
    case 'contact':
    case 'task':
      return e.householdId ? `/households/${e.householdId}/show/contacts` : e.entityType === 'task' ? '/tasks' : false;
    default:
      return e.householdId ? `/households/${e.householdId}/show` : false;
  }
}

const Column = DataTable.Col<AuditEvent>;

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportMenu />
  </TopToolbar>
);

/**
 * The organisation's log, one line per action: opening a household page is one "Consultation" (the
 * searches of its tabs are folded into it unless "Détail" is ticked). Reading it is itself audited.
 */
export const AuditEventList = () => (
  <List filters={filters} actions={<Actions />} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={50} title="Journal d’audit" exporter={false}>
    <DataTable<AuditEvent> bulkActionButtons={false} rowClick={(_id, _resource, record) => auditEventLink(record as AuditEvent)}>
      <Column source="occurredAt" label="Date">
        <TimestampField source="occurredAt" />
      </Column>
      <Column source="actorDisplayName" label="Personne" disableSort />
      <Column source="action" label="Action" render={(e) => auditActionLabel(e.action)} />
      <Column source="entityType" label="Objet" render={(e) => auditEntityTypeLabel(e.entityType)} />
      <Column source="householdReference" label="Foyer" disableSort render={(e) => e.householdReference ?? ''} />
      <Column
        source="fields"
        label="Champs"
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
