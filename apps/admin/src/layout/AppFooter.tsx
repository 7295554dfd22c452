import { Footer } from '@codegouvfr/react-dsfr/Footer';

export const LEGAL_PAGES = {
  terms: '/mentions-legales',
  personalData: '/donnees-personnelles',
  accessibility: '/accessibilite',
} as const;

/** DSFR footer with the legal links every public service shows (hash routes of the back office). */
export const AppFooter = () => (
  <Footer
    brandTop={
      <>
        République
        <br />
        Française
      </>
    }
    homeLinkProps={{ href: '#/', title: 'Accueil — Recours' }}
    accessibility="partially compliant"
    accessibilityLinkProps={{ href: `#${LEGAL_PAGES.accessibility}` }}
    termsLinkProps={{ href: `#${LEGAL_PAGES.terms}` }}
    contentDescription="Recours aide les services sociaux à aller vers les personnes qui ne perçoivent pas un droit auquel elles peuvent prétendre."
    bottomItems={[{ text: 'Données personnelles', linkProps: { href: `#${LEGAL_PAGES.personalData}` } }]}
    domains={[]}
  />
);
