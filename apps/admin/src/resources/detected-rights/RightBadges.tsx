import { Chip, type ChipProps } from '@mui/material';
import type { Confidence, DetectedRightStatus } from '@recours/domain';
import { LABELS } from '../../labels';

const confidenceColor: Record<Confidence, ChipProps['color']> = { haute: 'success', moyenne: 'warning', faible: 'default' };

export const ConfidenceBadge = ({ confidence }: { confidence: Confidence }) => (
  <Chip
    size="small"
    variant="outlined"
    color={confidenceColor[confidence]}
    label={`Confiance ${LABELS.confidence[confidence].toLowerCase()}`}
    data-testid="confidence-badge"
  />
);

const statusColor = (status: DetectedRightStatus): ChipProps['color'] => {
  switch (status) {
    case 'accorde':
      return 'success';
    case 'refuse':
    case 'refus_personne':
      return 'error';
    case 'ecarte':
    case 'abandonne':
      return 'default';
    case 'detecte':
      return 'info';
    case 'confirme':
    case 'informe':
    case 'demande_en_cours':
    case 'demande_deposee':
      return 'primary';
  }
};

export const RightStatusChip = ({ status }: { status: DetectedRightStatus }) => (
  <Chip size="small" color={statusColor(status)} label={LABELS.detectedRightStatus[status] ?? status} data-testid="right-status" />
);
