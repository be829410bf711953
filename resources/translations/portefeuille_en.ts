<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr_CI">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="71"/>
        <source>ExclusionsPage</source>
        <comment>Nouveau motif</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="72"/>
        <source>ExclusionsPage</source>
        <comment>Charger la liste par défaut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="74"/>
        <source>ExclusionsPage</source>
        <comment>Ajoute les motifs des conditions générales qui manquent ; ceux qui existent ne changent pas.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="97"/>
        <source>ExclusionsPage</source>
        <comment>%1 motif(s) ajouté(s).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="98"/>
        <source>ExclusionsPage</source>
        <comment>La liste par défaut est déjà complète.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="18"/>
        <source>À propos de %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="24"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="25"/>
        <source>Gestion d&apos;un portefeuille d&apos;assurance maladie : production, sinistres, encaissements, états et statistiques.</source>
        <translation>Health insurance portfolio management: production, claims, premium collection, statements and statistics.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="27"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about_dialog.py" line="30"/>
        <source>Journal : %1</source>
        <translation>Log: %1</translation>
    </message>
</context>
<context>
    <name>AdminArea</name>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="32"/>
        <source>Utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="35"/>
        <source>Compagnie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="38"/>
        <source>Référentiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="41"/>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/admin_area.py" line="48"/>
        <source>Vos droits ne donnent accès à aucun écran d&apos;administration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminLabels</name>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="22"/>
        <source>Gestionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="23"/>
        <source>Tableaux des garanties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="24"/>
        <source>Lignes de barèmes types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="25"/>
        <source>Barèmes types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="26"/>
        <source>Actes médicaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="27"/>
        <source>Compagnie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="28"/>
        <source>Motifs d&apos;exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="29"/>
        <source>Personnes assurées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="30"/>
        <source>Intermédiaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="31"/>
        <source>Documents émis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="32"/>
        <source>Numérotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="33"/>
        <source>Photos des assurés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="34"/>
        <source>Polices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="35"/>
        <source>Suivi des polices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="36"/>
        <source>Prestataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="37"/>
        <source>Lignes de quittances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="38"/>
        <source>Quittances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="39"/>
        <source>Paramètres (taxes, accessoires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="40"/>
        <source>Souscripteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="41"/>
        <source>Rôles des utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="42"/>
        <source>Utilisateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="47"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="48"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="49"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="50"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="51"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="52"/>
        <source>Essais échoués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="53"/>
        <source>Nom complet</source>
        <translation type="unfinished">Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="54"/>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="55"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="56"/>
        <source>Numéro d&apos;agrément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="57"/>
        <source>Verrouillé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="58"/>
        <source>Doit changer son mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="59"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="60"/>
        <source>Mot de passe</source>
        <translation type="unfinished">Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="61"/>
        <source>Téléphone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="62"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="63"/>
        <source>Compte contribuable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="64"/>
        <source>Utilisateur (n°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="96"/>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/labels.py" line="97"/>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="20"/>
        <source>ex. : ASCOMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="21"/>
        <source>ex. : ASCOMA Côte d&apos;Ivoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="23"/>
        <source>ex. : contact@gestionnaire.ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="25"/>
        <source>confirmations d&apos;incorporations et de retraits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="28"/>
        <source>ex. : 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="30"/>
        <source>Actif (proposé sur les nouvelles polices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="31"/>
        <source>Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="32"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="33"/>
        <source>Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="34"/>
        <source>E-mail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="35"/>
        <source>E-mail des mouvements :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="36"/>
        <source>Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="37"/>
        <source>Taux d&apos;honoraires (%) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="42"/>
        <source>Nouveau gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="43"/>
        <source>Gestionnaire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrator_form.py" line="71"/>
        <source>Gestionnaire enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdministratorsPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="35"/>
        <source>Nouveau gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="76"/>
        <source>Impossible d&apos;ouvrir la base de données du portefeuille.</source>
        <translation>The portfolio database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="78"/>
        <source>Vérifiez que le dossier des données est accessible ou, pour une base partagée, que le serveur PostgreSQL est joignable, puis relancez le programme. Le détail est dans le journal : %1</source>
        <translation>Check that the data folder is accessible or, for a shared database, that the PostgreSQL server can be reached, then start the program again. Details are in the log: %1</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="79"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="81"/>
        <source>Sinistres</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="83"/>
        <source>Encaissements</source>
        <translation>Premium collection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="85"/>
        <source>États et statistiques</source>
        <translation>Statements and statistics</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/areas.py" line="88"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="35"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="35"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="35"/>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="53"/>
        <source>Choisissez une ligne du journal pour voir le détail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_detail.py" line="56"/>
        <source>%1 — %2 n° %3, par %4 le %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="64"/>
        <source>code utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="69"/>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="205"/>
        <source>Toutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="72"/>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="74"/>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="76"/>
        <source>Filtrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="78"/>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="81"/>
        <source>Utilisateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="84"/>
        <source>Table :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="87"/>
        <source>Action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="174"/>
        <source>La date de fin précède la date de début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="241"/>
        <source>%1 entrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="241"/>
        <source>%1 entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_page.py" line="243"/>
        <source>(%1 chargées, la suite vient en faisant défiler)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../desktop_app/ui/workers.py" line="154"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workers.py" line="169"/>
        <source>Annulation en cours…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>BandTable</name>
    <message>
        <location filename="../../desktop_app/ui/forms/band_table.py" line="77"/>
        <source>Ajouter une tranche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/band_table.py" line="78"/>
        <source>Supprimer la tranche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitTable</name>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="36"/>
        <source>Vide : le taux de couverture de l&apos;assuré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="38"/>
        <source>Vide : la règle générale des délais de carence ; 0 : aucun délai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="40"/>
        <source>En FCFA ; vide : pas de plafond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/benefit_table.py" line="88"/>
        <source>%1 : « %2 » n&apos;est pas un nombre entier positif.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenefitsTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="42"/>
        <source>Copier le modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="43"/>
        <source>Enregistrer le tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/benefits_tab.py" line="54"/>
        <source>Modèle :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="86"/>
        <source>Les 17 codes sont fixes : seuls le libellé et l&apos;état actif se modifient.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="42"/>
        <source>Reprendre le libellé d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="43"/>
        <source>Actif (proposé sur les dossiers et les tableaux de garanties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="50"/>
        <source>Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="51"/>
        <source>Libellé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="52"/>
        <source>D&apos;origine :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="57"/>
        <source>Acte médical %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="57"/>
        <source>Acte médical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="76"/>
        <source>Acte médical enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="27"/>
        <source>Changer de mot de passe</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="31"/>
        <source>Votre mot de passe est provisoire : choisissez-en un nouveau pour continuer.</source>
        <translation>Your password is temporary: choose a new one to continue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="41"/>
        <source>Au moins %1 caractères, dont une lettre et un chiffre.</source>
        <translation>At least %1 characters, including a letter and a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="45"/>
        <source>Mot de passe actuel</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="46"/>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="48"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="50"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="54"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/change_password_dialog.py" line="54"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="20"/>
        <source>Date/heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="22"/>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="23"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="24"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/audit_model.py" line="26"/>
        <source>Enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="19"/>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="19"/>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="20"/>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="19"/>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="45"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="20"/>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="21"/>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="22"/>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="46"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="21"/>
        <source>E-mail des mouvements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="23"/>
        <source>Honoraires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="47"/>
        <source>Rôles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/administrators_page.py" line="26"/>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="21"/>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="22"/>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="25"/>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="28"/>
        <location filename="../../desktop_app/ui/admin/templates_page.py" line="19"/>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="49"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="51"/>
        <source>Verrouillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="53"/>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/categories_page.py" line="20"/>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="21"/>
        <source>Libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="20"/>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="23"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="22"/>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="24"/>
        <source>Secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="25"/>
        <source>Conventionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="27"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/templates_page.py" line="18"/>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="48"/>
        <source>ex. : +225 27 20 00 00 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="50"/>
        <source>ex. : contact@assureur.ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="58"/>
        <source>Choisir un logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="59"/>
        <source>Retirer le logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="72"/>
        <source>Raison sociale :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="73"/>
        <source>Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="74"/>
        <source>Ville :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="75"/>
        <source>Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="76"/>
        <source>E-mail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="77"/>
        <source>Numéro d&apos;agrément :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="78"/>
        <source>Compte contribuable :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="79"/>
        <source>Logo :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="81"/>
        <source>Enregistrer</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="82"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="152"/>
        <source>Paramètres de la compagnie enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="169"/>
        <source>Aucun logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="178"/>
        <source>Impossible de lire le fichier « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="182"/>
        <source>Le logo est trop lourd (2 Mo au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="185"/>
        <source>« %1 » n&apos;est pas une image lisible (PNG ou JPEG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/company_form.py" line="192"/>
        <source>Choisir le logo de la compagnie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="25"/>
        <source>Cartes (imprimante à cartes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="26"/>
        <source>Cartes (planches A4 de 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="27"/>
        <source>Contrat (4 exemplaires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="28"/>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="96"/>
        <source>Quittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="33"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="33"/>
        <source>Personne / quittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="34"/>
        <source>Émis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="34"/>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="45"/>
        <source>Documents émis (une réimpression reproduit le document d&apos;origine) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="86"/>
        <source>Conditions particulières</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="102"/>
        <source>Cartes d&apos;assuré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/documents_tab.py" line="132"/>
        <source>Impression des cartes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="32"/>
        <source>Action refusée</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="36"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="37"/>
        <source>Une erreur inattendue s&apos;est produite. L&apos;action en cours n&apos;a peut-être pas été terminée ; vos données enregistrées ne sont pas touchées.</source>
        <translation>An unexpected error occurred. The current action may not have been completed; your saved data is not affected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="39"/>
        <source>Vous pouvez continuer à travailler. Si l&apos;erreur se répète, signalez-la à votre administrateur</source>
        <translation>You can go on working. If the error happens again, report it to your administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/error_dialog.py" line="42"/>
        <source>en joignant le journal : %1</source>
        <translation>with the log attached: %1</translation>
    </message>
</context>
<context>
    <name>ExclusionForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="30"/>
        <source>ex. : SANS_ORDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="32"/>
        <source>12 caractères au plus ; le code ne change plus une fois créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="34"/>
        <source>Actif (proposé sur les décomptes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="35"/>
        <source>Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="36"/>
        <source>Libellé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="40"/>
        <source>Motif %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="40"/>
        <source>Nouveau motif d&apos;exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="58"/>
        <source>Le code « %1 » existe déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/exclusions_page.py" line="63"/>
        <source>Motif d&apos;exclusion enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="103"/>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="135"/>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="144"/>
        <source>Portefeuille de démonstration</source>
        <translation>Demonstration portfolio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="104"/>
        <source>Charger un portefeuille de démonstration ?

Quelques centaines de personnes assurées fictives, avec leurs polices, quittances et sinistres, pour découvrir le programme. À éviter sur la base réelle de l&apos;agence.</source>
        <translation>Load a demonstration portfolio?

A few hundred fictitious insured persons, with their policies, quittances and claims, to discover the program. Not for the office&apos;s real database.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="127"/>
        <source>Chargement du portefeuille de démonstration…</source>
        <translation>Loading the demonstration portfolio…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="136"/>
        <source>Le portefeuille de démonstration n&apos;a pas pu être chargé :</source>
        <translation>The demonstration portfolio could not be loaded:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="142"/>
        <source>Utilisateurs de démonstration (code / mot de passe) :</source>
        <translation>Demonstration users (code / password):</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="38"/>
        <source>Premier démarrage — %1</source>
        <translation>First start — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="42"/>
        <source>Bienvenue. Aucun utilisateur n&apos;existe encore : créez le compte de l&apos;administrateur, qui pourra ensuite créer les comptes des agents.</source>
        <translation>Welcome. No user exists yet: create the administrator&apos;s account, who can then create the clerks&apos; accounts.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="53"/>
        <source>Au moins %1 caractères, dont une lettre et un chiffre.</source>
        <translation>At least %1 characters, including a letter and a digit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="58"/>
        <source>Nom complet</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="59"/>
        <source>Code utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="60"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="62"/>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="65"/>
        <source>Créer l&apos;administrateur</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/first_run_dialog.py" line="69"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="33"/>
        <source>Import de la liste des assurés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="38"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="38"/>
        <source>Colonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="38"/>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="41"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="42"/>
        <source>Enregistrer le modèle Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="43"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="67"/>
        <source>{0} assuré(s) principal(aux) et {1} ayant(s) droit importés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="70"/>
        <source>Fichier correct : {0} assuré(s) principal(aux) et {1} ayant(s) droit prêts à être importés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="73"/>
        <source>{0} problème(s) : corrigez le fichier puis recommencez. Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="96"/>
        <source>Modèle de liste des assurés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/import_dialog.py" line="97"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntermediariesPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediaries_page.py" line="33"/>
        <source>Nouvel intermédiaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntermediaryForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="21"/>
        <source>ex. : AG001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="24"/>
        <source>ex. : +225 07 00 00 00 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="25"/>
        <source>ex. : agence@courtier.ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="28"/>
        <source>ex. : 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="30"/>
        <source>Actif (proposé sur les nouvelles polices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="31"/>
        <source>Code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="32"/>
        <source>Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="33"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="34"/>
        <source>Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="35"/>
        <source>E-mail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="36"/>
        <source>Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="37"/>
        <source>Taux de commission (%) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="42"/>
        <source>Nouvel intermédiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="43"/>
        <source>Intermédiaire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/intermediary_form.py" line="71"/>
        <source>Intermédiaire enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="29"/>
        <source>Connexion — %1</source>
        <translation>Sign in — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="32"/>
        <source>Saisissez votre code utilisateur et votre mot de passe.</source>
        <translation>Enter your user code and your password.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="46"/>
        <source>Code utilisateur</source>
        <translation>User code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="47"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="50"/>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="54"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/login_dialog.py" line="64"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="53"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="54"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="57"/>
        <source>Rechercher une personne</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60"/>
        <source>Changer de mot de passe…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="62"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="65"/>
        <source>À propos…</source>
        <translation>About…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="119"/>
        <source>Aucune zone de travail</source>
        <translation>No work area</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="120"/>
        <source>Vos rôles ne donnent accès à aucune zone : adressez-vous à l&apos;administrateur.</source>
        <translation>Your roles give access to no area: ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="124"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Non connecté</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="153"/>
        <source>Connecté : %1 — %2 (%3)</source>
        <translation>Signed in: %1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="211"/>
        <source>Cette zone n&apos;a pas pu s&apos;ouvrir à cause d&apos;une erreur inattendue. Le détail est dans le journal du programme.</source>
        <translation>This area could not open because of an unexpected error. Details are in the program&apos;s log.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="34"/>
        <source>{0} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="35"/>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="36"/>
        <source>Enregistrer en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="37"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="80"/>
        <source>Enregistrer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/pdf_preview.py" line="81"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="39"/>
        <source>Dates libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="42"/>
        <source>La période choisie est celle qui contient cette date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="45"/>
        <source>Période précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="48"/>
        <source>Période suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="61"/>
        <source>contenant le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="68"/>
        <source>du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="71"/>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="163"/>
        <source>%1 — 1 jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/period_picker.py" line="163"/>
        <source>%1 — %2 jours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="46"/>
        <source>Ayant droit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="46"/>
        <source>Assuré principal</source>
        <translation type="unfinished">Member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="57"/>
        <source>vide : attribué par le programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="69"/>
        <source>vide : prime du tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="75"/>
        <source>uniquement pour déroger aux limites d&apos;âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="81"/>
        <source>Choisir une photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="94"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="95"/>
        <source>Prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="96"/>
        <source>Date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="97"/>
        <source>Lieu de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="98"/>
        <source>Sexe</source>
        <translation type="unfinished">Gender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="99"/>
        <source>Lien de parenté</source>
        <translation type="unfinished">Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="100"/>
        <source>Matricule</source>
        <translation type="unfinished">Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="101"/>
        <source>N° CMU</source>
        <translation type="unfinished">CMU number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="102"/>
        <source>Date d&apos;entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="103"/>
        <source>Taux de couverture</source>
        <translation type="unfinished">Coverage rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="104"/>
        <source>Zone</source>
        <translation type="unfinished">Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="105"/>
        <source>Plafond annuel (FCFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="106"/>
        <source>Prime annuelle saisie (FCFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="107"/>
        <source>Surprime médicale (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="108"/>
        <source>Motif de la surprime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="109"/>
        <source>Exclusions</source>
        <translation type="unfinished">Exclusions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="110"/>
        <source>Dérogation d&apos;âge (motif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="120"/>
        <source>Prime du tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="126"/>
        <source>Identité</source>
        <translation type="unfinished">Identity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="128"/>
        <source>Garanties</source>
        <translation type="unfinished">Guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="136"/>
        <source>Enregistrer</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="137"/>
        <source>Annuler</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="242"/>
        <source>Pas de photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="245"/>
        <source>Photo de l&apos;assuré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/person_form.py" line="246"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="66"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="66"/>
        <source>en préparation</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="68"/>
        <source>N° gestionnaire</source>
        <translation>Administrator&apos;s number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="69"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="70"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="70"/>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="73"/>
        <source>Gestionnaire</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="75"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="77"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="80"/>
        <source>Taux de couverture</source>
        <translation>Coverage rate</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="85"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="86"/>
        <source>Plafond annuel</source>
        <translation>Annual ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="87"/>
        <source>Prime nette annuelle</source>
        <translation>Annual net premium</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="90"/>
        <source>Surprime</source>
        <translation>Surcharge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="92"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="95"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="96"/>
        <source>Police et souscripteur</source>
        <translation>Policy and subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="97"/>
        <source>Garanties</source>
        <translation>Guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="119"/>
        <source>Assuré principal</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="119"/>
        <source>Ayants droit</source>
        <translation>Dependents</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/person_summary_dialog.py" line="121"/>
        <source>né(e) le %1</source>
        <translation>born on %1</translation>
    </message>
</context>
<context>
    <name>PersonsTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="46"/>
        <source>Ajouter un assuré principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="47"/>
        <source>Ajouter un ayant droit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="48"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="49"/>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="164"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="50"/>
        <source>Importer une liste Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="100"/>
        <source>Prime saisie différente de la prime du tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="111"/>
        <source>{0} assuré(s) principal(aux), {1} personne(s) — primes annuelles : {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="165"/>
        <source>Retirer cette personne (et ses ayants droit) du brouillon ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="177"/>
        <source>Liste des assurés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/persons_tab.py" line="177"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../desktop_app/ui/widgets/placeholder_page.py" line="20"/>
        <source>Cette zone arrive avec la prochaine version.
La recherche d&apos;une personne assurée (Ctrl+F) fonctionne déjà depuis tous les écrans.</source>
        <translation>This area comes with the next version.
Finding an insured person (Ctrl+F) already works from every screen.</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="38"/>
        <source>N° de police, n° gestionnaire ou souscripteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="40"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="43"/>
        <source>Nouvelle police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policies_page.py" line="45"/>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="55"/>
        <source>Contrat et gestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="56"/>
        <source>Tableau des garanties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="57"/>
        <source>Assurés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="58"/>
        <source>Prime et quittances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="59"/>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="60"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="61"/>
        <source>← Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="62"/>
        <source>Enregistrer le brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="63"/>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="164"/>
        <source>Émettre la police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="119"/>
        <source>Nouvelle police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="120"/>
        <source>Renseignez le contrat puis enregistrez le brouillon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="123"/>
        <source>Police {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="125"/>
        <source>Police en préparation — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="126"/>
        <source>{0} · {1} · {2} assuré(s) principal(aux), {3} personne(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="155"/>
        <source>Police {0} émise, quittance {1} : {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_editor.py" line="165"/>
        <source>Émettre la police ? Elle recevra son numéro et sa quittance, et ne se modifiera plus que par avenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="44"/>
        <source>Avec tacite reconduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="52"/>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="56"/>
        <source>taux de l&apos;intermédiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="58"/>
        <source>taux du gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="62"/>
        <source>Souscripteur</source>
        <translation type="unfinished">Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="63"/>
        <source>Intermédiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="64"/>
        <source>Date d&apos;effet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="65"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="66"/>
        <source>Reconduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="67"/>
        <source>Conditions de règlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="68"/>
        <source>Coassurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="69"/>
        <source>Part de coassurance (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="70"/>
        <source>Préavis de résiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="72"/>
        <source>Gestionnaire</source>
        <translation type="unfinished">Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="73"/>
        <source>N° de police du gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="74"/>
        <source>Taux de commission (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="75"/>
        <source>Honoraires de gestion (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="76"/>
        <source>Système de gestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="77"/>
        <source>Réseau de soins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="78"/>
        <source>Plafond annuel par personne (FCFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="80"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="82"/>
        <source>Gestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="102"/>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/policy_form.py" line="106"/>
        <source>— aucun —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PremiumTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="35"/>
        <source>Quittance prévue à l&apos;émission (affaire nouvelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="42"/>
        <source>Ajoutez des assurés pour calculer la prime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="58"/>
        <source>Quittances émises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/premium_tab.py" line="69"/>
        <source>Aucune quittance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionArea</name>
    <message>
        <location filename="../../desktop_app/ui/production/production_area.py" line="21"/>
        <source>Polices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/production_area.py" line="22"/>
        <source>Souscripteurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="20"/>
        <source>ex. : Polyclinique Sainte-Anne-Marie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="23"/>
        <source>Privé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="24"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="25"/>
        <source>Conventionné (dans le réseau de soins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="26"/>
        <source>ex. : Abidjan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="28"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="29"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="30"/>
        <source>Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="31"/>
        <source>Secteur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="33"/>
        <source>Ville :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="34"/>
        <source>Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="39"/>
        <source>Nouveau prestataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="40"/>
        <source>Prestataire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/provider_form.py" line="63"/>
        <source>Prestataire enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/providers_page.py" line="36"/>
        <source>Nouveau prestataire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../desktop_app/ui/forms/record_page.py" line="72"/>
        <source>Enregistrer</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/record_page.py" line="74"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/forms/record_page.py" line="116"/>
        <source>Enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceArea</name>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="31"/>
        <source>Intermédiaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="32"/>
        <source>Gestionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="33"/>
        <source>Prestataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="34"/>
        <source>Actes médicaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="35"/>
        <source>Motifs d&apos;exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="36"/>
        <source>Tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reference_area.py" line="37"/>
        <source>Modèles de garanties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="43"/>
        <source>Réinitialiser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="57"/>
        <source>Mot de passe provisoire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="58"/>
        <source>Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="60"/>
        <source>Réinitialiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="62"/>
        <source>Annuler</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="84"/>
        <source>L&apos;utilisateur devra choisir un nouveau mot de passe à sa prochaine connexion. Au moins 8 caractères, dont une lettre et un chiffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="87"/>
        <source>Ce compte est verrouillé : il sera déverrouillé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/reset_password_dialog.py" line="115"/>
        <source>Mot de passe réinitialisé : le compte est déverrouillé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeFilters</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/scope_filters.py" line="49"/>
        <source>Tous les gestionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/scope_filters.py" line="50"/>
        <source>Tous les intermédiaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/scope_filters.py" line="54"/>
        <source>(inactif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop_app/ui/search/search_box.py" line="35"/>
        <source>Rechercher une personne : matricule, nom, police, souscripteur… (Ctrl+F)</source>
        <translation>Find a person: member number, name, policy, subscriber… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchResultsPopup</name>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="45"/>
        <source>Matricule</source>
        <translation>Member number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="45"/>
        <source>Nom et prénoms</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="45"/>
        <source>Né(e) le</source>
        <translation>Born on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="46"/>
        <source>Police</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="46"/>
        <source>Souscripteur</source>
        <translation>Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="46"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="68"/>
        <source>en préparation</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="78"/>
        <source>Aucune personne ne correspond à « %1 ».</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="80"/>
        <source>Les %1 premières personnes : précisez la recherche.</source>
        <translation>The first %1 persons: narrow the search.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="83"/>
        <source>1 personne trouvée — Entrée pour ouvrir sa fiche.</source>
        <translation>1 person found — Enter opens the record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search/results_popup.py" line="85"/>
        <source>%1 personnes trouvées — Entrée ou double-clic pour ouvrir une fiche.</source>
        <translation>%1 persons found — Enter or double-click opens a record.</translation>
    </message>
</context>
<context>
    <name>StatementsPage</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/statement_choices.py" line="65"/>
        <source>Production (quittances émises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statement_choices.py" line="69"/>
        <source>Sinistres payés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="87"/>
        <source>Vos droits ne permettent pas d&apos;exporter les bordereaux. Demandez à l&apos;administrateur le rôle Comptabilité ou Direction si votre travail le demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="104"/>
        <source>Choisissez le fichier avec « Parcourir… »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="106"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="120"/>
        <source>Bordereau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="121"/>
        <source>Période :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="122"/>
        <source>Gestionnaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="123"/>
        <source>Intermédiaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="124"/>
        <source>Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="126"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="137"/>
        <source>Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="155"/>
        <source>Bordereaux comptables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="157"/>
        <source>Exporte un bordereau Excel pour une période, tous gestionnaires et intermédiaires confondus ou pour l&apos;un d&apos;eux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="200"/>
        <source>Aucun bordereau n&apos;est disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="211"/>
        <source>Choisissez le fichier où enregistrer le bordereau (bouton « Parcourir… »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="219"/>
        <source>« %1 » est un dossier : donnez un nom de fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="223"/>
        <source>Le dossier « %1 » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="239"/>
        <source>Remplacer le fichier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="240"/>
        <source>Le fichier « %1 » existe déjà. Voulez-vous le remplacer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="268"/>
        <source>Export du bordereau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="270"/>
        <source>Écriture de « %1 »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="282"/>
        <source>%1 dans %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="295"/>
        <source>Export annulé : aucun fichier n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="302"/>
        <source>Impossible d&apos;écrire le fichier : il est peut-être ouvert dans Excel, ou le dossier est protégé. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="307"/>
        <source>Le bordereau n&apos;a pas pu être produit à cause d&apos;une erreur inattendue ; aucun fichier n&apos;a été enregistré. Si l&apos;erreur se répète, signalez-la à l&apos;administrateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/statistics/statements_page.py" line="338"/>
        <source>Enregistrer le bordereau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsArea</name>
    <message>
        <location filename="../../desktop_app/ui/statistics/statistics_area.py" line="19"/>
        <source>Bordereaux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriberForm</name>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="31"/>
        <source>Souscripteur</source>
        <translation type="unfinished">Subscriber</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="47"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="48"/>
        <source>Nom ou raison sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="49"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="50"/>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="51"/>
        <source>Téléphone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="52"/>
        <source>Autre téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="53"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="54"/>
        <source>Compte contribuable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="55"/>
        <source>Personne à contacter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="60"/>
        <source>Enregistrer</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscriber_form.py" line="61"/>
        <source>Annuler</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>SubscribersPage</name>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="33"/>
        <source>Nom ou raison sociale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="34"/>
        <source>Nouveau souscripteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="35"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/subscribers_page.py" line="36"/>
        <source>Nouvelle police pour ce souscripteur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="47"/>
        <source>Zone 1
Côte d&apos;Ivoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="47"/>
        <source>Zone 2
+ Afrique et France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="48"/>
        <source>Zone 3
Monde entier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="51"/>
        <source>Option %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="55"/>
        <source>Prime de base annuelle par personne, en FCFA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="70"/>
        <source>De (personnes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="70"/>
        <source>À (vide : sans limite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="70"/>
        <source>Réduction (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="73"/>
        <source>De (ans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="73"/>
        <source>À (ans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="73"/>
        <source>Surprime (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="75"/>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="78"/>
        <source>Prime nette de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="75"/>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="78"/>
        <source>à (vide : au-delà)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="75"/>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="78"/>
        <source>Accessoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="87"/>
        <source>Grille des primes de base (FCFA par personne et par an)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="90"/>
        <source>Réductions (appliquées l&apos;une après l&apos;autre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="92"/>
        <source>Réseau public uniquement (%) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="94"/>
        <source>Système classique (%) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="97"/>
        <source>Taille du groupe (polices groupe, nombre d&apos;assurés) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="100"/>
        <source>Âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="101"/>
        <source>Surprime d&apos;âge (âge à la date d&apos;effet) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="104"/>
        <source>Âge limite de souscription :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="106"/>
        <source>Âge limite de garantie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="111"/>
        <source>Taxes (sur prime nette + accessoires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="113"/>
        <source>Polices individuelles (%) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="115"/>
        <source>Polices groupe (%) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="120"/>
        <source>Accessoires (coût de police, FCFA par quittance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="122"/>
        <source>Affaire nouvelle et renouvellement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="124"/>
        <source>Avenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="145"/>
        <source> ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="190"/>
        <source>Option %1 %, zone %2 : </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_form.py" line="238"/>
        <source>Tranche %1 : </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="25"/>
        <source>Le tarif s&apos;applique aux polices préparées après l&apos;enregistrement ; les primes déjà émises ne changent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="29"/>
        <source>Enregistrer le tarif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="30"/>
        <source>Annuler les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="31"/>
        <source>Rétablir les valeurs par défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="32"/>
        <source>Remplit le formulaire avec le tarif par défaut ; rien n&apos;est enregistré avant « Enregistrer le tarif ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="83"/>
        <source>Tarif enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/tariff_page.py" line="88"/>
        <source>Valeurs par défaut chargées : enregistrez pour les appliquer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="24"/>
        <source>ex. : Formule cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="25"/>
        <source>Actif (proposé lors de la préparation d&apos;une police)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="28"/>
        <source>vide : sans plafond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="33"/>
        <source>Nom du modèle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="35"/>
        <source>Plafond annuel par personne (FCFA) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="41"/>
        <source>Nouveau modèle (à partir de la formule standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="42"/>
        <source>Modèle « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/template_form.py" line="77"/>
        <source>Modèle de garanties enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/templates_page.py" line="29"/>
        <source>Nouveau modèle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingTab</name>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="29"/>
        <source>Enregistrer le suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="34"/>
        <source>Contrat reçu du gestionnaire le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="35"/>
        <source>Saisi le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="36"/>
        <source>Saisi par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="37"/>
        <source>Paiement (FCFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="38"/>
        <source>Type de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="39"/>
        <source>Envoyé au souscripteur le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/production/tracking_tab.py" line="40"/>
        <source>Exemplaire signé retourné le</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="36"/>
        <source>Peut %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="54"/>
        <source>ex. : akouassi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="56"/>
        <source>ex. : Aïcha Kouassi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="57"/>
        <source>Compte actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="75"/>
        <source>Code utilisateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="76"/>
        <source>Nom complet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="78"/>
        <source>Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="81"/>
        <source>Confirmation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="84"/>
        <source>Au moins 8 caractères, dont une lettre et un chiffre. L&apos;utilisateur le changera à sa première connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="89"/>
        <source>Rôles :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="91"/>
        <source>Enregistrer</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="93"/>
        <source>Annuler</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="127"/>
        <source>Nouvel utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="128"/>
        <source>Modifier l&apos;utilisateur « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/user_form.py" line="165"/>
        <source>Utilisateur enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="40"/>
        <source>%1 essai(s) échoué(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="83"/>
        <source>Nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="84"/>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="85"/>
        <source>Réinitialiser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/admin/users_page.py" line="86"/>
        <source>Donne un mot de passe provisoire et déverrouille le compte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
