<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_CI">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="20"/>
        <source>À propos de %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="26"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="29"/>
        <source>Gestion d&apos;un portefeuille d&apos;assurance maladie : production, sinistres, encaissements, états et statistiques.</source>
        <translation>Health insurance portfolio management: production, claims, premium collection, statements and statistics.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="32"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="35"/>
        <source>Journal : %1</source>
        <translation>Log: %1</translation>
    </message>
</context>
<context>
    <name>AdjustmentPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="63"/>
        <source>S/P jusqu&apos;à (%) — vide : au-delà</source>
        <translation>L/R up to (%) — empty: beyond</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="64"/>
        <source>Borne comprise</source>
        <translation>Bound included</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="65"/>
        <source>Variation de la prime (%)</source>
        <translation>Premium change (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="71"/>
        <source>Ajouter une ligne</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="72"/>
        <source>Supprimer la ligne</source>
        <translation>Remove the row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="73"/>
        <source>Enregistrer le barème</source>
        <translation>Save the scale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="75"/>
        <source>Annuler les modifications</source>
        <translation>Discard the changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="78"/>
        <source>Rétablir les valeurs par défaut</source>
        <translation>Restore the defaults</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="84"/>
        <source>Au renouvellement, le rapport S/P de l&apos;année écoulée (sinistres réglés et en cours ÷ primes nettes acquises) choisit la ligne ; la prime de chaque personne, retarifée à son âge, varie du pourcentage de la ligne. Exemple : « jusqu&apos;à 75, borne comprise, 0 » puis « jusqu&apos;à 100, borne non comprise, +15 ». Les années déjà renouvelées ne changent pas.</source>
        <translation>At renewal, the loss ratio of the year that ended (claims paid and outstanding ÷ net premiums earned) picks the row; each person&apos;s premium, re-priced at their age, changes by the row&apos;s percentage. Example: « up to 75, bound included, 0 » then « up to 100, bound not included, +15 ». Years already renewed do not change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="108"/>
        <source>Lecture du barème :</source>
        <translation>The scale reads:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="199"/>
        <source>Ligne %1 : </source>
        <translation>Row %1: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="227"/>
        <source>(des cellules sont à corriger)</source>
        <translation>(some cells need correcting)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/adjustment_page.py" line="230"/>
        <source>(le barème n&apos;est pas encore cohérent)</source>
        <translation>(the scale is not consistent yet)</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="32"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="35"/>
        <source>Compagnie</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="38"/>
        <source>Référentiels</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="41"/>
        <source>Journal d&apos;audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="48"/>
        <source>Vos droits ne donnent accès à aucun écran d&apos;administration.</source>
        <translation>Your rights give access to no administration screen.</translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="22"/>
        <source>Gestionnaires</source>
        <translation>Administrators (TPA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="23"/>
        <source>Tableaux des garanties</source>
        <translation>Schedules of benefits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="24"/>
        <source>Lignes de barèmes types</source>
        <translation>Benefit template lines</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="25"/>
        <source>Barèmes types</source>
        <translation>Benefit templates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="26"/>
        <source>Actes médicaux</source>
        <translation>Care categories</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="27"/>
        <source>Compagnie</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="28"/>
        <source>Motifs d&apos;exclusion</source>
        <translation>Exclusion reasons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="29"/>
        <source>Personnes assurées</source>
        <translation>Insured persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="30"/>
        <source>Intermédiaires</source>
        <translation>Intermediaries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="31"/>
        <source>Documents émis</source>
        <translation>Issued documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="32"/>
        <source>Numérotation</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="33"/>
        <source>Photos des assurés</source>
        <translation>Photos of insured persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="34"/>
        <source>Polices</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="35"/>
        <source>Suivi des polices</source>
        <translation>Policy tracking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="36"/>
        <source>Prestataires</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="37"/>
        <source>Lignes de quittances</source>
        <translation>Premium receipt lines</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="38"/>
        <source>Quittances</source>
        <translation>Premium receipts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="39"/>
        <source>Paramètres (taxes, accessoires)</source>
        <translation>Settings (taxes, policy fees)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="40"/>
        <source>Souscripteurs</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="41"/>
        <source>Rôles des utilisateurs</source>
        <translation>User roles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="42"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="47"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="48"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="49"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="50"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="51"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="52"/>
        <source>Essais échoués</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="53"/>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="54"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="55"/>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="56"/>
        <source>Numéro d&apos;agrément</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="57"/>
        <source>Verrouillé le</source>
        <translation>Locked on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="58"/>
        <source>Doit changer son mot de passe</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="59"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="60"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="61"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="62"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="63"/>
        <source>Compte contribuable</source>
        <translation>Taxpayer account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="64"/>
        <source>Utilisateur (n°)</source>
        <translation>User (no.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="96"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="97"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AdministratorForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="21"/>
        <source>ex. : ASCOMA</source>
        <translation>e.g. ASCOMA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="23"/>
        <source>ex. : ASCOMA Côte d&apos;Ivoire</source>
        <translation>e.g. ASCOMA Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="27"/>
        <source>ex. : contact@gestionnaire.ci</source>
        <translation>e.g. contact@administrator.ci</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="31"/>
        <source>confirmations d&apos;incorporations et de retraits</source>
        <translation>confirmations of additions and removals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="35"/>
        <source>ex. : 10</source>
        <translation>e.g. 10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="38"/>
        <source>Actif (proposé sur les nouvelles polices)</source>
        <translation>Active (offered on new policies)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="40"/>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="41"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="42"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="43"/>
        <source>E-mail :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="45"/>
        <source>E-mail des mouvements :</source>
        <translation>Member changes e-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="47"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="48"/>
        <source>Taux d&apos;honoraires (%) :</source>
        <translation>Management fee rate (%):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="53"/>
        <source>Nouveau gestionnaire</source>
        <translation>New administrator (TPA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="54"/>
        <source>Gestionnaire %1</source>
        <translation>Administrator (TPA) %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="88"/>
        <source>Gestionnaire enregistré.</source>
        <translation>Administrator (TPA) saved.</translation>
    </message>
</context>
<context>
    <name>AdministratorsPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="51"/>
        <source>Nouveau gestionnaire</source>
        <translation>New administrator (TPA)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="78"/>
        <source>Impossible d&apos;ouvrir la base de données du portefeuille.</source>
        <translation>The portfolio database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="83"/>
        <source>Vérifiez que le dossier des données est accessible ou, pour une base partagée, que le serveur PostgreSQL est joignable, puis relancez le programme. Le détail est dans le journal : %1</source>
        <translation>Check that the data folder is accessible or, for a shared database, that the PostgreSQL server can be reached, then start the program again. Details are in the log: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="98"/>
        <source>Mise à jour de la base de données du portefeuille pour cette version du programme…
Cela peut prendre une minute sur un gros portefeuille. Ne fermez pas le programme.</source>
        <translation>Upgrading the portfolio database for this version of the program…
This may take a minute on a large portfolio. Do not close the program.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="129"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="134"/>
        <source>hospitalisation : jours demandés</source>
        <translation>hospitalisation: days requested</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="136"/>
        <source>vide : numérotée par le programme</source>
        <translation>empty: numbered by the program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="138"/>
        <source>Enregistrer la demande</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="143"/>
        <source>Demande d&apos;entente préalable</source>
        <translation>Prior approval request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="146"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="147"/>
        <source>Prestataire</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="148"/>
        <source>Acte ou catégorie</source>
        <translation>Act or category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="149"/>
        <source>Montant estimé (FCFA)</source>
        <translation>Estimated amount (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="150"/>
        <source>Durée du séjour (jours)</source>
        <translation>Length of stay (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="151"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="166"/>
        <source>obligatoire pour un accord partiel, un refus, une annulation</source>
        <translation>required for a partial approval, a refusal or a cancellation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="169"/>
        <source>Enregistrer la décision</source>
        <translation>Save the decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="173"/>
        <source>Décision sur la demande choisie</source>
        <translation>Decision on the chosen request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="176"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="177"/>
        <source>Montant accordé (FCFA)</source>
        <translation>Amount granted (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="178"/>
        <source>Jours accordés</source>
        <translation>Days granted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="179"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="193"/>
        <source>Seulement les demandes sans réponse depuis plus de 24 h</source>
        <translation>Only requests unanswered for more than 24 h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="234"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="243"/>
        <source>%1 demande(s), dont %2 en retard de réponse</source>
        <translation>%1 request(s), %2 of them awaiting an overdue answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="279"/>
        <source>Demande %1 enregistrée.</source>
        <translation>Request %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="292"/>
        <source>Choisissez la demande dans le registre.</source>
        <translation>Choose the request in the register.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="82"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="90"/>
        <source>Sinistres</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="98"/>
        <source>Encaissements</source>
        <translation>Premium collection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="106"/>
        <source>États et statistiques</source>
        <translation>Statements and statistics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="114"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>ArrearsPage</name>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="53"/>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="54"/>
        <source>Exporter (Excel)…</source>
        <translation>Export (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="55"/>
        <source>Générer les relances</source>
        <translation>Generate reminders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="56"/>
        <source>Échéancier…</source>
        <translation>Instalment plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="58"/>
        <source>Débiteur</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="58"/>
        <source>Total dû</source>
        <translation>Total due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="63"/>
        <source>Quittance</source>
        <translation>Premium notice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="64"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="65"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="66"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="67"/>
        <source>Prime TTC</source>
        <translation>Total premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="68"/>
        <source>Encaissé</source>
        <translation>Collected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="69"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="70"/>
        <source>Jours de retard</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="77"/>
        <source>Au</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="79"/>
        <source>par</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="112"/>
        <source>Saisissez une date valide.</source>
        <translation>Enter a valid date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="130"/>
        <source>%1 débiteur(s) — total dû %2, dont échu %3</source>
        <translation>%1 debtor(s) — total due %2, of which overdue %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="174"/>
        <source>Choisissez une quittance dans le détail.</source>
        <translation>Choose a premium notice in the detail.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="186"/>
        <source>Exporter les impayés</source>
        <translation>Export the arrears</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="201"/>
        <source>%1 quittance(s) exportée(s) dans %2</source>
        <translation>%1 premium notice(s) exported to %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="223"/>
        <source>Aucune lettre de relance n&apos;est due ce jour.</source>
        <translation>No recovery letter is due on that day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="228"/>
        <source>%1 lettre(s) de relance générée(s).</source>
        <translation>%1 recovery letter(s) generated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/arrears_page.py" line="232"/>
        <source>Lettres de relance</source>
        <translation>Recovery letters</translation>
    </message>
</context>
<context>
    <name>AssessmentList</name>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="89"/>
        <source>Personne (vide : toutes les personnes)</source>
        <translation>Person (empty: all persons)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="101"/>
        <source>%1 ligne(s) de décompte</source>
        <translation>%1 assessment line(s)</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="95"/>
        <source>La saisie des décomptes est réservée aux gestionnaires sinistres. </source>
        <translation>Entering claim assessments is reserved for claims handlers. </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="102"/>
        <source>Choisissez un dossier reçu.</source>
        <translation>Choose a file received.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="112"/>
        <source>Mode simplifié (une ligne par catégorie, avec les totaux)</source>
        <translation>Simplified mode (one line per category, with the totals)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="129"/>
        <source>Ajouter une ligne</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="130"/>
        <source>Supprimer la ligne</source>
        <translation>Delete the line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="132"/>
        <source>Faire confirmer le doublon…</source>
        <translation>Have the duplicate confirmed…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="134"/>
        <source>Enregistrer le décompte</source>
        <translation>Save the claim assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="216"/>
        <source>Choisissez un dossier reçu dans la liste.</source>
        <translation>Choose a file received from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="233"/>
        <source>Dossier %1 reçu le %2 — %3 (%4) — %5 — réclamé %6</source>
        <translation>File %1 received on %2 — %3 (%4) — %5 — claimed %6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="314"/>
        <source>Montants : corrigez d&apos;abord les cases en rouge.</source>
        <translation>Amounts: first correct the cells in red.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="319"/>
        <source>Réclamé %1 — part CMU %2 — exclu %3 — remboursé %4 — à la charge de l&apos;assuré %5</source>
        <translation>Claimed %1 — CMU share %2 — excluded %3 — reimbursed %4 — member&apos;s share %5</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="346"/>
        <source>Saisissez au moins une ligne de soins.</source>
        <translation>Enter at least one line of care.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="367"/>
        <source>Le décompte n&apos;est pas enregistré : corrigez les lignes en rouge.</source>
        <translation>The claim assessment is not saved: correct the lines in red.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_page.py" line="386"/>
        <source>Décompte du dossier %1 enregistré : remboursé %2.</source>
        <translation>Claim assessment of file %1 saved: reimbursed %2.</translation>
    </message>
</context>
<context>
    <name>AttestationDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="180"/>
        <source>Attestation d&apos;assurance</source>
        <translation>Certificate of insurance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="183"/>
        <source>Toute la police (toutes les personnes couvertes)</source>
        <translation>Whole policy (every person covered)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="191"/>
        <source>Attestation pour</source>
        <translation>Certificate for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="198"/>
        <source>Émettre l&apos;attestation</source>
        <translation>Issue the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="213"/>
        <source>l&apos;attestation</source>
        <translation>the certificate</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="35"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="35"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="35"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="54"/>
        <source>Choisissez une ligne du journal pour voir le détail.</source>
        <translation>Choose a line of the trail to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="58"/>
        <source>%1 — %2 n° %3, par %4 le %5</source>
        <translation>%1 — %2 no. %3, by %4 on %5</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="66"/>
        <source>code utilisateur</source>
        <translation>user code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="71"/>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="209"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="74"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="76"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="78"/>
        <source>Filtrer</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="80"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="83"/>
        <source>Utilisateur :</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="86"/>
        <source>Table :</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="89"/>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="181"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="243"/>
        <source>Plus de %1 entrées</source>
        <translation>More than %1 entries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="245"/>
        <source>%1 entrées</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="245"/>
        <source>%1 entrée</source>
        <translation>%1 entry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="249"/>
        <source>(%1 chargées, la suite vient en faisant défiler)</source>
        <translation>(%1 loaded, scroll for more)</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../desktop_app/ui/workers.py" line="161"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workers.py" line="176"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>BandTable</name>
    <message>
        <location filename="../../desktop_app/ui/forms/band_table.py" line="103"/>
        <source>Ajouter une tranche</source>
        <translation>Add a band</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/band_table.py" line="104"/>
        <source>Supprimer la tranche</source>
        <translation>Delete the band</translation>
    </message>
</context>
<context>
    <name>BenefitTable</name>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="27"/>
        <source>Acte médical</source>
        <translation>Care category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="28"/>
        <source>Couvert</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="29"/>
        <source>Taux (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="30"/>
        <source>Plafond par acte</source>
        <translation>Ceiling per act</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="31"/>
        <source>Plafond annuel</source>
        <translation>Annual ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="32"/>
        <source>Entente préalable</source>
        <translation>Prior approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="33"/>
        <source>Carence (jours)</source>
        <translation>Waiting period (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="56"/>
        <source>Vide : le taux de couverture de l&apos;assuré.</source>
        <translation>Empty: the insured person&apos;s coverage rate.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="58"/>
        <source>Vide : la règle générale des délais de carence ; 0 : aucun délai.</source>
        <translation>Empty: the general waiting-period rule; 0: no waiting period.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="61"/>
        <source>En FCFA ; vide : pas de plafond.</source>
        <translation>In FCFA; empty: no ceiling.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="144"/>
        <source>%1 : « %2 » n&apos;est pas un nombre entier positif.</source>
        <translation>%1: “%2” is not a positive whole number.</translation>
    </message>
</context>
<context>
    <name>BenefitsTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="35"/>
        <source>Catégorie de soins</source>
        <translation>Care category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="36"/>
        <source>Couvert</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="37"/>
        <source>Taux (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="38"/>
        <source>Plafond par acte</source>
        <translation>Ceiling per act</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="39"/>
        <source>Plafond annuel</source>
        <translation>Annual ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="40"/>
        <source>Entente préalable</source>
        <translation>Prior approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="41"/>
        <source>Carence (jours)</source>
        <translation>Waiting period (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="59"/>
        <source>Copier le modèle</source>
        <translation>Copy the template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="60"/>
        <source>Enregistrer le tableau</source>
        <translation>Save the schedule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="71"/>
        <source>Modèle :</source>
        <translation>Template:</translation>
    </message>
</context>
<context>
    <name>CardFeePage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/card_fee_page.py" line="27"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/card_fee_page.py" line="30"/>
        <source>Frais facturés hors taxes pour le duplicata d&apos;une carte perdue : une quittance « Duplicata de carte » (accessoires, taxes de la catégorie de la police). 0 : le duplicata est gratuit.</source>
        <translation>Fee billed before taxes for the duplicate of a lost card: a « Card duplicate » premium receipt (policy fees, taxes of the policy&apos;s category). 0: the duplicate is free.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/card_fee_page.py" line="37"/>
        <source>Frais de duplicata (FCFA)</source>
        <translation>Duplicate fee (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/card_fee_page.py" line="73"/>
        <source>Frais de duplicata enregistrés.</source>
        <translation>Duplicate fee saved.</translation>
    </message>
</context>
<context>
    <name>CardsTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="242"/>
        <source>Imprimer les cartes à imprimer</source>
        <translation>Print the cards waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="244"/>
        <source>Réimprimer la carte</source>
        <translation>Reprint the card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="246"/>
        <source>Duplicata (carte perdue)…</source>
        <translation>Duplicate (lost card)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="248"/>
        <source>Remise au client…</source>
        <translation>Hand over to the client…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="249"/>
        <source>Attestation…</source>
        <translation>Certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="250"/>
        <source>Cartes du nouvel exercice</source>
        <translation>New year&apos;s cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="253"/>
        <source>Après un renouvellement : une carte valable jusqu&apos;à la nouvelle échéance pour chaque personne couverte, à imprimer.</source>
        <translation>After a renewal: a card valid to the new expiry for each covered person, to print.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="263"/>
        <source>Matricule</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="264"/>
        <source>Nom et prénoms</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="265"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="266"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="267"/>
        <source>Demandée le</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="268"/>
        <source>Imprimée le</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="269"/>
        <source>Remise le</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="270"/>
        <source>Remise à</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="271"/>
        <source>Quittance</source>
        <translation>Premium receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="345"/>
        <source>{0} carte(s) à imprimer, {1} imprimée(s) non remise(s).</source>
        <translation>{0} card(s) to print, {1} printed not handed over.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="406"/>
        <source>les cartes</source>
        <translation>the cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="415"/>
        <source>Cartes d&apos;assuré</source>
        <translation>Insurance cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="417"/>
        <source>Impression des cartes…</source>
        <translation>Printing the cards…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="433"/>
        <source>{0} carte(s) valable(s) jusqu&apos;au {1}, à imprimer.</source>
        <translation>{0} card(s) valid until {1}, to print.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="446"/>
        <source>Carte d&apos;assuré</source>
        <translation>Member card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="498"/>
        <source>Attestation d&apos;assurance</source>
        <translation>Certificate of insurance</translation>
    </message>
</context>
<context>
    <name>CashDeskPage</name>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="66"/>
        <source>Journée</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="67"/>
        <source>Caissier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="68"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="69"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="70"/>
        <source>Contrôlée par</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="76"/>
        <source>Reçu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="77"/>
        <source>Payeur</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="78"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="79"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="80"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="86"/>
        <source>Clôturer la journée</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="87"/>
        <source>Contrôler la journée</source>
        <translation>Check the day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="89"/>
        <source>Bordereau de remise en banque</source>
        <translation>Bank remittance slip</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="91"/>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="96"/>
        <source>Journées de caisse</source>
        <translation>Cash days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="101"/>
        <source>Brouillard de la journée</source>
        <translation>Day book</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="159"/>
        <source>Choisissez une journée.</source>
        <translation>Choose a day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="167"/>
        <source> (impayé)</source>
        <translation> (unpaid)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="177"/>
        <source>Total : %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="184"/>
        <source>Choisissez une journée dans la liste.</source>
        <translation>Choose a day in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/cash_desk_page.py" line="215"/>
        <source>Bordereau de remise du %1</source>
        <translation>Remittance slip of %1</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="115"/>
        <source>Les 17 codes sont fixes : seuls le libellé et l&apos;état actif se modifient.</source>
        <translation>The 17 codes are fixed: only the label and the active state can be changed.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="50"/>
        <source>Reprendre le libellé d&apos;origine</source>
        <translation>Restore the original label</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="53"/>
        <source>Actif (proposé sur les dossiers et les tableaux de garanties)</source>
        <translation>Active (offered on claim files and schedules of benefits)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="61"/>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="62"/>
        <source>Libellé :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="63"/>
        <source>D&apos;origine :</source>
        <translation>Original:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="69"/>
        <source>Acte médical %1</source>
        <translation>Care category %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="71"/>
        <source>Acte médical</source>
        <translation>Care category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="96"/>
        <source>Acte médical enregistré.</source>
        <translation>Care category saved.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="28"/>
        <source>Changer de mot de passe</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="34"/>
        <source>Votre mot de passe est provisoire : choisissez-en un nouveau pour continuer.</source>
        <translation>Your password is temporary: choose a new one to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="47"/>
        <source>Au moins %1 caractères, dont une lettre et un chiffre.</source>
        <translation>At least %1 characters, including a letter and a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="53"/>
        <source>Mot de passe actuel</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="54"/>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="56"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="59"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="64"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="64"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="40"/>
        <source>Date des soins</source>
        <translation>Date of care</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="41"/>
        <source>N° prestation</source>
        <translation>Service no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="42"/>
        <source>Actes</source>
        <translation>Acts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="43"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="44"/>
        <source>Prestataire</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="45"/>
        <source>Réclamé</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="46"/>
        <source>Part CMU</source>
        <translation>CMU share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="47"/>
        <source>Exclu</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="48"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="49"/>
        <source>Entente</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="50"/>
        <source>Séjour</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="53"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="54"/>
        <source>Au taux</source>
        <translation>At rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="55"/>
        <source>Remboursé</source>
        <translation>Reimbursed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="56"/>
        <source>À charge</source>
        <translation>Member pays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="57"/>
        <source>Plafond atteint</source>
        <translation>Cap reached</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="109"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="111"/>
        <source>du dossier</source>
        <translation>of the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_lines_model.py" line="171"/>
        <source>Ligne %1 : </source>
        <translation>Line %1: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/common.py" line="30"/>
        <source>Les informations médicales (actes, affection, ententes) ne sont affichées qu&apos;aux utilisateurs autorisés à les consulter.</source>
        <translation>Medical details (care, condition, approvals) are shown only to users allowed to see them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="87"/>
        <source>En retard (plus de 24 h)</source>
        <translation>Overdue (over 24 h)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="107"/>
        <source>Saisissez un nombre de jours entier.</source>
        <translation>Type a whole number of days.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="52"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="54"/>
        <source>Retiré de l&apos;ordre</source>
        <translation>Withdrawn from the order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="56"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="80"/>
        <source>Contre-passation : %1</source>
        <translation>Reversal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="82"/>
        <source>Contre-passé</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/person_picker.py" line="23"/>
        <source>police en préparation</source>
        <translation>policy in preparation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/person_picker.py" line="25"/>
        <source>%1 — %2 — police %3 (%4)</source>
        <translation>%1 — %2 — policy %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ClaimsArea</name>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="32"/>
        <source>Vos droits ne permettent pas de consulter les sinistres.</source>
        <translation>Your rights do not allow viewing claims.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="42"/>
        <source>Saisie décompte</source>
        <translation>Assessment entry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="43"/>
        <source>Liste décompte</source>
        <translation>Assessment list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="49"/>
        <source>Réception / Dossiers reçus</source>
        <translation>Receipt / Files received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="50"/>
        <source>Décompte</source>
        <translation>Claim assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="51"/>
        <source>Ordonnancement</source>
        <translation>Payment orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="52"/>
        <source>Règlement</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="53"/>
        <source>Ententes préalables</source>
        <translation>Prior approvals</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/claims_area.py" line="54"/>
        <source>Suivi et relances</source>
        <translation>Follow-up and reminders</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/collection_page.py" line="39"/>
        <source>Part de la prime à encaisser avant la garantie</source>
        <translation>Share of the premium to collect before cover</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/collection_page.py" line="46"/>
        <source>%1 (%2 jours)</source>
        <translation>%1 (%2 days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/collection_page.py" line="50"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/collection_page.py" line="56"/>
        <source>Article 13 du code CIMA : la garantie ne prend effet qu&apos;une fois la prime encaissée (100 % ; 35 % dans la pratique décrite par l&apos;étude, le reste par échéancier).</source>
        <translation>CIMA code article 13: cover starts only once the premium is collected (100 %; 35 % in the practice the study describes, the rest by instalments).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/collection_page.py" line="92"/>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="34"/>
        <source>Date/heure</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="38"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="39"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="41"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="45"/>
        <source>Enregistrement</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="19"/>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="20"/>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="21"/>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="19"/>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="46"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="20"/>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="23"/>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="23"/>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="47"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="22"/>
        <source>E-mail des mouvements</source>
        <translation>Member changes e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="27"/>
        <source>Honoraires</source>
        <translation>Management fee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="49"/>
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="33"/>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="25"/>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="26"/>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="31"/>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="36"/>
        <location filename="../../desktop_app/ui/admin/templates_page.py" line="20"/>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="52"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="58"/>
        <source>Verrouillé</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="65"/>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="22"/>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="23"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="21"/>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="25"/>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="20"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="25"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="27"/>
        <source>Secteur</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="29"/>
        <source>Conventionné</source>
        <translation>In network</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="34"/>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="21"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/templates_page.py" line="18"/>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="74"/>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="72"/>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="62"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="76"/>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="29"/>
        <source>Demandée le</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="80"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="81"/>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="38"/>
        <source>Prestataire</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="82"/>
        <source>Acte</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="83"/>
        <source>Estimé</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="85"/>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="44"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="93"/>
        <source>Accordé</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="94"/>
        <source>Décidée le</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="95"/>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="26"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/approvals_page.py" line="96"/>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="42"/>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="38"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="33"/>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="45"/>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="69"/>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="34"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="35"/>
        <source>Date des soins</source>
        <translation>Date of care</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="36"/>
        <source>N° prestation</source>
        <translation>Service no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="37"/>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="35"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="39"/>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="47"/>
        <source>Réclamé</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="40"/>
        <source>Part CMU</source>
        <translation>CMU share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="41"/>
        <source>Exclu</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="43"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="44"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="45"/>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="48"/>
        <source>Remboursé</source>
        <translation>Reimbursed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="46"/>
        <source>À charge</source>
        <translation>Member&apos;s share</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/assessment_list.py" line="48"/>
        <source>Plafond atteint</source>
        <translation>Ceiling reached</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/due_actions_list.py" line="25"/>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="58"/>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="41"/>
        <source>N° dossier</source>
        <translation>File no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/due_actions_list.py" line="26"/>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="59"/>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="43"/>
        <source>Personne soignée</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/due_actions_list.py" line="27"/>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="31"/>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="49"/>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="30"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/due_actions_list.py" line="28"/>
        <source>Action prévue le</source>
        <translation>Action due on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/due_actions_list.py" line="30"/>
        <source>Retard (jours)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="60"/>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="47"/>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="70"/>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="46"/>
        <source>Bénéficiaire</source>
        <translation>Payee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="61"/>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="42"/>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="62"/>
        <source>À payer</source>
        <translation>Payable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="28"/>
        <source>N° ordre</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="29"/>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="54"/>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="37"/>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="39"/>
        <source>Signé le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="36"/>
        <source>Décomptes</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="35"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="46"/>
        <source>Assuré</source>
        <translation>Insured</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="48"/>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="75"/>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="58"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="50"/>
        <source>Réglé</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="60"/>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="67"/>
        <source>Réglé le</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="68"/>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="71"/>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="56"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="73"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="78"/>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="64"/>
        <source>Observation</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="44"/>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="36"/>
        <source>Matricule</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="45"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="51"/>
        <source>Prochaine action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="25"/>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="27"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="28"/>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="38"/>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="40"/>
        <source>Échéance</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="30"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="32"/>
        <source>Imprimée le</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="35"/>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="30"/>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="38"/>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="46"/>
        <source>N° de police</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="37"/>
        <source>Nom et prénoms</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="33"/>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="39"/>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="47"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="34"/>
        <source>N° gestionnaire</source>
        <translation>TPA no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="36"/>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="49"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="37"/>
        <source>Effet</source>
        <translation>Effective</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="39"/>
        <source>Assurés principaux</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="40"/>
        <source>Personnes</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="41"/>
        <source>Intermédiaire</source>
        <translation>Intermediary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="19"/>
        <source>Nom ou raison sociale</source>
        <translation>Name or company name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="22"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="24"/>
        <source>Polices</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="53"/>
        <source>Reçu</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="55"/>
        <source>Payeur</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="60"/>
        <source>Imputé</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="61"/>
        <source>Crédit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="63"/>
        <source>Caissier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="37"/>
        <source>Point de contact</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="41"/>
        <source>Liste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="42"/>
        <source>Fait le</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="47"/>
        <source>Confirmation écrite</source>
        <translation>Written confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="45"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="48"/>
        <source>Avenant demandé</source>
        <translation>Endorsement requested</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="51"/>
        <source>Retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="55"/>
        <source>Courrier du</source>
        <translation>Letter of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="57"/>
        <source>Transmise le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="61"/>
        <source>Confirmée le</source>
        <translation>Confirmed on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="64"/>
        <source>Nouveau matricule</source>
        <translation>New matricule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="66"/>
        <source>Avenant</source>
        <translation>Endorsement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="70"/>
        <source>Observations</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="33"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="49"/>
        <source>ex. : +225 27 20 00 00 00</source>
        <translation>e.g. +225 27 20 00 00 00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="51"/>
        <source>ex. : contact@assureur.ci</source>
        <translation>e.g. contact@insurer.ci</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="59"/>
        <source>Choisir un logo…</source>
        <translation>Choose a logo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="60"/>
        <source>Retirer le logo</source>
        <translation>Remove the logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="73"/>
        <source>Raison sociale :</source>
        <translation>Company name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="74"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="75"/>
        <source>Ville :</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="76"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="77"/>
        <source>E-mail :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="79"/>
        <source>Numéro d&apos;agrément :</source>
        <translation>Licence number:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="83"/>
        <source>Compte contribuable :</source>
        <translation>Taxpayer account:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="85"/>
        <source>Logo :</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="87"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="88"/>
        <source>Annuler les modifications</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="159"/>
        <source>Paramètres de la compagnie enregistrés.</source>
        <translation>Company settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="182"/>
        <source>Aucun logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="194"/>
        <source>Impossible de lire le fichier « %1 ».</source>
        <translation>The file “%1” cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="199"/>
        <source>Le logo est trop lourd (2 Mo au plus).</source>
        <translation>The logo is too large (2 MB at most).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="205"/>
        <source>« %1 » n&apos;est pas une image lisible (PNG ou JPEG).</source>
        <translation>“%1” is not a readable image (PNG or JPEG).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="216"/>
        <source>Choisir le logo de la compagnie</source>
        <translation>Choose the company logo</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/forms/fields.py" line="43"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="52"/>
        <source>Remise des cartes au client</source>
        <translation>Handing the cards over to the client</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="57"/>
        <source>L&apos;assuré, le service RH du souscripteur…</source>
        <translation>The insured, the subscriber&apos;s HR department…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="62"/>
        <source>{0} carte(s) remise(s)</source>
        <translation>{0} card(s) handed over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="64"/>
        <source>Remise le</source>
        <translation>Handed over on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="66"/>
        <source>Remise à</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="74"/>
        <source>Enregistrer la remise</source>
        <translation>Save the hand-over</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="39"/>
        <source>Cartes (imprimante à cartes)</source>
        <translation>Cards (card printer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="42"/>
        <source>Cartes (planches A4 de 10)</source>
        <translation>Cards (A4 sheets of 10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="45"/>
        <source>Contrat (4 exemplaires)</source>
        <translation>Contract (4 copies)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="47"/>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="164"/>
        <source>Quittance</source>
        <translation>Premium receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="54"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="55"/>
        <source>Personne / quittance</source>
        <translation>Person / premium receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="56"/>
        <source>Émis le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="57"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="76"/>
        <source>Documents émis (une réimpression reproduit le document d&apos;origine) :</source>
        <translation>Issued documents (a reprint reproduces the original document):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="147"/>
        <source>Conditions particulières</source>
        <translation>Schedule (particular conditions)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="177"/>
        <source>Attestation d&apos;assurance</source>
        <translation>Certificate of insurance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="187"/>
        <source>les cartes</source>
        <translation>the cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="190"/>
        <source>Cartes d&apos;assuré</source>
        <translation>Insurance cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="208"/>
        <source>Cartes</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="230"/>
        <source>Impression des cartes…</source>
        <translation>Printing the cards…</translation>
    </message>
</context>
<context>
    <name>DueActionsList</name>
    <message>
        <location filename="../../desktop_app/ui/claims/due_actions_list.py" line="54"/>
        <source>Actions à faire</source>
        <translation>Actions to do</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/due_actions_list.py" line="73"/>
        <source>%1 dossier(s) à relancer ou à traiter</source>
        <translation>%1 file(s) to chase up or to handle</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop_app/ui/claims/duplicate_dialog.py" line="27"/>
        <source>Confirmer un doublon</source>
        <translation>Confirm a duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/duplicate_dialog.py" line="33"/>
        <source>Ligne(s) %1 : les mêmes soins figurent déjà dans un autre décompte. Un utilisateur autorisé confirme qu&apos;il s&apos;agit de soins réels.</source>
        <translation>Line(s) %1: the same care already appears in another claim assessment. An authorised user confirms that it is real care.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/duplicate_dialog.py" line="44"/>
        <source>inutile si c&apos;est vous</source>
        <translation>not needed if it is you</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/duplicate_dialog.py" line="47"/>
        <source>Code de l&apos;utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/duplicate_dialog.py" line="48"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/duplicate_dialog.py" line="52"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/duplicate_dialog.py" line="53"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="111"/>
        <source>Duplicata de carte</source>
        <translation>Card duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="114"/>
        <source>Carte perdue</source>
        <translation>Card lost</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="118"/>
        <source>La carte en cours de {0} sera annulée et remplacée par un duplicata. Frais de duplicata : {1} hors taxes, facturés par une quittance.</source>
        <translation>The current card of {0} will be cancelled and replaced by a duplicate. Duplicate fee: {1} before taxes, billed by a premium receipt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="125"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="133"/>
        <source>Émettre le duplicata</source>
        <translation>Issue the duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="156"/>
        <source>Duplicata émis, quittance {0} : {1}</source>
        <translation>Duplicate issued, premium receipt {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/cards_tab.py" line="161"/>
        <source>Duplicata émis, sans frais.</source>
        <translation>Duplicate issued, free of charge.</translation>
    </message>
</context>
<context>
    <name>EndorsementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="112"/>
        <source>Avenant à la police %1</source>
        <translation>Endorsement to policy %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="129"/>
        <source>Ristourne des jours non couverts</source>
        <translation>Refund of the days not covered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="134"/>
        <source>Nature de l&apos;avenant :</source>
        <translation>Kind of endorsement:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="151"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="152"/>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="153"/>
        <source>Né(e) le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="156"/>
        <source>Sexe</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="163"/>
        <source>Lien</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="168"/>
        <source>Assuré principal</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="169"/>
        <source>Entrée le</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="170"/>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="208"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="171"/>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="209"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="172"/>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="210"/>
        <source>Plafond annuel</source>
        <translation>Annual ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="175"/>
        <source>Prime (vide : tarif)</source>
        <translation>Premium (blank: tariff)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="180"/>
        <source>Ajouter une entrée</source>
        <translation>Add an entry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="189"/>
        <source>Pour un ayant droit : son assuré principal sur la police, ou « ligne N » pour une personne de ce tableau. Vide pour un assuré principal.</source>
        <translation>For a dependent: their member on the policy, or “ligne N” for a person of this table. Blank for a member.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="196"/>
        <source>Personne qui sort (tapez le nom ou le matricule)</source>
        <translation>Person leaving (type the name or the ID number)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="198"/>
        <source>Premier jour non couvert</source>
        <translation>First day not covered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="200"/>
        <source>Ajouter une sortie</source>
        <translation>Add an exit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="206"/>
        <source>Personne (tapez le nom ou le matricule)</source>
        <translation>Person (type the name or the ID number)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="207"/>
        <source>À compter du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="213"/>
        <source>Prime annuelle (vide : le tarif)</source>
        <translation>Annual premium (blank: the tariff)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="218"/>
        <source>Ajouter une modification</source>
        <translation>Add a change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="232"/>
        <source>Entrées</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="233"/>
        <source>Sorties</source>
        <translation>Exits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="234"/>
        <source>Modifications de garanties</source>
        <translation>Changes of guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="247"/>
        <source>Importer un fichier Excel…</source>
        <translation>Import an Excel file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="251"/>
        <source>Une liste au modèle de l&apos;import des assurés ; un ayant droit y désigne son assuré principal par son matricule.</source>
        <translation>A list in the member import&apos;s template; a dependent names their member by ID number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="262"/>
        <source>Motif de la résiliation</source>
        <translation>Reason for the cancellation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="264"/>
        <source>Chercher une personne…</source>
        <translation>Search for a person…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="273"/>
        <source>Date et personnes</source>
        <translation>Date and persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="276"/>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="404"/>
        <source>À compter du :</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="279"/>
        <source>Motif :</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="283"/>
        <source>Personnes concernées (aucune cochée : toute la police) :</source>
        <translation>Persons concerned (none ticked: the whole policy):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="292"/>
        <source>Demande</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="296"/>
        <source>Lettre du souscripteur :</source>
        <translation>Subscriber&apos;s letter:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="297"/>
        <source>Reçue le :</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="298"/>
        <source>Envoyée au gestionnaire le :</source>
        <translation>Sent to the administrator on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="299"/>
        <source>Confirmée par le gestionnaire le :</source>
        <translation>Confirmed by the administrator on:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="308"/>
        <source>Observations :</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="315"/>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="316"/>
        <source>Mouvement</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="317"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="318"/>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="319"/>
        <source>Jours</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="320"/>
        <source>Prime annuelle avant</source>
        <translation>Annual premium before</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="321"/>
        <source>après</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="322"/>
        <source>Prorata</source>
        <translation>Prorated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="338"/>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="797"/>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="820"/>
        <source>Valider l&apos;avenant</source>
        <translation>Validate the endorsement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="341"/>
        <source>Imprimer l&apos;avenant</source>
        <translation>Print the endorsement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="343"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="404"/>
        <source>Résiliée à compter du :</source>
        <translation>Cancelled from:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="592"/>
        <source>Liste des personnes qui entrent</source>
        <translation>List of the persons entering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="594"/>
        <source>Classeurs Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="619"/>
        <source>Le fichier n&apos;est pas repris, corrigez-le :</source>
        <translation>The file is not taken, correct it:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="622"/>
        <source>
… et %1 autre(s).</source>
        <translation>
… and %1 more.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="654"/>
        <source>%1 personne(s) reprise(s) du fichier.</source>
        <translation>%1 person(s) taken from the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="679"/>
        <source>Saisissez les mouvements de l&apos;avenant.</source>
        <translation>Type the endorsement&apos;s movements.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="718"/>
        <source>Ligne %1 : </source>
        <translation>Row %1: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="734"/>
        <source>%1 refus : corrigez les cases en rouge.</source>
        <translation>%1 refusal(s): correct the cells in red.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="743"/>
        <source>Avenant n° %1 (numéro provisoire)</source>
        <translation>Endorsement no. %1 (provisional number)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="754"/>
        <source>Quittance : prime nette %1 + accessoires %2 + taxes %3 = prime TTC %4 · commission %5 · honoraires de gestion %6</source>
        <translation>Premium receipt: net premium %1 + policy fee %2 + taxes %3 = total premium %4 · commission %5 · management fee %6</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="766"/>
        <source>Aucun refus : l&apos;avenant peut être validé.</source>
        <translation>No refusal: the endorsement can be validated.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="799"/>
        <source>Valider l&apos;avenant (%1, %2 mouvement(s), quittance de %3) ? Un avenant validé ne se modifie plus.</source>
        <translation>Validate the endorsement (%1, %2 movement(s), premium receipt of %3)? A validated endorsement cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="829"/>
        <source>Avenant n° %1 validé</source>
        <translation>Endorsement no. %1 validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="831"/>
        <source> — quittance %1 de %2</source>
        <translation> — premium receipt %1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="838"/>
        <source>Avenant validé</source>
        <translation>Endorsement validated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="838"/>
        <source>. Ouvrir l&apos;avenant pour l&apos;imprimer ?</source>
        <translation>. Open the endorsement to print it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_dialog.py" line="850"/>
        <source>Avenant n° %1</source>
        <translation>Endorsement no. %1</translation>
    </message>
</context>
<context>
    <name>EndorsementsTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="44"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="45"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="46"/>
        <source>Date d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="47"/>
        <source>Émis le</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="48"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="49"/>
        <source>Quittance</source>
        <translation>Premium receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="50"/>
        <source>Montant TTC</source>
        <translation>Total amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="58"/>
        <source>Réimprimer</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="62"/>
        <source>Avenants de la police (une réimpression reproduit l&apos;original) :</source>
        <translation>The policy&apos;s endorsements (a reprint reproduces the original):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/endorsements_tab.py" line="120"/>
        <source>Avenant n° %1</source>
        <translation>Endorsement no. %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="31"/>
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="35"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="37"/>
        <source>Une erreur inattendue s&apos;est produite. L&apos;action en cours n&apos;a peut-être pas été terminée ; vos données enregistrées ne sont pas touchées.</source>
        <translation>An unexpected error occurred. The current action may not have been completed; your saved data is not affected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="43"/>
        <source>Vous pouvez continuer à travailler. Si l&apos;erreur se répète, signalez-la à votre administrateur</source>
        <translation>You can go on working. If the error happens again, report it to your administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="49"/>
        <source>en joignant le journal : %1</source>
        <translation>with the log attached: %1</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop_app/ui/claims/event_dialog.py" line="35"/>
        <source>Dossier %1 : suivi</source>
        <translation>File %1: follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/event_dialog.py" line="51"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/event_dialog.py" line="52"/>
        <source>Canal (réclamation)</source>
        <translation>Channel (complaint)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/event_dialog.py" line="53"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/event_dialog.py" line="54"/>
        <source>Prochaine action le</source>
        <translation>Next action on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/event_dialog.py" line="62"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/event_dialog.py" line="63"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ExclusionForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="37"/>
        <source>ex. : SANS_ORDO</source>
        <translation>e.g. SANS_ORDO</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="40"/>
        <source>12 caractères au plus ; le code ne change plus une fois créé.</source>
        <translation>12 characters at most; the code cannot change once created.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="43"/>
        <source>Actif (proposé sur les décomptes)</source>
        <translation>Active (offered on claim assessments)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="44"/>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="45"/>
        <source>Libellé :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="50"/>
        <source>Motif %1</source>
        <translation>Reason %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="52"/>
        <source>Nouveau motif d&apos;exclusion</source>
        <translation>New exclusion reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="71"/>
        <source>Le code « %1 » existe déjà.</source>
        <translation>The code “%1” already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="76"/>
        <source>Motif d&apos;exclusion enregistré.</source>
        <translation>Exclusion reason saved.</translation>
    </message>
</context>
<context>
    <name>ExclusionsPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="90"/>
        <source>Nouveau motif</source>
        <translation>New reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="94"/>
        <source>Charger la liste par défaut</source>
        <translation>Load the default list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="97"/>
        <source>Ajoute les motifs des conditions générales qui manquent ; ceux qui existent ne changent pas.</source>
        <translation>Adds the missing reasons from the general conditions; existing ones do not change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="121"/>
        <source>%1 motif(s) ajouté(s).</source>
        <translation>%1 reason(s) added.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="123"/>
        <source>La liste par défaut est déjà complète.</source>
        <translation>The default list is already complete.</translation>
    </message>
</context>
<context>
    <name>Finance</name>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="46"/>
        <source>Impayé : %1</source>
        <translation>Unpaid: %1</translation>
    </message>
</context>
<context>
    <name>FinanceArea</name>
    <message>
        <location filename="../../desktop_app/ui/finance/finance_area.py" line="27"/>
        <source>Vos droits ne permettent pas de consulter les encaissements.</source>
        <translation>Your rights do not allow you to view premium collection.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/finance_area.py" line="38"/>
        <source>Encaisser</source>
        <translation>Collect</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/finance_area.py" line="39"/>
        <source>Encaissements reçus</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/finance_area.py" line="40"/>
        <source>Caisse</source>
        <translation>Cash desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/finance_area.py" line="41"/>
        <source>Impayés et relances</source>
        <translation>Arrears and reminders</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="121"/>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="164"/>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="184"/>
        <source>Portefeuille de démonstration</source>
        <translation>Demonstration portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="122"/>
        <source>Charger un portefeuille de démonstration ?

Quelques centaines de personnes assurées fictives, avec leurs polices, quittances et sinistres, pour découvrir le programme. À éviter sur la base réelle de l&apos;agence.</source>
        <translation>Load a demonstration portfolio?

A few hundred fictitious insured persons, with their policies, premium receipts and claims, to discover the program. Not for the office&apos;s real database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="153"/>
        <source>Chargement du portefeuille de démonstration…</source>
        <translation>Loading the demonstration portfolio…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="165"/>
        <source>Le portefeuille de démonstration n&apos;a pas pu être chargé :</source>
        <translation>The demonstration portfolio could not be loaded:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="177"/>
        <source>Utilisateurs de démonstration (code / mot de passe) :</source>
        <translation>Demonstration users (code / password):</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="39"/>
        <source>Premier démarrage — %1</source>
        <translation>First start — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="44"/>
        <source>Bienvenue. Aucun utilisateur n&apos;existe encore : créez le compte de l&apos;administrateur, qui pourra ensuite créer les comptes des agents.</source>
        <translation>Welcome. No user exists yet: create the administrator&apos;s account, who can then create the clerks&apos; accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="59"/>
        <source>Au moins %1 caractères, dont une lettre et un chiffre.</source>
        <translation>At least %1 characters, including a letter and a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="66"/>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="67"/>
        <source>Code utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="68"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="70"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="74"/>
        <source>Créer l&apos;administrateur</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="78"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FollowUpDelaysDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/follow_up_delays_dialog.py" line="32"/>
        <source>Délais de suivi des demandes</source>
        <translation>Requests log deadlines</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/follow_up_delays_dialog.py" line="37"/>
        <source> jours ouvrés</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/follow_up_delays_dialog.py" line="39"/>
        <source>un jour férié par ligne : JJ/MM/AAAA</source>
        <translation>one holiday a line: DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/follow_up_delays_dialog.py" line="45"/>
        <source>Transmission au gestionnaire sous</source>
        <translation>Send to the administrator within</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/follow_up_delays_dialog.py" line="49"/>
        <source>Confirmation du gestionnaire sous</source>
        <translation>Administrator&apos;s confirmation within</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/follow_up_delays_dialog.py" line="52"/>
        <source>Jours fériés</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/follow_up_delays_dialog.py" line="56"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/follow_up_delays_dialog.py" line="57"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="38"/>
        <source>Import de la liste des assurés</source>
        <translation>Import the list of insured persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="46"/>
        <source>Ligne</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="46"/>
        <source>Colonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="46"/>
        <source>Problème</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="50"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="52"/>
        <source>Enregistrer le modèle Excel…</source>
        <translation>Save the Excel template…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="54"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="80"/>
        <source>{0} assuré(s) principal(aux) et {1} ayant(s) droit importés.</source>
        <translation>{0} member(s) and {1} dependent(s) imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="87"/>
        <source>Fichier correct : {0} assuré(s) principal(aux) et {1} ayant(s) droit prêts à être importés.</source>
        <translation>File correct: {0} member(s) and {1} dependent(s) ready to be imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="94"/>
        <source>{0} problème(s) : corrigez le fichier puis recommencez. Rien n&apos;a été enregistré.</source>
        <translation>{0} problem(s): correct the file and try again. Nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="129"/>
        <source>Modèle de liste des assurés</source>
        <translation>Template for the list of insured persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="131"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>InstalmentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/finance/instalment_dialog.py" line="38"/>
        <source>Échéancier de la quittance %1</source>
        <translation>Instalment plan of notice %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/instalment_dialog.py" line="40"/>
        <source>Échéance (JJ/MM/AAAA)</source>
        <translation>Due date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/instalment_dialog.py" line="40"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/instalment_dialog.py" line="42"/>
        <source>Ajouter une échéance</source>
        <translation>Add an instalment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/instalment_dialog.py" line="43"/>
        <source>Retirer la dernière</source>
        <translation>Remove the last one</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/instalment_dialog.py" line="55"/>
        <source>Prime TTC : %1</source>
        <translation>Total premium: %1</translation>
    </message>
</context>
<context>
    <name>IntermediariesPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="49"/>
        <source>Nouvel intermédiaire</source>
        <translation>New intermediary</translation>
    </message>
</context>
<context>
    <name>IntermediaryForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="22"/>
        <source>ex. : AG001</source>
        <translation>e.g. AG001</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="26"/>
        <source>ex. : +225 07 00 00 00 00</source>
        <translation>e.g. +225 07 00 00 00 00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="29"/>
        <source>ex. : agence@courtier.ci</source>
        <translation>e.g. agency@broker.ci</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="33"/>
        <source>ex. : 15</source>
        <translation>e.g. 15</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="36"/>
        <source>Actif (proposé sur les nouvelles polices)</source>
        <translation>Active (offered on new policies)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="38"/>
        <source>Code :</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="39"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="40"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="41"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="42"/>
        <source>E-mail :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="43"/>
        <source>Adresse :</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="44"/>
        <source>Taux de commission (%) :</source>
        <translation>Commission rate (%):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="49"/>
        <source>Nouvel intermédiaire</source>
        <translation>New intermediary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="50"/>
        <source>Intermédiaire %1</source>
        <translation>Intermediary %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="84"/>
        <source>Intermédiaire enregistré.</source>
        <translation>Intermediary saved.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="35"/>
        <source>Connexion — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="38"/>
        <source>Saisissez votre code utilisateur et votre mot de passe.</source>
        <translation>Enter your user code and your password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="52"/>
        <source>Code utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="53"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="57"/>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="62"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="72"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="54"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="55"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="62"/>
        <source>Rechercher une personne</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="69"/>
        <source>Changer de mot de passe…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="73"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="75"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77"/>
        <source>À propos…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="136"/>
        <source>Aucune zone de travail</source>
        <translation>No work area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>Vos rôles ne donnent accès à aucune zone : adressez-vous à l&apos;administrateur.</source>
        <translation>Your roles give access to no area: ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171"/>
        <source>Non connecté</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175"/>
        <source>Connecté : %1 — %2 (%3)</source>
        <translation>Signed in: %1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="238"/>
        <source>Cette zone n&apos;a pas pu s&apos;ouvrir à cause d&apos;une erreur inattendue. Le détail est dans le journal du programme.</source>
        <translation>This area could not open because of an unexpected error. Details are in the program&apos;s log.</translation>
    </message>
</context>
<context>
    <name>MovementTable</name>
    <message>
        <location filename="../../desktop_app/ui/production/endorsement_tables.py" line="126"/>
        <source>Supprimer la ligne</source>
        <translation>Remove the row</translation>
    </message>
</context>
<context>
    <name>OrderingPage</name>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="80"/>
        <source>Tout cocher</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="84"/>
        <source>Créer l&apos;ordre de paiement</source>
        <translation>Create the payment order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="91"/>
        <source>Date de l&apos;ordre</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="104"/>
        <source>Décomptes validés à ordonnancer</source>
        <translation>Approved claim assessments to order for payment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="130"/>
        <source>Imprimer l&apos;ordre de paiement</source>
        <translation>Print the payment order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="132"/>
        <source>Annuler l&apos;ordre…</source>
        <translation>Cancel the order…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="97"/>
        <source>L&apos;ordre est ensuite signé par un signataire qui n&apos;a validé aucun de ses décomptes.</source>
        <translation>The order is then signed by a signatory who validated none of its claim assessments.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="118"/>
        <source>Tous les ordres</source>
        <translation>All orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="121"/>
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="125"/>
        <source>Relire les listes : les ordres créés ou signés sur un autre poste apparaissent.</source>
        <translation>Read the lists again: orders created or signed at another workstation appear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="128"/>
        <source>Signer l&apos;ordre…</source>
        <translation>Sign the order…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="138"/>
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="188"/>
        <source>%1 décompte(s) coché(s) — %2</source>
        <translation>%1 claim assessment(s) ticked — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="216"/>
        <source>Ordre de paiement %1 créé : %2.</source>
        <translation>Payment order %1 created: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="228"/>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="247"/>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="262"/>
        <source>Choisissez un ordre de paiement dans la liste.</source>
        <translation>Choose a payment order from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="233"/>
        <source>L&apos;ordre %1 est à l&apos;état « %2 » : seul un ordre à signer se signe.</source>
        <translation>Order %1 is “%2”: only an order awaiting signature can be signed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="251"/>
        <source>Ordre de paiement %1</source>
        <translation>Payment order %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="266"/>
        <source>Annuler l&apos;ordre %1</source>
        <translation>Cancel order %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="267"/>
        <source>Motif de l&apos;annulation :</source>
        <translation>Reason for the cancellation:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/ordering_page.py" line="287"/>
        <source>Ordre %1 signé par %2 : il peut être réglé.</source>
        <translation>Order %1 signed by %2: it can be paid.</translation>
    </message>
</context>
<context>
    <name>OrdersList</name>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="95"/>
        <source>Décomptes de l&apos;ordre choisi</source>
        <translation>Claim assessments of the chosen order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/orders_list.py" line="128"/>
        <source>%1 ordre(s) de paiement</source>
        <translation>%1 payment order(s)</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="64"/>
        <source>nom à rechercher</source>
        <translation>name to search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="69"/>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="81"/>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="205"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="77"/>
        <source>À l&apos;ordre de l&apos;assureur</source>
        <translation>Made out to the insurer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="91"/>
        <source>Payeur</source>
        <translation>Payer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="93"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="94"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="95"/>
        <source>Montant (FCFA)</source>
        <translation>Amount (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="96"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="97"/>
        <source>Banque</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="98"/>
        <source>N° du chèque</source>
        <translation>Cheque no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="99"/>
        <source>Tireur</source>
        <translation>Drawer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="101"/>
        <source>Échéance de la traite</source>
        <translation>Bill due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="102"/>
        <source>Opérateur</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="103"/>
        <source>N° de transaction</source>
        <translation>Transaction no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="113"/>
        <source>Enregistrer l&apos;encaissement</source>
        <translation>Record the payment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="114"/>
        <source>Imprimer le reçu</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="134"/>
        <source>Quittance</source>
        <translation>Premium notice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="135"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="136"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="137"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="138"/>
        <source>Prime TTC</source>
        <translation>Total premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="139"/>
        <source>Reste dû</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="140"/>
        <source>Imputé</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="146"/>
        <source>Proposer l&apos;imputation</source>
        <translation>Propose the allocation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="147"/>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="396"/>
        <source>Relevé de compte</source>
        <translation>Account statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="149"/>
        <source>Relevé (Excel)…</source>
        <translation>Statement (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="157"/>
        <source>Quittances dues du payeur (la plus ancienne d&apos;abord)</source>
        <translation>Payer&apos;s notices due (oldest first)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="298"/>
        <source>Imputé : %1 — reste en crédit au compte du payeur : %2</source>
        <translation>Allocated: %1 — left as credit on the payer&apos;s account: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="346"/>
        <source>Reçu %1 enregistré : %2 imputé, %3 en crédit.</source>
        <translation>Receipt %1 recorded: %2 allocated, %3 as credit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="365"/>
        <source>Reçu d&apos;encaissement %1</source>
        <translation>Payment receipt %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="376"/>
        <source>Choisissez d&apos;abord le payeur.</source>
        <translation>Choose the payer first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="387"/>
        <source>Relevé de compte — %1</source>
        <translation>Account statement — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payment_form.py" line="413"/>
        <source>Relevé enregistré dans %1</source>
        <translation>Statement saved to %1</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="101"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="105"/>
        <source>n° du chèque ou du virement</source>
        <translation>cheque or transfer no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="111"/>
        <source>Régler</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="120"/>
        <source>Date de règlement</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="121"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="122"/>
        <source>Mode de règlement</source>
        <translation>Payment mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="123"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="132"/>
        <source>Ordres de paiement signés, à régler</source>
        <translation>Signed payment orders, to pay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="107"/>
        <source>Chaque décompte est réglé au bénéficiaire que nomme l&apos;ordre signé.</source>
        <translation>Each assessment is paid to the payee named by the signed order.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="112"/>
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="150"/>
        <source>Contre-passer le règlement…</source>
        <translation>Reverse the payment…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="152"/>
        <source>Imprimer le décompte</source>
        <translation>Print the claim assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="158"/>
        <source>Décomptes réglés</source>
        <translation>Claim assessments paid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="204"/>
        <source>%1 règlement(s) et contre-passation(s)</source>
        <translation>%1 payment(s) and reversal(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="214"/>
        <source>Décade de la date de règlement</source>
        <translation>Ten-day period of the payment date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="243"/>
        <source>Choisissez l&apos;ordre de paiement à régler.</source>
        <translation>Choose the payment order to pay.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="261"/>
        <source>Ordre %1 réglé : %2 décompte(s), %3.</source>
        <translation>Order %1 paid: %2 claim assessment(s), %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="274"/>
        <source>Choisissez un règlement dans la liste.</source>
        <translation>Choose a payment from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="278"/>
        <source>Décompte du dossier %1</source>
        <translation>Claim assessment of file %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="290"/>
        <source>Choisissez le règlement à contre-passer dans la liste.</source>
        <translation>Choose the payment to reverse in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="295"/>
        <source>Contre-passer le règlement du dossier %1</source>
        <translation>Reverse the payment of file %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/payment_page.py" line="297"/>
        <source>Motif de la contre-passation (le règlement n&apos;est jamais supprimé ; le dossier quitte son ordre : un nouvel ordre, signé, le réglera) :</source>
        <translation>Reason for the reversal (the payment is never deleted; the file leaves its order: a new, signed order will pay it):</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="83"/>
        <source>Imprimer le reçu</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="84"/>
        <source>Imputer le crédit</source>
        <translation>Allocate the credit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="86"/>
        <source>Contre-passer (impayé)…</source>
        <translation>Reverse (unpaid)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="88"/>
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="115"/>
        <source>%1 encaissement(s)</source>
        <translation>%1 payment(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="124"/>
        <source>Choisissez un encaissement dans la liste.</source>
        <translation>Choose a payment in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="133"/>
        <source>Reçu d&apos;encaissement %1</source>
        <translation>Payment receipt %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="156"/>
        <source>Crédit du reçu %1 imputé : %2 ; reste %3.</source>
        <translation>Credit of receipt %1 allocated: %2; %3 left.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="169"/>
        <source>Contre-passer l&apos;encaissement %1</source>
        <translation>Reverse payment %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/finance/payments_page.py" line="171"/>
        <source>Motif de l&apos;impayé (chèque rejeté, virement retourné…). L&apos;encaissement n&apos;est jamais supprimé ; les quittances redeviennent dues :</source>
        <translation>Reason for the unpaid item (cheque rejected, transfer returned…). The payment is never deleted; the notices become due again:</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="53"/>
        <source>{0} page(s)</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="55"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="56"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="57"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="101"/>
        <source>Enregistrer le document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="101"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PendingCardsPage</name>
    <message>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="49"/>
        <source>À imprimer ou à remettre</source>
        <translation>To print or to hand over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="50"/>
        <source>À imprimer</source>
        <translation>To print</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="51"/>
        <source>Imprimées, non remises</source>
        <translation>Printed, not handed over</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="52"/>
        <source>Ouvrir la police</source>
        <translation>Open the policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/pending_cards_page.py" line="80"/>
        <source>{0} carte(s)</source>
        <translation>{0} card(s)</translation>
    </message>
</context>
<context>
    <name>PeriodClosingBox</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_closing.py" line="38"/>
        <source>Clôture des règlements de sinistres</source>
        <translation>Closing of claim payments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_closing.py" line="44"/>
        <source>Clôturer…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_closing.py" line="48"/>
        <source>Clore jusqu&apos;au</source>
        <translation>Close through</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_closing.py" line="64"/>
        <source>Règlements et contre-passations ne peuvent plus être datés jusqu&apos;au %1 inclus.</source>
        <translation>Payments and reversals can no longer be dated up to and including %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_closing.py" line="68"/>
        <source>Aucune période n&apos;est close : un règlement peut être daté de tout jour passé.</source>
        <translation>No period is closed: a payment may be dated any past day.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_closing.py" line="89"/>
        <source>Clôturer les règlements</source>
        <translation>Close claim payments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_closing.py" line="91"/>
        <source>Plus aucun règlement ni contre-passation ne pourra être daté jusqu&apos;au %1 inclus, et une clôture ne recule pas. Clôturer ?</source>
        <translation>No payment or reversal will be datable up to and including %1 any more, and a closing never moves back. Close?</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="28"/>
        <source>Décade</source>
        <translation>Ten-day period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="29"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="30"/>
        <source>Trimestre</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="31"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="49"/>
        <source>Dates libres</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="53"/>
        <source>La période choisie est celle qui contient cette date.</source>
        <translation>The period chosen is the one containing this date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="57"/>
        <source>Période précédente</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="60"/>
        <source>Période suivante</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="73"/>
        <source>contenant le</source>
        <translation>containing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="80"/>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="83"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="179"/>
        <source>%1 — 1 jour</source>
        <translation>%1 — 1 day</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="179"/>
        <source>%1 — %2 jours</source>
        <translation>%1 — %2 days</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="58"/>
        <source>Ayant droit</source>
        <translation>Dependent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="58"/>
        <source>Assuré principal</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="69"/>
        <source>vide : attribué par le programme</source>
        <translation>empty: assigned by the program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="81"/>
        <source>vide : prime du tarif</source>
        <translation>empty: tariff premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="88"/>
        <source>uniquement pour déroger aux limites d&apos;âge</source>
        <translation>only to override the age limits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="97"/>
        <source>Choisir une photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="110"/>
        <source>Nom</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="111"/>
        <source>Prénoms</source>
        <translation>First names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="112"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="113"/>
        <source>Lieu de naissance</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="114"/>
        <source>Sexe</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="115"/>
        <source>Lien de parenté</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="116"/>
        <source>Matricule</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="117"/>
        <source>N° CMU</source>
        <translation>CMU number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="118"/>
        <source>Date d&apos;entrée</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="119"/>
        <source>Taux de couverture</source>
        <translation>Coverage rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="120"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="121"/>
        <source>Plafond annuel (FCFA)</source>
        <translation>Annual ceiling (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="124"/>
        <source>Prime annuelle saisie (FCFA)</source>
        <translation>Annual premium entered (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="130"/>
        <source>Surprime médicale (%)</source>
        <translation>Medical surcharge (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="136"/>
        <source>Motif de la surprime</source>
        <translation>Reason for the surcharge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="140"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="143"/>
        <source>Dérogation d&apos;âge (motif)</source>
        <translation>Age limit override (reason)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="156"/>
        <source>Prime du tarif</source>
        <translation>Tariff premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="162"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="164"/>
        <source>Garanties</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="174"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="175"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="225"/>
        <source>Secret médical : laisser vide pour garder ce qui est enregistré</source>
        <translation>Medical secret: leave blank to keep what is recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="340"/>
        <source>Pas de photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="344"/>
        <source>Photo de l&apos;assuré</source>
        <translation>Photo of the insured person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="344"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PersonHistoryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="50"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="60"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="61"/>
        <source>Au (exclu)</source>
        <translation>To (excluded)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="62"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="63"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="64"/>
        <source>Plafond annuel</source>
        <translation>Annual ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="65"/>
        <source>Prime annuelle</source>
        <translation>Annual premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="66"/>
        <source>Avenant</source>
        <translation>Endorsement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="90"/>
        <source>, sorti(e) le %1 (premier jour non couvert)</source>
        <translation>, left on %1 (first day not covered)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="97"/>
        <source>Entré(e) le %1</source>
        <translation>Entered on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="108"/>
        <source>émission</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="116"/>
        <source>Aucune suspension.</source>
        <translation>No suspension.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="120"/>
        <source>toute la police</source>
        <translation>the whole policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="120"/>
        <source>la personne</source>
        <translation>the person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="122"/>
        <source>remise en vigueur le %1 (avenant n° %2)</source>
        <translation>back in force on %1 (endorsement no. %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="126"/>
        <source>toujours suspendue</source>
        <translation>still suspended</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_history_panel.py" line="129"/>
        <source>Suspension de %1 du %2 (avenant n° %3), %4</source>
        <translation>Suspension of %1 from %2 (endorsement no. %3), %4</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop_app/ui/claims/person_picker.py" line="64"/>
        <source>Matricule, nom ou n° de police…</source>
        <translation>Member number, name or policy no.…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/person_picker.py" line="70"/>
        <location filename="../../desktop_app/ui/claims/person_picker.py" line="97"/>
        <location filename="../../desktop_app/ui/claims/person_picker.py" line="145"/>
        <source>Aucune personne choisie</source>
        <translation>No person chosen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/person_picker.py" line="120"/>
        <source>Aucune personne ne correspond à « %1 ».</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
</context>
<context>
    <name>PersonSummaryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="40"/>
        <source>Fiche de %1</source>
        <translation>Record of %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="51"/>
        <source>Matricule</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="52"/>
        <source>Nom et prénoms</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="55"/>
        <source>%1 à %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="56"/>
        <source>Né(e) le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="57"/>
        <source>Sexe</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="58"/>
        <source>Lien de parenté</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="59"/>
        <source>N° CMU</source>
        <translation>CMU number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="60"/>
        <source>Entrée le</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="62"/>
        <source>Sortie le</source>
        <translation>Exit date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="63"/>
        <source>État de la garantie</source>
        <translation>Cover state</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="67"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="67"/>
        <source>en préparation</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="69"/>
        <source>N° gestionnaire</source>
        <translation>TPA number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="70"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="72"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="74"/>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="79"/>
        <source>Gestionnaire</source>
        <translation>Administrator (TPA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="81"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="83"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="87"/>
        <source>Taux de couverture</source>
        <translation>Coverage rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="93"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="95"/>
        <source>Plafond annuel</source>
        <translation>Annual ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="98"/>
        <source>Prime nette annuelle</source>
        <translation>Annual net premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="102"/>
        <source>Surprime</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="104"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="107"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="108"/>
        <source>Police et souscripteur</source>
        <translation>Policy and subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="109"/>
        <source>Garanties</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="131"/>
        <source>Assuré principal</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="131"/>
        <source>Ayants droit</source>
        <translation>Dependents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="133"/>
        <source>né(e) le %1</source>
        <translation>born on %1</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="34"/>
        <source>Matricule</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="35"/>
        <source>Nom et prénoms</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="36"/>
        <source>Lien</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="37"/>
        <source>Naissance</source>
        <translation>Birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="38"/>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="39"/>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="40"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="41"/>
        <source>Taux</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="42"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="43"/>
        <source>Plafond annuel</source>
        <translation>Annual ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="44"/>
        <source>Prime annuelle</source>
        <translation>Annual premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="45"/>
        <source>Prime du tarif</source>
        <translation>Tariff premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="60"/>
        <source>Ajouter un assuré principal</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="61"/>
        <source>Ajouter un ayant droit</source>
        <translation>Add a dependent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="62"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="63"/>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="212"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="65"/>
        <source>Importer une liste Excel…</source>
        <translation>Import an Excel list…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="139"/>
        <source>Prime saisie différente de la prime du tarif</source>
        <translation>Premium entered differs from the tariff premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="153"/>
        <source>{0} assuré(s) principal(aux), {1} personne(s) — primes annuelles : {2}</source>
        <translation>{0} member(s), {1} person(s) — annual premiums: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="213"/>
        <source>Retirer cette personne (et ses ayants droit) du brouillon ?</source>
        <translation>Remove this person (and their dependents) from the draft?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="228"/>
        <source>Liste des assurés</source>
        <translation>List of insured persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="228"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/placeholder_page.py" line="22"/>
        <source>Cette zone arrive avec la prochaine version.
La recherche d&apos;une personne assurée (Ctrl+F) fonctionne déjà depuis tous les écrans.</source>
        <translation>This area comes with the next version.
Finding an insured person (Ctrl+F) already works from every screen.</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="31"/>
        <source>Brouillon</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="53"/>
        <source>N° de police, n° gestionnaire ou souscripteur…</source>
        <translation>Policy no., TPA no. or subscriber…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="55"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="58"/>
        <source>Nouvelle police</source>
        <translation>New policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="62"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="64"/>
        <source>Renouvellement annuel…</source>
        <translation>Yearly renewal…</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="65"/>
        <source>Contrat et gestion</source>
        <translation>Contract and management</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="66"/>
        <source>Tableau des garanties</source>
        <translation>Schedule of benefits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="67"/>
        <source>Assurés</source>
        <translation>Insured persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="68"/>
        <source>Prime et quittances</source>
        <translation>Premium and receipts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="69"/>
        <source>Suivi</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="70"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="71"/>
        <source>Avenants</source>
        <translation>Endorsements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="72"/>
        <source>Cartes</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="73"/>
        <source>Demandes et renouvellement</source>
        <translation>Requests and renewal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="74"/>
        <source>← Retour à la liste</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="75"/>
        <source>Enregistrer le brouillon</source>
        <translation>Save the draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="76"/>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="224"/>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="243"/>
        <source>Émettre la police</source>
        <translation>Issue the policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="78"/>
        <source>Renouveler…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="80"/>
        <source>Avenant…</source>
        <translation>Endorsement…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="168"/>
        <source>Nouvelle police</source>
        <translation>New policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="169"/>
        <source>Renseignez le contrat puis enregistrez le brouillon.</source>
        <translation>Fill in the contract, then save the draft.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="173"/>
        <source>Police {0} — {1}</source>
        <translation>Policy {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="176"/>
        <source>Police en préparation — {0}</source>
        <translation>Draft policy — {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="178"/>
        <source>{0} · {1} · {2} assuré(s) principal(aux), {3} personne(s)</source>
        <translation>{0} · {1} · {2} member(s), {3} person(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="232"/>
        <source>Police {0} émise, quittance {1} : {2}</source>
        <translation>Policy {0} issued, premium receipt {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="245"/>
        <source>Émettre la police ? Elle recevra son numéro et sa quittance, et ne se modifiera plus que par avenant.</source>
        <translation>Issue the policy? It will get its number and its premium receipt, and can then only be changed by endorsement.</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="46"/>
        <source>Avec tacite reconduction</source>
        <translation>With tacit renewal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="54"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="58"/>
        <source>taux de l&apos;intermédiaire</source>
        <translation>intermediary&apos;s rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="60"/>
        <source>taux du gestionnaire</source>
        <translation>TPA&apos;s rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="64"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="65"/>
        <source>Intermédiaire</source>
        <translation>Intermediary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="66"/>
        <source>Date d&apos;effet</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="67"/>
        <source>Échéance</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="68"/>
        <source>Reconduction</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="69"/>
        <source>Conditions de règlement</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="70"/>
        <source>Coassurance</source>
        <translation>Co-insurance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="73"/>
        <source>Part de coassurance (%)</source>
        <translation>Co-insurance share (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="78"/>
        <source>Préavis de résiliation</source>
        <translation>Cancellation notice</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="81"/>
        <source>Gestionnaire</source>
        <translation>Administrator (TPA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="84"/>
        <source>N° de police du gestionnaire</source>
        <translation>TPA&apos;s policy number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="89"/>
        <source>Taux de commission (%)</source>
        <translation>Commission rate (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="93"/>
        <source>Honoraires de gestion (%)</source>
        <translation>Management fee (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="98"/>
        <source>Système de gestion</source>
        <translation>Management system</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="100"/>
        <source>Réseau de soins</source>
        <translation>Care network</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="103"/>
        <source>Plafond annuel par personne (FCFA)</source>
        <translation>Annual ceiling per person (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="107"/>
        <source>Contrat</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="109"/>
        <source>Gestion</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="129"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="133"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
</context>
<context>
    <name>PremiumTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="39"/>
        <source>Quittance prévue à l&apos;émission (affaire nouvelle)</source>
        <translation>Premium receipt due at issue (new business)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="49"/>
        <source>Ajoutez des assurés pour calculer la prime.</source>
        <translation>Add insured persons to work out the premium.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="55"/>
        <source>Prime nette</source>
        <translation>Net premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="55"/>
        <source>Accessoires</source>
        <translation>Policy fees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="55"/>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="56"/>
        <source>Prime TTC</source>
        <translation>Total premium (incl. taxes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="56"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="57"/>
        <source>Honoraires de gestion</source>
        <translation>Management fee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="70"/>
        <source>Quittances émises</source>
        <translation>Premium receipts issued</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="78"/>
        <source>prime nette</source>
        <translation>net premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="78"/>
        <source>accessoires</source>
        <translation>policy fees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="78"/>
        <source>taxes</source>
        <translation>taxes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="79"/>
        <source>prime TTC</source>
        <translation>total premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="87"/>
        <source>encaissé</source>
        <translation>collected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="87"/>
        <source>reste dû</source>
        <translation>balance due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="104"/>
        <source>Aucune quittance.</source>
        <translation>No premium receipt.</translation>
    </message>
</context>
<context>
    <name>PrintGuard</name>
    <message>
        <location filename="../../desktop_app/ui/production/print_guard.py" line="20"/>
        <source>La prime exigée avant la prise d&apos;effet de la garantie n&apos;est pas encaissée (art. 13 du code CIMA : {0} %, soit {1} ; encaissé : {2}).</source>
        <translation>The premium required before cover starts is not collected (CIMA code art. 13: {0} %, i.e. {1}; collected: {2}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/print_guard.py" line="25"/>
        <source>Imprimer {0} avant l&apos;encaissement demande un droit que vous n&apos;avez pas.</source>
        <translation>Printing {0} before collection needs a right you do not have.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/print_guard.py" line="28"/>
        <source>Impression avant encaissement</source>
        <translation>Printing before collection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/print_guard.py" line="29"/>
        <source>Motif de l&apos;impression de {0} :</source>
        <translation>Reason for printing {0}:</translation>
    </message>
</context>
<context>
    <name>ProductionArea</name>
    <message>
        <location filename="../../desktop_app/ui/production/production_area.py" line="27"/>
        <source>Polices</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/production_area.py" line="28"/>
        <source>Souscripteurs</source>
        <translation>Subscribers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/production_area.py" line="30"/>
        <source>Cartes en attente</source>
        <translation>Cards waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/production_area.py" line="31"/>
        <source>Suivi des demandes</source>
        <translation>Requests log</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/production_area.py" line="32"/>
        <source>Calendrier des renouvellements</source>
        <translation>Renewal calendar</translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="22"/>
        <source>ex. : Polyclinique Sainte-Anne-Marie</source>
        <translation>e.g. Polyclinique Sainte-Anne-Marie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="26"/>
        <source>Privé</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="27"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="29"/>
        <source>Conventionné (dans le réseau de soins)</source>
        <translation>In network (part of the care network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="31"/>
        <source>ex. : Abidjan</source>
        <translation>e.g. Abidjan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="33"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="34"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="35"/>
        <source>Type :</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="36"/>
        <source>Secteur :</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="38"/>
        <source>Ville :</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="39"/>
        <source>Téléphone :</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="44"/>
        <source>Nouveau prestataire</source>
        <translation>New provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="45"/>
        <source>Prestataire %1</source>
        <translation>Provider %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="75"/>
        <source>Prestataire enregistré.</source>
        <translation>Provider saved.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="53"/>
        <source>Nouveau prestataire</source>
        <translation>New provider</translation>
    </message>
</context>
<context>
    <name>ReceivedList</name>
    <message>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="72"/>
        <source>Matricule ou nom…</source>
        <translation>Member number or name…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="74"/>
        <source>N° de dossier…</source>
        <translation>File no.…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="76"/>
        <source>Tous les états</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/received_list.py" line="120"/>
        <source>%1 dossier(s)</source>
        <translation>%1 file(s)</translation>
    </message>
</context>
<context>
    <name>ReceptionForm</name>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="55"/>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="111"/>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="146"/>
        <source>Nouveau dossier</source>
        <translation>New file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="62"/>
        <source>Gestionnaire de la police</source>
        <translation>Policy&apos;s administrator (TPA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="63"/>
        <source>— aucun —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="64"/>
        <source>— choisir —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="67"/>
        <source>Système de gestion de la police</source>
        <translation>Policy&apos;s management system</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="69"/>
        <source>Tiers payant (le prestataire est réglé)</source>
        <translation>Direct billing (the provider is paid)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="72"/>
        <source>Classique (l&apos;assuré est remboursé)</source>
        <translation>Reimbursement (the insured is reimbursed)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="75"/>
        <source>vide : l&apos;assuré principal</source>
        <translation>empty: the member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="78"/>
        <source>EP-2026-000001 ou référence du gestionnaire</source>
        <translation>EP-2026-000001 or the TPA&apos;s reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="90"/>
        <source>Personne soignée</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="91"/>
        <source>Date de réception</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="92"/>
        <source>Gestionnaire</source>
        <translation>Administrator (TPA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="93"/>
        <source>Prestataire</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="94"/>
        <source>Nature de l&apos;affection</source>
        <translation>Nature of the illness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="95"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="96"/>
        <source>Bénéficiaire (classique)</source>
        <translation>Payee (reimbursement)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="97"/>
        <source>Montant réclamé (FCFA)</source>
        <translation>Amount claimed (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="98"/>
        <source>Référence d&apos;entente</source>
        <translation>Prior approval reference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="99"/>
        <source>Prochaine action le</source>
        <translation>Next action on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="100"/>
        <source>Observations</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="104"/>
        <source>Pièces reçues</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="109"/>
        <source>Enregistrer le dossier</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_form.py" line="200"/>
        <source>Dossier n° %1 enregistré</source>
        <translation>File no. %1 saved</translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_page.py" line="41"/>
        <source>Classer sans règlement…</source>
        <translation>Close without payment…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_page.py" line="42"/>
        <source>Rouvrir le dossier…</source>
        <translation>Reopen the file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_page.py" line="100"/>
        <source>Choisissez un dossier dans la liste.</source>
        <translation>Choose a file from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_page.py" line="117"/>
        <source>Classer le dossier %1</source>
        <translation>Close file %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_page.py" line="118"/>
        <source>Pourquoi ce dossier est-il classé sans règlement ?</source>
        <translation>Why is this file closed without payment?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_page.py" line="126"/>
        <source>Rouvrir le dossier %1</source>
        <translation>Reopen file %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/reception_page.py" line="127"/>
        <source>Pourquoi rouvrir ce dossier ?</source>
        <translation>Why reopen this file?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/record_page.py" line="67"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/record_page.py" line="70"/>
        <source>Annuler les modifications</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/record_page.py" line="113"/>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ReferenceArea</name>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="40"/>
        <source>Intermédiaires</source>
        <translation>Intermediaries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="41"/>
        <source>Gestionnaires</source>
        <translation>Administrators (TPA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="42"/>
        <source>Prestataires</source>
        <translation>Providers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="43"/>
        <source>Actes médicaux</source>
        <translation>Care categories</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="44"/>
        <source>Motifs d&apos;exclusion</source>
        <translation>Exclusion reasons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="45"/>
        <source>Tarif</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="46"/>
        <source>Ajustement S/P</source>
        <translation>Loss-ratio adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="47"/>
        <source>Modèles de garanties</source>
        <translation>Benefit templates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="48"/>
        <source>Cartes</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="49"/>
        <source>Encaissements</source>
        <translation>Premium collection</translation>
    </message>
</context>
<context>
    <name>RenewalBatchDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="52"/>
        <source>Renouvellement annuel des polices</source>
        <translation>Yearly renewal of the policies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="56"/>
        <source>Simuler</source>
        <translation>Simulate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="58"/>
        <source>Calcule tout et produit le rapport, sans rien renouveler.</source>
        <translation>Computes everything and produces the report, renewing nothing.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="61"/>
        <source>Renouveler les polices à échéance</source>
        <translation>Renew the policies due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="64"/>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="67"/>
        <source>%v / %m polices</source>
        <translation>%v / %m policies</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="78"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="79"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="80"/>
        <source>Personnes</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="81"/>
        <source>S/P</source>
        <translation>L/R</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="82"/>
        <source>Ajustement</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="83"/>
        <source>Prime TTC / motif</source>
        <translation>Total premium / reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="94"/>
        <source>Enregistrer le rapport Excel…</source>
        <translation>Save the Excel report…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="97"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="100"/>
        <source>Renouveler pour l&apos;année :</source>
        <translation>Renew for the year:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="114"/>
        <source>Sont renouvelées les polices en vigueur dont l&apos;année finit le 31 décembre précédent. Les polices sans tacite reconduction ou suspendues sont laissées au gestionnaire (bouton « Renouveler… » de la police). Chaque police est renouvelée entièrement ou pas du tout, même si vous arrêtez.</source>
        <translation>Policies in force whose year ends on the previous 31 December are renewed. Policies without tacit renewal or suspended are left to the clerk (the policy&apos;s « Renew… » button). Each policy is renewed whole or not at all, even if you stop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="142"/>
        <source>Renouvellement annuel</source>
        <translation>Yearly renewal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="144"/>
        <source>Renouveler pour %1 toutes les polices à échéance du 31/12/%2 ? Chaque renouvellement émet sa quittance et ne s&apos;annule pas. (« Simuler » montre d&apos;abord ce qui serait fait.)</source>
        <translation>Renew for %1 every policy expiring on 31/12/%2? Each renewal issues its quittance and cannot be undone. (« Simulate » first shows what would be done.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="178"/>
        <source>Simulation en cours…</source>
        <translation>Simulating…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="178"/>
        <source>Renouvellement en cours…</source>
        <translation>Renewing…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="204"/>
        <source>Arrêt demandé : la police en cours se termine…</source>
        <translation>Stop requested: the policy in progress is being finished…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="257"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="257"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_batch_dialog.py" line="271"/>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>RenewalCalendarPage</name>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="58"/>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="59"/>
        <source>120 prochains jours</source>
        <translation>Next 120 days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="60"/>
        <source>À faire seulement</source>
        <translation>To do only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="63"/>
        <source>N° de police ou souscripteur…</source>
        <translation>Policy no. or subscriber…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_calendar_page.py" line="110"/>
        <source>du {0} au {1}</source>
        <translation>from {0} to {1}</translation>
    </message>
</context>
<context>
    <name>RenewalDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="65"/>
        <source>Renouveler la police %1</source>
        <translation>Renew policy %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="79"/>
        <source>Sinistralité de l&apos;année écoulée (clause d&apos;ajustement)</source>
        <translation>Loss experience of the year that ended (adjustment clause)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="81"/>
        <source>Sinistres réglés :</source>
        <translation>Claims paid:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="82"/>
        <source>Sinistres en cours :</source>
        <translation>Claims outstanding:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="83"/>
        <source>Primes nettes acquises (P) :</source>
        <translation>Net premiums earned (P):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="84"/>
        <source>S/P :</source>
        <translation>L/R:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="85"/>
        <source>Ligne du barème :</source>
        <translation>Row of the scale:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="86"/>
        <source>Ajustement appliqué :</source>
        <translation>Adjustment applied:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="90"/>
        <source>Appliquer un autre ajustement que le barème</source>
        <translation>Apply another adjustment than the scale&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="93"/>
        <source>ex. +5 ou -10</source>
        <translation>e.g. +5 or -10</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="96"/>
        <source>Motif (obligatoire)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="106"/>
        <source>Réservé aux utilisateurs autorisés à modifier l&apos;ajustement.</source>
        <translation>Reserved for users allowed to change the adjustment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="116"/>
        <source>Matricule</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="117"/>
        <source>Nom et prénoms</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="118"/>
        <source>Prime annuelle actuelle</source>
        <translation>Current annual premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="119"/>
        <source>Tarif à l&apos;âge d&apos;avant → au 1er janvier</source>
        <translation>Tariff at last year&apos;s age → on 1 January</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="120"/>
        <source>Prime annuelle nouvelle</source>
        <translation>New annual premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="134"/>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="294"/>
        <source>Renouveler</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="136"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="152"/>
        <source>Personnes reconduites :</source>
        <translation>Persons carried over:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="215"/>
        <source>Renouvellement %1 — du 01/01/%1 au 31/12/%1</source>
        <translation>Renewal %1 — from 01/01/%1 to 31/12/%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="222"/>
        <source>%1 (S = %2)</source>
        <translation>%1 (S = %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="229"/>
        <source> (barème : %1)</source>
        <translation> (scale: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="249"/>
        <source>Sortent (limite d&apos;âge), absents du renouvellement : </source>
        <translation>Leaving (age limit), absent from the renewal: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="257"/>
        <source>Aucune sortie pour limite d&apos;âge.</source>
        <translation>Nobody leaves for the age limit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="265"/>
        <source>Quittance %1 : prime nette %2 + accessoires %3 + taxes %4 = prime TTC %5 (commission %6, honoraires de gestion %7). Primes annuelles : %8 → %9.</source>
        <translation>Quittance %1: net premium %2 + policy fee %3 + taxes %4 = total premium %5 (commission %6, management fee %7). Annual premiums: %8 → %9.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="296"/>
        <source>Renouveler la police pour %1 : %2 personne(s), quittance de %3 ? Le renouvellement ne s&apos;annule pas.</source>
        <translation>Renew the policy for %1: %2 person(s), quittance of %3? The renewal cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="324"/>
        <source>Police renouvelée pour %1 : avenant n° %2, quittance %3 de %4.</source>
        <translation>Policy renewed for %1: endorsement no. %2, quittance %3 of %4.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_dialog.py" line="339"/>
        <source>Avenant de renouvellement</source>
        <translation>Renewal endorsement</translation>
    </message>
</context>
<context>
    <name>RenewalPanel</name>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="39"/>
        <source>Liste de contrôle</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="43"/>
        <source>Enregistrer la liste</source>
        <translation>Save the checklist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="46"/>
        <source>— non connue —</source>
        <translation>— not known —</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="53"/>
        <source>Enregistrer la décision</source>
        <translation>Save the decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="57"/>
        <source>Décision du client</source>
        <translation>Client&apos;s decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="59"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="60"/>
        <source>Décidée le</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="62"/>
        <source>Confirmation écrite du</source>
        <translation>Written confirmation of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="65"/>
        <source>Observations</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="100"/>
        <source>Choisissez un point de contact dans la liste.</source>
        <translation>Choose a touchpoint in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="106"/>
        <source>Police {0} — échéance du {1}</source>
        <translation>Policy {0} — expiry {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="112"/>
        <source> — fait le {0}</source>
        <translation> — done on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/renewal_panel.py" line="114"/>
        <source>J-{0} · {1} · {2}{3}</source>
        <translation>D-{0} · {1} · {2}{3}</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="45"/>
        <source>Demande d&apos;avenant</source>
        <translation>Endorsement request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="45"/>
        <source>Modifier la demande</source>
        <translation>Edit the request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="57"/>
        <source>matricule actuel, si la demande vise une personne</source>
        <translation>current matricule, if the request concerns a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="67"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="69"/>
        <source>Avenant demandé</source>
        <translation>Endorsement requested</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="70"/>
        <source>Courrier du souscripteur du</source>
        <translation>Subscriber&apos;s letter of</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="71"/>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="72"/>
        <source>Transmise au gestionnaire le</source>
        <translation>Sent to the administrator on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="74"/>
        <source>Confirmée par le gestionnaire le</source>
        <translation>Confirmed by the administrator on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="78"/>
        <source>Personne concernée</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="80"/>
        <source>Nouveau matricule</source>
        <translation>New matricule</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="81"/>
        <source>Observations</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="87"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/request_dialog.py" line="88"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="82"/>
        <source>N° de police ou souscripteur…</source>
        <translation>Policy no. or subscriber…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="84"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="87"/>
        <source>En retard seulement</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="88"/>
        <source>Nouvelle demande…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="89"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="90"/>
        <source>Rejeter…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="91"/>
        <source>Lier à l&apos;avenant…</source>
        <translation>Link to the endorsement…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="92"/>
        <source>Délais…</source>
        <translation>Deadlines…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="190"/>
        <source>Cette demande est déjà close.</source>
        <translation>This request is already closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="195"/>
        <source>Rejeter la demande</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="195"/>
        <source>Motif du rejet de la demande :</source>
        <translation>Reason for rejecting the request:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="220"/>
        <source>Lier à l&apos;avenant</source>
        <translation>Link to the endorsement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/requests_page.py" line="221"/>
        <source>N° de l&apos;avenant de la police {0} qui répond à la demande :</source>
        <translation>Number of the endorsement of policy {0} that answers the request:</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="44"/>
        <source>Réinitialiser le mot de passe</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="59"/>
        <source>Mot de passe provisoire :</source>
        <translation>Temporary password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="63"/>
        <source>Confirmation :</source>
        <translation>Confirmation:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="67"/>
        <source>Réinitialiser</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="69"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="92"/>
        <source>L&apos;utilisateur devra choisir un nouveau mot de passe à sa prochaine connexion. Au moins 8 caractères, dont une lettre et un chiffre.</source>
        <translation>The user will have to choose a new password at their next sign-in. At least 8 characters, including a letter and a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="96"/>
        <source>Ce compte est verrouillé : il sera déverrouillé.</source>
        <translation>This account is locked: it will be unlocked.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="132"/>
        <source>Mot de passe réinitialisé : le compte est déverrouillé.</source>
        <translation>Password reset: the account is unlocked.</translation>
    </message>
</context>
<context>
    <name>ScopeFilters</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/scope_filters.py" line="57"/>
        <source>Tous les gestionnaires</source>
        <translation>All administrators (TPA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/scope_filters.py" line="58"/>
        <source>Tous les intermédiaires</source>
        <translation>All intermediaries</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/scope_filters.py" line="62"/>
        <source>(inactif)</source>
        <translation>(inactive)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_app/ui/search/search_box.py" line="37"/>
        <source>Rechercher une personne : matricule, nom, police, souscripteur… (Ctrl+F)</source>
        <translation>Find a person: member number, name, policy, subscriber… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResultsPopup</name>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="46"/>
        <source>Matricule</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="47"/>
        <source>Nom et prénoms</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="48"/>
        <source>Né(e) le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="49"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="50"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="51"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="77"/>
        <source>en préparation</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="89"/>
        <source>Aucune personne ne correspond à « %1 ».</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="91"/>
        <source>Les %1 premières personnes : précisez la recherche.</source>
        <translation>The first %1 persons: narrow the search.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="95"/>
        <source>1 personne trouvée — Entrée pour ouvrir sa fiche.</source>
        <translation>1 person found — Enter opens the record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="98"/>
        <source>%1 personnes trouvées — Entrée ou double-clic pour ouvrir une fiche.</source>
        <translation>%1 persons found — Enter or double-click opens a record.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="44"/>
        <source>Signer l&apos;ordre de paiement %1</source>
        <translation>Sign payment order %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="48"/>
        <source>Ordre %1 du %2 : %3 décompte(s), %4.</source>
        <translation>Order %1 of %2: %3 assessment(s), %4.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="124"/>
        <source>Le signataire saisit son propre code et son mot de passe :</source>
        <translation>The signatory types their own user code and password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="94"/>
        <source>Code du signataire</source>
        <translation>Signatory&apos;s user code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="71"/>
        <source>Le signataire a le droit de signer les ordres de paiement et n&apos;a validé aucun des décomptes de cet ordre (quatre yeux). Chaque décompte sera réglé au bénéficiaire indiqué, et à lui seul.</source>
        <translation>The signatory holds the right to sign payment orders and validated none of this order&apos;s assessments (four eyes). Each assessment will be paid to the payee shown, and to them only.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="81"/>
        <source>Un autre signataire saisit son code et son mot de passe</source>
        <translation>Another signatory types their user code and password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="97"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="103"/>
        <source>Signer</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="105"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/sign_dialog.py" line="115"/>
        <source>Je signe moi-même : %1 (%2)</source>
        <translation>I sign myself: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/statement_choices.py" line="79"/>
        <source>Production (quittances émises)</source>
        <translation>Production (premium receipts issued)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statement_choices.py" line="84"/>
        <source>Sinistres payés</source>
        <translation>Claims paid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statement_choices.py" line="89"/>
        <source>Primes encaissées</source>
        <translation>Premiums collected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statement_choices.py" line="94"/>
        <source>Commissions par intermédiaire</source>
        <translation>Commissions per intermediary</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statement_choices.py" line="99"/>
        <source>Honoraires de gestion par gestionnaire</source>
        <translation>Management fees per administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statement_choices.py" line="104"/>
        <source>Journées de caisse</source>
        <translation>Cash desk days</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="49"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="75"/>
        <source>%1 ligne écrite</source>
        <translation>%1 row written</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="77"/>
        <source>%1 lignes écrites</source>
        <translation>%1 rows written</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="103"/>
        <source>Vos droits ne permettent pas d&apos;exporter les bordereaux. Demandez à l&apos;administrateur le rôle Comptabilité ou Direction si votre travail le demande.</source>
        <translation>Your rights do not allow exporting statements. Ask the administrator for the Accounting or Management role if your work requires it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="123"/>
        <source>Choisissez le fichier avec « Parcourir… »</source>
        <translation>Choose the file with “Browse…”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="125"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="142"/>
        <source>Bordereau :</source>
        <translation>Statement:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="143"/>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="144"/>
        <source>Gestionnaire :</source>
        <translation>Administrator (TPA):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="145"/>
        <source>Intermédiaire :</source>
        <translation>Intermediary:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="147"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="151"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="162"/>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="180"/>
        <source>Bordereaux comptables</source>
        <translation>Accounting statements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="184"/>
        <source>Exporte un bordereau Excel pour une période, tous gestionnaires et intermédiaires confondus ou pour l&apos;un d&apos;eux.</source>
        <translation>Exports an Excel statement for a period, for all administrators (TPA) and intermediaries together or for one of them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="238"/>
        <source>Aucun bordereau n&apos;est disponible.</source>
        <translation>No statement is available.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="252"/>
        <source>Choisissez le fichier où enregistrer le bordereau (bouton « Parcourir… »).</source>
        <translation>Choose the file to save the statement in (“Browse…” button).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="266"/>
        <source>« %1 » est un dossier : donnez un nom de fichier.</source>
        <translation>“%1” is a folder: give a file name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="276"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation>The folder “%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="294"/>
        <source>Remplacer le fichier ?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="295"/>
        <source>Le fichier « %1 » existe déjà. Voulez-vous le remplacer ?</source>
        <translation>The file “%1” already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="325"/>
        <source>Export du bordereau</source>
        <translation>Statement export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="327"/>
        <source>Écriture de « %1 »…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="340"/>
        <source>%1 dans %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="354"/>
        <source>Export annulé : aucun fichier n&apos;a été enregistré.</source>
        <translation>Export cancelled: no file has been saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="364"/>
        <source>Impossible d&apos;écrire le fichier : il est peut-être ouvert dans Excel, ou le dossier est protégé. (%1)</source>
        <translation>The file cannot be written: it may be open in Excel, or the folder is protected. (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="377"/>
        <source>Le bordereau n&apos;a pas pu être produit à cause d&apos;une erreur inattendue ; aucun fichier n&apos;a été enregistré. Si l&apos;erreur se répète, signalez-la à l&apos;administrateur.</source>
        <translation>The statement could not be produced because of an unexpected error; no file has been saved. If the error happens again, report it to the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="419"/>
        <source>Enregistrer le bordereau</source>
        <translation>Save the statement</translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/statistics_area.py" line="19"/>
        <source>Bordereaux</source>
        <translation>Statements</translation>
    </message>
</context>
<context>
    <name>SubscriberForm</name>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="33"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="49"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="50"/>
        <source>Nom ou raison sociale</source>
        <translation>Name or company name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="51"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="52"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="53"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="54"/>
        <source>Autre téléphone</source>
        <translation>Other phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="55"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="56"/>
        <source>Compte contribuable</source>
        <translation>Taxpayer account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="57"/>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="65"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="66"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SubscribersPage</name>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="36"/>
        <source>Nom ou raison sociale…</source>
        <translation>Name or company name…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="37"/>
        <source>Nouveau souscripteur</source>
        <translation>New subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="38"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="40"/>
        <source>Nouvelle police pour ce souscripteur</source>
        <translation>New policy for this subscriber</translation>
    </message>
</context>
<context>
    <name>TariffForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="55"/>
        <source>Zone 1
Côte d&apos;Ivoire</source>
        <translation>Zone 1
Côte d&apos;Ivoire</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="56"/>
        <source>Zone 2
+ Afrique et France</source>
        <translation>Zone 2
+ Africa and France</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="57"/>
        <source>Zone 3
Monde entier</source>
        <translation>Zone 3
Worldwide</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="63"/>
        <source>Option %1 %</source>
        <translation>Option %1 %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="68"/>
        <source>Prime de base annuelle par personne, en FCFA.</source>
        <translation>Annual base premium per person, in FCFA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="88"/>
        <source>De (personnes)</source>
        <translation>From (persons)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="89"/>
        <source>À (vide : sans limite)</source>
        <translation>To (empty: no limit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="90"/>
        <source>Réduction (%)</source>
        <translation>Discount (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="96"/>
        <source>De (ans)</source>
        <translation>From (years)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="96"/>
        <source>À (ans)</source>
        <translation>To (years)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="96"/>
        <source>Surprime (%)</source>
        <translation>Surcharge (%)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="101"/>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="106"/>
        <source>Prime nette de</source>
        <translation>Net premium from</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="101"/>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="106"/>
        <source>à (vide : au-delà)</source>
        <translation>to (empty: and above)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="101"/>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="106"/>
        <source>Accessoires</source>
        <translation>Policy fees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="120"/>
        <source>Grille des primes de base (FCFA par personne et par an)</source>
        <translation>Base premium grid (FCFA per person per year)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="126"/>
        <source>Réductions (appliquées l&apos;une après l&apos;autre)</source>
        <translation>Discounts (applied one after the other)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="130"/>
        <source>Réseau public uniquement (%) :</source>
        <translation>Public network only (%):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="134"/>
        <source>Système classique (%) :</source>
        <translation>Reimbursement system (%):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="139"/>
        <source>Taille du groupe (polices groupe, nombre d&apos;assurés) :</source>
        <translation>Group size (group policies, number of insured persons):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="146"/>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="147"/>
        <source>Surprime d&apos;âge (âge à la date d&apos;effet) :</source>
        <translation>Age surcharge (age on the effective date):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="153"/>
        <source>Âge limite de souscription :</source>
        <translation>Age limit for joining:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="157"/>
        <source>Âge limite de garantie :</source>
        <translation>Age limit for cover:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="163"/>
        <source>Taxes (sur prime nette + accessoires)</source>
        <translation>Taxes (on net premium + policy fees)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="166"/>
        <source>Polices individuelles (%) :</source>
        <translation>Individual policies (%):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="170"/>
        <source>Polices groupe (%) :</source>
        <translation>Group policies (%):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="176"/>
        <source>Accessoires (coût de police, FCFA par quittance)</source>
        <translation>Policy fees (policy cost, FCFA per premium receipt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="180"/>
        <source>Affaire nouvelle et renouvellement</source>
        <translation>New business and renewal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="184"/>
        <source>Avenants</source>
        <translation>Endorsements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="206"/>
        <source> ans</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="265"/>
        <source>Option %1 %, zone %2 : </source>
        <translation>Option %1 %, zone %2: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="329"/>
        <source>Tranche %1 : </source>
        <translation>Band %1: </translation>
    </message>
</context>
<context>
    <name>TariffPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="31"/>
        <source>Le tarif s&apos;applique aux polices préparées après l&apos;enregistrement ; les primes déjà émises ne changent pas.</source>
        <translation>The tariff applies to policies prepared after it is saved; premiums already issued do not change.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="37"/>
        <source>Enregistrer le tarif</source>
        <translation>Save the tariff</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="39"/>
        <source>Annuler les modifications</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="42"/>
        <source>Rétablir les valeurs par défaut</source>
        <translation>Restore the default values</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="46"/>
        <source>Remplit le formulaire avec le tarif par défaut ; rien n&apos;est enregistré avant « Enregistrer le tarif ».</source>
        <translation>Fills the form with the default tariff; nothing is saved before “Save the tariff”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="100"/>
        <source>Tarif enregistré.</source>
        <translation>Tariff saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="106"/>
        <source>Valeurs par défaut chargées : enregistrez pour les appliquer.</source>
        <translation>Default values loaded: save to apply them.</translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="27"/>
        <source>ex. : Formule cadres</source>
        <translation>e.g. Executives plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="29"/>
        <source>Actif (proposé lors de la préparation d&apos;une police)</source>
        <translation>Active (offered when preparing a policy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="32"/>
        <source>vide : sans plafond</source>
        <translation>empty: no ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="37"/>
        <source>Nom du modèle :</source>
        <translation>Template name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="40"/>
        <source>Plafond annuel par personne (FCFA) :</source>
        <translation>Annual ceiling per person (FCFA):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="49"/>
        <source>Nouveau modèle (à partir de la formule standard)</source>
        <translation>New template (from the standard plan)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="50"/>
        <source>Modèle « %1 »</source>
        <translation>Template “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="94"/>
        <source>Modèle de garanties enregistré.</source>
        <translation>Benefit template saved.</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/templates_page.py" line="38"/>
        <source>Nouveau modèle</source>
        <translation>New template</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="41"/>
        <source>Suivi du dossier</source>
        <translation>File follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="56"/>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="89"/>
        <source>Choisissez un dossier dans la liste.</source>
        <translation>Choose a file from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="61"/>
        <source>Ajouter une relance</source>
        <translation>Add a reminder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="63"/>
        <source>Ajouter une réclamation</source>
        <translation>Add a complaint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="106"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/claims/timeline_panel.py" line="108"/>
        <source>Dossier %1 — %2 — prochaine action : %3</source>
        <translation>File %1 — %2 — next action: %3</translation>
    </message>
</context>
<context>
    <name>TrackingTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="39"/>
        <source>Enregistrer le suivi</source>
        <translation>Save the tracking</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="45"/>
        <source>Contrat reçu du gestionnaire le</source>
        <translation>Contract received from the TPA on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="49"/>
        <source>Saisi le</source>
        <translation>Entered on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="50"/>
        <source>Saisi par</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="51"/>
        <source>Paiement (FCFA)</source>
        <translation>Payment (FCFA)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="52"/>
        <source>Type de paiement</source>
        <translation>Payment type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="54"/>
        <source>Envoyé au souscripteur le</source>
        <translation>Sent to the subscriber on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="59"/>
        <source>Exemplaire signé retourné le</source>
        <translation>Signed copy returned on</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="38"/>
        <source>Peut %1.</source>
        <translation>Can %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="56"/>
        <source>ex. : akouassi</source>
        <translation>e.g. akouassi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="58"/>
        <source>ex. : Aïcha Kouassi</source>
        <translation>e.g. Aïcha Kouassi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="59"/>
        <source>Compte actif</source>
        <translation>Active account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="77"/>
        <source>Code utilisateur :</source>
        <translation>User code:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="78"/>
        <source>Nom complet :</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="80"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="83"/>
        <source>Confirmation :</source>
        <translation>Confirmation:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="88"/>
        <source>Au moins 8 caractères, dont une lettre et un chiffre. L&apos;utilisateur le changera à sa première connexion.</source>
        <translation>At least 8 characters, including a letter and a digit. The user will change it at their first sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="95"/>
        <source>Rôles :</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="97"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="99"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="139"/>
        <source>Nouvel utilisateur</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="141"/>
        <source>Modifier l&apos;utilisateur « %1 »</source>
        <translation>Edit the user “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="189"/>
        <source>Utilisateur enregistré.</source>
        <translation>User saved.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="41"/>
        <source>%1 essai(s) échoué(s)</source>
        <translation>%1 failed attempt(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="96"/>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="97"/>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="98"/>
        <source>Réinitialiser le mot de passe</source>
        <translation>Reset the password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="100"/>
        <source>Donne un mot de passe provisoire et déverrouille le compte.</source>
        <translation>Gives a temporary password and unlocks the account.</translation>
    </message>
</context>
</TS>
