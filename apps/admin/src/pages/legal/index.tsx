import { Route } from 'react-router-dom';
import { LEGAL_PAGES } from '../../layout/AppFooter';
import { Accessibility } from './Accessibility';
import { LegalNotice } from './LegalNotice';
import { PersonalData } from './PersonalData';
import { ChoosePasswordPage, CHOOSE_PASSWORD_PATH } from '../account/ChoosePasswordPage';

/** Routes readable without a session (outside react-admin's layout). */
export const legalRoutes = [
  <Route key="terms" path={LEGAL_PAGES.terms} element={<LegalNotice />} />,
  <Route key="personal-data" path={LEGAL_PAGES.personalData} element={<PersonalData />} />,
  <Route key="accessibility" path={LEGAL_PAGES.accessibility} element={<Accessibility />} />,
  // The link e-mailed to a new account or after a reset: the person chooses their password.
  <Route key="choose-password" path={CHOOSE_PASSWORD_PATH} element={<ChoosePasswordPage />} />,
];
