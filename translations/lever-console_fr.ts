<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiError</name>
    <message>
        <source>Lever could not be reached. Check your internet connection and try again.</source>
        <translation>Impossible de joindre Lever. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>Lever took too long to answer. Try again in a moment.</source>
        <translation>Lever a mis trop de temps à répondre. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Your Lever sign-in has expired or is no longer valid. Please sign in again.</source>
        <translation>Votre connexion à Lever a expiré ou n’est plus valide. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Your Lever account is not allowed to do this. Ask a Lever admin for access.</source>
        <translation>Votre compte Lever n’est pas autorisé à effectuer cette action. Demandez l’accès à un administrateur Lever.</translation>
    </message>
    <message>
        <source>This item no longer exists in Lever; it may have been deleted or merged.</source>
        <translation>Cet élément n’existe plus dans Lever ; il a peut-être été supprimé ou fusionné.</translation>
    </message>
    <message>
        <source>Lever did not accept the request.</source>
        <translation>Lever n’a pas accepté la requête.</translation>
    </message>
    <message>
        <source>Lever did not accept the request: %1</source>
        <translation>Lever n’a pas accepté la requête : %1</translation>
    </message>
    <message>
        <source>Someone else changed this in the meantime. Reload it and try again.</source>
        <translation>Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>Lever is receiving too many requests from this account. Wait a moment and try again.</source>
        <translation>Lever reçoit trop de requêtes de ce compte. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Lever had a problem handling the request. Try again later.</source>
        <translation>Lever a rencontré un problème lors du traitement de la requête. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Lever sent an answer the console could not read.</source>
        <translation>Lever a envoyé une réponse que la console n’a pas pu lire.</translation>
    </message>
    <message>
        <source>The change may or may not have been saved: reload to check before trying again.</source>
        <translation>La modification a peut-être été enregistrée : rechargez pour le vérifier avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>AttachmentFile</name>
    <message>
        <source>%1 is larger than the 30 MB Lever takes.</source>
        <translation>%1 dépasse les 30 Mo acceptés par Lever.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BoardExport</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre du profil</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Motif d&apos;archivage</translation>
    </message>
    <message>
        <source>Opportunity ID</source>
        <translation>ID de l&apos;opportunité</translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation>Tableau du pipeline</translation>
    </message>
    <message>
        <source>Selected cards</source>
        <translation>Cartes sélectionnées</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message numerus="yes">
        <source>Saved %n interview(s) to %1.</source>
        <translation>
            <numerusform>%n entretien enregistré dans %1.</numerusform>
            <numerusform>%n entretiens enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Interviews to Calendar</source>
        <translation>Exporter les entretiens vers le calendrier</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message>
        <source>Card actions</source>
        <translation>Actions sur la carte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Changer de responsable…</translation>
    </message>
    <message>
        <source>Select all in column</source>
        <translation>Tout sélectionner dans la colonne</translation>
    </message>
</context>
<context>
    <name>ConflictFinder</name>
    <message>
        <source>an interview</source>
        <translation>un entretien</translation>
    </message>
    <message>
        <source>%1 already has “%2” then (%3, with %4).</source>
        <translation>%1 a déjà « %2 » à ce moment-là (%3, avec %4).</translation>
    </message>
    <message>
        <source>%1 already has “%2” then (%3).</source>
        <translation>%1 a déjà « %2 » à ce moment-là (%3).</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>candidates and opportunities</source>
        <translation>les candidats et les opportunités</translation>
    </message>
    <message>
        <source>job postings</source>
        <translation>les offres d’emploi</translation>
    </message>
    <message>
        <source>pipeline stages</source>
        <translation>les étapes du pipeline</translation>
    </message>
    <message>
        <source>archive reasons</source>
        <translation>les motifs d’archivage</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>les étiquettes</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>les sources</translation>
    </message>
    <message>
        <source>users</source>
        <translation>les utilisateurs</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>les entretiens</translation>
    </message>
    <message>
        <source>interview panels</source>
        <translation>les séries d’entretiens</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>les notes</translation>
    </message>
    <message>
        <source>interview feedback</source>
        <translation>le feedback des entretiens</translation>
    </message>
    <message>
        <source>feedback templates</source>
        <translation>les modèles de feedback</translation>
    </message>
    <message>
        <source>files</source>
        <translation>les fichiers</translation>
    </message>
    <message>
        <source>uploads</source>
        <translation>les fichiers téléversés</translation>
    </message>
    <message>
        <source>requisitions</source>
        <translation>les demandes de recrutement</translation>
    </message>
    <message>
        <source>requisition fields</source>
        <translation>les champs des demandes de recrutement</translation>
    </message>
    <message>
        <source>webhooks</source>
        <translation>les webhooks</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>les offres d’embauche</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>les candidatures</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>les recommandations</translation>
    </message>
    <message>
        <source>resumes</source>
        <translation>les CV</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>les contacts</translation>
    </message>
    <message>
        <source>audit events</source>
        <translation>les événements d’audit</translation>
    </message>
    <message>
        <source>EEO responses</source>
        <translation>les réponses EEO</translation>
    </message>
    <message>
        <source>Stay connected while you are away (refresh tokens)</source>
        <translation>Rester connecté pendant votre absence (jetons d’actualisation)</translation>
    </message>
    <message>
        <source>See confidential postings and candidates</source>
        <translation>Voir les offres d’emploi et les candidats confidentiels</translation>
    </message>
    <message>
        <source>View EEO responses including personal details</source>
        <translation>Voir les réponses EEO, y compris les données personnelles</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Voir %1</translation>
    </message>
    <message>
        <source>Create, change and delete %1</source>
        <translation>Créer, modifier et supprimer %1</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The HTML language tag of the translated consent page.</extracomment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>Autoriser %1</translation>
    </message>
    <message>
        <source>%1 wants to access your Lever sandbox account.</source>
        <translation>%1 souhaite accéder à votre compte du bac à sable Lever.</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Se connecter en tant que</translation>
    </message>
    <message>
        <source>%1 (%2) &lt;%3&gt;</source>
        <translation>%1 (%2) &lt;%3&gt;</translation>
    </message>
    <message>
        <source>%1 will be able to:</source>
        <translation>%1 pourra :</translation>
    </message>
    <message>
        <source>Whatever you choose, you will be sent back to %1.</source>
        <translation>Quel que soit votre choix, vous serez redirigé vers %1.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Sign in to the Lever sandbox</source>
        <translation>Se connecter au bac à sable Lever</translation>
    </message>
    <message>
        <source>Return to the application and start the sign-in again.</source>
        <translation>Revenez à l’application et relancez la connexion.</translation>
    </message>
    <message>
        <source>Invalid sign-in request</source>
        <translation>Requête de connexion non valide</translation>
    </message>
    <message>
        <source>client_id and redirect_uri must be sent once.</source>
        <translation>client_id et redirect_uri doivent être envoyés une seule fois.</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Application inconnue</translation>
    </message>
    <message>
        <source>No application is registered with the client_id &quot;%1&quot;.</source>
        <translation>Aucune application n’est enregistrée avec le client_id « %1 ».</translation>
    </message>
    <message>
        <source>Invalid redirect URI</source>
        <translation>URI de redirection non valide</translation>
    </message>
    <message>
        <source>The redirect_uri &quot;%1&quot; is not registered for %2.</source>
        <translation>La redirect_uri « %1 » n’est pas enregistrée pour %2.</translation>
    </message>
    <message>
        <source>The consent form was not submitted as a form.</source>
        <translation>Le formulaire de consentement n’a pas été envoyé sous forme de formulaire.</translation>
    </message>
    <message>
        <source>The consent form was submitted with repeated fields.</source>
        <translation>Le formulaire de consentement a été envoyé avec des champs répétés.</translation>
    </message>
    <message>
        <source>Sign-in request expired</source>
        <translation>Requête de connexion expirée</translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already answered.</source>
        <translation>Cette requête de connexion a expiré ou a déjà reçu une réponse.</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Utilisateur inconnu</translation>
    </message>
    <message>
        <source>Choose an active user to sign in as.</source>
        <translation>Choisissez l’utilisateur actif sous lequel vous connecter.</translation>
    </message>
    <message>
        <source>Press Approve or Deny.</source>
        <translation>Cliquez sur « Approuver » ou « Refuser ».</translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Archived here</source>
        <translation>Archivés ici</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Funnel: candidates who reached each stage</source>
        <translation>Entonnoir : candidats ayant atteint chaque étape</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Time in stage (candidates still in a stage count to now)</source>
        <translation>Temps par étape (les candidats encore dans une étape comptent jusqu’à maintenant)</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>Ont atteint %1</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Embauches</translation>
    </message>
    <message>
        <source>Source effectiveness (the table adds origins and hire rates)</source>
        <translation>Efficacité des sources (le tableau ajoute les origines et les taux d’embauche)</translation>
    </message>
    <message>
        <source>New candidates per week</source>
        <translation>Nouveaux candidats par semaine</translation>
    </message>
    <message>
        <source>Hires per week</source>
        <translation>Embauches par semaine</translation>
    </message>
    <message>
        <source>Velocity: new candidates and hires per week</source>
        <translation>Rythme : nouveaux candidats et embauches par semaine</translation>
    </message>
    <message>
        <source>Active candidates</source>
        <translation>Candidats actifs</translation>
    </message>
    <message>
        <source>Pipeline over time: active candidates per stage at each week&apos;s end</source>
        <translation>Pipeline dans le temps : candidats actifs par étape à la fin de chaque semaine</translation>
    </message>
    <message>
        <source>Stale candidates</source>
        <translation>Candidats en attente</translation>
    </message>
    <message numerus="yes">
        <source>Active candidates with no stage change for %n day(s), by owner</source>
        <translation>
            <numerusform>Candidats actifs sans changement d’étape depuis %n jour, par responsable</numerusform>
            <numerusform>Candidats actifs sans changement d’étape depuis %n jours, par responsable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsTables</name>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Conversion to next (%)</source>
        <translation>Conversion vers la suivante (%)</translation>
    </message>
    <message>
        <source>Archived here</source>
        <translation>Archivés ici</translation>
    </message>
    <message>
        <source>Archived by reason</source>
        <translation>Archivés par motif</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Temps par étape</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Still in stage</source>
        <translation>Encore dans l’étape</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Médiane (jours)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90e centile (jours)</translation>
    </message>
    <message>
        <source>Source effectiveness</source>
        <translation>Efficacité des sources</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source or origin</source>
        <translation>Source ou origine</translation>
    </message>
    <message>
        <source>Reached %1</source>
        <translation>Ont atteint %1</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Embauches</translation>
    </message>
    <message>
        <source>Hire rate (%)</source>
        <translation>Taux d’embauche (%)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>New candidates</source>
        <translation>Nouveaux candidats</translation>
    </message>
    <message>
        <source>In pipeline</source>
        <translation>Dans le pipeline</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Stale candidates</source>
        <translation>Candidats en attente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message numerus="yes">
        <source>No stage change for %n day(s)</source>
        <translation>
            <numerusform>Aucun changement d’étape depuis %n jour</numerusform>
            <numerusform>Aucun changement d’étape depuis %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewCalendar</name>
    <message>
        <source>Interview with %1</source>
        <translation>Entretien avec %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>Candidat : %1</translation>
    </message>
    <message>
        <source>Interviewers: %1</source>
        <translation>Intervieweurs : %1</translation>
    </message>
</context>
<context>
    <name>OriginNames</name>
    <message>
        <source>Sourced</source>
        <translation>Sourcé</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
</context>
<context>
    <name>PanelCancellation</name>
    <message>
        <source>Cancel interviews?</source>
        <translation>Annuler les entretiens ?</translation>
    </message>
    <message numerus="yes">
        <source>This removes the panel and its %n interview(s) from Lever. Interviewers are no longer expected.</source>
        <translation>
            <numerusform>Cela supprime de Lever la série d’entretiens et son %n entretien. Les intervieweurs ne sont plus attendus.</numerusform>
            <numerusform>Cela supprime de Lever la série d’entretiens et ses %n entretiens. Les intervieweurs ne sont plus attendus.</numerusform>
        </translation>
    </message>
    <message>
        <source>This removes the panel and all its interviews from Lever. Interviewers are no longer expected.</source>
        <translation>Cela supprime de Lever la série d’entretiens et tous ses entretiens. Les intervieweurs ne sont plus attendus.</translation>
    </message>
    <message>
        <source>Cancel interviews</source>
        <translation>Annuler les entretiens</translation>
    </message>
    <message>
        <source>The interviews were not cancelled</source>
        <translation>Les entretiens n’ont pas été annulés</translation>
    </message>
</context>
<context>
    <name>PanelCheck</name>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>Add at least one interview.</source>
        <translation>Ajoutez au moins un entretien.</translation>
    </message>
    <message>
        <source>Interview %1 needs a subject.</source>
        <translation>L’entretien %1 doit avoir un objet.</translation>
    </message>
    <message>
        <source>Interview %1 needs at least one interviewer.</source>
        <translation>L’entretien %1 doit avoir au moins un intervieweur.</translation>
    </message>
    <message>
        <source>Interview %1 needs a date and time.</source>
        <translation>L’entretien %1 doit avoir une date et une heure.</translation>
    </message>
    <message>
        <source>Interview %1 must end after it starts.</source>
        <translation>L’entretien %1 doit se terminer après son début.</translation>
    </message>
</context>
<context>
    <name>PostingForm</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Distribution channels</source>
        <translation>Canaux de diffusion</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Workplace type</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Salary minimum</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <source>Salary maximum</source>
        <translation>Salaire maximum</translation>
    </message>
    <message>
        <source>Salary currency</source>
        <translation>Devise du salaire</translation>
    </message>
    <message>
        <source>Salary interval</source>
        <translation>Périodicité du salaire</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Requisition codes</source>
        <translation>Codes de demande</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Texte de conclusion</translation>
    </message>
</context>
<context>
    <name>PostingHtml</name>
    <message>
        <source>Lever does not accept the tag &lt;%1&gt; here</source>
        <translation>Lever n’accepte pas la balise &lt;%1&gt; ici</translation>
    </message>
    <message>
        <source>Lever does not accept HTML comments</source>
        <translation>Lever n’accepte pas les commentaires HTML</translation>
    </message>
    <message>
        <source>Links must be http, https or mailto addresses, not &quot;%1&quot;</source>
        <translation>Les liens doivent être des adresses http, https ou mailto, et non « %1 »</translation>
    </message>
    <message>
        <source>Lever does not accept the class &quot;%1&quot;</source>
        <translation>Lever n’accepte pas la classe « %1 »</translation>
    </message>
    <message>
        <source>Lever does not accept the attribute %1</source>
        <translation>Lever n’accepte pas l’attribut %1</translation>
    </message>
</context>
<context>
    <name>PostingRules</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>one time</source>
        <translation>une seule fois</translation>
    </message>
    <message>
        <source>Enter a title: candidates see it first.</source>
        <translation>Saisissez un intitulé : c’est ce que les candidats voient en premier.</translation>
    </message>
    <message>
        <source>Choose a state for the posting.</source>
        <translation>Choisissez un état pour l’offre d’emploi.</translation>
    </message>
    <message>
        <source>A %1 posting cannot move to %2; Lever allows: %3.</source>
        <translation>Une offre à l’état « %1 » ne peut pas passer à « %2 » ; Lever autorise : %3.</translation>
    </message>
    <message>
        <source>A published posting needs at least one distribution channel (public or internal).</source>
        <translation>Une offre publiée nécessite au moins un canal de diffusion (public ou interne).</translation>
    </message>
    <message>
        <source>A posting always has an owner in Lever; pick one.</source>
        <translation>Une offre a toujours un responsable dans Lever ; choisissez-en un.</translation>
    </message>
    <message>
        <source>Lever cannot remove the hiring manager of a posting; pick another user instead.</source>
        <translation>Lever ne peut pas retirer le responsable du recrutement d’une offre ; choisissez plutôt un autre utilisateur.</translation>
    </message>
    <message>
        <source>Once the workplace type is set, Lever cannot set it back to unspecified.</source>
        <translation>Une fois le mode de travail défini, Lever ne peut plus le remettre à « Non précisé ».</translation>
    </message>
    <message>
        <source>A salary range needs minimum, maximum, currency and interval together; fill in %1 or clear all four.</source>
        <translation>Une fourchette de salaire nécessite à la fois le minimum, le maximum, la devise et la périodicité ; renseignez « %1 » ou videz les quatre champs.</translation>
    </message>
    <message>
        <source>The salary minimum must be a number of 0 or more.</source>
        <translation>Le salaire minimum doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The salary maximum must be a number of 0 or more.</source>
        <translation>Le salaire maximum doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The salary minimum must not be greater than the maximum.</source>
        <translation>Le salaire minimum ne doit pas dépasser le salaire maximum.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>La devise doit être un code ISO 4217 à trois lettres, comme USD ou EUR.</translation>
    </message>
    <message>
        <source>Choose how often the salary is paid.</source>
        <translation>Choisissez la périodicité de versement du salaire.</translation>
    </message>
    <message>
        <source>List %1 needs a title.</source>
        <translation>La liste %1 doit avoir un titre.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no items; add one or remove the list.</source>
        <translation>La liste « %1 » ne contient aucun élément ; ajoutez-en un ou supprimez la liste.</translation>
    </message>
</context>
<context>
    <name>PostingsExport</name>
    <message>
        <source>Postings list</source>
        <translation>Liste des offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Workplace type</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Requisition codes</source>
        <translation>Codes de demande</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Posting ID</source>
        <translation>ID de l&apos;offre</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Could not save “%1”: %2. Nothing was written, and any file already there is unchanged.</source>
        <translation>Impossible d&apos;enregistrer « %1 » : %2. Rien n&apos;a été écrit et tout fichier déjà présent reste inchangé.</translation>
    </message>
</context>
<context>
    <name>RequisitionsExport</name>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Requisitions list</source>
        <translation>Liste des demandes de recrutement</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauchés</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Statut d&apos;emploi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Requisition ID</source>
        <translation>ID de la demande</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Stage changes</source>
        <translation>Changements d’étape</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>another opportunity</source>
        <translation>une autre candidature</translation>
    </message>
    <message>
        <source>this opportunity</source>
        <translation>cette candidature</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Déplacé vers %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Secret note by %1</source>
        <translation>Note secrète de %1</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Note de %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score : %1</translation>
    </message>
    <message>
        <source>Interview (cancelled): %1</source>
        <translation>Entretien (annulé) : %1</translation>
    </message>
    <message>
        <source>Interview: %1</source>
        <translation>Entretien : %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
</context>
<context>
    <name>lever::app::AppController</name>
    <message>
        <source>Kept in memory for this session only</source>
        <translation>Conservés en mémoire pour cette session uniquement</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Dans le trousseau du système</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Démarrage du bac à sable de démonstration…</translation>
    </message>
    <message>
        <source>Reading the saved sign-in…</source>
        <translation>Lecture de la connexion enregistrée…</translation>
    </message>
    <message>
        <source>Sign in to %1: no saved sign-in was found for it.</source>
        <translation>Connectez-vous à %1 : aucune connexion enregistrée n’a été trouvée pour ce compte.</translation>
    </message>
    <message>
        <source>The saved sign-in of %1 could not be read: %2</source>
        <translation>La connexion enregistrée de %1 n’a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved; it works until you quit.</source>
        <translation>La connexion renouvelée n’a pas pu être enregistrée ; elle reste valable jusqu’à ce que vous quittiez l’application.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to continue.</source>
        <translation>Votre connexion a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Your sign-in to %1 expired or was revoked. Sign in again; your window stays as it is.</source>
        <translation>Votre connexion à %1 a expiré ou a été révoquée. Reconnectez-vous ; votre fenêtre reste telle quelle.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Lever did not answer as expected.</source>
        <translation>Lever n’a pas répondu comme prévu.</translation>
    </message>
    <message>
        <source>You signed out. Sign in again to continue.</source>
        <translation>Vous vous êtes déconnecté. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>You signed out of %1. Sign in again to continue.</source>
        <translation>Vous vous êtes déconnecté de %1. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Resetting the demo data…</source>
        <translation>Réinitialisation des données de démonstration…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>Démo %1</translation>
    </message>
    <message>
        <source>The demo could not start.</source>
        <translation>La démo n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>La démo n’a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>lever::app::CommandLine</name>
    <message>
        <source>Lever Console: a desktop recruiting console for the Lever Data API.

With --base-url, the API key is read from the LEVER_API_KEY environment variable and kept in memory only.</source>
        <translation>Lever Console : une console de recrutement de bureau pour la Lever Data API.

Avec --base-url, la clé API est lue dans la variable d’environnement LEVER_API_KEY et conservée uniquement en mémoire.</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Starts the built-in demo sandbox and signs in to it.</source>
        <translation>Démarre le bac à sable de démonstration intégré et s’y connecte.</translation>
    </message>
    <message>
        <source>Opens the saved account called NAME.</source>
        <translation>Ouvre le compte enregistré nommé NOM.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Signs in to the Lever API at URL with the key in LEVER_API_KEY, for this session only.</source>
        <translation>Se connecte à l’API Lever à l’adresse URL avec la clé de LEVER_API_KEY, pour cette session uniquement.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--account needs the name of a saved account.</source>
        <translation>--account nécessite le nom d’un compte enregistré.</translation>
    </message>
    <message>
        <source>Choose one of --demo, --account and --base-url.</source>
        <translation>Choisissez une seule option parmi --demo, --account et --base-url.</translation>
    </message>
    <message>
        <source>--base-url needs an address such as https://api.lever.co/v1, not “%1”.</source>
        <translation>--base-url nécessite une adresse comme https://api.lever.co/v1, et non « %1 ».</translation>
    </message>
    <message>
        <source>--base-url %1: %2</source>
        <translation>--base-url %1 : %2</translation>
    </message>
    <message>
        <source>--base-url needs an API key in the LEVER_API_KEY environment variable.</source>
        <translation>--base-url nécessite une clé API dans la variable d’environnement LEVER_API_KEY.</translation>
    </message>
    <message>
        <source>There is no saved account called “%1”: no accounts are saved yet.</source>
        <translation>Aucun compte enregistré ne s’appelle « %1 » : aucun compte n’est encore enregistré.</translation>
    </message>
    <message>
        <source>There is no saved account called “%1”. Saved accounts: %2.</source>
        <translation>Aucun compte enregistré ne s’appelle « %1 ». Comptes enregistrés : %2.</translation>
    </message>
</context>
<context>
    <name>lever::app::DemoSandbox</name>
    <message>
        <source>The demo needs lever-sandbox, which was not found next to Lever Console nor on the PATH. Reinstall Lever Console, or build the whole project.</source>
        <translation>La démo a besoin de lever-sandbox, introuvable à côté de Lever Console comme dans le PATH. Réinstallez Lever Console ou compilez l’ensemble du projet.</translation>
    </message>
    <message>
        <source>The demo&apos;s folder %1 could not be created.</source>
        <translation>Le dossier de la démo %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>The demo sandbox (%1) could not be started: %2</source>
        <translation>Le bac à sable de démonstration (%1) n’a pas pu être démarré : %2</translation>
    </message>
    <message>
        <source>The demo sandbox answered in a way Lever Console does not understand.</source>
        <translation>Le bac à sable de démonstration a répondu d’une manière que Lever Console ne comprend pas.</translation>
    </message>
    <message>
        <source>The demo sandbox stopped while starting (exit code %1).</source>
        <translation>Le bac à sable de démonstration s’est arrêté pendant le démarrage (code de sortie %1).</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Le bac à sable de démonstration n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The demo sandbox stopped unexpectedly (exit code %1).</source>
        <translation>Le bac à sable de démonstration s’est arrêté de façon inattendue (code de sortie %1).</translation>
    </message>
    <message>
        <source>The demo data (%1) could not be deleted: %2</source>
        <translation>Les données de démonstration (%1) n’ont pas pu être supprimées : %2</translation>
    </message>
</context>
<context>
    <name>lever::app::Workspace</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Offres d’emploi</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Demandes de recrutement</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>A candidate page has a note, feedback or contact edit that was not sent. Quit and lose it?</source>
        <translation>Une page de candidat contient une note, un feedback ou une modification de contact qui n’a pas été envoyé. Quitter et le perdre ?</translation>
    </message>
    <message>
        <source>Quit and discard</source>
        <translation>Quitter et abandonner</translation>
    </message>
    <message>
        <source>Changed in Lever</source>
        <translation>Modifié dans Lever</translation>
    </message>
    <message>
        <source>Send Mine</source>
        <translation>Envoyer la mienne</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>EEO</source>
        <translation>EEO</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Données de référence</translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation>Modèles de feedback</translation>
    </message>
</context>
<context>
    <name>lever::auth::Account</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>The account id is not a uuid.</source>
        <translation>L’identifiant du compte n’est pas un UUID.</translation>
    </message>
    <message>
        <source>Enter the API address, such as https://lever.example.com/v1.</source>
        <translation>Saisissez l’adresse de l’API, par exemple https://lever.example.com/v1.</translation>
    </message>
    <message>
        <source>Enter the OAuth client id of your registered Lever application.</source>
        <translation>Saisissez l’identifiant client OAuth de votre application Lever enregistrée.</translation>
    </message>
</context>
<context>
    <name>lever::auth::AccountStore</name>
    <message>
        <source>An account named &quot;%1&quot; already exists.</source>
        <translation>Un compte nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
</context>
<context>
    <name>lever::auth::ApiKeyVerifier</name>
    <message>
        <source>Enter an API key.</source>
        <translation>Saisissez une clé API.</translation>
    </message>
    <message>
        <source>The key was refused: it is unknown or has been revoked. Check that you copied the whole key from Lever (Settings → Integrations and API → API Credentials).</source>
        <translation>La clé a été refusée : elle est inconnue ou a été révoquée. Vérifiez que vous avez copié la clé entière depuis Lever (Settings → Integrations and API → API Credentials).</translation>
    </message>
    <message>
        <source>The key works but lacks the users:read scope, which Lever Console needs to know who you act as. Edit the key in Lever and add &quot;Read users&quot;.</source>
        <translation>La clé fonctionne mais n’a pas la portée users:read, dont Lever Console a besoin pour savoir au nom de qui vous agissez. Modifiez la clé dans Lever et ajoutez « Read users ».</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1. Check the address.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not the Lever API&apos;s. Check the address.</source>
        <translation>La réponse du serveur ne provient pas de l’API Lever. Vérifiez l’adresse.</translation>
    </message>
</context>
<context>
    <name>lever::auth::AuthHttp</name>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>« %1 » n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses http:// on another machine, which would send your credentials unencrypted. Use an https:// address.</source>
        <translation>« %1 » utilise http:// vers une autre machine, ce qui enverrait vos identifiants en clair. Utilisez une adresse https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>« %1 » n’est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>Nothing answers at %1. Check the address, or start the server.</source>
        <translation>Rien ne répond à l’adresse %1. Vérifiez l’adresse ou démarrez le serveur.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the address and your internet connection.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez l’adresse et votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try again.</source>
        <translation>%1 n’a pas répondu à temps. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made (%2). Check the address, the system clock and the system&apos;s certificates.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 (%2). Vérifiez l’adresse, l’horloge du système et les certificats du système.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation>%1 a fermé la connexion avant de répondre. Réessayez.</translation>
    </message>
    <message>
        <source>The network is unavailable (%1). Check your connection and try again.</source>
        <translation>Le réseau n’est pas disponible (%1). Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The proxy refused the connection to %1 (%2). Check the proxy settings.</source>
        <translation>Le proxy a refusé la connexion à %1 (%2). Vérifiez les paramètres du proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>lever::auth::KeychainSecretStore</name>
    <message>
        <source>No keychain is available to keep your credentials (%1). Lever Console stores secrets only in the system keychain: install and start GNOME Keyring or KWallet (any Secret Service provider), make sure it is unlocked, and try again. Or sign in for this session only: the credentials are then kept in memory and forgotten when Lever Console quits.</source>
        <translation>Aucun trousseau n’est disponible pour conserver vos identifiants (%1). Lever Console ne stocke les secrets que dans le trousseau du système : installez et démarrez GNOME Keyring ou KWallet (tout fournisseur Secret Service), assurez-vous qu’il est déverrouillé, puis réessayez. Vous pouvez aussi vous connecter pour cette session uniquement : les identifiants sont alors conservés en mémoire et oubliés à la fermeture de Lever Console.</translation>
    </message>
    <message>
        <source>The keychain could not %1 the secret: %2</source>
        <translation>Le trousseau n’a pas pu effectuer l’opération « %1 » sur le secret : %2</translation>
    </message>
</context>
<context>
    <name>lever::auth::LoopbackReceiver</name>
    <message>
        <source>The sign-in listener binds to 127.0.0.1 only, not to %1.</source>
        <translation>L’écouteur de connexion n’écoute que sur 127.0.0.1, pas sur %1.</translation>
    </message>
    <message>
        <source>The sign-in listener needs the state of the request it waits for.</source>
        <translation>L’écouteur de connexion a besoin du paramètre state de la requête qu’il attend.</translation>
    </message>
    <message>
        <source>The sign-in listener was already started.</source>
        <translation>L’écouteur de connexion a déjà été démarré.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation>Impossible d’écouter sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Cette requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>This sign-in link is not valid</source>
        <translation>Ce lien de connexion n’est pas valide</translation>
    </message>
    <message>
        <source>It does not belong to the sign-in in progress. Return to Lever Console and start the sign-in again if it does not complete.</source>
        <translation>Il ne correspond pas à la connexion en cours. Revenez à Lever Console et relancez la connexion si elle n’aboutit pas.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n’y a rien ici.</translation>
    </message>
    <message>
        <source>You are signed in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <source>You can close this tab and return to Lever Console.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Lever Console.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>Access was not granted, so Lever Console is not signed in. You can close this tab and return to Lever Console.</source>
        <translation>L’accès n’a pas été accordé : Lever Console n’est donc pas connecté. Vous pouvez fermer cet onglet et revenir à Lever Console.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1. You can close this tab and return to Lever Console.</source>
        <translation>Le serveur de connexion a signalé une erreur : %1. Vous pouvez fermer cet onglet et revenir à Lever Console.</translation>
    </message>
</context>
<context>
    <name>lever::auth::OAuthFlow</name>
    <message>
        <source>The sign-in timed out: no answer came back from the browser. Start the sign-in again.</source>
        <translation>La connexion a expiré : aucune réponse n’est revenue du navigateur. Relancez la connexion.</translation>
    </message>
    <message>
        <source>No OAuth client id is set for this account.</source>
        <translation>Aucun identifiant client OAuth n’est défini pour ce compte.</translation>
    </message>
    <message>
        <source>No web browser could be opened. Copy the sign-in link into a browser on this computer; Lever Console is still waiting for it.</source>
        <translation>Aucun navigateur web n’a pu être ouvert. Copiez le lien de connexion dans un navigateur sur cet ordinateur ; Lever Console l’attend toujours.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Access was denied in the browser, so Lever Console is not signed in.</source>
        <translation>L’accès a été refusé dans le navigateur : Lever Console n’est donc pas connecté.</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>Le serveur de connexion a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer was not understood: %1</source>
        <translation>La réponse du serveur de connexion n’a pas été comprise : %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>The sign-in server refused the sign-in: %1</source>
        <translation>Le serveur de connexion a refusé la connexion : %1</translation>
    </message>
</context>
<context>
    <name>lever::auth::TokenRefresher</name>
    <message>
        <source>This account has no refresh token; sign in again.</source>
        <translation>Ce compte n’a pas de jeton d’actualisation ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked (%1). Sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in server refused to renew the sign-in: %1</source>
        <translation>Le serveur de connexion a refusé de renouveler la connexion : %1</translation>
    </message>
</context>
<context>
    <name>lever::models</name>
    <message>
        <source>The local data could not be opened (%1). Lever Console works without it until the next start.</source>
        <translation>Les données locales n’ont pas pu être ouvertes (%1). Lever Console fonctionne sans elles jusqu’au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>lever::models::Actions</name>
    <message>
        <source>Undo move of %1</source>
        <translation>Annuler le déplacement de %1</translation>
    </message>
    <message>
        <source>Undo move of %1 cards</source>
        <translation>Annuler le déplacement de %1 cartes</translation>
    </message>
    <message>
        <source>Undo archive of %1</source>
        <translation>Annuler l’archivage de %1</translation>
    </message>
    <message>
        <source>Undo archive of %1 cards</source>
        <translation>Annuler l’archivage de %1 cartes</translation>
    </message>
</context>
<context>
    <name>lever::models::AuditLogModel</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Événement : %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quand : %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Target: %1 %2</source>
        <translation>Cible : %1 %2</translation>
    </message>
    <message>
        <source>Event id: %1</source>
        <translation>ID de l’événement : %1</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Détails :</translation>
    </message>
</context>
<context>
    <name>lever::models::CacheDatabase</name>
    <message>
        <source>The local data was damaged and is being rebuilt from Lever (the damaged file was kept as %1).</source>
        <translation>Les données locales étaient endommagées et sont reconstruites depuis Lever (le fichier endommagé a été conservé sous le nom %1).</translation>
    </message>
</context>
<context>
    <name>lever::models::CandidateCreator</name>
    <message>
        <source>Added %1: Lever matched an existing person and added this opportunity to them.</source>
        <translation>%1 ajouté : Lever a reconnu une personne existante et lui a ajouté cette candidature.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>The candidate was not added: %1</source>
        <translation>Le candidat n&apos;a pas été ajouté : %1</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1), and with no email there is no way to look the candidate up. Look for them on the board after the next refresh before adding them again.</source>
        <translation>La réponse de Lever a été perdue (%1), et sans e-mail il est impossible de retrouver le candidat. Cherchez-le sur le tableau après la prochaine actualisation avant de l&apos;ajouter à nouveau.</translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1), and looking the candidate up by email failed too (%2). Nothing was sent twice; look for them on the board before adding them again.</source>
        <translation>La réponse de Lever a été perdue (%1), et la recherche par e-mail a aussi échoué (%2). Rien n&apos;a été envoyé deux fois ; cherchez le candidat sur le tableau avant de l&apos;ajouter à nouveau.</translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost (%1). Looking the candidate up by email found nothing created, so they were not added. The form is as you left it.</source>
        <translation>La réponse de Lever a été perdue (%1). La recherche par e-mail n&apos;a rien trouvé de créé : le candidat n&apos;a donc pas été ajouté. Le formulaire est tel que vous l&apos;avez laissé.</translation>
    </message>
    <message>
        <source>Lever&apos;s answer was lost, but looking %1 up by email shows they were added.</source>
        <translation>La réponse de Lever a été perdue, mais la recherche par e-mail montre que %1 a bien été ajouté.</translation>
    </message>
    <message>
        <source>Referred by %1.</source>
        <translation>Recommandé par %1.</translation>
    </message>
    <message>
        <source>The candidate was added, but the first note was not: %1. Add it from the candidate&apos;s page.</source>
        <translation>Le candidat a été ajouté, mais pas la première note : %1. Ajoutez-la depuis la page du candidat.</translation>
    </message>
</context>
<context>
    <name>lever::models::CandidateWrites</name>
    <message>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>Impossible d’enregistrer le contact : %1</translation>
    </message>
    <message>
        <source>Could not save the opportunity: %1</source>
        <translation>Impossible d’enregistrer la candidature : %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Impossible d’enregistrer la note : %1</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Veuillez renseigner : %1</translation>
    </message>
    <message>
        <source>Could not submit the feedback: %1</source>
        <translation>Impossible d’envoyer le feedback : %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is larger than 30 MB, the most Lever accepts.</source>
        <translation>%1 dépasse 30 Mo, la taille maximale acceptée par Lever.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>Impossible de téléverser %1 : %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not download the file: %1</source>
        <translation>Impossible de télécharger le fichier : %1</translation>
    </message>
    <message>
        <source>Could not delete the file: %1</source>
        <translation>Impossible de supprimer le fichier : %1</translation>
    </message>
    <message>
        <source>This file was deleted in Lever meanwhile; the list is read again.</source>
        <translation>Ce fichier a entre-temps été supprimé dans Lever ; la liste est relue.</translation>
    </message>
    <message>
        <source>Lever is still processing &quot;%1&quot;. Try again in a minute.</source>
        <translation>Lever traite encore « %1 ». Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>Lever could not process &quot;%1&quot; (%2), so it cannot be downloaded. Upload it again, or ask the person who sent it for another copy.</source>
        <translation>Lever n’a pas pu traiter « %1 » (%2) : le fichier ne peut donc pas être téléchargé. Téléversez-le à nouveau, ou demandez une autre copie à la personne qui l’a envoyé.</translation>
    </message>
</context>
<context>
    <name>lever::models::CsvExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>lever::models::DuplicateFinder</name>
    <message>
        <source>no posting</source>
        <translation>aucune offre</translation>
    </message>
    <message>
        <source>%1, archived</source>
        <translation>%1, archivé</translation>
    </message>
    <message>
        <source>%1, archived (%2)</source>
        <translation>%1, archivé (%2)</translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <translation>%1, étape %2</translation>
    </message>
</context>
<context>
    <name>lever::models::EeoCountsModel</name>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Origine ethnique</translation>
    </message>
    <message>
        <source>Veteran status</source>
        <translation>Statut d’ancien combattant</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>lever::models::EeoPiiModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Origine ethnique</translation>
    </message>
    <message>
        <source>Veteran status</source>
        <translation>Statut d’ancien combattant</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>ID de l’opportunité</translation>
    </message>
</context>
<context>
    <name>lever::models::FeedbackTemplatesAdminModel</name>
    <message>
        <source>Overall rating</source>
        <translation>Évaluation globale</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>Texte court</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <source>Dropdown</source>
        <translation>Liste déroulante</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiples</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Question %1 has no text.</source>
        <translation>La question %1 n’a pas de texte.</translation>
    </message>
    <message>
        <source>Question %1 (%2) needs at least one choice.</source>
        <translation>La question %1 (%2) doit proposer au moins un choix.</translation>
    </message>
    <message>
        <source>Question %1 (%2) needs at least one score.</source>
        <translation>La question %1 (%2) doit avoir au moins une note.</translation>
    </message>
    <message>
        <source>A template needs exactly one overall rating question (it has %1).</source>
        <translation>Un modèle doit avoir exactement une question d’évaluation globale (il en a %1).</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>lever::models::LocalCache</name>
    <message>
        <source>The disk is full: local data is no longer saved. Lever Console keeps working; free some space and restart to save again.</source>
        <translation>Le disque est plein : les données locales ne sont plus enregistrées. Lever Console continue de fonctionner ; libérez de l’espace et redémarrez pour enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>Local data could not be saved (%1). Lever Console keeps working without it until the next start.</source>
        <translation>Les données locales n’ont pas pu être enregistrées (%1). Lever Console continue sans elles jusqu’au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>lever::models::OpportunityAction</name>
    <message>
        <source>This candidate is no longer on the board.</source>
        <translation>Ce candidat n’est plus sur le tableau.</translation>
    </message>
    <message>
        <source>this candidate</source>
        <translation>ce candidat</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3</source>
        <translation>Impossible de déplacer %1 vers %2 : %3</translation>
    </message>
    <message>
        <source>Could not archive %1: %2</source>
        <translation>Impossible d’archiver %1 : %2</translation>
    </message>
    <message>
        <source>Could not unarchive %1: %2</source>
        <translation>Impossible de désarchiver %1 : %2</translation>
    </message>
    <message>
        <source>Could not add the tag “%1” to %2: %3</source>
        <translation>Impossible d’ajouter l’étiquette « %1 » à %2 : %3</translation>
    </message>
    <message>
        <source>Could not remove the tag “%1” from %2: %3</source>
        <translation>Impossible de retirer l’étiquette « %1 » de %2 : %3</translation>
    </message>
    <message>
        <source>Could not make %1 the owner of %2: %3</source>
        <translation>Impossible de faire de %1 le responsable de %2 : %3</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be moved.</source>
        <translation>%1 cartes sur %2 n’ont pas pu être déplacées.</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be archived.</source>
        <translation>%1 cartes sur %2 n’ont pas pu être archivées.</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be unarchived.</source>
        <translation>%1 cartes sur %2 n’ont pas pu être désarchivées.</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not be tagged.</source>
        <translation>Les étiquettes de %1 cartes sur %2 n’ont pas pu être modifiées.</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not change owner.</source>
        <translation>Le responsable de %1 cartes sur %2 n’a pas pu être modifié.</translation>
    </message>
    <message>
        <source>Could not add the source “%1” to %2: %3</source>
        <translation>Impossible d’ajouter la source « %1 » à %2 : %3</translation>
    </message>
    <message>
        <source>Could not remove the source “%1” from %2: %3</source>
        <translation>Impossible de retirer la source « %1 » de %2 : %3</translation>
    </message>
    <message>
        <source>%1 of %2 cards could not change sources.</source>
        <translation>Les sources de %1 cartes sur %2 n’ont pas pu être modifiées.</translation>
    </message>
</context>
<context>
    <name>lever::models::Outbox</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Archive %1 (%2)</source>
        <translation>Archiver %1 (%2)</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>Désarchiver %1</translation>
    </message>
    <message>
        <source>Add the tag “%1” to %2</source>
        <translation>Ajouter l’étiquette « %1 » à %2</translation>
    </message>
    <message>
        <source>Remove the tag “%1” from %2</source>
        <translation>Retirer l’étiquette « %1 » de %2</translation>
    </message>
    <message>
        <source>Make %1 the owner of %2</source>
        <translation>Faire de %1 le responsable de %2</translation>
    </message>
    <message>
        <source>%1 is no longer in Lever: “%2” was not sent.</source>
        <translation>%1 n’est plus dans Lever : « %2 » n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>%1 was changed in Lever after your change made offline (“%2”). Send your change anyway, over theirs?</source>
        <translation>%1 a été modifié dans Lever après votre modification hors ligne (« %2 »). Envoyer tout de même votre modification, par-dessus l’autre ?</translation>
    </message>
    <message>
        <source>Add the source “%1” to %2</source>
        <translation>Ajouter la source « %1 » à %2</translation>
    </message>
    <message>
        <source>Remove the source “%1” from %2</source>
        <translation>Retirer la source « %1 » de %2</translation>
    </message>
</context>
<context>
    <name>lever::models::PanelActions</name>
    <message>
        <source>This interview panel no longer exists.</source>
        <translation>Cette série d’entretiens n’existe plus.</translation>
    </message>
</context>
<context>
    <name>lever::models::PostingListModel</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>lever::models::ReferenceDataModel</name>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Motif d’archivage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Parrain</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Soumis par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Non embauché</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) could not be read.</source>
        <translation>
            <numerusform>%n candidat n’a pas pu être lu.</numerusform>
            <numerusform>%n candidats n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read %1 of %2 referred candidates…</source>
        <translation>%1 candidats recommandés lus sur %2…</translation>
    </message>
</context>
<context>
    <name>lever::models::RequisitionListModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>%1 of unlimited</source>
        <translation>%1 sur illimité</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauchés</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>lever::models::SearchModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Archived · %1</source>
        <translation>Archivé · %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Lever has no candidate with the email %1.</source>
        <translation>Lever n’a aucun candidat avec l’adresse e-mail %1.</translation>
    </message>
    <message>
        <source>Asking Lever for %1…</source>
        <translation>Recherche de %1 dans Lever…</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Offres d’emploi</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Demandes de recrutement</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more…</source>
        <translation>
            <numerusform>%Ln de plus…</numerusform>
            <numerusform>%Ln de plus…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln more in %1</source>
        <translation>
            <numerusform>Afficher %Ln résultat de plus dans %1</numerusform>
            <numerusform>Afficher %Ln résultats de plus dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>lever::models::Session</name>
    <message>
        <source>This account is open in another Lever Console window. This window shows the data saved there but saves nothing on this computer.</source>
        <translation>Ce compte est ouvert dans une autre fenêtre de Lever Console. Cette fenêtre affiche les données enregistrées par l’autre, mais n’enregistre rien sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Offline — showing data from %1</source>
        <translation>Hors ligne — données de %1</translation>
    </message>
    <message>
        <source>Offline — Lever cannot be reached</source>
        <translation>Hors ligne — Lever est injoignable</translation>
    </message>
</context>
<context>
    <name>lever::models::Sync</name>
    <message>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Syncing %1 of %2 opportunities…</source>
        <translation>Synchronisation de %1 candidatures sur %2…</translation>
    </message>
    <message>
        <source>Syncing %1 opportunities…</source>
        <translation>Synchronisation de %1 candidatures…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Up to date · synced %1 · loading archived: %2…</source>
        <translation>À jour · synchronisé à %1 · chargement des archivées : %2…</translation>
    </message>
    <message>
        <source>Up to date · synced %1</source>
        <translation>À jour · synchronisé à %1</translation>
    </message>
    <message>
        <source>Showing data from %1, updating…</source>
        <translation>Données de %1, mise à jour…</translation>
    </message>
</context>
<context>
    <name>lever::models::UsersAdminModel</name>
    <message>
        <source>Super admin</source>
        <translation>Super administrateur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Limited team member</source>
        <translation>Membre de l&apos;équipe limité</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Intervieweur</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>Rôle d&apos;accès</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>lever::models::WebhookTestDelivery</name>
    <message>
        <source>Lever&apos;s API cannot send test events. Use the test button on Lever&apos;s own webhook settings page, or try the console&apos;s demo mode, whose sandbox can.</source>
        <translation>L&apos;API de Lever ne peut pas envoyer d&apos;événements de test. Utilisez le bouton de test de la page des webhooks dans les paramètres de Lever, ou le mode démo de la console, dont le bac à sable le peut.</translation>
    </message>
    <message>
        <source>This sandbox did not accept the request for a test event (HTTP %1). Test events need the sandbox&apos;s admin key, as the demo account has.</source>
        <translation>Ce bac à sable n&apos;a pas accepté la demande d&apos;événement de test (HTTP %1). Les événements de test exigent la clé d&apos;administration du bac à sable, celle du compte de démo.</translation>
    </message>
    <message>
        <source>The sandbox refused the test event (HTTP %1): %2</source>
        <translation>Le bac à sable a refusé l&apos;événement de test (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>The sandbox could not be reached: %1</source>
        <translation>Le bac à sable est injoignable : %1</translation>
    </message>
    <message>
        <source>The sandbox sent the test event but reported no result.</source>
        <translation>Le bac à sable a envoyé l&apos;événement de test mais n&apos;a signalé aucun résultat.</translation>
    </message>
</context>
<context>
    <name>lever::models::WebhooksAdminModel</name>
    <message>
        <source>Application created</source>
        <translation>Candidature créée</translation>
    </message>
    <message>
        <source>Candidate hired</source>
        <translation>Candidat embauché</translation>
    </message>
    <message>
        <source>Candidate stage change</source>
        <translation>Changement d&apos;étape d&apos;un candidat</translation>
    </message>
    <message>
        <source>Candidate archive change</source>
        <translation>Changement d&apos;archivage d&apos;un candidat</translation>
    </message>
    <message>
        <source>Candidate deleted</source>
        <translation>Candidat supprimé</translation>
    </message>
    <message>
        <source>Interview created</source>
        <translation>Entretien créé</translation>
    </message>
    <message>
        <source>Interview updated</source>
        <translation>Entretien modifié</translation>
    </message>
    <message>
        <source>Interview deleted</source>
        <translation>Entretien supprimé</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Contact créé</translation>
    </message>
    <message>
        <source>Contact updated</source>
        <translation>Contact modifié</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Sourcé</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Enter the URL Lever should send events to.</source>
        <translation>Saisissez l&apos;URL à laquelle Lever doit envoyer les événements.</translation>
    </message>
    <message>
        <source>Enter a whole URL, such as https://example.com/lever-events.</source>
        <translation>Saisissez une URL complète, par exemple https://example.com/lever-events.</translation>
    </message>
    <message>
        <source>Lever only delivers to https:// URLs.</source>
        <translation>Lever n&apos;envoie qu&apos;à des URL https://.</translation>
    </message>
    <message>
        <source>None (this event takes no conditions)</source>
        <translation>Aucune (cet événement n&apos;accepte pas de conditions)</translation>
    </message>
    <message>
        <source>Every origin</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origine : %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>lever::ui::AboutDialog</name>
    <message>
        <source>About Lever Console</source>
        <translation>À propos de Lever Console</translation>
    </message>
    <message>
        <source>Lever Console</source>
        <translation>Lever Console</translation>
    </message>
    <message>
        <source>A native desktop recruiting console for the Lever Data API.</source>
        <translation>Une console de recrutement native pour le bureau, conçue pour la Lever Data API.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Licence: MIT. This program comes with no warranty.</source>
        <translation>Licence : MIT. Ce programme est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Project page&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Lever API documentation&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Page du projet&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Documentation de l’API Lever&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Lever is a trademark of its owner; this project is not affiliated with Lever.</source>
        <translation>Lever est une marque de son propriétaire ; ce projet n’est pas affilié à Lever.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::AccountOverview</name>
    <message>
        <source>Account overview</source>
        <translation>Aperçu du compte</translation>
    </message>
    <message>
        <source>Acting user:</source>
        <translation>Agir en tant que :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresse de l’API :</translation>
    </message>
    <message>
        <source>Signed in with:</source>
        <translation>Connecté avec :</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>Identifiants :</translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 — not signed in</source>
        <translation>%1 — non connecté</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None chosen: changes cannot be made on anyone&apos;s behalf</source>
        <translation>Aucun choisi : impossible d’effectuer des modifications au nom de quiconque</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Lever sandbox</source>
        <translation>Bac à sable Lever</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>Démo (bac à sable intégré)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>OAuth (browser sign-in)</source>
        <translation>OAuth (connexion via le navigateur)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
</context>
<context>
    <name>lever::ui::ApplicationFormPanel</name>
    <message>
        <source>Application form candidates fill in</source>
        <translation>Formulaire de candidature que remplissent les candidats</translation>
    </message>
    <message>
        <source>What candidates fill in when they apply on the job site. Lever sets the form up in its own settings, so it is shown here read only.</source>
        <translation>Ce que les candidats remplissent en postulant sur le site carrière. Le formulaire se configure dans les paramètres de Lever ; il est donc affiché ici en lecture seule.</translation>
    </message>
    <message>
        <source>The application form could not be read: %1</source>
        <translation>Impossible de lire le formulaire de candidature : %1</translation>
    </message>
    <message>
        <source>The application form can be seen once the posting is saved.</source>
        <translation>Le formulaire de candidature sera visible une fois l’offre enregistrée.</translation>
    </message>
    <message>
        <source>Reading the application form from Lever…</source>
        <translation>Lecture du formulaire de candidature depuis Lever…</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Additional questions</source>
        <translation>Questions supplémentaires</translation>
    </message>
    <message>
        <source>Voluntary EEO questions</source>
        <translation>Questions EEO facultatives</translation>
    </message>
    <message>
        <source>Optional for candidates, and seen only in aggregate in reports.</source>
        <translation>Facultatives pour les candidats, et visibles uniquement de façon agrégée dans les rapports.</translation>
    </message>
    <message>
        <source>Lever reports no questions on this posting&apos;s application form.</source>
        <translation>D’après Lever, le formulaire de candidature de cette offre ne contient aucune question.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ApplicationsPanel</name>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Date de candidature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres d’embauche</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No posting</source>
        <translation>Aucune offre d’emploi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>No applications.</source>
        <translation>Aucune candidature.</translation>
    </message>
    <message>
        <source>No offers.</source>
        <translation>Aucune offre d’embauche.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ArchiveLane</name>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Drop cards here to archive them</source>
        <translation>Déposez des cartes ici pour les archiver</translation>
    </message>
    <message>
        <source>Archive lane</source>
        <translation>Colonne des archives</translation>
    </message>
    <message>
        <source>Collapse ◂</source>
        <translation>Réduire ◂</translation>
    </message>
    <message>
        <source>Show ▸</source>
        <translation>Afficher ▸</translation>
    </message>
    <message>
        <source>Collapse the Archive lane</source>
        <translation>Réduire la colonne des archives</translation>
    </message>
    <message>
        <source>Expand the Archive lane</source>
        <translation>Développer la colonne des archives</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> · not loaded</source>
        <translation> · non chargées</translation>
    </message>
    <message>
        <source>Archived cards: %1</source>
        <translation>Cartes archivées : %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::AuditLogView</name>
    <message>
        <source>Any event</source>
        <translation>Tout événement</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Toute cible</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Type de cible</translation>
    </message>
    <message>
        <source>Target id</source>
        <translation>ID de la cible</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrer à partir d’une date</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrer jusqu’à une date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Appliquer les filtres</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d’audit</translation>
    </message>
    <message>
        <source>Audit event columns</source>
        <translation>Colonnes des événements d’audit</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Sélectionnez un événement pour voir ses détails.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try reading the audit log again</source>
        <translation>Relire le journal d’audit</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Tout utilisateur</translation>
    </message>
    <message>
        <source>The audit log is not enabled for this Lever account. Audit events are a paid add-on: ask your Lever administrator or Lever support to turn it on.

Lever said: %1</source>
        <translation>Le journal d’audit n’est pas activé pour ce compte Lever. Les événements d’audit sont une option payante : demandez à votre administrateur Lever ou au support Lever de l’activer.

Lever a répondu : %1</translation>
    </message>
    <message>
        <source>This sign-in may not read the audit log: it lacks the permission (scope) audit_events:read:admin. Sign in again with an API key or OAuth grant that includes it.

Lever said: %1</source>
        <translation>Cette connexion ne peut pas lire le journal d’audit : il lui manque l’autorisation (scope) audit_events:read:admin. Reconnectez-vous avec une clé d’API ou une autorisation OAuth qui l’inclut.

Lever a répondu : %1</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d’audit n’a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the audit log… %n event(s) so far</source>
        <translation>
            <numerusform>Lecture du journal d’audit… %n événement jusqu’ici</numerusform>
            <numerusform>Lecture du journal d’audit… %n événements jusqu’ici</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit events match these filters.</source>
        <translation>Aucun événement d’audit ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; scroll down for more</source>
        <translation>
            <numerusform>%n événement affiché ; faites défiler pour en voir plus</numerusform>
            <numerusform>%n événements affichés ; faites défiler pour en voir plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardColumn</name>
    <message>
        <source>Sort cards</source>
        <translation>Trier les cartes</translation>
    </message>
    <message>
        <source>Sort cards in %1</source>
        <translation>Trier les cartes de %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, 1 card</source>
        <translation>%1, 1 carte</translation>
    </message>
    <message>
        <source>%1, %2 cards</source>
        <translation>%1, %2 cartes</translation>
    </message>
    <message>
        <source>%1, %2 of %3 cards shown</source>
        <translation>%1, %2 cartes affichées sur %3</translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardColumnView</name>
    <message>
        <source>No cards match the filter</source>
        <translation>Aucune carte ne correspond au filtre</translation>
    </message>
    <message>
        <source>No cards</source>
        <translation>Aucune carte</translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardCommands</name>
    <message>
        <source>…and %1 more</source>
        <translation>…et %1 de plus</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Why is this card being archived?</source>
        <translation>Pourquoi cette carte est-elle archivée ?</translation>
    </message>
    <message>
        <source>Why are %1 cards being archived?</source>
        <translation>Pourquoi ces %1 cartes sont-elles archivées ?</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Déplacer vers une étape</translation>
    </message>
    <message>
        <source>Move the card to:</source>
        <translation>Déplacer la carte vers :</translation>
    </message>
    <message>
        <source>Move %1 cards to:</source>
        <translation>Déplacer %1 cartes vers :</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag to add to the card:</source>
        <translation>Étiquette à ajouter à la carte :</translation>
    </message>
    <message>
        <source>Tag to add to %1 cards:</source>
        <translation>Étiquette à ajouter aux %1 cartes :</translation>
    </message>
    <message>
        <source>The selected cards have no tags to remove.</source>
        <translation>Les cartes sélectionnées n’ont aucune étiquette à retirer.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Tag to remove from the card:</source>
        <translation>Étiquette à retirer de la carte :</translation>
    </message>
    <message>
        <source>Tag to remove from %1 cards:</source>
        <translation>Étiquette à retirer des %1 cartes :</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Changer de responsable</translation>
    </message>
    <message>
        <source>New owner of the card:</source>
        <translation>Nouveau responsable de la carte :</translation>
    </message>
    <message>
        <source>New owner of %1 cards:</source>
        <translation>Nouveau responsable des %1 cartes :</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
</context>
<context>
    <name>lever::ui::BoardView</name>
    <message>
        <source>Pipeline board</source>
        <translation>Tableau du pipeline</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>Colonnes du tableau</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <source>Previous / next card in the column</source>
        <translation>Carte précédente / suivante dans la colonne</translation>
    </message>
    <message>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <source>Same row in the previous / next column</source>
        <translation>Même ligne dans la colonne précédente / suivante</translation>
    </message>
    <message>
        <source>Shift+↑ / Shift+↓, Ctrl+click, Shift+click</source>
        <translation>Shift+↑ / Shift+↓, Ctrl+clic, Shift+clic</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Étendre la sélection</translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation>Ctrl+A</translation>
    </message>
    <message>
        <source>Select every card in the column</source>
        <translation>Sélectionner toutes les cartes de la colonne</translation>
    </message>
    <message>
        <source>Ctrl+Shift+→ / Ctrl+Shift+←</source>
        <translation>Ctrl+Shift+→ / Ctrl+Shift+←</translation>
    </message>
    <message>
        <source>Move the selected cards one stage right / left</source>
        <translation>Déplacer les cartes sélectionnées d’une étape vers la droite / la gauche</translation>
    </message>
    <message>
        <source>Alt+Shift+→ / Alt+Shift+←</source>
        <translation>Alt+Shift+→ / Alt+Shift+←</translation>
    </message>
    <message>
        <source>The same (when the desktop takes Ctrl+Shift+arrows)</source>
        <translation>Idem (quand le bureau s’approprie Ctrl+Shift+flèches)</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Move the selected cards to a stage… (unarchives archived cards)</source>
        <translation>Déplacer les cartes sélectionnées vers une étape… (désarchive les cartes archivées)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Archive the selected cards… (asks for the reason)</source>
        <translation>Archiver les cartes sélectionnées… (demande le motif)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Unarchive the selected cards</source>
        <translation>Désarchiver les cartes sélectionnées</translation>
    </message>
    <message>
        <source>Ctrl+T / Ctrl+Shift+T</source>
        <translation>Ctrl+T / Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Add / remove a tag on the selected cards</source>
        <translation>Ajouter / retirer une étiquette sur les cartes sélectionnées</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Change the owner of the selected cards</source>
        <translation>Changer le responsable des cartes sélectionnées</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, double-clic</translation>
    </message>
    <message>
        <source>Open the card</source>
        <translation>Ouvrir la carte</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Shift+F10</translation>
    </message>
    <message>
        <source>The card&apos;s menu</source>
        <translation>Menu de la carte</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the details panel, then clear the selection</source>
        <translation>Fermer le panneau de détails, puis effacer la sélection</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Undo the last move or archive</source>
        <translation>Annuler le dernier déplacement ou archivage</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Search name, email and headline</source>
        <translation>Rechercher dans le nom, l’e-mail et le titre du profil</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Refresh from Lever</source>
        <translation>Actualiser depuis Lever</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New candidate… (or drop a resume on the board)</source>
        <translation>Nouveau candidat… (ou déposez un CV sur le tableau)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search everything: candidates, postings, requisitions, users, commands</source>
        <translation>Tout rechercher : candidats, offres, demandes de recrutement, utilisateurs, commandes</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the board, postings or requisitions to CSV…</source>
        <translation>Exporter le tableau, les offres ou les demandes de recrutement en CSV…</translation>
    </message>
</context>
<context>
    <name>lever::ui::BrowserWaitPage</name>
    <message>
        <source>Waiting for the browser… Sign in to Lever there and allow Lever Console access; this window continues by itself.</source>
        <translation>En attente du navigateur… Connectez-vous à Lever dans le navigateur et autorisez l’accès à Lever Console ; cette fenêtre continuera d’elle-même.</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>En attente du navigateur</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>If no browser opened, copy this address into one:</source>
        <translation>Si aucun navigateur ne s’est ouvert, copiez cette adresse dans un navigateur :</translation>
    </message>
    <message>
        <source>No browser could be opened. Copy this address into a browser to continue:</source>
        <translation>Aucun navigateur n’a pu être ouvert. Copiez cette adresse dans un navigateur pour continuer :</translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidateHeader</name>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Modifier le contact…</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Add follower</source>
        <translation>Ajouter un abonné</translation>
    </message>
    <message>
        <source>Add follower…</source>
        <translation>Ajouter un abonné…</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>Archive reason</source>
        <translation>Motif d&apos;archivage</translation>
    </message>
    <message>
        <source>Archive with the chosen reason</source>
        <translation>Archiver avec le motif choisi</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy email %1</source>
        <translation>Copier l’adresse e-mail %1</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écrire</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>Copy phone %1</source>
        <translation>Copier le numéro de téléphone %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Archived: %1</source>
        <translation>Archivé : %1</translation>
    </message>
    <message>
        <source>Change reason</source>
        <translation>Changer le motif</translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidatePage</name>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Candidate sections</source>
        <translation>Sections du candidat</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Fich&amp;iers</translation>
    </message>
    <message>
        <source>&amp;Applications &amp;&amp; offers</source>
        <translation>&amp;Candidatures &amp;&amp; offres</translation>
    </message>
    <message>
        <source>Could not load everything: %1</source>
        <translation>Tout n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>lever::ui::CandidatesView</name>
    <message>
        <source>Open a candidate from the board (Enter or double-click) to see it here.</source>
        <translation>Ouvrez un candidat depuis le tableau (Enter ou double-clic) pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Open candidates</source>
        <translation>Candidats ouverts</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <source>%1 has a note, feedback or contact edit that was not sent. Close and lose it?</source>
        <translation>%1 a une note, un feedback ou une modification de contact qui n’a pas été envoyé. Fermer et le perdre ?</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>Fermer et abandonner</translation>
    </message>
</context>
<context>
    <name>lever::ui::CardDelegate</name>
    <message>
        <source>%1 · confirmed</source>
        <translation>%1 · confirmé</translation>
    </message>
    <message>
        <source>%1 · unconfirmed</source>
        <translation>%1 · non confirmé</translation>
    </message>
    <message>
        <source>+opp</source>
        <translation>+cand.</translation>
    </message>
    <message>
        <source>No headline</source>
        <translation>Aucun titre de profil</translation>
    </message>
    <message>
        <source>No posting</source>
        <translation>Aucune offre d’emploi</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>1 day in stage</source>
        <translation>1 jour dans l’étape</translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation>%1 jours dans l’étape</translation>
    </message>
    <message>
        <source>No interview scheduled</source>
        <translation>Aucun entretien planifié</translation>
    </message>
</context>
<context>
    <name>lever::ui::CardDetailsPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Détails de la carte</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Close card details</source>
        <translation>Fermer les détails de la carte</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Dans l’étape depuis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Other opportunities</source>
        <translation>Autres candidatures</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Next interview</source>
        <translation>Prochain entretien</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Opportunity id</source>
        <translation>ID de l’opportunité</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <source>This card is no longer in the account</source>
        <translation>Cette carte n’est plus dans le compte</translation>
    </message>
    <message>
        <source>No headline</source>
        <translation>Aucun titre de profil</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <source>Yes: %1, on %2</source>
        <translation>Oui : %1, le %2</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No posting</source>
        <translation>Aucune offre d’emploi</translation>
    </message>
    <message>
        <source>%1 (1 day)</source>
        <translation>%1 (1 jour)</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 jours)</translation>
    </message>
    <message>
        <source>1 other for this person</source>
        <translation>1 autre pour cette personne</translation>
    </message>
    <message>
        <source>%1 others for this person</source>
        <translation>%1 autres pour cette personne</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A change is being saved</source>
        <translation>Une modification est en cours d’enregistrement</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Non chargé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>Aucun planifié</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Read-only summary of the card.</source>
        <translation>Résumé de la carte en lecture seule.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ChipRow</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::ChoiceDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>lever::ui::ColumnSortMenu</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Jours dans l’étape</translation>
    </message>
    <message>
        <source>Newest created</source>
        <translation>Création la plus récente</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Mise à jour la plus récente</translation>
    </message>
    <message>
        <source>Reverse order</source>
        <translation>Ordre inversé</translation>
    </message>
</context>
<context>
    <name>lever::ui::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Someone else changed this posting</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette offre d&apos;emploi</translation>
    </message>
    <message>
        <source>While you were editing, this posting was changed in Lever. Choose, for each field below, which version to keep. Nothing is saved until you decide.</source>
        <translation>Pendant que vous la modifiiez, cette offre d&apos;emploi a été modifiée dans Lever. Choisissez, pour chaque champ ci-dessous, la version à garder. Rien n&apos;est enregistré avant votre décision.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Their version (in Lever now)</source>
        <translation>Leur version (actuellement dans Lever)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Garder ma version : %1</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Take their %1</source>
        <translation>Prendre leur version : %1</translation>
    </message>
    <message>
        <source>Keep all mine</source>
        <translation>Garder toutes les miennes</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Prendre toutes les leurs</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Enregistrer mes choix</translation>
    </message>
    <message>
        <source>Cancel, keep editing</source>
        <translation>Annuler, continuer la modification</translation>
    </message>
</context>
<context>
    <name>lever::ui::ContactEditor</name>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre du profil</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>ada@example.com, ada@work.example</source>
        <translation>ada@example.com, ada@work.example</translation>
    </message>
    <message>
        <source>mobile: +44 20 7946 0000; work: +44 20 7946 0001</source>
        <translation>mobile: +44 20 7946 0000; work: +44 20 7946 0001</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
</context>
<context>
    <name>lever::ui::CurrencyChoices</name>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
</context>
<context>
    <name>lever::ui::DuplicatePanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Add to &amp;this person</source>
        <translation>Ajouter à &amp;cette personne</translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation>Créer &amp;quand même</translation>
    </message>
    <message>
        <source>&amp;Back to the form</source>
        <translation>&amp;Retour au formulaire</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Open the selected candidate</source>
        <translation>Ouvrir le candidat sélectionné</translation>
    </message>
    <message>
        <source>Add this opportunity to the selected person</source>
        <translation>Ajouter cette candidature à la personne sélectionnée</translation>
    </message>
    <message>
        <source>Create a new person anyway</source>
        <translation>Créer quand même une nouvelle personne</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <source>This person may already be in Lever:</source>
        <translation>Cette personne est peut-être déjà dans Lever :</translation>
    </message>
    <message>
        <source>This person may already be in Lever (Lever itself could not be asked, so this is what the console holds):</source>
        <translation>Cette personne est peut-être déjà dans Lever (Lever n&apos;a pas pu être interrogé ; voici ce que la console contient) :</translation>
    </message>
    <message>
        <source>%1 is already in %2</source>
        <translation>%1 est déjà dans %2</translation>
    </message>
    <message>
        <source>%1 (same email)</source>
        <translation>%1 (même e-mail)</translation>
    </message>
    <message>
        <source>%1 (similar name)</source>
        <translation>%1 (nom similaire)</translation>
    </message>
</context>
<context>
    <name>lever::ui::EeoView</name>
    <message>
        <source>%1 columns</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload EEO responses</source>
        <translation>Recharger les réponses EEO</translation>
    </message>
    <message>
        <source>Show Identifying Data…</source>
        <translation>Afficher les données identifiantes…</translation>
    </message>
    <message>
        <source>Show EEO responses with candidate identities</source>
        <translation>Afficher les réponses EEO avec l’identité des candidats</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Posting:</source>
        <translation>Offre d’emploi :</translation>
    </message>
    <message>
        <source>EEO answer counts</source>
        <translation>Nombre de réponses EEO</translation>
    </message>
    <message>
        <source>EEO answer counts chart</source>
        <translation>Graphique des réponses EEO</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try reading EEO responses again</source>
        <translation>Relire les réponses EEO</translation>
    </message>
    <message>
        <source>⚠ Identifying EEO data. These answers are tied to named candidates and are protected by law. They must not influence any hiring decision. Lever records that you viewed them. They are kept in memory only and cleared when you leave this page.</source>
        <translation>⚠ Données EEO identifiantes. Ces réponses sont liées à des candidats nommés et protégées par la loi. Elles ne doivent influencer aucune décision d’embauche. Lever enregistre que vous les avez consultées. Elles restent uniquement en mémoire et sont effacées quand vous quittez cette page.</translation>
    </message>
    <message>
        <source>EEO responses with identities</source>
        <translation>Réponses EEO avec identités</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export identifying EEO data</source>
        <translation>Exporter les données EEO identifiantes</translation>
    </message>
    <message>
        <source>Hide and Clear</source>
        <translation>Masquer et effacer</translation>
    </message>
    <message>
        <source>Hide and clear identifying EEO data</source>
        <translation>Masquer et effacer les données EEO identifiantes</translation>
    </message>
    <message>
        <source>This sign-in may not read EEO responses: it lacks the permission (scope) eeo_responses:read:admin, or EEO surveys are not enabled for this Lever account.

Lever said: %1</source>
        <translation>Cette connexion ne peut pas lire les réponses EEO : il lui manque l’autorisation (scope) eeo_responses:read:admin, ou les questionnaires EEO ne sont pas activés pour ce compte Lever.

Lever a répondu : %1</translation>
    </message>
    <message>
        <source>EEO responses could not be read: %1</source>
        <translation>Les réponses EEO n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Reading EEO responses…</source>
        <translation>Lecture des réponses EEO…</translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous response(s). Counts come from Lever&apos;s anonymous EEO list; a multiple-choice answer counts under each choice, so shares can add up to more than 100 %.</source>
        <translation>
            <numerusform>%n réponse anonyme. Les comptes viennent de la liste EEO anonyme de Lever ; une réponse à choix multiples compte pour chaque choix, les parts peuvent donc dépasser 100 % au total.</numerusform>
            <numerusform>%n réponses anonymes. Les comptes viennent de la liste EEO anonyme de Lever ; une réponse à choix multiples compte pour chaque choix, les parts peuvent donc dépasser 100 % au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Toutes les offres d’emploi</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Show identifying EEO data?</source>
        <translation>Afficher les données EEO identifiantes ?</translation>
    </message>
    <message>
        <source>You are about to see each candidate&apos;s EEO answers with their name. This data is protected: use it only for compliance work, never in hiring decisions. Lever records who viewed it. It stays in memory only and is cleared when you leave this page.</source>
        <translation>Vous allez voir les réponses EEO de chaque candidat avec son nom. Ces données sont protégées : utilisez-les uniquement pour la conformité, jamais pour une décision d’embauche. Lever enregistre qui les a consultées. Elles restent uniquement en mémoire et sont effacées quand vous quittez cette page.</translation>
    </message>
    <message>
        <source>Show Identifying Data</source>
        <translation>Afficher les données identifiantes</translation>
    </message>
    <message>
        <source>Lever refused the identifying EEO responses: this sign-in lacks the permission (scope) eeo_responses_pii:read:admin. Nothing was shown or kept.

Lever said: %1</source>
        <translation>Lever a refusé les réponses EEO identifiantes : il manque à cette connexion l’autorisation (scope) eeo_responses_pii:read:admin. Rien n’a été affiché ni conservé.

Lever a répondu : %1</translation>
    </message>
    <message>
        <source>This sign-in lacks the scope eeo_responses_pii:read:admin.</source>
        <translation>Il manque à cette connexion le scope eeo_responses_pii:read:admin.</translation>
    </message>
    <message>
        <source>The identifying EEO responses could not be read: %1</source>
        <translation>Les réponses EEO identifiantes n’ont pas pu être lues : %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading identifying responses… %n so far</source>
        <translation>
            <numerusform>Lecture des réponses identifiantes… %n jusqu’ici</numerusform>
            <numerusform>Lecture des réponses identifiantes… %n jusqu’ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identifying response(s), in memory only.</source>
        <translation>
            <numerusform>%n réponse identifiante, uniquement en mémoire.</numerusform>
            <numerusform>%n réponses identifiantes, uniquement en mémoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Identifying EEO Data</source>
        <translation>Exporter les données EEO identifiantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export identifying EEO data?</source>
        <translation>Exporter les données EEO identifiantes ?</translation>
    </message>
    <message>
        <source>The file %1 will hold every candidate&apos;s EEO answers with their name, outside Lever&apos;s protection. Store it only where your compliance rules allow, and delete it when done.</source>
        <translation>Le fichier %1 contiendra les réponses EEO de chaque candidat avec son nom, hors de la protection de Lever. Ne l’enregistrez que là où vos règles de conformité le permettent, et supprimez-le une fois terminé.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>lever::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Ignorer l&apos;erreur</translation>
    </message>
</context>
<context>
    <name>lever::ui::ExportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Que faut-il exporter ?</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline board, current view (%n card(s))</source>
        <translation>
            <numerusform>Tableau du pipeline, vue actuelle (%n carte)</numerusform>
            <numerusform>Tableau du pipeline, vue actuelle (%n cartes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card the board shows now: the filters applied, all columns.</source>
        <translation>Toutes les cartes affichées sur le tableau : filtres appliqués, toutes les colonnes.</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline board, selected cards (%n card(s))</source>
        <translation>
            <numerusform>Tableau du pipeline, cartes sélectionnées (%n carte)</numerusform>
            <numerusform>Tableau du pipeline, cartes sélectionnées (%n cartes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the cards selected on the board.</source>
        <translation>Uniquement les cartes sélectionnées sur le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>Postings list (%n posting(s))</source>
        <translation>
            <numerusform>Liste des offres d&apos;emploi (%n offre)</numerusform>
            <numerusform>Liste des offres d&apos;emploi (%n offres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every posting of the Postings view.</source>
        <translation>Toutes les offres de la vue Offres d&apos;emploi.</translation>
    </message>
    <message numerus="yes">
        <source>Requisitions list (%n requisition(s))</source>
        <translation>
            <numerusform>Liste des demandes de recrutement (%n demande)</numerusform>
            <numerusform>Liste des demandes de recrutement (%n demandes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every requisition of the Requisitions view.</source>
        <translation>Toutes les demandes de recrutement de la vue Demandes de recrutement.</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>File to save the export to</source>
        <translation>Fichier de destination de l&apos;export</translation>
    </message>
    <message>
        <source>Choose the file to save to</source>
        <translation>Choisir le fichier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>CSV in UTF-8, for spreadsheet programs. The file holds candidates&apos; personal data, so only your user account can read it.</source>
        <translation>CSV en UTF-8, pour les tableurs. Le fichier contient des données personnelles de candidats : seul votre compte utilisateur peut le lire.</translation>
    </message>
    <message>
        <source>Export now</source>
        <translation>Exporter maintenant</translation>
    </message>
    <message>
        <source>Close without exporting</source>
        <translation>Fermer sans exporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Choisissez où enregistrer le fichier.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name.</source>
        <translation>« %1 » est un dossier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with the export?</source>
        <translation>« %1 » existe déjà. Le remplacer par l&apos;export ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>The postings the Postings view shows: its filters and order.</source>
        <translation>Les offres affichées dans la vue Offres d&apos;emploi : ses filtres et son ordre.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ExportProgress</name>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting %1: %2 of %3 rows…</source>
        <translation>Export de %1 : %2 lignes sur %3…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackForm</name>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackPanel</name>
    <message>
        <source>&amp;Start feedback</source>
        <translation>&amp;Commencer le feedback</translation>
    </message>
    <message>
        <source>S&amp;ubmit feedback</source>
        <translation>&amp;Envoyer le feedback</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Feedback template</source>
        <translation>Modèle de feedback</translation>
    </message>
    <message>
        <source>Start feedback from the template</source>
        <translation>Commencer un feedback à partir du modèle</translation>
    </message>
    <message>
        <source>Submit feedback</source>
        <translation>Envoyer le feedback</translation>
    </message>
    <message>
        <source>Discard feedback</source>
        <translation>Abandonner le feedback</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Discard the feedback you have written?</source>
        <translation>Abandonner le feedback que vous avez rédigé ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>New feedback: %1</source>
        <translation>Nouveau feedback : %1</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Veuillez renseigner : %1</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackTemplateEditor</name>
    <message>
        <source>New Feedback Template</source>
        <translation>Nouveau modèle de feedback</translation>
    </message>
    <message>
        <source>Edit Feedback Template: %1</source>
        <translation>Modifier le modèle de feedback : %1</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Instructions for interviewers</source>
        <translation>Consignes pour les intervieweurs</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Consignes :</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Questions of the template</source>
        <translation>Questions du modèle</translation>
    </message>
    <message>
        <source>&amp;Add Question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation>Retirer la question sélectionnée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected question up</source>
        <translation>Monter la question sélectionnée</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected question down</source>
        <translation>Descendre la question sélectionnée</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>Question description</source>
        <translation>Description de la question</translation>
    </message>
    <message>
        <source>Optional: what a good answer covers</source>
        <translation>Facultatif : ce que couvre une bonne réponse</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>Une réponse est &amp;obligatoire</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview of the feedback form</source>
        <translation>Aperçu du formulaire de feedback</translation>
    </message>
    <message>
        <source>&amp;Scores (one per line, &quot;score | meaning&quot;):</source>
        <translation>&amp;Notes (une par ligne, « note | signification ») :</translation>
    </message>
    <message>
        <source>&amp;Choices (one per line):</source>
        <translation>&amp;Choix (un par ligne) :</translation>
    </message>
    <message>
        <source>Scores, one per line</source>
        <translation>Notes, une par ligne</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>Choix, un par ligne</translation>
    </message>
    <message>
        <source>(%1, no text yet)</source>
        <translation>(%1, pas encore de texte)</translation>
    </message>
</context>
<context>
    <name>lever::ui::FeedbackTemplatesPage</name>
    <message>
        <source>The forms interviewers fill in after an interview. Every template has one overall rating; Lever&apos;s reports group feedback by it.</source>
        <translation>Les formulaires que les intervieweurs remplissent après un entretien. Chaque modèle a une évaluation globale ; les rapports de Lever regroupent les feedbacks selon celle-ci.</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected template</source>
        <translation>Modifier le modèle sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>Start a new template from the selected one</source>
        <translation>Créer un nouveau modèle à partir du modèle sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected template</source>
        <translation>Supprimer le modèle sélectionné</translation>
    </message>
    <message>
        <source>Feedback templates</source>
        <translation>Modèles de feedback</translation>
    </message>
    <message>
        <source>Feedback template columns</source>
        <translation>Colonnes des modèles de feedback</translation>
    </message>
    <message>
        <source>Reading from Lever…</source>
        <translation>Lecture depuis Lever…</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Voir…</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Delete Feedback Template</source>
        <translation>Supprimer le modèle de feedback</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Interviewers can no longer choose it. Feedback already given with it stays on the candidates.</source>
        <translation>Supprimer le modèle « %1 » ? Les intervieweurs ne pourront plus le choisir. Les feedbacks déjà donnés avec ce modèle restent sur les candidats.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Template deleted.</source>
        <translation>Modèle supprimé.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Modèle enregistré.</translation>
    </message>
    <message>
        <source>Lever did not take the change: %1</source>
        <translation>Lever n’a pas accepté la modification : %1</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Impossible de lire les modèles : %1</translation>
    </message>
    <message>
        <source>This account may not read feedback templates (Lever answered 403: %1). Ask a Lever super admin for credentials with the feedback_templates:read:admin scope.</source>
        <translation>Ce compte ne peut pas lire les modèles de feedback (Lever a répondu 403 : %1). Demandez à un super administrateur Lever des identifiants avec le scope feedback_templates:read:admin.</translation>
    </message>
    <message>
        <source>This account may not change feedback templates (Lever answered 403: %1), so the write actions are hidden. To create or edit templates, sign in with credentials that have the feedback_templates:write:admin scope.</source>
        <translation>Ce compte ne peut pas modifier les modèles de feedback (Lever a répondu 403 : %1) ; les actions d’écriture sont donc masquées. Pour créer ou modifier des modèles, connectez-vous avec des identifiants ayant le scope feedback_templates:write:admin.</translation>
    </message>
    <message>
        <source>Not saved: this account may not change feedback templates.</source>
        <translation>Non enregistré : ce compte ne peut pas modifier les modèles de feedback.</translation>
    </message>
    <message>
        <source>Lever refused to change this template. Lever lets the API change only templates the API created: one made in Lever itself must be changed there, or you can duplicate it here and edit the copy. (If this sign-in lacks feedback_templates:write:admin, New Template… says so.) Lever: %1</source>
        <translation>Lever a refusé de modifier ce modèle. L’API ne peut modifier que les modèles créés par l’API : un modèle créé dans Lever même se modifie dans Lever, ou vous pouvez le dupliquer ici et modifier la copie. (Si cette connexion n’a pas le scope feedback_templates:write:admin, « Nouveau modèle… » l’indiquera.) Lever : %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::FilesPanel</name>
    <message>
        <source>&amp;Upload…</source>
        <translation>&amp;Téléverser…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>Télé&amp;charger…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversé le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Upload a file</source>
        <translation>Téléverser un fichier</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Ouvrir le fichier sélectionné</translation>
    </message>
    <message>
        <source>Download the selected file</source>
        <translation>Télécharger le fichier sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Supprimer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Progression du transfert</translation>
    </message>
    <message>
        <source>Drop a file on the page to upload it (at most 30 MB).</source>
        <translation>Déposez un fichier sur la page pour le téléverser (30 Mo maximum).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>Téléversement de %1…</translation>
    </message>
    <message>
        <source>Uploaded %1.</source>
        <translation>%1 téléversé.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder.</source>
        <translation>Impossible de créer un dossier temporaire.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Delete %1 from this candidate? This cannot be undone.</source>
        <translation>Supprimer %1 de ce candidat ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.txt *.jpg *.png *.js);;All files (*)</source>
        <translation>Documents (*.pdf *.doc *.docx *.txt *.jpg *.png *.js);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
</context>
<context>
    <name>lever::ui::FilterBar</name>
    <message>
        <source>Search name, email, headline (Ctrl+F)</source>
        <translation>Rechercher nom, e-mail, titre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cards</source>
        <translation>Rechercher des cartes</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Created since</source>
        <translation>Créé depuis</translation>
    </message>
    <message>
        <source>Updated since</source>
        <translation>Mis à jour depuis</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>Active and archived</source>
        <translation>Actifs et archivés</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs uniquement</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>Archivés uniquement</translation>
    </message>
    <message>
        <source>Created any time</source>
        <translation>Création : toutes</translation>
    </message>
    <message>
        <source>Updated any time</source>
        <translation>Mise à jour : toutes</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>Création : aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation>Mise à jour : aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Created in %1 days</source>
        <translation>Création : %1 derniers jours</translation>
    </message>
    <message>
        <source>Updated in %1 days</source>
        <translation>Mise à jour : %1 derniers jours</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Save the filter and sort as a view</source>
        <translation>Enregistrer le filtre et le tri comme vue</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the selected saved view</source>
        <translation>Supprimer la vue enregistrée sélectionnée</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Toutes les offres</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>My cards</source>
        <translation>Mes cartes</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 carte</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 cartes</translation>
    </message>
    <message>
        <source>%1 of %2 cards</source>
        <translation>%1 cartes sur %2</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d’étiquette</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen candidate(s)</source>
        <translation>
            <numerusform>%n candidat choisi</numerusform>
            <numerusform>%n candidats choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the filter: %1</source>
        <translation>Retirer le filtre : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidat</numerusform>
            <numerusform>%n candidats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsFilterBar</name>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créés du</translation>
    </message>
    <message>
        <source>Candidates created on or after this day</source>
        <translation>Candidats créés ce jour ou après</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créés jusqu’au</translation>
    </message>
    <message>
        <source>Candidates created on or before this day</source>
        <translation>Candidats créés ce jour ou avant</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Toutes les offres d’emploi</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsPage</name>
    <message>
        <source>%1 chart</source>
        <translation>Graphique %1</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tableau %1</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>How %1 is counted</source>
        <translation>Comment %1 est compté</translation>
    </message>
    <message>
        <source>Export %1 as %2</source>
        <translation>Exporter %1 en %2</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>le graphique n’a pas pu être dessiné</translation>
    </message>
</context>
<context>
    <name>lever::ui::InsightsView</name>
    <message>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <source>Insights charts</source>
        <translation>Graphiques d’analyse</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>A candidate reaches a stage when the furthest stage they have been in, in pipeline order, is that stage or a later one: a skipped stage counts as passed, going back a stage does not undo it, and each candidate counts once however often they re-entered. Conversion: how many of those reached the next stage. Archived here: archived while in that stage, by reason. Click a bar to see its candidates on the board.</source>
        <translation>Un candidat atteint une étape lorsque l’étape la plus avancée où il a été, dans l’ordre du pipeline, est cette étape ou une suivante : une étape sautée compte comme franchie, revenir en arrière ne l’annule pas, et chaque candidat compte une fois, quel que soit le nombre de retours. Conversion : combien d’entre eux ont atteint l’étape suivante. Archivés ici : archivés pendant cette étape, par motif. Cliquez sur une barre pour voir ses candidats sur le tableau.</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Temps par étape</translation>
    </message>
    <message>
        <source>Per candidate, every stay in the stage added up, from entering it to the next stage change, the archive, or now for candidates still in it (the table says how many). Median and 90th percentile over the candidates who were in the stage. Click a bar to see them on the board.</source>
        <translation>Par candidat, chaque passage dans l’étape additionné, de l’entrée jusqu’au changement d’étape suivant, à l’archivage, ou jusqu’à maintenant pour les candidats qui y sont encore (le tableau indique combien). Médiane et 90e centile sur les candidats passés par l’étape. Cliquez sur une barre pour les voir sur le tableau.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Per source (a candidate with two sources counts in both) and per origin: candidates, how many reached the interview stage or a later one, hires (archived with a reason of the hired type) and the hire rate (hires ÷ candidates).</source>
        <translation>Par source (un candidat avec deux sources compte dans les deux) et par origine : candidats, combien ont atteint l’étape d’entretien ou une suivante, embauches (archivés avec un motif de type « embauché ») et le taux d’embauche (embauches ÷ candidats).</translation>
    </message>
    <message>
        <source>Velocity</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>New candidates by the week they were created, hires by the week they were archived with a hired reason. Weeks start on Monday (UTC) and span the chosen dates.</source>
        <translation>Nouveaux candidats selon la semaine de leur création, embauches selon la semaine de leur archivage avec un motif d’embauche. Les semaines commencent le lundi (UTC) et couvrent les dates choisies.</translation>
    </message>
    <message>
        <source>Pipeline over time</source>
        <translation>Pipeline dans le temps</translation>
    </message>
    <message>
        <source>Active candidates in each stage at the end of each week, from the stage history (a cumulative flow). Lever keeps no history of archiving, so an unarchived candidate counts as active since creation.</source>
        <translation>Candidats actifs dans chaque étape à la fin de chaque semaine, d’après l’historique des étapes (un flux cumulé). Lever ne garde pas d’historique d’archivage : un candidat désarchivé compte comme actif depuis sa création.</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active candidates whose last stage change (or creation) is more than the chosen number of days ago, by owner. Click a bar to see them on the board.</source>
        <translation>Candidats actifs dont le dernier changement d’étape (ou la création) remonte à plus que le nombre de jours choisi, par responsable. Cliquez sur une barre pour les voir sur le tableau.</translation>
    </message>
    <message>
        <source>Days without a stage change</source>
        <translation>Jours sans changement d’étape</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No stage change for</source>
        <translation>Aucun changement d’étape depuis</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) created in these dates</source>
        <translation>
            <numerusform>%n candidat créé dans ces dates</numerusform>
            <numerusform>%n candidats créés dans ces dates</numerusform>
        </translation>
    </message>
    <message>
        <source>updating…</source>
        <translation>mise à jour…</translation>
    </message>
    <message>
        <source>Insights: %1 · %2</source>
        <translation>Analyses : %1 · %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewEditor</name>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Add a copy of this interview starting when it ends</source>
        <translation>Ajouter une copie de cet entretien qui commence à sa fin</translation>
    </message>
    <message>
        <source>Duplicate interview</source>
        <translation>Dupliquer l&apos;entretien</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove interview</source>
        <translation>Retirer l&apos;entretien</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>e.g. Technical interview</source>
        <translation>p. ex. Entretien technique</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Intervieweurs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation>Lieu ou lien vidéo</translation>
    </message>
    <message>
        <source>Room, address or https://meet…</source>
        <translation>Salle, adresse ou https://meet…</translation>
    </message>
    <message>
        <source>Note for the interviewers</source>
        <translation>Note pour les intervieweurs</translation>
    </message>
    <message>
        <source>What the interviewers should know or bring</source>
        <translation>Ce que les intervieweurs doivent savoir ou apporter</translation>
    </message>
    <message>
        <source>Feedback form</source>
        <translation>Formulaire de feedback</translation>
    </message>
    <message>
        <source>No feedback form</source>
        <translation>Aucun formulaire de feedback</translation>
    </message>
    <message>
        <source>Feedback reminder</source>
        <translation>Rappel de feedback</translation>
    </message>
    <message>
        <source>Lever&apos;s default</source>
        <translation>Par défaut de Lever</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Intervieweurs</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Location or link</source>
        <translation>&amp;Lieu ou lien</translation>
    </message>
    <message>
        <source>&amp;Feedback form</source>
        <translation>&amp;Formulaire de feedback</translation>
    </message>
    <message>
        <source>&amp;Reminder</source>
        <translation>&amp;Rappel</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>your time: %1 in %2</source>
        <translation>votre heure : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewerPicker</name>
    <message>
        <source>Add an interviewer: type a name or e-mail</source>
        <translation>Ajouter un intervieweur : saisissez un nom ou une adresse e-mail</translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation>Ajouter un intervieweur</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Remove interviewer %1</source>
        <translation>Retirer l&apos;intervieweur %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::InterviewsPanel</name>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>&amp;Schedule interview…</source>
        <translation>&amp;Planifier un entretien…</translation>
    </message>
    <message>
        <source>No interviews scheduled.</source>
        <translation>Aucun entretien planifié.</translation>
    </message>
    <message>
        <source>Schedule an interview</source>
        <translation>Planifier un entretien</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past and cancelled</source>
        <translation>Passés et annulés</translation>
    </message>
    <message>
        <source>Interview panel</source>
        <translation>Série d&apos;entretiens</translation>
    </message>
    <message>
        <source>%1 — cancelled</source>
        <translation>%1 — annulée</translation>
    </message>
    <message>
        <source>Interview panel %1</source>
        <translation>Série d&apos;entretiens %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Interviewers: %1</source>
        <translation>Intervieweurs : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Replanifier…</translation>
    </message>
    <message>
        <source>Reschedule this panel</source>
        <translation>Replanifier cette série d&apos;entretiens</translation>
    </message>
    <message>
        <source>Cancel interviews…</source>
        <translation>Annuler les entretiens…</translation>
    </message>
    <message>
        <source>Cancel this panel</source>
        <translation>Annuler cette série d&apos;entretiens</translation>
    </message>
    <message>
        <source>Scheduled in Lever: change it there.</source>
        <translation>Planifiée dans Lever : modifiez-la dans Lever.</translation>
    </message>
    <message>
        <source>E&amp;xport to Calendar (.ics)…</source>
        <translation>E&amp;xporter vers le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Export the interviews to a calendar file</source>
        <translation>Exporter les entretiens dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Saves every interview not cancelled as an .ics file that calendar programs import, with each interview&apos;s time zone.</source>
        <translation>Enregistre tous les entretiens non annulés dans un fichier .ics que les agendas peuvent importer, avec le fuseau horaire de chaque entretien.</translation>
    </message>
</context>
<context>
    <name>lever::ui::KeychainPage</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>What is wrong with the keychain</source>
        <translation>Ce qui ne va pas avec le trousseau</translation>
    </message>
    <message>
        <source>Lever Console never writes secrets to a file. You can try again once the keychain runs, or sign in for this session only: the sign-in is kept in memory and forgotten when Lever Console quits.</source>
        <translation>Lever Console n&apos;écrit jamais de secrets dans un fichier. Vous pouvez réessayer une fois le trousseau en marche, ou vous connecter pour cette session uniquement : la connexion est gardée en mémoire et oubliée à la fermeture de Lever Console.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <source>Sign In for This &amp;Session Only</source>
        <translation>Se connecter pour cette &amp;session uniquement</translation>
    </message>
</context>
<context>
    <name>lever::ui::LeverTextEdit</name>
    <message>
        <source>Removed what Lever does not accept in postings: %1. The text was kept.</source>
        <translation>Éléments refusés par Lever dans les offres d&apos;emploi supprimés : %1. Le texte a été conservé.</translation>
    </message>
</context>
<context>
    <name>lever::ui::MainWindow</name>
    <message>
        <source>Lever Console</source>
        <translation>Lever Console</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>S&amp;witch Account</source>
        <translation>&amp;Changer de compte</translation>
    </message>
    <message>
        <source>&amp;Sign Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Supprimer le compte…</translation>
    </message>
    <message>
        <source>Reset &amp;Demo Data…</source>
        <translation>&amp;Réinitialiser les données de démo…</translation>
    </message>
    <message>
        <source>Reset the demo data?</source>
        <translation>Réinitialiser les données de démo ?</translation>
    </message>
    <message>
        <source>Every change made in the demo is lost: the demo sandbox restarts with fresh demo data.</source>
        <translation>Toutes les modifications faites dans la démo sont perdues : le bac à sable de démo redémarre avec des données de démo neuves.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Account Overview</source>
        <translation>&amp;Vue d&apos;ensemble du compte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Lever Console</source>
        <translation>À &amp;propos de Lever Console</translation>
    </message>
    <message>
        <source>%1 — Lever Console</source>
        <translation>%1 — Lever Console</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>Remove the account “%1”?</source>
        <translation>Supprimer le compte « %1 » ?</translation>
    </message>
    <message>
        <source>Its saved sign-in (in the system keychain) and the data kept on this computer for it are deleted. Nothing changes in Lever.</source>
        <translation>Sa connexion enregistrée (dans le trousseau du système) et les données conservées pour lui sur cet ordinateur sont supprimées. Rien ne change dans Lever.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>The account %1 was removed.</source>
        <translation>Le compte %1 a été supprimé.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be deleted from the keychain.</source>
        <translation>La connexion enregistrée n&apos;a pas pu être supprimée du trousseau.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Search Everything…</source>
        <translation>&amp;Tout rechercher…</translation>
    </message>
    <message>
        <source>&amp;New Candidate…</source>
        <translation>&amp;Nouveau candidat…</translation>
    </message>
    <message>
        <source>Add a candidate (Ctrl+N); or drop a resume on the board</source>
        <translation>Ajouter un candidat (Ctrl+N), ou déposer un CV sur le tableau</translation>
    </message>
</context>
<context>
    <name>lever::ui::MentionEdit</name>
    <message>
        <source>People to mention</source>
        <translation>Personnes à mentionner</translation>
    </message>
</context>
<context>
    <name>lever::ui::NewCandidateDialog</name>
    <message>
        <source>New Candidate</source>
        <translation>Nouveau candidat</translation>
    </message>
    <message>
        <source>No resume attached</source>
        <translation>Aucun CV joint</translation>
    </message>
    <message>
        <source>Attach &amp;resume…</source>
        <translation>Joindre un &amp;CV…</translation>
    </message>
    <message>
        <source>Attach a resume</source>
        <translation>Joindre un CV</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the resume</source>
        <translation>Retirer le CV</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Fill in empty fields from the resume (Lever reads it)</source>
        <translation>Remplir les champs vides à partir du CV (Lever le lit)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Current role and company</source>
        <translation>Poste et entreprise actuels</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>ada@example.com, ada@work.example</source>
        <translation>ada@example.com, ada@work.example</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>mobile: +44 20 7946 0000; work: +44 20 7946 0001</source>
        <translation>mobile: +44 20 7946 0000; work: +44 20 7946 0001</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>https://linkedin.com/in/…, https://github.com/…</source>
        <translation>https://linkedin.com/in/…, https://github.com/…</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>No posting (a lead)</source>
        <translation>Aucune offre (un prospect)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add as the posting&apos;s owner</source>
        <translation>Ajouter en tant que responsable de l&apos;offre</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Sourced by</source>
        <translation>Sourcé par</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>LinkedIn, Meetup</source>
        <translation>LinkedIn, Meetup</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Comma-separated</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>First note</source>
        <translation>Première note</translation>
    </message>
    <message>
        <source>Why this person, who referred them, what was agreed…</source>
        <translation>Pourquoi cette personne, qui l&apos;a recommandée, ce qui a été convenu…</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Retirer le fichier sélectionné</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Ajouter le candidat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resumes (*.pdf *.docx *.doc *.txt *.rtf *.odt);;All files (*)</source>
        <translation>CV (*.pdf *.docx *.doc *.txt *.rtf *.odt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1 (%2 Ko)</translation>
    </message>
    <message>
        <source>Give a name or an email, or attach a resume for Lever to read them from.</source>
        <translation>Indiquez un nom ou un e-mail, ou joignez un CV dont Lever les extraira.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Choose the owner from the list, or clear the field.</source>
        <translation>Choisissez le responsable dans la liste, ou videz le champ.</translation>
    </message>
    <message>
        <source>Choose who referred them from the list, or clear the field.</source>
        <translation>Choisissez dans la liste qui a recommandé cette personne, ou videz le champ.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Recherche de doublons…</translation>
    </message>
    <message>
        <source>Adding the candidate…</source>
        <translation>Ajout du candidat…</translation>
    </message>
</context>
<context>
    <name>lever::ui::NotesPanel</name>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Confidentielle</translation>
    </message>
    <message>
        <source>&amp;Reply to selected</source>
        <translation>&amp;Répondre à la sélection</translation>
    </message>
    <message>
        <source>Cancel reply</source>
        <translation>Annuler la réponse</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Write a note… type @ to mention someone</source>
        <translation>Écrivez une note… tapez @ pour mentionner quelqu&apos;un</translation>
    </message>
    <message>
        <source>Secret note</source>
        <translation>Note confidentielle</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sans évaluation</translation>
    </message>
    <message>
        <source>4 - Strong hire</source>
        <translation>4 - Embaucher sans hésiter</translation>
    </message>
    <message>
        <source>3 - Hire</source>
        <translation>3 - Embaucher</translation>
    </message>
    <message>
        <source>2 - No hire</source>
        <translation>2 - Ne pas embaucher</translation>
    </message>
    <message>
        <source>1 - Strong no hire</source>
        <translation>1 - Surtout ne pas embaucher</translation>
    </message>
    <message>
        <source>Reply to the selected note</source>
        <translation>Répondre à la note sélectionnée</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Ajouter la note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Replying to %1&apos;s note</source>
        <translation>Réponse à la note de %1</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>🔒 %1</source>
        <translation>🔒 %1</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Note de %1 : %2</translation>
    </message>
    <message>
        <source>secret, %1</source>
        <translation>confidentielle, %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::OfflineBanner</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try to reach Lever again</source>
        <translation>Essayer à nouveau de joindre Lever</translation>
    </message>
    <message>
        <source>Show the changes waiting to be sent</source>
        <translation>Afficher les modifications en attente d’envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline waiting to be sent to Lever.</source>
        <translation>
            <numerusform>%n modification faite hors ligne attend d’être envoyée à Lever.</numerusform>
            <numerusform>%n modifications faites hors ligne attendent d’être envoyées à Lever.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending Changes (%1)…</source>
        <translation>Modifications en attente (%1)…</translation>
    </message>
</context>
<context>
    <name>lever::ui::PendingChangesDialog</name>
    <message>
        <source>Pending Changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>These changes were made while Lever could not be reached. They are sent in this order once Lever answers again; if someone changed a candidate in Lever meanwhile, you are asked first.</source>
        <translation>Ces modifications ont été faites pendant que Lever était injoignable. Elles sont envoyées dans cet ordre dès que Lever répond à nouveau ; si quelqu’un a modifié un candidat dans Lever entre-temps, vous êtes consulté d’abord.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d’envoi</translation>
    </message>
    <message>
        <source>Cancel Change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Cancel the selected change</source>
        <translation>Annuler la modification sélectionnée</translation>
    </message>
    <message>
        <source>%1 — made %2</source>
        <translation>%1 — faite le %2</translation>
    </message>
    <message>
        <source>Nothing is waiting: every change reached Lever.</source>
        <translation>Rien n’est en attente : toutes les modifications sont arrivées dans Lever.</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingEditor</name>
    <message>
        <source>← Postings</source>
        <translation>← Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Back to the postings list</source>
        <translation>Retour à la liste des offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>État de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert to the saved version</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the posting</source>
        <translation>Enregistrer l&apos;offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Preview as candidates see it</source>
        <translation>Aperçu tel que les candidats le voient</translation>
    </message>
    <message>
        <source>Preview: as candidates will see it</source>
        <translation>Aperçu : tel que les candidats le verront</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>New posting: not in Lever until you save it.</source>
        <translation>Nouvelle offre d&apos;emploi : absente de Lever tant que vous ne l&apos;enregistrez pas.</translation>
    </message>
    <message>
        <source>A new posting you did not save (&quot;%1&quot;, %2) was kept. Restore it?</source>
        <translation>Une nouvelle offre d&apos;emploi non enregistrée (« %1 », %2) a été conservée. La restaurer ?</translation>
    </message>
    <message>
        <source>Unsaved edits to this posting from %1 were kept. Restore them?</source>
        <translation>Des modifications non enregistrées de cette offre d&apos;emploi, datant du %1, ont été conservées. Les restaurer ?</translation>
    </message>
    <message>
        <source>Restore unsaved edits</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Unsaved edits restored.</source>
        <translation>Modifications non enregistrées restaurées.</translation>
    </message>
    <message>
        <source>Could not keep a copy of your edits in %1; save soon.</source>
        <translation>Impossible de conserver une copie de vos modifications dans %1 ; enregistrez bientôt.</translation>
    </message>
    <message>
        <source>One field needs attention before saving.</source>
        <translation>Un champ doit être vérifié avant l&apos;enregistrement.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields need attention before saving.</source>
        <translation>
            <numerusform>%n champ doit être vérifié avant l&apos;enregistrement.</numerusform>
            <numerusform>%n champs doivent être vérifiés avant l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Enregistré à %1.</translation>
    </message>
    <message>
        <source>Someone else changed this posting; choose what to keep.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette offre d&apos;emploi ; choisissez ce que vous gardez.</translation>
    </message>
    <message>
        <source>Saving your choices…</source>
        <translation>Enregistrement de vos choix…</translation>
    </message>
    <message>
        <source>Not saved. Your edits are still here, now compared with the version in Lever.</source>
        <translation>Non enregistré. Vos modifications sont toujours là, désormais comparées à la version dans Lever.</translation>
    </message>
    <message>
        <source>Reverted to the saved version.</source>
        <translation>Version enregistrée rétablie.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved in Lever. Save them before closing?</source>
        <translation>« %1 » contient des modifications non enregistrées dans Lever. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Nouvelle offre d&apos;emploi</translation>
    </message>
    <message>
        <source>%1, unsaved changes</source>
        <translation>%1, modifications non enregistrées</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Application Form</source>
        <translation>Formulaire de candidature</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingFormWidget</name>
    <message>
        <source>e.g. Senior Backend Engineer</source>
        <translation>p. ex. Ingénieur backend senior</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Public job site</source>
        <translation>Site carrière public</translation>
    </message>
    <message>
        <source>Internal job site</source>
        <translation>Site carrière interne</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Hiring manager</source>
        <translation>Responsable du re&amp;crutement</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Mode de travail</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. Backend, Remote friendly</source>
        <translation>Séparées par des virgules, p. ex. Backend, Télétravail possible</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Requisitions</source>
        <translation>Demandes de recrutement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Texte de conclusion</translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick the owner from the list.</source>
        <translation>Aucun utilisateur Lever ne correspond à « %1 » ; choisissez le responsable dans la liste.</translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick the hiring manager from the list.</source>
        <translation>Aucun utilisateur Lever ne correspond à « %1 » ; choisissez le responsable du recrutement dans la liste.</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingListPanel</name>
    <message>
        <source>Search postings</source>
        <translation>Rechercher des offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Search title, team, location, tags, requisition codes…</source>
        <translation>Rechercher intitulé, équipe, lieu, étiquettes, codes de demande…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected posting</source>
        <translation>Ouvrir l&apos;offre d&apos;emploi sélectionnée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected posting</source>
        <translation>Dupliquer l&apos;offre d&apos;emploi sélectionnée</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Nouvelle offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload the postings from Lever</source>
        <translation>Recharger les offres d&apos;emploi depuis Lever</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Filter by team</source>
        <translation>Filtrer par équipe</translation>
    </message>
    <message>
        <source>Filter by department</source>
        <translation>Filtrer par département</translation>
    </message>
    <message>
        <source>Filter by location</source>
        <translation>Filtrer par lieu</translation>
    </message>
    <message>
        <source>Filter by commitment</source>
        <translation>Filtrer par type de contrat</translation>
    </message>
    <message>
        <source>Postings per state</source>
        <translation>Offres d&apos;emploi par état</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Offres d’emploi</translation>
    </message>
    <message>
        <source>Could not load the postings: %1</source>
        <translation>Impossible de charger les offres d&apos;emploi : %1</translation>
    </message>
    <message>
        <source>All states (%1)</source>
        <translation>Tous les états (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les départements</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>All commitments</source>
        <translation>Tous les types de contrat</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading postings… %1 so far</source>
        <translation>Chargement des offres d&apos;emploi… %1 pour l&apos;instant</translation>
    </message>
    <message>
        <source>Postings: %1 (%2)</source>
        <translation>Offres d&apos;emploi : %1 (%2)</translation>
    </message>
    <message>
        <source>Posting columns</source>
        <translation>Colonnes des offres</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingListsEditor</name>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Titre de la liste</translation>
    </message>
    <message>
        <source>List title, e.g. Requirements</source>
        <translation>Titre de la liste, p. ex. Prérequis</translation>
    </message>
    <message>
        <source>List items, one per line</source>
        <translation>Éléments de la liste, un par ligne</translation>
    </message>
    <message>
        <source>Add list</source>
        <translation>Ajouter une liste</translation>
    </message>
    <message>
        <source>Add a list</source>
        <translation>Ajouter une liste</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected list</source>
        <translation>Retirer la liste sélectionnée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected list up</source>
        <translation>Monter la liste sélectionnée</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected list down</source>
        <translation>Descendre la liste sélectionnée</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingPreview</name>
    <message>
        <source>Untitled posting</source>
        <translation>Offre d&apos;emploi sans titre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Rémunération</translation>
    </message>
    <message>
        <source>Apply for this job</source>
        <translation>Postuler à cette offre</translation>
    </message>
</context>
<context>
    <name>lever::ui::PostingsPage</name>
    <message>
        <source>Postings</source>
        <translation>Offres d’emploi</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>lever::ui::ReferenceDataView</name>
    <message>
        <source>Reference lists</source>
        <translation>Listes de référence</translation>
    </message>
    <message>
        <source>Archive reason type</source>
        <translation>Type de motif d’archivage</translation>
    </message>
    <message>
        <source>Hired and not hired</source>
        <translation>Embauché et non embauché</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Embauché</translation>
    </message>
    <message>
        <source>Not hired</source>
        <translation>Non embauché</translation>
    </message>
    <message>
        <source>Read Referrals</source>
        <translation>Lire les recommandations</translation>
    </message>
    <message>
        <source>Read the referrals of the referred candidates</source>
        <translation>Lire les recommandations des candidats recommandés</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>The pipeline&apos;s stages in order, as Lever lists them.</source>
        <translation>Les étapes du pipeline dans l’ordre, telles que Lever les liste.</translation>
    </message>
    <message>
        <source>Archive Reasons</source>
        <translation>Motifs d’archivage</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Every source with the number of candidates that carry it.</source>
        <translation>Chaque source avec le nombre de candidats qui la portent.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Every tag with the number of candidates that carry it.</source>
        <translation>Chaque étiquette avec le nombre de candidats qui la portent.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Lever gives referrals per candidate: they are read for the loaded candidates whose origin is &quot;referred&quot;, one request each.</source>
        <translation>Lever fournit les recommandations par candidat : elles sont lues pour les candidats chargés dont l’origine est « recommandé », une requête chacun.</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Every offer in the account. Double-click one to open its candidate.</source>
        <translation>Toutes les offres du compte. Double-cliquez sur une offre pour ouvrir son candidat.</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>Colonnes de %1</translation>
    </message>
    <message>
        <source>Open Candidate</source>
        <translation>Ouvrir le candidat</translation>
    </message>
    <message>
        <source>Open the selected row&apos;s candidate</source>
        <translation>Ouvrir le candidat de la ligne sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>Read Referrals of %n Referred Candidate(s)</source>
        <translation>
            <numerusform>Lire les recommandations de %n candidat recommandé</numerusform>
            <numerusform>Lire les recommandations de %n candidats recommandés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <source>Reading from Lever…</source>
        <translation>Lecture depuis Lever…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>This sign-in may not read this list (a permission, or scope, is missing).

Lever said: %1</source>
        <translation>Cette connexion ne peut pas lire cette liste (il manque une autorisation, ou scope).

Lever a répondu : %1</translation>
    </message>
    <message>
        <source>This list could not be read: %1</source>
        <translation>Cette liste n’a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::RequisitionsPage</name>
    <message>
        <source>Requisitions</source>
        <translation>Demandes de recrutement</translation>
    </message>
    <message>
        <source>New requisition</source>
        <translation>Nouvelle demande de recrutement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Requisition code</source>
        <translation>Code de demande</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Unlimited headcount</source>
        <translation>Effectif illimité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Statut d&apos;emploi</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Temps plein</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Temps partiel</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Temporary worker</source>
        <translation>Intérimaire</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Backfill (replaces someone who left)</source>
        <translation>Remplacement (remplace une personne partie)</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable du recrutement</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Compensation minimum</source>
        <translation>Rémunération minimale</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Compensation maximum</source>
        <translation>Rémunération maximale</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Compensation currency</source>
        <translation>Devise de la rémunération</translation>
    </message>
    <message>
        <source>Compensation interval</source>
        <translation>Période de la rémunération</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Compensation band</source>
        <translation>Fourchette de rémunération</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Notes internes</translation>
    </message>
    <message>
        <source>Linked postings</source>
        <translation>Offres d&apos;emploi liées</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Requisition status message</source>
        <translation>Message d&apos;état de la demande de recrutement</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the requisition</source>
        <translation>Supprimer la demande de recrutement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the requisition</source>
        <translation>Enregistrer la demande de recrutement</translation>
    </message>
    <message>
        <source>Requisition %1 created.</source>
        <translation>Demande de recrutement %1 créée.</translation>
    </message>
    <message>
        <source>Requisition %1 saved.</source>
        <translation>Demande de recrutement %1 enregistrée.</translation>
    </message>
    <message>
        <source>Requisition deleted.</source>
        <translation>Demande de recrutement supprimée.</translation>
    </message>
    <message>
        <source>Could not load the requisitions: %1</source>
        <translation>Impossible de charger les demandes de recrutement : %1</translation>
    </message>
    <message>
        <source>Requisition %1</source>
        <translation>Demande de recrutement %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), kept as they are: </source>
        <translation>
            <numerusform>%n champ, conservé tel quel : </numerusform>
            <numerusform>%n champs, conservés tels quels : </numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the requisition.</source>
        <translation>Saisissez un nom pour la demande de recrutement.</translation>
    </message>
    <message>
        <source>Enter a requisition code: postings link to requisitions by it.</source>
        <translation>Saisissez un code de demande : c&apos;est par ce code que les offres d&apos;emploi sont liées aux demandes de recrutement.</translation>
    </message>
    <message>
        <source>Another requisition already has the code %1.</source>
        <translation>Une autre demande de recrutement utilise déjà le code %1.</translation>
    </message>
    <message>
        <source>A requisition cannot move back to draft once it left it.</source>
        <translation>Une demande de recrutement ne peut pas revenir à l&apos;état de brouillon une fois qu&apos;elle l&apos;a quitté.</translation>
    </message>
    <message>
        <source>No Lever user matches &quot;%1&quot;; pick one from the list.</source>
        <translation>Aucun utilisateur Lever ne correspond à « %1 » ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>A compensation band needs minimum, maximum, currency and interval together, or none.</source>
        <translation>Une fourchette de rémunération nécessite à la fois minimum, maximum, devise et période, ou aucun de ces éléments.</translation>
    </message>
    <message>
        <source>The compensation minimum must be a number of 0 or more.</source>
        <translation>La rémunération minimale doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The compensation maximum must be a number of 0 or more.</source>
        <translation>La rémunération maximale doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The compensation minimum must not be greater than the maximum.</source>
        <translation>La rémunération minimale ne doit pas dépasser la rémunération maximale.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>La devise doit être un code ISO 4217 à trois lettres, comme USD ou EUR.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Delete requisition</source>
        <translation>Supprimer la demande de recrutement</translation>
    </message>
    <message>
        <source>Delete the requisition %1 (%2)? Postings linked to it lose the link.</source>
        <translation>Supprimer la demande de recrutement %1 (%2) ? Les offres d&apos;emploi qui y sont liées perdent ce lien.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Someone else changed this requisition in Lever meanwhile. Their changes are now in the form, with your edits on top: check them and save again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette demande de recrutement dans Lever entre-temps. Ses modifications figurent maintenant dans le formulaire, avec les vôtres par-dessus : vérifiez-les et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Someone else changed this requisition in Lever meanwhile. Their changes are now in the form, with your edits on top; you both changed %1 (yours is shown). Check and save again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cette demande de recrutement dans Lever entre-temps. Ses modifications figurent maintenant dans le formulaire, avec les vôtres par-dessus ; vous avez tous deux modifié : %1 (votre version est affichée). Vérifiez et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>requisition code</source>
        <translation>code de demande</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>effectif</translation>
    </message>
    <message>
        <source>unlimited headcount</source>
        <translation>effectif illimité</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>employment status</source>
        <translation>statut d&apos;emploi</translation>
    </message>
    <message>
        <source>hiring manager</source>
        <translation>responsable du recrutement</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>department</source>
        <translation>département</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>compensation band</source>
        <translation>fourchette de rémunération</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>notes internes</translation>
    </message>
    <message>
        <source>linked postings</source>
        <translation>offres d&apos;emploi liées</translation>
    </message>
    <message>
        <source>Requisition columns</source>
        <translation>Colonnes des réquisitions</translation>
    </message>
</context>
<context>
    <name>lever::ui::RichTextEdit</name>
    <message>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>S</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Strike through</source>
        <translation>Barré</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>Taille normale</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>https://… (select text, then Link)</source>
        <translation>https://… (sélectionnez du texte, puis Lien)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Make the selected text a link</source>
        <translation>Transformer le texte sélectionné en lien</translation>
    </message>
    <message>
        <source>Lever accepts only http, https and mailto links.</source>
        <translation>Lever n&apos;accepte que les liens http, https et mailto.</translation>
    </message>
</context>
<context>
    <name>lever::ui::ScheduleDialog</name>
    <message>
        <source>Schedule interviews</source>
        <translation>Planifier des entretiens</translation>
    </message>
    <message>
        <source>Schedule interviews with %1</source>
        <translation>Planifier des entretiens avec %1</translation>
    </message>
    <message>
        <source>Time zone of the panel</source>
        <translation>Fuseau horaire de la série d&apos;entretiens</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>&amp;Add interview</source>
        <translation>&amp;Ajouter un entretien</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>Ajouter un entretien</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>Save the panel</source>
        <translation>Enregistrer la série d&apos;entretiens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>⚠ The panel&apos;s time zone, %1, differs from yours, %2: times are entered on the panel&apos;s clock; each interview shows both.</source>
        <translation>⚠ Le fuseau horaire de la série d&apos;entretiens, %1, diffère du vôtre, %2 : les heures sont saisies selon le fuseau de la série ; chaque entretien affiche les deux.</translation>
    </message>
    <message>
        <source>%1 is also in interview %2 at that time.</source>
        <translation>%1 participe aussi à l&apos;entretien %2 à ce moment-là.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>Interview %1: “%2” is not a user of this account; pick one from the list.</source>
        <translation>Entretien %1 : « %2 » n&apos;est pas un utilisateur de ce compte ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Schedule in the past?</source>
        <translation>Planifier dans le passé ?</translation>
    </message>
    <message>
        <source>Interview %1 starts in the past. Schedule it anyway?</source>
        <translation>L&apos;entretien %1 commence dans le passé. Le planifier quand même ?</translation>
    </message>
    <message>
        <source>Schedule anyway</source>
        <translation>Planifier quand même</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Reschedule interviews</source>
        <translation>Replanifier les entretiens</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Loading the panel…</source>
        <translation>Chargement de la série d&apos;entretiens…</translation>
    </message>
    <message>
        <source>Reschedule interviews with %1</source>
        <translation>Replanifier les entretiens avec %1</translation>
    </message>
    <message>
        <source>This panel was scheduled in Lever itself, so only Lever can change it.</source>
        <translation>Cette série d&apos;entretiens a été planifiée directement dans Lever : seul Lever peut la modifier.</translation>
    </message>
    <message>
        <source>E&amp;xport to Calendar (.ics)…</source>
        <translation>E&amp;xporter vers le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Export the scheduled interviews to a calendar file</source>
        <translation>Exporter les entretiens planifiés dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Interviews scheduled with %1</source>
        <translation>Entretiens planifiés avec %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Fermer la boîte de dialogue</translation>
    </message>
    <message>
        <source>Saved in Lever. Add the interviews to your calendar?</source>
        <translation>Enregistré dans Lever. Ajouter les entretiens à votre agenda ?</translation>
    </message>
</context>
<context>
    <name>lever::ui::SearchCommands</name>
    <message>
        <source>Move to Stage…</source>
        <translation>Déplacer vers l’étape…</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <source>New Posting</source>
        <translation>Nouvelle offre d’emploi</translation>
    </message>
    <message>
        <source>New Requisition</source>
        <translation>Nouvelle demande de recrutement</translation>
    </message>
    <message>
        <source>Select cards on the board or open a candidate first.</source>
        <translation>Sélectionnez d’abord des cartes sur le tableau ou ouvrez un candidat.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
</context>
<context>
    <name>lever::ui::SearchPalette</name>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>Search candidates, postings, people and commands…</source>
        <translation>Rechercher candidats, offres, personnes et commandes…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
</context>
<context>
    <name>lever::ui::SelectionBar</name>
    <message>
        <source>Selected cards</source>
        <translation>Cartes sélectionnées</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Move the selected cards to a stage (Ctrl+M)</source>
        <translation>Déplacer les cartes sélectionnées vers une étape (Ctrl+M)</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiver…</translation>
    </message>
    <message>
        <source>Archive the selected cards (Delete)</source>
        <translation>Archiver les cartes sélectionnées (Delete)</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Unarchive the selected cards (Ctrl+U)</source>
        <translation>Désarchiver les cartes sélectionnées (Ctrl+U)</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Ajouter une étiquette…</translation>
    </message>
    <message>
        <source>Add a tag to the selected cards (Ctrl+T)</source>
        <translation>Ajouter une étiquette aux cartes sélectionnées (Ctrl+T)</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Retirer une étiquette…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected cards (Ctrl+Shift+T)</source>
        <translation>Retirer une étiquette des cartes sélectionnées (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Changer de responsable…</translation>
    </message>
    <message>
        <source>Change the owner of the selected cards (Ctrl+Shift+O)</source>
        <translation>Changer le responsable des cartes sélectionnées (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Clear the selection (Esc)</source>
        <translation>Effacer la sélection (Esc)</translation>
    </message>
    <message>
        <source>1 card selected</source>
        <translation>1 carte sélectionnée</translation>
    </message>
    <message>
        <source>%1 cards selected</source>
        <translation>%1 cartes sélectionnées</translation>
    </message>
</context>
<context>
    <name>lever::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Intervalle de synchronisation en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Look for changes every:</source>
        <translation>Rechercher les modifications toutes les :</translation>
    </message>
    <message>
        <source>View opened after sign-in</source>
        <translation>Vue ouverte après la connexion</translation>
    </message>
    <message>
        <source>The first view</source>
        <translation>La première vue</translation>
    </message>
    <message>
        <source>Open after sign-in:</source>
        <translation>Ouvrir après la connexion :</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark theme</source>
        <translation>Suivre le thème clair ou sombre du système</translation>
    </message>
    <message>
        <source>Follow the system theme</source>
        <translation>Suivre le thème du système</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>A new language applies the next time Lever Console starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Lever Console.</translation>
    </message>
    <message>
        <source>Days to keep local data</source>
        <translation>Jours de conservation des données locales</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Candidate pages and interviews not refreshed for this long are dropped, and local data not used for this long is loaded from Lever again.</source>
        <translation>Les pages de candidats et les entretiens non actualisés depuis cette durée sont supprimés, et les données locales non utilisées depuis cette durée sont rechargées depuis Lever.</translation>
    </message>
    <message>
        <source>Keep local data for:</source>
        <translation>Conserver les données locales :</translation>
    </message>
    <message>
        <source>No account&apos;s data is open.</source>
        <translation>Aucune donnée de compte n’est ouverte.</translation>
    </message>
    <message>
        <source>Clear Local Data…</source>
        <translation>Effacer les données locales…</translation>
    </message>
    <message>
        <source>Clear local data</source>
        <translation>Effacer les données locales</translation>
    </message>
    <message>
        <source>Clear Local Data</source>
        <translation>Effacer les données locales</translation>
    </message>
    <message>
        <source>Delete the copy of this account kept on this computer? Nothing changes in Lever; the next start loads everything from Lever again.</source>
        <translation>Supprimer la copie de ce compte conservée sur cet ordinateur ? Rien ne change dans Lever ; le prochain démarrage recharge tout depuis Lever.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Local data cleared.</source>
        <translation>Données locales effacées.</translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation>Données locales :</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>lever::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Shortcut columns</source>
        <translation>Colonnes des raccourcis</translation>
    </message>
</context>
<context>
    <name>lever::ui::ShortcutsSheet</name>
    <message>
        <source>Board shortcuts</source>
        <translation>Raccourcis du tableau</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Every drag on the board has a keyboard path.</source>
        <translation>Chaque glisser-déposer sur le tableau a son équivalent au clavier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>lever::ui::SignInDialog</name>
    <message>
        <source>Sign In to Lever</source>
        <translation>Se connecter à Lever</translation>
    </message>
    <message>
        <source>Try the Demo — no Lever account needed</source>
        <translation>Essayer la démo — aucun compte Lever requis</translation>
    </message>
    <message>
        <source>Starts the built-in sandbox with made-up candidates and signs in to it.</source>
        <translation>Démarre le bac à sable intégré avec des candidats fictifs et vous y connecte.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Lever</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Lever sandbox</source>
        <translation>Bac à sable Lever</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox)</source>
        <translation>Démo (bac à sable intégré)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Serveur personnalisé</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l&apos;API :</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. Acme recruiting</source>
        <translation>p. ex. Recrutement Acme</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (OAuth)</source>
        <translation>Se connecter avec le na&amp;vigateur (OAuth)</translation>
    </message>
    <message>
        <source>Sign in with the browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>from your Lever app registration</source>
        <translation>issu de l&apos;enregistrement de votre application Lever</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Settings › Integrations and API › API Credentials</source>
        <translation>Settings › Integrations and API › API Credentials</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API :</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>The key works. Lever does not tie a key to a person: choose who you are, so that changes are made in your name.</source>
        <translation>La clé fonctionne. Lever ne lie pas une clé à une personne : choisissez qui vous êtes, afin que les modifications soient faites en votre nom.</translation>
    </message>
    <message>
        <source>Lever users</source>
        <translation>Utilisateurs Lever</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation>Lancer la démo</translation>
    </message>
    <message>
        <source>Sign In with the Browser</source>
        <translation>Se connecter avec le navigateur</translation>
    </message>
    <message>
        <source>Check the Key</source>
        <translation>Vérifier la clé</translation>
    </message>
    <message>
        <source>Enter the API address, such as https://lever.example.com/v1.</source>
        <translation>Saisissez l’adresse de l’API, par exemple https://lever.example.com/v1.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already: choose another name.</source>
        <translation>Un compte nommé « %1 » existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé API.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Only the first 100 active users are listed.</source>
        <translation>Seuls les 100 premiers utilisateurs actifs sont affichés.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Access was declined in the browser. Sign in again and choose Allow to use Lever Console with this account.</source>
        <translation>L&apos;accès a été refusé dans le navigateur. Reconnectez-vous et choisissez « Allow » pour utiliser Lever Console avec ce compte.</translation>
    </message>
    <message>
        <source>No answer came from the browser in time. Try again.</source>
        <translation>Le navigateur n&apos;a pas répondu à temps. Réessayez.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Échec de la connexion.</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the keychain: %1</source>
        <translation>La connexion n&apos;a pas pu être enregistrée dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Not signed in: the keychain did not answer. Sign in again when it runs.</source>
        <translation>Non connecté : le trousseau n&apos;a pas répondu. Reconnectez-vous quand il fonctionnera.</translation>
    </message>
    <message>
        <source>Not signed in: the keychain did not answer.</source>
        <translation>Non connecté : le trousseau n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>lever::ui::StatusBar</name>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Ignorer l&apos;erreur</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Tâches en arrière-plan</translation>
    </message>
    <message>
        <source>Background work in progress</source>
        <translation>Tâches en arrière-plan en cours</translation>
    </message>
    <message>
        <source>Waiting for Lever…</source>
        <translation>En attente de Lever…</translation>
    </message>
    <message>
        <source>Your changes are waiting for an answer</source>
        <translation>Vos modifications attendent une réponse</translation>
    </message>
    <message>
        <source>Your last action is waiting for an answer from Lever.</source>
        <translation>Votre dernière action attend une réponse de Lever.</translation>
    </message>
    <message>
        <source>Signed-in account</source>
        <translation>Compte connecté</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>You are working on the built-in demo sandbox: nothing here reaches Lever.</source>
        <translation>Vous travaillez dans le bac à sable de démo intégré : rien de ce que vous faites n&apos;atteint Lever.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>lever::ui::TimelinePanel</name>
    <message>
        <source>Show in the timeline</source>
        <translation>Afficher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation>Colonnes de l’historique</translation>
    </message>
</context>
<context>
    <name>lever::ui::UserPicker</name>
    <message>
        <source>Type a name or e-mail</source>
        <translation>Saisissez un nom ou une adresse e-mail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>lever::ui::UsersPage</name>
    <message>
        <source>Filter by access role</source>
        <translation>Filtrer par rôle d&apos;accès</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Include deactivated</source>
        <translation>Inclure les désactivés</translation>
    </message>
    <message>
        <source>Search users by name or e-mail</source>
        <translation>Rechercher des utilisateurs par nom ou e-mail</translation>
    </message>
    <message>
        <source>Search name or e-mail</source>
        <translation>Rechercher un nom ou un e-mail</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>User columns</source>
        <translation>Colonnes des utilisateurs</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Access role</source>
        <translation>Rôle d&apos;accès</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Access &amp;role:</source>
        <translation>&amp;Rôle d&apos;accès :</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Intitulé du poste :</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save user</source>
        <translation>Enregistrer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>New User…</source>
        <translation>Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>Reactivate user</source>
        <translation>Réactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be loaded: %1</source>
        <translation>Impossible de charger les utilisateurs : %1</translation>
    </message>
    <message>
        <source>No manager</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>A user needs a name.</source>
        <translation>Un utilisateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>Enter a valid e-mail address, such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail valide, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>Change to Interviewer</source>
        <translation>Passer en intervieweur</translation>
    </message>
    <message>
        <source>%1 will become an Interviewer. Interviewers only see the candidates they interview: Lever removes every profile %1 follows, and they stop getting those updates. Giving the role back later does not restore them.</source>
        <translation>%1 deviendra intervieweur. Les intervieweurs ne voient que les candidats qu&apos;ils rencontrent : Lever retire tous les profils que %1 suit, et leurs notifications s&apos;arrêtent. Rendre le rôle plus tard ne les rétablit pas.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in to Lever. Their candidates, notes and feedback stay, and you can reactivate them later.</source>
        <translation>%1 ne pourra plus se connecter à Lever. Ses candidats, notes et évaluations restent, et vous pourrez le réactiver plus tard.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivating %1…</source>
        <translation>Désactivation de %1…</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>Réactiver %1</translation>
    </message>
    <message>
        <source>%1 will be able to sign in to Lever again, with the role %2.</source>
        <translation>%1 pourra de nouveau se connecter à Lever, avec le rôle %2.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Reactivating %1…</source>
        <translation>Réactivation de %1…</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>%1 is saved in Lever.</source>
        <translation>%1 est enregistré dans Lever.</translation>
    </message>
    <message>
        <source>Lever refused the change: %1</source>
        <translation>Lever a refusé la modification : %1</translation>
    </message>
    <message>
        <source>This account may not read Lever&apos;s users (Lever answered 403: %1). Ask a Lever super admin for credentials with the users:read:admin scope.</source>
        <translation>Ce compte ne peut pas lire les utilisateurs de Lever (Lever a répondu 403 : %1). Demandez à un super administrateur Lever des identifiants avec la portée users:read:admin.</translation>
    </message>
    <message>
        <source>This account may not change users (Lever answered 403: %1), so the write actions are hidden. Browsing still works. To add, edit or deactivate users, sign in with an API key or grant that has the users:write:admin scope (a Lever super admin can issue one).</source>
        <translation>Ce compte ne peut pas modifier les utilisateurs (Lever a répondu 403 : %1) ; les actions d&apos;écriture sont donc masquées. La consultation reste possible. Pour ajouter, modifier ou désactiver des utilisateurs, connectez-vous avec une clé d&apos;API ou une autorisation ayant la portée users:write:admin (un super administrateur Lever peut en délivrer une).</translation>
    </message>
</context>
<context>
    <name>lever::ui::WebhookTokenDialog</name>
    <message>
        <source>Webhook Signature Token</source>
        <translation>Jeton de signature du webhook</translation>
    </message>
    <message>
        <source>The webhook for %1 is created. Lever signs every event it sends there with this token: give it to the receiving service so it can check the signatures.</source>
        <translation>Le webhook pour %1 est créé. Lever signe chaque événement qu&apos;il y envoie avec ce jeton : donnez-le au service destinataire pour qu&apos;il vérifie les signatures.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy it now: it will not be shown again.&lt;/b&gt; Lever does not return it later, and the console does not keep it. If it is lost, delete the webhook and create a new one.</source>
        <translation>&lt;b&gt;Copiez-le maintenant : il ne sera plus affiché.&lt;/b&gt; Lever ne le renvoie pas plus tard et la console ne le conserve pas. S&apos;il est perdu, supprimez le webhook et créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Signature token</source>
        <translation>Jeton de signature</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy signature token</source>
        <translation>Copier le jeton de signature</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>lever::ui::WebhooksPage</name>
    <message>
        <source>Lever sends an HTTPS request to each webhook&apos;s URL when its event happens. Only webhooks created through the API are listed and can be changed here; a Lever super admin must also switch the event group on in Lever&apos;s settings.</source>
        <translation>Lever envoie une requête HTTPS à l&apos;URL de chaque webhook quand son événement se produit. Seuls les webhooks créés par l&apos;API sont listés et modifiables ici ; un super administrateur Lever doit aussi activer le groupe d&apos;événements dans les paramètres de Lever.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook columns</source>
        <translation>Colonnes des webhooks</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Only candidates whose origin is</source>
        <translation>Seulement les candidats dont l&apos;origine est</translation>
    </message>
    <message>
        <source>Origin %1</source>
        <translation>Origine %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save webhook</source>
        <translation>Enregistrer le webhook</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Test delivery</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checking a signature:&lt;/b&gt; compute HMAC-SHA256 over the request body&apos;s &lt;tt&gt;token&lt;/tt&gt; followed by its &lt;tt&gt;triggeredAt&lt;/tt&gt; (in decimal digits), keyed with the webhook&apos;s signature token; hex-encode it and compare it with &lt;tt&gt;signature&lt;/tt&gt; (in constant time). The body itself is not signed: also reject a &lt;tt&gt;token&lt;/tt&gt; seen before or an old &lt;tt&gt;triggeredAt&lt;/tt&gt;.&lt;pre&gt;hmac.new(key, (token + str(triggeredAt)).encode(), sha256).hexdigest()&lt;/pre&gt;</source>
        <translation>&lt;b&gt;Vérifier une signature :&lt;/b&gt; calculez le HMAC-SHA256 du &lt;tt&gt;token&lt;/tt&gt; du corps de la requête suivi de son &lt;tt&gt;triggeredAt&lt;/tt&gt; (en chiffres décimaux), avec le jeton de signature du webhook comme clé ; encodez-le en hexadécimal et comparez-le (en temps constant) à &lt;tt&gt;signature&lt;/tt&gt;. Le corps lui-même n&apos;est pas signé : rejetez aussi un &lt;tt&gt;token&lt;/tt&gt; déjà vu ou un &lt;tt&gt;triggeredAt&lt;/tt&gt; ancien.&lt;pre&gt;hmac.new(key, (token + str(triggeredAt)).encode(), sha256).hexdigest()&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>New Webhook…</source>
        <translation>Nouveau webhook…</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Send Test Event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Select a webhook and press Send Test Event: the sandbox sends it a signed event with empty data, as Lever&apos;s own test does.</source>
        <translation>Sélectionnez un webhook et cliquez sur « Envoyer un événement de test » : le bac à sable lui envoie un événement signé aux données vides, comme le test de Lever.</translation>
    </message>
    <message>
        <source>Loading webhooks…</source>
        <translation>Chargement des webhooks…</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhooks could not be loaded: %1</source>
        <translation>Impossible de charger les webhooks : %1</translation>
    </message>
    <message>
        <source>Sent; waiting for the receiver&apos;s answer…</source>
        <translation>Envoyé ; en attente de la réponse du destinataire…</translation>
    </message>
    <message numerus="yes">
        <source>, answered in %n ms</source>
        <translation>
            <numerusform>, réponse en %n ms</numerusform>
            <numerusform>, réponse en %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered at %1: the receiver answered HTTP %2%3.</source>
        <translation>Livré à %1 : le destinataire a répondu HTTP %2%3.</translation>
    </message>
    <message>
        <source>Not delivered (sent at %1%2): %3. Lever counts any answer other than 2xx, redirects included, as a failure.</source>
        <translation>Non livré (envoyé à %1%2) : %3. Lever considère toute réponse autre que 2xx, redirections comprises, comme un échec.</translation>
    </message>
    <message>
        <source>Leave every origin ticked to hear about all candidates.</source>
        <translation>Laissez toutes les origines cochées pour être informé de tous les candidats.</translation>
    </message>
    <message>
        <source>Lever takes no conditions for this event: every one is sent.</source>
        <translation>Lever n&apos;accepte pas de conditions pour cet événement : tous sont envoyés.</translation>
    </message>
    <message>
        <source>A webhook&apos;s event cannot change; create a new webhook instead.</source>
        <translation>L&apos;événement d&apos;un webhook ne peut pas changer ; créez plutôt un nouveau webhook.</translation>
    </message>
    <message>
        <source>Tick at least one origin, or every origin to hear about all candidates.</source>
        <translation>Cochez au moins une origine, ou toutes pour être informé de tous les candidats.</translation>
    </message>
    <message>
        <source>Creating the webhook…</source>
        <translation>Création du webhook…</translation>
    </message>
    <message>
        <source>Saving the webhook…</source>
        <translation>Enregistrement du webhook…</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Lever will stop sending %1 events to %2, including retries of failed ones. This cannot be undone: a new webhook gets a new signature token.</source>
        <translation>Lever cessera d&apos;envoyer les événements « %1 » à %2, y compris les nouvelles tentatives des envois échoués. C&apos;est irréversible : un nouveau webhook reçoit un nouveau jeton de signature.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting the webhook…</source>
        <translation>Suppression du webhook…</translation>
    </message>
    <message>
        <source>Asking the sandbox to send a test event…</source>
        <translation>Demande d&apos;envoi d&apos;un événement de test au bac à sable…</translation>
    </message>
    <message>
        <source>The webhook is deleted.</source>
        <translation>Le webhook est supprimé.</translation>
    </message>
    <message>
        <source>The webhook is saved in Lever.</source>
        <translation>Le webhook est enregistré dans Lever.</translation>
    </message>
    <message>
        <source>Lever refused the change: %1</source>
        <translation>Lever a refusé la modification : %1</translation>
    </message>
    <message>
        <source>This account may not read webhooks (Lever answered 403: %1). Ask a Lever super admin for credentials with the webhooks:read:admin scope.</source>
        <translation>Ce compte ne peut pas lire les webhooks (Lever a répondu 403 : %1). Demandez à un super administrateur Lever des identifiants avec la portée webhooks:read:admin.</translation>
    </message>
    <message>
        <source>This account may not change webhooks (Lever answered 403: %1), so the write actions are hidden. To create, edit or delete webhooks, sign in with credentials that have the webhooks:write:admin scope.</source>
        <translation>Ce compte ne peut pas modifier les webhooks (Lever a répondu 403 : %1) ; les actions d&apos;écriture sont donc masquées. Pour créer, modifier ou supprimer des webhooks, connectez-vous avec des identifiants ayant la portée webhooks:write:admin.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try “lever-console --help”.</source>
        <translation>Essayez « lever-console --help ».</translation>
    </message>
</context>
</TS>
