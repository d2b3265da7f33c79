<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commonwatt: a household energy manager for communities that treat energy as a commons.</source>
        <translation>Commonwatt: ein Energiemanager für Haushalte in Gemeinschaften, die Energie als Gemeingut behandeln.</translation>
    </message>
    <message>
        <source>Run on the built-in simulated household (the default while no devices are configured).</source>
        <translation>Den eingebauten simulierten Haushalt verwenden (Standard, solange keine Geräte konfiguriert sind).</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; instead of the standard application data folder.</source>
        <translation>Datenbank und Einstellungen in &lt;dir&gt; statt im Standard-Datenordner der Anwendung ablegen.</translation>
    </message>
    <message>
        <source>Wall panel: full screen, no window frame, no mouse cursor.</source>
        <translation>Wandpanel: Vollbild, ohne Fensterrahmen, ohne Mauszeiger.</translation>
    </message>
    <message>
        <source>Run simulated time &lt;n&gt; times faster than real time (demo).</source>
        <translation>Simulierte Zeit &lt;n&gt;-mal schneller als Echtzeit ablaufen lassen (Demo).</translation>
    </message>
    <message>
        <source>Run without a window, for a home server.</source>
        <translation>Ohne Fenster laufen, für einen Heimserver.</translation>
    </message>
    <message>
        <source>Start simulated time at &lt;time&gt; (ISO 8601, e.g. 2026-06-21T08:00:00Z) instead of now (demo).</source>
        <translation>Simulierte Zeit bei &lt;time&gt; beginnen (ISO 8601, z. B. 2026-06-21T08:00:00Z) statt jetzt (Demo).</translation>
    </message>
    <message>
        <source>Seed of the simulated household (demo).</source>
        <translation>Startwert (Seed) des simulierten Haushalts (Demo).</translation>
    </message>
    <message>
        <source>Publish the household&apos;s state and Home Assistant discovery on the MQTT broker at &lt;host[:port]&gt; (default port 1883), unless the configuration names a broker for it.</source>
        <translation>Zustand des Haushalts und Home-Assistant-Discovery über den MQTT-Broker unter &lt;host[:port]&gt; veröffentlichen (Standardport 1883), sofern die Konfiguration dafür keinen Broker nennt.</translation>
    </message>
    <message>
        <source>Write the configuration (devices, brokers, site) to &lt;file&gt; as JSON, with passwords left out, and exit. - is standard output.</source>
        <translation>Die Konfiguration (Geräte, Broker, Standort) ohne Passwörter als JSON in &lt;file&gt; schreiben und beenden. - steht für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Check the configuration in &lt;file&gt; (JSON, as exported) and merge it into this household&apos;s, then exit. - is standard input.</source>
        <translation>Die Konfiguration in &lt;file&gt; (JSON, wie exportiert) prüfen, mit der dieses Haushalts zusammenführen und beenden. - steht für die Standardeingabe.</translation>
    </message>
    <message>
        <source>With --import-config: replace the whole configuration instead of merging.</source>
        <translation>Mit --import-config: die gesamte Konfiguration ersetzen statt zusammenführen.</translation>
    </message>
    <message>
        <source>Print the device plugins, their settings and any refused plugin file as JSON, and exit.</source>
        <translation>Die Geräte-Plugins, ihre Einstellungen und abgelehnte Plugin-Dateien als JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--replace goes with --import-config.</source>
        <translation>--replace ist nur zusammen mit --import-config möglich.</translation>
    </message>
    <message>
        <source>The configuration command needs a file (- for standard input or output).</source>
        <translation>Der Konfigurationsbefehl braucht eine Datei (- für Standardeingabe bzw. -ausgabe).</translation>
    </message>
    <message>
        <source>--mqtt-api needs a broker as host or host:port (e.g. localhost:1883), not &quot;%1&quot;.</source>
        <translation>--mqtt-api braucht einen Broker als host oder host:port (z. B. localhost:1883), nicht „%1“.</translation>
    </message>
    <message>
        <source>--kiosk and --headless exclude each other.</source>
        <translation>--kiosk und --headless schließen einander aus.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--speed must be a number above 0 and at most %1, not &quot;%2&quot;.</source>
        <translation>--speed muss eine Zahl über 0 und höchstens %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--start must be an ISO 8601 time such as 2026-06-21T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--start muss eine Zeit nach ISO 8601 sein, etwa 2026-06-21T08:00:00Z, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed muss eine ganze Zahl ab 0 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Forget the wall panel&apos;s installer PIN and its lockout, and exit; the panel then asks for a new PIN.</source>
        <translation>Die Installateur-PIN des Wandpanels samt Sperre löschen und beenden; das Panel fragt dann nach einer neuen PIN.</translation>
    </message>
    <message>
        <source>--export-config, --import-config, --list-plugins and --reset-installer-pin exclude each other.</source>
        <translation>--export-config, --import-config, --list-plugins und --reset-installer-pin schließen einander aus.</translation>
    </message>
    <message>
        <source>Take part in the community whose folder &lt;dir&gt; holds community.json and the member&apos;s key file (with --member and --community-broker).</source>
        <translation>An der Gemeinschaft teilnehmen, deren Ordner &lt;dir&gt; community.json und die Schlüsseldatei des Mitglieds enthält (mit --member und --community-broker).</translation>
    </message>
    <message>
        <source>The household&apos;s key in the community folder: keys/&lt;name&gt;.key. Its passphrase comes from COMMONWATT_KEY_PASSPHRASE or the credential commonwatt-key-passphrase.</source>
        <translation>Der Schlüssel des Haushalts im Gemeinschaftsordner: keys/&lt;name&gt;.key. Seine Passphrase kommt aus COMMONWATT_KEY_PASSPHRASE oder dem Credential commonwatt-key-passphrase.</translation>
    </message>
    <message>
        <source>The community&apos;s MQTT broker at &lt;host:port&gt;, where the ledger is kept in step.</source>
        <translation>Der MQTT-Broker der Gemeinschaft unter &lt;host:port&gt;, über den das Hauptbuch abgeglichen wird.</translation>
    </message>
    <message>
        <source>--community, --member and --community-broker go together: the community folder, the household&apos;s key name and the broker.</source>
        <translation>--community, --member und --community-broker gehören zusammen: der Gemeinschaftsordner, der Schlüsselname des Haushalts und der Broker.</translation>
    </message>
    <message>
        <source>--member needs the name of a key file in the folder&apos;s keys/, not &quot;%1&quot;.</source>
        <translation>--member braucht den Namen einer Schlüsseldatei in keys/ des Ordners, nicht „%1“.</translation>
    </message>
    <message>
        <source>--community-broker needs a broker as host:port (e.g. broker.example.org:1883), not &quot;%1&quot;.</source>
        <translation>--community-broker braucht einen Broker als host:port (z. B. broker.example.org:1883), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Replaced by a newer command before %1 confirmed it.</source>
        <translation>Durch einen neueren Befehl ersetzt, bevor %1 ihn bestätigt hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not confirm the command after %n attempt(s).</source>
        <translation>
            <numerusform>%1 hat den Befehl nach %n Versuch nicht bestätigt.</numerusform>
            <numerusform>%1 hat den Befehl nach %n Versuchen nicht bestätigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommonsPanel</name>
    <message>
        <source>In the commons</source>
        <extracomment>Heading of the panel with credits, clean share and reputation</extracomment>
        <translation>Gemeingut Energie</translation>
    </message>
    <message>
        <source>estimates</source>
        <extracomment>Credits are estimated until the household joins a community and they are validated</extracomment>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>Credits today</source>
        <extracomment>Credits earned (or spent) today</extracomment>
        <translation>Credits heute</translation>
    </message>
    <message>
        <source>This month %1 · since %2: %3</source>
        <extracomment>Under today&apos;s credits: this month&apos;s, and the total since a date</extracomment>
        <translation>Diesen Monat %1 · seit %2: %3</translation>
    </message>
    <message>
        <source>Clean today</source>
        <extracomment>Share of today&apos;s use that was clean energy</extracomment>
        <translation>Ökoanteil heute</translation>
    </message>
    <message>
        <source>Reputation</source>
        <extracomment>Reputation score out of 100</extracomment>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>giving %1 · reliable %2 · clean %3</source>
        <extracomment>The three parts of the reputation: giving, reliability, clean</extracomment>
        <translation>Geben %1 · Verlässlichkeit %2 · Öko %3</translation>
    </message>
    <message>
        <source>tap for its parts</source>
        <extracomment>Hint under the reputation score</extracomment>
        <translation>Antippen für Details</translation>
    </message>
    <message>
        <source>This month %1 · balance %2</source>
        <extracomment>Under today&apos;s credits: this month&apos;s, and the balance on the community ledger</extracomment>
        <translation>Diesen Monat %1 · Guthaben %2</translation>
    </message>
</context>
<context>
    <name>CommunityActions</name>
    <message>
        <source>%1: pending, waiting for the ledger…</source>
        <extracomment>An action on the Community page waiting for the ledger; %1 the action</extracomment>
        <translation>%1: ausstehend, wartet auf das Hauptbuch …</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <extracomment>An action in the ledger; %1 the action</extracomment>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1: refused, %2.</source>
        <extracomment>An action the ledger refused; %1 the action, %2 why</extracomment>
        <translation>%1: abgelehnt, %2.</translation>
    </message>
    <message>
        <source>%1: not sent, %2</source>
        <extracomment>An action that could not be stored; %1 the action, %2 why</extracomment>
        <translation>%1: nicht gesendet, %2</translation>
    </message>
</context>
<context>
    <name>CommunityFeedView</name>
    <message>
        <source>All</source>
        <extracomment>Feed filter: every entry</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Feed filter: entries by or about this household</extracomment>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Trades</source>
        <extracomment>Feed filter: offers, acceptances, settlements</extracomment>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Feed filter: contributions, grant requests, approvals, payments</extracomment>
        <translation>Topf</translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>Feed period: no limit</extracomment>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Feed period: today only</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>7 days</source>
        <extracomment>Feed period: the last seven days</extracomment>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>Nothing in the ledger matches this filter.</source>
        <extracomment>The community feed under a filter that matches nothing</extracomment>
        <translation>Nichts im Hauptbuch passt zu diesem Filter.</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Your balance %1</source>
        <extracomment>Community page: the household&apos;s balance; %1 an amount of credits</extracomment>
        <translation>Ihr Guthaben %1</translation>
    </message>
    <message>
        <source>Pool %1 · %2 members</source>
        <extracomment>Community page: the pool and the members; %1 credits, %2 how many members</extracomment>
        <translation>Topf %1 · %2 Mitglieder</translation>
    </message>
    <message>
        <source> · you are a steward</source>
        <extracomment>Appended when the household is a steward</extracomment>
        <translation> · Sie sind Verwalter</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>Community page section: the ledger&apos;s entries</extracomment>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <source>Trades</source>
        <extracomment>Community page section: offers and trades</extracomment>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Community page section: the subsidy pool</extracomment>
        <translation>Topf</translation>
    </message>
    <message>
        <source>Board</source>
        <extracomment>Community page section: the reputation board</extracomment>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Community page, when the household is not (yet) in a community</extracomment>
        <translation>Gemeinschaft</translation>
    </message>
    <message>
        <source>Not in a community</source>
        <translation>In keiner Gemeinschaft</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>not a field of %1</source>
        <translation>kein Feld von %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a time in milliseconds since 1970 (a whole number, 0 or more)</source>
        <translation>muss eine Zeit in Millisekunden seit 1970 sein (eine ganze Zahl, 0 oder mehr)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2</source>
        <translation>„%1“ wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>a configuration document</source>
        <translation>ein Konfigurationsdokument</translation>
    </message>
    <message>
        <source>this is not a Commonwatt configuration (expected &quot;%1&quot;, found %2)</source>
        <translation>dies ist keine Commonwatt-Konfiguration („%1“ erwartet, %2 gefunden)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>kein Formatname</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is newer than this build of Commonwatt reads (up to %2); update Commonwatt first</source>
        <translation>%1 ist neuer, als diese Commonwatt-Version lesen kann (bis %2); aktualisieren Sie zuerst Commonwatt</translation>
    </message>
    <message>
        <source>%1 is not a version of the configuration format</source>
        <translation>%1 ist keine Version des Konfigurationsformats</translation>
    </message>
    <message>
        <source>a broker</source>
        <translation>ein Broker</translation>
    </message>
    <message>
        <source>a plugin instance</source>
        <translation>eine Plugin-Instanz</translation>
    </message>
    <message>
        <source>not a valid key (lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>kein gültiger Schlüssel (Kleinbuchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>belongs to the device it was set on and is not imported (the installer PIN is chosen on the panel)</source>
        <translation>gehört zu dem Gerät, auf dem der Wert gesetzt wurde, und wird nicht importiert (die Installateur-PIN wird am Panel festgelegt)</translation>
    </message>
    <message>
        <source>must have a value</source>
        <translation>muss einen Wert haben</translation>
    </message>
    <message>
        <source>%1: not a Commonwatt configuration database (%2)</source>
        <translation>%1: keine Commonwatt-Konfigurationsdatenbank (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1: ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>die Datei ist keine Datenbank</translation>
    </message>
    <message>
        <source>another database, application id %1</source>
        <translation>eine andere Datenbank, Anwendungs-ID %1</translation>
    </message>
    <message>
        <source>%1: written by a newer Commonwatt (configuration version %2; this build reads up to version %3)</source>
        <translation>%1: von einem neueren Commonwatt geschrieben (Konfigurationsversion %2; diese Version liest bis Version %3)</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1: kann nicht angelegt werden (%2)</translation>
    </message>
    <message>
        <source>%1: readable by other users and cannot be made private (%2)</source>
        <translation>%1: für andere Benutzer lesbar und kann nicht privat gemacht werden (%2)</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging (journal mode %1)</source>
        <translation>Write-Ahead-Logging nicht möglich (Journal-Modus %1)</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The configuration store is not open</source>
        <translation>Der Konfigurationsspeicher ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Broker %1 is still used by %2; give them another broker or remove them first</source>
        <translation>Broker %1 wird noch von %2 verwendet; weisen Sie ihnen einen anderen Broker zu oder entfernen Sie sie zuerst</translation>
    </message>
    <message>
        <source>No broker %1 is configured</source>
        <translation>Broker %1 ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>No plugin instance %1 is configured</source>
        <translation>Plugin-Instanz %1 ist nicht konfiguriert</translation>
    </message>
    <message>
        <source>Site setting &quot;%1&quot;: not a valid key (lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>Standorteinstellung „%1“: kein gültiger Schlüssel (Kleinbuchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;)</translation>
    </message>
    <message>
        <source>Site setting %1: must have a value (remove it instead)</source>
        <translation>Standorteinstellung %1: muss einen Wert haben (entfernen Sie sie stattdessen)</translation>
    </message>
    <message>
        <source>No site setting %1 is stored</source>
        <translation>Keine Standorteinstellung %1 gespeichert</translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON: %1 at byte %2</source>
        <translation>Die Konfigurationsdatei ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>The configuration file holds no JSON object; an export is one object</source>
        <translation>Die Konfigurationsdatei enthält kein JSON-Objekt; ein Export ist ein Objekt</translation>
    </message>
    <message>
        <source>is redacted (&quot;%1&quot;) and no secret is stored here to keep; enter it again</source>
        <translation>ist unkenntlich gemacht („%1“), und hier ist kein Geheimwert gespeichert, der beibehalten werden könnte; geben Sie ihn erneut ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to %2 lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos; (e.g. &quot;kitchen-plug&quot;)</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie 1 bis %2 Kleinbuchstaben, Ziffern und &apos;-&apos;, nicht mit &apos;-&apos; am Anfang (z. B. „kueche-steckdose“)</translation>
    </message>
    <message>
        <source>no plugin &quot;%1&quot; is installed</source>
        <translation>Plugin „%1“ ist nicht installiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid broker id</source>
        <translation>„%1“ ist keine gültige Broker-ID</translation>
    </message>
    <message>
        <source>no broker &quot;%1&quot; is configured</source>
        <translation>Broker „%1“ ist nicht konfiguriert</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The installer PIN was not reset: %1</source>
        <translation>Die Installateur-PIN wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>The installer PIN is reset: the wall panel asks for a new one when the installer button is next pressed.</source>
        <translation>Die Installateur-PIN ist zurückgesetzt: Das Wandpanel fragt nach einer neuen, sobald die Schaltfläche „Installateur“ das nächste Mal gedrückt wird.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 devices, %3 brokers.</source>
        <translation>%1 importiert: %2 Geräte, %3 Broker.</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <source>Cancel</source>
        <extracomment>Confirmation: do not do it</extracomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data folder is known for this user: give one with --data-dir.</source>
        <translation>Für diesen Benutzer ist kein Datenordner bekannt: Geben Sie einen mit --data-dir an.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: %2</source>
        <translation>In den Datenordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Commonwatt (process %2).</source>
        <translation>Der Datenordner %1 wird von einem anderen Commonwatt verwendet (Prozess %2).</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht gesperrt werden.</translation>
    </message>
</context>
<context>
    <name>DeviceSheet</name>
    <message>
        <source>Close</source>
        <extracomment>Closes the device&apos;s sheet</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation>Jetzt laden</translation>
    </message>
    <message>
        <source>Heat now</source>
        <translation>Jetzt heizen</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Don&apos;t run today</source>
        <extracomment>Keeps an appliance or heater off until midnight</extracomment>
        <translation>Heute aus lassen</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <extracomment>Ends the household&apos;s request: the planner decides again</extracomment>
        <translation>Zurück zur Automatik</translation>
    </message>
    <message>
        <source>When do you leave, and how full should it be?</source>
        <extracomment>Above the car&apos;s departure time and charge</extracomment>
        <translation>Wann fahren Sie los, und wie voll soll der Akku sein?</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Less charge</source>
        <translation>Weniger laden</translation>
    </message>
    <message>
        <source>More charge</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Ready by</source>
        <extracomment>Sets the car&apos;s departure time and charge</extracomment>
        <translation>Bereit bis</translation>
    </message>
</context>
<context>
    <name>EnergyCounter</name>
    <message>
        <source>energy counter %1 kWh is not a count</source>
        <translation>Energiezähler %1 kWh ist kein Zählerstand</translation>
    </message>
    <message>
        <source>energy counter went back from %1 to %2 kWh; kept at %1 until the next report shows whether the device&apos;s counter restarted</source>
        <translation>Energiezähler ging von %1 auf %2 kWh zurück; bleibt bei %1, bis der nächste Wert zeigt, ob der Zähler des Geräts neu gestartet ist</translation>
    </message>
    <message>
        <source>energy counter rose from %1 to %2 kWh in %3 min, more than the plausibility limit of %4 kW allows</source>
        <translation>Energiezähler stieg in %3 min von %1 auf %2 kWh, mehr als die Plausibilitätsgrenze von %4 kW zulässt</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Grid event: %1</source>
        <extracomment>Title of a grid event&apos;s card; %1 is its level in words, e.g. &quot;high need&quot;</extracomment>
        <translation>Netzereignis: %1</translation>
    </message>
    <message>
        <source>No grid events</source>
        <extracomment>Events page, when there are none</extracomment>
        <translation>Keine Netzereignisse</translation>
    </message>
    <message>
        <source>When the grid is short of power, usually on a cold weekday evening, it calls a grid event the day before. Using less than usual during it earns credits. Events show here as soon as they are announced.</source>
        <extracomment>Events page, when there are none: what grid events are</extracomment>
        <translation>Wenn im Netz Strom knapp wird, meist an einem kalten Werktagabend, ruft das Netz am Vortag ein Netzereignis aus. Verbrauchen Sie währenddessen weniger als üblich, erhalten Sie Credits. Ereignisse erscheinen hier, sobald sie angekündigt sind.</translation>
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
        <translation>%1 W</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <extracomment>Power in kilowatts; %1 is the number</extracomment>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 Wh</source>
        <extracomment>Energy in watt-hours; %1 is the number</extracomment>
        <translation>%1 Wh</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>Energy in kilowatt-hours; %1 is the number</extracomment>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 cr</source>
        <extracomment>An amount of credits, the community&apos;s currency; %1 is the signed number</extracomment>
        <translation>%1 cr</translation>
    </message>
</context>
<context>
    <name>GridEventCard</name>
    <message>
        <source>now</source>
        <extracomment>A grid event&apos;s status: it is running now</extracomment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>upcoming</source>
        <extracomment>A grid event&apos;s status: it has not started</extracomment>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>past</source>
        <extracomment>A grid event&apos;s status: it is over</extracomment>
        <translation>vorbei</translation>
    </message>
    <message>
        <source>Declined: your appliances are planned as if there were no event. It still counts, and any reduction still earns credits.</source>
        <extracomment>After declining a grid event: what declining does and does not change</extracomment>
        <translation>Abgelehnt: Ihre Geräte werden geplant, als gäbe es kein Ereignis. Es zählt trotzdem, und jede Einsparung bringt weiterhin Credits.</translation>
    </message>
    <message>
        <source>Accepted: flexible appliances wait until it is over and the battery supplies the house.</source>
        <extracomment>After accepting a grid event</extracomment>
        <translation>Angenommen: Flexible Geräte warten, bis es vorbei ist, und die Batterie versorgt das Haus.</translation>
    </message>
    <message>
        <source>Your appliances keep out of it unless you decline. Using less than usual earns credits either way.</source>
        <extracomment>Before answering a grid event: what the default is</extracomment>
        <translation>Ihre Geräte meiden das Ereignis, sofern Sie nicht ablehnen. Weniger Verbrauch als üblich bringt in jedem Fall Credits.</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: take part in a grid event</extracomment>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Button: plan as if there were no grid event</extracomment>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>GridFeed</name>
    <message>
        <source>a topic cannot contain a NUL character</source>
        <translation>ein Topic darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>a topic is at most 65535 bytes long</source>
        <translation>ein Topic ist höchstens 65535 Bytes lang</translation>
    </message>
    <message>
        <source># may only stand alone as the last level of a topic</source>
        <translation># darf nur allein als letzte Ebene eines Topics stehen</translation>
    </message>
    <message>
        <source>+ may only stand alone as a level of a topic</source>
        <translation>+ darf nur allein als Ebene eines Topics stehen</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Netzregion</translation>
    </message>
    <message>
        <source>The distribution region whose signals this household follows, as the distributor&apos;s membership entry names it.</source>
        <translation>Die Verteilnetzregion, deren Signalen dieser Haushalt folgt, so benannt wie im Mitgliedseintrag des Verteilnetzbetreibers.</translation>
    </message>
    <message>
        <source>Feed topic</source>
        <translation>Feed-Topic</translation>
    </message>
    <message>
        <source>Empty: commonwatt/community/signals/&lt;region&gt;. + and # may be used; documents for other regions are ignored.</source>
        <translation>Leer: commonwatt/community/signals/&lt;region&gt;. + und # sind erlaubt; Dokumente für andere Regionen werden ignoriert.</translation>
    </message>
    <message>
        <source>Forecast usable for</source>
        <translation>Prognose nutzbar für</translation>
    </message>
    <message>
        <source>After this long without a newer document, the signals are shown as offline and no longer used.</source>
        <translation>Kommt so lange kein neueres Dokument, werden die Signale als offline angezeigt und nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>a region cannot contain /, + or # (it is a level of the feed&apos;s topic)</source>
        <translation>eine Region darf kein /, + oder # enthalten (sie ist eine Ebene des Feed-Topics)</translation>
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
        <translation>Solar</translation>
    </message>
    <message>
        <source>Battery</source>
        <extracomment>A series of the history chart: what the home battery gave</extracomment>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Grid</source>
        <extracomment>A series of the history chart: what came from the grid</extracomment>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>A series of the history chart: what the home used (not the battery or the car)</extracomment>
        <translation>Haus</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>A series of the history chart: what charged the car</extracomment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Charging</source>
        <extracomment>A series of the history chart: what charged the home battery</extracomment>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>A series of the history chart: what was sent to the grid</extracomment>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <source>Giving</source>
        <extracomment>A series of the credits chart: credits earned by giving clean energy</extracomment>
        <translation>Geben</translation>
    </message>
    <message>
        <source>Grid events</source>
        <extracomment>A series of the credits chart: rewards for answering grid events</extracomment>
        <translation>Netzereignisse</translation>
    </message>
    <message>
        <source>Taking</source>
        <extracomment>A series of the credits chart: credits spent taking energy from the commons</extracomment>
        <translation>Nehmen</translation>
    </message>
    <message>
        <source>Fossil</source>
        <extracomment>A series of the credits chart: credits spent on fossil energy</extracomment>
        <translation>Fossil</translation>
    </message>
    <message>
        <source>Clean share</source>
        <extracomment>A series of the clean-share chart: the share of the home&apos;s use that was clean</extracomment>
        <translation>Ökoanteil</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
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
        <translation>Verlauf wird gelesen</translation>
    </message>
    <message>
        <source>Whole period</source>
        <extracomment>Shows the whole period again after zooming in, on the History chart</extracomment>
        <translation>Ganzer Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A series and its value at the tapped point of the History chart</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryExportPanel</name>
    <message>
        <source>File to write</source>
        <extracomment>The file field of the History page&apos;s export</extracomment>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the export on the History page</extracomment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export readings</source>
        <extracomment>Writes the period&apos;s readings to the file</extracomment>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>Export credits</source>
        <extracomment>Writes the period&apos;s settled credits per day to the file</extracomment>
        <translation>Credits exportieren</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <extracomment>Writes the community ledger&apos;s entries of the period to the file</extracomment>
        <translation>Hauptbuch exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <extracomment>Accessible name of the export&apos;s progress bar</extracomment>
        <translation>Exportfortschritt</translation>
    </message>
</context>
<context>
    <name>HistoryToolbar</name>
    <message>
        <source>Earlier</source>
        <extracomment>Tooltip and accessible name of the History page&apos;s back button</extracomment>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Tooltip and accessible name of the History page&apos;s forward button</extracomment>
        <translation>Später</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Back to the period that holds today, on the History page</extracomment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Opens the CSV export on the History page</extracomment>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>InstallerBackupCard</name>
    <message>
        <source>Backup and restore</source>
        <extracomment>Installer: heading of backup and restore</extracomment>
        <translation>Sichern und wiederherstellen</translation>
    </message>
    <message>
        <source>The devices, brokers and site settings, as one file. Passwords are left out; a restore replaces the whole configuration, or changes nothing if the file is not valid.</source>
        <extracomment>Installer: what a backup holds</extracomment>
        <translation>Die Geräte, Broker und Standorteinstellungen in einer Datei. Passwörter bleiben draußen; eine Wiederherstellung ersetzt die ganze Konfiguration oder ändert nichts, wenn die Datei nicht gültig ist.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <extracomment>Installer: accessible name of the backup file field</extracomment>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Back up</source>
        <extracomment>Installer: write the backup file</extracomment>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <extracomment>Installer: restore from the backup file (asks first)</extracomment>
        <translation>Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>InstallerCommunityCard</name>
    <message>
        <source>Community</source>
        <extracomment>Installer: heading of the community membership</extracomment>
        <translation>Gemeinschaft</translation>
    </message>
    <message>
        <source>The distributor gives you the community file (community.json) and the household&apos;s member key (NAME.key) with its passphrase. The passphrase is not stored: for the next starts, set it as the commonwatt-key-passphrase credential.</source>
        <extracomment>Installer, community: what joining needs</extracomment>
        <translation>Der Verteiler gibt Ihnen die Gemeinschaftsdatei (community.json) und den Mitgliedsschlüssel des Haushalts (NAME.key) mit seiner Passphrase. Die Passphrase wird nicht gespeichert: Hinterlegen Sie sie für die nächsten Starts als Credential commonwatt-key-passphrase.</translation>
    </message>
    <message>
        <source>No key yet? Make one here</source>
        <extracomment>Installer, community: heading of making a member key here</extracomment>
        <translation>Noch kein Schlüssel? Hier einen erstellen</translation>
    </message>
    <message>
        <source>Member name</source>
        <extracomment>Installer, community: the name the new key is for</extracomment>
        <translation>Mitgliedsname</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <extracomment>Installer, community: the key file&apos;s passphrase</extracomment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <extracomment>Installer, community: the new key&apos;s passphrase, again</extracomment>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Make a member key</source>
        <extracomment>Installer, community: make the household&apos;s own member key</extracomment>
        <translation>Mitgliedsschlüssel erstellen</translation>
    </message>
    <message>
        <source>Give the distributor this public key, to add the household with commonwatt-community add-member --name %2 --public-key %1. Then join below with the community file and this key.</source>
        <extracomment>Installer, community: what to give the distributor; %1 the public key, %2 the member name</extracomment>
        <translation>Geben Sie dem Verteiler diesen öffentlichen Schlüssel, damit er den Haushalt mit commonwatt-community add-member --name %2 --public-key %1 hinzufügt. Treten Sie dann unten mit der Gemeinschaftsdatei und diesem Schlüssel bei.</translation>
    </message>
    <message>
        <source>Join with the community file and the member key</source>
        <extracomment>Installer, community: heading of the join fields</extracomment>
        <translation>Mit der Gemeinschaftsdatei und dem Mitgliedsschlüssel beitreten</translation>
    </message>
    <message>
        <source>Community file</source>
        <extracomment>Installer, community: path of community.json</extracomment>
        <translation>Gemeinschaftsdatei</translation>
    </message>
    <message>
        <source>Member key file</source>
        <extracomment>Installer, community: path of the member&apos;s key file</extracomment>
        <translation>Mitgliedsschlüssel-Datei</translation>
    </message>
    <message>
        <source>Community broker host</source>
        <extracomment>Installer, community: the community&apos;s MQTT broker</extracomment>
        <translation>Broker-Host der Gemeinschaft</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>Installer, community: the broker&apos;s port</extracomment>
        <translation>Port</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <extracomment>Installer, community: the authority that signed the broker&apos;s certificate</extracomment>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s</source>
        <extracomment>Installer, community: empty CA file</extracomment>
        <translation>Leer: die des Systems</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <extracomment>Installer, community: encrypt the connection to the broker</extracomment>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Installer, community: check the files and join</extracomment>
        <translation>Beitreten</translation>
    </message>
</context>
<context>
    <name>InstallerDeviceForm</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Installer form title: %1 the device&apos;s id</extracomment>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a %1 device</source>
        <extracomment>Installer form title: %1 the plugin&apos;s name</extracomment>
        <translation>Ein %1-Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Device id (required)</source>
        <extracomment>Installer form: label of the device id field</extracomment>
        <translation>Geräte-ID (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Device id</source>
        <extracomment>Installer form: accessible name of the device id field</extracomment>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;; it names the device in the history and the MQTT topics.</source>
        <extracomment>Installer form: help under the device id field</extracomment>
        <translation>Kleinbuchstaben, Ziffern und &apos;-&apos;; sie benennt das Gerät im Verlauf und in den MQTT-Topics.</translation>
    </message>
    <message>
        <source>MQTT broker</source>
        <extracomment>Installer form: heading of the MQTT broker choice</extracomment>
        <translation>MQTT-Broker</translation>
    </message>
    <message>
        <source>The broker the device publishes to.</source>
        <extracomment>Installer form: what the broker choice is about</extracomment>
        <translation>Der Broker, an den das Gerät sendet.</translation>
    </message>
    <message>
        <source>New broker</source>
        <extracomment>Installer form: choice of a new MQTT broker</extracomment>
        <translation>Neuer Broker</translation>
    </message>
    <message>
        <source>Fewer broker settings</source>
        <extracomment>Installer form: hide the broker&apos;s less common settings</extracomment>
        <translation>Weniger Broker-Einstellungen</translation>
    </message>
    <message>
        <source>More broker settings</source>
        <extracomment>Installer form: show the broker&apos;s less common settings</extracomment>
        <translation>Weitere Broker-Einstellungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Installer, Test connection: one live reading; %1 channel, %2 value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>Installer form: try the settings without saving them</extracomment>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Installer form: save the device</extracomment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Installer form: close without saving</extracomment>
        <translation>Abbrechen</translation>
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
        <translation>%1 · letzter Messwert %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Installer: edit a device&apos;s settings</extracomment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Switch off</source>
        <extracomment>Installer: stop using a device without removing it</extracomment>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Switch on</source>
        <extracomment>Installer: use a switched-off device again</extracomment>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Installer: remove a device (asks first)</extracomment>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>InstallerDialog</name>
    <message>
        <source>Installer mode</source>
        <extracomment>Title of the installer dialog once the PIN was accepted</extracomment>
        <translation>Installateurmodus</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <extracomment>Title while choosing the installer PIN, second entry</extracomment>
        <translation>Neue PIN erneut eingeben</translation>
    </message>
    <message>
        <source>Choose the installer PIN</source>
        <extracomment>Title while choosing the installer PIN, first entry</extracomment>
        <translation>Installateur-PIN festlegen</translation>
    </message>
    <message>
        <source>Enter the installer PIN</source>
        <extracomment>Title of the installer dialog before the PIN is entered</extracomment>
        <translation>Installateur-PIN eingeben</translation>
    </message>
    <message>
        <source>%1 to %2 digits. Whoever knows it can change the setup and leave the wall panel.</source>
        <extracomment>Under the title while choosing the installer PIN</extracomment>
        <translation>%1 bis %2 Ziffern. Wer sie kennt, kann die Einrichtung ändern und das Wandpanel verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after too many wrong tries: %n s left.</source>
        <extracomment>Shown while the installer PIN is locked after wrong tries; counts down</extracomment>
        <translation>
            <numerusform>Nach zu vielen Fehlversuchen gesperrt: noch %n s.</numerusform>
            <numerusform>Nach zu vielen Fehlversuchen gesperrt: noch %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the wall panel</source>
        <extracomment>Installer mode: closes the app on the wall panel</extracomment>
        <translation>Wandpanel verlassen</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <extracomment>Installer mode: choose a new installer PIN</extracomment>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <source>Dim the screen after</source>
        <extracomment>Installer mode: after how long without a touch the screen dims</extracomment>
        <translation>Bildschirm abdunkeln nach</translation>
    </message>
    <message>
        <source>Sooner</source>
        <extracomment>Installer mode: dim the screen sooner</extracomment>
        <translation>Früher</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Installer mode: the screen never dims</extracomment>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>Installer mode: dim after this many seconds</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Installer mode: dim after this many minutes</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Installer mode: dim the screen later</extracomment>
        <translation>Später</translation>
    </message>
    <message>
        <source>Back to the panel</source>
        <extracomment>Installer mode: ends installer mode and closes the dialog</extracomment>
        <translation>Zurück zum Panel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the installer dialog without entering installer mode</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Set up devices and site</source>
        <extracomment>Installer mode: shows the Installer page (devices, site, backup)</extracomment>
        <translation>Geräte und Standort einrichten</translation>
    </message>
    <message>
        <source>Leave installer mode</source>
        <extracomment>Installer mode on the desktop: ends installer mode and closes the dialog</extracomment>
        <translation>Installateurmodus verlassen</translation>
    </message>
</context>
<context>
    <name>InstallerPage</name>
    <message>
        <source>Devices</source>
        <extracomment>Installer: heading of the configured devices</extracomment>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>No device is configured yet. Add one from a plugin below.</source>
        <extracomment>Installer: no device is configured yet</extracomment>
        <translation>Noch ist kein Gerät eingerichtet. Fügen Sie unten eines aus einem Plugin hinzu.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <extracomment>Installer: heading of the plugins a device can be added from</extracomment>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <extracomment>Installer: confirmation title; %1 the device&apos;s id</extracomment>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Commonwatt stops using the device and forgets its settings. Its readings so far stay in the history.</source>
        <extracomment>Installer: what removing a device does</extracomment>
        <translation>Commonwatt verwendet das Gerät nicht mehr und vergisst seine Einstellungen. Seine bisherigen Messwerte bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Installer: confirm removing a device</extracomment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Replace the configuration?</source>
        <extracomment>Installer: confirmation title before a restore</extracomment>
        <translation>Konfiguration ersetzen?</translation>
    </message>
    <message>
        <source>Every device, broker and site setting is replaced by those in %1, and the devices restart.</source>
        <extracomment>Installer: what a restore does; %1 the file</extracomment>
        <translation>Alle Geräte, Broker und Standorteinstellungen werden durch die aus %1 ersetzt, und die Geräte starten neu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Installer: confirm the restore</extracomment>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>InstallerSiteCard</name>
    <message>
        <source>Site</source>
        <extracomment>Installer: heading of the site settings</extracomment>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Import limit</source>
        <extracomment>Installer, site: most power the grid connection may draw</extracomment>
        <translation>Bezugsgrenze</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>Installer, site: placeholder with the default limit</extracomment>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Export limit</source>
        <extracomment>Installer, site: most power the site may feed into the grid</extracomment>
        <translation>Einspeisegrenze</translation>
    </message>
    <message>
        <source>Grid region</source>
        <extracomment>Installer, site: country code or bidding zone of the grid</extracomment>
        <translation>Netzregion</translation>
    </message>
    <message>
        <source>For example DE, NL or SE3</source>
        <extracomment>Installer, site: example grid regions</extracomment>
        <translation>Zum Beispiel DE, NL oder SE3</translation>
    </message>
    <message>
        <source>Household id</source>
        <extracomment>Installer, site: the household&apos;s id in MQTT topics</extracomment>
        <translation>Haushalts-ID</translation>
    </message>
    <message>
        <source>The limits apply to the plan at once; a new household id applies to the MQTT API from the next start.</source>
        <extracomment>Installer, site: when the household id takes effect</extracomment>
        <translation>Die Grenzen gelten sofort für den Plan; eine neue Haushalts-ID gilt für die MQTT-API ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Save site settings</source>
        <extracomment>Installer, site: save the site settings</extracomment>
        <translation>Standorteinstellungen speichern</translation>
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
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Broker host</source>
        <translation>Broker-Host</translation>
    </message>
    <message>
        <source>Host name or IP address of the MQTT broker, without mqtt:// or a port.</source>
        <translation>Hostname oder IP-Adresse des MQTT-Brokers, ohne mqtt:// und ohne Port.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Leave empty for the standard port: 1883, or 8883 with TLS.</source>
        <translation>Leer lassen für den Standardport: 1883, mit TLS 8883.</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>Encrypt the connection and check the broker&apos;s certificate.</source>
        <translation>Die Verbindung verschlüsseln und das Zertifikat des Brokers prüfen.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the broker&apos;s certificate; empty: the system&apos;s.</source>
        <translation>PEM-Datei der Stelle, die das Zertifikat des Brokers signiert hat; leer: die des Systems.</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>PEM certificate for brokers that identify clients by certificate.</source>
        <translation>PEM-Zertifikat für Broker, die Clients per Zertifikat identifizieren.</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Client-Schlüsseldatei</translation>
    </message>
    <message>
        <source>PEM private key of the client certificate.</source>
        <translation>Privater PEM-Schlüssel des Client-Zertifikats.</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Zertifikat des Brokers prüfen</translation>
    </message>
    <message>
        <source>Turn off only for testing: anyone could pretend to be the broker.</source>
        <translation>Nur zum Testen ausschalten: Jeder könnte sich als Broker ausgeben.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Unique on the broker; empty: one is generated.</source>
        <translation>Eindeutig auf dem Broker; leer: wird erzeugt.</translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation>Keep-Alive-Intervall</translation>
    </message>
    <message>
        <source>How soon a lost connection is noticed.</source>
        <translation>Wie schnell eine verlorene Verbindung bemerkt wird.</translation>
    </message>
    <message>
        <source>Availability topic</source>
        <translation>Verfügbarkeits-Topic</translation>
    </message>
    <message>
        <source>Where the broker announces that Commonwatt went offline; empty: no announcement.</source>
        <translation>Wo der Broker meldet, dass Commonwatt offline gegangen ist; leer: keine Meldung.</translation>
    </message>
    <message>
        <source>Offline payload</source>
        <translation>Offline-Payload</translation>
    </message>
    <message>
        <source>Retain availability</source>
        <translation>Verfügbarkeit mit Retain</translation>
    </message>
    <message>
        <source>Online payload</source>
        <translation>Online-Payload</translation>
    </message>
    <message>
        <source>%1 is not a host name or address (leave out mqtt:// and any path)</source>
        <translation>%1 ist kein Hostname und keine Adresse (mqtt:// und Pfade weglassen)</translation>
    </message>
    <message>
        <source>must not contain the wildcards + or #</source>
        <translation>darf die Platzhalter + oder # nicht enthalten</translation>
    </message>
    <message>
        <source>required when a password is set</source>
        <translation>erforderlich, wenn ein Passwort gesetzt ist</translation>
    </message>
    <message>
        <source>required when keyFile is set</source>
        <translation>erforderlich, wenn keyFile gesetzt ist</translation>
    </message>
    <message>
        <source>required when certFile is set</source>
        <translation>erforderlich, wenn certFile gesetzt ist</translation>
    </message>
</context>
<context>
    <name>MqttGeneric</name>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Multiplies the value to give kW: 0.001 for W, 1 for kW.</source>
        <translation>Multipliziert den Wert, um kW zu erhalten: 0,001 für W, 1 für kW.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Multiplies the value to give kWh: 0.001 for Wh, 1 for kWh.</source>
        <translation>Multipliziert den Wert, um kWh zu erhalten: 0,001 für Wh, 1 für kWh.</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Ladestand</translation>
    </message>
    <message>
        <source>Multiplies the value to give %: 100 for a fraction 0..1.</source>
        <translation>Multipliziert den Wert, um % zu erhalten: 100 für einen Anteil von 0..1.</translation>
    </message>
    <message>
        <source>On/off state</source>
        <translation>Ein/Aus-Zustand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>MQTT device</source>
        <translation>MQTT-Gerät</translation>
    </message>
    <message>
        <source>What the app calls this device.</source>
        <translation>Wie die App dieses Gerät nennt.</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Geräteart</translation>
    </message>
    <message>
        <source>%1: topic</source>
        <translation>%1: Topic</translation>
    </message>
    <message>
        <source>The topic the device publishes it on; empty: not read.</source>
        <translation>Das Topic, auf dem das Gerät den Wert veröffentlicht; leer: wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: JSON path</source>
        <translation>%1: JSON-Pfad</translation>
    </message>
    <message>
        <source>Where the value is in the JSON payload, e.g. ENERGY.Power; empty: the payload is the value itself.</source>
        <translation>Wo der Wert in der JSON-Payload steht, z. B. ENERGY.Power; leer: die Payload ist selbst der Wert.</translation>
    </message>
    <message>
        <source>%1: scale</source>
        <translation>%1: Faktor</translation>
    </message>
    <message>
        <source>Largest plausible power</source>
        <translation>Größte plausible Leistung</translation>
    </message>
    <message>
        <source>The most the device can use or deliver. Its energy register may rise at most 1.5 times this fast; a faster rise or a drop is held back until the next value shows whether the register really jumped (a reset) or the value was garbage.</source>
        <translation>Das Maximum, das das Gerät aufnehmen oder abgeben kann. Sein Energiezähler darf höchstens 1,5-mal so schnell steigen; ein schnellerer Anstieg oder ein Rückgang wird zurückgehalten, bis der nächste Wert zeigt, ob der Zähler wirklich gesprungen ist (ein Reset) oder der Wert unbrauchbar war.</translation>
    </message>
    <message>
        <source>Availability topic</source>
        <translation>Verfügbarkeits-Topic</translation>
    </message>
    <message>
        <source>Where the device says it is online or offline (its last will); empty: online once a reading arrives.</source>
        <translation>Wo das Gerät meldet, ob es online oder offline ist (sein Last Will); leer: online, sobald ein Messwert eintrifft.</translation>
    </message>
    <message>
        <source>Online payload</source>
        <translation>Online-Payload</translation>
    </message>
    <message>
        <source>Offline payload</source>
        <translation>Offline-Payload</translation>
    </message>
    <message>
        <source>Switch command topic</source>
        <translation>Schaltbefehl-Topic</translation>
    </message>
    <message>
        <source>Where on and off are sent; empty: the device cannot be switched. Needs the on/off state topic, which confirms each command.</source>
        <translation>Wohin Ein und Aus gesendet werden; leer: Das Gerät kann nicht geschaltet werden. Benötigt das Topic für den Ein/Aus-Zustand, das jeden Befehl bestätigt.</translation>
    </message>
    <message>
        <source>Switch on payload</source>
        <translation>Payload für Ein</translation>
    </message>
    <message>
        <source>Switch off payload</source>
        <translation>Payload für Aus</translation>
    </message>
    <message>
        <source>Power setpoint topic</source>
        <translation>Leistungssollwert-Topic</translation>
    </message>
    <message>
        <source>Where a power setpoint is sent as a plain number; empty: no setpoints. Needs the power topic, which confirms each command.</source>
        <translation>Wohin ein Leistungssollwert als einfache Zahl gesendet wird; leer: keine Sollwerte. Benötigt das Leistungs-Topic, das jeden Befehl bestätigt.</translation>
    </message>
    <message>
        <source>Setpoint scale</source>
        <translation>Sollwert-Faktor</translation>
    </message>
    <message>
        <source>Multiplies the setpoint in kW before it is sent: 1000 for W, 1 for kW.</source>
        <translation>Multipliziert den Sollwert in kW vor dem Senden: 1000 für W, 1 für kW.</translation>
    </message>
    <message>
        <source>Charging current topic</source>
        <translation>Ladestrom-Topic</translation>
    </message>
    <message>
        <source>EV chargers only: where the charging current in amperes is sent; empty: not set. Needs the power topic, which confirms each command.</source>
        <translation>Nur für Wallboxen: wohin der Ladestrom in Ampere gesendet wird; leer: wird nicht gesetzt. Benötigt das Leistungs-Topic, das jeden Befehl bestätigt.</translation>
    </message>
    <message>
        <source>a topic cannot contain + or # (they are subscription wildcards)</source>
        <translation>ein Topic darf kein + oder # enthalten (das sind Abonnement-Platzhalter)</translation>
    </message>
    <message>
        <source>a topic cannot contain a NUL character</source>
        <translation>ein Topic darf kein NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>topics starting with $ belong to the broker</source>
        <translation>Topics, die mit $ beginnen, gehören dem Broker</translation>
    </message>
    <message>
        <source>a topic is at most 65535 bytes long</source>
        <translation>ein Topic ist höchstens 65535 Bytes lang</translation>
    </message>
    <message>
        <source>set, but %1 is empty, so there is nothing to read it from</source>
        <translation>gesetzt, aber %1 ist leer, daher gibt es nichts, woraus gelesen werden kann</translation>
    </message>
    <message>
        <source>must not be 0 (every reading would be 0)</source>
        <translation>darf nicht 0 sein (jeder Messwert wäre 0)</translation>
    </message>
    <message>
        <source>no reading is mapped: set at least one of powerTopic, energyTopic, socTopic and onTopic</source>
        <translation>kein Messwert zugeordnet: Setzen Sie mindestens eines von powerTopic, energyTopic, socTopic und onTopic</translation>
    </message>
    <message>
        <source>required with an availability topic</source>
        <translation>mit einem Verfügbarkeits-Topic erforderlich</translation>
    </message>
    <message>
        <source>must differ from payloadOnline</source>
        <translation>muss sich von payloadOnline unterscheiden</translation>
    </message>
    <message>
        <source>needs onTopic: a switch command is confirmed by the on/off state</source>
        <translation>braucht onTopic: Ein Schaltbefehl wird über den Ein/Aus-Zustand bestätigt</translation>
    </message>
    <message>
        <source>required with a switch topic</source>
        <translation>mit einem Schaltbefehl-Topic erforderlich</translation>
    </message>
    <message>
        <source>must differ from payloadOn</source>
        <translation>muss sich von payloadOn unterscheiden</translation>
    </message>
    <message>
        <source>needs powerTopic: a setpoint is confirmed by the power reading</source>
        <translation>braucht powerTopic: Ein Sollwert wird über den Leistungsmesswert bestätigt</translation>
    </message>
    <message>
        <source>must not be 0 (every setpoint would be sent as 0)</source>
        <translation>darf nicht 0 sein (jeder Sollwert würde als 0 gesendet)</translation>
    </message>
    <message>
        <source>only an EV charger (kind ev) takes a charging current</source>
        <translation>nur eine Wallbox (Art ev) nimmt einen Ladestrom an</translation>
    </message>
    <message>
        <source>needs powerTopic: a charging current is confirmed by the power reading</source>
        <translation>braucht powerTopic: Ein Ladestrom wird über den Leistungsmesswert bestätigt</translation>
    </message>
</context>
<context>
    <name>NavTabs</name>
    <message>
        <source>Home</source>
        <extracomment>Names of the pages in the navigation bar</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeinschaft</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <source>Next</source>
        <extracomment>Home: heading over the plan&apos;s next actions</extracomment>
        <translation>Als Nächstes</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>Enter a PIN of %1 to %2 digits.</source>
        <translation>Geben Sie eine PIN mit %1 bis %2 Ziffern ein.</translation>
    </message>
    <message>
        <source>A PIN holds digits (0 to 9) only.</source>
        <translation>Eine PIN besteht nur aus Ziffern (0 bis 9).</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>Eine PIN hat %1 bis %2 Ziffern; diese hat %3.</translation>
    </message>
    <message>
        <source>The installer PIN cannot be checked: the cryptography library failed to start.</source>
        <translation>Die Installateur-PIN kann nicht geprüft werden: Die Kryptografie-Bibliothek ließ sich nicht starten.</translation>
    </message>
    <message>
        <source>The installer PIN could not be stored: not enough memory to hash it.</source>
        <translation>Die Installateur-PIN konnte nicht gespeichert werden: nicht genug Speicher, um ihren Hash zu berechnen.</translation>
    </message>
    <message>
        <source>The stored installer PIN is damaged. Reset it from the command line with commonwatt --reset-installer-pin.</source>
        <translation>Die gespeicherte Installateur-PIN ist beschädigt. Setzen Sie sie in der Kommandozeile mit commonwatt --reset-installer-pin zurück.</translation>
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
            <numerusform>PIN, %n Ziffer eingegeben</numerusform>
            <numerusform>PIN, %n Ziffern eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <extracomment>The PIN pad&apos;s key that removes the last digit typed</extracomment>
        <translation>Letzte Ziffer löschen</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Grid</source>
        <extracomment>The band&apos;s row: how much a grid kWh is worth to the commons in each slot</extracomment>
        <translation>Netz</translation>
    </message>
    <message>
        <source>%1–%2 cr/kWh</source>
        <extracomment>Under &quot;Grid&quot;: the range of credits a grid kWh costs over the plan, e.g. &quot;0.20–1.39 cr/kWh&quot;</extracomment>
        <translation>%1–%2 cr/kWh</translation>
    </message>
    <message>
        <source>Sun</source>
        <extracomment>The row with the solar forecast</extracomment>
        <translation>Sonne</translation>
    </message>
    <message>
        <source>solar: %1 · home: %2 · carbon: %3</source>
        <extracomment>Where the plan&apos;s forecasts come from: %1 solar, %2 the home&apos;s own use, %3 the grid&apos;s carbon intensity, e.g. &quot;solar: learned from 42 days · home: learned from 30 days · carbon: feed 36 h&quot;</extracomment>
        <translation>Solar: %1 · Haus: %2 · CO₂: %3</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Marks the current time on the plan&apos;s timeline</extracomment>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>PlanRequests</name>
    <message>
        <source>%1 has no programme waiting to start.</source>
        <translation>%1 hat kein Programm, das auf den Start wartet.</translation>
    </message>
    <message>
        <source>%1 is not plugged in.</source>
        <translation>%1 ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>%1 tells too little about itself to be planned.</source>
        <translation>%1 gibt zu wenig über sich preis, um geplant zu werden.</translation>
    </message>
    <message>
        <source>%1 has nothing to run now.</source>
        <translation>%1 hat jetzt nichts zu tun.</translation>
    </message>
    <message>
        <source>Cannot read the planner&apos;s requests from %1: %2</source>
        <translation>Die Vorgaben für den Planer können nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>The planner&apos;s requests in %1 are not readable and were ignored.</source>
        <translation>Die Vorgaben für den Planer in %1 sind nicht lesbar und wurden ignoriert.</translation>
    </message>
    <message>
        <source>Some of the planner&apos;s requests in %1 were not readable and were ignored.</source>
        <translation>Einige Vorgaben für den Planer in %1 waren nicht lesbar und wurden ignoriert.</translation>
    </message>
    <message>
        <source>Cannot save the planner&apos;s requests to %1: %2</source>
        <translation>Die Vorgaben für den Planer können nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant …</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>more than running everything now</source>
        <extracomment>After the plan&apos;s gain in credits, e.g. &quot;+3.4 cr&quot;</extracomment>
        <translation>mehr als alles sofort zu starten</translation>
    </message>
    <message>
        <source>less than running everything now</source>
        <translation>weniger als alles sofort zu starten</translation>
    </message>
    <message>
        <source>This plan %1, everything now %2, to the end of tomorrow</source>
        <extracomment>%1 the plan&apos;s credits, %2 the credits of running everything at once</extracomment>
        <translation>Dieser Plan %1, alles sofort %2, bis morgen Abend</translation>
    </message>
    <message>
        <source>Planned at %1 in %2 ms</source>
        <extracomment>%1 the time of the last plan, %2 how long the solver took in milliseconds</extracomment>
        <translation>Geplant um %1 in %2 ms</translation>
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
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of time, e.g. &quot;13:15–15:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>stores solar surplus</source>
        <translation>speichert Solarüberschuss</translation>
    </message>
    <message>
        <source>solar surplus</source>
        <translation>Solarüberschuss</translation>
    </message>
    <message>
        <source>covers a grid event</source>
        <translation>überbrückt ein Netzereignis</translation>
    </message>
    <message>
        <source>avoids a grid event</source>
        <translation>meidet ein Netzereignis</translation>
    </message>
    <message>
        <source>grid surplus</source>
        <extracomment>The grid has more energy than it needs then</extracomment>
        <translation>Netzüberschuss</translation>
    </message>
    <message>
        <source>low carbon</source>
        <extracomment>The grid&apos;s electricity is cleaner (less CO2) then</extracomment>
        <translation>CO₂-arm</translation>
    </message>
    <message>
        <source>cheaper</source>
        <extracomment>A grid kWh costs fewer credits then</extracomment>
        <translation>günstiger</translation>
    </message>
    <message>
        <source>as you asked</source>
        <translation>wie gewünscht</translation>
    </message>
    <message>
        <source>no better time</source>
        <translation>keine bessere Zeit</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>%1 vs now</source>
        <extracomment>After a device&apos;s decision: its credits against running it now, e.g. &quot;+0.8 cr vs now&quot;</extracomment>
        <translation>%1 ggü. jetzt</translation>
    </message>
    <message>
        <source>stays idle</source>
        <extracomment>A planned device with nothing to do in the horizon, e.g. &quot;stays idle&quot;</extracomment>
        <translation>ruht</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation>%1 und später</translation>
    </message>
    <message>
        <source>starts now: %1, %2</source>
        <extracomment>An appliance that starts now: %1 the reason, %2 the credits</extracomment>
        <translation>startet jetzt: %1, %2</translation>
    </message>
    <message>
        <source>at %1: %2, %3</source>
        <extracomment>An appliance&apos;s planned start: %1 a time (&quot;13:15&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>um %1: %2, %3</translation>
    </message>
    <message>
        <source>charges %1: %2, %3</source>
        <extracomment>A car&apos;s charging: %1 its span (&quot;13:15–15:00&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>lädt %1: %2, %3</translation>
    </message>
    <message>
        <source>heats %1: %2, %3</source>
        <extracomment>A heater&apos;s planned heating: %1 its span (&quot;13:15–15:00&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>heizt %1: %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A battery&apos;s plan: %1 what it does and why (&quot;stores solar surplus&quot;), %2 the credits</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A device&apos;s name and its decision, e.g. &quot;Home battery: stores solar surplus, +1.2 cr vs now&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A device&apos;s name and its decision, e.g. &quot;Washing machine at 13:15: solar surplus, +0.8 cr vs now&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Its deadline is too close: it starts as soon as it may</source>
        <translation>Frist zu knapp: startet so bald wie möglich</translation>
    </message>
    <message>
        <source>Running until %1</source>
        <translation>Läuft bis %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>On its thermostat</source>
        <translation>Regelt über eigenen Thermostat</translation>
    </message>
    <message>
        <source>Nothing waiting to run</source>
        <translation>Nichts wartet auf den Start</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Nicht angeschlossen</translation>
    </message>
    <message>
        <source>Charging now: set a departure time to plan it</source>
        <translation>Lädt sofort: Abfahrtszeit festlegen, um zu planen</translation>
    </message>
    <message>
        <source>Kept off until tomorrow</source>
        <translation>Bis morgen aus</translation>
    </message>
    <message>
        <source>Not started by the plan today; it may still start by its own deadline</source>
        <translation>Heute nicht vom Plan gestartet; startet eventuell noch selbst bis zu seiner Frist</translation>
    </message>
    <message>
        <source>Cannot be planned: it tells too little about itself</source>
        <translation>Nicht planbar: gibt zu wenig über sich preis</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <source>Ready by %1 with %2 %</source>
        <extracomment>A car&apos;s request: %1 a time (&quot;07:00&quot;), %2 the charge in percent</extracomment>
        <translation>Bereit bis %1 mit %2 %</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>learned from 1 day</source>
        <extracomment>Where a forecast comes from: a model learned from the household&apos;s own readings of one day</extracomment>
        <translation>aus 1 Tag gelernt</translation>
    </message>
    <message>
        <source>learned from %1 days</source>
        <translation>aus %1 Tagen gelernt</translation>
    </message>
    <message>
        <source>feed %1 h</source>
        <extracomment>Where a grid signal comes from: the grid-signal feed covers the next %1 hours</extracomment>
        <translation>Feed %1 h</translation>
    </message>
    <message>
        <source>feed</source>
        <extracomment>Where a forecast comes from: the signal or weather source&apos;s own forecast</extracomment>
        <translation>Feed</translation>
    </message>
    <message>
        <source>profile</source>
        <extracomment>Where a grid signal comes from: a daily profile learned from what the feed sent before</extracomment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>sun position (%1 d)</source>
        <extracomment>Where the solar forecast comes from: the sun&apos;s position, with %1 days of history so far</extracomment>
        <translation>Sonnenstand (%1 Tg.)</translation>
    </message>
    <message>
        <source>typical home (%1 d)</source>
        <extracomment>Where the home&apos;s forecast comes from: a typical household, with %1 days of history so far</extracomment>
        <translation>typischer Haushalt (%1 Tg.)</translation>
    </message>
    <message>
        <source>sun position (no history yet)</source>
        <translation>Sonnenstand (noch ohne Verlauf)</translation>
    </message>
    <message>
        <source>typical home (no history yet)</source>
        <translation>typischer Haushalt (noch ohne Verlauf)</translation>
    </message>
    <message>
        <source>community defaults</source>
        <extracomment>Where a grid signal comes from: the community&apos;s default values</extracomment>
        <translation>Standardwerte der Gemeinschaft</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Where a forecast comes from: nothing to forecast (no solar array)</extracomment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PluginPayload</name>
    <message>
        <source>message of %1 bytes is larger than %2 bytes</source>
        <translation>Nachricht mit %1 Bytes ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2): %3</source>
        <translation>kein JSON (%1 bei Byte %2): %3</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>%1: must be a number</source>
        <translation>%1: muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: must be a finite number</source>
        <translation>%1: muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside %4..%5 %3</source>
        <translation>%1: %2 %3 liegt außerhalb von %4..%5 %3</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>PluginSettings</name>
    <message>
        <source>What it switches</source>
        <translation>Was geschaltet wird</translation>
    </message>
    <message>
        <source>An appliance, a water heater or heat pump (thermal), or a load the plug only measures (monitor, never switched).</source>
        <translation>Ein Haushaltsgerät, ein Warmwasserspeicher oder eine Wärmepumpe (thermal) oder eine Last, die der Zwischenstecker nur misst (monitor, wird nie geschaltet).</translation>
    </message>
    <message>
        <source>Largest plausible power</source>
        <translation>Größte plausible Leistung</translation>
    </message>
    <message>
        <source>Readings above it are taken as broken messages; 3.7 kW for a 16 A plug.</source>
        <translation>Höhere Messwerte gelten als fehlerhafte Nachrichten; 3,7 kW für einen 16-A-Zwischenstecker.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain the MQTT wildcards + or #</source>
        <translation>„%1“ darf die MQTT-Platzhalter + oder # nicht enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not start or end with /</source>
        <translation>„%1“ darf nicht mit / beginnen oder enden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain spaces or control characters</source>
        <translation>„%1“ darf keine Leerzeichen oder Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>%1: no clock to run on</source>
        <translation>%1: kein Takt, auf dem es laufen kann</translation>
    </message>
    <message>
        <source>%1: needs an MQTT broker; none is configured for this instance</source>
        <translation>%1: braucht einen MQTT-Broker; für diese Instanz ist keiner konfiguriert</translation>
    </message>
    <message>
        <source>%1: createDevices needs a parent to own the device</source>
        <translation>%1: createDevices braucht ein Elternobjekt, dem das Gerät gehört</translation>
    </message>
    <message>
        <source>%1: the instance has no id</source>
        <translation>%1: Die Instanz hat keine ID</translation>
    </message>
</context>
<context>
    <name>Plugins</name>
    <message>
        <source>not a Commonwatt device plugin (no plugin interface declared)</source>
        <translation>kein Commonwatt-Geräte-Plugin (keine Plugin-Schnittstelle deklariert)</translation>
    </message>
    <message>
        <source>not a Commonwatt device plugin (it declares the interface %1)</source>
        <translation>kein Commonwatt-Geräte-Plugin (es deklariert die Schnittstelle %1)</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;apiVersion&quot;</source>
        <translation>seine Metadaten haben keine gültige „apiVersion“</translation>
    </message>
    <message>
        <source>written for plugin API %1; this Commonwatt needs plugin API %2.x</source>
        <translation>für Plugin-API %1 geschrieben; dieses Commonwatt braucht Plugin-API %2.x</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;id&quot; (lowercase letters, digits and &apos;-&apos;)</source>
        <translation>seine Metadaten haben keine gültige „id“ (Kleinbuchstaben, Ziffern und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>its metadata&apos;s &quot;thread&quot; must be &quot;worker&quot; or &quot;clock&quot;, not &quot;%1&quot;</source>
        <translation>„thread“ in seinen Metadaten muss „worker“ oder „clock“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>built-in plugin</source>
        <translation>eingebautes Plugin</translation>
    </message>
    <message>
        <source>The built-in plugin is refused: %1.</source>
        <translation>Das eingebaute Plugin wird abgelehnt: %1.</translation>
    </message>
    <message>
        <source>The built-in plugin %1 does not implement the device plugin interface.</source>
        <translation>Das eingebaute Plugin %1 implementiert die Geräte-Plugin-Schnittstelle nicht.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>%1 is refused: not a Commonwatt plugin, or a damaged file (%2).</source>
        <translation>%1 wird abgelehnt: kein Commonwatt-Plugin oder eine beschädigte Datei (%2).</translation>
    </message>
    <message>
        <source>%1 is refused: %2.</source>
        <translation>%1 wird abgelehnt: %2.</translation>
    </message>
    <message>
        <source>%1 is refused: a plugin with the id %2 is already loaded from %3.</source>
        <translation>%1 wird abgelehnt: Ein Plugin mit der ID %2 ist bereits aus %3 geladen.</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>dieses Programm</translation>
    </message>
    <message>
        <source>%1 is refused: it does not implement the device plugin interface.</source>
        <translation>%1 wird abgelehnt: Es implementiert die Geräte-Plugin-Schnittstelle nicht.</translation>
    </message>
    <message>
        <source>%1 is refused: it could not be loaded (%2).</source>
        <translation>%1 wird abgelehnt: Es konnte nicht geladen werden (%2).</translation>
    </message>
    <message>
        <source>The plugin %1 (%2) is refused: its id is already taken.</source>
        <translation>Das Plugin %1 (%2) wird abgelehnt: Seine ID ist bereits vergeben.</translation>
    </message>
    <message>
        <source>%1 needs an MQTT broker, and none is configured for it.</source>
        <translation>%1 braucht einen MQTT-Broker, aber dafür ist keiner konfiguriert.</translation>
    </message>
    <message>
        <source>%1: the plugin %2 created no devices.</source>
        <translation>%1: Das Plugin %2 hat keine Geräte angelegt.</translation>
    </message>
    <message>
        <source>%1: the plugin %2 failed while creating its devices: %3</source>
        <translation>%1: Das Plugin %2 ist beim Anlegen seiner Geräte gescheitert: %3</translation>
    </message>
    <message>
        <source>%1: the plugin %2 failed while creating its devices.</source>
        <translation>%1: Das Plugin %2 ist beim Anlegen seiner Geräte gescheitert.</translation>
    </message>
    <message>
        <source>an exception of unknown type</source>
        <translation>eine Ausnahme unbekannten Typs</translation>
    </message>
    <message>
        <source>%1 (plugin %2) has not responded for %3 s.</source>
        <translation>%1 (Plugin %2) reagiert seit %3 s nicht.</translation>
    </message>
    <message>
        <source>%1 (plugin %2) stopped: it threw an exception: %3</source>
        <translation>%1 (Plugin %2) wurde angehalten: Es hat eine Ausnahme ausgelöst: %3</translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>The subsidy pool holds %1</source>
        <extracomment>The subsidy pool&apos;s balance; %1 an amount of credits</extracomment>
        <translation>Im Fördertopf liegen %1</translation>
    </message>
    <message>
        <source>Give credits</source>
        <extracomment>Giving to the pool: how many credits</extracomment>
        <translation>Credits geben</translation>
    </message>
    <message>
        <source>Give</source>
        <extracomment>Button: give credits to the subsidy pool</extracomment>
        <translation>Geben</translation>
    </message>
    <message>
        <source>Ask for a grant</source>
        <extracomment>Community page: heading of the form to ask the pool for a grant</extracomment>
        <translation>Zuschuss beantragen</translation>
    </message>
    <message>
        <source>For clean-energy investments: panels, a battery, a heat pump. The stewards approve it; it is paid in full once enough of them have.</source>
        <extracomment>What grants are for and how they are decided</extracomment>
        <translation>Für Investitionen in saubere Energie: Solarmodule, einen Speicher, eine Wärmepumpe. Die Verwalter genehmigen ihn; er wird vollständig ausgezahlt, sobald genug von ihnen zugestimmt haben.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>Grant form: what the grant is for</extracomment>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>a home battery</source>
        <extracomment>Grant form: an example purpose</extracomment>
        <translation>ein Heimspeicher</translation>
    </message>
    <message>
        <source>Credits</source>
        <extracomment>Grant form: how many credits</extracomment>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Ask</source>
        <extracomment>Button: publish a grant request</extracomment>
        <translation>Beantragen</translation>
    </message>
    <message>
        <source>Grant requests</source>
        <extracomment>Community page: heading of the list of grant requests</extracomment>
        <translation>Zuschussanträge</translation>
    </message>
    <message>
        <source>No grant requests yet.</source>
        <extracomment>Community page: no grant requests</extracomment>
        <translation>Noch keine Zuschussanträge.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A grant request&apos;s state: %1 when asked, %2 approvals, %3 status</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>Button: a steward approves a grant request</extracomment>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <extracomment>Button: a steward withdraws an approval</extracomment>
        <translation>Genehmigung zurückziehen</translation>
    </message>
    <message>
        <source>Pay from the pool</source>
        <extracomment>Button: pay an approved grant from the pool</extracomment>
        <translation>Aus dem Topf auszahlen</translation>
    </message>
</context>
<context>
    <name>PowerFlowView</name>
    <message>
        <source>Solar</source>
        <extracomment>Power-flow node: solar panels</extracomment>
        <translation>Solar</translation>
    </message>
    <message>
        <source>Grid</source>
        <extracomment>Power-flow node: the public grid</extracomment>
        <translation>Netz</translation>
    </message>
    <message>
        <source>importing</source>
        <extracomment>Grid detail: importing from or exporting to the grid</extracomment>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Power-flow node: the home&apos;s own consumption</extracomment>
        <translation>Haus</translation>
    </message>
    <message>
        <source>Battery</source>
        <extracomment>Power-flow node: the home battery</extracomment>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>Power-flow node: the electric car</extracomment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>away</source>
        <extracomment>Car detail when it is not plugged in</extracomment>
        <translation>unterwegs</translation>
    </message>
</context>
<context>
    <name>ReputationBoard</name>
    <message>
        <source>Name on the board</source>
        <extracomment>The name shown on the reputation board</extracomment>
        <translation>Name in der Rangliste</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button: show this name on the reputation board</extracomment>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Stay anonymous</source>
        <extracomment>Button: be anonymous on the reputation board</extracomment>
        <translation>Anonym bleiben</translation>
    </message>
    <message>
        <source>Rank %1, %2, %3</source>
        <extracomment>A row of the board for screen readers: %1 rank, %2 name, %3 points</extracomment>
        <translation>Rang %1, %2, %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>A rank on the board; %1 the number</extracomment>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Others see you on the board as “%1”, and can tell which entries of the ledger are yours.</source>
        <extracomment>The board opt-in, when shown; %1 the name</extracomment>
        <translation>Andere sehen Sie in der Rangliste als „%1“ und können erkennen, welche Einträge im Hauptbuch Ihre sind.</translation>
    </message>
    <message>
        <source>Others see you on the board as an anonymous member. You can show a name of your choice instead; members can then tell which entries of the ledger are yours.</source>
        <extracomment>The board opt-in, by default</extracomment>
        <translation>Andere sehen Sie in der Rangliste als anonymes Mitglied. Sie können stattdessen einen Namen Ihrer Wahl zeigen; die Mitglieder können dann erkennen, welche Einträge im Hauptbuch Ihre sind.</translation>
    </message>
    <message>
        <source>Points out of 80 over the last %1 days: giving (50) and keeping one&apos;s commitments (30). The clean-energy part of your reputation is on Home; it is not on the ledger, so it is not compared here.</source>
        <extracomment>What the board ranks; %1 the community&apos;s reputation window in days (90 by default)</extracomment>
        <translation>Punkte von 80 über die letzten %1 Tage: Geben (50) und gehaltene Zusagen (30). Der Anteil für saubere Energie an Ihrem Ansehen steht in der Übersicht; er steht nicht im Hauptbuch und wird hier daher nicht verglichen.</translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <source>%1 (required)</source>
        <extracomment>Installer form: a required field&apos;s label</extracomment>
        <translation>%1 (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Stored: leave empty to keep it</source>
        <extracomment>Installer form: placeholder of a secret field that is stored</extracomment>
        <translation>Gespeichert: leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>Installer form: placeholder showing a field&apos;s default</extracomment>
        <translation>Standard: %1</translation>
    </message>
</context>
<context>
    <name>ScreenDimmer</name>
    <message>
        <source>Screen dimmed. The time is %1</source>
        <extracomment>Read out for the dimmed wall panel: the time now</extracomment>
        <translation>Bildschirm abgedunkelt. Es ist %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>hat einen unbekannten Typ</translation>
    </message>
    <message>
        <source>not a setting of this plugin</source>
        <translation>keine Einstellung dieses Plugins</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <extracomment>Settings: heading of the language choice</extracomment>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Also how numbers, dates and times are written.</source>
        <extracomment>Settings: what the language choice changes</extracomment>
        <translation>Bestimmt auch, wie Zahlen, Datum und Uhrzeit geschrieben werden.</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings: heading of the colour theme choice</extracomment>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Theme choice: light by day, dark at night</extracomment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Light from 07:00, dark from 20:00</source>
        <translation>Hell ab 07:00, dunkel ab 20:00</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Theme choice: light colours</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Night</source>
        <extracomment>Theme choice: dark colours</extracomment>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>Settings: heading of the choice of power units</extracomment>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Power and energy as %1 and %2.</source>
        <extracomment>Settings: an example of each unit choice follows</extracomment>
        <translation>Leistung und Energie als %1 und %2.</translation>
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
        <translation>Über Commonwatt</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2. Free software under the GNU GPL, version 3 or later.</source>
        <extracomment>Settings, About: %1 the program&apos;s version, %2 the Qt version</extracomment>
        <translation>Version %1, erstellt mit Qt %2. Freie Software unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <extracomment>Settings, About: %1 the folder with the household&apos;s database</extracomment>
        <translation>Daten: %1</translation>
    </message>
</context>
<context>
    <name>ShellyPayload</name>
    <message>
        <source>%1: expected switch %2</source>
        <translation>%1: Schalter %2 erwartet</translation>
    </message>
    <message>
        <source>method: must be text</source>
        <translation>method: muss Text sein</translation>
    </message>
    <message>
        <source>params: must be an object</source>
        <translation>params: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>params.%1: must be an object</source>
        <translation>params.%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true oder false erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>id: must be a whole number</source>
        <translation>id: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>error: must be an object</source>
        <translation>error: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>error: must have a numeric code and a text message</source>
        <translation>error: muss einen numerischen Code und eine Textnachricht haben</translation>
    </message>
    <message>
        <source>result: must be an object</source>
        <translation>result: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>unbekanntes Topic</translation>
    </message>
</context>
<context>
    <name>TasmotaPayload</name>
    <message>
        <source>%1: expected &quot;ON&quot; or &quot;OFF&quot;</source>
        <translation>%1: „ON“ oder „OFF“ erwartet</translation>
    </message>
    <message>
        <source>%1: no value for relay %2 (%3 values)</source>
        <translation>%1: kein Wert für Relais %2 (%3 Werte)</translation>
    </message>
    <message>
        <source>POWER: expected &quot;ON&quot; or &quot;OFF&quot;, got &quot;%1&quot;</source>
        <translation>POWER: „ON“ oder „OFF“ erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>LWT: expected &quot;Online&quot; or &quot;Offline&quot;, got &quot;%1&quot;</source>
        <translation>LWT: „Online“ oder „Offline“ erwartet, „%1“ erhalten</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>unbekanntes Topic</translation>
    </message>
</context>
<context>
    <name>TimeAdviceBanner</name>
    <message>
        <source>Now is a good time to use energy</source>
        <extracomment>Banner: the grid&apos;s energy is clean and plentiful now</extracomment>
        <translation>Jetzt ist eine gute Zeit, Energie zu nutzen</translation>
    </message>
    <message>
        <source>Now is a fair time to use energy</source>
        <extracomment>Banner: an ordinary time to use energy</extracomment>
        <translation>Jetzt ist eine mittlere Zeit, Energie zu nutzen</translation>
    </message>
    <message>
        <source>Now is a poor time to use energy</source>
        <extracomment>Banner: the grid is stressed or dirty now</extracomment>
        <translation>Jetzt ist eine schlechte Zeit, Energie zu nutzen</translation>
    </message>
    <message>
        <source>%1, better from %2</source>
        <extracomment>Banner: %1 is the sentence about now, %2 a time such as 14:30</extracomment>
        <translation>%1, besser ab %2</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <extracomment>Heading of the panel with today&apos;s energy totals</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Solar produced</source>
        <extracomment>Today&apos;s energy: produced by the solar panels</extracomment>
        <translation>Solarertrag</translation>
    </message>
    <message>
        <source>Home used</source>
        <extracomment>Today&apos;s energy: used by the home (without battery and car)</extracomment>
        <translation>Hausverbrauch</translation>
    </message>
    <message>
        <source>From the grid</source>
        <extracomment>Today&apos;s energy: taken from the grid</extracomment>
        <translation>Netzbezug</translation>
    </message>
    <message>
        <source>To the grid</source>
        <extracomment>Today&apos;s energy: given to the grid</extracomment>
        <translation>Einspeisung</translation>
    </message>
    <message>
        <source>Car charged</source>
        <extracomment>Today&apos;s energy: charged into the car</extracomment>
        <translation>Auto geladen</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <extracomment>Today&apos;s share of the home&apos;s and car&apos;s energy that did not come from the grid</extracomment>
        <translation>Autarkie</translation>
    </message>
</context>
<context>
    <name>TradesPanel</name>
    <message>
        <source>Offer your surplus</source>
        <extracomment>Community page: heading of the form to offer energy</extracomment>
        <translation>Überschuss anbieten</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Offer form: the day of the offer</extracomment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Offer form: the day of the offer</extracomment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Offer form: when the offered energy starts</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <extracomment>Offer form: when the offered energy ends</extracomment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <extracomment>Offer form: the energy offered</extracomment>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Price (cr/kWh, %1)</source>
        <extracomment>Offer form: the price asked; %1 is the cap, e.g. &quot;at most 2.62 cr/kWh&quot;</extracomment>
        <translation>Preis (cr/kWh, %1)</translation>
    </message>
    <message>
        <source>Offer</source>
        <extracomment>Offer form: publish the offer</extracomment>
        <translation>Anbieten</translation>
    </message>
    <message>
        <source>Open offers</source>
        <extracomment>Community page: heading of the list of open offers</extracomment>
        <translation>Offene Angebote</translation>
    </message>
    <message>
        <source>No open offers now.</source>
        <extracomment>Community page: no open offers</extracomment>
        <translation>Zurzeit keine offenen Angebote.</translation>
    </message>
    <message>
        <source>%1: %2, %3, at %4</source>
        <extracomment>An open offer: %1 who, %2 energy, %3 when, %4 price</extracomment>
        <translation>%1: %2, %3, zu %4</translation>
    </message>
    <message>
        <source>Energy to take (kWh)</source>
        <extracomment>Accepting an offer: how much of it</extracomment>
        <translation>Abzunehmende Energie (kWh)</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: accept an offer of energy</extracomment>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Your trades</source>
        <extracomment>Community page: heading of the household&apos;s own trades</extracomment>
        <translation>Ihre Geschäfte</translation>
    </message>
    <message>
        <source>No trades yet: accept an offer, or offer your surplus.</source>
        <extracomment>Community page: the household has no trades</extracomment>
        <translation>Noch keine Geschäfte: Nehmen Sie ein Angebot an oder bieten Sie Ihren Überschuss an.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>One of the household&apos;s trades: %1 what, %2 when, %3 its state</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Ui</name>
    <message>
        <source>The user interface could not be loaded:
%1</source>
        <translation>Die Benutzeroberfläche konnte nicht geladen werden:
%1</translation>
    </message>
</context>
<context>
    <name>WeightLegend</name>
    <message>
        <source>Good time</source>
        <extracomment>Legend of the plan&apos;s band: a slot where a grid kWh is cheap and clean</extracomment>
        <translation>Gute Zeit</translation>
    </message>
    <message>
        <source>Fair</source>
        <extracomment>Legend of the plan&apos;s band: an ordinary slot</extracomment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Poor time</source>
        <extracomment>Legend of the plan&apos;s band: a slot where the grid is stressed or dirty</extracomment>
        <translation>Schlechte Zeit</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::CommunityModel</name>
    <message>
        <source>Reading the community ledger…</source>
        <translation>Das Hauptbuch der Gemeinschaft wird gelesen …</translation>
    </message>
    <message>
        <source>The community ledger cannot be used: %1</source>
        <extracomment>%1 is the reason, from the ledger</extracomment>
        <translation>Das Hauptbuch der Gemeinschaft kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Waiting for your membership: the distributor signs it, and it arrives with the ledger from the community&apos;s broker.</source>
        <translation>Warten auf Ihre Mitgliedschaft: Der Netzbetreiber unterschreibt sie, und sie kommt mit dem Hauptbuch vom Broker der Gemeinschaft.</translation>
    </message>
    <message>
        <source>%1 given in, %2 granted</source>
        <extracomment>The subsidy pool&apos;s totals; %1 and %2 are amounts of credits</extracomment>
        <translation>%1 eingezahlt, %2 bewilligt</translation>
    </message>
    <message>
        <source>Your offer</source>
        <translation>Ihr Angebot</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>What is left of an offer; %1 is an energy</extracomment>
        <translation>%1 übrig</translation>
    </message>
    <message>
        <source>You sell %1 to %2 at %3</source>
        <translation>Sie verkaufen %1 an %2 zu %3</translation>
    </message>
    <message>
        <source>You buy %1 from %2 at %3</source>
        <extracomment>%1 energy, %2 a household, %3 a price per kWh</extracomment>
        <translation>Sie kaufen %1 von %2 zu %3</translation>
    </message>
    <message>
        <source>settled: %1 delivered, %2 received</source>
        <translation>abgerechnet: %1 geliefert, %2 erhalten</translation>
    </message>
    <message>
        <source>settled: %1 delivered, %2 paid</source>
        <extracomment>%1 energy delivered, %2 credits</extracomment>
        <translation>abgerechnet: %1 geliefert, %2 bezahlt</translation>
    </message>
    <message>
        <source>waiting for the grid to confirm the delivery</source>
        <translation>wartet auf die Bestätigung der Lieferung durch das Netz</translation>
    </message>
    <message>
        <source>You asked for %1: “%2”</source>
        <translation>Sie haben %1 beantragt: „%2“</translation>
    </message>
    <message>
        <source>%1 asked for %2: “%3”</source>
        <extracomment>%1 who asks, %2 an amount of credits, %3 the purpose as the requester wrote it</extracomment>
        <translation>%1 hat %2 beantragt: „%3“</translation>
    </message>
    <message>
        <source>%1 of %2 approvals</source>
        <extracomment>%1 approvals so far, %2 needed</extracomment>
        <translation>%1 von %2 Genehmigungen</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ausgezahlt</translation>
    </message>
    <message>
        <source>approved, waiting for payment</source>
        <translation>genehmigt, wartet auf Auszahlung</translation>
    </message>
    <message>
        <source>waiting for stewards</source>
        <translation>wartet auf die Verwalter</translation>
    </message>
    <message>
        <source>You (anonymous to others)</source>
        <translation>Sie (für andere anonym)</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <extracomment>The household&apos;s own row on the board; %1 its chosen name</extracomment>
        <translation>Sie (%1)</translation>
    </message>
    <message>
        <source>Anonymous member</source>
        <translation>Anonymes Mitglied</translation>
    </message>
    <message>
        <source>%1 of 80</source>
        <extracomment>Reputation points out of 80 (giving and reliability)</extracomment>
        <translation>%1 von 80</translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>%1 is a price per kWh</extracomment>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Start: write a time such as 14:00.</source>
        <translation>Beginn: Geben Sie eine Uhrzeit wie 14:00 ein.</translation>
    </message>
    <message>
        <source>End: write a time such as 16:00.</source>
        <translation>Ende: Geben Sie eine Uhrzeit wie 16:00 ein.</translation>
    </message>
    <message>
        <source>End: choose a time after the start.</source>
        <translation>Ende: Wählen Sie eine Zeit nach dem Beginn.</translation>
    </message>
    <message>
        <source>Energy: write a number of kWh, such as 2 or 1.5.</source>
        <translation>Energie: Geben Sie kWh als Zahl ein, etwa 2 oder 1,5.</translation>
    </message>
    <message>
        <source>Price: write credits per kWh, such as 0.30.</source>
        <translation>Preis: Geben Sie Credits pro kWh ein, etwa 0,30.</translation>
    </message>
    <message>
        <source>Offer %1 for %2 at %3</source>
        <extracomment>%1 energy, %2 a time range, %3 a price per kWh</extracomment>
        <translation>%1 für %2 zu %3 anbieten</translation>
    </message>
    <message>
        <source>Accept %1 from %2</source>
        <extracomment>%1 energy, %2 a household</extracomment>
        <translation>%1 von %2 annehmen</translation>
    </message>
    <message>
        <source>Amount: write a number of credits, such as 5 or 2.50.</source>
        <translation>Betrag: Geben Sie Credits als Zahl ein, etwa 5 oder 2,50.</translation>
    </message>
    <message>
        <source>Give %1 to the subsidy pool</source>
        <extracomment>%1 an amount of credits</extracomment>
        <translation>%1 in den Fördertopf geben</translation>
    </message>
    <message>
        <source>Ask for %1: “%2”</source>
        <extracomment>%1 an amount of credits, %2 the purpose</extracomment>
        <translation>%1 beantragen: „%2“</translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <extracomment>%1 the grant&apos;s purpose</extracomment>
        <translation>„%1“ genehmigen</translation>
    </message>
    <message>
        <source>Withdraw the approval of “%1”</source>
        <translation>Genehmigung von „%1“ zurückziehen</translation>
    </message>
    <message>
        <source>Pay the grant “%1”</source>
        <extracomment>%1 the grant&apos;s purpose</extracomment>
        <translation>Zuschuss „%1“ auszahlen</translation>
    </message>
    <message>
        <source>Name: at most %1 characters.</source>
        <translation>Name: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <extracomment>%1 is the reason given by the configuration database</extracomment>
        <translation>Der Name konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This household is not a member of a community yet.</source>
        <translation>Dieser Haushalt ist noch nicht Mitglied einer Gemeinschaft.</translation>
    </message>
    <message>
        <source>Start and end: choose times on the %1-minute grid, the end after the start.</source>
        <extracomment>%1 the slot length in minutes</extracomment>
        <translation>Beginn und Ende: Wählen Sie Zeiten im %1-Minuten-Raster, das Ende nach dem Beginn.</translation>
    </message>
    <message>
        <source>Start: that time has begun; offer energy from a later time.</source>
        <translation>Beginn: Diese Zeit hat schon begonnen; bieten Sie Energie ab einer späteren Zeit an.</translation>
    </message>
    <message>
        <source>End: offers reach at most 7 days ahead.</source>
        <translation>Ende: Angebote reichen höchstens 7 Tage voraus.</translation>
    </message>
    <message>
        <source>Energy: give more than 0 kWh.</source>
        <translation>Energie: Geben Sie mehr als 0 kWh an.</translation>
    </message>
    <message>
        <source>Energy: your connection can export at most %1 in that time.</source>
        <extracomment>%1 an energy</extracomment>
        <translation>Energie: Ihr Anschluss kann in dieser Zeit höchstens %1 einspeisen.</translation>
    </message>
    <message>
        <source>Price: it cannot be below 0.</source>
        <translation>Preis: Er kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <source>Price: at most %1, what a kWh from the grid costs at its dirtiest and most stressed; energy shared in the community never costs more than the grid&apos;s.</source>
        <extracomment>%1 a price per kWh</extracomment>
        <translation>Preis: höchstens %1, so viel kostet eine kWh aus dem Netz, wenn es am schmutzigsten und am stärksten belastet ist; in der Gemeinschaft geteilte Energie kostet nie mehr als die aus dem Netz.</translation>
    </message>
    <message>
        <source>Distance: choose 0 to 4 grid levels.</source>
        <translation>Entfernung: Wählen Sie 0 bis 4 Netzebenen.</translation>
    </message>
    <message>
        <source>That offer is not in the ledger.</source>
        <translation>Dieses Angebot steht nicht im Hauptbuch.</translation>
    </message>
    <message>
        <source>That is your own offer.</source>
        <translation>Das ist Ihr eigenes Angebot.</translation>
    </message>
    <message>
        <source>That offer is closed: its time has passed or all its energy is taken.</source>
        <translation>Dieses Angebot ist geschlossen: Seine Zeit ist vorbei, oder seine ganze Energie ist vergeben.</translation>
    </message>
    <message>
        <source>Energy: only %1 of that offer is left.</source>
        <extracomment>%1 an energy</extracomment>
        <translation>Energie: Von diesem Angebot sind nur noch %1 übrig.</translation>
    </message>
    <message>
        <source>Your balance does not cover %1: it is %2.</source>
        <extracomment>%1 the cost, %2 the balance</extracomment>
        <translation>Ihr Guthaben deckt %1 nicht: Es beträgt %2.</translation>
    </message>
    <message>
        <source>Amount: give more than 0 credits.</source>
        <translation>Betrag: Geben Sie mehr als 0 Credits an.</translation>
    </message>
    <message>
        <source>Purpose: say what the grant is for, such as “a home battery”.</source>
        <translation>Zweck: Sagen Sie, wofür der Zuschuss ist, etwa „ein Heimspeicher“.</translation>
    </message>
    <message>
        <source>Purpose: at most %1 characters.</source>
        <translation>Zweck: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>That grant request is not in the ledger.</source>
        <translation>Dieser Zuschussantrag steht nicht im Hauptbuch.</translation>
    </message>
    <message>
        <source>Only the stewards named when the request was made can approve it.</source>
        <translation>Nur die Verwalter, die bei der Antragstellung benannt waren, können ihn genehmigen.</translation>
    </message>
    <message>
        <source>A steward never approves a grant to their own dwelling.</source>
        <translation>Ein Verwalter genehmigt nie einen Zuschuss an die eigene Wohnung.</translation>
    </message>
    <message>
        <source>You have approved it already.</source>
        <translation>Sie haben ihn schon genehmigt.</translation>
    </message>
    <message>
        <source>You have no approval of it to withdraw.</source>
        <translation>Sie haben keine Genehmigung dafür, die Sie zurückziehen könnten.</translation>
    </message>
    <message>
        <source>That grant is paid already.</source>
        <translation>Dieser Zuschuss ist schon ausgezahlt.</translation>
    </message>
    <message>
        <source>Approvals are given within 60 days of the request.</source>
        <translation>Genehmigungen werden innerhalb von 60 Tagen nach dem Antrag erteilt.</translation>
    </message>
    <message>
        <source>It has %1 of the %2 approvals it needs.</source>
        <extracomment>%1 approvals so far, %2 needed</extracomment>
        <translation>Er hat %1 der %2 nötigen Genehmigungen.</translation>
    </message>
    <message>
        <source>A grant over a tenth of the pool waits 7 days after its last approval: until %1.</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Ein Zuschuss über einem Zehntel des Topfs wartet 7 Tage nach seiner letzten Genehmigung: bis %1.</translation>
    </message>
    <message>
        <source>The pool holds %1, not enough for this grant yet.</source>
        <extracomment>%1 the pool&apos;s balance</extracomment>
        <translation>Im Topf liegen %1, noch nicht genug für diesen Zuschuss.</translation>
    </message>
    <message>
        <source>it is not linked to its author&apos;s chain</source>
        <translation>er ist nicht mit der Kette seines Urhebers verbunden</translation>
    </message>
    <message>
        <source>it refers to an entry the ledger does not know</source>
        <translation>er verweist auf einen Eintrag, den das Hauptbuch nicht kennt</translation>
    </message>
    <message>
        <source>it refers to an entry that was refused or is of another kind</source>
        <translation>er verweist auf einen Eintrag, der abgelehnt wurde oder von anderer Art ist</translation>
    </message>
    <message>
        <source>its author may not publish it</source>
        <translation>sein Urheber darf ihn nicht veröffentlichen</translation>
    </message>
    <message>
        <source>its author is not a member of the community</source>
        <translation>sein Urheber ist kein Mitglied der Gemeinschaft</translation>
    </message>
    <message>
        <source>the configuration cannot be used</source>
        <translation>die Konfiguration kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>the membership&apos;s limits or devices cannot be used</source>
        <translation>die Grenzen oder Geräte der Mitgliedschaft können nicht verwendet werden</translation>
    </message>
    <message>
        <source>the claim is a second one for its time, too late, or not sealed</source>
        <translation>die Meldung ist die zweite für ihren Zeitraum, zu spät oder nicht versiegelt</translation>
    </message>
    <message>
        <source>the claim was validated already</source>
        <translation>die Meldung wurde schon bestätigt</translation>
    </message>
    <message>
        <source>its numbers do not follow from the claim</source>
        <translation>seine Zahlen folgen nicht aus der Meldung</translation>
    </message>
    <message>
        <source>the trade&apos;s numbers are impossible</source>
        <translation>die Zahlen des Geschäfts sind unmöglich</translation>
    </message>
    <message>
        <source>someone accepted that energy first: the offer had less left</source>
        <translation>jemand hat diese Energie zuerst angenommen: vom Angebot war weniger übrig</translation>
    </message>
    <message>
        <source>the balance did not cover the payment</source>
        <translation>das Guthaben deckte die Zahlung nicht</translation>
    </message>
    <message>
        <source>the amount is not allowed</source>
        <translation>der Betrag ist nicht zulässig</translation>
    </message>
    <message>
        <source>the approval is not allowed: not a steward, too late, repeated, or nothing to withdraw</source>
        <translation>die Genehmigung ist nicht zulässig: kein Verwalter, zu spät, wiederholt oder nichts zurückzuziehen</translation>
    </message>
    <message>
        <source>a steward cannot approve a grant to their own dwelling</source>
        <translation>ein Verwalter kann keinen Zuschuss an die eigene Wohnung genehmigen</translation>
    </message>
    <message>
        <source>the grant does not have its approvals yet</source>
        <translation>der Zuschuss hat seine Genehmigungen noch nicht</translation>
    </message>
    <message>
        <source>the grant was paid already</source>
        <translation>der Zuschuss wurde schon ausgezahlt</translation>
    </message>
    <message>
        <source>the pool could not cover the grant</source>
        <translation>der Topf konnte den Zuschuss nicht decken</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A time range; %1 the start (with its day when not today), %2 the end time</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 cr</source>
        <extracomment>An amount of credits; %1 the number</extracomment>
        <translation>%1 cr</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>Energy in kilowatt-hours; %1 the number</extracomment>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 cr/kWh</source>
        <extracomment>A price in credits per kWh; %1 the number</extracomment>
        <translation>%1 cr/kWh</translation>
    </message>
    <message>
        <source>household %1</source>
        <extracomment>Another household, named by the start of its public key (no name is ever shown for others)</extracomment>
        <translation>Haushalt %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>The grid operator</source>
        <translation>Der Netzbetreiber</translation>
    </message>
    <message>
        <source>Steward %1</source>
        <extracomment>%1 the start of the steward&apos;s public key</extracomment>
        <translation>Verwalter %1</translation>
    </message>
    <message>
        <source>Household %1</source>
        <extracomment>%1 the start of the household&apos;s public key</extracomment>
        <translation>Haushalt %1</translation>
    </message>
    <message>
        <source>You claimed your meter readings for %1.</source>
        <extracomment>%1 a time range</extracomment>
        <translation>Sie haben Ihre Zählerstände für %1 gemeldet.</translation>
    </message>
    <message>
        <source>%1 claimed its meter readings for %2.</source>
        <extracomment>%1 who, %2 a time range</extracomment>
        <translation>%1 hat seine Zählerstände für %2 gemeldet.</translation>
    </message>
    <message>
        <source>Your claim for %1 was validated: %2.</source>
        <extracomment>%1 a time range, %2 signed credits</extracomment>
        <translation>Ihre Meldung für %1 wurde bestätigt: %2.</translation>
    </message>
    <message>
        <source>Your claim for %1 was refused by the grid operator: %2.</source>
        <extracomment>%1 a time range, %2 the grid operator&apos;s reason</extracomment>
        <translation>Ihre Meldung für %1 wurde vom Netzbetreiber abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The grid operator validated %1&apos;s claim for %2.</source>
        <extracomment>%1 a household, %2 a time range</extracomment>
        <translation>Der Netzbetreiber hat die Meldung von %1 für %2 bestätigt.</translation>
    </message>
    <message>
        <source>The grid operator refused %1&apos;s claim for %2.</source>
        <extracomment>%1 a household, %2 a time range</extracomment>
        <translation>Der Netzbetreiber hat die Meldung von %1 für %2 abgelehnt.</translation>
    </message>
    <message>
        <source>You offered %1 for %2 at %3.</source>
        <extracomment>%1 energy, %2 a time range, %3 a price per kWh</extracomment>
        <translation>Sie haben %1 für %2 zu %3 angeboten.</translation>
    </message>
    <message>
        <source>%1 offered %2 for %3 at %4.</source>
        <extracomment>%1 who, %2 energy, %3 a time range, %4 a price per kWh</extracomment>
        <translation>%1 hat %2 für %3 zu %4 angeboten.</translation>
    </message>
    <message>
        <source>You accepted %1 from %2&apos;s offer at %3.</source>
        <extracomment>%1 energy, %2 a household, %3 a price per kWh</extracomment>
        <translation>Sie haben %1 aus dem Angebot von %2 zu %3 angenommen.</translation>
    </message>
    <message>
        <source>%1 accepted %2 of your offer for %3.</source>
        <extracomment>%1 who, %2 energy, %3 a time range</extracomment>
        <translation>%1 hat %2 aus Ihrem Angebot für %3 angenommen.</translation>
    </message>
    <message>
        <source>%1 accepted %2 of %3&apos;s offer.</source>
        <extracomment>%1 who, %2 energy, %3 a household</extracomment>
        <translation>%1 hat %2 aus dem Angebot von %3 angenommen.</translation>
    </message>
    <message>
        <source>Your sale settled: %1 delivered, you received %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Ihr Verkauf ist abgerechnet: %1 geliefert, Sie haben %2 erhalten.</translation>
    </message>
    <message>
        <source>Your purchase settled: %1 delivered, you paid %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Ihr Kauf ist abgerechnet: %1 geliefert, Sie haben %2 bezahlt.</translation>
    </message>
    <message>
        <source>A trade settled: %1 delivered for %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Ein Geschäft ist abgerechnet: %1 für %2 geliefert.</translation>
    </message>
    <message>
        <source>The grid operator announced event %1 for %2, rewarding %3.</source>
        <extracomment>%1 the event&apos;s id, %2 a time range, %3 a reward per kWh</extracomment>
        <translation>Der Netzbetreiber hat das Ereignis %1 für %2 angekündigt, vergütet mit %3.</translation>
    </message>
    <message>
        <source>You joined a grid event.</source>
        <translation>Sie nehmen an einem Netzereignis teil.</translation>
    </message>
    <message>
        <source>You declined a grid event.</source>
        <translation>Sie haben ein Netzereignis abgelehnt.</translation>
    </message>
    <message>
        <source>%1 joined a grid event.</source>
        <extracomment>%1 who</extracomment>
        <translation>%1 nimmt an einem Netzereignis teil.</translation>
    </message>
    <message>
        <source>%1 declined a grid event.</source>
        <translation>%1 hat ein Netzereignis abgelehnt.</translation>
    </message>
    <message>
        <source>You bought %1 for the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Sie haben %1 für den Fördertopf gekauft.</translation>
    </message>
    <message>
        <source>%1 bought %2 for the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 hat %2 für den Fördertopf gekauft.</translation>
    </message>
    <message>
        <source>Your round-up moved %1 into the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Ihre Aufrundung hat %1 in den Fördertopf gebracht.</translation>
    </message>
    <message>
        <source>%1 rounded up %2 into the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 hat %2 in den Fördertopf aufgerundet.</translation>
    </message>
    <message>
        <source>You gave %1 to the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Sie haben %1 in den Fördertopf gegeben.</translation>
    </message>
    <message>
        <source>%1 gave %2 to the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 hat %2 in den Fördertopf gegeben.</translation>
    </message>
    <message>
        <source>You asked the subsidy pool for %1: “%2”.</source>
        <extracomment>%1 credits, %2 the purpose</extracomment>
        <translation>Sie haben beim Fördertopf %1 beantragt: „%2“.</translation>
    </message>
    <message>
        <source>%1 asked the subsidy pool for %2: “%3”.</source>
        <extracomment>%1 who, %2 credits, %3 the purpose</extracomment>
        <translation>%1 hat beim Fördertopf %2 beantragt: „%3“.</translation>
    </message>
    <message>
        <source>You approved %1&apos;s grant request “%2”.</source>
        <extracomment>%1 a household, %2 the grant&apos;s purpose</extracomment>
        <translation>Sie haben den Zuschussantrag „%2“ von %1 genehmigt.</translation>
    </message>
    <message>
        <source>You withdrew your approval of %1&apos;s grant request “%2”.</source>
        <extracomment>%1 a household, %2 the grant&apos;s purpose</extracomment>
        <translation>Sie haben Ihre Genehmigung des Zuschussantrags „%2“ von %1 zurückgezogen.</translation>
    </message>
    <message>
        <source>%1 approved your grant request “%2”.</source>
        <extracomment>%1 a steward, %2 the grant&apos;s purpose</extracomment>
        <translation>%1 hat Ihren Zuschussantrag „%2“ genehmigt.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of your grant request “%2”.</source>
        <extracomment>%1 a steward, %2 the grant&apos;s purpose</extracomment>
        <translation>%1 hat die Genehmigung Ihres Zuschussantrags „%2“ zurückgezogen.</translation>
    </message>
    <message>
        <source>%1 approved %2&apos;s grant request “%3”.</source>
        <extracomment>%1 a steward, %2 a household, %3 the grant&apos;s purpose</extracomment>
        <translation>%1 hat den Zuschussantrag „%3“ von %2 genehmigt.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of %2&apos;s grant request “%3”.</source>
        <extracomment>%1 a steward, %2 a household, %3 the grant&apos;s purpose</extracomment>
        <translation>%1 hat die Genehmigung des Zuschussantrags „%3“ von %2 zurückgezogen.</translation>
    </message>
    <message>
        <source>You approved a change of the community&apos;s rules.</source>
        <translation>Sie haben eine Änderung der Regeln der Gemeinschaft genehmigt.</translation>
    </message>
    <message>
        <source>You withdrew your approval of a change of the community&apos;s rules.</source>
        <translation>Sie haben Ihre Genehmigung einer Änderung der Regeln der Gemeinschaft zurückgezogen.</translation>
    </message>
    <message>
        <source>%1 approved a change of the community&apos;s rules.</source>
        <extracomment>%1 a steward</extracomment>
        <translation>%1 hat eine Änderung der Regeln der Gemeinschaft genehmigt.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of a change of the community&apos;s rules.</source>
        <extracomment>%1 a steward</extracomment>
        <translation>%1 hat die Genehmigung einer Änderung der Regeln der Gemeinschaft zurückgezogen.</translation>
    </message>
    <message>
        <source>Your grant “%1” was paid: %2.</source>
        <extracomment>%1 the purpose, %2 credits</extracomment>
        <translation>Ihr Zuschuss „%1“ wurde ausgezahlt: %2.</translation>
    </message>
    <message>
        <source>You paid %1&apos;s grant “%2” from the pool: %3.</source>
        <extracomment>%1 a household, %2 the purpose, %3 credits</extracomment>
        <translation>Sie haben den Zuschuss „%2“ von %1 aus dem Topf ausgezahlt: %3.</translation>
    </message>
    <message>
        <source>%1 paid %2&apos;s grant “%3” from the pool: %4.</source>
        <extracomment>%1 who paid, %2 a household, %3 the purpose, %4 credits</extracomment>
        <translation>%1 hat den Zuschuss „%3“ von %2 aus dem Topf ausgezahlt: %4.</translation>
    </message>
    <message>
        <source>You founded the community.</source>
        <translation>Sie haben die Gemeinschaft gegründet.</translation>
    </message>
    <message>
        <source>%1 founded the community.</source>
        <translation>%1 hat die Gemeinschaft gegründet.</translation>
    </message>
    <message>
        <source>You proposed a change of the community&apos;s rules, from %1.</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Sie haben eine Änderung der Regeln der Gemeinschaft ab %1 vorgeschlagen.</translation>
    </message>
    <message>
        <source>%1 proposed a change of the community&apos;s rules, from %2.</source>
        <extracomment>%1 a steward, %2 a date and time</extracomment>
        <translation>%1 hat eine Änderung der Regeln der Gemeinschaft ab %2 vorgeschlagen.</translation>
    </message>
    <message>
        <source>The grid operator signed your membership: you are in the community.</source>
        <translation>Der Netzbetreiber hat Ihre Mitgliedschaft unterschrieben: Sie sind in der Gemeinschaft.</translation>
    </message>
    <message>
        <source>%1 joined the community.</source>
        <translation>%1 ist der Gemeinschaft beigetreten.</translation>
    </message>
    <message>
        <source>Your membership ended.</source>
        <translation>Ihre Mitgliedschaft ist beendet.</translation>
    </message>
    <message>
        <source>%1 left the community.</source>
        <translation>%1 hat die Gemeinschaft verlassen.</translation>
    </message>
    <message>
        <source>%1 Refused: %2.</source>
        <extracomment>%1 the sentence, %2 why the ledger refused it</extracomment>
        <translation>%1 Abgelehnt: %2.</translation>
    </message>
    <message>
        <source>This household is not in a community yet. Your installer can join it to one in installer mode (Installer, then the PIN): under Community membership, import the key and community file from your grid operator, or create a key and send it to them.</source>
        <translation>Dieser Haushalt ist noch in keiner Gemeinschaft. Ihr Installateur kann ihn im Installationsmodus (Installateur, dann die PIN) einer Gemeinschaft anschließen: Unter Gemeinschaftsmitgliedschaft den Schlüssel und die Gemeinschaftsdatei Ihres Netzbetreibers importieren oder einen Schlüssel erstellen und ihm schicken.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::DashboardModel</name>
    <message>
        <source>1 slot waiting for the grid to confirm</source>
        <extracomment>One claim of the household&apos;s meter readings that the distributor has not validated yet</extracomment>
        <translation>1 Zeitfenster wartet auf die Bestätigung durch das Netz</translation>
    </message>
    <message>
        <source>%1 slots waiting for the grid to confirm</source>
        <extracomment>Claims of the household&apos;s meter readings that the distributor has not validated yet; %1 is 2 or more</extracomment>
        <translation>%1 Zeitfenster warten auf die Bestätigung durch das Netz</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::DeviceSetup</name>
    <message>
        <source>Its plugin %1 crashed the application (found at the start on %2).</source>
        <translation>Sein Plugin %1 hat die Anwendung zum Absturz gebracht (beim Start am %2 festgestellt).</translation>
    </message>
    <message>
        <source>The plugin %1 crashed the application.</source>
        <translation>Das Plugin %1 hat die Anwendung zum Absturz gebracht.</translation>
    </message>
    <message>
        <source>The plugin %1 crashed the application, so these devices were switched off: %2. An installer can switch them on again.</source>
        <translation>Das Plugin %1 hat die Anwendung zum Absturz gebracht, daher wurden diese Geräte deaktiviert: %2. Ein Installateur kann sie wieder aktivieren.</translation>
    </message>
    <message>
        <source>The MQTT broker %1 is not configured.</source>
        <translation>Der MQTT-Broker %1 ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>The MQTT broker %1 cannot be used: %2</source>
        <translation>Der MQTT-Broker %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The device %1 needs the plugin %2, which is not installed.</source>
        <translation>Das Gerät %1 braucht das Plugin %2, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>The household simulator is not built into this Commonwatt.</source>
        <translation>Der Haushaltssimulator ist in dieses Commonwatt nicht eingebaut.</translation>
    </message>
    <message>
        <source>The device %1 is not configured.</source>
        <translation>Das Gerät %1 ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The device %1 is switched off.</source>
        <translation>Das Gerät %1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The device %1 is already running.</source>
        <translation>Das Gerät %1 läuft bereits.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::EventsModel</name>
    <message>
        <source>critical need</source>
        <extracomment>A grid event&apos;s LEVEL 3, as words</extracomment>
        <translation>kritischer Bedarf</translation>
    </message>
    <message>
        <source>high need</source>
        <extracomment>A grid event&apos;s LEVEL 2, as words</extracomment>
        <translation>hoher Bedarf</translation>
    </message>
    <message>
        <source>moderate need</source>
        <extracomment>A grid event&apos;s LEVEL 1, as words</extracomment>
        <translation>mäßiger Bedarf</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>An amount of energy; %1 is a number such as 1.25</extracomment>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Being settled</source>
        <extracomment>A grid event that has ended and whose reward is being worked out</extracomment>
        <translation>Wird abgerechnet</translation>
    </message>
    <message>
        <source>%1 credits earned</source>
        <extracomment>What a grid event earned; %1 is a number of credits such as 1.25</extracomment>
        <translation>%1 Credits verdient</translation>
    </message>
    <message>
        <source>Nothing earned: no less than your usual use</source>
        <extracomment>A grid event during which the household used no less than usual</extracomment>
        <translation>Nichts verdient: nicht weniger als Ihr üblicher Verbrauch</translation>
    </message>
    <message>
        <source>Usual use %1, used %2</source>
        <extracomment>%1 is the household&apos;s usual net use over the event, %2 what it used, both such as &quot;1.25 kWh&quot;</extracomment>
        <translation>Üblicher Verbrauch %1, verbraucht %2</translation>
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
        <translation>Netzereignis jetzt: %1</translation>
    </message>
    <message>
        <source>Grid event coming: %1</source>
        <extracomment>Home&apos;s event card before an event; %1 is its level in words, e.g. &quot;high need&quot;</extracomment>
        <translation>Netzereignis steht bevor: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Home&apos;s event card: %1 is the time the running event ends, e.g. 19:00</extracomment>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>today %1–%2</source>
        <extracomment>Home&apos;s event card: %1 and %2 are times such as 17:00 and 19:00</extracomment>
        <translation>heute %1–%2</translation>
    </message>
    <message>
        <source>tomorrow %1–%2</source>
        <extracomment>Home&apos;s event card: %1 and %2 are times such as 17:00 and 19:00</extracomment>
        <translation>morgen %1–%2</translation>
    </message>
    <message>
        <source>There is no grid event %1.</source>
        <extracomment>An answer to a grid event the app does not know</extracomment>
        <translation>Es gibt kein Netzereignis %1.</translation>
    </message>
    <message>
        <source>Nothing paid: your usual use at that time is known after about ten weeks of readings</source>
        <extracomment>A grid event that paid nothing because the household&apos;s usual use is not known yet</extracomment>
        <translation>Nichts ausgezahlt: Ihr üblicher Verbrauch zu dieser Zeit ist erst nach etwa zehn Wochen Messwerten bekannt</translation>
    </message>
    <message>
        <source>Nothing paid: readings are missing for part of the event</source>
        <extracomment>A grid event that paid nothing because readings are missing</extracomment>
        <translation>Nichts ausgezahlt: Für einen Teil des Ereignisses fehlen Messwerte</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::GridEvents</name>
    <message>
        <source>There is no grid event at that time to answer.</source>
        <translation>Zu diesem Zeitpunkt gibt es kein Netzereignis, auf das Sie antworten könnten.</translation>
    </message>
    <message>
        <source>This grid event is over: it can no longer be answered.</source>
        <translation>Dieses Netzereignis ist vorbei: Darauf kann nicht mehr geantwortet werden.</translation>
    </message>
    <message>
        <source>This grid event has already started: it could be answered until it started.</source>
        <translation>Dieses Netzereignis hat bereits begonnen: Darauf konnte nur bis zu seinem Beginn geantwortet werden.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::HistoryModel</name>
    <message>
        <source>Saved %2 ledger entries to %1.</source>
        <extracomment>After a ledger export; %1 is the file, %2 the number of entries</extracomment>
        <translation>%2 Hauptbucheinträge in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Power</source>
        <extracomment>The History page&apos;s views: power over time, energy per period, credits and the clean share</extracomment>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Clean share</source>
        <translation>Ökoanteil</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The History page&apos;s ranges</extracomment>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week on the History page: first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This household has no energy meters to chart.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>Dieser Haushalt hat keine Energiezähler, die sich darstellen lassen.</translation>
    </message>
    <message>
        <source>Nothing was measured in this period.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>In diesem Zeitraum wurde nichts gemessen.</translation>
    </message>
    <message>
        <source>Credits are not settled for this household.</source>
        <extracomment>The History page&apos;s empty state when credits are not settled</extracomment>
        <translation>Für diesen Haushalt werden keine Credits abgerechnet.</translation>
    </message>
    <message>
        <source>Credits are settled for the last %1 days only; this period is older.</source>
        <extracomment>The History page&apos;s empty state for an old period; %1 is the number of days kept (90)</extracomment>
        <translation>Credits werden nur für die letzten %1 Tage abgerechnet; dieser Zeitraum ist älter.</translation>
    </message>
    <message>
        <source>The home used no energy in this period.</source>
        <extracomment>The History page&apos;s empty state for the clean share</extracomment>
        <translation>Das Haus hat in diesem Zeitraum keine Energie verbraucht.</translation>
    </message>
    <message>
        <source>Nothing was settled in this period.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>In diesem Zeitraum wurde nichts abgerechnet.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>A stretch of time on the History chart: a date, then the start and end times</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <extracomment>An export error: the file field is empty</extracomment>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Saved 1 reading to %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>1 Messwert in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %2 readings to %1.</source>
        <translation>%2 Messwerte in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>While an export runs</extracomment>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <source>Saved 1 settled day to %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>1 abgerechneter Tag in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %2 settled days to %1.</source>
        <translation>%2 abgerechnete Tage in %1 gespeichert.</translation>
    </message>
    <message>
        <source>This household is not in a community: there is no ledger to export.</source>
        <extracomment>An export error outside a community</extracomment>
        <translation>Dieser Haushalt gehört keiner Gemeinschaft an: Es gibt kein Hauptbuch zu exportieren.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Household</name>
    <message>
        <source>The plugin %1 created no devices.</source>
        <translation>Das Plugin %1 hat keine Geräte angelegt.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::InstallerCommunity</name>
    <message>
        <source>Not in a community: the credits shown are estimates.</source>
        <extracomment>Installer, community: no membership</extracomment>
        <translation>In keiner Gemeinschaft: die angezeigten Guthaben sind Schätzungen.</translation>
    </message>
    <message>
        <source>%1 joined a community earlier, but the member key&apos;s passphrase was not given at the start: set COMMONWATT_KEY_PASSPHRASE or the commonwatt-key-passphrase credential, or join again here.</source>
        <extracomment>Installer, community: a membership joined earlier did not start; %1 the member&apos;s name</extracomment>
        <translation>%1 ist früher einer Gemeinschaft beigetreten, aber die Passphrase des Mitgliedsschlüssels fehlte beim Start: Setzen Sie COMMONWATT_KEY_PASSPHRASE oder das Credential commonwatt-key-passphrase, oder treten Sie hier erneut bei.</translation>
    </message>
    <message>
        <source>Connecting to the broker of %1 at %2…</source>
        <extracomment>Installer, community: %1 the community, %2 host:port</extracomment>
        <translation>Verbinde mit dem Broker von %1 unter %2…</translation>
    </message>
    <message>
        <source>Waiting for the distributor to confirm the membership of %1 in %2. Until then the household&apos;s slots wait to be claimed.</source>
        <extracomment>Installer, community: joined, the distributor&apos;s membership entry has not arrived; %1 member, %2 community</extracomment>
        <translation>Warte darauf, dass der Verteiler die Mitgliedschaft von %1 in %2 bestätigt. Bis dahin warten die Zeitfenster des Haushalts darauf, beansprucht zu werden.</translation>
    </message>
    <message>
        <source>Member of %1 as %2.</source>
        <translation>Mitglied von %1 als %2.</translation>
    </message>
    <message>
        <source>Catching up with the ledger: %1 of %2 entries.</source>
        <extracomment>Installer, community: the ledger is being fetched; %1 entries received, %2 announced</extracomment>
        <translation>Hole das Hauptbuch nach: %1 von %2 Einträgen.</translation>
    </message>
    <message>
        <source>Not connected to the community&apos;s broker right now.</source>
        <extracomment>Installer, community: the broker is not reachable right now</extracomment>
        <translation>Gerade nicht mit dem Broker der Gemeinschaft verbunden.</translation>
    </message>
    <message>
        <source>Only the installer can change the setup: enter installer mode first.</source>
        <translation>Nur der Installateur kann die Einrichtung ändern: wechseln Sie zuerst in den Installateurmodus.</translation>
    </message>
    <message>
        <source>Member name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <extracomment>Installer, community: the new key&apos;s member name</extracomment>
        <translation>Mitgliedsname: 1 bis 64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>Passphrase: at least %1 characters</source>
        <extracomment>Installer, community: the new key&apos;s passphrase is too short</extracomment>
        <translation>Passphrase: mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Passphrase: the two entries differ</source>
        <translation>Passphrase: die beiden Eingaben unterscheiden sich</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Member name: %1 exists already; join with it, or choose another name</source>
        <extracomment>Installer, community: a key of that name exists</extracomment>
        <translation>Mitgliedsname: %1 gibt es schon; treten Sie damit bei oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>No key could be made on this machine.</source>
        <translation>Auf diesem Gerät konnte kein Schlüssel erstellt werden.</translation>
    </message>
    <message>
        <source>This household is a member of %1 already.</source>
        <translation>Dieser Haushalt ist bereits Mitglied von %1.</translation>
    </message>
    <message>
        <source>Community file: required</source>
        <extracomment>Installer, community: a required field is empty; the field&apos;s label</extracomment>
        <translation>Gemeinschaftsdatei: Pflichtfeld</translation>
    </message>
    <message>
        <source>Member key file: required</source>
        <translation>Mitgliedsschlüssel-Datei: Pflichtfeld</translation>
    </message>
    <message>
        <source>Member key file: %1 is not a member&apos;s key file (NAME.key, as commonwatt-community add-member writes it)</source>
        <extracomment>Installer, community: the key file&apos;s name is the member&apos;s name</extracomment>
        <translation>Mitgliedsschlüssel-Datei: %1 ist keine Mitgliedsschlüssel-Datei (NAME.key, wie commonwatt-community add-member sie schreibt)</translation>
    </message>
    <message>
        <source>Passphrase: required</source>
        <translation>Passphrase: Pflichtfeld</translation>
    </message>
    <message>
        <source>Broker host: enter a host name or IP address, without mqtt:// or a port</source>
        <extracomment>Installer, community: the broker&apos;s host</extracomment>
        <translation>Broker-Host: Geben Sie einen Hostnamen oder eine IP-Adresse ein, ohne mqtt:// und ohne Port</translation>
    </message>
    <message>
        <source>Port: &quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>Port: „%1“ ist kein Port von 1 bis 65535</translation>
    </message>
    <message>
        <source>CA certificate file: %1 cannot be read</source>
        <translation>CA-Zertifikatsdatei: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Member key file: %1 cannot be read: %2</source>
        <translation>Mitgliedsschlüssel-Datei: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Member key file: %1 is not a member&apos;s key file</source>
        <translation>Mitgliedsschlüssel-Datei: %1 ist keine Mitgliedsschlüssel-Datei</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Joined, but the membership could not be stored for the next start: %1</source>
        <extracomment>Installer, community: joined for now, but the settings could not be stored; %1 the reason</extracomment>
        <translation>Beigetreten, aber die Mitgliedschaft konnte für den nächsten Start nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::InstallerModel</name>
    <message>
        <source>Only the installer can change the setup: enter installer mode first.</source>
        <extracomment>Installer: a change asked for outside installer mode</extracomment>
        <translation>Nur der Installateur kann die Einrichtung ändern: wechseln Sie zuerst in den Installateurmodus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Installer form: an error under a field; %1 the field&apos;s label, %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <extracomment>Installer form: what was typed in a number field is not one</extracomment>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Device id: &quot;%1&quot; is not a valid id: use 1 to 64 lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos;.</source>
        <extracomment>Installer form: the device id is not usable; %1 what was typed</extracomment>
        <translation>Geräte-ID: „%1“ ist keine gültige ID: 1 bis 64 Kleinbuchstaben, Ziffern und &apos;-&apos;, nicht mit &apos;-&apos; am Anfang.</translation>
    </message>
    <message>
        <source>Device id: %1 is already used by another device.</source>
        <extracomment>Installer form: the device id is taken</extracomment>
        <translation>Geräte-ID: %1 wird schon von einem anderen Gerät verwendet.</translation>
    </message>
    <message>
        <source>The plugin %1 is not installed.</source>
        <translation>Das Plugin %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>The device %1 is not configured.</source>
        <translation>Das Gerät %1 ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The device %1 needs the plugin %2, which is not installed.</source>
        <translation>Das Gerät %1 braucht das Plugin %2, das nicht installiert ist.</translation>
    </message>
    <message>
        <source>Broker id: &quot;%1&quot; is not a valid id.</source>
        <translation>Broker-ID: „%1“ ist keine gültige ID.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages under them.</source>
        <extracomment>Installer form: shown above the buttons when fields need attention</extracomment>
        <translation>Einige Felder brauchen Aufmerksamkeit: siehe die Hinweise darunter.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <extracomment>Installer: after saving the form; %1 the device&apos;s id</extracomment>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Complete the form first: %1</source>
        <extracomment>Installer: Test connection refused because the form is incomplete</extracomment>
        <translation>Füllen Sie zuerst das Formular aus: %1</translation>
    </message>
    <message>
        <source>Readings arrive from the device: the settings work. Save to keep them.</source>
        <extracomment>Installer: Test connection works</extracomment>
        <translation>Messwerte kommen vom Gerät an: die Einstellungen funktionieren. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>The device could not be started: %1</source>
        <extracomment>Installer: Test connection failed; %1 the plugin&apos;s reason</extracomment>
        <translation>Das Gerät konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Connecting and waiting for the first reading…</source>
        <extracomment>Installer: Test connection is waiting for the first reading</extracomment>
        <translation>Verbinde und warte auf den ersten Messwert…</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the broker at %2 after %n s%3. Check the broker&apos;s host and port, TLS and the CA file, the user name and password, and that the broker is running and reachable from here.</source>
        <extracomment>Installer: Test connection timed out before the broker answered; %1 seconds, %2 host:port, %3 reason</extracomment>
        <translation>
            <numerusform>Keine Verbindung zum Broker unter %2 nach %n s%3. Prüfen Sie Host und Port des Brokers, TLS und die CA-Datei, Benutzername und Passwort, und ob der Broker läuft und von hier erreichbar ist.</numerusform>
            <numerusform>Keine Verbindung zum Broker unter %2 nach %n s%3. Prüfen Sie Host und Port des Brokers, TLS und die CA-Datei, Benutzername und Passwort, und ob der Broker läuft und von hier erreichbar ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to the broker at %2, but the device sent nothing in %n s. Check that the device is switched on and uses this broker, and its settings: %3.</source>
        <extracomment>Installer: Test connection timed out: the broker answered, the device did not; %2 host:port, %3 the settings to check</extracomment>
        <translation>
            <numerusform>Mit dem Broker unter %2 verbunden, aber das Gerät hat in %n s nichts gesendet. Prüfen Sie, ob das Gerät eingeschaltet ist und diesen Broker verwendet, und seine Einstellungen: %3.</numerusform>
            <numerusform>Mit dem Broker unter %2 verbunden, aber das Gerät hat in %n s nichts gesendet. Prüfen Sie, ob das Gerät eingeschaltet ist und diesen Broker verwendet, und seine Einstellungen: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device sent nothing in %n s. Check that it is switched on and reachable, and its settings: %2.</source>
        <extracomment>Installer: Test connection timed out for a device without a broker; %2 the settings to check</extracomment>
        <translation>
            <numerusform>Das Gerät hat in %n s nichts gesendet. Prüfen Sie, ob es eingeschaltet und erreichbar ist, und seine Einstellungen: %2.</numerusform>
            <numerusform>Das Gerät hat in %n s nichts gesendet. Prüfen Sie, ob es eingeschaltet und erreichbar ist, und seine Einstellungen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Switched off: %1</source>
        <translation>Ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <extracomment>Installer: a device&apos;s status when its plugin does not run</extracomment>
        <translation>Läuft nicht</translation>
    </message>
    <message>
        <source>Not connected to the broker %1</source>
        <extracomment>Installer: a device&apos;s status; %1 the broker&apos;s id</extracomment>
        <translation>Nicht mit dem Broker %1 verbunden</translation>
    </message>
    <message>
        <source>The device says it is offline</source>
        <extracomment>Installer: a device&apos;s status</extracomment>
        <translation>Das Gerät meldet sich als offline</translation>
    </message>
    <message>
        <source>Waiting for the first reading</source>
        <extracomment>Installer: a device&apos;s status before its first reading</extracomment>
        <translation>Warte auf den ersten Messwert</translation>
    </message>
    <message numerus="yes">
        <source>No data for %n s</source>
        <extracomment>Installer: a device&apos;s status; how long since its last reading</extracomment>
        <translation>
            <numerusform>Seit %n s keine Daten</numerusform>
            <numerusform>Seit %n s keine Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Installer: a device&apos;s status while readings arrive</extracomment>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>%1 is switched on.</source>
        <extracomment>Installer: after switching a device on or off; %1 its id</extracomment>
        <translation>%1 ist eingeschaltet.</translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation>%1 ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Removed %1. Its readings so far stay in the history.</source>
        <extracomment>Installer: after removing a device; %1 its id</extracomment>
        <translation>%1 entfernt. Seine bisherigen Messwerte bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 what was typed</extracomment>
        <translation>%1: „%2“ ist keine Zahl in kW</translation>
    </message>
    <message>
        <source>%1: must be from 0 to %2 kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 the maximum</extracomment>
        <translation>%1: muss zwischen 0 und %2 kW liegen</translation>
    </message>
    <message>
        <source>%1: must be above 0 and at most %2 kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 the maximum</extracomment>
        <translation>%1: muss über 0 und höchstens %2 kW sein</translation>
    </message>
    <message>
        <source>Import limit</source>
        <extracomment>Installer, site settings: field label</extracomment>
        <translation>Bezugsgrenze</translation>
    </message>
    <message>
        <source>Export limit</source>
        <extracomment>Installer, site settings: field label</extracomment>
        <translation>Einspeisegrenze</translation>
    </message>
    <message>
        <source>Grid region: &quot;%1&quot; is not a country code or bidding zone such as DE, NL or SE3</source>
        <extracomment>Installer, site settings: the grid region is not a country code or zone</extracomment>
        <translation>Netzregion: „%1“ ist kein Ländercode und keine Gebotszone wie DE, NL oder SE3</translation>
    </message>
    <message>
        <source>Household id: &quot;%1&quot; may hold only letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <extracomment>Installer, site settings: the household id is not usable in MQTT topics</extracomment>
        <translation>Haushalts-ID: „%1“ darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>Site settings saved.</source>
        <extracomment>Installer: after saving the site settings</extracomment>
        <translation>Standorteinstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Backup: enter the file to write.</source>
        <extracomment>Installer, backup: no file name was given</extracomment>
        <translation>Sicherung: Geben Sie die Datei an, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Backup: %1 could not be written: %2</source>
        <extracomment>Installer, backup: %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Sicherung: %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the configuration of %n device(s) to %1. Passwords are not in the file: after a restore on another panel, enter them again.</source>
        <extracomment>Installer, backup: %1 the file; %n the number of devices</extracomment>
        <translation>
            <numerusform>Konfiguration von %n Gerät in %1 gespeichert. Passwörter sind nicht in der Datei: Geben Sie sie nach einer Wiederherstellung auf einem anderen Panel erneut ein.</numerusform>
            <numerusform>Konfiguration von %n Geräten in %1 gespeichert. Passwörter sind nicht in der Datei: Geben Sie sie nach einer Wiederherstellung auf einem anderen Panel erneut ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore: %1 could not be read: %2</source>
        <extracomment>Installer, restore: %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Wiederherstellung: %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restore: %1 is too large to be a Commonwatt configuration.</source>
        <extracomment>Installer, restore: the file is far too large to be a configuration</extracomment>
        <translation>Wiederherstellung: %1 ist zu groß für eine Commonwatt-Konfiguration.</translation>
    </message>
    <message>
        <source>Restore: nothing was changed. %1: %2</source>
        <extracomment>Installer, restore: %1 the file, %2 the field at fault and why</extracomment>
        <translation>Wiederherstellung: Es wurde nichts geändert. %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored the configuration from %1: %n device(s).</source>
        <extracomment>Installer, restore: %1 the file; %n the number of devices</extracomment>
        <translation>
            <numerusform>Konfiguration aus %1 wiederhergestellt: %n Gerät.</numerusform>
            <numerusform>Konfiguration aus %1 wiederhergestellt: %n Geräte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commonwatt::app::KioskModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the installer can change the installer PIN: enter the current PIN first.</source>
        <translation>Nur der Installateur kann die Installateur-PIN ändern: Geben Sie zuerst die aktuelle PIN ein.</translation>
    </message>
    <message>
        <source>The two entries differ: enter the same PIN twice.</source>
        <translation>Die beiden Eingaben unterscheiden sich: Geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>No installer PIN is set yet: choose one first.</source>
        <translation>Es ist noch keine Installateur-PIN festgelegt: Legen Sie zuerst eine fest.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong tries: the PIN is locked for %1.</source>
        <translation>Falsche PIN. Zu viele Fehlversuche: Die PIN ist für %1 gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch, bevor die PIN gesperrt wird.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche, bevor die PIN gesperrt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: try again in %1.</source>
        <translation>Die PIN ist nach zu vielen Fehlversuchen gesperrt: Versuchen Sie es in %1 erneut.</translation>
    </message>
    <message>
        <source>Only the installer can change when the screen dims.</source>
        <translation>Nur der Installateur kann ändern, wann der Bildschirm abgedunkelt wird.</translation>
    </message>
    <message>
        <source>The screen dims after 0 (never) to %1 seconds.</source>
        <translation>Der Bildschirm wird nach 0 (nie) bis %1 Sekunden abgedunkelt.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::LedgerService</name>
    <message>
        <source>The community ledger is not open.</source>
        <translation>Das Hauptbuch der Gemeinschaft ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::MqttApi</name>
    <message>
        <source>The household id &quot;%1&quot; cannot be an MQTT topic level: use letters, digits, _ and -.</source>
        <translation>Die Haushalts-ID „%1“ kann keine MQTT-Topic-Ebene sein: Verwenden Sie Buchstaben, Ziffern, _ und -.</translation>
    </message>
    <message>
        <source>Retained commands are ignored: publish commands without the retain flag.</source>
        <translation>Befehle mit Retain-Flag werden ignoriert: Veröffentlichen Sie Befehle ohne Retain-Flag.</translation>
    </message>
    <message>
        <source>Not a command topic.</source>
        <translation>Kein Befehls-Topic.</translation>
    </message>
    <message>
        <source>There is no device &quot;%1&quot;.</source>
        <translation>Es gibt kein Gerät „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: the device commands are: request.</source>
        <translation>Unbekannter Befehl „%1“: Die Gerätebefehle sind: request.</translation>
    </message>
    <message>
        <source>Send runNow, skipToday, cancel, or readyBy HH:MM PERCENT (e.g. readyBy 07:00 80).</source>
        <translation>Senden Sie runNow, skipToday, cancel oder readyBy HH:MM PROZENT (z. B. readyBy 07:00 80).</translation>
    </message>
    <message>
        <source>The command is %1 bytes long; commands are short words.</source>
        <translation>Der Befehl ist %1 Bytes lang; Befehle sind kurze Wörter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: give it as HH:MM, 00:00 to 23:59.</source>
        <translation>„%1“ ist keine Uhrzeit: Geben Sie sie als HH:MM an, 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a charge target: give a percentage from 1 to 100.</source>
        <translation>„%1“ ist kein Ladeziel: Geben Sie einen Prozentwert von 1 bis 100 an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::PlanModel</name>
    <message>
        <source>Tomorrow</source>
        <extracomment>The timeline&apos;s second day</extracomment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <extracomment>The grid signals: %1 the feed&apos;s hours, %2 what the rest of the plan uses</extracomment>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <source>%1: accuracy known after its first day</source>
        <extracomment>%1 &quot;Solar forecast&quot; or &quot;Home forecast&quot;: no forecast has been compared with what happened yet</extracomment>
        <translation>%1: Genauigkeit nach dem ersten Tag bekannt</translation>
    </message>
    <message>
        <source>%1: ±%2 kWh/day, %3 % better than yesterday-as-forecast</source>
        <extracomment>%1 &quot;Solar forecast&quot;, %2 its mean error in kWh per day, %3 how much smaller (in %) than taking yesterday&apos;s values as the forecast</extracomment>
        <translation>%1: ±%2 kWh/Tag, %3 % besser als „wie gestern“</translation>
    </message>
    <message>
        <source>%1: ±%2 kWh/day, %3 % worse than yesterday-as-forecast</source>
        <extracomment>As above, when the forecast was worse than taking yesterday&apos;s values</extracomment>
        <translation>%1: ±%2 kWh/Tag, %3 % schlechter als „wie gestern“</translation>
    </message>
    <message>
        <source>Solar forecast</source>
        <translation>Solarprognose</translation>
    </message>
    <message>
        <source>Home forecast</source>
        <translation>Verbrauchsprognose</translation>
    </message>
    <message>
        <source>Solar accuracy after a day</source>
        <extracomment>Short: the solar forecast has not been compared with a day of what happened yet</extracomment>
        <translation>Solar: Genauigkeit nach einem Tag</translation>
    </message>
    <message>
        <source>Home accuracy after a day</source>
        <translation>Haus: Genauigkeit nach einem Tag</translation>
    </message>
    <message>
        <source>Solar ±%1 kWh/day, %2 % better</source>
        <extracomment>Short: %1 the solar forecast&apos;s error in kWh per day, %2 how much better than yesterday&apos;s</extracomment>
        <translation>Solar ±%1 kWh/Tag, %2 % besser</translation>
    </message>
    <message>
        <source>Home ±%1 kWh/day, %2 % better</source>
        <translation>Haus ±%1 kWh/Tag, %2 % besser</translation>
    </message>
    <message>
        <source>Solar ±%1 kWh/day, %2 % worse</source>
        <translation>Solar ±%1 kWh/Tag, %2 % schlechter</translation>
    </message>
    <message>
        <source>Home ±%1 kWh/day, %2 % worse</source>
        <translation>Haus ±%1 kWh/Tag, %2 % schlechter</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Planner</name>
    <message>
        <source>No plan fits: %1</source>
        <translation>Kein passender Plan: %1</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Dieser Zeitpunkt ist bereits vorbei.</translation>
    </message>
    <message>
        <source>There is no device %1.</source>
        <translation>Es gibt kein Gerät %1.</translation>
    </message>
    <message>
        <source>Only a car can be made ready by a time.</source>
        <translation>Nur ein Auto kann bis zu einer Uhrzeit geladen werden.</translation>
    </message>
    <message>
        <source>%1 is not plugged in.</source>
        <translation>%1 ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>Only an appliance or a heater can be kept off today.</source>
        <translation>Nur ein Haushaltsgerät oder Heizgerät kann heute aus bleiben.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Runtime</name>
    <message>
        <source>Simulated household</source>
        <translation>Simulierter Haushalt</translation>
    </message>
    <message>
        <source>Simulated household, %1× speed</source>
        <translation>Simulierter Haushalt, %1× Geschwindigkeit</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Ihr Haushalt</translation>
    </message>
    <message>
        <source>This household is a member of %1 already.</source>
        <translation>Dieser Haushalt ist bereits Mitglied von %1.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::UiSettings</name>
    <message>
        <source>System (%1)</source>
        <extracomment>The language choice that follows the operating system&apos;s; %1 is the language that gives</extracomment>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;.</source>
        <extracomment>%1 is a language code such as &quot;pt&quot;</extracomment>
        <translation>Für „%1“ gibt es keine Übersetzung.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: choose auto, day or night.</source>
        <translation>Unbekanntes Farbschema „%1“: Wählen Sie auto, day oder night.</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: choose kW or W.</source>
        <translation>Unbekannte Einheit „%1“: Wählen Sie kW oder W.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <extracomment>%1 is the reason given by the configuration database</extracomment>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::gridfeed::GridFeedDevice</name>
    <message>
        <source>Grid signals (%1)</source>
        <translation>Netzsignale (%1)</translation>
    </message>
    <message>
        <source>No grid-signal document for region %1 on %2 in the last %3 minutes (maxAgeMinutes).</source>
        <translation>Kein Netzsignal-Dokument für Region %1 auf %2 in den letzten %3 Minuten (maxAgeMinutes).</translation>
    </message>
    <message>
        <source>The grid signals for region %1 are out of date: the newest document on %2 was issued at %3, more than %4 minutes ago (maxAgeMinutes).</source>
        <translation>Die Netzsignale für Region %1 sind veraltet: Das neueste Dokument auf %2 wurde um %3 ausgegeben, vor mehr als %4 Minuten (maxAgeMinutes).</translation>
    </message>
</context>
<context>
    <name>commonwatt::gridfeed::GridFeedPlugin</name>
    <message>
        <source>Grid signals</source>
        <translation>Netzsignale</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqtt::PahoMqttClient</name>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>not a valid MQTT topic filter</source>
        <translation>kein gültiger MQTT-Topic-Filter</translation>
    </message>
    <message>
        <source>no context or handler</source>
        <translation>kein Kontext oder Handler</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>Verbindung zu %1 verloren</translation>
    </message>
    <message>
        <source>connection refused: the broker at %1 does not speak MQTT 3.1.1</source>
        <translation>Verbindung abgelehnt: Der Broker unter %1 spricht kein MQTT 3.1.1</translation>
    </message>
    <message>
        <source>connection refused: client id %1 rejected</source>
        <translation>Verbindung abgelehnt: Client-ID %1 zurückgewiesen</translation>
    </message>
    <message>
        <source>connection refused: broker at %1 unavailable</source>
        <translation>Verbindung abgelehnt: Broker unter %1 nicht verfügbar</translation>
    </message>
    <message>
        <source>connection refused: bad user name or password</source>
        <translation>Verbindung abgelehnt: falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>connection refused: not authorised (check the user name and password)</source>
        <translation>Verbindung abgelehnt: nicht berechtigt (Benutzername und Passwort prüfen)</translation>
    </message>
    <message>
        <source>broker unreachable at %1, or the TLS handshake failed (check the CA file and the broker&apos;s certificate)</source>
        <translation>Broker unter %1 nicht erreichbar oder TLS-Handshake fehlgeschlagen (CA-Datei und Zertifikat des Brokers prüfen)</translation>
    </message>
    <message>
        <source>broker unreachable at %1</source>
        <translation>Broker unter %1 nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqttgeneric::GenericMqttDevice</name>
    <message>
        <source>%1 says it is offline (%2 on %3)</source>
        <translation>%1 meldet sich offline (%2 auf %3)</translation>
    </message>
    <message>
        <source>The MQTT broker is not connected.</source>
        <translation>Der MQTT-Broker ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The MQTT broker is not connected: %1</source>
        <translation>Der MQTT-Broker ist nicht verbunden: %1</translation>
    </message>
    <message>
        <source>%1: the command ran out at %2, before it was sent</source>
        <translation>%1: Der Befehl ist um %2 abgelaufen, bevor er gesendet wurde</translation>
    </message>
    <message>
        <source>%1: the power setpoint is not a finite number</source>
        <translation>%1: Der Leistungssollwert ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1: a charging current of %2 A is not possible</source>
        <translation>%1: Ein Ladestrom von %2 A ist nicht möglich</translation>
    </message>
    <message>
        <source>%1 does not accept this command</source>
        <translation>%1 nimmt diesen Befehl nicht an</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqttgeneric::MqttGenericPlugin</name>
    <message>
        <source>Generic MQTT device</source>
        <translation>Generisches MQTT-Gerät</translation>
    </message>
</context>
<context>
    <name>commonwatt::plugins::MqttSwitchDevice</name>
    <message>
        <source>%1 reported itself offline.</source>
        <translation>%1 hat sich offline gemeldet.</translation>
    </message>
    <message>
        <source>No connection to the MQTT broker.</source>
        <translation>Keine Verbindung zum MQTT-Broker.</translation>
    </message>
    <message>
        <source>No connection to the MQTT broker: %1</source>
        <translation>Keine Verbindung zum MQTT-Broker: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::shelly::ShellyDevice</name>
    <message>
        <source>%1 refused Switch.Set: %2</source>
        <translation>%1 hat Switch.Set abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 refused Switch.GetStatus for switch %2: %3</source>
        <translation>%1 hat Switch.GetStatus für Schalter %2 abgelehnt: %3</translation>
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
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>The device&apos;s MQTT topic prefix, such as shellyplusplugs-a8032ab12345 (Settings &gt; MQTT).</source>
        <translation>Das MQTT-Topic-Präfix des Geräts, etwa shellyplusplugs-a8032ab12345 (Settings &gt; MQTT).</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Schalter</translation>
    </message>
    <message>
        <source>Which output of a device with several: 0 for the first.</source>
        <translation>Welcher Ausgang bei Geräten mit mehreren: 0 für den ersten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What Commonwatt calls the device, such as Washing machine.</source>
        <translation>Wie Commonwatt das Gerät nennt, etwa Waschmaschine.</translation>
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
        <translation>Netzzähler</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solaranlage</translation>
    </message>
    <message>
        <source>Home battery</source>
        <translation>Heimspeicher</translation>
    </message>
    <message>
        <source>Electric car</source>
        <translation>E-Auto</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Waschmaschine</translation>
    </message>
    <message>
        <source>Dishwasher</source>
        <translation>Geschirrspüler</translation>
    </message>
    <message>
        <source>Tumble dryer</source>
        <translation>Wäschetrockner</translation>
    </message>
    <message>
        <source>Water heater</source>
        <translation>Warmwasserspeicher</translation>
    </message>
    <message>
        <source>Grid signals</source>
        <translation>Netzsignale</translation>
    </message>
    <message>
        <source>%1: the command&apos;s power is not a number</source>
        <translation>%1: Die Leistung des Befehls ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: the command ran out at %2, before it could act (the device is at %3)</source>
        <translation>%1: Der Befehl ist um %2 abgelaufen, bevor er wirken konnte (das Gerät steht bei %3)</translation>
    </message>
    <message>
        <source>%1: the charger cannot take power from the car (%2 kW asked)</source>
        <translation>%1: Die Wallbox kann keine Leistung aus dem Auto entnehmen (%2 kW angefordert)</translation>
    </message>
    <message>
        <source>%1 is not plugged in</source>
        <translation>%1 ist nicht angeschlossen</translation>
    </message>
    <message>
        <source>%1: a water heater cannot cool (%2 kW asked)</source>
        <translation>%1: Ein Warmwasserspeicher kann nicht kühlen (%2 kW angefordert)</translation>
    </message>
    <message>
        <source>%1 runs its program or nothing: it can only be held off (0 kW), not set to %2 kW</source>
        <translation>%1 läuft mit seinem Programm oder gar nicht: Es lässt sich nur zurückhalten (0 kW), nicht auf %2 kW setzen</translation>
    </message>
    <message>
        <source>%1 has no load waiting to start</source>
        <translation>%1 hat keine Last, die auf den Start wartet</translation>
    </message>
    <message>
        <source>%1 is already running, since %2</source>
        <translation>%1 läuft bereits, seit %2</translation>
    </message>
    <message>
        <source>%1 does not accept this command</source>
        <translation>%1 nimmt diesen Befehl nicht an</translation>
    </message>
</context>
<context>
    <name>commonwatt::simulator::SimulatorPlugin</name>
    <message>
        <source>Household simulator</source>
        <translation>Haushaltssimulator</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>The same seed gives the same household, day after day.</source>
        <translation>Derselbe Startwert ergibt denselben Haushalt, Tag für Tag.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Amsterdam.</source>
        <translation>Eine IANA-Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>Solar peak power</source>
        <translation>Solar-Spitzenleistung</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>Speicherkapazität</translation>
    </message>
    <message>
        <source>Car battery capacity</source>
        <translation>Akkukapazität des Autos</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Ladeleistung</translation>
    </message>
    <message>
        <source>Reading interval</source>
        <translation>Messintervall</translation>
    </message>
    <message>
        <source>Simulate grid signals</source>
        <translation>Netzsignale simulieren</translation>
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
        <translation>Geräte-Topic</translation>
    </message>
    <message>
        <source>The device&apos;s Topic, such as tasmota_9CF9D1 (Configuration &gt; Configure MQTT).</source>
        <translation>Das Topic des Geräts, etwa tasmota_9CF9D1 (Configuration &gt; Configure MQTT).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What Commonwatt calls the device, such as Dishwasher.</source>
        <translation>Wie Commonwatt das Gerät nennt, etwa Geschirrspüler.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Which relay of a device with several: 1 for the first (POWER or POWER1).</source>
        <translation>Welches Relais bei Geräten mit mehreren: 1 für das erste (POWER oder POWER1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the device&apos;s Topic (one level, no /), as in Configure &gt; MQTT</source>
        <translation>„%1“ muss das Topic des Geräts sein (eine Ebene, kein /), wie unter Configure &gt; MQTT</translation>
    </message>
    <message>
        <source>Tasmota %1</source>
        <translation>Tasmota %1</translation>
    </message>
</context>
</TS>
