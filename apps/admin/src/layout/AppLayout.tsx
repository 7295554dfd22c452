import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppFooter } from './AppFooter';
import { RecoursAppBar } from './RecoursAppBar';

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={RecoursAppBar}>
    {children}
    <AppFooter />
  </Layout>
);
