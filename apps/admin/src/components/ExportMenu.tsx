import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useListContextWithProps, type SortPayload } from 'react-admin';
import { API_URL } from '../providers/http';

/**
 * The URL of a list's export: the API streams every row matching the list's filters (never only the
 * page shown), with French headers and labels.
 */
export function exportUrl(resource: string, format: 'csv' | 'xlsx', filter: Record<string, unknown>, sort?: SortPayload): string {
  const params = new URLSearchParams({ format, filter: JSON.stringify(filter) });
  if (sort?.field) params.set('sort', JSON.stringify([sort.field, sort.order]));
  return `${API_URL}/${resource}/export?${params.toString()}`;
}

/**
 * "Exporter" → CSV or Excel. A plain link: the browser downloads the file as it streams (an export of
 * 100 000 rows is not held in the page's memory). Inside a List it takes the list's filters and sort;
 * elsewhere, pass them.
 */
export const ExportMenu = (props: { resource?: string; filter?: Record<string, unknown>; sort?: SortPayload }) => {
  const list = useListContextWithProps(props);
  const resource = props.resource ?? list.resource ?? '';
  const filter = props.filter ?? list.filterValues ?? {};
  const sort = props.sort ?? list.sort;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return (
    <>
      <Button size="small" startIcon={<DownloadIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu" aria-expanded={anchor ? 'true' : undefined}>
        Exporter
      </Button>
      <Menu anchorEl={anchor} open={!!anchor} onClose={close}>
        <MenuItem component="a" href={exportUrl(resource, 'csv', filter, sort)} download onClick={close}>
          Tableur CSV (toutes les lignes)
        </MenuItem>
        <MenuItem component="a" href={exportUrl(resource, 'xlsx', filter, sort)} download onClick={close}>
          Classeur Excel XLSX (toutes les lignes)
        </MenuItem>
      </Menu>
    </>
  );
};
