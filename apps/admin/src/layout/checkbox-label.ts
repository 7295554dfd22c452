// react-admin gives its row checkboxes (DataTable, Datagrid) an `aria-label` that Material UI puts on
// the checkbox's outer <span>: the <input> has no name (axe "label", critical) and the span carries an
// ARIA attribute its role does not allow ("aria-prohibited-attr", serious). Every Checkbox therefore
// names its input with its `aria-label` (or its inputProps' one), never its span.
import type { Components, Theme } from '@mui/material/styles';

type InputProps = Record<string, unknown> & { 'aria-label'?: string };

export const MuiCheckbox: Components<Theme>['MuiCheckbox'] = {
  defaultProps: {
    slotProps: {
      root: { 'aria-label': undefined } as Record<string, unknown>,
      input: (ownerState: { 'aria-label'?: string; inputProps?: InputProps }) => ({
        ...ownerState.inputProps,
        'aria-label': ownerState['aria-label'] ?? ownerState.inputProps?.['aria-label'],
      }),
    },
  },
};
