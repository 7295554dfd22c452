import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@codegouvfr/react-dsfr/main.css';
import './layout/dsfr.css';
import { App } from './App';

// The back office has no dark theme yet: the DSFR follows the light scheme.
startReactDsfr({ defaultColorScheme: 'light' });

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
