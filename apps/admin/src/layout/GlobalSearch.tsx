import SearchIcon from '@mui/icons-material/Search';
import {
  Button,
  Dialog,
  DialogContent,
  DialogTitle,
  List,
  ListItemButton,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useGetList } from 'react-admin';
import { useNavigate } from 'react-router-dom';

interface HouseholdHit {
  id: string;
  reference: string;
  applicantName: string | null;
  communeName: string | null;
  memberCount: number;
}

/** Whether a key press is typed into a field (then "/" and "?" are characters, not shortcuts). */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export const SHORTCUTS: [string, string][] = [
  ['Ctrl + K ou /', 'Rechercher un foyer, une personne ou une référence'],
  ['↑ ↓ puis Entrée', 'Choisir un résultat de la recherche et ouvrir le foyer'],
  ['?', 'Afficher ces raccourcis'],
  ['Échap', 'Fermer la fenêtre ouverte'],
];

const ShortcutsDialog = ({ onClose }: { onClose: () => void }) => (
  <Dialog open onClose={onClose} aria-labelledby="shortcuts-title" fullWidth maxWidth="sm">
    <DialogTitle id="shortcuts-title">Raccourcis clavier</DialogTitle>
    <DialogContent>
      <Table size="small" aria-labelledby="shortcuts-title">
        <TableBody>
          {SHORTCUTS.map(([keys, what]) => (
            <TableRow key={keys}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', fontWeight: 700 }}>
                {keys}
              </TableCell>
              <TableCell>{what}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DialogContent>
  </Dialog>
);

const SearchDialog = ({ onClose }: { onClose: () => void }) => {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const { data = [], isFetching } = useGetList<HouseholdHit>(
    'households',
    { filter: { q }, pagination: { page: 1, perPage: 8 }, sort: { field: 'updatedAt', order: 'DESC' } },
    { enabled: q.length >= 2 },
  );
  const hits = q.length >= 2 ? data : [];
  const open = (hit: HouseholdHit) => {
    onClose();
    void navigate(`/households/${hit.id}/show`);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="search-title" fullWidth maxWidth="sm" sx={{ '& .MuiDialog-container': { alignItems: 'flex-start' } }}>
      <DialogTitle id="search-title">Rechercher</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          label="Nom, prénom d’un membre ou référence du foyer"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
            else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
            else if (e.key === 'Enter' && hits[active]) open(hits[active]);
            else return;
            e.preventDefault();
          }}
          inputProps={{ 'aria-controls': 'search-results' }}
        />
        <List id="search-results" aria-label="Foyers trouvés" dense>
          {hits.map((hit, i) => (
            <ListItemButton key={hit.id} selected={i === active} onClick={() => open(hit)}>
              <ListItemText
                primary={`${hit.applicantName ?? 'Foyer sans demandeur'} — ${hit.reference}`}
                secondary={[hit.communeName, `${hit.memberCount} membre${hit.memberCount > 1 ? 's' : ''}`].filter(Boolean).join(' · ')}
              />
            </ListItemButton>
          ))}
        </List>
        {q.length >= 2 && !isFetching && hits.length === 0 ? <Typography color="text.secondary">Aucun foyer trouvé.</Typography> : null}
      </DialogContent>
    </Dialog>
  );
};

/** The header's search button; Ctrl+K (⌘K) and "/" open the search, "?" the list of shortcuts. */
export const GlobalSearch = () => {
  const [dialog, setDialog] = useState<'search' | 'shortcuts' | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setDialog('search');
      } else if (!typing(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === '/' || e.key === '?')) {
        e.preventDefault();
        setDialog(e.key === '/' ? 'search' : 'shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <Button color="inherit" startIcon={<SearchIcon />} onClick={() => setDialog('search')} aria-label="Rechercher (Ctrl + K)" sx={{ minWidth: 0, textTransform: 'none' }}>
        <Typography component="span" variant="body2" sx={{ display: { xs: 'none', md: 'inline' } }}>
          Rechercher
        </Typography>
      </Button>
      {dialog === 'search' ? <SearchDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog(null)} /> : null}
    </>
  );
};
