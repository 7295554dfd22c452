import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Only the parts of the DSFR the back office shows (Material UI draws the rest with the DSFR theme):
// its core (Marianne, colours, grid, typography), light scheme, footer, logo and links. The whole
// stylesheet (`main.css`) also carries every component and 2,400 icons inlined by the build: 2 MB of
// CSS parsed before the first paint, against 0.25 MB.
import '@codegouvfr/react-dsfr/dsfr/core/core.min.css';
import '@codegouvfr/react-dsfr/dsfr/scheme/scheme.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/link/link.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/logo/logo.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/footer/footer.min.css';
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
