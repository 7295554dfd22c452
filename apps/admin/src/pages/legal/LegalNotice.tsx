import { Typography } from '@mui/material';
import { LegalPage, Section } from './LegalPage';

export const LegalNotice = () => (
  <LegalPage title="Mentions légales">
    <Section title="Éditeur">
      <Typography>
        Le service Recours est édité par la collectivité ou l’organisme qui le déploie pour ses équipes (conseil départemental, CCAS,
        caisse ou association), dont le nom figure dans la déclaration de traitement tenue par son délégué à la protection des données.
      </Typography>
    </Section>
    <Section title="Directeur ou directrice de la publication">
      <Typography>Le représentant légal de l’organisme qui déploie le service.</Typography>
    </Section>
    <Section title="Hébergement">
      <Typography>
        Les données sont hébergées en France par l’hébergeur retenu par l’organisme, certifié pour l’hébergement de données personnelles
        lorsque les données le requièrent.
      </Typography>
    </Section>
    <Section title="Logiciel">
      <Typography>
        Recours est un logiciel libre. Son interface suit le Système de design de l’État (DSFR) ; la marque de l’État n’est affichée que
        par les services publics qui y ont droit.
      </Typography>
    </Section>
  </LegalPage>
);
