import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The DSFR without its icon utility classes (main.css imports them): the back office uses Material UI's
// icons, and the 2,400 icons inlined by the build made the stylesheet 2 MB to parse before the first paint.
import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import './layout/dsfr.css';
import { App } from './App';
import { prefetchMe } from './providers/authProvider';

// The back office has no dark theme yet: the DSFR follows the light scheme.
startReactDsfr({ defaultColorScheme: 'light' });

prefetchMe();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
