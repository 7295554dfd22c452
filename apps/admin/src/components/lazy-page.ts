import { createElement, lazy, type ComponentType, type FunctionComponent } from 'react';

const preloads: Array<() => Promise<unknown>> = [];

/**
 * A page with its own chunk: the sign-in form needs only the shell (React, Material UI,
 * react-admin), not the screens, charts and forms behind it. The chunks are fetched while the
 * browser is idle (`preloadPages`, from the sign-in form and the layout); a page whose chunk has
 * arrived renders at once. Only a page asked for before its chunk arrived suspends — React then
 * waits at least 300 ms before revealing it, hence the preloading — inside react-admin's layout,
 * whose Suspense shows its loader meanwhile.
 */
export const lazyPage = <K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): FunctionComponent<object> => {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const fetchPage = () =>
    (pending ??= load().then(
      (m) => (loaded = m[name]),
      (error: unknown) => {
        pending = undefined; // a failed fetch (network) may be retried
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await fetchPage() }));
  preloads.push(fetchPage);
  const Page: FunctionComponent<object> = (props) => createElement(loaded ?? Lazy, props);
  Page.displayName = `Lazy(${name})`;
  return Page;
};

let preloading = false;

/** Fetches every page's chunk once the browser is idle (once per page load). */
export const preloadPages = (): void => {
  if (preloading) return;
  preloading = true;
  const run = () => {
    for (const fetchPage of preloads) fetchPage().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
};
