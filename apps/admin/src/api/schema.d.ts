// Generated from the API's OpenAPI document by `npm run api:types`: do not edit by hand.
// An integration test (apps/api/test/api-types.int-spec.ts) fails when this file is stale.
export interface paths {
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journal d'accès (responsables : toute l'organisation ; intervenants : un foyer via filter.householdId) */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Journal d’accès complet (mêmes filtres et même périmètre que la liste), en CSV ou XLSX ; l’export est lui-même journalisé
         * @description Toutes les lignes qui correspondent aux filtres, lues par lots et envoyées au fil de l’eau (jamais coupées à une page). En-têtes en français, libellés plutôt que codes, heures de Paris ; une cellule commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe. Un événement « Export » du journal nomme les foyers exportés.
         */
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Connexion : ouvre une session (cookie httpOnly) ; avec la double authentification, la session attend le code (`twoFactor.pending`) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Déconnexion : ferme la session courante */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-link/choose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choisit le mot de passe : le lien ne sert qu’une fois ; les sessions ouvertes se ferment */
        post: operations["PasswordLinksController_choose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-link/inspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Le compte auquel mène un lien encore valable (sans le consommer) */
        post: operations["PasswordLinksController_inspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Double authentification : activée, obligatoire, codes de secours restants */
        get: operations["TotpController_status"];
        put?: never;
        post?: never;
        /** Désactive la double authentification (code actuel exigé ; impossible pour un administrateur) */
        delete: operations["TotpController_disable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Double authentification : nouvelle clé à enregistrer dans l’application (à confirmer par un code) */
        post: operations["TotpController_startEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Double authentification : un code de la nouvelle clé l’active et donne dix codes de secours */
        post: operations["TotpController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Connexion, après le mot de passe : le code de l’application ou un code de secours (usage unique) */
        post: operations["TotpController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_list"];
        put?: never;
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_get"];
        put: operations["CampaignsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CampaignsController_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Foyers ciblés par la campagne, avec leur tâche et l’état des droits visés */
        get: operations["CampaignsController_households"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/{id}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lancer : brouillon → en_cours ; le worker crée une tâche de contact par foyer */
        post: operations["CampaignsController_launch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Campagnes de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX
         * @description Toutes les lignes qui correspondent aux filtres, lues par lots et envoyées au fil de l’eau (jamais coupées à une page). En-têtes en français, libellés plutôt que codes, heures de Paris ; une cellule commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe. Un événement « Export » du journal nomme les foyers exportés.
         */
        get: operations["CampaignsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/campaigns/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Taille de la cohorte et montant annuel en jeu, foyers exclus pour refus */
        post: operations["CampaignsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Communes par nom ou code postal, avec le code INSEE et la zone des aides au logement (données livrées avec Recours) */
        get: operations["CommunesController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registre des consentements d’une personne ou d’un foyer, dans l’ordre du registre */
        get: operations["ConsentsController_list"];
        put?: never;
        /** Enregistrer un consentement ou son retrait (nouvelle ligne : l’historique n’est jamais réécrit) */
        post: operations["ConsentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContactsController_list"];
        put?: never;
        /** Noter une tentative de contact (et planifier la suivante) */
        post: operations["ContactsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContactsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contacts de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX
         * @description Toutes les lignes qui correspondent aux filtres, lues par lots et envoyées au fil de l’eau (jamais coupées à une page). En-têtes en français, libellés plutôt que codes, heures de Paris ; une cellule commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe. Un événement « Export » du journal nomme les foyers exportés.
         */
        get: operations["ContactsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detected-rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Droits détectés des foyers de mon organisation (suggestions à examiner, jamais des décisions) */
        get: operations["RightsController_list"];
        put?: never;
        /** Saisir un droit (source saisie ou partenaire) */
        post: operations["RightsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detected-rights/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RightsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detected-rights/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Faire avancer un droit détecté
         * @description detecte → confirme | ecarte (reason) ; confirme → informe ; informe → demande_en_cours | demande_deposee ; demande_en_cours → demande_deposee ; demande_deposee → accorde (grantedMonthlyAmountCents, grantedFrom) | refuse (reason) ; tout état ouvert → abandonne (sauf detecte) | refus_personne. refus_personne bloque toute sollicitation du foyer pour cette prestation (REFUSAL_BLOCK_MONTHS, 12 mois par défaut) et annule ses tâches ouvertes.
         */
        post: operations["RightsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detected-rights/bulk/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clore les droits choisis : « détecté » → écarté (motif), plus loin → abandonné ; la note va dans leur historique */
        post: operations["BulkController_closeRights"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detected-rights/bulk/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Créer une tâche liée à chacun des droits choisis (sauf refus de la personne) */
        post: operations["BulkController_rightTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/detected-rights/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Droits détectés de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX
         * @description Toutes les lignes qui correspondent aux filtres, lues par lots et envoyées au fil de l’eau (jamais coupées à une page). En-têtes en français, libellés plutôt que codes, heures de Paris ; une cellule commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe. Un événement « Export » du journal nomme les foyers exportés.
         */
        get: operations["RightsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/failed-reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_failedReminders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** État de la base de données, de Redis et des passages périodiques du worker — rappels, détection, campagnes, imports, récapitulatif (503 si l’un est indisponible, ou si le dernier passage réussi de l’un d’eux date de plus de deux périodes, et au moins SWEEP_MAX_AGE_SECONDS). Sans session d’administrateur ni jeton de supervision (HEALTH_TOKEN) : seulement `status` (ok ou error) ; avec : le détail, dont l’âge de chaque passage, le retard des rappels de la dernière heure (p50, p99, max) et le nombre de rappels en échec (remindersFailed : leur envoi a épuisé toutes ses tentatives) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Foyers de mon organisation (recherche q : nom d’un membre ou référence) */
        get: operations["HouseholdsController_list"];
        put?: never;
        post: operations["HouseholdsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HouseholdsController_get"];
        put: operations["HouseholdsController_update"];
        post?: never;
        delete: operations["HouseholdsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/access-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Historique des accès au foyer (qui, quoi, quels champs, quand) */
        get: operations["HouseholdsController_accessHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/{id}/detect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Relancer la détection des droits
         * @description Enregistre la demande (detectionRequestedAt) puis la confie au worker. Si la file est indisponible, la demande reste enregistrée et le balayage périodique la reprend (enqueued: false).
         */
        post: operations["HouseholdsController_detect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/bulk/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confier les foyers choisis à un·e référent·e de l’organisation */
        post: operations["BulkController_assignHouseholds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/bulk/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Créer une tâche pour chacun des foyers choisis (sauf refus de la personne) */
        post: operations["BulkController_householdTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/households/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Foyers de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX
         * @description Toutes les lignes qui correspondent aux filtres, lues par lots et envoyées au fil de l’eau (jamais coupées à une page). En-têtes en français, libellés plutôt que codes, heures de Paris ; une cellule commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe. Un événement « Export » du journal nomme les foyers exportés.
         */
        get: operations["HouseholdsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_list"];
        put?: never;
        /** Téléverser un fichier partenaire (CSV UTF-8 ou Windows-1252, « ; » ou « , », ou XLSX), corps brut application/octet-stream */
        post: operations["ImportsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** État et progression de l’import, avec les 100 premières erreurs */
        get: operations["ImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Essai à blanc : premières lignes telles qu’elles seront lues et erreurs trouvées, sans rien écrire */
        post: operations["ImportsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rapport ligne à ligne (CSV « ; », UTF-8 avec BOM) : ligne, champ, valeur lue, erreur */
        get: operations["ImportsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lignes à examiner : personne ressemblante trouvée (similarité des noms) */
        get: operations["ImportsController_reviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/reviews/{reviewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Décider : fusion dans le foyer proposé, ou nouveau foyer */
        post: operations["ImportsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lancer l’import avec cette correspondance (traité par le worker) */
        post: operations["ImportsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Synthèse de la détection : foyers examinés, avec au moins un droit probable, € par an par prestation */
        get: operations["ImportsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Champs que la correspondance peut remplir (aucune donnée personnelle) */
        get: operations["ImportsController_fields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ImportsController_presets"];
        put?: never;
        /** Enregistrer (ou remplacer, même nom) une correspondance de colonnes pour l’organisation */
        post: operations["ImportsController_savePreset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/presets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["ImportsController_deletePreset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ma journée : mes tâches en retard et du jour, puis mes foyers classés par gain attendu
         * @description Gain attendu = somme, sur les droits ouverts, du montant annuel × poids de confiance (haute 1, moyenne 0,6, faible 0,3). 20 foyers au plus.
         */
        get: operations["MyDayController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_preferences"];
        put: operations["NotificationsController_savePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["NotificationsController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_list"];
        put?: never;
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_get"];
        put: operations["OrganisationsController_update"];
        post?: never;
        delete: operations["OrganisationsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Annuaire des partenaires du territoire : ce que chaque organisation instruit, ce qu’une orientation lui partage */
        get: operations["PartnersController_directory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referral-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Types d’orientation du territoire : données partagées selon le type de destinataire */
        get: operations["PartnersController_types"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referral-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PartnersController_type"];
        /** Administrateur du territoire : changer les données partagées (les orientations déjà envoyées gardent les leurs) */
        put: operations["PartnersController_updateType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orientations envoyées (box=sent) ou reçues (box=received, par défaut pour les partenaires) */
        get: operations["ReferralsController_list"];
        put?: never;
        /**
         * Orienter un foyer vers une organisation partenaire
         * @description Exige un consentement au partage en vigueur pour ce destinataire (sinon 422) ; un·e responsable peut passer outre avec un motif écrit (audité). Refusé (422) pour un foyer qui a refusé d’être sollicité. Deux envois avec le même en-tête Idempotency-Key créent une seule orientation.
         */
        post: operations["ReferralsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Une orientation : historique, actions possibles et les seules données partagées (lecture auditée) */
        get: operations["ReferralsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Destinataire : accepter (accusee → acceptee) */
        post: operations["ReferralsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Destinataire : accuser réception (envoyee → accusee) */
        post: operations["ReferralsController_acknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Expéditeur : annuler une orientation ouverte */
        post: operations["ReferralsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Destinataire : clôturer avec une issue (acceptee|en_cours → cloturee)
         * @description droit_ouvert passe les droits détectés liés à « accordé » avec ce montant ; droit_refuse à « refusé ».
         */
        post: operations["ReferralsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Destinataire : décliner avec un motif (accusee → declinee) */
        post: operations["ReferralsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Destinataire : signaler un avancement, commentaire daté (acceptee|en_cours → en_cours) */
        post: operations["ReferralsController_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminder-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_settings"];
        put: operations["NotificationsController_saveSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Entonnoir de chaque campagne lancée dans la période
         * @description Responsable : son organisation ; administrateur·rice (coordination territoriale) : tout le territoire. Définitions : docs/indicateurs.md.
         */
        get: operations["StatsController_campaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/evaluation-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export d’évaluation (CSV) : indicateurs par territoire × mois × prestation, anonymisés
         * @description Pour le comité d’évaluation. Trois lignes d’en-tête (contenu, règle du secret statistique, empilement) puis une ligne par territoire × mois × prestation — toutes les prestations et tous les mois de la période, mêmes colonnes pour tous les territoires. Aucune donnée personnelle. Secret statistique : toute case comptant moins de 5 foyers vaut « < 5 », comme les montants et délais calculés sur moins de 5 foyers. Colonnes : foyers détectés (première détection dans le mois) puis confirmés, joints, informés, demande déposée, accordés, refusés, refus de la personne ; foyers avec un droit ouvert (accord dans le mois) et euros par an ; foyers avec une demande déposée dans le mois, délai médian et 80e centile détection → dépôt ; foyers contactés au sujet de la prestation et joints. Périmètre : responsable, son organisation ; administrateur·rice (coordination), le territoire. Définitions : docs/indicateurs.md. L’export est journalisé.
         */
        get: operations["EvaluationExportController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Entonnoir par prestation : détectés → confirmés → joints → informés → demande déposée → accordés / refusés / refus de la personne
         * @description Responsable : son organisation ; administrateur·rice (coordination territoriale) : tout le territoire. Définitions : docs/indicateurs.md.
         */
        get: operations["StatsController_funnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/outreach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activité d’aller-vers : contacts par canal et résultat, taux de joignabilité, foyers contactés, par intervenant·e
         * @description Responsable : son organisation ; administrateur·rice (coordination territoriale) : tout le territoire. Définitions : docs/indicateurs.md.
         */
        get: operations["StatsController_outreach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Orientations envoyées (par partenaire destinataire) et reçues (par partenaire émetteur) : délais d’accusé de réception et de réponse, dépassements, issues
         * @description Responsable : son organisation ; administrateur·rice (coordination territoriale) : tout le territoire. Définitions : docs/indicateurs.md.
         */
        get: operations["StatsController_referrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/rights-opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Droits ouverts et euros par an désormais versés, par prestation, organisation, commune et mois
         * @description Responsable : son organisation ; administrateur·rice (coordination territoriale) : tout le territoire. Définitions : docs/indicateurs.md.
         */
        get: operations["StatsController_rightsOpened"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/time-to-right": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Délai d’accès au droit : médiane et 80e centile des jours de la détection au dépôt et à l’accord
         * @description Responsable : son organisation ; administrateur·rice (coordination territoriale) : tout le territoire. Définitions : docs/indicateurs.md.
         */
        get: operations["StatsController_timeToRight"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_list"];
        put?: never;
        /** Créer une tâche (refusée tant que la personne refuse d’être sollicitée) */
        post: operations["TasksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_get"];
        put: operations["TasksController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/bulk/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assigner les tâches choisies à un·e intervenant·e de l’organisation */
        post: operations["BulkController_assignTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/bulk/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marquer faites les tâches choisies (les tâches closes sont laissées) */
        post: operations["BulkController_completeTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tâches de la liste (mêmes filtres, même tri, même périmètre), en CSV ou XLSX
         * @description Toutes les lignes qui correspondent aux filtres, lues par lots et envoyées au fil de l’eau (jamais coupées à une page). En-têtes en français, libellés plutôt que codes, heures de Paris ; une cellule commençant par = + - @, une tabulation ou un retour chariot est précédée d’une apostrophe. Un événement « Export » du journal nomme les foyers exportés.
         */
        get: operations["TasksController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TerritoriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/territories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TerritoriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Administrateurs : comptes du territoire ; autres rôles : collègues de l’organisation */
        get: operations["UsersController_list"];
        put?: never;
        /** Crée un compte sans mot de passe : son titulaire reçoit par e-mail un lien à usage unique pour le choisir */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        /** Modifie un compte (jamais son mot de passe) ; le titulaire et les responsables de l’organisation sont prévenus */
        put: operations["UsersController_update"];
        post?: never;
        delete: operations["UsersController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Réinitialise le mot de passe : l’ancien ne fonctionne plus, les sessions se ferment, le titulaire reçoit un lien à usage unique pour en choisir un */
        post: operations["UsersController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEventDto: {
            /** @enum {string} */
            action: "read" | "list" | "create" | "update" | "delete" | "login" | "logout" | "export";
            actorDisplayName: string;
            /** Format: uuid */
            actorId: string;
            entityId: string | null;
            /** @enum {string} */
            entityType: "household" | "person" | "income" | "received_benefit" | "user" | "organisation" | "session" | "detected_right" | "contact" | "task" | "campaign" | "referral" | "consent" | "statistics" | "import" | "outreach_block" | "audit_event";
            /** @description Champs modifiés pour une écriture, noms des filtres pour une recherche ; jamais les valeurs */
            fields: string[];
            /** Format: uuid */
            householdId: string | null;
            /** @description Référence du foyer (absente s’il a été supprimé) */
            householdReference: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            organisationId: string;
            /** @description Organisation de l’auteur : un historique de foyer montre aussi les lectures des partenaires */
            organisationName: string;
        };
        AuditEventListFilter: {
            /** @enum {string} */
            action?: "read" | "list" | "create" | "update" | "delete" | "login" | "logout" | "export";
            /** Format: uuid */
            actorId?: string;
            detailed?: boolean;
            /** Format: uuid */
            entityId?: string;
            /** @enum {string} */
            entityType?: "household" | "person" | "income" | "received_benefit" | "user" | "organisation" | "session" | "detected_right" | "contact" | "task" | "campaign" | "referral" | "consent" | "statistics" | "import" | "outreach_block" | "audit_event";
            /**
             * @description AAAA-MM-JJ ou ISO 8601 avec fuseau horaire
             * @example 2026-01-01
             */
            from?: string;
            /** Format: uuid */
            householdId?: string;
            id?: string | string[];
            /**
             * @description AAAA-MM-JJ ou ISO 8601 avec fuseau horaire
             * @example 2026-01-01
             */
            to?: string;
        };
        BulkAssignHouseholdsDto: {
            /** @description Lignes choisies (1 à 500) */
            ids: string[];
            /**
             * Format: uuid
             * @description Nouveau référent des foyers
             */
            referentId: string;
        };
        BulkAssignTasksDto: {
            /** Format: uuid */
            assigneeId: string;
            /** @description Lignes choisies (1 à 500) */
            ids: string[];
        };
        BulkCloseRightsDto: {
            /**
             * @description Motif pour les droits encore « détectés » (écartés) ; les autres droits ouverts sont abandonnés
             * @enum {string}
             */
            dismissReason: "deja_percu" | "non_eligible" | "doublon" | "autre";
            /** @description Lignes choisies (1 à 500) */
            ids: string[];
            /** @description Note gardée dans l’historique de chaque droit */
            note: string;
        };
        BulkCreateTasksDto: {
            /**
             * Format: uuid
             * @description Moi par défaut
             */
            assigneeId?: string;
            /**
             * Format: date
             * @example 2026-01-31
             */
            dueOn: string;
            /** @description Lignes choisies (1 à 500) */
            ids: string[];
            /** @enum {string} */
            priority?: "basse" | "normale" | "haute" | "urgente";
            title: string;
        };
        BulkIdsDto: {
            /** @description Lignes choisies (1 à 500) */
            ids: string[];
        };
        BulkResultDto: {
            /** @description Lignes traitées */
            done: number;
            /** @description Lignes laissées telles quelles, avec la raison */
            skipped: {
                id: string;
                reason: string;
            }[];
        };
        CampaignCreateDto: {
            /**
             * Format: uuid
             * @description Intervenant·e choisi·e ; aussi pour les foyers sans référent
             */
            assigneeId?: string | null;
            /**
             * @description referent (par défaut) ou user (assigneeId)
             * @enum {string}
             */
            assignment?: "referent" | "user";
            /** @description Groupe témoin : pourcentage de la cohorte tiré au sort (graine fixée à la création) et non contacté, pour mesurer l’effet de l’aller-vers (0 = aucun) */
            controlShare?: number;
            /**
             * Format: date
             * @description Échéance des tâches de la campagne (absente : 14 jours après le lancement) ; elle déclenche leurs rappels
             * @example 2026-06-30
             */
            dueOn?: string | null;
            /**
             * @description Cohorte (absent = sans restriction) : minAmountCents est annuel ; statuses parmi les états ouverts (detecte et confirme par défaut) ; importId limite aux foyers d’un import de fichier partenaire ; rightIds (au plus 1 000) limite aux droits détectés choisis, à tout état ouvert quand statuses est absent. Les foyers clos et les refus de la personne sont toujours exclus.
             * @example {
             *       "benefits": [
             *         "rsa",
             *         "prime_activite"
             *       ],
             *       "communeInsee": "23096",
             *       "minAmountCents": 120000,
             *       "confidences": [
             *         "haute",
             *         "moyenne"
             *       ]
             *     }
             */
            filters?: {
                benefits?: ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa")[];
                communeInsee?: string;
                confidences?: ("haute" | "moyenne" | "faible")[];
                /** Format: uuid */
                importId?: string;
                minAmountCents?: number;
                postcode?: string;
                /** Format: uuid */
                referentId?: string;
                rightIds?: string[];
                statuses?: ("detecte" | "confirme" | "informe" | "demande_en_cours" | "demande_deposee")[];
            };
            name: string;
        };
        CampaignDto: {
            /** Format: uuid */
            assigneeId: string | null;
            /** @enum {string} */
            assignment: "referent" | "user";
            /** @description Foyers tenus à l’écart au lancement (groupe témoin) */
            controlCount: number | null;
            /** @description Graine du tirage du groupe témoin */
            controlSeed: number | null;
            /** @description Groupe témoin : pourcentage de la cohorte non contacté */
            controlShare: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            /** @description Échéance des tâches (AAAA-MM-JJ) */
            dueOn: string | null;
            error: string | null;
            excludedRefusalCount: number | null;
            filters: {
                benefits?: ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa")[];
                communeInsee?: string;
                confidences?: ("haute" | "moyenne" | "faible")[];
                /** Format: uuid */
                importId?: string;
                minAmountCents?: number;
                postcode?: string;
                /** Format: uuid */
                referentId?: string;
                rightIds?: string[];
                statuses?: ("detecte" | "confirme" | "informe" | "demande_en_cours" | "demande_deposee")[];
            };
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            launchedAt: string | null;
            name: string;
            /**
             * @example {
             *       "targetCount": 1200,
             *       "tasksCreated": 450,
             *       "status": "en_cours"
             *     }
             */
            progress: {
                /** @enum {string} */
                status: "brouillon" | "en_cours" | "terminee" | "echec";
                targetCount: number | null;
                tasksCreated: number;
            };
            /** @enum {string} */
            status: "brouillon" | "en_cours" | "terminee" | "echec";
            targetCount: number | null;
            tasksCreated: number;
            /** Format: date-time */
            updatedAt: string;
        };
        CampaignFunnelDto: {
            /** @description … au moins « demande déposée » */
            claimsFiled: number;
            /** @description Comparaison avec le groupe témoin (null sans groupe témoin) */
            control: {
                /** @description Foyers contactés (tâche créée) */
                contacted: {
                    /** @description Foyers dont un droit d’une prestation visée a été accordé depuis le lancement */
                    granted: number;
                    /** @description … borne haute */
                    high: number | null;
                    households: number;
                    /** @description Intervalle de confiance à 95 % (Wilson) : borne basse */
                    low: number | null;
                    /** @description Taux de recours (0…1) */
                    rate: number | null;
                };
                /** @description Groupe témoin (non contacté) */
                control: {
                    /** @description Foyers dont un droit d’une prestation visée a été accordé depuis le lancement */
                    granted: number;
                    /** @description … borne haute */
                    high: number | null;
                    households: number;
                    /** @description Intervalle de confiance à 95 % (Wilson) : borne basse */
                    low: number | null;
                    /** @description Taux de recours (0…1) */
                    rate: number | null;
                };
                /** @description Écart de taux contactés − témoin (0…1) */
                difference: number | null;
                /** @description … borne haute */
                high: number | null;
                /** @description Intervalle de confiance à 95 % de l’écart (Newcombe, score hybride) : borne basse */
                low: number | null;
                /** @description L’intervalle exclut 0 */
                significant: boolean;
            } | null;
            granted: number;
            /** @description Montants accordés, par an, centimes */
            grantedAnnualCents: number;
            /** @description Foyers dont un droit visé est au moins « informé » */
            informed: number;
            /** @description Foyers joints (contact joint ou rdv_pris depuis le lancement) */
            reached: number;
            /** @description Foyers contactés (hors groupe témoin) */
            targeted: number;
        };
        CampaignHouseholdDto: {
            /** @description Montant par an des droits visés, centimes (montants actuels) */
            annualAmountCents: number;
            applicantName: string | null;
            /** Format: uuid */
            campaignId: string;
            communeName: string | null;
            /** @description Tenu à l’écart (groupe témoin) : pas de tâche */
            control: boolean;
            /**
             * Format: uuid
             * @description Le foyer
             */
            id: string;
            reference: string;
            /** @description Droits visés et leur état actuel */
            rights: {
                /** @enum {string} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "detecte" | "confirme" | "ecarte" | "informe" | "demande_en_cours" | "demande_deposee" | "accorde" | "refuse" | "abandonne" | "refus_personne";
            }[];
            taskAssigneeName: string | null;
            /** Format: uuid */
            taskId: string | null;
            /**
             * @description État de la tâche de contact
             * @enum {string|null}
             */
            taskStatus: "a_faire" | "en_cours" | "faite" | "annulee" | null;
        };
        CampaignHouseholdListFilter: {
            control?: boolean;
        };
        CampaignListFilter: {
            id?: string | string[];
            /** @enum {string} */
            status?: "brouillon" | "en_cours" | "terminee" | "echec";
        };
        CampaignPreviewDto: {
            /** @description Groupe témoin : pourcentage de la cohorte tiré au sort (graine fixée à la création) et non contacté, pour mesurer l’effet de l’aller-vers (0 = aucun) */
            controlShare?: number;
            /**
             * @description Cohorte (absent = sans restriction) : minAmountCents est annuel ; statuses parmi les états ouverts (detecte et confirme par défaut) ; importId limite aux foyers d’un import de fichier partenaire ; rightIds (au plus 1 000) limite aux droits détectés choisis, à tout état ouvert quand statuses est absent. Les foyers clos et les refus de la personne sont toujours exclus.
             * @example {
             *       "benefits": [
             *         "rsa",
             *         "prime_activite"
             *       ],
             *       "communeInsee": "23096",
             *       "minAmountCents": 120000,
             *       "confidences": [
             *         "haute",
             *         "moyenne"
             *       ]
             *     }
             */
            filters?: {
                benefits?: ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa")[];
                communeInsee?: string;
                confidences?: ("haute" | "moyenne" | "faible")[];
                /** Format: uuid */
                importId?: string;
                minAmountCents?: number;
                postcode?: string;
                /** Format: uuid */
                referentId?: string;
                rightIds?: string[];
                statuses?: ("detecte" | "confirme" | "informe" | "demande_en_cours" | "demande_deposee")[];
            };
        };
        CampaignPreviewResultDto: {
            /** @description Total en jeu par an, centimes */
            annualAmountCents: number;
            /** @description Foyers qui seraient contactés (tâche créée) */
            contactedCount: number;
            /** @description Foyers qui seraient tirés au sort dans le groupe témoin (non contactés) */
            controlCount: number;
            /** @description Foyers exclus parce que la personne a refusé (tous leurs droits visés) */
            excludedByRefusal: number;
            /** @description Droits visés exclus pour refus de la personne */
            excludedRightsByRefusal: number;
            householdCount: number;
        };
        CampaignStatsDto: {
            campaigns: {
                claimFiled: number;
                /** @description Comparaison avec le groupe témoin (null sans groupe témoin) */
                control: {
                    /** @description Foyers contactés (tâche créée) */
                    contacted: {
                        /** @description Foyers dont un droit d’une prestation visée a été accordé depuis le lancement */
                        granted: number;
                        /** @description … borne haute */
                        high: number | null;
                        households: number;
                        /** @description Intervalle de confiance à 95 % (Wilson) : borne basse */
                        low: number | null;
                        /** @description Taux de recours (0…1) */
                        rate: number | null;
                    };
                    /** @description Groupe témoin (non contacté) */
                    control: {
                        /** @description Foyers dont un droit d’une prestation visée a été accordé depuis le lancement */
                        granted: number;
                        /** @description … borne haute */
                        high: number | null;
                        households: number;
                        /** @description Intervalle de confiance à 95 % (Wilson) : borne basse */
                        low: number | null;
                        /** @description Taux de recours (0…1) */
                        rate: number | null;
                    };
                    /** @description Écart de taux contactés − témoin (0…1) */
                    difference: number | null;
                    /** @description … borne haute */
                    high: number | null;
                    /** @description Intervalle de confiance à 95 % de l’écart (Newcombe, score hybride) : borne basse */
                    low: number | null;
                    /** @description L’intervalle exclut 0 */
                    significant: boolean;
                } | null;
                granted: number;
                grantedAnnualCents: number;
                /** Format: uuid */
                id: string;
                informed: number;
                /** Format: date-time */
                launchedAt: string | null;
                name: string;
                reached: number;
                /** @enum {string} */
                status: "brouillon" | "en_cours" | "terminee" | "echec";
                targeted: number;
            }[];
            /**
             * Format: date-time
             * @description Fraîcheur : heure à laquelle les chiffres ont été arrêtés — celle de la dernière actualisation des tableaux de synthèse par le worker (source « rollups », toutes les STATS_REFRESH_EVERY_MS, 10 minutes par défaut), ou l’heure de la requête (source « tables »)
             */
            computedAt: string;
            /** @description Période retenue (dates de Paris, bornes incluses) */
            period: {
                /** @example 2025-04-01 */
                from: string;
                /** @example 2026-03-31 */
                to: string;
            };
            /**
             * @description rollups : tableaux de synthèse (période en mois entiers) ; tables : calcul sur les tables à la requête (période ne tombant pas en mois entiers, filtre commune de l’aller-vers, ou synthèses jamais actualisées)
             * @enum {string}
             */
            source: "rollups" | "tables";
        };
        CampaignUpdateDto: {
            /** Format: uuid */
            assigneeId?: string | null;
            /** @enum {string} */
            assignment?: "referent" | "user";
            /** @description Lecture seule : accepté et ignoré */
            readonly controlCount?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly controlSeed?: unknown;
            /** @description Groupe témoin : pourcentage de la cohorte tiré au sort (graine fixée à la création) et non contacté, pour mesurer l’effet de l’aller-vers (0 = aucun) */
            controlShare?: number;
            /** @description Lecture seule : accepté et ignoré */
            readonly createdAt?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly createdBy?: unknown;
            /**
             * Format: date
             * @example 2026-06-30
             */
            dueOn?: string | null;
            /** @description Lecture seule : accepté et ignoré */
            readonly error?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly excludedRefusalCount?: unknown;
            /**
             * @description Cohorte (absent = sans restriction) : minAmountCents est annuel ; statuses parmi les états ouverts (detecte et confirme par défaut) ; importId limite aux foyers d’un import de fichier partenaire ; rightIds (au plus 1 000) limite aux droits détectés choisis, à tout état ouvert quand statuses est absent. Les foyers clos et les refus de la personne sont toujours exclus.
             * @example {
             *       "benefits": [
             *         "rsa",
             *         "prime_activite"
             *       ],
             *       "communeInsee": "23096",
             *       "minAmountCents": 120000,
             *       "confidences": [
             *         "haute",
             *         "moyenne"
             *       ]
             *     }
             */
            filters?: {
                benefits?: ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa")[];
                communeInsee?: string;
                confidences?: ("haute" | "moyenne" | "faible")[];
                /** Format: uuid */
                importId?: string;
                minAmountCents?: number;
                postcode?: string;
                /** Format: uuid */
                referentId?: string;
                rightIds?: string[];
                statuses?: ("detecte" | "confirme" | "informe" | "demande_en_cours" | "demande_deposee")[];
            };
            /** @description Lecture seule : accepté et ignoré */
            readonly finishedAt?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly id?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly launchedAt?: unknown;
            name?: string;
            /** @description Lecture seule : accepté et ignoré */
            readonly progress?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly status?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly targetCount?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly tasksCreated?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly updatedAt?: unknown;
        };
        ChoosePasswordDto: {
            /** @description Le mot de passe choisi */
            password: string;
            /** @description Le jeton du lien reçu par e-mail */
            token: string;
        };
        CommuneDto: {
            /** @example 23 */
            departement: string;
            /** @description Commune déléguée ou associée trouvée par son nom ; sa zone est celle de la réponse */
            formerCommune: {
                insee: string;
                name: string;
            } | null;
            /**
             * @description Code INSEE de la commune d’aujourd’hui (la commune nouvelle pour une commune déléguée)
             * @example 23096
             */
            insee: string;
            /** @example Guéret */
            name: string;
            /**
             * @example [
             *       "23000"
             *     ]
             */
            postcodes: string[];
            /**
             * @description Zone telle que l’arrêté du 17 mars 1978 l’écrit
             * @enum {string|null}
             */
            zonage: "1" | "2" | "3" | "1bis" | null;
            /**
             * @description Zone des aides au logement du foyer (1bis compte comme 1) ; vide si inconnue
             * @enum {number|null}
             */
            zone: 1 | 2 | 3 | null;
        };
        ConsentCreateDto: {
            /**
             * Format: date
             * @description Jour où la personne a donné ou retiré son consentement
             * @example 2026-01-31
             */
            decidedOn: string;
            /**
             * Format: date
             * @description Date de fin de validité
             * @example 2026-01-31
             */
            expiresOn?: string;
            /**
             * @description true : consentement donné ; false : retrait (nouvelle ligne, l’historique est conservé)
             * @example true
             */
            given: boolean;
            /**
             * @example oral
             * @enum {string}
             */
            method: "oral" | "ecrit" | "signe";
            /** Format: uuid */
            personId: string;
            /**
             * @example partage_partenaire
             * @enum {string}
             */
            purpose: "partage_partenaire" | "contact_sms" | "contact_email" | "contact_courrier";
            /**
             * Format: uuid
             * @description Obligatoire pour partage_partenaire : l’organisation destinataire
             */
            recipientOrganisationId?: string;
        };
        ConsentDto: {
            /** Format: date */
            decidedOn: string;
            /** Format: date */
            expiresOn: string | null;
            given: boolean;
            /** Format: uuid */
            householdId: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            method: "oral" | "ecrit" | "signe";
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @enum {string} */
            purpose: "partage_partenaire" | "contact_sms" | "contact_email" | "contact_courrier";
            /** Format: uuid */
            recipientOrganisationId: string | null;
            recipientOrganisationName: string | null;
            /** Format: date-time */
            recordedAt: string;
            recordedByName: string | null;
        };
        ConsentListFilter: {
            /** Format: uuid */
            householdId?: string;
            /** Format: uuid */
            personId?: string;
        };
        ContactCreateDto: {
            /** @enum {string} */
            channel: "telephone" | "sms" | "courrier" | "email" | "visite_domicile" | "permanence" | "evenement";
            /** Format: uuid */
            householdId: string;
            /** @description La personne a pris contact d’elle-même (appel, courrier, venue) : seul contact enregistrable pendant son refus */
            inbound?: boolean;
            /** @description Droits abordés (parmi rightIds) à passer à « informe » avec ce contact, dans la même transaction (transition notée, signée par l’auteur, auditée). Seulement si la personne est jointe (joint, rdv_pris) et depuis un état qui le permet (« confirme »), sinon 400 ou 409 et rien n’est enregistré. Liste vide : aucun droit ne change d’état. Absent : les droits liés « confirme » passent à « informe » quand la personne est jointe. */
            informRightIds?: string[];
            /** @description Contact entrant où la personne demande à être de nouveau sollicitée : son refus prend fin aujourd’hui (ses mots dans personWords) */
            liftRefusal?: boolean;
            /**
             * Format: date
             * @description Crée une tâche de relance pour moi à cette date (refusée tant que la personne refuse d’être sollicitée)
             * @example 2026-01-31
             */
            nextAttemptOn?: string;
            note?: string;
            /**
             * @description Maintenant par défaut
             * @example 2026-03-02T10:30:00+01:00
             */
            occurredAt?: string;
            /**
             * @description joint / rdv_pris font passer les droits liés « confirme » à « informe ». refus ne crée pas de refus : utiliser la transition refus_personne.
             * @enum {string}
             */
            outcome: "joint" | "non_joint" | "mauvais_numero" | "refus" | "rdv_pris";
            /** @description Les mots de la personne, tels qu’elle les a dits ; obligatoires pour lever un refus */
            personWords?: string;
            /** @description Droits détectés du foyer concernés par ce contact */
            rightIds?: string[];
        };
        ContactDto: {
            /** Format: uuid */
            authorId: string | null;
            authorName: string | null;
            /** @enum {string} */
            channel: "telephone" | "sms" | "courrier" | "email" | "visite_domicile" | "permanence" | "evenement";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            householdId: string;
            householdReference: string;
            /** Format: uuid */
            id: string;
            /** @description À l’initiative de la personne */
            inbound: boolean;
            /** Format: date */
            nextAttemptOn: string | null;
            /**
             * Format: uuid
             * @description Tâche de relance créée
             */
            nextTaskId: string | null;
            note: string | null;
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            outcome: "joint" | "non_joint" | "mauvais_numero" | "refus" | "rdv_pris";
            rightIds: string[];
        };
        ContactListFilter: {
            /** Format: uuid */
            authorId?: string;
            /** Format: uuid */
            householdId?: string;
            id?: string | string[];
            /** Format: uuid */
            rightId?: string;
        };
        CreateOrganisationDto: {
            /** @description Lecture seule : accepté et ignoré */
            readonly createdAt?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly id?: unknown;
            /** @enum {string} */
            kind: "conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre";
            /** @example CCAS de Guéret */
            name: string;
            /** @description Lecture seule : accepté et ignoré */
            readonly territoryId?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly updatedAt?: unknown;
        };
        CreateUserDto: {
            active?: boolean;
            /** @description Lecture seule : accepté et ignoré */
            readonly createdAt?: unknown;
            displayName: string;
            /** Format: email */
            email: string;
            /** @description Lecture seule : accepté et ignoré */
            readonly id?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly organisation?: unknown;
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "social_worker" | "partner_agent" | "manager" | "admin";
            /** @description Lecture seule : accepté et ignoré */
            readonly updatedAt?: unknown;
        };
        DetectedRightCreateDto: {
            /** @enum {string} */
            benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
            /**
             * @description moyenne par défaut
             * @enum {string}
             */
            confidence?: "haute" | "moyenne" | "faible";
            /** @description Montant estimé en centimes (mensuel ; annuel pour le chèque énergie) */
            estimatedAmountCents: number;
            /** @example 2026-01 */
            evaluatedPeriod?: string;
            explanation?: {
                amountCents?: number;
                /** @description Base légale */
                reference?: string;
                /** @description Phrase en français */
                text: string;
            }[];
            /** Format: uuid */
            householdId: string;
            missingInputs?: string[];
            note?: string;
            /** @description Montant déjà perçu pour cette prestation */
            receivedAmountCents?: number | null;
            /**
             * @description saisie par défaut
             * @enum {string}
             */
            source?: "saisie" | "partenaire";
        };
        DetectedRightDetailDto: {
            allowedTransitions: {
                /** @example Confirmer le droit */
                label: string;
                /**
                 * @example [
                 *       "reason"
                 *     ]
                 */
                requires: string[];
                /** @enum {string} */
                to: "detecte" | "confirme" | "ecarte" | "informe" | "demande_en_cours" | "demande_deposee" | "accorde" | "refuse" | "abandonne" | "refus_personne";
            }[];
            /** @enum {string} */
            amountPeriod: "mensuel" | "annuel";
            /** @description Montant annuel (mensuel × 12) */
            annualAmountCents: number;
            applicantName: string | null;
            /** @enum {string} */
            benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
            communeName: string | null;
            /** @enum {string} */
            confidence: "haute" | "moyenne" | "faible";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            detectedAt: string;
            /** @enum {string|null} */
            dismissReason: "deja_percu" | "non_eligible" | "doublon" | "autre" | null;
            estimatedAmountCents: number;
            /** @example 2026-03 */
            evaluatedPeriod: string | null;
            explanation: {
                amountCents?: number;
                /** @description Base légale */
                reference?: string;
                /** @description Phrase en français */
                text: string;
            }[];
            /** Format: date */
            grantedFrom: string | null;
            grantedMonthlyAmountCents: number | null;
            /** Format: uuid */
            householdId: string;
            householdReference: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastEvaluatedAt: string;
            missingInputs: string[];
            /**
             * Format: date
             * @description Refus de la personne : aucune relance avant cette date
             */
            outreachBlockedUntil: string | null;
            parameterDates: {
                [key: string]: unknown;
            };
            receivedAmountCents: number | null;
            /** Format: uuid */
            referentId: string | null;
            /** @enum {string|null} */
            refusalReason: "ressources_superieures" | "conditions_non_remplies" | "dossier_incomplet" | "autre" | null;
            ruleVersion: string | null;
            /** @enum {string} */
            source: "moteur" | "partenaire" | "saisie";
            /** @enum {string} */
            status: "detecte" | "confirme" | "ecarte" | "informe" | "demande_en_cours" | "demande_deposee" | "accorde" | "refuse" | "abandonne" | "refus_personne";
            /** Format: date-time */
            statusChangedAt: string;
            transitions: {
                /** Format: uuid */
                actorId: string | null;
                actorName: string | null;
                /** Format: date-time */
                at: string;
                /** @enum {string|null} */
                from: "detecte" | "confirme" | "ecarte" | "informe" | "demande_en_cours" | "demande_deposee" | "accorde" | "refuse" | "abandonne" | "refus_personne" | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                payload: {
                    [key: string]: unknown;
                };
                reason: string | null;
                /** @enum {string} */
                to: "detecte" | "confirme" | "ecarte" | "informe" | "demande_en_cours" | "demande_deposee" | "accorde" | "refuse" | "abandonne" | "refus_personne";
            }[];
            /** Format: date-time */
            updatedAt: string;
        };
        DetectedRightDto: {
            /** @enum {string} */
            amountPeriod: "mensuel" | "annuel";
            /** @description Montant annuel (mensuel × 12) */
            annualAmountCents: number;
            applicantName: string | null;
            /** @enum {string} */
            benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
            communeName: string | null;
            /** @enum {string} */
            confidence: "haute" | "moyenne" | "faible";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            detectedAt: string;
            /** @enum {string|null} */
            dismissReason: "deja_percu" | "non_eligible" | "doublon" | "autre" | null;
            estimatedAmountCents: number;
            /** @example 2026-03 */
            evaluatedPeriod: string | null;
            /** Format: date */
            grantedFrom: string | null;
            grantedMonthlyAmountCents: number | null;
            /** Format: uuid */
            householdId: string;
            householdReference: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastEvaluatedAt: string;
            missingInputs: string[];
            /**
             * Format: date
             * @description Refus de la personne : aucune relance avant cette date
             */
            outreachBlockedUntil: string | null;
            receivedAmountCents: number | null;
            /** Format: uuid */
            referentId: string | null;
            /** @enum {string|null} */
            refusalReason: "ressources_superieures" | "conditions_non_remplies" | "dossier_incomplet" | "autre" | null;
            ruleVersion: string | null;
            /** @enum {string} */
            source: "moteur" | "partenaire" | "saisie";
            /** @enum {string} */
            status: "detecte" | "confirme" | "ecarte" | "informe" | "demande_en_cours" | "demande_deposee" | "accorde" | "refuse" | "abandonne" | "refus_personne";
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DetectedRightListFilter: {
            benefit?: ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa") | ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa")[];
            communeInsee?: string;
            confidence?: ("haute" | "moyenne" | "faible") | ("haute" | "moyenne" | "faible")[];
            /** Format: date */
            detectedFrom?: string;
            /** Format: date */
            detectedTo?: string;
            /** Format: uuid */
            householdId?: string;
            id?: string | string[];
            minAmountCents?: number;
            q?: string;
            /** Format: uuid */
            referentId?: string;
            status?: ("detecte" | "confirme" | "ecarte" | "informe" | "demande_en_cours" | "demande_deposee" | "accorde" | "refuse" | "abandonne" | "refus_personne") | ("detecte" | "confirme" | "ecarte" | "informe" | "demande_en_cours" | "demande_deposee" | "accorde" | "refuse" | "abandonne" | "refus_personne")[];
            /** Format: date */
            statusChangedFrom?: string;
            /** Format: date */
            statusChangedTo?: string;
        };
        ErrorDto: {
            /** @description Un message par champ refusé (premier contrôle en échec) */
            errors?: {
                /** @example members[0].birthDate */
                field: string;
                message: string;
            }[];
            /** @example Requête invalide */
            message: string;
            /** @example 400 */
            statusCode: number;
        } & {
            [key: string]: unknown;
        };
        FailedReminderDto: {
            attempts: number;
            /** Format: date-time */
            dueAt: string;
            /**
             * Format: date-time
             * @description Quand la relance a été abandonnée
             */
            failedAt: string | null;
            /** @description Séries de tentatives épuisées */
            fireRounds: number;
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description L’orientation, la tâche ou le droit que la relance concerne
             */
            itemId: string;
            /** @enum {string} */
            kind: "referral_unanswered" | "task_due" | "right_no_news" | "right_renewal" | "right_declaration";
            lastError: string | null;
            /** @description Le palier (relance, escalade, expiration ; n° de déclaration) */
            threshold: number;
        };
        FailedReminderListFilter: {
            id?: string | string[];
            /** @enum {string} */
            kind?: "referral_unanswered" | "task_due" | "right_no_news" | "right_renewal" | "right_declaration";
        };
        FunnelStatsDto: {
            byBenefit: {
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                /** @description … demande déposée */
                claimFiled: number;
                communeInsee: string | null;
                communeName: string | null;
                /** @description … dont le droit a été confirmé (ou est allé plus loin) */
                confirmed: number;
                /** @description Taux de passage depuis l’étape précédente (0…1) */
                conversion: {
                    claimFiled: number | null;
                    confirmed: number | null;
                    declined: number | null;
                    granted: number | null;
                    informed: number | null;
                    reached: number | null;
                    refused: number | null;
                };
                /** @description … la personne a refusé (ni accordé ni refusé) */
                declined: number;
                /** @description Foyers avec un droit détecté dont la première détection tombe dans la période */
                detected: number;
                /** @description … droit accordé */
                granted: number;
                /** @description … informés */
                informed: number;
                /** @description AAAA-MM */
                month: string | null;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** @description … joints (contact « joint » ou « rdv pris ») après la détection */
                reached: number;
                /** @description … demande refusée (et jamais accordée) */
                refused: number;
            }[];
            byCommune: {
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                /** @description … demande déposée */
                claimFiled: number;
                communeInsee: string | null;
                communeName: string | null;
                /** @description … dont le droit a été confirmé (ou est allé plus loin) */
                confirmed: number;
                /** @description Taux de passage depuis l’étape précédente (0…1) */
                conversion: {
                    claimFiled: number | null;
                    confirmed: number | null;
                    declined: number | null;
                    granted: number | null;
                    informed: number | null;
                    reached: number | null;
                    refused: number | null;
                };
                /** @description … la personne a refusé (ni accordé ni refusé) */
                declined: number;
                /** @description Foyers avec un droit détecté dont la première détection tombe dans la période */
                detected: number;
                /** @description … droit accordé */
                granted: number;
                /** @description … informés */
                informed: number;
                /** @description AAAA-MM */
                month: string | null;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** @description … joints (contact « joint » ou « rdv pris ») après la détection */
                reached: number;
                /** @description … demande refusée (et jamais accordée) */
                refused: number;
            }[];
            byMonth: {
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                /** @description … demande déposée */
                claimFiled: number;
                communeInsee: string | null;
                communeName: string | null;
                /** @description … dont le droit a été confirmé (ou est allé plus loin) */
                confirmed: number;
                /** @description Taux de passage depuis l’étape précédente (0…1) */
                conversion: {
                    claimFiled: number | null;
                    confirmed: number | null;
                    declined: number | null;
                    granted: number | null;
                    informed: number | null;
                    reached: number | null;
                    refused: number | null;
                };
                /** @description … la personne a refusé (ni accordé ni refusé) */
                declined: number;
                /** @description Foyers avec un droit détecté dont la première détection tombe dans la période */
                detected: number;
                /** @description … droit accordé */
                granted: number;
                /** @description … informés */
                informed: number;
                /** @description AAAA-MM */
                month: string | null;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** @description … joints (contact « joint » ou « rdv pris ») après la détection */
                reached: number;
                /** @description … demande refusée (et jamais accordée) */
                refused: number;
            }[];
            byOrganisation: {
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                /** @description … demande déposée */
                claimFiled: number;
                communeInsee: string | null;
                communeName: string | null;
                /** @description … dont le droit a été confirmé (ou est allé plus loin) */
                confirmed: number;
                /** @description Taux de passage depuis l’étape précédente (0…1) */
                conversion: {
                    claimFiled: number | null;
                    confirmed: number | null;
                    declined: number | null;
                    granted: number | null;
                    informed: number | null;
                    reached: number | null;
                    refused: number | null;
                };
                /** @description … la personne a refusé (ni accordé ni refusé) */
                declined: number;
                /** @description Foyers avec un droit détecté dont la première détection tombe dans la période */
                detected: number;
                /** @description … droit accordé */
                granted: number;
                /** @description … informés */
                informed: number;
                /** @description AAAA-MM */
                month: string | null;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** @description … joints (contact « joint » ou « rdv pris ») après la détection */
                reached: number;
                /** @description … demande refusée (et jamais accordée) */
                refused: number;
            }[];
            /**
             * Format: date-time
             * @description Fraîcheur : heure à laquelle les chiffres ont été arrêtés — celle de la dernière actualisation des tableaux de synthèse par le worker (source « rollups », toutes les STATS_REFRESH_EVERY_MS, 10 minutes par défaut), ou l’heure de la requête (source « tables »)
             */
            computedAt: string;
            /** @description Période retenue (dates de Paris, bornes incluses) */
            period: {
                /** @example 2025-04-01 */
                from: string;
                /** @example 2026-03-31 */
                to: string;
            };
            /**
             * @description rollups : tableaux de synthèse (période en mois entiers) ; tables : calcul sur les tables à la requête (période ne tombant pas en mois entiers, filtre commune de l’aller-vers, ou synthèses jamais actualisées)
             * @enum {string}
             */
            source: "rollups" | "tables";
            total: {
                /** @description … demande déposée */
                claimFiled: number;
                /** @description … dont le droit a été confirmé (ou est allé plus loin) */
                confirmed: number;
                /** @description Taux de passage depuis l’étape précédente (0…1) */
                conversion: {
                    claimFiled: number | null;
                    confirmed: number | null;
                    declined: number | null;
                    granted: number | null;
                    informed: number | null;
                    reached: number | null;
                    refused: number | null;
                };
                /** @description … la personne a refusé (ni accordé ni refusé) */
                declined: number;
                /** @description Foyers avec un droit détecté dont la première détection tombe dans la période */
                detected: number;
                /** @description … droit accordé */
                granted: number;
                /** @description … informés */
                informed: number;
                /** @description … joints (contact « joint » ou « rdv pris ») après la détection */
                reached: number;
                /** @description … demande refusée (et jamais accordée) */
                refused: number;
            };
        };
        HouseholdDetailDto: {
            address: string | null;
            communeInsee: string | null;
            communeName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Aide demandée pour les déclarations trimestrielles (RSA, prime d'activité) */
            declarationHelpRequested: boolean;
            /**
             * Format: date-time
             * @description Dernière détection faite par le moteur
             */
            detectedAt: string | null;
            /**
             * Format: date-time
             * @description Dernière demande de détection des droits (création, modification, relance)
             */
            detectionRequestedAt: string | null;
            /** @enum {number|null} */
            housingAidZone: 1 | 2 | 3 | null;
            /** @enum {string|null} */
            housingStatus: "locataire" | "proprietaire" | "heberge" | "sans_domicile" | null;
            /** @enum {string|null} */
            housingType: "vide" | "meuble" | "hlm" | "foyer" | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            lastContactOn: string | null;
            members: {
                /** @enum {string|null} */
                activity: "salarie" | "independant" | "chomeur" | "etudiant" | "retraite" | "inactif" | null;
                /** Format: date */
                birthDate: string | null;
                /** Format: date-time */
                createdAt: string;
                disabilityRecognised: boolean;
                email: string | null;
                firstName: string;
                /** Format: uuid */
                householdId: string;
                /** Format: uuid */
                id: string;
                incapacityRate: number | null;
                incomes: {
                    /** Format: date-time */
                    createdAt: string;
                    endMonth: string | null;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "salaire" | "chomage" | "retraite" | "pension_alimentaire" | "indemnites" | "autre";
                    monthlyAmountCents: number;
                    /** Format: uuid */
                    personId: string;
                    /** @example 2026-01 */
                    startMonth: string;
                    /** Format: date-time */
                    updatedAt: string;
                }[];
                lastName: string;
                phone: string | null;
                /** @enum {string} */
                relationship: "demandeur" | "conjoint" | "enfant" | "autre";
                /** Format: date-time */
                updatedAt: string;
            }[];
            monthlyRentCents: number | null;
            /** Format: uuid */
            organisationId: string;
            postcode: string | null;
            receivedBenefits: {
                /** @enum {string} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | "autre";
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                householdId: string;
                /** Format: uuid */
                id: string;
                monthlyAmountCents: number;
                /** Format: date */
                since: string | null;
                /** Format: date-time */
                updatedAt: string;
            }[];
            /** @example HH-2026-00042 */
            reference: string;
            referent: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: uuid */
            referentId: string | null;
            /** @enum {string} */
            status: "active" | "closed";
            /** Format: uuid */
            territoryId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        HouseholdInputDto: {
            /** @example 12 rue des Lilas */
            address?: string | null;
            /** @description Lecture seule : accepté et ignoré */
            readonly applicantName?: unknown;
            /** @example 23096 */
            communeInsee?: string | null;
            /** @example Guéret */
            communeName?: string | null;
            /** @description Lecture seule : accepté et ignoré */
            readonly createdAt?: unknown;
            /** @description Aide demandée pour les déclarations trimestrielles (RSA, prime d'activité) : une tâche pour le ou la référent·e avant chaque déclaration */
            declarationHelpRequested?: boolean;
            /** @description Lecture seule : accepté et ignoré */
            readonly detectedAt?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly detectionRequestedAt?: unknown;
            /** @enum {number|null} */
            housingAidZone?: 1 | 2 | 3 | null;
            /** @enum {string|null} */
            housingStatus?: "locataire" | "proprietaire" | "heberge" | "sans_domicile" | null;
            /** @enum {string|null} */
            housingType?: "vide" | "meuble" | "hlm" | "foyer" | null;
            /** @description Lecture seule : accepté et ignoré */
            readonly id?: unknown;
            /**
             * Format: date
             * @example 2026-01-31
             */
            lastContactOn?: string | null;
            /** @description Lecture seule : accepté et ignoré */
            readonly memberCount?: unknown;
            members?: {
                /** @enum {string|null} */
                activity?: "salarie" | "independant" | "chomeur" | "etudiant" | "retraite" | "inactif" | null;
                /**
                 * Format: date
                 * @example 1985-04-12
                 */
                birthDate?: string | null;
                /** @description Lecture seule : accepté et ignoré */
                readonly createdAt?: unknown;
                /** @description Handicap reconnu (donnée sensible) */
                disabilityRecognised?: boolean;
                /** Format: email */
                email?: string | null;
                firstName: string;
                /** @description Lecture seule : accepté et ignoré */
                readonly householdId?: unknown;
                /**
                 * Format: uuid
                 * @description Absent : nouveau membre
                 */
                id?: string;
                /** @description Taux d'incapacité (%) */
                incapacityRate?: number | null;
                incomes?: {
                    /** @description Lecture seule : accepté et ignoré */
                    readonly createdAt?: unknown;
                    /**
                     * @description Dernier mois inclus ; vide si le revenu continue
                     * @example 2026-01
                     */
                    endMonth?: string | null;
                    /**
                     * Format: uuid
                     * @description Absent : nouveau revenu
                     */
                    id?: string;
                    /** @enum {string} */
                    kind: "salaire" | "chomage" | "retraite" | "pension_alimentaire" | "indemnites" | "autre";
                    /** @description Montant mensuel en centimes */
                    monthlyAmountCents: number;
                    /** @description Lecture seule : accepté et ignoré */
                    readonly personId?: unknown;
                    /** @example 2026-01 */
                    startMonth: string;
                    /** @description Lecture seule : accepté et ignoré */
                    readonly updatedAt?: unknown;
                }[];
                lastName: string;
                phone?: string | null;
                /** @enum {string} */
                relationship: "demandeur" | "conjoint" | "enfant" | "autre";
                /** @description Lecture seule : accepté et ignoré */
                readonly updatedAt?: unknown;
            }[];
            /** @description Loyer mensuel en centimes */
            monthlyRentCents?: number | null;
            /** @description Lecture seule : accepté et ignoré */
            readonly organisationId?: unknown;
            /** @example 23000 */
            postcode?: string | null;
            receivedBenefits?: {
                /** @enum {string} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | "autre";
                /** @description Lecture seule : accepté et ignoré */
                readonly createdAt?: unknown;
                /** @description Lecture seule : accepté et ignoré */
                readonly householdId?: unknown;
                /**
                 * Format: uuid
                 * @description Absent : nouvelle prestation
                 */
                id?: string;
                /** @description Montant mensuel en centimes */
                monthlyAmountCents: number;
                /**
                 * Format: date
                 * @example 2026-01-31
                 */
                since?: string | null;
                /** @description Lecture seule : accepté et ignoré */
                readonly updatedAt?: unknown;
            }[];
            /** @description Lecture seule : accepté et ignoré */
            readonly reference?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly referent?: unknown;
            /**
             * Format: uuid
             * @description Intervenant·e référent·e (de l'organisation)
             */
            referentId?: string | null;
            /** @enum {string} */
            status?: "active" | "closed";
            /** @description Lecture seule : accepté et ignoré */
            readonly territoryId?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly updatedAt?: unknown;
        };
        HouseholdListFilter: {
            communeInsee?: string;
            id?: string | string[];
            postcode?: string;
            q?: string;
            /** Format: uuid */
            referentId?: string | null;
            /** @enum {string} */
            status?: "active" | "closed";
        };
        HouseholdListItemDto: {
            address: string | null;
            /** @description Prénom NOM du demandeur */
            applicantName: string | null;
            communeInsee: string | null;
            communeName: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description Aide demandée pour les déclarations trimestrielles (RSA, prime d'activité) */
            declarationHelpRequested: boolean;
            /** @enum {number|null} */
            housingAidZone: 1 | 2 | 3 | null;
            /** @enum {string|null} */
            housingStatus: "locataire" | "proprietaire" | "heberge" | "sans_domicile" | null;
            /** @enum {string|null} */
            housingType: "vide" | "meuble" | "hlm" | "foyer" | null;
            /** Format: uuid */
            id: string;
            /** Format: date */
            lastContactOn: string | null;
            memberCount: number;
            monthlyRentCents: number | null;
            /** Format: uuid */
            organisationId: string;
            postcode: string | null;
            /** @example HH-2026-00042 */
            reference: string;
            referent: {
                displayName: string;
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: uuid */
            referentId: string | null;
            /** @enum {string} */
            status: "active" | "closed";
            /** Format: uuid */
            territoryId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ImportDto: {
            /** Format: date-time */
            createdAt: string;
            delimiter: string | null;
            encoding: string | null;
            error: string | null;
            /** @description Les 100 premières erreurs par ligne (toutes dans le rapport CSV) */
            errors: {
                field: string | null;
                line: number;
                message: string;
                text: string;
                value: string | null;
            }[];
            fileName: string;
            fileSize: number;
            /** Format: date-time */
            finishedAt: string | null;
            format: string;
            header: string[];
            householdsCreated: number;
            householdsDetected: number;
            householdsToDetect: number;
            householdsUpdated: number;
            /** Format: uuid */
            id: string;
            mapping: {
                [key: string]: string;
            } | null;
            rowsFailed: number;
            rowsRead: number;
            rowsReview: number;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "televerse" | "en_attente" | "en_cours" | "detection" | "termine" | "echec";
            /** @description Correspondance proposée : préréglage de l’organisation qui couvre l’en-tête, sinon devinée */
            suggestedMapping: {
                [key: string]: string;
            };
        };
        ImportFieldDto: {
            /** @enum {string} */
            field: "reference_partenaire" | "nom" | "prenom" | "date_naissance" | "telephone" | "email" | "activite" | "adresse" | "code_postal" | "commune" | "commune_insee" | "statut_logement" | "type_logement" | "loyer" | "zone_apl" | "revenu_mensuel" | "type_revenu";
            group: string;
            label: string;
            required: boolean;
        };
        ImportListFilter: {
            id?: string | string[];
        };
        ImportMappingDto: {
            /**
             * @description Champ → en-tête de colonne du fichier
             * @example {
             *       "nom": "NOM",
             *       "prenom": "Prénom",
             *       "date_naissance": "Né(e) le"
             *     }
             */
            mapping: {
                [key: string]: string;
            };
        };
        ImportPresetCreateDto: {
            /**
             * @description Champ → en-tête de colonne du fichier
             * @example {
             *       "nom": "NOM",
             *       "prenom": "Prénom",
             *       "date_naissance": "Né(e) le"
             *     }
             */
            mapping: {
                [key: string]: string;
            };
            name: string;
        };
        ImportPresetDto: {
            /** Format: uuid */
            id: string;
            mapping: {
                [key: string]: string;
            };
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ImportPreviewDto: {
            /** @description false : seules les premières lignes ont été vérifiées */
            complete: boolean;
            errorCount: number;
            /** @description Les 200 premières erreurs des lignes vérifiées */
            errors: {
                field: string | null;
                line: number;
                message: string;
                text: string;
                value: string | null;
            }[];
            rows: {
                errors: {
                    field: string | null;
                    line: number;
                    message: string;
                    text: string;
                    value: string | null;
                }[];
                line: number;
                values: {
                    [key: string]: string | null;
                };
            }[];
            rowsChecked: number;
            rowsValid: number;
        };
        ImportReviewDecisionDto: {
            /**
             * @description fusion : dans le foyer de la personne proposée ; nouveau : un nouveau foyer
             * @enum {string}
             */
            decision: "fusion" | "nouveau";
        };
        ImportReviewDto: {
            candidate: {
                address: string | null;
                birthDate: string | null;
                firstName: string;
                /** Format: uuid */
                householdId: string;
                householdReference: string;
                lastName: string;
                /** Format: uuid */
                personId: string;
            };
            /** Format: uuid */
            householdId: string | null;
            /** Format: uuid */
            id: string;
            line: number;
            row: {
                address: string | null;
                birthDate: string | null;
                firstName: string;
                lastName: string;
                partnerReference: string | null;
            } | null;
            similarity: number;
            /** @enum {string} */
            status: "en_attente" | "fusionne" | "nouveau";
        };
        ImportStartDto: {
            /**
             * @description Champ → en-tête de colonne du fichier
             * @example {
             *       "nom": "NOM",
             *       "prenom": "Prénom",
             *       "date_naissance": "Né(e) le"
             *     }
             */
            mapping: {
                [key: string]: string;
            };
            /** @description Enregistre aussi la correspondance sous ce nom pour l’organisation */
            presetName?: string;
        };
        ImportSummaryDto: {
            annualAmountCents: number;
            byBenefit: {
                annualAmountCents: number;
                /** @enum {string} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
                households: number;
            }[];
            householdsScreened: number;
            /** @description Foyers avec au moins un droit probable non réclamé (confiance haute ou moyenne) */
            householdsWithRight: number;
        };
        LoginDto: {
            /**
             * Format: email
             * @example intervenante@demo.recours.fr
             */
            email: string;
            /** @example demo-recours-2026 */
            password: string;
        };
        MarkedReadDto: {
            updated: number;
        };
        MeDto: {
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            organisation: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre";
                name: string;
            };
            /** @description Permissions du rôle (pour adapter l’interface ; le serveur décide) */
            permissions: string[];
            /** @enum {string} */
            role: "social_worker" | "partner_agent" | "manager" | "admin";
            /** @description Réglages du serveur que l’interface affiche */
            settings: {
                /** @description Durée (mois) pendant laquelle le refus de la personne bloque toute sollicitation pour la prestation (REFUSAL_BLOCK_MONTHS) */
                refusalBlockMonths: number;
            };
            territory: {
                code: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description Second facteur de connexion */
            twoFactor: {
                /** @description Double authentification (TOTP) activée */
                enabled: boolean;
                /**
                 * @description Session ouverte par le seul mot de passe : `code` à saisir (POST /api/auth/totp/verify), ou `enrolment` à faire avant toute autre page ; null une fois connecté
                 * @enum {string|null}
                 */
                pending: "code" | "enrolment" | null;
                /** @description Obligatoire pour ce rôle (administrateurs) */
                required: boolean;
            };
        };
        MyDayDto: {
            /** @description Mes foyers classés par gain attendu (20 au plus) */
            households: {
                applicantName: string | null;
                communeName: string | null;
                /** @description Somme des montants annuels × poids de confiance */
                expectedAnnualGainCents: number;
                /** Format: uuid */
                householdId: string;
                openRights: {
                    /** @enum {string} */
                    amountPeriod: "mensuel" | "annuel";
                    /** @enum {string} */
                    benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
                    /** @enum {string} */
                    confidence: "haute" | "moyenne" | "faible";
                    estimatedAmountCents: number;
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    status: "detecte" | "confirme" | "informe" | "demande_en_cours" | "demande_deposee";
                }[];
                /** @example HH-2026-00001 */
                reference: string;
            }[];
            /** @description Mes tâches en retard et du jour */
            tasks: {
                applicantName: string | null;
                /** Format: uuid */
                assigneeId: string | null;
                assigneeName: string | null;
                /** Format: uuid */
                campaignId: string | null;
                /** Format: date-time */
                completedAt: string | null;
                /** Format: uuid */
                contactId: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                createdBy: string | null;
                /** Format: uuid */
                detectedRightId: string | null;
                /** Format: date */
                dueOn: string;
                /** Format: uuid */
                householdId: string;
                householdReference: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                priority: "basse" | "normale" | "haute" | "urgente";
                /** @enum {string} */
                status: "a_faire" | "en_cours" | "faite" | "annulee";
                title: string;
                /** Format: date-time */
                updatedAt: string;
            }[];
        };
        NotificationDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            /**
             * @description Ce que la notification désigne (lien dans le back-office)
             * @enum {string}
             */
            itemType: "referral" | "task" | "detected_right";
            /** @enum {string} */
            kind: "referral_received" | "referral_reminder" | "referral_escalation" | "referral_no_answer" | "referral_expired" | "task_due" | "task_overdue" | "right_follow_up" | "right_renewal" | "right_declaration";
            /** Format: date-time */
            readAt: string | null;
        };
        NotificationListFilter: {
            unread?: boolean | ("true" | "false");
        };
        NotificationPreferencesDto: {
            preferences: {
                /** @enum {string} */
                kind: "referral_received" | "referral_reminder" | "referral_escalation" | "referral_no_answer" | "referral_expired" | "task_due" | "task_overdue" | "right_follow_up" | "right_renewal" | "right_declaration";
                /** @enum {string} */
                mode: "in_app" | "email" | "digest";
            }[];
        };
        OrganisationDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre";
            name: string;
            /** Format: uuid */
            territoryId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OrganisationListFilter: {
            id?: string | string[];
            kind?: ("conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre") | ("conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre")[];
            q?: string;
        };
        OutreachStatsDto: {
            byChannelOutcome: {
                /** @enum {string} */
                channel: "telephone" | "sms" | "courrier" | "email" | "visite_domicile" | "permanence" | "evenement";
                /** @description Contacts de la période */
                contacts: number;
                /** @description Foyers contactés au moins une fois */
                households: number;
                /** @description Foyers joints au moins une fois */
                householdsReached: number;
                /** @enum {string} */
                outcome: "joint" | "non_joint" | "mauvais_numero" | "refus" | "rdv_pris";
                /** @description … dont la personne a été jointe (joint, rdv pris) */
                reached: number;
                /** @description reached / contacts */
                reachRate: number | null;
            }[];
            byMonth: {
                /** @description Contacts de la période */
                contacts: number;
                /** @description Foyers contactés au moins une fois */
                households: number;
                /** @description Foyers joints au moins une fois */
                householdsReached: number;
                month: string;
                /** @description … dont la personne a été jointe (joint, rdv pris) */
                reached: number;
                /** @description reached / contacts */
                reachRate: number | null;
            }[];
            /** @description Par intervenant·e (responsables seulement) */
            byWorker: {
                /** Format: uuid */
                authorId: string | null;
                authorName: string | null;
                /** @description Contacts de la période */
                contacts: number;
                /** @description Foyers contactés au moins une fois */
                households: number;
                /** @description Foyers joints au moins une fois */
                householdsReached: number;
                /** @description … dont la personne a été jointe (joint, rdv pris) */
                reached: number;
                /** @description reached / contacts */
                reachRate: number | null;
            }[];
            /**
             * Format: date-time
             * @description Fraîcheur : heure à laquelle les chiffres ont été arrêtés — celle de la dernière actualisation des tableaux de synthèse par le worker (source « rollups », toutes les STATS_REFRESH_EVERY_MS, 10 minutes par défaut), ou l’heure de la requête (source « tables »)
             */
            computedAt: string;
            /** @description Période retenue (dates de Paris, bornes incluses) */
            period: {
                /** @example 2025-04-01 */
                from: string;
                /** @example 2026-03-31 */
                to: string;
            };
            /**
             * @description rollups : tableaux de synthèse (période en mois entiers) ; tables : calcul sur les tables à la requête (période ne tombant pas en mois entiers, filtre commune de l’aller-vers, ou synthèses jamais actualisées)
             * @enum {string}
             */
            source: "rollups" | "tables";
            total: {
                /** @description Contacts de la période */
                contacts: number;
                /** @description Foyers contactés au moins une fois */
                households: number;
                /** @description Foyers joints au moins une fois */
                householdsReached: number;
                /** @description … dont la personne a été jointe (joint, rdv pris) */
                reached: number;
                /** @description reached / contacts */
                reachRate: number | null;
            };
        };
        PartnerDto: {
            /**
             * @example [
             *       "prime_activite",
             *       "rsa",
             *       "aide_logement"
             *     ]
             */
            handledBenefits: ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa")[];
            handlesDescription: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre";
            /** @example CAF de la Creuse */
            name: string;
            /** @description Jours de lecture après la clôture */
            referralGraceDays: number;
            /** @description Ce qu’une orientation vers elle partage (type d’orientation) */
            sharedGroups: ("identite" | "composition" | "revenus" | "logement" | "droit_detecte")[];
        };
        PartnerListFilter: {
            /** @enum {string} */
            benefit?: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
            id?: string | string[];
            /** @enum {string} */
            kind?: "conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre";
            q?: string;
        };
        PasswordLinkInfoDto: {
            displayName: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /**
             * @description invitation : nouveau compte ; reset : réinitialisation
             * @enum {string}
             */
            purpose: "invitation" | "reset";
        };
        PasswordLinkSentDto: {
            /**
             * Format: date-time
             * @description Fin de validité du lien envoyé au titulaire du compte
             */
            expiresAt: string;
        };
        PasswordLinkTokenDto: {
            /** @description Le jeton du lien reçu par e-mail */
            token: string;
        };
        ReferralActionDto: {
            /**
             * @description progress : obligatoire ; ailleurs facultatif
             * @example Dossier déposé, pièces complètes
             */
            comment?: string | null;
            /**
             * @description close/droit_ouvert : montant mensuel en centimes
             * @example 18750
             */
            monthlyAmountCents?: number;
            /**
             * @description close : issue
             * @enum {string}
             */
            outcome?: "droit_ouvert" | "droit_refuse" | "sans_suite";
            /**
             * @description decline, close/droit_refuse : motif
             * @example Hors de notre compétence
             */
            reason?: string | null;
            /**
             * @description close/droit_ouvert : mois d’ouverture AAAA-MM
             * @example 2026-05
             */
            startMonth?: string;
        };
        ReferralCreateDto: {
            /** @description Responsable seulement : envoi sans consentement au partage, motif écrit (audité) */
            consentOverrideReason?: string;
            /** @description Droits détectés du foyer qui motivent l’orientation */
            detectedRightIds?: string[];
            /**
             * Format: uuid
             * @example 6f1c…
             */
            householdId: string;
            /** @example Madame est disponible le matin. */
            message?: string;
            /**
             * @description Objet, obligatoire sans droit lié
             * @example Accompagnement à la demande de prime d’activité
             */
            purpose?: string;
            /**
             * Format: uuid
             * @description Organisation destinataire (annuaire : GET /api/partners)
             */
            recipientOrganisationId: string;
        };
        ReferralDetailDto: {
            /** @description Actions possibles pour l’organisation de l’utilisateur */
            allowedActions: ("acknowledge" | "accept" | "decline" | "progress" | "close" | "cancel" | "expire")[];
            /** @description Nul côté destinataire si l’identité n’est pas partagée */
            applicantName: string | null;
            benefits: ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa")[];
            /**
             * @description Vu depuis l’organisation de l’utilisateur
             * @enum {string}
             */
            box: "sent" | "received";
            consentOverridden: boolean;
            /** @description Côté expéditeur seulement */
            consentOverrideReason: string | null;
            /** Format: date-time */
            createdAt: string;
            declineReason: string | null;
            events: {
                actorName: string | null;
                actorOrganisationName: string;
                /** Format: date-time */
                at: string;
                comment: string | null;
                /** @enum {string|null} */
                from: "envoyee" | "accusee" | "acceptee" | "declinee" | "en_cours" | "cloturee" | "annulee" | "expiree" | null;
                /** Format: uuid */
                id: string;
                payload: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                to: "envoyee" | "accusee" | "acceptee" | "declinee" | "en_cours" | "cloturee" | "annulee" | "expiree";
            }[];
            /** Format: uuid */
            householdId: string;
            /** @example HH-2026-00042 */
            householdReference: string;
            /** Format: uuid */
            id: string;
            message: string | null;
            /** @enum {string|null} */
            outcome: "droit_ouvert" | "droit_refuse" | "sans_suite" | null;
            /** @example 18750 */
            outcomeMonthlyAmountCents: number | null;
            outcomeReason: string | null;
            /** @example 2026-05 */
            outcomeStartMonth: string | null;
            /** @description Sans changement depuis plus longtemps que le délai de son état */
            overdue: boolean;
            purpose: string | null;
            /** Format: uuid */
            recipientOrganisationId: string;
            recipientOrganisationName: string;
            /** Format: uuid */
            senderOrganisationId: string;
            senderOrganisationName: string;
            senderUserName: string | null;
            /** @description Les seules données du foyer que le type d’orientation partage */
            shared: {
                [key: string]: unknown;
            };
            sharedGroups: ("identite" | "composition" | "revenus" | "logement" | "droit_detecte")[];
            /** @enum {string} */
            status: "envoyee" | "accusee" | "acceptee" | "declinee" | "en_cours" | "cloturee" | "annulee" | "expiree";
            /** Format: date-time */
            statusChangedAt: string;
        };
        ReferralDto: {
            /** @description Nul côté destinataire si l’identité n’est pas partagée */
            applicantName: string | null;
            benefits: ("rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa")[];
            /**
             * @description Vu depuis l’organisation de l’utilisateur
             * @enum {string}
             */
            box: "sent" | "received";
            consentOverridden: boolean;
            /** Format: date-time */
            createdAt: string;
            declineReason: string | null;
            /** Format: uuid */
            householdId: string;
            /** @example HH-2026-00042 */
            householdReference: string;
            /** Format: uuid */
            id: string;
            /** @enum {string|null} */
            outcome: "droit_ouvert" | "droit_refuse" | "sans_suite" | null;
            /** @example 18750 */
            outcomeMonthlyAmountCents: number | null;
            outcomeReason: string | null;
            /** @example 2026-05 */
            outcomeStartMonth: string | null;
            /** @description Sans changement depuis plus longtemps que le délai de son état */
            overdue: boolean;
            purpose: string | null;
            /** Format: uuid */
            recipientOrganisationId: string;
            recipientOrganisationName: string;
            /** Format: uuid */
            senderOrganisationId: string;
            senderOrganisationName: string;
            senderUserName: string | null;
            sharedGroups: ("identite" | "composition" | "revenus" | "logement" | "droit_detecte")[];
            /** @enum {string} */
            status: "envoyee" | "accusee" | "acceptee" | "declinee" | "en_cours" | "cloturee" | "annulee" | "expiree";
            /** Format: date-time */
            statusChangedAt: string;
        };
        ReferralListFilter: {
            /** @enum {string} */
            benefit?: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
            /** @enum {string} */
            box?: "sent" | "received";
            /** Format: uuid */
            householdId?: string;
            id?: string | string[];
            overdue?: boolean;
            /** Format: uuid */
            recipientOrganisationId?: string;
            /** Format: uuid */
            senderOrganisationId?: string;
            /** Format: date */
            sentFrom?: string;
            /** Format: date */
            sentTo?: string;
            status?: ("envoyee" | "accusee" | "acceptee" | "declinee" | "en_cours" | "cloturee" | "annulee" | "expiree") | ("envoyee" | "accusee" | "acceptee" | "declinee" | "en_cours" | "cloturee" | "annulee" | "expiree")[];
        };
        ReferralStatsDto: {
            /**
             * Format: date-time
             * @description Fraîcheur : heure à laquelle les chiffres ont été arrêtés — celle de la dernière actualisation des tableaux de synthèse par le worker (source « rollups », toutes les STATS_REFRESH_EVERY_MS, 10 minutes par défaut), ou l’heure de la requête (source « tables »)
             */
            computedAt: string;
            /** @description Période retenue (dates de Paris, bornes incluses) */
            period: {
                /** @example 2025-04-01 */
                from: string;
                /** @example 2026-03-31 */
                to: string;
            };
            /** @description Orientations reçues par le périmètre */
            received: {
                byMonth: {
                    /** @description Acceptées, en cours de traitement */
                    accepted: number;
                    /** @description Jours de l’envoi à l’accusé de réception : médiane (au dixième) */
                    ackMedianDays: number | null;
                    /** @description Orientations dont la réception a été accusée */
                    acknowledged: number;
                    /** @description … 80e centile */
                    ackP80Days: number | null;
                    /** @description Orientations acceptées ou déclinées */
                    answered: number;
                    /** @description Jours de l’envoi à la réponse (acceptée ou déclinée) : médiane */
                    answerMedianDays: number | null;
                    /** @description … 80e centile */
                    answerP80Days: number | null;
                    /** @description Annulées par l’émetteur */
                    cancelled: number;
                    /** @description Déclinées */
                    declined: number;
                    /** @description Expirées sans réponse */
                    expired: number;
                    /** @description Foyers orientés (une fois chacun) */
                    households: number;
                    /** @description Accusé de réception après l’échéance de relance (5 jours ouvrés par défaut), ou jamais alors qu’elle est passée */
                    lateAcknowledgements: number;
                    /** @description AAAA-MM */
                    month: string | null;
                    /** @description Clôturées : sans suite */
                    noFollowUp: number;
                    /** @description Euros par an des droits ouverts par ces orientations (montant mensuel × 12), centimes */
                    openedAnnualCents: number;
                    /** @description En attente (envoyée, accusée) */
                    pending: number;
                    /** @description Orientations envoyées dans la période (chaque envoi compte, un renvoi aussi) */
                    referrals: number;
                    /** @description Renvois : une orientation précédente du foyer vers le même partenaire avait expiré */
                    resent: number;
                    /** @description Clôturées : droit ouvert */
                    rightOpened: number;
                    /** @description Clôturées : droit refusé */
                    rightRefused: number;
                    /** @description Orientations hors délai : accusé tardif ou expirée */
                    slaBreaches: number;
                }[];
                /** @description Par organisation émettrice */
                byPartner: {
                    /** @description Acceptées, en cours de traitement */
                    accepted: number;
                    /** @description Jours de l’envoi à l’accusé de réception : médiane (au dixième) */
                    ackMedianDays: number | null;
                    /** @description Orientations dont la réception a été accusée */
                    acknowledged: number;
                    /** @description … 80e centile */
                    ackP80Days: number | null;
                    /** @description Orientations acceptées ou déclinées */
                    answered: number;
                    /** @description Jours de l’envoi à la réponse (acceptée ou déclinée) : médiane */
                    answerMedianDays: number | null;
                    /** @description … 80e centile */
                    answerP80Days: number | null;
                    /** @description Annulées par l’émetteur */
                    cancelled: number;
                    /** @description Déclinées */
                    declined: number;
                    /** @description Expirées sans réponse */
                    expired: number;
                    /** @description Foyers orientés (une fois chacun) */
                    households: number;
                    /** @description Accusé de réception après l’échéance de relance (5 jours ouvrés par défaut), ou jamais alors qu’elle est passée */
                    lateAcknowledgements: number;
                    /** @description Clôturées : sans suite */
                    noFollowUp: number;
                    /** @description Euros par an des droits ouverts par ces orientations (montant mensuel × 12), centimes */
                    openedAnnualCents: number;
                    /** Format: uuid */
                    partnerId: string | null;
                    partnerName: string | null;
                    /** @description En attente (envoyée, accusée) */
                    pending: number;
                    /** @description Orientations envoyées dans la période (chaque envoi compte, un renvoi aussi) */
                    referrals: number;
                    /** @description Renvois : une orientation précédente du foyer vers le même partenaire avait expiré */
                    resent: number;
                    /** @description Clôturées : droit ouvert */
                    rightOpened: number;
                    /** @description Clôturées : droit refusé */
                    rightRefused: number;
                    /** @description Orientations hors délai : accusé tardif ou expirée */
                    slaBreaches: number;
                }[];
                total: {
                    /** @description Acceptées, en cours de traitement */
                    accepted: number;
                    /** @description Jours de l’envoi à l’accusé de réception : médiane (au dixième) */
                    ackMedianDays: number | null;
                    /** @description Orientations dont la réception a été accusée */
                    acknowledged: number;
                    /** @description … 80e centile */
                    ackP80Days: number | null;
                    /** @description Orientations acceptées ou déclinées */
                    answered: number;
                    /** @description Jours de l’envoi à la réponse (acceptée ou déclinée) : médiane */
                    answerMedianDays: number | null;
                    /** @description … 80e centile */
                    answerP80Days: number | null;
                    /** @description Annulées par l’émetteur */
                    cancelled: number;
                    /** @description Déclinées */
                    declined: number;
                    /** @description Expirées sans réponse */
                    expired: number;
                    /** @description Foyers orientés (une fois chacun) */
                    households: number;
                    /** @description Accusé de réception après l’échéance de relance (5 jours ouvrés par défaut), ou jamais alors qu’elle est passée */
                    lateAcknowledgements: number;
                    /** @description Clôturées : sans suite */
                    noFollowUp: number;
                    /** @description Euros par an des droits ouverts par ces orientations (montant mensuel × 12), centimes */
                    openedAnnualCents: number;
                    /** @description En attente (envoyée, accusée) */
                    pending: number;
                    /** @description Orientations envoyées dans la période (chaque envoi compte, un renvoi aussi) */
                    referrals: number;
                    /** @description Renvois : une orientation précédente du foyer vers le même partenaire avait expiré */
                    resent: number;
                    /** @description Clôturées : droit ouvert */
                    rightOpened: number;
                    /** @description Clôturées : droit refusé */
                    rightRefused: number;
                    /** @description Orientations hors délai : accusé tardif ou expirée */
                    slaBreaches: number;
                };
            };
            /** @description Orientations envoyées par le périmètre */
            sent: {
                byMonth: {
                    /** @description Acceptées, en cours de traitement */
                    accepted: number;
                    /** @description Jours de l’envoi à l’accusé de réception : médiane (au dixième) */
                    ackMedianDays: number | null;
                    /** @description Orientations dont la réception a été accusée */
                    acknowledged: number;
                    /** @description … 80e centile */
                    ackP80Days: number | null;
                    /** @description Orientations acceptées ou déclinées */
                    answered: number;
                    /** @description Jours de l’envoi à la réponse (acceptée ou déclinée) : médiane */
                    answerMedianDays: number | null;
                    /** @description … 80e centile */
                    answerP80Days: number | null;
                    /** @description Annulées par l’émetteur */
                    cancelled: number;
                    /** @description Déclinées */
                    declined: number;
                    /** @description Expirées sans réponse */
                    expired: number;
                    /** @description Foyers orientés (une fois chacun) */
                    households: number;
                    /** @description Accusé de réception après l’échéance de relance (5 jours ouvrés par défaut), ou jamais alors qu’elle est passée */
                    lateAcknowledgements: number;
                    /** @description AAAA-MM */
                    month: string | null;
                    /** @description Clôturées : sans suite */
                    noFollowUp: number;
                    /** @description Euros par an des droits ouverts par ces orientations (montant mensuel × 12), centimes */
                    openedAnnualCents: number;
                    /** @description En attente (envoyée, accusée) */
                    pending: number;
                    /** @description Orientations envoyées dans la période (chaque envoi compte, un renvoi aussi) */
                    referrals: number;
                    /** @description Renvois : une orientation précédente du foyer vers le même partenaire avait expiré */
                    resent: number;
                    /** @description Clôturées : droit ouvert */
                    rightOpened: number;
                    /** @description Clôturées : droit refusé */
                    rightRefused: number;
                    /** @description Orientations hors délai : accusé tardif ou expirée */
                    slaBreaches: number;
                }[];
                /** @description Par organisation destinataire */
                byPartner: {
                    /** @description Acceptées, en cours de traitement */
                    accepted: number;
                    /** @description Jours de l’envoi à l’accusé de réception : médiane (au dixième) */
                    ackMedianDays: number | null;
                    /** @description Orientations dont la réception a été accusée */
                    acknowledged: number;
                    /** @description … 80e centile */
                    ackP80Days: number | null;
                    /** @description Orientations acceptées ou déclinées */
                    answered: number;
                    /** @description Jours de l’envoi à la réponse (acceptée ou déclinée) : médiane */
                    answerMedianDays: number | null;
                    /** @description … 80e centile */
                    answerP80Days: number | null;
                    /** @description Annulées par l’émetteur */
                    cancelled: number;
                    /** @description Déclinées */
                    declined: number;
                    /** @description Expirées sans réponse */
                    expired: number;
                    /** @description Foyers orientés (une fois chacun) */
                    households: number;
                    /** @description Accusé de réception après l’échéance de relance (5 jours ouvrés par défaut), ou jamais alors qu’elle est passée */
                    lateAcknowledgements: number;
                    /** @description Clôturées : sans suite */
                    noFollowUp: number;
                    /** @description Euros par an des droits ouverts par ces orientations (montant mensuel × 12), centimes */
                    openedAnnualCents: number;
                    /** Format: uuid */
                    partnerId: string | null;
                    partnerName: string | null;
                    /** @description En attente (envoyée, accusée) */
                    pending: number;
                    /** @description Orientations envoyées dans la période (chaque envoi compte, un renvoi aussi) */
                    referrals: number;
                    /** @description Renvois : une orientation précédente du foyer vers le même partenaire avait expiré */
                    resent: number;
                    /** @description Clôturées : droit ouvert */
                    rightOpened: number;
                    /** @description Clôturées : droit refusé */
                    rightRefused: number;
                    /** @description Orientations hors délai : accusé tardif ou expirée */
                    slaBreaches: number;
                }[];
                total: {
                    /** @description Acceptées, en cours de traitement */
                    accepted: number;
                    /** @description Jours de l’envoi à l’accusé de réception : médiane (au dixième) */
                    ackMedianDays: number | null;
                    /** @description Orientations dont la réception a été accusée */
                    acknowledged: number;
                    /** @description … 80e centile */
                    ackP80Days: number | null;
                    /** @description Orientations acceptées ou déclinées */
                    answered: number;
                    /** @description Jours de l’envoi à la réponse (acceptée ou déclinée) : médiane */
                    answerMedianDays: number | null;
                    /** @description … 80e centile */
                    answerP80Days: number | null;
                    /** @description Annulées par l’émetteur */
                    cancelled: number;
                    /** @description Déclinées */
                    declined: number;
                    /** @description Expirées sans réponse */
                    expired: number;
                    /** @description Foyers orientés (une fois chacun) */
                    households: number;
                    /** @description Accusé de réception après l’échéance de relance (5 jours ouvrés par défaut), ou jamais alors qu’elle est passée */
                    lateAcknowledgements: number;
                    /** @description Clôturées : sans suite */
                    noFollowUp: number;
                    /** @description Euros par an des droits ouverts par ces orientations (montant mensuel × 12), centimes */
                    openedAnnualCents: number;
                    /** @description En attente (envoyée, accusée) */
                    pending: number;
                    /** @description Orientations envoyées dans la période (chaque envoi compte, un renvoi aussi) */
                    referrals: number;
                    /** @description Renvois : une orientation précédente du foyer vers le même partenaire avait expiré */
                    resent: number;
                    /** @description Clôturées : droit ouvert */
                    rightOpened: number;
                    /** @description Clôturées : droit refusé */
                    rightRefused: number;
                    /** @description Orientations hors délai : accusé tardif ou expirée */
                    slaBreaches: number;
                };
            };
            /**
             * @description rollups : tableaux de synthèse (période en mois entiers) ; tables : calcul sur les tables à la requête (période ne tombant pas en mois entiers, filtre commune de l’aller-vers, ou synthèses jamais actualisées)
             * @enum {string}
             */
            source: "rollups" | "tables";
        };
        ReferralTypeDto: {
            /** Format: uuid */
            id: string;
            /** @example Orientation vers la CAF */
            label: string;
            /** @enum {string} */
            recipientKind: "conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre";
            sharedGroups: ("identite" | "composition" | "revenus" | "logement" | "droit_detecte")[];
            /** Format: date-time */
            updatedAt: string;
        };
        ReferralTypeListFilter: {
            id?: string | string[];
        };
        ReferralTypeUpdateDto: {
            /** @description Lecture seule : accepté et ignoré */
            readonly id?: unknown;
            label?: string;
            /** @description Lecture seule : accepté et ignoré */
            readonly recipientKind?: unknown;
            /**
             * @example [
             *       "identite",
             *       "composition",
             *       "revenus",
             *       "droit_detecte"
             *     ]
             */
            sharedGroups?: ("identite" | "composition" | "revenus" | "logement" | "droit_detecte")[];
            /** @description Lecture seule : accepté et ignoré */
            readonly updatedAt?: unknown;
        };
        ReminderSettingsDto: {
            /** @description Jours fériés d’Alsace-Moselle (Vendredi saint, 26 décembre), selon le département du territoire */
            alsaceMoselle: boolean;
            referralEscalationWorkingDays: number;
            referralExpiryDays: number;
            referralReminderWorkingDays: number;
            renewalLeadDays: number;
            rightNoNewsDays: number;
            taskOverdueWorkingDays: number;
        };
        RightsOpenedStatsDto: {
            byBenefit: {
                /** @description Euros par an désormais versés : montant mensuel accordé × 12, en centimes */
                annualCents: number;
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                communeInsee: string | null;
                communeName: string | null;
                /** @description Foyers concernés */
                households: number;
                /** @description AAAA-MM */
                month: string | null;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** @description Droits accordés dans la période, une fois par foyer et prestation */
                rights: number;
            }[];
            byCommune: {
                /** @description Euros par an désormais versés : montant mensuel accordé × 12, en centimes */
                annualCents: number;
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                communeInsee: string | null;
                communeName: string | null;
                /** @description Foyers concernés */
                households: number;
                /** @description AAAA-MM */
                month: string | null;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** @description Droits accordés dans la période, une fois par foyer et prestation */
                rights: number;
            }[];
            byMonth: {
                /** @description Euros par an désormais versés : montant mensuel accordé × 12, en centimes */
                annualCents: number;
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                communeInsee: string | null;
                communeName: string | null;
                /** @description Foyers concernés */
                households: number;
                /** @description AAAA-MM */
                month: string | null;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** @description Droits accordés dans la période, une fois par foyer et prestation */
                rights: number;
            }[];
            byOrganisation: {
                /** @description Euros par an désormais versés : montant mensuel accordé × 12, en centimes */
                annualCents: number;
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                communeInsee: string | null;
                communeName: string | null;
                /** @description Foyers concernés */
                households: number;
                /** @description AAAA-MM */
                month: string | null;
                /** Format: uuid */
                organisationId: string | null;
                organisationName: string | null;
                /** @description Droits accordés dans la période, une fois par foyer et prestation */
                rights: number;
            }[];
            /**
             * Format: date-time
             * @description Fraîcheur : heure à laquelle les chiffres ont été arrêtés — celle de la dernière actualisation des tableaux de synthèse par le worker (source « rollups », toutes les STATS_REFRESH_EVERY_MS, 10 minutes par défaut), ou l’heure de la requête (source « tables »)
             */
            computedAt: string;
            /** @description Période retenue (dates de Paris, bornes incluses) */
            period: {
                /** @example 2025-04-01 */
                from: string;
                /** @example 2026-03-31 */
                to: string;
            };
            /**
             * @description rollups : tableaux de synthèse (période en mois entiers) ; tables : calcul sur les tables à la requête (période ne tombant pas en mois entiers, filtre commune de l’aller-vers, ou synthèses jamais actualisées)
             * @enum {string}
             */
            source: "rollups" | "tables";
            total: {
                /** @description Euros par an désormais versés : montant mensuel accordé × 12, en centimes */
                annualCents: number;
                /** @description Foyers concernés */
                households: number;
                /** @description Droits accordés dans la période, une fois par foyer et prestation */
                rights: number;
            };
        };
        StatsListFilter: {
            /** @enum {string} */
            benefit?: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa";
            communeInsee?: string;
            /** Format: date */
            from?: string;
            /** Format: uuid */
            organisationId?: string;
            /** Format: date */
            to?: string;
        };
        TaskCreateDto: {
            /**
             * Format: uuid
             * @description Moi par défaut
             */
            assigneeId?: string;
            /** Format: uuid */
            contactId?: string;
            /** Format: uuid */
            detectedRightId?: string;
            /**
             * Format: date
             * @example 2026-01-31
             */
            dueOn: string;
            /** Format: uuid */
            householdId: string;
            /**
             * @description normale par défaut
             * @enum {string}
             */
            priority?: "basse" | "normale" | "haute" | "urgente";
            title: string;
        };
        TaskDto: {
            applicantName: string | null;
            /** Format: uuid */
            assigneeId: string | null;
            assigneeName: string | null;
            /** Format: uuid */
            campaignId: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: uuid */
            contactId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            /** Format: uuid */
            detectedRightId: string | null;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            householdId: string;
            householdReference: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            priority: "basse" | "normale" | "haute" | "urgente";
            /** @enum {string} */
            status: "a_faire" | "en_cours" | "faite" | "annulee";
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TaskListFilter: {
            /** Format: uuid */
            assigneeId?: string;
            /** Format: uuid */
            campaignId?: string;
            /** Format: uuid */
            detectedRightId?: string;
            /** @enum {string} */
            due?: "overdue" | "today" | "overdue_or_today";
            /** Format: uuid */
            householdId?: string;
            id?: string | string[];
            status?: ("a_faire" | "en_cours" | "faite" | "annulee") | ("a_faire" | "en_cours" | "faite" | "annulee")[];
        };
        TaskUpdateDto: {
            /** @description Lecture seule : accepté et ignoré */
            readonly applicantName?: unknown;
            /** Format: uuid */
            assigneeId?: string | null;
            /** @description Lecture seule : accepté et ignoré */
            readonly assigneeName?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly campaignId?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly completedAt?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly contactId?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly createdAt?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly createdBy?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly detectedRightId?: unknown;
            /**
             * Format: date
             * @example 2026-01-31
             */
            dueOn?: string;
            /** @description Lecture seule : accepté et ignoré */
            readonly householdId?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly householdReference?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly id?: unknown;
            /** @enum {string} */
            priority?: "basse" | "normale" | "haute" | "urgente";
            /** @enum {string} */
            status?: "a_faire" | "en_cours" | "faite" | "annulee";
            title?: string;
            /** @description Lecture seule : accepté et ignoré */
            readonly updatedAt?: unknown;
        };
        TerritoryDto: {
            /** @example 23 */
            code: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        TerritoryListFilter: {
            id?: string | string[];
        };
        TimeToRightStatsDto: {
            byBenefit: {
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                /** @description Jours de la détection au dépôt : médiane */
                claimMedianDays: number | null;
                /** @description … 80e centile */
                claimP80Days: number | null;
                /** @description Demandes déposées dans la période */
                claims: number;
                /** @description Jours de la détection à l’accord : médiane */
                grantMedianDays: number | null;
                /** @description … 80e centile */
                grantP80Days: number | null;
                /** @description Droits accordés dans la période */
                grants: number;
            }[];
            /**
             * Format: date-time
             * @description Fraîcheur : heure à laquelle les chiffres ont été arrêtés — celle de la dernière actualisation des tableaux de synthèse par le worker (source « rollups », toutes les STATS_REFRESH_EVERY_MS, 10 minutes par défaut), ou l’heure de la requête (source « tables »)
             */
            computedAt: string;
            /** @description Période retenue (dates de Paris, bornes incluses) */
            period: {
                /** @example 2025-04-01 */
                from: string;
                /** @example 2026-03-31 */
                to: string;
            };
            /**
             * @description rollups : tableaux de synthèse (période en mois entiers) ; tables : calcul sur les tables à la requête (période ne tombant pas en mois entiers, filtre commune de l’aller-vers, ou synthèses jamais actualisées)
             * @enum {string}
             */
            source: "rollups" | "tables";
            total: {
                /** @enum {string|null} */
                benefit: "rsa" | "prime_activite" | "aide_logement" | "cheque_energie" | "css" | "allocations_familiales" | "asf" | "complement_familial" | "aah" | "aspa" | null;
                /** @description Jours de la détection au dépôt : médiane */
                claimMedianDays: number | null;
                /** @description … 80e centile */
                claimP80Days: number | null;
                /** @description Demandes déposées dans la période */
                claims: number;
                /** @description Jours de la détection à l’accord : médiane */
                grantMedianDays: number | null;
                /** @description … 80e centile */
                grantP80Days: number | null;
                /** @description Droits accordés dans la période */
                grants: number;
            };
        };
        TotpCodeDto: {
            /** @example 123456 */
            code: string;
        };
        TotpEnrolmentDto: {
            /** @description Clé (base32) à saisir dans l’application d’authentification */
            secret: string;
            /** @description URI otpauth://totp/… (à scanner sous forme de QR code) */
            uri: string;
        };
        TotpRecoveryCodesDto: {
            /** @description Dix codes de secours à usage unique, affichés cette seule fois */
            recoveryCodes: string[];
        };
        TotpStatusDto: {
            enabled: boolean;
            recoveryCodesLeft: number;
            required: boolean;
        };
        TotpVerifyDto: {
            /** @example 123456 */
            code?: string;
            /** @example abcde-fghjk */
            recoveryCode?: string;
        };
        TransitionInputDto: {
            note?: string | null;
            /** @enum {string} */
            reason: "deja_percu" | "non_eligible" | "doublon" | "autre";
            /** @enum {string} */
            to: "ecarte";
        } | {
            note?: string | null;
            /** @enum {string} */
            reason: "ressources_superieures" | "conditions_non_remplies" | "dossier_incomplet" | "autre";
            /** @enum {string} */
            to: "refuse";
        } | {
            /**
             * Format: date
             * @example 2026-03-01
             */
            grantedFrom: string;
            /** @description Montant mensuel accordé en centimes */
            grantedMonthlyAmountCents: number;
            note?: string | null;
            /** @enum {string} */
            to: "accorde";
        } | {
            note?: string | null;
            /** @enum {string} */
            to: "detecte" | "confirme" | "informe" | "demande_en_cours" | "demande_deposee" | "abandonne" | "refus_personne";
        };
        UnreadCountDto: {
            count: number;
        };
        UpdateNotificationPreferencesDto: {
            /** @description Une ligne par type : in_app, email ou digest */
            preferences: {
                /** @enum {string} */
                kind: "referral_received" | "referral_reminder" | "referral_escalation" | "referral_no_answer" | "referral_expired" | "task_due" | "task_overdue" | "right_follow_up" | "right_renewal" | "right_declaration";
                /** @enum {string} */
                mode: "in_app" | "email" | "digest";
            }[];
        };
        UpdateOrganisationDto: {
            /** @description Lecture seule : accepté et ignoré */
            readonly createdAt?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly id?: unknown;
            /** @enum {string} */
            kind?: "conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre";
            name?: string;
            /** @description Lecture seule : accepté et ignoré */
            readonly territoryId?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly updatedAt?: unknown;
        };
        UpdateReminderSettingsDto: {
            /** @description Lecture seule : accepté et ignoré */
            readonly alsaceMoselle?: unknown;
            /** @description Escalade au responsable du destinataire (jours ouvrés) */
            referralEscalationWorkingDays: number;
            /** @description Expiration sans réponse (jours calendaires) */
            referralExpiryDays: number;
            /** @description Relance des agents du destinataire (jours ouvrés) */
            referralReminderWorkingDays: number;
            /** @description Préparation du renouvellement (jours avant la date) */
            renewalLeadDays: number;
            /** @description Demande déposée sans nouvelles (jours calendaires) */
            rightNoNewsDays: number;
            /** @description Retard signalé au responsable (jours ouvrés après l’échéance) */
            taskOverdueWorkingDays: number;
        };
        UpdateUserDto: {
            /** @description false : désactive le compte, ferme ses sessions et annule son lien de mot de passe */
            active?: boolean;
            /** @description Lecture seule : accepté et ignoré */
            readonly createdAt?: unknown;
            displayName?: string;
            /** Format: email */
            email?: string;
            /** @description Lecture seule : accepté et ignoré */
            readonly id?: unknown;
            /** @description Lecture seule : accepté et ignoré */
            readonly organisation?: unknown;
            /** Format: uuid */
            organisationId?: string;
            /** @enum {string} */
            role?: "social_worker" | "partner_agent" | "manager" | "admin";
            /** @description Lecture seule : accepté et ignoré */
            readonly updatedAt?: unknown;
        };
        UserDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string;
            /** Format: uuid */
            id: string;
            organisation: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "conseil_departemental" | "ccas" | "caf" | "cpam" | "msa" | "france_travail" | "bailleur_social" | "association" | "mairie" | "autre";
                name: string;
            };
            /** Format: uuid */
            organisationId: string;
            /** @enum {string} */
            role: "social_worker" | "partner_agent" | "manager" | "admin";
            /** Format: date-time */
            updatedAt: string;
        };
        UserListFilter: {
            active?: boolean;
            id?: string | string[];
            /** Format: uuid */
            organisationId?: string;
            q?: string;
            role?: ("social_worker" | "partner_agent" | "manager" | "admin") | ("social_worker" | "partner_agent" | "manager" | "admin")[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi occurredAt, action, entityType (défaut ["occurredAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « audit.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : ceux de la liste (mêmes noms, même périmètre) */
                filter?: string;
                /** @description csv (« ; », UTF-8 avec BOM) ou xlsx ; csv par défaut */
                format?: "csv" | "xlsx";
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi occurredAt, action, entityType (défaut ["occurredAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « audit.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Identifiant ou mot de passe incorrect (le même message pour un compte inconnu) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Trop de tentatives échouées (compte ou adresse IP) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PasswordLinksController_choose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChoosePasswordDto"];
            };
        };
        responses: {
            /** @description Mot de passe enregistré */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Ce lien n’est plus valable (déjà utilisé, expiré ou remplacé par un plus récent). Demandez-en un nouveau à votre administrateur. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PasswordLinksController_inspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordLinkTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLinkInfoDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Ce lien n’est plus valable (déjà utilisé, expiré ou remplacé par un plus récent). Demandez-en un nouveau à votre administrateur. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TotpController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpStatusDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TotpController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Double authentification non activée */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Trop de codes erronés */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TotpController_startEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolmentDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Double authentification déjà activée */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TotpController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpRecoveryCodesDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Aucune clé en cours d’enregistrement, ou double authentification déjà activée */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Trop de codes erronés */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TotpController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpVerifyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Aucun code n’est attendu pour cette session */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Trop de codes erronés */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi createdAt, launchedAt, name, status (défaut ["createdAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Avec la progression { targetCount, tasksCreated, status } (à interroger pendant le lancement) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Campagne déjà lancée */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_funnel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignFunnelDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_households: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi reference, annualAmountCents, taskStatus (défaut ["annualAmountCents","DESC"]) */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignHouseholdDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_launch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Campagne déjà lancée (currentStatus) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_export: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : ceux de la liste (mêmes noms, même périmètre) */
                filter?: string;
                /** @description csv (« ; », UTF-8 avec BOM) ou xlsx ; csv par défaut */
                format?: "csv" | "xlsx";
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi createdAt, launchedAt, name, status (défaut ["createdAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CampaignsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignPreviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPreviewResultDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « campaign.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CommunesController_search: {
        parameters: {
            query: {
                /** @description Nombre de communes au plus (10 par défaut) */
                limit?: number;
                /** @description Nom (sans accents ni majuscules : « gueret ») ou début du code postal (« 230 ») ou code INSEE */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommuneDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConsentsController_list: {
        parameters: {
            query: {
                /** @description Filtres, en JSON */
                filter: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi recordedAt (défaut ["recordedAt","ASC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConsentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ContactsController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi occurredAt, createdAt, channel, outcome (défaut ["occurredAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ContactsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Relance demandée pour un droit sous refus de la personne */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ContactsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ContactsController_export: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : ceux de la liste (mêmes noms, même périmètre) */
                filter?: string;
                /** @description csv (« ; », UTF-8 avec BOM) ou xlsx ; csv par défaut */
                format?: "csv" | "xlsx";
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi occurredAt, createdAt, channel, outcome (défaut ["occurredAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RightsController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi estimatedAmountCents, annualAmountCents, detectedAt, statusChangedAt, updatedAt, benefit, status, confidence, householdReference (défaut ["annualAmountCents","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectedRightDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RightsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetectedRightCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectedRightDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Un droit ouvert existe déjà pour ce foyer et cette prestation (existingId) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RightsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Avec l’explication du moteur, l’historique et les transitions possibles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectedRightDetailDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RightsController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DetectedRightDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus } */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    BulkController_closeRights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCloseRightsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Une des lignes est introuvable ou hors de votre organisation : rien n’est fait */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    BulkController_rightTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCreateTasksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Une des lignes est introuvable ou hors de votre organisation : rien n’est fait */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    RightsController_export: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : ceux de la liste (mêmes noms, même périmètre) */
                filter?: string;
                /** @description csv (« ; », UTF-8 avec BOM) ou xlsx ; csv par défaut */
                format?: "csv" | "xlsx";
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi estimatedAmountCents, annualAmountCents, detectedAt, statusChangedAt, updatedAt, benefit, status, confidence, householdReference (défaut ["annualAmountCents","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_failedReminders: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi failedAt, dueAt (défaut ["failedAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Les relances de l’organisation abandonnées après toutes leurs tentatives, les plus récentes d’abord */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedReminderDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « reminders.failed » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    HouseholdsController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi reference, updatedAt, createdAt, lastContactOn, status, postcode, communeName, applicantName (défaut ["updatedAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdListItemDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HouseholdInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.delete » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_accessHistory: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi occurredAt, action, entityType (défaut ["occurredAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_detect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    BulkController_assignHouseholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignHouseholdsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Une des lignes est introuvable ou hors de votre organisation : rien n’est fait */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    BulkController_householdTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCreateTasksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Une des lignes est introuvable ou hors de votre organisation : rien n’est fait */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HouseholdsController_export: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : ceux de la liste (mêmes noms, même périmètre) */
                filter?: string;
                /** @description csv (« ; », UTF-8 avec BOM) ou xlsx ; csv par défaut */
                format?: "csv" | "xlsx";
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi reference, updatedAt, createdAt, lastContactOn, status, postcode, communeName, applicantName (défaut ["updatedAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi createdAt (défaut ["createdAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_upload: {
        parameters: {
            query: {
                /** @description Nom du fichier téléversé */
                fileName: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Fichier au-delà de IMPORT_MAX_MEGABYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Fichier illisible : binaire, une seule colonne, en-tête absent ou en double */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportMappingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Correspondance incomplète (champ obligatoire, colonne absente) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_reviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReviewDto"][];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                reviewId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportReviewDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReviewDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Déjà décidée (réponse : currentStatus) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportStartDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Import déjà lancé (réponse : currentStatus) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportSummaryDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_fields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportFieldDto"][];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_presets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPresetDto"][];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_savePreset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportPresetCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPresetDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ImportsController_deletePreset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « household.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    MyDayController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyDayDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_savePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi createdAt (défaut ["createdAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Les notifications de la personne connectée, les plus récentes d’abord */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi name, kind, createdAt (défaut ["name","ASC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OrganisationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PartnersController_directory: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi name (défaut ["name","ASC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnerDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PartnersController_types: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi label (défaut ["label","ASC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralTypeDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PartnersController_type: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralTypeDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PartnersController_updateType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralTypeUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralTypeDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « organisation.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: {
                box?: "sent" | "received";
                /** @description Filtres, en JSON : box, id, status, recipientOrganisationId, senderOrganisationId, householdId, benefit, overdue, sentFrom et sentTo (dates d’envoi, AAAA-MM-JJ, incluses) */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi statusChangedAt, createdAt, status, householdReference, overdue (défaut ["statusChangedAt","DESC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « referral.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_send: {
        parameters: {
            query?: never;
            header: {
                "idempotency-key": string;
                /** @description Clé unique par envoi (UUID conseillé) */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « referral.send » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Consentement au partage absent ou retiré, refus de sollicitation, destinataire ou droit invalide */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « referral.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « referral.respond » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus } */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_acknowledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « referral.respond » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus } */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /**
             * @description Action réservée à l’organisation qui oriente
             *
             *     Rôle sans la permission « referral.send »
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus } */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « referral.respond » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus } */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « referral.respond » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus } */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ReferralsController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDetailDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « referral.respond » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé (hors de vos orientations, fenêtre de lecture close ou consentement retiré) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Transition impossible depuis l'état actuel : { statusCode: 409, message, currentStatus } */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_settings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Les délais de relance de l’organisation de la personne connectée */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSettingsDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « session.self » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    NotificationsController_saveSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReminderSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSettingsDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « reminders.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Seuils incohérents entre eux (par exemple l’escalade avant la relance) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StatsController_campaigns: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : from, to (AAAA-MM-JJ, défaut : les 12 derniers mois), benefit, organisationId, communeInsee */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignStatsDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « stats.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    EvaluationExportController_export: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : from, to (AAAA-MM-JJ, défaut : les 12 derniers mois), benefit, organisationId, communeInsee */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier CSV (« ; », UTF-8 avec BOM) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « stats.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StatsController_funnel: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : from, to (AAAA-MM-JJ, défaut : les 12 derniers mois), benefit, organisationId, communeInsee */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunnelStatsDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « stats.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StatsController_outreach: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : from, to (AAAA-MM-JJ, défaut : les 12 derniers mois), benefit, organisationId, communeInsee */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutreachStatsDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « stats.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StatsController_referrals: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : from, to (AAAA-MM-JJ, défaut : les 12 derniers mois), benefit, organisationId, communeInsee */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralStatsDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « stats.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StatsController_rightsOpened: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : from, to (AAAA-MM-JJ, défaut : les 12 derniers mois), benefit, organisationId, communeInsee */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RightsOpenedStatsDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « stats.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StatsController_timeToRight: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : from, to (AAAA-MM-JJ, défaut : les 12 derniers mois), benefit, organisationId, communeInsee */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeToRightStatsDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « stats.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TasksController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi dueOn, priority, createdAt, updatedAt, status, title (défaut ["dueOn","ASC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TasksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Refus de la personne en cours pour ce foyer, avec sa date de fin (délibération CNIL 2022-101) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TasksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Changement de statut non permis par le cycle de vie des tâches (réponse : currentStatus) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    BulkController_assignTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignTasksDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Une des lignes est introuvable ou hors de votre organisation : rien n’est fait */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    BulkController_completeTasks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkIdsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResultDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.write » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Une des lignes est introuvable ou hors de votre organisation : rien n’est fait */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TasksController_export: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON : ceux de la liste (mêmes noms, même périmètre) */
                filter?: string;
                /** @description csv (« ; », UTF-8 avec BOM) ou xlsx ; csv par défaut */
                format?: "csv" | "xlsx";
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi dueOn, priority, createdAt, updatedAt, status, title (défaut ["dueOn","ASC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Le fichier (Content-Disposition: attachment) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « outreach.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TerritoriesController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi name, code (défaut ["name","ASC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « territory.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TerritoriesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « territory.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Filtres, en JSON */
                filter?: string;
                /** @description Lignes [début, fin], en JSON, incluses, comptées à partir de 0 ; 100 lignes au plus par page ; total dans Content-Range */
                range?: string;
                /** @description Tri, en JSON : ["champ","ASC"|"DESC"], champ parmi displayName, email, role, createdAt, active (défaut ["displayName","ASC"]) */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « user.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « user.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description E-mail non envoyé : rien n’a été créé */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « user.read » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Requête invalide : les champs refusés et pourquoi (errors) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « user.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description E-mail non envoyé : rien n’a été modifié */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « user.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    UsersController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLinkSentDto"];
                };
            };
            /** @description Non connecté ou session expirée */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Rôle sans la permission « user.manage » */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Introuvable ou accès refusé */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description Compte désactivé */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description E-mail non envoyé : rien n’a été modifié */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
}
