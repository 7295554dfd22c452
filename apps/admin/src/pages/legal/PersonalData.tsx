import { Typography } from '@mui/material';
import { LegalPage, Section } from './LegalPage';

export const PersonalData = () => (
  <LegalPage title="Données personnelles">
    <Section title="Responsable du traitement">
      <Typography>
        L’organisme qui déploie Recours (collectivité, CCAS, caisse, association) est responsable du traitement des données des foyers
        qu’il accompagne. Chaque organisme ne voit que les foyers de son territoire.
      </Typography>
    </Section>
    <Section title="Finalité et base légale">
      <Typography>
        Repérer les personnes qui ne perçoivent pas un droit auquel elles peuvent prétendre, les informer et les accompagner jusqu’à
        l’ouverture du droit, et mesurer cette action. Le traitement relève de la mission d’intérêt public de l’organisme (article 6.1.e
        du règlement général sur la protection des données).
      </Typography>
    </Section>
    <Section title="Données traitées">
      <Typography>
        Composition du foyer, ressources et logement nécessaires au calcul des droits, prises de contact, tâches et orientations. Chaque
        consultation et chaque modification d’une fiche est journalisée.
      </Typography>
    </Section>
    <Section title="Durée de conservation">
      <Typography>
        Les fiches des foyers sans suivi actif sont purgées automatiquement à l’issue de la durée de conservation fixée par l’organisme.
      </Typography>
    </Section>
    <Section title="Vos droits">
      <Typography>
        Toute personne peut accéder aux données qui la concernent, les faire rectifier, s’opposer à leur traitement ou en demander
        l’effacement auprès du délégué à la protection des données de l’organisme qui l’accompagne, et saisir la CNIL (www.cnil.fr).
      </Typography>
    </Section>
  </LegalPage>
);
