import polyglotI18nProvider from 'ra-i18n-polyglot';
import frenchMessages from 'ra-language-french';
import { mergeTranslations, type TranslationMessages } from 'react-admin';

const recoursMessages = {
  ra: {
    notification: {
      item_doesnt_exist: 'Élément introuvable ou accès non autorisé.',
      updated: 'Modifications enregistrées',
      created: 'Fiche créée',
    },
    auth: { username: 'Adresse e-mail' },
    page: { dashboard: 'Accueil' },
    // The API gives no total above 10 000 rows (Content-Range `…/*`): the data provider switches
    // react-admin to partial pagination, which only happens past that threshold.
    navigation: { partial_page_range_info: '%{offsetBegin}-%{offsetEnd} sur plus de 10 000' },
  },
  recours: {
    app: { title: 'Recours', tagline: 'Aller vers les droits, ensemble.' },
    login: {
      title: 'Connexion au back-office',
      email: 'Adresse e-mail',
      password: 'Mot de passe',
      submit: 'Se connecter',
      failed: 'Adresse e-mail ou mot de passe incorrect.',
    },
    notFound: {
      household: 'Foyer introuvable',
      detail: 'Ce foyer n’existe pas ou vous n’avez pas accès à sa fiche.',
      back: 'Retour à la liste des foyers',
    },
  },
  resources: {
    'referral-types': { name: 'Type d’orientation |||| Types d’orientation' },
    referrals: {
      name: 'Orientation |||| Orientations',
      fields: {
        householdReference: 'Foyer',
        status: 'Statut',
        benefit: 'Prestation',
        overdue: 'En retard',
        statusChangedAt: 'Dernier changement',
        createdAt: 'Envoyée le',
      },
    },
    households: {
      name: 'Foyer |||| Foyers',
      fields: {
        reference: 'Référence',
        q: 'Rechercher (nom ou référence)',
        address: 'Adresse',
        postcode: 'Code postal',
        communeInsee: 'Commune (code INSEE ou postal)',
        communeName: 'Commune',
        housingStatus: 'Statut d’occupation',
        housingType: 'Type de logement',
        monthlyRentCents: 'Loyer mensuel',
        housingAidZone: 'Zone (aide au logement)',
        referentId: 'Référent',
        referent: 'Référent',
        status: 'Statut du suivi',
        lastContactOn: 'Dernier contact',
        declarationHelpRequested: 'Aide demandée pour les déclarations trimestrielles',
        members: 'Membres',
        receivedBenefits: 'Prestations perçues',
        createdAt: 'Créé le',
        updatedAt: 'Modifié le',
      },
      tabs: {
        summary: 'Résumé',
        rights: 'Droits détectés',
        contacts: 'Contacts',
        members: 'Membres',
        benefits: 'Prestations perçues',
        accessHistory: 'Historique des accès',
        referrals: 'Orientations',
      },
    },
    members: {
      fields: {
        firstName: 'Prénom',
        lastName: 'Nom',
        birthDate: 'Date de naissance',
        age: 'Âge',
        relationship: 'Lien',
        activity: 'Activité',
        disabilityRecognised: 'Handicap reconnu',
        incapacityRate: 'Taux d’incapacité (%)',
        phone: 'Téléphone',
        email: 'E-mail',
        incomes: 'Revenus',
      },
    },
    incomes: {
      fields: { kind: 'Nature', monthlyAmountCents: 'Montant mensuel (€)', startMonth: 'Depuis (mois)', endMonth: 'Jusqu’à (mois)' },
    },
    receivedBenefits: {
      fields: { benefit: 'Prestation', monthlyAmountCents: 'Montant mensuel (€)', since: 'Depuis le' },
    },
    'access-history': {
      name: 'Accès |||| Accès',
      fields: {
        occurredAt: 'Date et heure',
        actorDisplayName: 'Personne',
        action: 'Action',
        entityType: 'Objet',
        fields: 'Champs concernés',
      },
    },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        email: 'Adresse e-mail',
        displayName: 'Nom affiché',
        role: 'Rôle',
        organisationId: 'Organisation',
        active: 'Compte actif',
        q: 'Rechercher',
      },
    },
    organisations: {
      name: 'Organisation |||| Organisations',
      fields: { name: 'Nom', kind: 'Type', territoryId: 'Territoire', q: 'Rechercher' },
    },
    territories: { name: 'Territoire |||| Territoires', fields: { code: 'Code', name: 'Nom' } },
    'failed-reminders': {
      name: 'Relance en échec |||| Relances en échec',
      fields: { kind: 'Type', dueAt: 'Due le', failedAt: 'Abandonnée le', attempts: 'Tentatives', lastError: 'Dernière erreur' },
    },
    'audit-events': {
      name: 'Journal d’audit',
      fields: {
        occurredAt: 'Date et heure',
        actorId: 'Personne',
        actorDisplayName: 'Personne',
        organisationId: 'Organisation',
        action: 'Action',
        entityType: 'Objet',
        entityId: 'Identifiant',
        householdId: 'Foyer',
        fields: 'Champs concernés',
        from: 'Depuis le',
        to: 'Jusqu’au',
      },
    },
  },
};

const messages = mergeTranslations(frenchMessages, recoursMessages) as TranslationMessages;

export const i18nProvider = polyglotI18nProvider(() => messages, 'fr', [{ locale: 'fr', name: 'Français' }], {
  allowMissing: true,
});
