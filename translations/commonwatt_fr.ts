<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commonwatt: a household energy manager for communities that treat energy as a commons.</source>
        <translation>Commonwatt&#xa0;: un gestionnaire d&apos;énergie domestique pour les communautés qui gèrent l&apos;énergie comme un bien commun.</translation>
    </message>
    <message>
        <source>Run on the built-in simulated household (the default while no devices are configured).</source>
        <translation>Fonctionner avec le foyer simulé intégré (par défaut tant qu&apos;aucun appareil n&apos;est configuré).</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; instead of the standard application data folder.</source>
        <translation>Conserver la base de données et les réglages dans &lt;dir&gt; au lieu du dossier de données standard de l&apos;application.</translation>
    </message>
    <message>
        <source>Wall panel: full screen, no window frame, no mouse cursor.</source>
        <translation>Panneau mural&#xa0;: plein écran, sans cadre de fenêtre, sans curseur de souris.</translation>
    </message>
    <message>
        <source>Run simulated time &lt;n&gt; times faster than real time (demo).</source>
        <translation>Faire s&apos;écouler le temps simulé &lt;n&gt; fois plus vite que le temps réel (démo).</translation>
    </message>
    <message>
        <source>Run without a window, for a home server.</source>
        <translation>Fonctionner sans fenêtre, pour un serveur domestique.</translation>
    </message>
    <message>
        <source>Start simulated time at &lt;time&gt; (ISO 8601, e.g. 2026-06-21T08:00:00Z) instead of now (demo).</source>
        <translation>Démarrer le temps simulé à &lt;time&gt; (ISO 8601, p. ex. 2026-06-21T08:00:00Z) au lieu de maintenant (démo).</translation>
    </message>
    <message>
        <source>Seed of the simulated household (demo).</source>
        <translation>Graine du foyer simulé (démo).</translation>
    </message>
    <message>
        <source>Publish the household&apos;s state and Home Assistant discovery on the MQTT broker at &lt;host[:port]&gt; (default port 1883), unless the configuration names a broker for it.</source>
        <translation>Publier l&apos;état du foyer et la découverte Home Assistant sur le broker MQTT à l&apos;adresse &lt;host[:port]&gt; (port 1883 par défaut), sauf si la configuration désigne un broker pour cela.</translation>
    </message>
    <message>
        <source>Write the configuration (devices, brokers, site) to &lt;file&gt; as JSON, with passwords left out, and exit. - is standard output.</source>
        <translation>Écrire la configuration (appareils, brokers, site) dans &lt;file&gt; au format JSON, sans les mots de passe, puis quitter. - désigne la sortie standard.</translation>
    </message>
    <message>
        <source>Check the configuration in &lt;file&gt; (JSON, as exported) and merge it into this household&apos;s, then exit. - is standard input.</source>
        <translation>Vérifier la configuration contenue dans &lt;file&gt; (JSON, tel qu&apos;exporté) et la fusionner avec celle de ce foyer, puis quitter. - désigne l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>With --import-config: replace the whole configuration instead of merging.</source>
        <translation>Avec --import-config&#xa0;: remplacer toute la configuration au lieu de la fusionner.</translation>
    </message>
    <message>
        <source>Print the device plugins, their settings and any refused plugin file as JSON, and exit.</source>
        <translation>Afficher au format JSON les plugins d&apos;appareils, leurs réglages et tout fichier de plugin refusé, puis quitter.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--replace goes with --import-config.</source>
        <translation>--replace s&apos;utilise avec --import-config.</translation>
    </message>
    <message>
        <source>The configuration command needs a file (- for standard input or output).</source>
        <translation>La commande de configuration nécessite un fichier (- pour l&apos;entrée ou la sortie standard).</translation>
    </message>
    <message>
        <source>--mqtt-api needs a broker as host or host:port (e.g. localhost:1883), not &quot;%1&quot;.</source>
        <translation>--mqtt-api nécessite un broker sous la forme hôte ou hôte:port (p. ex. localhost:1883), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--kiosk and --headless exclude each other.</source>
        <translation>--kiosk et --headless s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir nécessite un dossier.</translation>
    </message>
    <message>
        <source>--speed must be a number above 0 and at most %1, not &quot;%2&quot;.</source>
        <translation>--speed doit être un nombre supérieur à 0 et inférieur ou égal à %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--start must be an ISO 8601 time such as 2026-06-21T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--start doit être une heure ISO 8601 comme 2026-06-21T08:00:00Z, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed doit être un nombre entier supérieur ou égal à 0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Forget the wall panel&apos;s installer PIN and its lockout, and exit; the panel then asks for a new PIN.</source>
        <translation>Oublier le PIN installateur du panneau mural et son blocage, puis quitter&#xa0;; le panneau demande alors un nouveau PIN.</translation>
    </message>
    <message>
        <source>--export-config, --import-config, --list-plugins and --reset-installer-pin exclude each other.</source>
        <translation>--export-config, --import-config, --list-plugins et --reset-installer-pin s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>Take part in the community whose folder &lt;dir&gt; holds community.json and the member&apos;s key file (with --member and --community-broker).</source>
        <translation>Participer à la communauté dont le dossier &lt;dir&gt; contient community.json et le fichier de clé du membre (avec --member et --community-broker).</translation>
    </message>
    <message>
        <source>The household&apos;s key in the community folder: keys/&lt;name&gt;.key. Its passphrase comes from COMMONWATT_KEY_PASSPHRASE or the credential commonwatt-key-passphrase.</source>
        <translation>La clé du foyer dans le dossier de la communauté&#xa0;: keys/&lt;name&gt;.key. Sa phrase secrète vient de COMMONWATT_KEY_PASSPHRASE ou de l’identifiant commonwatt-key-passphrase.</translation>
    </message>
    <message>
        <source>The community&apos;s MQTT broker at &lt;host:port&gt;, where the ledger is kept in step.</source>
        <translation>Le courtier MQTT de la communauté à &lt;host:port&gt;, où le registre est tenu à jour.</translation>
    </message>
    <message>
        <source>--community, --member and --community-broker go together: the community folder, the household&apos;s key name and the broker.</source>
        <translation>--community, --member et --community-broker vont ensemble&#xa0;: le dossier de la communauté, le nom de la clé du foyer et le courtier.</translation>
    </message>
    <message>
        <source>--member needs the name of a key file in the folder&apos;s keys/, not &quot;%1&quot;.</source>
        <translation>--member attend le nom d’un fichier de clé dans le dossier keys/, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--community-broker needs a broker as host:port (e.g. broker.example.org:1883), not &quot;%1&quot;.</source>
        <translation>--community-broker attend un courtier sous la forme host:port (par ex. broker.example.org:1883), pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Replaced by a newer command before %1 confirmed it.</source>
        <translation>Remplacée par une commande plus récente avant que %1 l&apos;ait confirmée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not confirm the command after %n attempt(s).</source>
        <translation>
            <numerusform>%1 n&apos;a pas confirmé la commande après %n tentative.</numerusform>
            <numerusform>%1 n&apos;a pas confirmé la commande après %n tentatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommonsPanel</name>
    <message>
        <source>In the commons</source>
        <extracomment>Heading of the panel with credits, clean share and reputation</extracomment>
        <translation>Dans les communs</translation>
    </message>
    <message>
        <source>estimates</source>
        <extracomment>Credits are estimated until the household joins a community and they are validated</extracomment>
        <translation>estimations</translation>
    </message>
    <message>
        <source>Credits today</source>
        <extracomment>Credits earned (or spent) today</extracomment>
        <translation>Crédits du jour</translation>
    </message>
    <message>
        <source>This month %1 · since %2: %3</source>
        <extracomment>Under today&apos;s credits: this month&apos;s, and the total since a date</extracomment>
        <translation>Ce mois-ci %1 · depuis le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Clean today</source>
        <extracomment>Share of today&apos;s use that was clean energy</extracomment>
        <translation>Part propre du jour</translation>
    </message>
    <message>
        <source>Reputation</source>
        <extracomment>Reputation score out of 100</extracomment>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>giving %1 · reliable %2 · clean %3</source>
        <extracomment>The three parts of the reputation: giving, reliability, clean</extracomment>
        <translation>don %1 · fiabilité %2 · propre %3</translation>
    </message>
    <message>
        <source>tap for its parts</source>
        <extracomment>Hint under the reputation score</extracomment>
        <translation>touchez pour le détail</translation>
    </message>
    <message>
        <source>This month %1 · balance %2</source>
        <extracomment>Under today&apos;s credits: this month&apos;s, and the balance on the community ledger</extracomment>
        <translation>Ce mois-ci %1 · solde %2</translation>
    </message>
</context>
<context>
    <name>CommunityActions</name>
    <message>
        <source>%1: pending, waiting for the ledger…</source>
        <extracomment>An action on the Community page waiting for the ledger; %1 the action</extracomment>
        <translation>%1&#xa0;: en attente du registre…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <extracomment>An action in the ledger; %1 the action</extracomment>
        <translation>%1&#xa0;: fait.</translation>
    </message>
    <message>
        <source>%1: refused, %2.</source>
        <extracomment>An action the ledger refused; %1 the action, %2 why</extracomment>
        <translation>%1&#xa0;: refusé, %2.</translation>
    </message>
    <message>
        <source>%1: not sent, %2</source>
        <extracomment>An action that could not be stored; %1 the action, %2 why</extracomment>
        <translation>%1&#xa0;: non envoyé, %2</translation>
    </message>
</context>
<context>
    <name>CommunityFeedView</name>
    <message>
        <source>All</source>
        <extracomment>Feed filter: every entry</extracomment>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Feed filter: entries by or about this household</extracomment>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Trades</source>
        <extracomment>Feed filter: offers, acceptances, settlements</extracomment>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Feed filter: contributions, grant requests, approvals, payments</extracomment>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>Feed period: no limit</extracomment>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Feed period: today only</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>7 days</source>
        <extracomment>Feed period: the last seven days</extracomment>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>Nothing in the ledger matches this filter.</source>
        <extracomment>The community feed under a filter that matches nothing</extracomment>
        <translation>Rien dans le registre ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Your balance %1</source>
        <extracomment>Community page: the household&apos;s balance; %1 an amount of credits</extracomment>
        <translation>Votre solde %1</translation>
    </message>
    <message>
        <source>Pool %1 · %2 members</source>
        <extracomment>Community page: the pool and the members; %1 credits, %2 how many members</extracomment>
        <translation>Fonds %1 · %2 membres</translation>
    </message>
    <message>
        <source> · you are a steward</source>
        <extracomment>Appended when the household is a steward</extracomment>
        <translation> · vous êtes gardien</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>Community page section: the ledger&apos;s entries</extracomment>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Trades</source>
        <extracomment>Community page section: offers and trades</extracomment>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Community page section: the subsidy pool</extracomment>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Board</source>
        <extracomment>Community page section: the reputation board</extracomment>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Community page, when the household is not (yet) in a community</extracomment>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Not in a community</source>
        <translation>Dans aucune communauté</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>not a field of %1</source>
        <translation>champ inconnu pour %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <source>must be a time in milliseconds since 1970 (a whole number, 0 or more)</source>
        <translation>doit être une heure en millisecondes depuis 1970 (un nombre entier, 0 ou plus)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>a configuration document</source>
        <translation>un document de configuration</translation>
    </message>
    <message>
        <source>this is not a Commonwatt configuration (expected &quot;%1&quot;, found %2)</source>
        <translation>ce n&apos;est pas une configuration Commonwatt (attendu&#xa0;: «&#xa0;%1&#xa0;», trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>aucun nom de format</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 is newer than this build of Commonwatt reads (up to %2); update Commonwatt first</source>
        <translation>%1 est plus récent que ce que cette version de Commonwatt sait lire (jusqu&apos;à %2)&#xa0;; mettez d&apos;abord Commonwatt à jour</translation>
    </message>
    <message>
        <source>%1 is not a version of the configuration format</source>
        <translation>%1 n&apos;est pas une version du format de configuration</translation>
    </message>
    <message>
        <source>a broker</source>
        <translation>un broker</translation>
    </message>
    <message>
        <source>a plugin instance</source>
        <translation>une instance de plugin</translation>
    </message>
    <message>
        <source>not a valid key (lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>clé invalide (lettres minuscules, chiffres, &apos;_&apos;, &apos;-&apos; et &apos;.&apos;)</translation>
    </message>
    <message>
        <source>belongs to the device it was set on and is not imported (the installer PIN is chosen on the panel)</source>
        <translation>appartient à l&apos;appareil sur lequel il a été défini et n&apos;est pas importé (le PIN installateur se choisit sur le panneau)</translation>
    </message>
    <message>
        <source>must have a value</source>
        <translation>doit avoir une valeur</translation>
    </message>
    <message>
        <source>%1: not a Commonwatt configuration database (%2)</source>
        <translation>%1&#xa0;: pas une base de données de configuration Commonwatt (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>le fichier n&apos;est pas une base de données</translation>
    </message>
    <message>
        <source>another database, application id %1</source>
        <translation>une autre base de données, identifiant d&apos;application %1</translation>
    </message>
    <message>
        <source>%1: written by a newer Commonwatt (configuration version %2; this build reads up to version %3)</source>
        <translation>%1&#xa0;: écrit par une version plus récente de Commonwatt (version de configuration %2&#xa0;; cette version lit jusqu&apos;à la version %3)</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1&#xa0;: création impossible (%2)</translation>
    </message>
    <message>
        <source>%1: readable by other users and cannot be made private (%2)</source>
        <translation>%1&#xa0;: lisible par d&apos;autres utilisateurs et impossible à rendre privé (%2)</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging (journal mode %1)</source>
        <translation>impossible d&apos;utiliser la journalisation WAL (mode de journal %1)</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>The configuration store is not open</source>
        <translation>Le stockage de la configuration n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>Broker %1 is still used by %2; give them another broker or remove them first</source>
        <translation>Le broker %1 est encore utilisé par %2&#xa0;; attribuez-leur un autre broker ou supprimez-les d&apos;abord</translation>
    </message>
    <message>
        <source>No broker %1 is configured</source>
        <translation>Aucun broker %1 n&apos;est configuré</translation>
    </message>
    <message>
        <source>No plugin instance %1 is configured</source>
        <translation>Aucune instance de plugin %1 n&apos;est configurée</translation>
    </message>
    <message>
        <source>Site setting &quot;%1&quot;: not a valid key (lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>Réglage du site «&#xa0;%1&#xa0;»&#xa0;: clé invalide (lettres minuscules, chiffres, &apos;_&apos;, &apos;-&apos; et &apos;.&apos;)</translation>
    </message>
    <message>
        <source>Site setting %1: must have a value (remove it instead)</source>
        <translation>Réglage du site %1&#xa0;: doit avoir une valeur (supprimez-le plutôt)</translation>
    </message>
    <message>
        <source>No site setting %1 is stored</source>
        <translation>Aucun réglage du site %1 n&apos;est enregistré</translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON: %1 at byte %2</source>
        <translation>Le fichier de configuration n&apos;est pas un JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>The configuration file holds no JSON object; an export is one object</source>
        <translation>Le fichier de configuration ne contient pas d&apos;objet JSON&#xa0;; un export est un objet unique</translation>
    </message>
    <message>
        <source>is redacted (&quot;%1&quot;) and no secret is stored here to keep; enter it again</source>
        <translation>est masqué («&#xa0;%1&#xa0;») et aucun secret n&apos;est enregistré ici pour le conserver&#xa0;; saisissez-le à nouveau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to %2 lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos; (e.g. &quot;kitchen-plug&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide&#xa0;: utilisez de 1 à %2 lettres minuscules, chiffres et &apos;-&apos;, sans commencer par &apos;-&apos; (p. ex. «&#xa0;prise-cuisine&#xa0;»)</translation>
    </message>
    <message>
        <source>no plugin &quot;%1&quot; is installed</source>
        <translation>aucun plugin «&#xa0;%1&#xa0;» n&apos;est installé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid broker id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de broker valide</translation>
    </message>
    <message>
        <source>no broker &quot;%1&quot; is configured</source>
        <translation>aucun broker «&#xa0;%1&#xa0;» n&apos;est configuré</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The installer PIN was not reset: %1</source>
        <translation>Le PIN installateur n&apos;a pas été réinitialisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The installer PIN is reset: the wall panel asks for a new one when the installer button is next pressed.</source>
        <translation>Le PIN installateur est réinitialisé&#xa0;: le panneau mural en demandera un nouveau au prochain appui sur le bouton Installateur.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 devices, %3 brokers.</source>
        <translation>%1 importé&#xa0;: %2 appareils, %3 brokers.</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <source>Cancel</source>
        <extracomment>Confirmation: do not do it</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data folder is known for this user: give one with --data-dir.</source>
        <translation>Aucun dossier de données n&apos;est connu pour cet utilisateur&#xa0;: indiquez-en un avec --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Le dossier de données %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Commonwatt (process %2).</source>
        <translation>Le dossier de données %1 est utilisé par une autre instance de Commonwatt (processus %2).</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>Impossible de verrouiller le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>DeviceSheet</name>
    <message>
        <source>Close</source>
        <extracomment>Closes the device&apos;s sheet</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation>Charger maintenant</translation>
    </message>
    <message>
        <source>Heat now</source>
        <translation>Chauffer maintenant</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Lancer maintenant</translation>
    </message>
    <message>
        <source>Don&apos;t run today</source>
        <extracomment>Keeps an appliance or heater off until midnight</extracomment>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <extracomment>Ends the household&apos;s request: the planner decides again</extracomment>
        <translation>Revenir en automatique</translation>
    </message>
    <message>
        <source>When do you leave, and how full should it be?</source>
        <extracomment>Above the car&apos;s departure time and charge</extracomment>
        <translation>Quand partez-vous, et à quel niveau de charge&#xa0;?</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Less charge</source>
        <translation>Moins de charge</translation>
    </message>
    <message>
        <source>More charge</source>
        <translation>Plus de charge</translation>
    </message>
    <message>
        <source>Ready by</source>
        <extracomment>Sets the car&apos;s departure time and charge</extracomment>
        <translation>Programmer le départ</translation>
    </message>
</context>
<context>
    <name>EnergyCounter</name>
    <message>
        <source>energy counter %1 kWh is not a count</source>
        <translation>compteur d&apos;énergie&#xa0;: %1 kWh n&apos;est pas une valeur de comptage</translation>
    </message>
    <message>
        <source>energy counter went back from %1 to %2 kWh; kept at %1 until the next report shows whether the device&apos;s counter restarted</source>
        <translation>le compteur d&apos;énergie est revenu de %1 à %2 kWh&#xa0;; maintenu à %1 jusqu&apos;au prochain relevé, qui montrera si le compteur de l&apos;appareil a redémarré</translation>
    </message>
    <message>
        <source>energy counter rose from %1 to %2 kWh in %3 min, more than the plausibility limit of %4 kW allows</source>
        <translation>le compteur d&apos;énergie est passé de %1 à %2 kWh en %3 min, plus que ne le permet la limite de plausibilité de %4 kW</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Grid event: %1</source>
        <extracomment>Title of a grid event&apos;s card; %1 is its level in words, e.g. &quot;high need&quot;</extracomment>
        <translation>Événement réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>No grid events</source>
        <extracomment>Events page, when there are none</extracomment>
        <translation>Aucun événement réseau</translation>
    </message>
    <message>
        <source>When the grid is short of power, usually on a cold weekday evening, it calls a grid event the day before. Using less than usual during it earns credits. Events show here as soon as they are announced.</source>
        <extracomment>Events page, when there are none: what grid events are</extracomment>
        <translation>Quand le réseau manque de puissance, généralement un soir de semaine par temps froid, il annonce un événement réseau la veille. Consommer moins que d&apos;habitude pendant l&apos;événement rapporte des crédits. Les événements s&apos;affichent ici dès qu&apos;ils sont annoncés.</translation>
    </message>
</context>
<context>
    <name>ForecastAccuracy</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the solar forecast&apos;s accuracy, %2 the home&apos;s, e.g. &quot;Solar forecast: ±1.2 kWh/day, 38 % better than yesterday-as-forecast · Home ±0.8 kWh/day, 12 % better&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 W</source>
        <extracomment>Power in watts; %1 is the number</extracomment>
        <translation>%1&#xa0;W</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <extracomment>Power in kilowatts; %1 is the number</extracomment>
        <translation>%1&#xa0;kW</translation>
    </message>
    <message>
        <source>%1 Wh</source>
        <extracomment>Energy in watt-hours; %1 is the number</extracomment>
        <translation>%1&#xa0;Wh</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>Energy in kilowatt-hours; %1 is the number</extracomment>
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 cr</source>
        <extracomment>An amount of credits, the community&apos;s currency; %1 is the signed number</extracomment>
        <translation>%1&#xa0;cr</translation>
    </message>
</context>
<context>
    <name>GridEventCard</name>
    <message>
        <source>now</source>
        <extracomment>A grid event&apos;s status: it is running now</extracomment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>upcoming</source>
        <extracomment>A grid event&apos;s status: it has not started</extracomment>
        <translation>à venir</translation>
    </message>
    <message>
        <source>past</source>
        <extracomment>A grid event&apos;s status: it is over</extracomment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Declined: your appliances are planned as if there were no event. It still counts, and any reduction still earns credits.</source>
        <extracomment>After declining a grid event: what declining does and does not change</extracomment>
        <translation>Refusé&#xa0;: vos appareils sont planifiés comme s&apos;il n&apos;y avait pas d&apos;événement. L&apos;événement compte quand même, et toute baisse de consommation rapporte toujours des crédits.</translation>
    </message>
    <message>
        <source>Accepted: flexible appliances wait until it is over and the battery supplies the house.</source>
        <extracomment>After accepting a grid event</extracomment>
        <translation>Accepté&#xa0;: les appareils flexibles attendent la fin de l&apos;événement et la batterie alimente la maison.</translation>
    </message>
    <message>
        <source>Your appliances keep out of it unless you decline. Using less than usual earns credits either way.</source>
        <extracomment>Before answering a grid event: what the default is</extracomment>
        <translation>Vos appareils évitent l&apos;événement, sauf si vous refusez. Consommer moins que d&apos;habitude rapporte des crédits dans tous les cas.</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: take part in a grid event</extracomment>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Button: plan as if there were no grid event</extracomment>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>GridFeed</name>
    <message>
        <source>a topic cannot contain a NUL character</source>
        <translation>un topic ne peut pas contenir de caractère NUL</translation>
    </message>
    <message>
        <source>a topic is at most 65535 bytes long</source>
        <translation>un topic fait au plus 65535 octets</translation>
    </message>
    <message>
        <source># may only stand alone as the last level of a topic</source>
        <translation># ne peut figurer que seul, comme dernier niveau d&apos;un topic</translation>
    </message>
    <message>
        <source>+ may only stand alone as a level of a topic</source>
        <translation>+ ne peut figurer que seul, comme niveau d&apos;un topic</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Région du réseau</translation>
    </message>
    <message>
        <source>The distribution region whose signals this household follows, as the distributor&apos;s membership entry names it.</source>
        <translation>La région de distribution dont ce foyer suit les signaux, sous le nom indiqué dans l&apos;adhésion auprès du distributeur.</translation>
    </message>
    <message>
        <source>Feed topic</source>
        <translation>Topic du flux</translation>
    </message>
    <message>
        <source>Empty: commonwatt/community/signals/&lt;region&gt;. + and # may be used; documents for other regions are ignored.</source>
        <translation>Vide&#xa0;: commonwatt/community/signals/&lt;region&gt;. + et # sont permis&#xa0;; les documents d&apos;autres régions sont ignorés.</translation>
    </message>
    <message>
        <source>Forecast usable for</source>
        <translation>Prévision utilisable pendant</translation>
    </message>
    <message>
        <source>After this long without a newer document, the signals are shown as offline and no longer used.</source>
        <translation>Passé ce délai sans document plus récent, les signaux sont affichés hors ligne et ne sont plus utilisés.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>a region cannot contain /, + or # (it is a level of the feed&apos;s topic)</source>
        <translation>une région ne peut pas contenir /, + ni # (c&apos;est un niveau du topic du flux)</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Commonwatt</source>
        <extracomment>Product name in the header</extracomment>
        <translation>Commonwatt</translation>
    </message>
    <message>
        <source>Installer</source>
        <extracomment>Header button that opens the installer PIN dialog</extracomment>
        <translation>Installateur</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Solar</source>
        <extracomment>A series of the history chart: what the solar panels produced</extracomment>
        <translation>Solaire</translation>
    </message>
    <message>
        <source>Battery</source>
        <extracomment>A series of the history chart: what the home battery gave</extracomment>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Grid</source>
        <extracomment>A series of the history chart: what came from the grid</extracomment>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>A series of the history chart: what the home used (not the battery or the car)</extracomment>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>A series of the history chart: what charged the car</extracomment>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Charging</source>
        <extracomment>A series of the history chart: what charged the home battery</extracomment>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>A series of the history chart: what was sent to the grid</extracomment>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Giving</source>
        <extracomment>A series of the credits chart: credits earned by giving clean energy</extracomment>
        <translation>Don</translation>
    </message>
    <message>
        <source>Grid events</source>
        <extracomment>A series of the credits chart: rewards for answering grid events</extracomment>
        <translation>Événements réseau</translation>
    </message>
    <message>
        <source>Taking</source>
        <extracomment>A series of the credits chart: credits spent taking energy from the commons</extracomment>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <source>Fossil</source>
        <extracomment>A series of the credits chart: credits spent on fossil energy</extracomment>
        <translation>Fossile</translation>
    </message>
    <message>
        <source>Clean share</source>
        <extracomment>A series of the clean-share chart: the share of the home&apos;s use that was clean</extracomment>
        <translation>Part propre</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
</context>
<context>
    <name>HistoryChartView</name>
    <message>
        <source>kW</source>
        <extracomment>Unit on the History chart&apos;s value axis</extracomment>
        <translation>kW</translation>
    </message>
    <message>
        <source>kWh</source>
        <extracomment>Unit on the History chart&apos;s value axis</extracomment>
        <translation>kWh</translation>
    </message>
    <message>
        <source>cr</source>
        <extracomment>Unit on the History chart&apos;s value axis: credits</extracomment>
        <translation>cr</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Accessible name of the History chart; %1 is the view, %2 the period</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reading the history</source>
        <extracomment>Accessible name of the History page&apos;s progress indicator</extracomment>
        <translation>Lecture de l’historique</translation>
    </message>
    <message>
        <source>Whole period</source>
        <extracomment>Shows the whole period again after zooming in, on the History chart</extracomment>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A series and its value at the tapped point of the History chart</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>HistoryExportPanel</name>
    <message>
        <source>File to write</source>
        <extracomment>The file field of the History page&apos;s export</extracomment>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the export on the History page</extracomment>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export readings</source>
        <extracomment>Writes the period&apos;s readings to the file</extracomment>
        <translation>Exporter les relevés</translation>
    </message>
    <message>
        <source>Export credits</source>
        <extracomment>Writes the period&apos;s settled credits per day to the file</extracomment>
        <translation>Exporter les crédits</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <extracomment>Writes the community ledger&apos;s entries of the period to the file</extracomment>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Export progress</source>
        <extracomment>Accessible name of the export&apos;s progress bar</extracomment>
        <translation>Progression de l’exportation</translation>
    </message>
</context>
<context>
    <name>HistoryToolbar</name>
    <message>
        <source>Earlier</source>
        <extracomment>Tooltip and accessible name of the History page&apos;s back button</extracomment>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Tooltip and accessible name of the History page&apos;s forward button</extracomment>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Back to the period that holds today, on the History page</extracomment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Opens the CSV export on the History page</extracomment>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>InstallerBackupCard</name>
    <message>
        <source>Backup and restore</source>
        <extracomment>Installer: heading of backup and restore</extracomment>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>The devices, brokers and site settings, as one file. Passwords are left out; a restore replaces the whole configuration, or changes nothing if the file is not valid.</source>
        <extracomment>Installer: what a backup holds</extracomment>
        <translation>Les appareils, les brokers et les réglages du site, dans un seul fichier. Les mots de passe n&apos;y sont pas&#xa0;; une restauration remplace toute la configuration, ou ne change rien si le fichier n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <extracomment>Installer: accessible name of the backup file field</extracomment>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Back up</source>
        <extracomment>Installer: write the backup file</extracomment>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Restore…</source>
        <extracomment>Installer: restore from the backup file (asks first)</extracomment>
        <translation>Restaurer…</translation>
    </message>
</context>
<context>
    <name>InstallerCommunityCard</name>
    <message>
        <source>Community</source>
        <extracomment>Installer: heading of the community membership</extracomment>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>The distributor gives you the community file (community.json) and the household&apos;s member key (NAME.key) with its passphrase. The passphrase is not stored: for the next starts, set it as the commonwatt-key-passphrase credential.</source>
        <extracomment>Installer, community: what joining needs</extracomment>
        <translation>Le distributeur vous remet le fichier de la communauté (community.json) et la clé de membre du foyer (NAME.key) avec sa phrase secrète. La phrase secrète n’est pas enregistrée&#xa0;: pour les prochains démarrages, déposez-la comme credential commonwatt-key-passphrase.</translation>
    </message>
    <message>
        <source>No key yet? Make one here</source>
        <extracomment>Installer, community: heading of making a member key here</extracomment>
        <translation>Pas encore de clé&#xa0;? En créer une ici</translation>
    </message>
    <message>
        <source>Member name</source>
        <extracomment>Installer, community: the name the new key is for</extracomment>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <extracomment>Installer, community: the key file&apos;s passphrase</extracomment>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <extracomment>Installer, community: the new key&apos;s passphrase, again</extracomment>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <source>Make a member key</source>
        <extracomment>Installer, community: make the household&apos;s own member key</extracomment>
        <translation>Créer une clé de membre</translation>
    </message>
    <message>
        <source>Give the distributor this public key, to add the household with commonwatt-community add-member --name %2 --public-key %1. Then join below with the community file and this key.</source>
        <extracomment>Installer, community: what to give the distributor; %1 the public key, %2 the member name</extracomment>
        <translation>Donnez au distributeur cette clé publique, pour qu’il ajoute le foyer avec commonwatt-community add-member --name %2 --public-key %1. Rejoignez ensuite ci-dessous avec le fichier de la communauté et cette clé.</translation>
    </message>
    <message>
        <source>Join with the community file and the member key</source>
        <extracomment>Installer, community: heading of the join fields</extracomment>
        <translation>Rejoindre avec le fichier de la communauté et la clé de membre</translation>
    </message>
    <message>
        <source>Community file</source>
        <extracomment>Installer, community: path of community.json</extracomment>
        <translation>Fichier de la communauté</translation>
    </message>
    <message>
        <source>Member key file</source>
        <extracomment>Installer, community: path of the member&apos;s key file</extracomment>
        <translation>Fichier de la clé de membre</translation>
    </message>
    <message>
        <source>Community broker host</source>
        <extracomment>Installer, community: the community&apos;s MQTT broker</extracomment>
        <translation>Hôte du broker de la communauté</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>Installer, community: the broker&apos;s port</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <extracomment>Installer, community: the authority that signed the broker&apos;s certificate</extracomment>
        <translation>Fichier du certificat CA</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s</source>
        <extracomment>Installer, community: empty CA file</extracomment>
        <translation>Vide&#xa0;: ceux du système</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <extracomment>Installer, community: encrypt the connection to the broker</extracomment>
        <translation>Utiliser TLS</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Installer, community: check the files and join</extracomment>
        <translation>Rejoindre</translation>
    </message>
</context>
<context>
    <name>InstallerDeviceForm</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Installer form title: %1 the device&apos;s id</extracomment>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add a %1 device</source>
        <extracomment>Installer form title: %1 the plugin&apos;s name</extracomment>
        <translation>Ajouter un appareil %1</translation>
    </message>
    <message>
        <source>Device id (required)</source>
        <extracomment>Installer form: label of the device id field</extracomment>
        <translation>Identifiant de l’appareil (obligatoire)</translation>
    </message>
    <message>
        <source>Device id</source>
        <extracomment>Installer form: accessible name of the device id field</extracomment>
        <translation>Identifiant de l’appareil</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;; it names the device in the history and the MQTT topics.</source>
        <extracomment>Installer form: help under the device id field</extracomment>
        <translation>Lettres minuscules, chiffres et &apos;-&apos;&#xa0;; il désigne l’appareil dans l’historique et les topics MQTT.</translation>
    </message>
    <message>
        <source>MQTT broker</source>
        <extracomment>Installer form: heading of the MQTT broker choice</extracomment>
        <translation>Broker MQTT</translation>
    </message>
    <message>
        <source>The broker the device publishes to.</source>
        <extracomment>Installer form: what the broker choice is about</extracomment>
        <translation>Le broker sur lequel l’appareil publie.</translation>
    </message>
    <message>
        <source>New broker</source>
        <extracomment>Installer form: choice of a new MQTT broker</extracomment>
        <translation>Nouveau broker</translation>
    </message>
    <message>
        <source>Fewer broker settings</source>
        <extracomment>Installer form: hide the broker&apos;s less common settings</extracomment>
        <translation>Moins de réglages du broker</translation>
    </message>
    <message>
        <source>More broker settings</source>
        <extracomment>Installer form: show the broker&apos;s less common settings</extracomment>
        <translation>Plus de réglages du broker</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Installer, Test connection: one live reading; %1 channel, %2 value</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>Installer form: try the settings without saving them</extracomment>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Installer form: save the device</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Installer form: close without saving</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>InstallerDeviceRow</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Installer: a device&apos;s name and id; %1 name, %2 id</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · last reading %2</source>
        <extracomment>Installer: a device&apos;s plugin and its last reading; %1 plugin, %2 reading</extracomment>
        <translation>%1 · dernière mesure %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Installer: edit a device&apos;s settings</extracomment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Switch off</source>
        <extracomment>Installer: stop using a device without removing it</extracomment>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Switch on</source>
        <extracomment>Installer: use a switched-off device again</extracomment>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Installer: remove a device (asks first)</extracomment>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>InstallerDialog</name>
    <message>
        <source>Installer mode</source>
        <extracomment>Title of the installer dialog once the PIN was accepted</extracomment>
        <translation>Mode installateur</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <extracomment>Title while choosing the installer PIN, second entry</extracomment>
        <translation>Confirmez le nouveau PIN</translation>
    </message>
    <message>
        <source>Choose the installer PIN</source>
        <extracomment>Title while choosing the installer PIN, first entry</extracomment>
        <translation>Choisissez le PIN installateur</translation>
    </message>
    <message>
        <source>Enter the installer PIN</source>
        <extracomment>Title of the installer dialog before the PIN is entered</extracomment>
        <translation>Saisissez le PIN installateur</translation>
    </message>
    <message>
        <source>%1 to %2 digits. Whoever knows it can change the setup and leave the wall panel.</source>
        <extracomment>Under the title while choosing the installer PIN</extracomment>
        <translation>De %1 à %2 chiffres. Quiconque le connaît peut modifier la configuration et quitter le panneau mural.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after too many wrong tries: %n s left.</source>
        <extracomment>Shown while the installer PIN is locked after wrong tries; counts down</extracomment>
        <translation>
            <numerusform>Bloqué après trop de tentatives incorrectes&#xa0;: encore %n&#xa0;s.</numerusform>
            <numerusform>Bloqué après trop de tentatives incorrectes&#xa0;: encore %n&#xa0;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the wall panel</source>
        <extracomment>Installer mode: closes the app on the wall panel</extracomment>
        <translation>Quitter le panneau mural</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <extracomment>Installer mode: choose a new installer PIN</extracomment>
        <translation>Changer le PIN</translation>
    </message>
    <message>
        <source>Dim the screen after</source>
        <extracomment>Installer mode: after how long without a touch the screen dims</extracomment>
        <translation>Assombrir l&apos;écran après</translation>
    </message>
    <message>
        <source>Sooner</source>
        <extracomment>Installer mode: dim the screen sooner</extracomment>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Installer mode: the screen never dims</extracomment>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>Installer mode: dim after this many seconds</extracomment>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Installer mode: dim after this many minutes</extracomment>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Installer mode: dim the screen later</extracomment>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Back to the panel</source>
        <extracomment>Installer mode: ends installer mode and closes the dialog</extracomment>
        <translation>Retour au panneau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the installer dialog without entering installer mode</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Set up devices and site</source>
        <extracomment>Installer mode: shows the Installer page (devices, site, backup)</extracomment>
        <translation>Configurer les appareils et le site</translation>
    </message>
    <message>
        <source>Leave installer mode</source>
        <extracomment>Installer mode on the desktop: ends installer mode and closes the dialog</extracomment>
        <translation>Quitter le mode installateur</translation>
    </message>
</context>
<context>
    <name>InstallerPage</name>
    <message>
        <source>Devices</source>
        <extracomment>Installer: heading of the configured devices</extracomment>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>No device is configured yet. Add one from a plugin below.</source>
        <extracomment>Installer: no device is configured yet</extracomment>
        <translation>Aucun appareil n’est encore configuré. Ajoutez-en un à partir d’un plugin ci-dessous.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <extracomment>Installer: heading of the plugins a device can be added from</extracomment>
        <translation>Ajouter un appareil</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <extracomment>Installer: confirmation title; %1 the device&apos;s id</extracomment>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>Commonwatt stops using the device and forgets its settings. Its readings so far stay in the history.</source>
        <extracomment>Installer: what removing a device does</extracomment>
        <translation>Commonwatt cesse d’utiliser l’appareil et oublie ses réglages. Ses mesures jusqu’ici restent dans l’historique.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Installer: confirm removing a device</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Replace the configuration?</source>
        <extracomment>Installer: confirmation title before a restore</extracomment>
        <translation>Remplacer la configuration&#xa0;?</translation>
    </message>
    <message>
        <source>Every device, broker and site setting is replaced by those in %1, and the devices restart.</source>
        <extracomment>Installer: what a restore does; %1 the file</extracomment>
        <translation>Tous les appareils, brokers et réglages du site sont remplacés par ceux de %1, et les appareils redémarrent.</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Installer: confirm the restore</extracomment>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>InstallerSiteCard</name>
    <message>
        <source>Site</source>
        <extracomment>Installer: heading of the site settings</extracomment>
        <translation>Site</translation>
    </message>
    <message>
        <source>Import limit</source>
        <extracomment>Installer, site: most power the grid connection may draw</extracomment>
        <translation>Limite de soutirage</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>Installer, site: placeholder with the default limit</extracomment>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export limit</source>
        <extracomment>Installer, site: most power the site may feed into the grid</extracomment>
        <translation>Limite d’injection</translation>
    </message>
    <message>
        <source>Grid region</source>
        <extracomment>Installer, site: country code or bidding zone of the grid</extracomment>
        <translation>Région du réseau</translation>
    </message>
    <message>
        <source>For example DE, NL or SE3</source>
        <extracomment>Installer, site: example grid regions</extracomment>
        <translation>Par exemple DE, NL ou SE3</translation>
    </message>
    <message>
        <source>Household id</source>
        <extracomment>Installer, site: the household&apos;s id in MQTT topics</extracomment>
        <translation>Identifiant du foyer</translation>
    </message>
    <message>
        <source>The limits apply to the plan at once; a new household id applies to the MQTT API from the next start.</source>
        <extracomment>Installer, site: when the household id takes effect</extracomment>
        <translation>Les limites s’appliquent au plan immédiatement&#xa0;; un nouvel identifiant de foyer s’applique à l’API MQTT au prochain démarrage.</translation>
    </message>
    <message>
        <source>Save site settings</source>
        <extracomment>Installer, site: save the site settings</extracomment>
        <translation>Enregistrer les réglages du site</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Commonwatt</source>
        <extracomment>Window title</extracomment>
        <translation>Commonwatt</translation>
    </message>
</context>
<context>
    <name>MqttBrokerSettings</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 est illisible</translation>
    </message>
    <message>
        <source>Broker host</source>
        <translation>Hôte du broker</translation>
    </message>
    <message>
        <source>Host name or IP address of the MQTT broker, without mqtt:// or a port.</source>
        <translation>Nom d&apos;hôte ou adresse IP du broker MQTT, sans mqtt:// ni port.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Leave empty for the standard port: 1883, or 8883 with TLS.</source>
        <translation>Laissez vide pour le port standard&#xa0;: 1883, ou 8883 avec TLS.</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Utiliser TLS</translation>
    </message>
    <message>
        <source>Encrypt the connection and check the broker&apos;s certificate.</source>
        <translation>Chiffrer la connexion et vérifier le certificat du broker.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier du certificat CA</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the broker&apos;s certificate; empty: the system&apos;s.</source>
        <translation>Fichier PEM de l&apos;autorité qui a signé le certificat du broker&#xa0;; vide&#xa0;: celles du système.</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Fichier du certificat client</translation>
    </message>
    <message>
        <source>PEM certificate for brokers that identify clients by certificate.</source>
        <translation>Certificat PEM pour les brokers qui identifient les clients par certificat.</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Fichier de la clé client</translation>
    </message>
    <message>
        <source>PEM private key of the client certificate.</source>
        <translation>Clé privée PEM du certificat client.</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Vérifier le certificat du broker</translation>
    </message>
    <message>
        <source>Turn off only for testing: anyone could pretend to be the broker.</source>
        <translation>À désactiver uniquement pour des tests&#xa0;: n&apos;importe qui pourrait se faire passer pour le broker.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Unique on the broker; empty: one is generated.</source>
        <translation>Unique sur le broker&#xa0;; vide&#xa0;: un identifiant est généré.</translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation>Intervalle keep-alive</translation>
    </message>
    <message>
        <source>How soon a lost connection is noticed.</source>
        <translation>Délai au bout duquel une connexion perdue est détectée.</translation>
    </message>
    <message>
        <source>Availability topic</source>
        <translation>Topic de disponibilité</translation>
    </message>
    <message>
        <source>Where the broker announces that Commonwatt went offline; empty: no announcement.</source>
        <translation>Où le broker annonce que Commonwatt est hors ligne&#xa0;; vide&#xa0;: aucune annonce.</translation>
    </message>
    <message>
        <source>Offline payload</source>
        <translation>Message hors ligne</translation>
    </message>
    <message>
        <source>Retain availability</source>
        <translation>Conserver la disponibilité (retain)</translation>
    </message>
    <message>
        <source>Online payload</source>
        <translation>Message en ligne</translation>
    </message>
    <message>
        <source>%1 is not a host name or address (leave out mqtt:// and any path)</source>
        <translation>%1 n&apos;est ni un nom d&apos;hôte ni une adresse (omettez mqtt:// et tout chemin)</translation>
    </message>
    <message>
        <source>must not contain the wildcards + or #</source>
        <translation>ne doit pas contenir les jokers + ou #</translation>
    </message>
    <message>
        <source>required when a password is set</source>
        <translation>obligatoire lorsqu&apos;un mot de passe est défini</translation>
    </message>
    <message>
        <source>required when keyFile is set</source>
        <translation>obligatoire lorsque keyFile est défini</translation>
    </message>
    <message>
        <source>required when certFile is set</source>
        <translation>obligatoire lorsque certFile est défini</translation>
    </message>
</context>
<context>
    <name>MqttGeneric</name>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Multiplies the value to give kW: 0.001 for W, 1 for kW.</source>
        <translation>Multiplie la valeur pour obtenir des kW&#xa0;: 0.001 pour des W, 1 pour des kW.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Multiplies the value to give kWh: 0.001 for Wh, 1 for kWh.</source>
        <translation>Multiplie la valeur pour obtenir des kWh&#xa0;: 0.001 pour des Wh, 1 pour des kWh.</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>État de charge</translation>
    </message>
    <message>
        <source>Multiplies the value to give %: 100 for a fraction 0..1.</source>
        <translation>Multiplie la valeur pour obtenir des %&#xa0;: 100 pour une fraction entre 0 et 1.</translation>
    </message>
    <message>
        <source>On/off state</source>
        <translation>État marche/arrêt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>MQTT device</source>
        <translation>Appareil MQTT</translation>
    </message>
    <message>
        <source>What the app calls this device.</source>
        <translation>Le nom de cet appareil dans l&apos;application.</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Type d&apos;appareil</translation>
    </message>
    <message>
        <source>%1: topic</source>
        <translation>%1&#xa0;: topic</translation>
    </message>
    <message>
        <source>The topic the device publishes it on; empty: not read.</source>
        <translation>Le topic sur lequel l&apos;appareil publie cette valeur&#xa0;; vide&#xa0;: pas de lecture.</translation>
    </message>
    <message>
        <source>%1: JSON path</source>
        <translation>%1&#xa0;: chemin JSON</translation>
    </message>
    <message>
        <source>Where the value is in the JSON payload, e.g. ENERGY.Power; empty: the payload is the value itself.</source>
        <translation>Emplacement de la valeur dans le message JSON, p. ex. ENERGY.Power&#xa0;; vide&#xa0;: le message est la valeur elle-même.</translation>
    </message>
    <message>
        <source>%1: scale</source>
        <translation>%1&#xa0;: échelle</translation>
    </message>
    <message>
        <source>Largest plausible power</source>
        <translation>Puissance plausible maximale</translation>
    </message>
    <message>
        <source>The most the device can use or deliver. Its energy register may rise at most 1.5 times this fast; a faster rise or a drop is held back until the next value shows whether the register really jumped (a reset) or the value was garbage.</source>
        <translation>Le maximum que l&apos;appareil peut consommer ou fournir. Son compteur d&apos;énergie peut augmenter au plus 1,5 fois aussi vite&#xa0;; une hausse plus rapide ou une baisse est mise en attente jusqu&apos;à ce que la valeur suivante montre si le compteur a réellement sauté (remise à zéro) ou si la valeur était aberrante.</translation>
    </message>
    <message>
        <source>Availability topic</source>
        <translation>Topic de disponibilité</translation>
    </message>
    <message>
        <source>Where the device says it is online or offline (its last will); empty: online once a reading arrives.</source>
        <translation>Où l&apos;appareil indique s&apos;il est en ligne ou hors ligne (son message de dernière volonté)&#xa0;; vide&#xa0;: en ligne dès qu&apos;une mesure arrive.</translation>
    </message>
    <message>
        <source>Online payload</source>
        <translation>Message en ligne</translation>
    </message>
    <message>
        <source>Offline payload</source>
        <translation>Message hors ligne</translation>
    </message>
    <message>
        <source>Switch command topic</source>
        <translation>Topic de commande marche/arrêt</translation>
    </message>
    <message>
        <source>Where on and off are sent; empty: the device cannot be switched. Needs the on/off state topic, which confirms each command.</source>
        <translation>Où sont envoyés les ordres de marche et d&apos;arrêt&#xa0;; vide&#xa0;: l&apos;appareil ne peut pas être commuté. Nécessite le topic d&apos;état marche/arrêt, qui confirme chaque commande.</translation>
    </message>
    <message>
        <source>Switch on payload</source>
        <translation>Message de mise en marche</translation>
    </message>
    <message>
        <source>Switch off payload</source>
        <translation>Message d&apos;arrêt</translation>
    </message>
    <message>
        <source>Power setpoint topic</source>
        <translation>Topic de consigne de puissance</translation>
    </message>
    <message>
        <source>Where a power setpoint is sent as a plain number; empty: no setpoints. Needs the power topic, which confirms each command.</source>
        <translation>Où une consigne de puissance est envoyée sous forme de nombre simple&#xa0;; vide&#xa0;: pas de consigne. Nécessite le topic de puissance, qui confirme chaque commande.</translation>
    </message>
    <message>
        <source>Setpoint scale</source>
        <translation>Échelle de la consigne</translation>
    </message>
    <message>
        <source>Multiplies the setpoint in kW before it is sent: 1000 for W, 1 for kW.</source>
        <translation>Multiplie la consigne en kW avant envoi&#xa0;: 1000 pour des W, 1 pour des kW.</translation>
    </message>
    <message>
        <source>Charging current topic</source>
        <translation>Topic du courant de charge</translation>
    </message>
    <message>
        <source>EV chargers only: where the charging current in amperes is sent; empty: not set. Needs the power topic, which confirms each command.</source>
        <translation>Bornes de recharge uniquement&#xa0;: où le courant de charge en ampères est envoyé&#xa0;; vide&#xa0;: non réglé. Nécessite le topic de puissance, qui confirme chaque commande.</translation>
    </message>
    <message>
        <source>a topic cannot contain + or # (they are subscription wildcards)</source>
        <translation>un topic ne peut pas contenir + ni # (ce sont des jokers d&apos;abonnement)</translation>
    </message>
    <message>
        <source>a topic cannot contain a NUL character</source>
        <translation>un topic ne peut pas contenir de caractère NUL</translation>
    </message>
    <message>
        <source>topics starting with $ belong to the broker</source>
        <translation>les topics commençant par $ sont réservés au broker</translation>
    </message>
    <message>
        <source>a topic is at most 65535 bytes long</source>
        <translation>un topic fait au plus 65535 octets</translation>
    </message>
    <message>
        <source>set, but %1 is empty, so there is nothing to read it from</source>
        <translation>défini, mais %1 est vide&#xa0;: il n&apos;y a rien à lire</translation>
    </message>
    <message>
        <source>must not be 0 (every reading would be 0)</source>
        <translation>ne doit pas valoir 0 (chaque mesure vaudrait 0)</translation>
    </message>
    <message>
        <source>no reading is mapped: set at least one of powerTopic, energyTopic, socTopic and onTopic</source>
        <translation>aucune mesure n&apos;est associée&#xa0;: définissez au moins l&apos;un de powerTopic, energyTopic, socTopic et onTopic</translation>
    </message>
    <message>
        <source>required with an availability topic</source>
        <translation>obligatoire avec un topic de disponibilité</translation>
    </message>
    <message>
        <source>must differ from payloadOnline</source>
        <translation>doit être différent de payloadOnline</translation>
    </message>
    <message>
        <source>needs onTopic: a switch command is confirmed by the on/off state</source>
        <translation>nécessite onTopic&#xa0;: une commande marche/arrêt est confirmée par l&apos;état marche/arrêt</translation>
    </message>
    <message>
        <source>required with a switch topic</source>
        <translation>obligatoire avec un topic de commande marche/arrêt</translation>
    </message>
    <message>
        <source>must differ from payloadOn</source>
        <translation>doit être différent de payloadOn</translation>
    </message>
    <message>
        <source>needs powerTopic: a setpoint is confirmed by the power reading</source>
        <translation>nécessite powerTopic&#xa0;: une consigne est confirmée par la mesure de puissance</translation>
    </message>
    <message>
        <source>must not be 0 (every setpoint would be sent as 0)</source>
        <translation>ne doit pas valoir 0 (chaque consigne serait envoyée à 0)</translation>
    </message>
    <message>
        <source>only an EV charger (kind ev) takes a charging current</source>
        <translation>seule une borne de recharge (type ev) accepte un courant de charge</translation>
    </message>
    <message>
        <source>needs powerTopic: a charging current is confirmed by the power reading</source>
        <translation>nécessite powerTopic&#xa0;: un courant de charge est confirmé par la mesure de puissance</translation>
    </message>
</context>
<context>
    <name>NavTabs</name>
    <message>
        <source>Home</source>
        <extracomment>Names of the pages in the navigation bar</extracomment>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <source>Next</source>
        <extracomment>Home: heading over the plan&apos;s next actions</extracomment>
        <translation>Prochaines actions</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>Enter a PIN of %1 to %2 digits.</source>
        <translation>Saisissez un PIN de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>A PIN holds digits (0 to 9) only.</source>
        <translation>Un PIN ne contient que des chiffres (0 à 9).</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>Un PIN comporte de %1 à %2 chiffres&#xa0;; celui-ci en a %3.</translation>
    </message>
    <message>
        <source>The installer PIN cannot be checked: the cryptography library failed to start.</source>
        <translation>Le PIN installateur ne peut pas être vérifié&#xa0;: la bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The installer PIN could not be stored: not enough memory to hash it.</source>
        <translation>Le PIN installateur n&apos;a pas pu être enregistré&#xa0;: mémoire insuffisante pour le hacher.</translation>
    </message>
    <message>
        <source>The stored installer PIN is damaged. Reset it from the command line with commonwatt --reset-installer-pin.</source>
        <translation>Le PIN installateur enregistré est endommagé. Réinitialisez-le en ligne de commande avec commonwatt --reset-installer-pin.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <extracomment>The key that confirms the PIN entered on the PIN pad</extracomment>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>PIN, %n digits entered</source>
        <extracomment>Read out for the PIN entry: how many digits are typed, never which</extracomment>
        <translation>
            <numerusform>PIN, %n chiffre saisi</numerusform>
            <numerusform>PIN, %n chiffres saisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <extracomment>The PIN pad&apos;s key that removes the last digit typed</extracomment>
        <translation>Effacer le dernier chiffre</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Grid</source>
        <extracomment>The band&apos;s row: how much a grid kWh is worth to the commons in each slot</extracomment>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>%1–%2 cr/kWh</source>
        <extracomment>Under &quot;Grid&quot;: the range of credits a grid kWh costs over the plan, e.g. &quot;0.20–1.39 cr/kWh&quot;</extracomment>
        <translation>%1–%2 cr/kWh</translation>
    </message>
    <message>
        <source>Sun</source>
        <extracomment>The row with the solar forecast</extracomment>
        <translation>Soleil</translation>
    </message>
    <message>
        <source>solar: %1 · home: %2 · carbon: %3</source>
        <extracomment>Where the plan&apos;s forecasts come from: %1 solar, %2 the home&apos;s own use, %3 the grid&apos;s carbon intensity, e.g. &quot;solar: learned from 42 days · home: learned from 30 days · carbon: feed 36 h&quot;</extracomment>
        <translation>solaire&#xa0;: %1 · maison&#xa0;: %2 · carbone&#xa0;: %3</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Marks the current time on the plan&apos;s timeline</extracomment>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>PlanRequests</name>
    <message>
        <source>%1 has no programme waiting to start.</source>
        <translation>%1 n&apos;a aucun programme en attente de démarrage.</translation>
    </message>
    <message>
        <source>%1 is not plugged in.</source>
        <translation>%1&#xa0;: aucun véhicule branché.</translation>
    </message>
    <message>
        <source>%1 tells too little about itself to be planned.</source>
        <translation>%1&#xa0;: trop peu d&apos;informations pour établir un plan.</translation>
    </message>
    <message>
        <source>%1 has nothing to run now.</source>
        <translation>%1 n&apos;a rien à lancer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Cannot read the planner&apos;s requests from %1: %2</source>
        <translation>Impossible de lire les demandes du planificateur depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The planner&apos;s requests in %1 are not readable and were ignored.</source>
        <translation>Les demandes du planificateur dans %1 sont illisibles et ont été ignorées.</translation>
    </message>
    <message>
        <source>Some of the planner&apos;s requests in %1 were not readable and were ignored.</source>
        <translation>Certaines demandes du planificateur dans %1 étaient illisibles et ont été ignorées.</translation>
    </message>
    <message>
        <source>Cannot save the planner&apos;s requests to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les demandes du planificateur dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Planning…</source>
        <translation>Calcul du plan…</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Pas encore de plan</translation>
    </message>
    <message>
        <source>more than running everything now</source>
        <extracomment>After the plan&apos;s gain in credits, e.g. &quot;+3.4 cr&quot;</extracomment>
        <translation>de plus qu&apos;en lançant tout maintenant</translation>
    </message>
    <message>
        <source>less than running everything now</source>
        <translation>de moins qu&apos;en lançant tout maintenant</translation>
    </message>
    <message>
        <source>This plan %1, everything now %2, to the end of tomorrow</source>
        <extracomment>%1 the plan&apos;s credits, %2 the credits of running everything at once</extracomment>
        <translation>Ce plan %1, tout maintenant %2, jusqu&apos;à la fin de demain</translation>
    </message>
    <message>
        <source>Planned at %1 in %2 ms</source>
        <extracomment>%1 the time of the last plan, %2 how long the solver took in milliseconds</extracomment>
        <translation>Planifié à %1 en %2 ms</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>%1%2 cr</source>
        <extracomment>Credits with a sign: %1 is &quot;+&quot; or &quot;-&quot;, %2 the amount, e.g. &quot;+0.8 cr&quot;</extracomment>
        <translation>%1%2 cr</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <extracomment>A time on the next day, e.g. &quot;tomorrow 09:00&quot;</extracomment>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of time, e.g. &quot;13:15–15:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>stores solar surplus</source>
        <translation>stocke le surplus solaire</translation>
    </message>
    <message>
        <source>solar surplus</source>
        <translation>surplus solaire</translation>
    </message>
    <message>
        <source>covers a grid event</source>
        <translation>couvre un événement réseau</translation>
    </message>
    <message>
        <source>avoids a grid event</source>
        <translation>évite un événement réseau</translation>
    </message>
    <message>
        <source>grid surplus</source>
        <extracomment>The grid has more energy than it needs then</extracomment>
        <translation>surplus du réseau</translation>
    </message>
    <message>
        <source>low carbon</source>
        <extracomment>The grid&apos;s electricity is cleaner (less CO2) then</extracomment>
        <translation>bas carbone</translation>
    </message>
    <message>
        <source>cheaper</source>
        <extracomment>A grid kWh costs fewer credits then</extracomment>
        <translation>moins cher</translation>
    </message>
    <message>
        <source>as you asked</source>
        <translation>à votre demande</translation>
    </message>
    <message>
        <source>no better time</source>
        <translation>pas de meilleur moment</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>%1 vs now</source>
        <extracomment>After a device&apos;s decision: its credits against running it now, e.g. &quot;+0.8 cr vs now&quot;</extracomment>
        <translation>%1 vs maintenant</translation>
    </message>
    <message>
        <source>stays idle</source>
        <extracomment>A planned device with nothing to do in the horizon, e.g. &quot;stays idle&quot;</extracomment>
        <translation>au repos</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation>%1 et après</translation>
    </message>
    <message>
        <source>starts now: %1, %2</source>
        <extracomment>An appliance that starts now: %1 the reason, %2 the credits</extracomment>
        <translation>démarre maintenant&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>at %1: %2, %3</source>
        <extracomment>An appliance&apos;s planned start: %1 a time (&quot;13:15&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>à %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>charges %1: %2, %3</source>
        <extracomment>A car&apos;s charging: %1 its span (&quot;13:15–15:00&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>recharge %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>heats %1: %2, %3</source>
        <extracomment>A heater&apos;s planned heating: %1 its span (&quot;13:15–15:00&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>chauffe %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A battery&apos;s plan: %1 what it does and why (&quot;stores solar surplus&quot;), %2 the credits</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A device&apos;s name and its decision, e.g. &quot;Home battery: stores solar surplus, +1.2 cr vs now&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A device&apos;s name and its decision, e.g. &quot;Washing machine at 13:15: solar surplus, +0.8 cr vs now&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Its deadline is too close: it starts as soon as it may</source>
        <translation>Échéance trop proche&#xa0;: démarre dès que possible</translation>
    </message>
    <message>
        <source>Running until %1</source>
        <translation>En marche jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>On its thermostat</source>
        <translation>Géré par son thermostat</translation>
    </message>
    <message>
        <source>Nothing waiting to run</source>
        <translation>Rien en attente</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Non branché</translation>
    </message>
    <message>
        <source>Charging now: set a departure time to plan it</source>
        <translation>Charge en cours&#xa0;: indiquez une heure de départ pour la planifier</translation>
    </message>
    <message>
        <source>Kept off until tomorrow</source>
        <translation>À l&apos;arrêt jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Not started by the plan today; it may still start by its own deadline</source>
        <translation>Non lancé par le plan aujourd&apos;hui&#xa0;; il peut encore démarrer avant sa propre échéance</translation>
    </message>
    <message>
        <source>Cannot be planned: it tells too little about itself</source>
        <translation>Planification impossible&#xa0;: trop peu d&apos;informations sur l&apos;appareil</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Lancer maintenant</translation>
    </message>
    <message>
        <source>Ready by %1 with %2 %</source>
        <extracomment>A car&apos;s request: %1 a time (&quot;07:00&quot;), %2 the charge in percent</extracomment>
        <translation>Départ à %1, charge %2 %</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <source>learned from 1 day</source>
        <extracomment>Where a forecast comes from: a model learned from the household&apos;s own readings of one day</extracomment>
        <translation>appris sur 1 jour</translation>
    </message>
    <message>
        <source>learned from %1 days</source>
        <translation>appris sur %1 jours</translation>
    </message>
    <message>
        <source>feed %1 h</source>
        <extracomment>Where a grid signal comes from: the grid-signal feed covers the next %1 hours</extracomment>
        <translation>flux %1 h</translation>
    </message>
    <message>
        <source>feed</source>
        <extracomment>Where a forecast comes from: the signal or weather source&apos;s own forecast</extracomment>
        <translation>flux</translation>
    </message>
    <message>
        <source>profile</source>
        <extracomment>Where a grid signal comes from: a daily profile learned from what the feed sent before</extracomment>
        <translation>profil</translation>
    </message>
    <message>
        <source>sun position (%1 d)</source>
        <extracomment>Where the solar forecast comes from: the sun&apos;s position, with %1 days of history so far</extracomment>
        <translation>position du soleil (%1 j)</translation>
    </message>
    <message>
        <source>typical home (%1 d)</source>
        <extracomment>Where the home&apos;s forecast comes from: a typical household, with %1 days of history so far</extracomment>
        <translation>foyer type (%1 j)</translation>
    </message>
    <message>
        <source>sun position (no history yet)</source>
        <translation>position du soleil (pas encore d&apos;historique)</translation>
    </message>
    <message>
        <source>typical home (no history yet)</source>
        <translation>foyer type (pas encore d&apos;historique)</translation>
    </message>
    <message>
        <source>community defaults</source>
        <extracomment>Where a grid signal comes from: the community&apos;s default values</extracomment>
        <translation>valeurs par défaut de la communauté</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Where a forecast comes from: nothing to forecast (no solar array)</extracomment>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>PluginPayload</name>
    <message>
        <source>message of %1 bytes is larger than %2 bytes</source>
        <translation>un message de %1 octets dépasse %2 octets</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2): %3</source>
        <translation>pas du JSON (%1 à l&apos;octet %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>pas un objet JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: must be a number</source>
        <translation>%1&#xa0;: doit être un nombre</translation>
    </message>
    <message>
        <source>%1: must be a finite number</source>
        <translation>%1&#xa0;: doit être un nombre fini</translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside %4..%5 %3</source>
        <translation>%1&#xa0;: %2 %3 est hors de la plage %4..%5 %3</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1&#xa0;: doit être vrai ou faux</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1&#xa0;: doit être un objet</translation>
    </message>
</context>
<context>
    <name>PluginSettings</name>
    <message>
        <source>What it switches</source>
        <translation>Type de charge</translation>
    </message>
    <message>
        <source>An appliance, a water heater or heat pump (thermal), or a load the plug only measures (monitor, never switched).</source>
        <translation>Un appareil ménager, un chauffe-eau ou une pompe à chaleur (thermal), ou une charge que la prise mesure seulement (monitor, jamais commutée).</translation>
    </message>
    <message>
        <source>Largest plausible power</source>
        <translation>Puissance plausible maximale</translation>
    </message>
    <message>
        <source>Readings above it are taken as broken messages; 3.7 kW for a 16 A plug.</source>
        <translation>Les mesures au-delà sont considérées comme des messages erronés&#xa0;; 3,7 kW pour une prise 16 A.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain the MQTT wildcards + or #</source>
        <translation>«&#xa0;%1&#xa0;» ne doit pas contenir les jokers MQTT + ou #</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not start or end with /</source>
        <translation>«&#xa0;%1&#xa0;» ne doit ni commencer ni se terminer par /</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain spaces or control characters</source>
        <translation>«&#xa0;%1&#xa0;» ne doit pas contenir d&apos;espaces ni de caractères de contrôle</translation>
    </message>
    <message>
        <source>%1: no clock to run on</source>
        <translation>%1&#xa0;: aucune horloge sur laquelle fonctionner</translation>
    </message>
    <message>
        <source>%1: needs an MQTT broker; none is configured for this instance</source>
        <translation>%1&#xa0;: nécessite un broker MQTT&#xa0;; aucun n&apos;est configuré pour cette instance</translation>
    </message>
    <message>
        <source>%1: createDevices needs a parent to own the device</source>
        <translation>%1&#xa0;: createDevices nécessite un parent propriétaire de l&apos;appareil</translation>
    </message>
    <message>
        <source>%1: the instance has no id</source>
        <translation>%1&#xa0;: l&apos;instance n&apos;a pas d&apos;identifiant</translation>
    </message>
</context>
<context>
    <name>Plugins</name>
    <message>
        <source>not a Commonwatt device plugin (no plugin interface declared)</source>
        <translation>pas un plugin d&apos;appareil Commonwatt (aucune interface de plugin déclarée)</translation>
    </message>
    <message>
        <source>not a Commonwatt device plugin (it declares the interface %1)</source>
        <translation>pas un plugin d&apos;appareil Commonwatt (il déclare l&apos;interface %1)</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;apiVersion&quot;</source>
        <translation>ses métadonnées ne contiennent pas de &quot;apiVersion&quot; valide</translation>
    </message>
    <message>
        <source>written for plugin API %1; this Commonwatt needs plugin API %2.x</source>
        <translation>écrit pour l&apos;API de plugin %1&#xa0;; cette version de Commonwatt nécessite l&apos;API de plugin %2.x</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;id&quot; (lowercase letters, digits and &apos;-&apos;)</source>
        <translation>ses métadonnées ne contiennent pas de &quot;id&quot; valide (lettres minuscules, chiffres et &apos;-&apos;)</translation>
    </message>
    <message>
        <source>its metadata&apos;s &quot;thread&quot; must be &quot;worker&quot; or &quot;clock&quot;, not &quot;%1&quot;</source>
        <translation>dans ses métadonnées, &quot;thread&quot; doit valoir &quot;worker&quot; ou &quot;clock&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>built-in plugin</source>
        <translation>plugin intégré</translation>
    </message>
    <message>
        <source>The built-in plugin is refused: %1.</source>
        <translation>Le plugin intégré est refusé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The built-in plugin %1 does not implement the device plugin interface.</source>
        <translation>Le plugin intégré %1 n&apos;implémente pas l&apos;interface de plugin d&apos;appareil.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>%1 is refused: not a Commonwatt plugin, or a damaged file (%2).</source>
        <translation>%1 est refusé&#xa0;: pas un plugin Commonwatt, ou fichier endommagé (%2).</translation>
    </message>
    <message>
        <source>%1 is refused: %2.</source>
        <translation>%1 est refusé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is refused: a plugin with the id %2 is already loaded from %3.</source>
        <translation>%1 est refusé&#xa0;: un plugin avec l&apos;identifiant %2 est déjà chargé depuis %3.</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>ce programme</translation>
    </message>
    <message>
        <source>%1 is refused: it does not implement the device plugin interface.</source>
        <translation>%1 est refusé&#xa0;: il n&apos;implémente pas l&apos;interface de plugin d&apos;appareil.</translation>
    </message>
    <message>
        <source>%1 is refused: it could not be loaded (%2).</source>
        <translation>%1 est refusé&#xa0;: il n&apos;a pas pu être chargé (%2).</translation>
    </message>
    <message>
        <source>The plugin %1 (%2) is refused: its id is already taken.</source>
        <translation>Le plugin %1 (%2) est refusé&#xa0;: son identifiant est déjà pris.</translation>
    </message>
    <message>
        <source>%1 needs an MQTT broker, and none is configured for it.</source>
        <translation>%1 a besoin d&apos;un broker MQTT, et aucun n&apos;est configuré pour lui.</translation>
    </message>
    <message>
        <source>%1: the plugin %2 created no devices.</source>
        <translation>%1&#xa0;: le plugin %2 n&apos;a créé aucun appareil.</translation>
    </message>
    <message>
        <source>%1: the plugin %2 failed while creating its devices: %3</source>
        <translation>%1&#xa0;: le plugin %2 a échoué lors de la création de ses appareils&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the plugin %2 failed while creating its devices.</source>
        <translation>%1&#xa0;: le plugin %2 a échoué lors de la création de ses appareils.</translation>
    </message>
    <message>
        <source>an exception of unknown type</source>
        <translation>une exception de type inconnu</translation>
    </message>
    <message>
        <source>%1 (plugin %2) has not responded for %3 s.</source>
        <translation>%1 (plugin %2) ne répond plus depuis %3 s.</translation>
    </message>
    <message>
        <source>%1 (plugin %2) stopped: it threw an exception: %3</source>
        <translation>%1 (plugin %2) s&apos;est arrêté&#xa0;: il a levé une exception&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>The subsidy pool holds %1</source>
        <extracomment>The subsidy pool&apos;s balance; %1 an amount of credits</extracomment>
        <translation>Le fonds de soutien contient %1</translation>
    </message>
    <message>
        <source>Give credits</source>
        <extracomment>Giving to the pool: how many credits</extracomment>
        <translation>Donner des crédits</translation>
    </message>
    <message>
        <source>Give</source>
        <extracomment>Button: give credits to the subsidy pool</extracomment>
        <translation>Donner</translation>
    </message>
    <message>
        <source>Ask for a grant</source>
        <extracomment>Community page: heading of the form to ask the pool for a grant</extracomment>
        <translation>Demander une aide</translation>
    </message>
    <message>
        <source>For clean-energy investments: panels, a battery, a heat pump. The stewards approve it; it is paid in full once enough of them have.</source>
        <extracomment>What grants are for and how they are decided</extracomment>
        <translation>Pour des investissements dans l&apos;énergie propre&#xa0;: panneaux, batterie, pompe à chaleur. Les gardiens l&apos;approuvent&#xa0;; elle est versée en entier dès que suffisamment d&apos;entre eux l&apos;ont fait.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>Grant form: what the grant is for</extracomment>
        <translation>Objet</translation>
    </message>
    <message>
        <source>a home battery</source>
        <extracomment>Grant form: an example purpose</extracomment>
        <translation>une batterie domestique</translation>
    </message>
    <message>
        <source>Credits</source>
        <extracomment>Grant form: how many credits</extracomment>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Ask</source>
        <extracomment>Button: publish a grant request</extracomment>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Grant requests</source>
        <extracomment>Community page: heading of the list of grant requests</extracomment>
        <translation>Demandes d&apos;aide</translation>
    </message>
    <message>
        <source>No grant requests yet.</source>
        <extracomment>Community page: no grant requests</extracomment>
        <translation>Aucune demande d&apos;aide pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A grant request&apos;s state: %1 when asked, %2 approvals, %3 status</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>Button: a steward approves a grant request</extracomment>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <extracomment>Button: a steward withdraws an approval</extracomment>
        <translation>Retirer l&apos;approbation</translation>
    </message>
    <message>
        <source>Pay from the pool</source>
        <extracomment>Button: pay an approved grant from the pool</extracomment>
        <translation>Payer depuis le fonds</translation>
    </message>
</context>
<context>
    <name>PowerFlowView</name>
    <message>
        <source>Solar</source>
        <extracomment>Power-flow node: solar panels</extracomment>
        <translation>Solaire</translation>
    </message>
    <message>
        <source>Grid</source>
        <extracomment>Power-flow node: the public grid</extracomment>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>importing</source>
        <extracomment>Grid detail: importing from or exporting to the grid</extracomment>
        <translation>soutirage</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>injection</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Power-flow node: the home&apos;s own consumption</extracomment>
        <translation>Maison</translation>
    </message>
    <message>
        <source>Battery</source>
        <extracomment>Power-flow node: the home battery</extracomment>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>Power-flow node: the electric car</extracomment>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>away</source>
        <extracomment>Car detail when it is not plugged in</extracomment>
        <translation>absente</translation>
    </message>
</context>
<context>
    <name>ReputationBoard</name>
    <message>
        <source>Name on the board</source>
        <extracomment>The name shown on the reputation board</extracomment>
        <translation>Nom dans le classement</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button: show this name on the reputation board</extracomment>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Stay anonymous</source>
        <extracomment>Button: be anonymous on the reputation board</extracomment>
        <translation>Rester anonyme</translation>
    </message>
    <message>
        <source>Rank %1, %2, %3</source>
        <extracomment>A row of the board for screen readers: %1 rank, %2 name, %3 points</extracomment>
        <translation>Rang %1, %2, %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>A rank on the board; %1 the number</extracomment>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Others see you on the board as “%1”, and can tell which entries of the ledger are yours.</source>
        <extracomment>The board opt-in, when shown; %1 the name</extracomment>
        <translation>Les autres vous voient dans le classement sous le nom «&#xa0;%1&#xa0;» et peuvent savoir quelles entrées du registre sont les vôtres.</translation>
    </message>
    <message>
        <source>Others see you on the board as an anonymous member. You can show a name of your choice instead; members can then tell which entries of the ledger are yours.</source>
        <extracomment>The board opt-in, by default</extracomment>
        <translation>Les autres vous voient dans le classement comme un membre anonyme. Vous pouvez afficher à la place un nom de votre choix&#xa0;; les membres pourront alors savoir quelles entrées du registre sont les vôtres.</translation>
    </message>
    <message>
        <source>Points out of 80 over the last %1 days: giving (50) and keeping one&apos;s commitments (30). The clean-energy part of your reputation is on Home; it is not on the ledger, so it is not compared here.</source>
        <extracomment>What the board ranks; %1 the community&apos;s reputation window in days (90 by default)</extracomment>
        <translation>Points sur 80 au cours des %1 derniers jours&#xa0;: le don (50) et les engagements tenus (30). La part énergie propre de votre réputation figure sur l&apos;accueil&#xa0;; elle n&apos;est pas dans le registre, elle n&apos;est donc pas comparée ici.</translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <source>%1 (required)</source>
        <extracomment>Installer form: a required field&apos;s label</extracomment>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Stored: leave empty to keep it</source>
        <extracomment>Installer form: placeholder of a secret field that is stored</extracomment>
        <translation>Enregistré&#xa0;: laisser vide pour le garder</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>Installer form: placeholder showing a field&apos;s default</extracomment>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ScreenDimmer</name>
    <message>
        <source>Screen dimmed. The time is %1</source>
        <extracomment>Read out for the dimmed wall panel: the time now</extracomment>
        <translation>Écran assombri. Il est %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 est inférieur au minimum de %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 est supérieur au maximum de %2</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>a un type inconnu</translation>
    </message>
    <message>
        <source>not a setting of this plugin</source>
        <translation>n&apos;est pas un réglage de ce plugin</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <extracomment>Settings: heading of the language choice</extracomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Also how numbers, dates and times are written.</source>
        <extracomment>Settings: what the language choice changes</extracomment>
        <translation>Détermine aussi l&apos;écriture des nombres, des dates et des heures.</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings: heading of the colour theme choice</extracomment>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Theme choice: light by day, dark at night</extracomment>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Light from 07:00, dark from 20:00</source>
        <translation>Clair à partir de 07:00, sombre à partir de 20:00</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Theme choice: light colours</extracomment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Night</source>
        <extracomment>Theme choice: dark colours</extracomment>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>Settings: heading of the choice of power units</extracomment>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Power and energy as %1 and %2.</source>
        <extracomment>Settings: an example of each unit choice follows</extracomment>
        <translation>Puissance et énergie en %1 et %2.</translation>
    </message>
    <message>
        <source>kW, kWh</source>
        <extracomment>Unit choice: kilowatts and kilowatt-hours</extracomment>
        <translation>kW, kWh</translation>
    </message>
    <message>
        <source>W, Wh</source>
        <extracomment>Unit choice: watts and watt-hours</extracomment>
        <translation>W, Wh</translation>
    </message>
    <message>
        <source>About Commonwatt</source>
        <extracomment>Settings: heading of the card about the program</extracomment>
        <translation>À propos de Commonwatt</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2. Free software under the GNU GPL, version 3 or later.</source>
        <extracomment>Settings, About: %1 the program&apos;s version, %2 the Qt version</extracomment>
        <translation>Version %1, compilée avec Qt %2. Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <extracomment>Settings, About: %1 the folder with the household&apos;s database</extracomment>
        <translation>Données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ShellyPayload</name>
    <message>
        <source>%1: expected switch %2</source>
        <translation>%1&#xa0;: sortie %2 attendue</translation>
    </message>
    <message>
        <source>method: must be text</source>
        <translation>method&#xa0;: doit être du texte</translation>
    </message>
    <message>
        <source>params: must be an object</source>
        <translation>params&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>params.%1: must be an object</source>
        <translation>params.%1&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true ou false attendu, «&#xa0;%1&#xa0;» reçu</translation>
    </message>
    <message>
        <source>id: must be a whole number</source>
        <translation>id&#xa0;: doit être un nombre entier</translation>
    </message>
    <message>
        <source>error: must be an object</source>
        <translation>error&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>error: must have a numeric code and a text message</source>
        <translation>error&#xa0;: doit comporter un code numérique et un message texte</translation>
    </message>
    <message>
        <source>result: must be an object</source>
        <translation>result&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>topic inconnu</translation>
    </message>
</context>
<context>
    <name>TasmotaPayload</name>
    <message>
        <source>%1: expected &quot;ON&quot; or &quot;OFF&quot;</source>
        <translation>%1&#xa0;: &quot;ON&quot; ou &quot;OFF&quot; attendu</translation>
    </message>
    <message>
        <source>%1: no value for relay %2 (%3 values)</source>
        <translation>%1&#xa0;: aucune valeur pour le relais %2 (%3 valeurs)</translation>
    </message>
    <message>
        <source>POWER: expected &quot;ON&quot; or &quot;OFF&quot;, got &quot;%1&quot;</source>
        <translation>POWER&#xa0;: &quot;ON&quot; ou &quot;OFF&quot; attendu, «&#xa0;%1&#xa0;» reçu</translation>
    </message>
    <message>
        <source>LWT: expected &quot;Online&quot; or &quot;Offline&quot;, got &quot;%1&quot;</source>
        <translation>LWT&#xa0;: &quot;Online&quot; ou &quot;Offline&quot; attendu, «&#xa0;%1&#xa0;» reçu</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>topic inconnu</translation>
    </message>
</context>
<context>
    <name>TimeAdviceBanner</name>
    <message>
        <source>Now is a good time to use energy</source>
        <extracomment>Banner: the grid&apos;s energy is clean and plentiful now</extracomment>
        <translation>C&apos;est un bon moment pour consommer</translation>
    </message>
    <message>
        <source>Now is a fair time to use energy</source>
        <extracomment>Banner: an ordinary time to use energy</extracomment>
        <translation>C&apos;est un moment correct pour consommer</translation>
    </message>
    <message>
        <source>Now is a poor time to use energy</source>
        <extracomment>Banner: the grid is stressed or dirty now</extracomment>
        <translation>C&apos;est un mauvais moment pour consommer</translation>
    </message>
    <message>
        <source>%1, better from %2</source>
        <extracomment>Banner: %1 is the sentence about now, %2 a time such as 14:30</extracomment>
        <translation>%1, mieux à partir de %2</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <extracomment>Heading of the panel with today&apos;s energy totals</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Solar produced</source>
        <extracomment>Today&apos;s energy: produced by the solar panels</extracomment>
        <translation>Production solaire</translation>
    </message>
    <message>
        <source>Home used</source>
        <extracomment>Today&apos;s energy: used by the home (without battery and car)</extracomment>
        <translation>Conso. maison</translation>
    </message>
    <message>
        <source>From the grid</source>
        <extracomment>Today&apos;s energy: taken from the grid</extracomment>
        <translation>Soutirage réseau</translation>
    </message>
    <message>
        <source>To the grid</source>
        <extracomment>Today&apos;s energy: given to the grid</extracomment>
        <translation>Injection réseau</translation>
    </message>
    <message>
        <source>Car charged</source>
        <extracomment>Today&apos;s energy: charged into the car</extracomment>
        <translation>Charge voiture</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <extracomment>Today&apos;s share of the home&apos;s and car&apos;s energy that did not come from the grid</extracomment>
        <translation>Autonomie</translation>
    </message>
</context>
<context>
    <name>TradesPanel</name>
    <message>
        <source>Offer your surplus</source>
        <extracomment>Community page: heading of the form to offer energy</extracomment>
        <translation>Proposer votre surplus</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Offer form: the day of the offer</extracomment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Offer form: the day of the offer</extracomment>
        <translation>Demain</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Offer form: when the offered energy starts</extracomment>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <extracomment>Offer form: when the offered energy ends</extracomment>
        <translation>À</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <extracomment>Offer form: the energy offered</extracomment>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Price (cr/kWh, %1)</source>
        <extracomment>Offer form: the price asked; %1 is the cap, e.g. &quot;at most 2.62 cr/kWh&quot;</extracomment>
        <translation>Prix (cr/kWh, %1)</translation>
    </message>
    <message>
        <source>Offer</source>
        <extracomment>Offer form: publish the offer</extracomment>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Open offers</source>
        <extracomment>Community page: heading of the list of open offers</extracomment>
        <translation>Offres ouvertes</translation>
    </message>
    <message>
        <source>No open offers now.</source>
        <extracomment>Community page: no open offers</extracomment>
        <translation>Aucune offre ouverte pour le moment.</translation>
    </message>
    <message>
        <source>%1: %2, %3, at %4</source>
        <extracomment>An open offer: %1 who, %2 energy, %3 when, %4 price</extracomment>
        <translation>%1&#xa0;: %2, %3, à %4</translation>
    </message>
    <message>
        <source>Energy to take (kWh)</source>
        <extracomment>Accepting an offer: how much of it</extracomment>
        <translation>Énergie à prendre (kWh)</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: accept an offer of energy</extracomment>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Your trades</source>
        <extracomment>Community page: heading of the household&apos;s own trades</extracomment>
        <translation>Vos échanges</translation>
    </message>
    <message>
        <source>No trades yet: accept an offer, or offer your surplus.</source>
        <extracomment>Community page: the household has no trades</extracomment>
        <translation>Aucun échange pour l&apos;instant&#xa0;: acceptez une offre ou proposez votre surplus.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>One of the household&apos;s trades: %1 what, %2 when, %3 its state</extracomment>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>The user interface could not be loaded:
%1</source>
        <translation>L&apos;interface utilisateur n&apos;a pas pu être chargée&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>WeightLegend</name>
    <message>
        <source>Good time</source>
        <extracomment>Legend of the plan&apos;s band: a slot where a grid kWh is cheap and clean</extracomment>
        <translation>Bon moment</translation>
    </message>
    <message>
        <source>Fair</source>
        <extracomment>Legend of the plan&apos;s band: an ordinary slot</extracomment>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Poor time</source>
        <extracomment>Legend of the plan&apos;s band: a slot where the grid is stressed or dirty</extracomment>
        <translation>Mauvais moment</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::CommunityModel</name>
    <message>
        <source>Reading the community ledger…</source>
        <translation>Lecture du registre de la communauté…</translation>
    </message>
    <message>
        <source>The community ledger cannot be used: %1</source>
        <extracomment>%1 is the reason, from the ledger</extracomment>
        <translation>Le registre de la communauté est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for your membership: the distributor signs it, and it arrives with the ledger from the community&apos;s broker.</source>
        <translation>En attente de votre adhésion&#xa0;: le gestionnaire de réseau la signe, et elle arrive avec le registre depuis le courtier de la communauté.</translation>
    </message>
    <message>
        <source>%1 given in, %2 granted</source>
        <extracomment>The subsidy pool&apos;s totals; %1 and %2 are amounts of credits</extracomment>
        <translation>%1 versés, %2 accordés</translation>
    </message>
    <message>
        <source>Your offer</source>
        <translation>Votre offre</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>What is left of an offer; %1 is an energy</extracomment>
        <translation>%1 restants</translation>
    </message>
    <message>
        <source>You sell %1 to %2 at %3</source>
        <translation>Vous vendez %1 à %2 à %3</translation>
    </message>
    <message>
        <source>You buy %1 from %2 at %3</source>
        <extracomment>%1 energy, %2 a household, %3 a price per kWh</extracomment>
        <translation>Vous achetez %1 à %2 à %3</translation>
    </message>
    <message>
        <source>settled: %1 delivered, %2 received</source>
        <translation>réglé&#xa0;: %1 livrés, %2 reçus</translation>
    </message>
    <message>
        <source>settled: %1 delivered, %2 paid</source>
        <extracomment>%1 energy delivered, %2 credits</extracomment>
        <translation>réglé&#xa0;: %1 livrés, %2 payés</translation>
    </message>
    <message>
        <source>waiting for the grid to confirm the delivery</source>
        <translation>en attente de la confirmation de la livraison par le réseau</translation>
    </message>
    <message>
        <source>You asked for %1: “%2”</source>
        <translation>Vous avez demandé %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 asked for %2: “%3”</source>
        <extracomment>%1 who asks, %2 an amount of credits, %3 the purpose as the requester wrote it</extracomment>
        <translation>%1 a demandé %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of %2 approvals</source>
        <extracomment>%1 approvals so far, %2 needed</extracomment>
        <translation>%1 approbation(s) sur %2</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>versée</translation>
    </message>
    <message>
        <source>approved, waiting for payment</source>
        <translation>approuvée, en attente de versement</translation>
    </message>
    <message>
        <source>waiting for stewards</source>
        <translation>en attente des gardiens</translation>
    </message>
    <message>
        <source>You (anonymous to others)</source>
        <translation>Vous (anonyme pour les autres)</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <extracomment>The household&apos;s own row on the board; %1 its chosen name</extracomment>
        <translation>Vous (%1)</translation>
    </message>
    <message>
        <source>Anonymous member</source>
        <translation>Membre anonyme</translation>
    </message>
    <message>
        <source>%1 of 80</source>
        <extracomment>Reputation points out of 80 (giving and reliability)</extracomment>
        <translation>%1 sur 80</translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>%1 is a price per kWh</extracomment>
        <translation>au plus %1</translation>
    </message>
    <message>
        <source>Start: write a time such as 14:00.</source>
        <translation>Début&#xa0;: indiquez une heure comme 14:00.</translation>
    </message>
    <message>
        <source>End: write a time such as 16:00.</source>
        <translation>Fin&#xa0;: indiquez une heure comme 16:00.</translation>
    </message>
    <message>
        <source>End: choose a time after the start.</source>
        <translation>Fin&#xa0;: choisissez une heure après le début.</translation>
    </message>
    <message>
        <source>Energy: write a number of kWh, such as 2 or 1.5.</source>
        <translation>Énergie&#xa0;: indiquez un nombre de kWh, comme 2 ou 1,5.</translation>
    </message>
    <message>
        <source>Price: write credits per kWh, such as 0.30.</source>
        <translation>Prix&#xa0;: indiquez des crédits par kWh, comme 0,30.</translation>
    </message>
    <message>
        <source>Offer %1 for %2 at %3</source>
        <extracomment>%1 energy, %2 a time range, %3 a price per kWh</extracomment>
        <translation>Proposer %1 pour %2 à %3</translation>
    </message>
    <message>
        <source>Accept %1 from %2</source>
        <extracomment>%1 energy, %2 a household</extracomment>
        <translation>Accepter %1 de %2</translation>
    </message>
    <message>
        <source>Amount: write a number of credits, such as 5 or 2.50.</source>
        <translation>Montant&#xa0;: indiquez un nombre de crédits, comme 5 ou 2,50.</translation>
    </message>
    <message>
        <source>Give %1 to the subsidy pool</source>
        <extracomment>%1 an amount of credits</extracomment>
        <translation>Donner %1 au fonds de soutien</translation>
    </message>
    <message>
        <source>Ask for %1: “%2”</source>
        <extracomment>%1 an amount of credits, %2 the purpose</extracomment>
        <translation>Demander %1&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <extracomment>%1 the grant&apos;s purpose</extracomment>
        <translation>Approuver «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Withdraw the approval of “%1”</source>
        <translation>Retirer l&apos;approbation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Pay the grant “%1”</source>
        <extracomment>%1 the grant&apos;s purpose</extracomment>
        <translation>Verser l&apos;aide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name: at most %1 characters.</source>
        <translation>Nom&#xa0;: au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <extracomment>%1 is the reason given by the configuration database</extracomment>
        <translation>Impossible d&apos;enregistrer le nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>This household is not a member of a community yet.</source>
        <translation>Ce foyer n&apos;est encore membre d&apos;aucune communauté.</translation>
    </message>
    <message>
        <source>Start and end: choose times on the %1-minute grid, the end after the start.</source>
        <extracomment>%1 the slot length in minutes</extracomment>
        <translation>Début et fin&#xa0;: choisissez des heures sur la grille de %1 minutes, la fin après le début.</translation>
    </message>
    <message>
        <source>Start: that time has begun; offer energy from a later time.</source>
        <translation>Début&#xa0;: cette heure a commencé&#xa0;; proposez de l&apos;énergie à partir d&apos;une heure plus tardive.</translation>
    </message>
    <message>
        <source>End: offers reach at most 7 days ahead.</source>
        <translation>Fin&#xa0;: les offres portent sur 7 jours au plus.</translation>
    </message>
    <message>
        <source>Energy: give more than 0 kWh.</source>
        <translation>Énergie&#xa0;: indiquez plus de 0 kWh.</translation>
    </message>
    <message>
        <source>Energy: your connection can export at most %1 in that time.</source>
        <extracomment>%1 an energy</extracomment>
        <translation>Énergie&#xa0;: votre raccordement peut injecter au plus %1 sur cette période.</translation>
    </message>
    <message>
        <source>Price: it cannot be below 0.</source>
        <translation>Prix&#xa0;: il ne peut pas être inférieur à 0.</translation>
    </message>
    <message>
        <source>Price: at most %1, what a kWh from the grid costs at its dirtiest and most stressed; energy shared in the community never costs more than the grid&apos;s.</source>
        <extracomment>%1 a price per kWh</extracomment>
        <translation>Prix&#xa0;: au plus %1, le coût d&apos;un kWh du réseau quand il est le plus carboné et le plus sollicité&#xa0;; l&apos;énergie partagée dans la communauté ne coûte jamais plus que celle du réseau.</translation>
    </message>
    <message>
        <source>Distance: choose 0 to 4 grid levels.</source>
        <translation>Distance&#xa0;: choisissez de 0 à 4 niveaux de réseau.</translation>
    </message>
    <message>
        <source>That offer is not in the ledger.</source>
        <translation>Cette offre n&apos;est pas dans le registre.</translation>
    </message>
    <message>
        <source>That is your own offer.</source>
        <translation>C&apos;est votre propre offre.</translation>
    </message>
    <message>
        <source>That offer is closed: its time has passed or all its energy is taken.</source>
        <translation>Cette offre est close&#xa0;: son heure est passée ou toute son énergie est prise.</translation>
    </message>
    <message>
        <source>Energy: only %1 of that offer is left.</source>
        <extracomment>%1 an energy</extracomment>
        <translation>Énergie&#xa0;: il ne reste que %1 de cette offre.</translation>
    </message>
    <message>
        <source>Your balance does not cover %1: it is %2.</source>
        <extracomment>%1 the cost, %2 the balance</extracomment>
        <translation>Votre solde ne couvre pas %1&#xa0;: il est de %2.</translation>
    </message>
    <message>
        <source>Amount: give more than 0 credits.</source>
        <translation>Montant&#xa0;: indiquez plus de 0 crédit.</translation>
    </message>
    <message>
        <source>Purpose: say what the grant is for, such as “a home battery”.</source>
        <translation>Objet&#xa0;: dites à quoi sert l&apos;aide, par exemple «&#xa0;une batterie domestique&#xa0;».</translation>
    </message>
    <message>
        <source>Purpose: at most %1 characters.</source>
        <translation>Objet&#xa0;: au plus %1 caractères.</translation>
    </message>
    <message>
        <source>That grant request is not in the ledger.</source>
        <translation>Cette demande d&apos;aide n&apos;est pas dans le registre.</translation>
    </message>
    <message>
        <source>Only the stewards named when the request was made can approve it.</source>
        <translation>Seuls les gardiens en fonction au moment de la demande peuvent l&apos;approuver.</translation>
    </message>
    <message>
        <source>A steward never approves a grant to their own dwelling.</source>
        <translation>Un gardien n&apos;approuve jamais une aide destinée à son propre logement.</translation>
    </message>
    <message>
        <source>You have approved it already.</source>
        <translation>Vous l&apos;avez déjà approuvée.</translation>
    </message>
    <message>
        <source>You have no approval of it to withdraw.</source>
        <translation>Vous n&apos;avez aucune approbation à retirer.</translation>
    </message>
    <message>
        <source>That grant is paid already.</source>
        <translation>Cette aide est déjà versée.</translation>
    </message>
    <message>
        <source>Approvals are given within 60 days of the request.</source>
        <translation>Les approbations se donnent dans les 60 jours suivant la demande.</translation>
    </message>
    <message>
        <source>It has %1 of the %2 approvals it needs.</source>
        <extracomment>%1 approvals so far, %2 needed</extracomment>
        <translation>Elle a %1 des %2 approbations nécessaires.</translation>
    </message>
    <message>
        <source>A grant over a tenth of the pool waits 7 days after its last approval: until %1.</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Une aide de plus d&apos;un dixième du fonds attend 7 jours après sa dernière approbation&#xa0;: jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>The pool holds %1, not enough for this grant yet.</source>
        <extracomment>%1 the pool&apos;s balance</extracomment>
        <translation>Le fonds contient %1, pas encore assez pour cette aide.</translation>
    </message>
    <message>
        <source>it is not linked to its author&apos;s chain</source>
        <translation>elle n&apos;est pas reliée à la chaîne de son auteur</translation>
    </message>
    <message>
        <source>it refers to an entry the ledger does not know</source>
        <translation>elle renvoie à une entrée inconnue du registre</translation>
    </message>
    <message>
        <source>it refers to an entry that was refused or is of another kind</source>
        <translation>elle renvoie à une entrée refusée ou d&apos;un autre type</translation>
    </message>
    <message>
        <source>its author may not publish it</source>
        <translation>son auteur n&apos;a pas le droit de la publier</translation>
    </message>
    <message>
        <source>its author is not a member of the community</source>
        <translation>son auteur n&apos;est pas membre de la communauté</translation>
    </message>
    <message>
        <source>the configuration cannot be used</source>
        <translation>la configuration est inutilisable</translation>
    </message>
    <message>
        <source>the membership&apos;s limits or devices cannot be used</source>
        <translation>les limites ou les appareils de l&apos;adhésion sont inutilisables</translation>
    </message>
    <message>
        <source>the claim is a second one for its time, too late, or not sealed</source>
        <translation>la déclaration est la deuxième pour sa période, trop tardive ou non scellée</translation>
    </message>
    <message>
        <source>the claim was validated already</source>
        <translation>la déclaration était déjà validée</translation>
    </message>
    <message>
        <source>its numbers do not follow from the claim</source>
        <translation>ses chiffres ne découlent pas de la déclaration</translation>
    </message>
    <message>
        <source>the trade&apos;s numbers are impossible</source>
        <translation>les chiffres de l&apos;échange sont impossibles</translation>
    </message>
    <message>
        <source>someone accepted that energy first: the offer had less left</source>
        <translation>quelqu&apos;un a accepté cette énergie avant vous&#xa0;: il restait moins dans l&apos;offre</translation>
    </message>
    <message>
        <source>the balance did not cover the payment</source>
        <translation>le solde ne couvrait pas le paiement</translation>
    </message>
    <message>
        <source>the amount is not allowed</source>
        <translation>le montant n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>the approval is not allowed: not a steward, too late, repeated, or nothing to withdraw</source>
        <translation>l&apos;approbation n&apos;est pas autorisée&#xa0;: pas gardien, trop tard, en double ou rien à retirer</translation>
    </message>
    <message>
        <source>a steward cannot approve a grant to their own dwelling</source>
        <translation>un gardien ne peut pas approuver une aide destinée à son propre logement</translation>
    </message>
    <message>
        <source>the grant does not have its approvals yet</source>
        <translation>l&apos;aide n&apos;a pas encore ses approbations</translation>
    </message>
    <message>
        <source>the grant was paid already</source>
        <translation>l&apos;aide était déjà versée</translation>
    </message>
    <message>
        <source>the pool could not cover the grant</source>
        <translation>le fonds ne pouvait pas couvrir l&apos;aide</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>hier %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>demain %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A time range; %1 the start (with its day when not today), %2 the end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 cr</source>
        <extracomment>An amount of credits; %1 the number</extracomment>
        <translation>%1&#xa0;cr</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>Energy in kilowatt-hours; %1 the number</extracomment>
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>%1 cr/kWh</source>
        <extracomment>A price in credits per kWh; %1 the number</extracomment>
        <translation>%1&#xa0;cr/kWh</translation>
    </message>
    <message>
        <source>household %1</source>
        <extracomment>Another household, named by the start of its public key (no name is ever shown for others)</extracomment>
        <translation>foyer %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>The grid operator</source>
        <translation>Le gestionnaire de réseau</translation>
    </message>
    <message>
        <source>Steward %1</source>
        <extracomment>%1 the start of the steward&apos;s public key</extracomment>
        <translation>Gardien %1</translation>
    </message>
    <message>
        <source>Household %1</source>
        <extracomment>%1 the start of the household&apos;s public key</extracomment>
        <translation>Foyer %1</translation>
    </message>
    <message>
        <source>You claimed your meter readings for %1.</source>
        <extracomment>%1 a time range</extracomment>
        <translation>Vous avez déclaré vos relevés de compteur pour %1.</translation>
    </message>
    <message>
        <source>%1 claimed its meter readings for %2.</source>
        <extracomment>%1 who, %2 a time range</extracomment>
        <translation>%1 a déclaré ses relevés de compteur pour %2.</translation>
    </message>
    <message>
        <source>Your claim for %1 was validated: %2.</source>
        <extracomment>%1 a time range, %2 signed credits</extracomment>
        <translation>Votre déclaration pour %1 a été validée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Your claim for %1 was refused by the grid operator: %2.</source>
        <extracomment>%1 a time range, %2 the grid operator&apos;s reason</extracomment>
        <translation>Votre déclaration pour %1 a été refusée par le gestionnaire de réseau&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The grid operator validated %1&apos;s claim for %2.</source>
        <extracomment>%1 a household, %2 a time range</extracomment>
        <translation>Le gestionnaire de réseau a validé la déclaration de %1 pour %2.</translation>
    </message>
    <message>
        <source>The grid operator refused %1&apos;s claim for %2.</source>
        <extracomment>%1 a household, %2 a time range</extracomment>
        <translation>Le gestionnaire de réseau a refusé la déclaration de %1 pour %2.</translation>
    </message>
    <message>
        <source>You offered %1 for %2 at %3.</source>
        <extracomment>%1 energy, %2 a time range, %3 a price per kWh</extracomment>
        <translation>Vous avez proposé %1 pour %2 à %3.</translation>
    </message>
    <message>
        <source>%1 offered %2 for %3 at %4.</source>
        <extracomment>%1 who, %2 energy, %3 a time range, %4 a price per kWh</extracomment>
        <translation>%1 a proposé %2 pour %3 à %4.</translation>
    </message>
    <message>
        <source>You accepted %1 from %2&apos;s offer at %3.</source>
        <extracomment>%1 energy, %2 a household, %3 a price per kWh</extracomment>
        <translation>Vous avez accepté %1 de l&apos;offre de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 accepted %2 of your offer for %3.</source>
        <extracomment>%1 who, %2 energy, %3 a time range</extracomment>
        <translation>%1 a accepté %2 de votre offre pour %3.</translation>
    </message>
    <message>
        <source>%1 accepted %2 of %3&apos;s offer.</source>
        <extracomment>%1 who, %2 energy, %3 a household</extracomment>
        <translation>%1 a accepté %2 de l&apos;offre de %3.</translation>
    </message>
    <message>
        <source>Your sale settled: %1 delivered, you received %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Votre vente est réglée&#xa0;: %1 livrés, vous avez reçu %2.</translation>
    </message>
    <message>
        <source>Your purchase settled: %1 delivered, you paid %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Votre achat est réglé&#xa0;: %1 livrés, vous avez payé %2.</translation>
    </message>
    <message>
        <source>A trade settled: %1 delivered for %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Un échange est réglé&#xa0;: %1 livrés pour %2.</translation>
    </message>
    <message>
        <source>The grid operator announced event %1 for %2, rewarding %3.</source>
        <extracomment>%1 the event&apos;s id, %2 a time range, %3 a reward per kWh</extracomment>
        <translation>Le gestionnaire de réseau a annoncé l&apos;événement %1 pour %2, rémunéré %3.</translation>
    </message>
    <message>
        <source>You joined a grid event.</source>
        <translation>Vous participez à un événement réseau.</translation>
    </message>
    <message>
        <source>You declined a grid event.</source>
        <translation>Vous avez refusé un événement réseau.</translation>
    </message>
    <message>
        <source>%1 joined a grid event.</source>
        <extracomment>%1 who</extracomment>
        <translation>%1 participe à un événement réseau.</translation>
    </message>
    <message>
        <source>%1 declined a grid event.</source>
        <translation>%1 a refusé un événement réseau.</translation>
    </message>
    <message>
        <source>You bought %1 for the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Vous avez acheté %1 pour le fonds de soutien.</translation>
    </message>
    <message>
        <source>%1 bought %2 for the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 a acheté %2 pour le fonds de soutien.</translation>
    </message>
    <message>
        <source>Your round-up moved %1 into the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Votre arrondi a versé %1 au fonds de soutien.</translation>
    </message>
    <message>
        <source>%1 rounded up %2 into the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 a versé %2 d&apos;arrondi au fonds de soutien.</translation>
    </message>
    <message>
        <source>You gave %1 to the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Vous avez donné %1 au fonds de soutien.</translation>
    </message>
    <message>
        <source>%1 gave %2 to the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 a donné %2 au fonds de soutien.</translation>
    </message>
    <message>
        <source>You asked the subsidy pool for %1: “%2”.</source>
        <extracomment>%1 credits, %2 the purpose</extracomment>
        <translation>Vous avez demandé %1 au fonds de soutien&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 asked the subsidy pool for %2: “%3”.</source>
        <extracomment>%1 who, %2 credits, %3 the purpose</extracomment>
        <translation>%1 a demandé %2 au fonds de soutien&#xa0;: «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>You approved %1&apos;s grant request “%2”.</source>
        <extracomment>%1 a household, %2 the grant&apos;s purpose</extracomment>
        <translation>Vous avez approuvé la demande d&apos;aide «&#xa0;%2&#xa0;» de %1.</translation>
    </message>
    <message>
        <source>You withdrew your approval of %1&apos;s grant request “%2”.</source>
        <extracomment>%1 a household, %2 the grant&apos;s purpose</extracomment>
        <translation>Vous avez retiré votre approbation de la demande d&apos;aide «&#xa0;%2&#xa0;» de %1.</translation>
    </message>
    <message>
        <source>%1 approved your grant request “%2”.</source>
        <extracomment>%1 a steward, %2 the grant&apos;s purpose</extracomment>
        <translation>%1 a approuvé votre demande d&apos;aide «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of your grant request “%2”.</source>
        <extracomment>%1 a steward, %2 the grant&apos;s purpose</extracomment>
        <translation>%1 a retiré son approbation de votre demande d&apos;aide «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 approved %2&apos;s grant request “%3”.</source>
        <extracomment>%1 a steward, %2 a household, %3 the grant&apos;s purpose</extracomment>
        <translation>%1 a approuvé la demande d&apos;aide «&#xa0;%3&#xa0;» de %2.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of %2&apos;s grant request “%3”.</source>
        <extracomment>%1 a steward, %2 a household, %3 the grant&apos;s purpose</extracomment>
        <translation>%1 a retiré son approbation de la demande d&apos;aide «&#xa0;%3&#xa0;» de %2.</translation>
    </message>
    <message>
        <source>You approved a change of the community&apos;s rules.</source>
        <translation>Vous avez approuvé une modification des règles de la communauté.</translation>
    </message>
    <message>
        <source>You withdrew your approval of a change of the community&apos;s rules.</source>
        <translation>Vous avez retiré votre approbation d&apos;une modification des règles de la communauté.</translation>
    </message>
    <message>
        <source>%1 approved a change of the community&apos;s rules.</source>
        <extracomment>%1 a steward</extracomment>
        <translation>%1 a approuvé une modification des règles de la communauté.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of a change of the community&apos;s rules.</source>
        <extracomment>%1 a steward</extracomment>
        <translation>%1 a retiré son approbation d&apos;une modification des règles de la communauté.</translation>
    </message>
    <message>
        <source>Your grant “%1” was paid: %2.</source>
        <extracomment>%1 the purpose, %2 credits</extracomment>
        <translation>Votre aide «&#xa0;%1&#xa0;» a été versée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>You paid %1&apos;s grant “%2” from the pool: %3.</source>
        <extracomment>%1 a household, %2 the purpose, %3 credits</extracomment>
        <translation>Vous avez versé l&apos;aide «&#xa0;%2&#xa0;» de %1 depuis le fonds&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 paid %2&apos;s grant “%3” from the pool: %4.</source>
        <extracomment>%1 who paid, %2 a household, %3 the purpose, %4 credits</extracomment>
        <translation>%1 a versé l&apos;aide «&#xa0;%3&#xa0;» de %2 depuis le fonds&#xa0;: %4.</translation>
    </message>
    <message>
        <source>You founded the community.</source>
        <translation>Vous avez fondé la communauté.</translation>
    </message>
    <message>
        <source>%1 founded the community.</source>
        <translation>%1 a fondé la communauté.</translation>
    </message>
    <message>
        <source>You proposed a change of the community&apos;s rules, from %1.</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Vous avez proposé une modification des règles de la communauté, à partir de %1.</translation>
    </message>
    <message>
        <source>%1 proposed a change of the community&apos;s rules, from %2.</source>
        <extracomment>%1 a steward, %2 a date and time</extracomment>
        <translation>%1 a proposé une modification des règles de la communauté, à partir de %2.</translation>
    </message>
    <message>
        <source>The grid operator signed your membership: you are in the community.</source>
        <translation>Le gestionnaire de réseau a signé votre adhésion&#xa0;: vous faites partie de la communauté.</translation>
    </message>
    <message>
        <source>%1 joined the community.</source>
        <translation>%1 a rejoint la communauté.</translation>
    </message>
    <message>
        <source>Your membership ended.</source>
        <translation>Votre adhésion a pris fin.</translation>
    </message>
    <message>
        <source>%1 left the community.</source>
        <translation>%1 a quitté la communauté.</translation>
    </message>
    <message>
        <source>%1 Refused: %2.</source>
        <extracomment>%1 the sentence, %2 why the ledger refused it</extracomment>
        <translation>%1 Refusé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This household is not in a community yet. Your installer can join it to one in installer mode (Installer, then the PIN): under Community membership, import the key and community file from your grid operator, or create a key and send it to them.</source>
        <translation>Ce foyer ne fait encore partie d&apos;aucune communauté. Votre installateur peut l&apos;y faire adhérer en mode installateur (Installateur, puis le code PIN)&#xa0;: sous Adhésion à la communauté, importer la clé et le fichier de communauté fournis par votre gestionnaire de réseau, ou créer une clé et la lui envoyer.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::DashboardModel</name>
    <message>
        <source>1 slot waiting for the grid to confirm</source>
        <extracomment>One claim of the household&apos;s meter readings that the distributor has not validated yet</extracomment>
        <translation>1 créneau en attente de confirmation par le réseau</translation>
    </message>
    <message>
        <source>%1 slots waiting for the grid to confirm</source>
        <extracomment>Claims of the household&apos;s meter readings that the distributor has not validated yet; %1 is 2 or more</extracomment>
        <translation>%1 créneaux en attente de confirmation par le réseau</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::DeviceSetup</name>
    <message>
        <source>Its plugin %1 crashed the application (found at the start on %2).</source>
        <translation>Son plugin %1 a fait planter l&apos;application (constaté au démarrage le %2).</translation>
    </message>
    <message>
        <source>The plugin %1 crashed the application.</source>
        <translation>Le plugin %1 a fait planter l&apos;application.</translation>
    </message>
    <message>
        <source>The plugin %1 crashed the application, so these devices were switched off: %2. An installer can switch them on again.</source>
        <translation>Le plugin %1 a fait planter l&apos;application&#xa0;; ces appareils ont donc été désactivés&#xa0;: %2. Un installateur peut les réactiver.</translation>
    </message>
    <message>
        <source>The MQTT broker %1 is not configured.</source>
        <translation>Le broker MQTT %1 n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>The MQTT broker %1 cannot be used: %2</source>
        <translation>Le broker MQTT %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The device %1 needs the plugin %2, which is not installed.</source>
        <translation>L&apos;appareil %1 nécessite le plugin %2, qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The household simulator is not built into this Commonwatt.</source>
        <translation>Le simulateur de foyer n&apos;est pas intégré à cette version de Commonwatt.</translation>
    </message>
    <message>
        <source>The device %1 is not configured.</source>
        <translation>L’appareil %1 n’est pas configuré.</translation>
    </message>
    <message>
        <source>The device %1 is switched off.</source>
        <translation>L’appareil %1 est désactivé.</translation>
    </message>
    <message>
        <source>The device %1 is already running.</source>
        <translation>L’appareil %1 fonctionne déjà.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::EventsModel</name>
    <message>
        <source>critical need</source>
        <extracomment>A grid event&apos;s LEVEL 3, as words</extracomment>
        <translation>besoin critique</translation>
    </message>
    <message>
        <source>high need</source>
        <extracomment>A grid event&apos;s LEVEL 2, as words</extracomment>
        <translation>besoin élevé</translation>
    </message>
    <message>
        <source>moderate need</source>
        <extracomment>A grid event&apos;s LEVEL 1, as words</extracomment>
        <translation>besoin modéré</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>An amount of energy; %1 is a number such as 1.25</extracomment>
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>Being settled</source>
        <extracomment>A grid event that has ended and whose reward is being worked out</extracomment>
        <translation>Décompte en cours</translation>
    </message>
    <message>
        <source>%1 credits earned</source>
        <extracomment>What a grid event earned; %1 is a number of credits such as 1.25</extracomment>
        <translation>%1 crédits gagnés</translation>
    </message>
    <message>
        <source>Nothing earned: no less than your usual use</source>
        <extracomment>A grid event during which the household used no less than usual</extracomment>
        <translation>Aucun gain&#xa0;: vous n&apos;avez pas consommé moins que d&apos;habitude</translation>
    </message>
    <message>
        <source>Usual use %1, used %2</source>
        <extracomment>%1 is the household&apos;s usual net use over the event, %2 what it used, both such as &quot;1.25 kWh&quot;</extracomment>
        <translation>Consommation habituelle&#xa0;: %1, réelle&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>When a grid event runs: %1 a date, %2 and %3 times such as 17:00
----------
Home&apos;s event card: %1 a date, %2 and %3 times such as 17:00</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Grid event now: %1</source>
        <translation>Événement réseau en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Grid event coming: %1</source>
        <extracomment>Home&apos;s event card before an event; %1 is its level in words, e.g. &quot;high need&quot;</extracomment>
        <translation>Événement réseau à venir&#xa0;: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Home&apos;s event card: %1 is the time the running event ends, e.g. 19:00</extracomment>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>today %1–%2</source>
        <extracomment>Home&apos;s event card: %1 and %2 are times such as 17:00 and 19:00</extracomment>
        <translation>aujourd&apos;hui %1–%2</translation>
    </message>
    <message>
        <source>tomorrow %1–%2</source>
        <extracomment>Home&apos;s event card: %1 and %2 are times such as 17:00 and 19:00</extracomment>
        <translation>demain %1–%2</translation>
    </message>
    <message>
        <source>There is no grid event %1.</source>
        <extracomment>An answer to a grid event the app does not know</extracomment>
        <translation>Il n&apos;y a pas d&apos;événement réseau %1.</translation>
    </message>
    <message>
        <source>Nothing paid: your usual use at that time is known after about ten weeks of readings</source>
        <extracomment>A grid event that paid nothing because the household&apos;s usual use is not known yet</extracomment>
        <translation>Aucun versement&#xa0;: votre consommation habituelle à cette heure n&apos;est connue qu&apos;après une dizaine de semaines de relevés</translation>
    </message>
    <message>
        <source>Nothing paid: readings are missing for part of the event</source>
        <extracomment>A grid event that paid nothing because readings are missing</extracomment>
        <translation>Aucun versement&#xa0;: des relevés manquent pour une partie de l&apos;événement</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::GridEvents</name>
    <message>
        <source>There is no grid event at that time to answer.</source>
        <translation>Il n&apos;y a aucun événement réseau à cette heure auquel répondre.</translation>
    </message>
    <message>
        <source>This grid event is over: it can no longer be answered.</source>
        <translation>Cet événement réseau est terminé&#xa0;: il n&apos;est plus possible d&apos;y répondre.</translation>
    </message>
    <message>
        <source>This grid event has already started: it could be answered until it started.</source>
        <translation>Cet événement réseau a déjà commencé&#xa0;: il était possible d&apos;y répondre jusqu&apos;à son début.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::HistoryModel</name>
    <message>
        <source>Saved %2 ledger entries to %1.</source>
        <extracomment>After a ledger export; %1 is the file, %2 the number of entries</extracomment>
        <translation>%2 entrées du registre enregistrées dans %1.</translation>
    </message>
    <message>
        <source>Power</source>
        <extracomment>The History page&apos;s views: power over time, energy per period, credits and the clean share</extracomment>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Clean share</source>
        <translation>Part propre</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The History page&apos;s ranges</extracomment>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week on the History page: first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This household has no energy meters to chart.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>Ce foyer n’a aucun compteur d’énergie à afficher.</translation>
    </message>
    <message>
        <source>Nothing was measured in this period.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>Rien n’a été mesuré sur cette période.</translation>
    </message>
    <message>
        <source>Credits are not settled for this household.</source>
        <extracomment>The History page&apos;s empty state when credits are not settled</extracomment>
        <translation>Les crédits ne sont pas calculés pour ce foyer.</translation>
    </message>
    <message>
        <source>Credits are settled for the last %1 days only; this period is older.</source>
        <extracomment>The History page&apos;s empty state for an old period; %1 is the number of days kept (90)</extracomment>
        <translation>Les crédits ne sont calculés que pour les %1 derniers jours ; cette période est plus ancienne.</translation>
    </message>
    <message>
        <source>The home used no energy in this period.</source>
        <extracomment>The History page&apos;s empty state for the clean share</extracomment>
        <translation>La maison n’a consommé aucune énergie sur cette période.</translation>
    </message>
    <message>
        <source>Nothing was settled in this period.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>Rien n’a été calculé sur cette période.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>A stretch of time on the History chart: a date, then the start and end times</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <extracomment>An export error: the file field is empty</extracomment>
        <translation>Choisissez un fichier pour l’exportation.</translation>
    </message>
    <message>
        <source>Saved 1 reading to %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>1 relevé enregistré dans %1.</translation>
    </message>
    <message>
        <source>Saved %2 readings to %1.</source>
        <translation>%2 relevés enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>While an export runs</extracomment>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved 1 settled day to %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>1 jour calculé enregistré dans %1.</translation>
    </message>
    <message>
        <source>Saved %2 settled days to %1.</source>
        <translation>%2 jours calculés enregistrés dans %1.</translation>
    </message>
    <message>
        <source>This household is not in a community: there is no ledger to export.</source>
        <extracomment>An export error outside a community</extracomment>
        <translation>Ce foyer ne fait partie d’aucune communauté : il n’y a pas de registre à exporter.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Household</name>
    <message>
        <source>The plugin %1 created no devices.</source>
        <translation>Le plugin %1 n&apos;a créé aucun appareil.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::InstallerCommunity</name>
    <message>
        <source>Not in a community: the credits shown are estimates.</source>
        <extracomment>Installer, community: no membership</extracomment>
        <translation>Dans aucune communauté&#xa0;: les crédits affichés sont des estimations.</translation>
    </message>
    <message>
        <source>%1 joined a community earlier, but the member key&apos;s passphrase was not given at the start: set COMMONWATT_KEY_PASSPHRASE or the commonwatt-key-passphrase credential, or join again here.</source>
        <extracomment>Installer, community: a membership joined earlier did not start; %1 the member&apos;s name</extracomment>
        <translation>%1 a rejoint une communauté auparavant, mais la phrase secrète de la clé de membre n’a pas été fournie au démarrage&#xa0;: définissez COMMONWATT_KEY_PASSPHRASE ou le credential commonwatt-key-passphrase, ou rejoignez-la à nouveau ici.</translation>
    </message>
    <message>
        <source>Connecting to the broker of %1 at %2…</source>
        <extracomment>Installer, community: %1 the community, %2 host:port</extracomment>
        <translation>Connexion au broker de %1 à %2…</translation>
    </message>
    <message>
        <source>Waiting for the distributor to confirm the membership of %1 in %2. Until then the household&apos;s slots wait to be claimed.</source>
        <extracomment>Installer, community: joined, the distributor&apos;s membership entry has not arrived; %1 member, %2 community</extracomment>
        <translation>En attente de la confirmation par le distributeur de l’adhésion de %1 à %2. D’ici là, les créneaux du foyer attendent d’être déclarés.</translation>
    </message>
    <message>
        <source>Member of %1 as %2.</source>
        <translation>Membre de %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Catching up with the ledger: %1 of %2 entries.</source>
        <extracomment>Installer, community: the ledger is being fetched; %1 entries received, %2 announced</extracomment>
        <translation>Rattrapage du registre&#xa0;: %1 entrées sur %2.</translation>
    </message>
    <message>
        <source>Not connected to the community&apos;s broker right now.</source>
        <extracomment>Installer, community: the broker is not reachable right now</extracomment>
        <translation>Pas connecté au broker de la communauté pour le moment.</translation>
    </message>
    <message>
        <source>Only the installer can change the setup: enter installer mode first.</source>
        <translation>Seul l’installateur peut modifier la configuration&#xa0;: passez d’abord en mode installateur.</translation>
    </message>
    <message>
        <source>Member name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <extracomment>Installer, community: the new key&apos;s member name</extracomment>
        <translation>Nom du membre&#xa0;: 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>Passphrase: at least %1 characters</source>
        <extracomment>Installer, community: the new key&apos;s passphrase is too short</extracomment>
        <translation>Phrase secrète&#xa0;: au moins %1 caractères</translation>
    </message>
    <message>
        <source>Passphrase: the two entries differ</source>
        <translation>Phrase secrète&#xa0;: les deux saisies diffèrent</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>%1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>Member name: %1 exists already; join with it, or choose another name</source>
        <extracomment>Installer, community: a key of that name exists</extracomment>
        <translation>Nom du membre&#xa0;: %1 existe déjà&#xa0;; rejoignez avec elle, ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>No key could be made on this machine.</source>
        <translation>Aucune clé n’a pu être créée sur cette machine.</translation>
    </message>
    <message>
        <source>This household is a member of %1 already.</source>
        <translation>Ce foyer est déjà membre de %1.</translation>
    </message>
    <message>
        <source>Community file: required</source>
        <extracomment>Installer, community: a required field is empty; the field&apos;s label</extracomment>
        <translation>Fichier de la communauté&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>Member key file: required</source>
        <translation>Fichier de la clé de membre&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>Member key file: %1 is not a member&apos;s key file (NAME.key, as commonwatt-community add-member writes it)</source>
        <extracomment>Installer, community: the key file&apos;s name is the member&apos;s name</extracomment>
        <translation>Fichier de la clé de membre&#xa0;: %1 n’est pas un fichier de clé de membre (NAME.key, tel que l’écrit commonwatt-community add-member)</translation>
    </message>
    <message>
        <source>Passphrase: required</source>
        <translation>Phrase secrète&#xa0;: obligatoire</translation>
    </message>
    <message>
        <source>Broker host: enter a host name or IP address, without mqtt:// or a port</source>
        <extracomment>Installer, community: the broker&apos;s host</extracomment>
        <translation>Hôte du broker&#xa0;: saisissez un nom d’hôte ou une adresse IP, sans mqtt:// ni port</translation>
    </message>
    <message>
        <source>Port: &quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>Port&#xa0;: «&#xa0;%1&#xa0;» n’est pas un port de 1 à 65535</translation>
    </message>
    <message>
        <source>CA certificate file: %1 cannot be read</source>
        <translation>Fichier du certificat CA&#xa0;: %1 est illisible</translation>
    </message>
    <message>
        <source>Member key file: %1 cannot be read: %2</source>
        <translation>Fichier de la clé de membre&#xa0;: %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Member key file: %1 is not a member&apos;s key file</source>
        <translation>Fichier de la clé de membre&#xa0;: %1 n’est pas un fichier de clé de membre</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <source>Joined, but the membership could not be stored for the next start: %1</source>
        <extracomment>Installer, community: joined for now, but the settings could not be stored; %1 the reason</extracomment>
        <translation>Adhésion faite, mais elle n’a pas pu être enregistrée pour le prochain démarrage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::InstallerModel</name>
    <message>
        <source>Only the installer can change the setup: enter installer mode first.</source>
        <extracomment>Installer: a change asked for outside installer mode</extracomment>
        <translation>Seul l’installateur peut modifier la configuration&#xa0;: passez d’abord en mode installateur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Installer form: an error under a field; %1 the field&apos;s label, %2 what is wrong</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <extracomment>Installer form: what was typed in a number field is not one</extracomment>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>Device id: &quot;%1&quot; is not a valid id: use 1 to 64 lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos;.</source>
        <extracomment>Installer form: the device id is not usable; %1 what was typed</extracomment>
        <translation>Identifiant de l’appareil&#xa0;: «&#xa0;%1&#xa0;» n’est pas un identifiant valide&#xa0;: 1 à 64 lettres minuscules, chiffres et &apos;-&apos;, sans &apos;-&apos; au début.</translation>
    </message>
    <message>
        <source>Device id: %1 is already used by another device.</source>
        <extracomment>Installer form: the device id is taken</extracomment>
        <translation>Identifiant de l’appareil&#xa0;: %1 est déjà utilisé par un autre appareil.</translation>
    </message>
    <message>
        <source>The plugin %1 is not installed.</source>
        <translation>Le plugin %1 n’est pas installé.</translation>
    </message>
    <message>
        <source>The device %1 is not configured.</source>
        <translation>L’appareil %1 n’est pas configuré.</translation>
    </message>
    <message>
        <source>The device %1 needs the plugin %2, which is not installed.</source>
        <translation>L’appareil %1 a besoin du plugin %2, qui n’est pas installé.</translation>
    </message>
    <message>
        <source>Broker id: &quot;%1&quot; is not a valid id.</source>
        <translation>Identifiant du broker&#xa0;: «&#xa0;%1&#xa0;» n’est pas un identifiant valide.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages under them.</source>
        <extracomment>Installer form: shown above the buttons when fields need attention</extracomment>
        <translation>Certains champs sont à revoir&#xa0;: voir les messages en dessous.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <extracomment>Installer: after saving the form; %1 the device&apos;s id</extracomment>
        <translation>Modifications de %1 enregistrées.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Complete the form first: %1</source>
        <extracomment>Installer: Test connection refused because the form is incomplete</extracomment>
        <translation>Complétez d’abord le formulaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Readings arrive from the device: the settings work. Save to keep them.</source>
        <extracomment>Installer: Test connection works</extracomment>
        <translation>Les mesures de l’appareil arrivent&#xa0;: les réglages fonctionnent. Enregistrez pour les garder.</translation>
    </message>
    <message>
        <source>The device could not be started: %1</source>
        <extracomment>Installer: Test connection failed; %1 the plugin&apos;s reason</extracomment>
        <translation>L’appareil n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting and waiting for the first reading…</source>
        <extracomment>Installer: Test connection is waiting for the first reading</extracomment>
        <translation>Connexion et attente de la première mesure…</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the broker at %2 after %n s%3. Check the broker&apos;s host and port, TLS and the CA file, the user name and password, and that the broker is running and reachable from here.</source>
        <extracomment>Installer: Test connection timed out before the broker answered; %1 seconds, %2 host:port, %3 reason</extracomment>
        <translation>
            <numerusform>Pas de connexion au broker à %2 après %n s%3. Vérifiez l’hôte et le port du broker, TLS et le fichier CA, le nom d’utilisateur et le mot de passe, et que le broker fonctionne et est joignable d’ici.</numerusform>
            <numerusform>Pas de connexion au broker à %2 après %n s%3. Vérifiez l’hôte et le port du broker, TLS et le fichier CA, le nom d’utilisateur et le mot de passe, et que le broker fonctionne et est joignable d’ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to the broker at %2, but the device sent nothing in %n s. Check that the device is switched on and uses this broker, and its settings: %3.</source>
        <extracomment>Installer: Test connection timed out: the broker answered, the device did not; %2 host:port, %3 the settings to check</extracomment>
        <translation>
            <numerusform>Connecté au broker à %2, mais l’appareil n’a rien envoyé en %n s. Vérifiez que l’appareil est allumé et utilise ce broker, ainsi que ses réglages&#xa0;: %3.</numerusform>
            <numerusform>Connecté au broker à %2, mais l’appareil n’a rien envoyé en %n s. Vérifiez que l’appareil est allumé et utilise ce broker, ainsi que ses réglages&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device sent nothing in %n s. Check that it is switched on and reachable, and its settings: %2.</source>
        <extracomment>Installer: Test connection timed out for a device without a broker; %2 the settings to check</extracomment>
        <translation>
            <numerusform>L’appareil n’a rien envoyé en %n s. Vérifiez qu’il est allumé et joignable, ainsi que ses réglages&#xa0;: %2.</numerusform>
            <numerusform>L’appareil n’a rien envoyé en %n s. Vérifiez qu’il est allumé et joignable, ainsi que ses réglages&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Switched off: %1</source>
        <translation>Désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <extracomment>Installer: a device&apos;s status when its plugin does not run</extracomment>
        <translation>À l’arrêt</translation>
    </message>
    <message>
        <source>Not connected to the broker %1</source>
        <extracomment>Installer: a device&apos;s status; %1 the broker&apos;s id</extracomment>
        <translation>Pas connecté au broker %1</translation>
    </message>
    <message>
        <source>The device says it is offline</source>
        <extracomment>Installer: a device&apos;s status</extracomment>
        <translation>L’appareil se dit hors ligne</translation>
    </message>
    <message>
        <source>Waiting for the first reading</source>
        <extracomment>Installer: a device&apos;s status before its first reading</extracomment>
        <translation>En attente de la première mesure</translation>
    </message>
    <message numerus="yes">
        <source>No data for %n s</source>
        <extracomment>Installer: a device&apos;s status; how long since its last reading</extracomment>
        <translation>
            <numerusform>Aucune donnée depuis %n s</numerusform>
            <numerusform>Aucune donnée depuis %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Installer: a device&apos;s status while readings arrive</extracomment>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>%1 is switched on.</source>
        <extracomment>Installer: after switching a device on or off; %1 its id</extracomment>
        <translation>%1 est activé.</translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>Removed %1. Its readings so far stay in the history.</source>
        <extracomment>Installer: after removing a device; %1 its id</extracomment>
        <translation>%1 supprimé. Ses mesures jusqu’ici restent dans l’historique.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 what was typed</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de kW</translation>
    </message>
    <message>
        <source>%1: must be from 0 to %2 kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 the maximum</extracomment>
        <translation>%1&#xa0;: doit être entre 0 et %2 kW</translation>
    </message>
    <message>
        <source>%1: must be above 0 and at most %2 kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 the maximum</extracomment>
        <translation>%1&#xa0;: doit être supérieure à 0 et au plus %2 kW</translation>
    </message>
    <message>
        <source>Import limit</source>
        <extracomment>Installer, site settings: field label</extracomment>
        <translation>Limite de soutirage</translation>
    </message>
    <message>
        <source>Export limit</source>
        <extracomment>Installer, site settings: field label</extracomment>
        <translation>Limite d’injection</translation>
    </message>
    <message>
        <source>Grid region: &quot;%1&quot; is not a country code or bidding zone such as DE, NL or SE3</source>
        <extracomment>Installer, site settings: the grid region is not a country code or zone</extracomment>
        <translation>Région du réseau&#xa0;: «&#xa0;%1&#xa0;» n’est ni un code pays ni une zone de prix comme DE, NL ou SE3</translation>
    </message>
    <message>
        <source>Household id: &quot;%1&quot; may hold only letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <extracomment>Installer, site settings: the household id is not usable in MQTT topics</extracomment>
        <translation>Identifiant du foyer&#xa0;: «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, &apos;_&apos; et &apos;-&apos;</translation>
    </message>
    <message>
        <source>Site settings saved.</source>
        <extracomment>Installer: after saving the site settings</extracomment>
        <translation>Réglages du site enregistrés.</translation>
    </message>
    <message>
        <source>Backup: enter the file to write.</source>
        <extracomment>Installer, backup: no file name was given</extracomment>
        <translation>Sauvegarde&#xa0;: indiquez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup: %1 could not be written: %2</source>
        <extracomment>Installer, backup: %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Sauvegarde&#xa0;: %1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the configuration of %n device(s) to %1. Passwords are not in the file: after a restore on another panel, enter them again.</source>
        <extracomment>Installer, backup: %1 the file; %n the number of devices</extracomment>
        <translation>
            <numerusform>Configuration de %n appareil enregistrée dans %1. Les mots de passe ne sont pas dans le fichier&#xa0;: après une restauration sur un autre panneau, saisissez-les à nouveau.</numerusform>
            <numerusform>Configuration de %n appareils enregistrée dans %1. Les mots de passe ne sont pas dans le fichier&#xa0;: après une restauration sur un autre panneau, saisissez-les à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore: %1 could not be read: %2</source>
        <extracomment>Installer, restore: %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Restauration&#xa0;: %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restore: %1 is too large to be a Commonwatt configuration.</source>
        <extracomment>Installer, restore: the file is far too large to be a configuration</extracomment>
        <translation>Restauration&#xa0;: %1 est trop volumineux pour être une configuration Commonwatt.</translation>
    </message>
    <message>
        <source>Restore: nothing was changed. %1: %2</source>
        <extracomment>Installer, restore: %1 the file, %2 the field at fault and why</extracomment>
        <translation>Restauration&#xa0;: rien n’a été modifié. %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored the configuration from %1: %n device(s).</source>
        <extracomment>Installer, restore: %1 the file; %n the number of devices</extracomment>
        <translation>
            <numerusform>Configuration restaurée depuis %1&#xa0;: %n appareil.</numerusform>
            <numerusform>Configuration restaurée depuis %1&#xa0;: %n appareils.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonwatt::app::KioskModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n&#xa0;h</numerusform>
            <numerusform>%n&#xa0;h</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the installer can change the installer PIN: enter the current PIN first.</source>
        <translation>Seul l&apos;installateur peut changer le PIN installateur&#xa0;: saisissez d&apos;abord le PIN actuel.</translation>
    </message>
    <message>
        <source>The two entries differ: enter the same PIN twice.</source>
        <translation>Les deux saisies diffèrent&#xa0;: saisissez deux fois le même PIN.</translation>
    </message>
    <message>
        <source>No installer PIN is set yet: choose one first.</source>
        <translation>Aucun PIN installateur n&apos;est encore défini&#xa0;: choisissez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong tries: the PIN is locked for %1.</source>
        <translation>PIN incorrect. Trop de tentatives incorrectes&#xa0;: le PIN est bloqué pendant %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>PIN incorrect. Encore %n tentative avant le blocage du PIN.</numerusform>
            <numerusform>PIN incorrect. Encore %n tentatives avant le blocage du PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: try again in %1.</source>
        <translation>Le PIN est bloqué après trop de tentatives incorrectes&#xa0;: réessayez dans %1.</translation>
    </message>
    <message>
        <source>Only the installer can change when the screen dims.</source>
        <translation>Seul l&apos;installateur peut modifier le délai d&apos;assombrissement de l&apos;écran.</translation>
    </message>
    <message>
        <source>The screen dims after 0 (never) to %1 seconds.</source>
        <translation>Le délai d&apos;assombrissement de l&apos;écran va de 0 (jamais) à %1 secondes.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::LedgerService</name>
    <message>
        <source>The community ledger is not open.</source>
        <translation>Le registre de la communauté n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::MqttApi</name>
    <message>
        <source>The household id &quot;%1&quot; cannot be an MQTT topic level: use letters, digits, _ and -.</source>
        <translation>L&apos;identifiant de foyer «&#xa0;%1&#xa0;» ne peut pas servir de niveau de topic MQTT&#xa0;: utilisez des lettres, des chiffres, _ et -.</translation>
    </message>
    <message>
        <source>Retained commands are ignored: publish commands without the retain flag.</source>
        <translation>Les commandes retenues (retain) sont ignorées&#xa0;: publiez les commandes sans l&apos;indicateur retain.</translation>
    </message>
    <message>
        <source>Not a command topic.</source>
        <translation>Ce n&apos;est pas un topic de commande.</translation>
    </message>
    <message>
        <source>There is no device &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;appareil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: the device commands are: request.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;»&#xa0;: les commandes d&apos;appareil sont&#xa0;: request.</translation>
    </message>
    <message>
        <source>Send runNow, skipToday, cancel, or readyBy HH:MM PERCENT (e.g. readyBy 07:00 80).</source>
        <translation>Envoyez runNow, skipToday, cancel ou readyBy HH:MM POURCENTAGE (p. ex. readyBy 07:00 80).</translation>
    </message>
    <message>
        <source>The command is %1 bytes long; commands are short words.</source>
        <translation>La commande fait %1 octets&#xa0;; les commandes sont des mots courts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: give it as HH:MM, 00:00 to 23:59.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;: indiquez-la au format HH:MM, de 00:00 à 23:59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a charge target: give a percentage from 1 to 100.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un objectif de charge&#xa0;: indiquez un pourcentage de 1 à 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::PlanModel</name>
    <message>
        <source>Tomorrow</source>
        <extracomment>The timeline&apos;s second day</extracomment>
        <translation>Demain</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <extracomment>The grid signals: %1 the feed&apos;s hours, %2 what the rest of the plan uses</extracomment>
        <translation>%1, puis %2</translation>
    </message>
    <message>
        <source>%1: accuracy known after its first day</source>
        <extracomment>%1 &quot;Solar forecast&quot; or &quot;Home forecast&quot;: no forecast has been compared with what happened yet</extracomment>
        <translation>%1&#xa0;: précision connue après le premier jour</translation>
    </message>
    <message>
        <source>%1: ±%2 kWh/day, %3 % better than yesterday-as-forecast</source>
        <extracomment>%1 &quot;Solar forecast&quot;, %2 its mean error in kWh per day, %3 how much smaller (in %) than taking yesterday&apos;s values as the forecast</extracomment>
        <translation>%1&#xa0;: ±%2 kWh/jour, %3 % plus précise que la prévision «&#xa0;comme hier&#xa0;»</translation>
    </message>
    <message>
        <source>%1: ±%2 kWh/day, %3 % worse than yesterday-as-forecast</source>
        <extracomment>As above, when the forecast was worse than taking yesterday&apos;s values</extracomment>
        <translation>%1&#xa0;: ±%2 kWh/jour, %3 % moins précise que la prévision «&#xa0;comme hier&#xa0;»</translation>
    </message>
    <message>
        <source>Solar forecast</source>
        <translation>Prévision solaire</translation>
    </message>
    <message>
        <source>Home forecast</source>
        <translation>Prévision maison</translation>
    </message>
    <message>
        <source>Solar accuracy after a day</source>
        <extracomment>Short: the solar forecast has not been compared with a day of what happened yet</extracomment>
        <translation>Précision solaire après un jour</translation>
    </message>
    <message>
        <source>Home accuracy after a day</source>
        <translation>Précision maison après un jour</translation>
    </message>
    <message>
        <source>Solar ±%1 kWh/day, %2 % better</source>
        <extracomment>Short: %1 the solar forecast&apos;s error in kWh per day, %2 how much better than yesterday&apos;s</extracomment>
        <translation>Solaire ±%1 kWh/jour, %2 % mieux</translation>
    </message>
    <message>
        <source>Home ±%1 kWh/day, %2 % better</source>
        <translation>Maison ±%1 kWh/jour, %2 % mieux</translation>
    </message>
    <message>
        <source>Solar ±%1 kWh/day, %2 % worse</source>
        <translation>Solaire ±%1 kWh/jour, %2 % moins bien</translation>
    </message>
    <message>
        <source>Home ±%1 kWh/day, %2 % worse</source>
        <translation>Maison ±%1 kWh/jour, %2 % moins bien</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Planner</name>
    <message>
        <source>No plan fits: %1</source>
        <translation>Aucun plan possible&#xa0;: %1</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Cette heure est déjà passée.</translation>
    </message>
    <message>
        <source>There is no device %1.</source>
        <translation>Il n&apos;y a pas d&apos;appareil %1.</translation>
    </message>
    <message>
        <source>Only a car can be made ready by a time.</source>
        <translation>Seule une voiture peut recevoir une heure de départ.</translation>
    </message>
    <message>
        <source>%1 is not plugged in.</source>
        <translation>%1&#xa0;: aucun véhicule branché.</translation>
    </message>
    <message>
        <source>Only an appliance or a heater can be kept off today.</source>
        <translation>Seul un appareil ménager ou de chauffage peut être maintenu à l&apos;arrêt aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Runtime</name>
    <message>
        <source>Simulated household</source>
        <translation>Foyer simulé</translation>
    </message>
    <message>
        <source>Simulated household, %1× speed</source>
        <translation>Foyer simulé, vitesse %1×</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Votre foyer</translation>
    </message>
    <message>
        <source>This household is a member of %1 already.</source>
        <translation>Ce foyer est déjà membre de %1.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::UiSettings</name>
    <message>
        <source>System (%1)</source>
        <extracomment>The language choice that follows the operating system&apos;s; %1 is the language that gives</extracomment>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;.</source>
        <extracomment>%1 is a language code such as &quot;pt&quot;</extracomment>
        <translation>Il n&apos;y a pas de traduction pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: choose auto, day or night.</source>
        <translation>Thème inconnu «&#xa0;%1&#xa0;»&#xa0;: choisissez auto, day ou night.</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: choose kW or W.</source>
        <translation>Unité inconnue «&#xa0;%1&#xa0;»&#xa0;: choisissez kW ou W.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <extracomment>%1 is the reason given by the configuration database</extracomment>
        <translation>Le réglage n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::gridfeed::GridFeedDevice</name>
    <message>
        <source>Grid signals (%1)</source>
        <translation>Signaux réseau (%1)</translation>
    </message>
    <message>
        <source>No grid-signal document for region %1 on %2 in the last %3 minutes (maxAgeMinutes).</source>
        <translation>Aucun document de signaux réseau pour la région %1 sur %2 au cours des %3 dernières minutes (maxAgeMinutes).</translation>
    </message>
    <message>
        <source>The grid signals for region %1 are out of date: the newest document on %2 was issued at %3, more than %4 minutes ago (maxAgeMinutes).</source>
        <translation>Les signaux réseau de la région %1 sont périmés&#xa0;: le document le plus récent sur %2 a été émis à %3, il y a plus de %4 minutes (maxAgeMinutes).</translation>
    </message>
</context>
<context>
    <name>commonwatt::gridfeed::GridFeedPlugin</name>
    <message>
        <source>Grid signals</source>
        <translation>Signaux réseau</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqtt::PahoMqttClient</name>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>not a valid MQTT topic filter</source>
        <translation>filtre de topic MQTT invalide</translation>
    </message>
    <message>
        <source>no context or handler</source>
        <translation>aucun contexte ni gestionnaire</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>connexion à %1 perdue</translation>
    </message>
    <message>
        <source>connection refused: the broker at %1 does not speak MQTT 3.1.1</source>
        <translation>connexion refusée&#xa0;: le broker à %1 ne parle pas MQTT 3.1.1</translation>
    </message>
    <message>
        <source>connection refused: client id %1 rejected</source>
        <translation>connexion refusée&#xa0;: identifiant client %1 rejeté</translation>
    </message>
    <message>
        <source>connection refused: broker at %1 unavailable</source>
        <translation>connexion refusée&#xa0;: broker à %1 indisponible</translation>
    </message>
    <message>
        <source>connection refused: bad user name or password</source>
        <translation>connexion refusée&#xa0;: nom d&apos;utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>connection refused: not authorised (check the user name and password)</source>
        <translation>connexion refusée&#xa0;: non autorisé (vérifiez le nom d&apos;utilisateur et le mot de passe)</translation>
    </message>
    <message>
        <source>broker unreachable at %1, or the TLS handshake failed (check the CA file and the broker&apos;s certificate)</source>
        <translation>broker injoignable à %1, ou échec de la négociation TLS (vérifiez le fichier CA et le certificat du broker)</translation>
    </message>
    <message>
        <source>broker unreachable at %1</source>
        <translation>broker injoignable à %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqttgeneric::GenericMqttDevice</name>
    <message>
        <source>%1 says it is offline (%2 on %3)</source>
        <translation>%1 indique être hors ligne (%2 sur %3)</translation>
    </message>
    <message>
        <source>The MQTT broker is not connected.</source>
        <translation>Le broker MQTT n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The MQTT broker is not connected: %1</source>
        <translation>Le broker MQTT n&apos;est pas connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the command ran out at %2, before it was sent</source>
        <translation>%1&#xa0;: la commande a expiré à %2, avant d&apos;être envoyée</translation>
    </message>
    <message>
        <source>%1: the power setpoint is not a finite number</source>
        <translation>%1&#xa0;: la consigne de puissance n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1: a charging current of %2 A is not possible</source>
        <translation>%1&#xa0;: un courant de charge de %2 A n&apos;est pas possible</translation>
    </message>
    <message>
        <source>%1 does not accept this command</source>
        <translation>%1 n&apos;accepte pas cette commande</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqttgeneric::MqttGenericPlugin</name>
    <message>
        <source>Generic MQTT device</source>
        <translation>Appareil MQTT générique</translation>
    </message>
</context>
<context>
    <name>commonwatt::plugins::MqttSwitchDevice</name>
    <message>
        <source>%1 reported itself offline.</source>
        <translation>%1 a signalé être hors ligne.</translation>
    </message>
    <message>
        <source>No connection to the MQTT broker.</source>
        <translation>Pas de connexion au broker MQTT.</translation>
    </message>
    <message>
        <source>No connection to the MQTT broker: %1</source>
        <translation>Pas de connexion au broker MQTT&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::shelly::ShellyDevice</name>
    <message>
        <source>%1 refused Switch.Set: %2</source>
        <translation>%1 a refusé Switch.Set&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused Switch.GetStatus for switch %2: %3</source>
        <translation>%1 a refusé Switch.GetStatus pour la sortie %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>commonwatt::shelly::ShellyPlugin</name>
    <message>
        <source>Shelly Gen2+</source>
        <translation>Shelly Gen2+</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Identifiant de l&apos;appareil</translation>
    </message>
    <message>
        <source>The device&apos;s MQTT topic prefix, such as shellyplusplugs-a8032ab12345 (Settings &gt; MQTT).</source>
        <translation>Le préfixe de topic MQTT de l&apos;appareil, p. ex. shellyplusplugs-a8032ab12345 (Settings &gt; MQTT).</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Which output of a device with several: 0 for the first.</source>
        <translation>Quelle sortie utiliser sur un appareil qui en a plusieurs&#xa0;: 0 pour la première.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What Commonwatt calls the device, such as Washing machine.</source>
        <translation>Le nom de l&apos;appareil dans Commonwatt, p. ex. Lave-linge.</translation>
    </message>
    <message>
        <source>Shelly %1</source>
        <translation>Shelly %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::simulator::SimulatedHousehold</name>
    <message>
        <source>Grid meter</source>
        <translation>Compteur réseau</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solaire</translation>
    </message>
    <message>
        <source>Home battery</source>
        <translation>Batterie domestique</translation>
    </message>
    <message>
        <source>Electric car</source>
        <translation>Voiture électrique</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Lave-linge</translation>
    </message>
    <message>
        <source>Dishwasher</source>
        <translation>Lave-vaisselle</translation>
    </message>
    <message>
        <source>Tumble dryer</source>
        <translation>Sèche-linge</translation>
    </message>
    <message>
        <source>Water heater</source>
        <translation>Chauffe-eau</translation>
    </message>
    <message>
        <source>Grid signals</source>
        <translation>Signaux réseau</translation>
    </message>
    <message>
        <source>%1: the command&apos;s power is not a number</source>
        <translation>%1&#xa0;: la puissance de la commande n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: the command ran out at %2, before it could act (the device is at %3)</source>
        <translation>%1&#xa0;: la commande a expiré à %2, avant de pouvoir agir (l&apos;appareil en est à %3)</translation>
    </message>
    <message>
        <source>%1: the charger cannot take power from the car (%2 kW asked)</source>
        <translation>%1&#xa0;: le chargeur ne peut pas prélever d&apos;énergie de la voiture (%2 kW demandés)</translation>
    </message>
    <message>
        <source>%1 is not plugged in</source>
        <translation>%1&#xa0;: aucun véhicule branché</translation>
    </message>
    <message>
        <source>%1: a water heater cannot cool (%2 kW asked)</source>
        <translation>%1&#xa0;: un chauffe-eau ne peut pas refroidir (%2 kW demandés)</translation>
    </message>
    <message>
        <source>%1 runs its program or nothing: it can only be held off (0 kW), not set to %2 kW</source>
        <translation>%1 exécute son programme ou rien&#xa0;: il peut seulement être maintenu à l&apos;arrêt (0 kW), pas réglé sur %2 kW</translation>
    </message>
    <message>
        <source>%1 has no load waiting to start</source>
        <translation>%1 n&apos;a aucun cycle en attente de démarrage</translation>
    </message>
    <message>
        <source>%1 is already running, since %2</source>
        <translation>%1 est déjà en marche, depuis %2</translation>
    </message>
    <message>
        <source>%1 does not accept this command</source>
        <translation>%1 n&apos;accepte pas cette commande</translation>
    </message>
</context>
<context>
    <name>commonwatt::simulator::SimulatorPlugin</name>
    <message>
        <source>Household simulator</source>
        <translation>Simulateur de foyer</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>The same seed gives the same household, day after day.</source>
        <translation>La même graine donne le même foyer, jour après jour.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Amsterdam.</source>
        <translation>Un fuseau horaire IANA, p. ex. Europe/Paris.</translation>
    </message>
    <message>
        <source>Solar peak power</source>
        <translation>Puissance crête solaire</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>Capacité de la batterie</translation>
    </message>
    <message>
        <source>Car battery capacity</source>
        <translation>Capacité de la batterie de la voiture</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Puissance du chargeur</translation>
    </message>
    <message>
        <source>Reading interval</source>
        <translation>Intervalle de mesure</translation>
    </message>
    <message>
        <source>Simulate grid signals</source>
        <translation>Simuler les signaux réseau</translation>
    </message>
</context>
<context>
    <name>commonwatt::tasmota::TasmotaPlugin</name>
    <message>
        <source>Tasmota</source>
        <translation>Tasmota</translation>
    </message>
    <message>
        <source>Device topic</source>
        <translation>Topic de l&apos;appareil</translation>
    </message>
    <message>
        <source>The device&apos;s Topic, such as tasmota_9CF9D1 (Configuration &gt; Configure MQTT).</source>
        <translation>Le Topic de l&apos;appareil, p. ex. tasmota_9CF9D1 (Configuration &gt; Configure MQTT).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What Commonwatt calls the device, such as Dishwasher.</source>
        <translation>Le nom de l&apos;appareil dans Commonwatt, p. ex. Lave-vaisselle.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Which relay of a device with several: 1 for the first (POWER or POWER1).</source>
        <translation>Quel relais utiliser sur un appareil qui en a plusieurs&#xa0;: 1 pour le premier (POWER ou POWER1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the device&apos;s Topic (one level, no /), as in Configure &gt; MQTT</source>
        <translation>«&#xa0;%1&#xa0;» doit être le Topic de l&apos;appareil (un seul niveau, sans /), comme dans Configure &gt; MQTT</translation>
    </message>
    <message>
        <source>Tasmota %1</source>
        <translation>Tasmota %1</translation>
    </message>
</context>
</TS>
