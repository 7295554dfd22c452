import { Typography } from '@mui/material';
import { LegalPage, Section } from './LegalPage';

export const Accessibility = () => (
  <LegalPage title="Déclaration d’accessibilité">
    <Typography>
      Les organismes qui déploient Recours s’engagent à rendre leurs services numériques accessibles, conformément à l’article 47 de la
      loi n° 2005-102 du 11 février 2005.
    </Typography>
    <Section title="État de conformité">
      <Typography>
        Recours est partiellement conforme au référentiel général d’amélioration de l’accessibilité (RGAA). Chaque page parcourue par les
        tests automatisés du projet est vérifiée avec axe-core, sans violation grave ni critique, sur ordinateur (1366 px) et sur
        téléphone (390 px). Aucun audit RGAA complet n’a encore été réalisé.
      </Typography>
    </Section>
    <Section title="Retour d’information et contact">
      <Typography>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez l’organisme qui vous a ouvert un compte pour être orienté
        vers une alternative accessible.
      </Typography>
    </Section>
    <Section title="Voies de recours">
      <Typography>
        Si vous constatez un défaut d’accessibilité vous empêchant d’accéder à un contenu et que vous n’avez pas obtenu de réponse
        satisfaisante, vous pouvez saisir le Défenseur des droits (www.defenseurdesdroits.fr).
      </Typography>
    </Section>
  </LegalPage>
);
