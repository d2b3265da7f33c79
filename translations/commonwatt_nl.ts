<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commonwatt: a household energy manager for communities that treat energy as a commons.</source>
        <translation>Commonwatt: een energiemanager voor huishoudens in gemeenschappen die energie als gemeengoed beheren.</translation>
    </message>
    <message>
        <source>Run on the built-in simulated household (the default while no devices are configured).</source>
        <translation>Gebruik het ingebouwde gesimuleerde huishouden (standaard zolang er geen apparaten zijn ingesteld).</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; instead of the standard application data folder.</source>
        <translation>Bewaar de database en instellingen in &lt;dir&gt; in plaats van in de standaardmap voor programmagegevens.</translation>
    </message>
    <message>
        <source>Wall panel: full screen, no window frame, no mouse cursor.</source>
        <translation>Wandpaneel: volledig scherm, geen vensterrand, geen muisaanwijzer.</translation>
    </message>
    <message>
        <source>Run simulated time &lt;n&gt; times faster than real time (demo).</source>
        <translation>Laat de gesimuleerde tijd &lt;n&gt; keer sneller lopen dan de werkelijke tijd (demo).</translation>
    </message>
    <message>
        <source>Run without a window, for a home server.</source>
        <translation>Draai zonder venster, voor een thuisserver.</translation>
    </message>
    <message>
        <source>Start simulated time at &lt;time&gt; (ISO 8601, e.g. 2026-06-21T08:00:00Z) instead of now (demo).</source>
        <translation>Start de gesimuleerde tijd op &lt;time&gt; (ISO 8601, bijv. 2026-06-21T08:00:00Z) in plaats van nu (demo).</translation>
    </message>
    <message>
        <source>Seed of the simulated household (demo).</source>
        <translation>Seed van het gesimuleerde huishouden (demo).</translation>
    </message>
    <message>
        <source>Publish the household&apos;s state and Home Assistant discovery on the MQTT broker at &lt;host[:port]&gt; (default port 1883), unless the configuration names a broker for it.</source>
        <translation>Publiceer de toestand van het huishouden en Home Assistant-discovery op de MQTT-broker op &lt;host[:port]&gt; (standaardpoort 1883), tenzij de configuratie daar een broker voor aanwijst.</translation>
    </message>
    <message>
        <source>Write the configuration (devices, brokers, site) to &lt;file&gt; as JSON, with passwords left out, and exit. - is standard output.</source>
        <translation>Schrijf de configuratie (apparaten, brokers, locatie) als JSON naar &lt;file&gt;, zonder wachtwoorden, en sluit af. - is standaarduitvoer.</translation>
    </message>
    <message>
        <source>Check the configuration in &lt;file&gt; (JSON, as exported) and merge it into this household&apos;s, then exit. - is standard input.</source>
        <translation>Controleer de configuratie in &lt;file&gt; (JSON, zoals geëxporteerd), voeg die samen met die van dit huishouden en sluit af. - is standaardinvoer.</translation>
    </message>
    <message>
        <source>With --import-config: replace the whole configuration instead of merging.</source>
        <translation>Met --import-config: vervang de hele configuratie in plaats van samen te voegen.</translation>
    </message>
    <message>
        <source>Print the device plugins, their settings and any refused plugin file as JSON, and exit.</source>
        <translation>Toon de apparaatplug-ins, hun instellingen en eventueel geweigerde plug-inbestanden als JSON, en sluit af.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Onverwacht argument: %1</translation>
    </message>
    <message>
        <source>--replace goes with --import-config.</source>
        <translation>--replace hoort bij --import-config.</translation>
    </message>
    <message>
        <source>The configuration command needs a file (- for standard input or output).</source>
        <translation>De configuratieopdracht heeft een bestand nodig (- voor standaardinvoer of -uitvoer).</translation>
    </message>
    <message>
        <source>--mqtt-api needs a broker as host or host:port (e.g. localhost:1883), not &quot;%1&quot;.</source>
        <translation>--mqtt-api heeft een broker nodig als host of host:port (bijv. localhost:1883), niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kiosk and --headless exclude each other.</source>
        <translation>--kiosk en --headless sluiten elkaar uit.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir heeft een map nodig.</translation>
    </message>
    <message>
        <source>--speed must be a number above 0 and at most %1, not &quot;%2&quot;.</source>
        <translation>--speed moet een getal groter dan 0 en hoogstens %1 zijn, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--start must be an ISO 8601 time such as 2026-06-21T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--start moet een ISO 8601-tijd zijn, zoals 2026-06-21T08:00:00Z, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed moet een geheel getal van 0 of meer zijn, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Forget the wall panel&apos;s installer PIN and its lockout, and exit; the panel then asks for a new PIN.</source>
        <translation>Vergeet de installateurs-PIN van het wandpaneel en de blokkering ervan, en sluit af; het paneel vraagt dan om een nieuwe PIN.</translation>
    </message>
    <message>
        <source>--export-config, --import-config, --list-plugins and --reset-installer-pin exclude each other.</source>
        <translation>--export-config, --import-config, --list-plugins en --reset-installer-pin sluiten elkaar uit.</translation>
    </message>
    <message>
        <source>Take part in the community whose folder &lt;dir&gt; holds community.json and the member&apos;s key file (with --member and --community-broker).</source>
        <translation>Deelnemen aan de gemeenschap waarvan de map &lt;dir&gt; community.json en het sleutelbestand van het lid bevat (met --member en --community-broker).</translation>
    </message>
    <message>
        <source>The household&apos;s key in the community folder: keys/&lt;name&gt;.key. Its passphrase comes from COMMONWATT_KEY_PASSPHRASE or the credential commonwatt-key-passphrase.</source>
        <translation>De sleutel van het huishouden in de gemeenschapsmap: keys/&lt;name&gt;.key. De wachtzin komt uit COMMONWATT_KEY_PASSPHRASE of uit de credential commonwatt-key-passphrase.</translation>
    </message>
    <message>
        <source>The community&apos;s MQTT broker at &lt;host:port&gt;, where the ledger is kept in step.</source>
        <translation>De MQTT-broker van de gemeenschap op &lt;host:port&gt;, waar het grootboek wordt bijgehouden.</translation>
    </message>
    <message>
        <source>--community, --member and --community-broker go together: the community folder, the household&apos;s key name and the broker.</source>
        <translation>--community, --member en --community-broker horen bij elkaar: de gemeenschapsmap, de sleutelnaam van het huishouden en de broker.</translation>
    </message>
    <message>
        <source>--member needs the name of a key file in the folder&apos;s keys/, not &quot;%1&quot;.</source>
        <translation>--member heeft de naam van een sleutelbestand in keys/ van de map nodig, niet ‘%1’.</translation>
    </message>
    <message>
        <source>--community-broker needs a broker as host:port (e.g. broker.example.org:1883), not &quot;%1&quot;.</source>
        <translation>--community-broker heeft een broker als host:poort nodig (bijv. broker.example.org:1883), niet ‘%1’.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Replaced by a newer command before %1 confirmed it.</source>
        <translation>Vervangen door een nieuwere opdracht voordat %1 deze bevestigde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not confirm the command after %n attempt(s).</source>
        <translation>
            <numerusform>%1 heeft de opdracht na %n poging niet bevestigd.</numerusform>
            <numerusform>%1 heeft de opdracht na %n pogingen niet bevestigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommonsPanel</name>
    <message>
        <source>In the commons</source>
        <extracomment>Heading of the panel with credits, clean share and reputation</extracomment>
        <translation>In de gemeenschap</translation>
    </message>
    <message>
        <source>estimates</source>
        <extracomment>Credits are estimated until the household joins a community and they are validated</extracomment>
        <translation>schattingen</translation>
    </message>
    <message>
        <source>Credits today</source>
        <extracomment>Credits earned (or spent) today</extracomment>
        <translation>Credits vandaag</translation>
    </message>
    <message>
        <source>This month %1 · since %2: %3</source>
        <extracomment>Under today&apos;s credits: this month&apos;s, and the total since a date</extracomment>
        <translation>Deze maand %1 · sinds %2: %3</translation>
    </message>
    <message>
        <source>Clean today</source>
        <extracomment>Share of today&apos;s use that was clean energy</extracomment>
        <translation>Schoon vandaag</translation>
    </message>
    <message>
        <source>Reputation</source>
        <extracomment>Reputation score out of 100</extracomment>
        <translation>Reputatie</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>giving %1 · reliable %2 · clean %3</source>
        <extracomment>The three parts of the reputation: giving, reliability, clean</extracomment>
        <translation>geven %1 · betrouwbaar %2 · schoon %3</translation>
    </message>
    <message>
        <source>tap for its parts</source>
        <extracomment>Hint under the reputation score</extracomment>
        <translation>tik voor de onderdelen</translation>
    </message>
    <message>
        <source>This month %1 · balance %2</source>
        <extracomment>Under today&apos;s credits: this month&apos;s, and the balance on the community ledger</extracomment>
        <translation>Deze maand %1 · saldo %2</translation>
    </message>
</context>
<context>
    <name>CommunityActions</name>
    <message>
        <source>%1: pending, waiting for the ledger…</source>
        <extracomment>An action on the Community page waiting for the ledger; %1 the action</extracomment>
        <translation>%1: in behandeling, wacht op het grootboek…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <extracomment>An action in the ledger; %1 the action</extracomment>
        <translation>%1: gedaan.</translation>
    </message>
    <message>
        <source>%1: refused, %2.</source>
        <extracomment>An action the ledger refused; %1 the action, %2 why</extracomment>
        <translation>%1: geweigerd, %2.</translation>
    </message>
    <message>
        <source>%1: not sent, %2</source>
        <extracomment>An action that could not be stored; %1 the action, %2 why</extracomment>
        <translation>%1: niet verstuurd, %2</translation>
    </message>
</context>
<context>
    <name>CommunityFeedView</name>
    <message>
        <source>All</source>
        <extracomment>Feed filter: every entry</extracomment>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Feed filter: entries by or about this household</extracomment>
        <translation>Van mij</translation>
    </message>
    <message>
        <source>Trades</source>
        <extracomment>Feed filter: offers, acceptances, settlements</extracomment>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Feed filter: contributions, grant requests, approvals, payments</extracomment>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>Feed period: no limit</extracomment>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Feed period: today only</extracomment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>7 days</source>
        <extracomment>Feed period: the last seven days</extracomment>
        <translation>7 dagen</translation>
    </message>
    <message>
        <source>Nothing in the ledger matches this filter.</source>
        <extracomment>The community feed under a filter that matches nothing</extracomment>
        <translation>Niets in het grootboek past bij dit filter.</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Your balance %1</source>
        <extracomment>Community page: the household&apos;s balance; %1 an amount of credits</extracomment>
        <translation>Je saldo %1</translation>
    </message>
    <message>
        <source>Pool %1 · %2 members</source>
        <extracomment>Community page: the pool and the members; %1 credits, %2 how many members</extracomment>
        <translation>Fonds %1 · %2 leden</translation>
    </message>
    <message>
        <source> · you are a steward</source>
        <extracomment>Appended when the household is a steward</extracomment>
        <translation> · je bent beheerder</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>Community page section: the ledger&apos;s entries</extracomment>
        <translation>Grootboek</translation>
    </message>
    <message>
        <source>Trades</source>
        <extracomment>Community page section: offers and trades</extracomment>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Community page section: the subsidy pool</extracomment>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Board</source>
        <extracomment>Community page section: the reputation board</extracomment>
        <translation>Ranglijst</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Community page, when the household is not (yet) in a community</extracomment>
        <translation>Gemeenschap</translation>
    </message>
    <message>
        <source>Not in a community</source>
        <translation>Niet in een gemeenschap</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>not a field of %1</source>
        <translation>geen veld van %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be a time in milliseconds since 1970 (a whole number, 0 or more)</source>
        <translation>moet een tijd in milliseconden sinds 1970 zijn (een geheel getal, 0 of meer)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2</source>
        <translation>&quot;%1&quot; wordt al gebruikt door %2</translation>
    </message>
    <message>
        <source>a configuration document</source>
        <translation>een configuratiedocument</translation>
    </message>
    <message>
        <source>this is not a Commonwatt configuration (expected &quot;%1&quot;, found %2)</source>
        <translation>dit is geen Commonwatt-configuratie (verwacht &quot;%1&quot;, gevonden %2)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>geen formaatnaam</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>%1 is newer than this build of Commonwatt reads (up to %2); update Commonwatt first</source>
        <translation>%1 is nieuwer dan deze versie van Commonwatt kan lezen (tot %2); werk Commonwatt eerst bij</translation>
    </message>
    <message>
        <source>%1 is not a version of the configuration format</source>
        <translation>%1 is geen versie van het configuratieformaat</translation>
    </message>
    <message>
        <source>a broker</source>
        <translation>een broker</translation>
    </message>
    <message>
        <source>a plugin instance</source>
        <translation>een plug-in-instantie</translation>
    </message>
    <message>
        <source>not a valid key (lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>geen geldige sleutel (kleine letters, cijfers, &apos;_&apos;, &apos;-&apos; en &apos;.&apos;)</translation>
    </message>
    <message>
        <source>belongs to the device it was set on and is not imported (the installer PIN is chosen on the panel)</source>
        <translation>hoort bij het apparaat waarop het is ingesteld en wordt niet geïmporteerd (de installateurs-PIN wordt op het paneel gekozen)</translation>
    </message>
    <message>
        <source>must have a value</source>
        <translation>moet een waarde hebben</translation>
    </message>
    <message>
        <source>%1: not a Commonwatt configuration database (%2)</source>
        <translation>%1: geen Commonwatt-configuratiedatabase (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1: is een map, geen databasebestand</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>het bestand is geen database</translation>
    </message>
    <message>
        <source>another database, application id %1</source>
        <translation>een andere database, applicatie-id %1</translation>
    </message>
    <message>
        <source>%1: written by a newer Commonwatt (configuration version %2; this build reads up to version %3)</source>
        <translation>%1: geschreven door een nieuwere Commonwatt (configuratieversie %2; deze versie leest tot versie %3)</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1: kan niet worden aangemaakt (%2)</translation>
    </message>
    <message>
        <source>%1: readable by other users and cannot be made private (%2)</source>
        <translation>%1: leesbaar voor andere gebruikers en kan niet privé worden gemaakt (%2)</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging (journal mode %1)</source>
        <translation>kan geen write-ahead logging gebruiken (journaalmodus %1)</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>Kan de gegevensmap %1 niet aanmaken</translation>
    </message>
    <message>
        <source>The configuration store is not open</source>
        <translation>De configuratieopslag is niet geopend</translation>
    </message>
    <message>
        <source>Broker %1 is still used by %2; give them another broker or remove them first</source>
        <translation>Broker %1 wordt nog gebruikt door %2; geef ze eerst een andere broker of verwijder ze</translation>
    </message>
    <message>
        <source>No broker %1 is configured</source>
        <translation>Er is geen broker %1 ingesteld</translation>
    </message>
    <message>
        <source>No plugin instance %1 is configured</source>
        <translation>Er is geen plug-in-instantie %1 ingesteld</translation>
    </message>
    <message>
        <source>Site setting &quot;%1&quot;: not a valid key (lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>Locatie-instelling &quot;%1&quot;: geen geldige sleutel (kleine letters, cijfers, &apos;_&apos;, &apos;-&apos; en &apos;.&apos;)</translation>
    </message>
    <message>
        <source>Site setting %1: must have a value (remove it instead)</source>
        <translation>Locatie-instelling %1: moet een waarde hebben (verwijder hem anders)</translation>
    </message>
    <message>
        <source>No site setting %1 is stored</source>
        <translation>Er is geen locatie-instelling %1 opgeslagen</translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON: %1 at byte %2</source>
        <translation>Het configuratiebestand is geen geldige JSON: %1 bij byte %2</translation>
    </message>
    <message>
        <source>The configuration file holds no JSON object; an export is one object</source>
        <translation>Het configuratiebestand bevat geen JSON-object; een export is één object</translation>
    </message>
    <message>
        <source>is redacted (&quot;%1&quot;) and no secret is stored here to keep; enter it again</source>
        <translation>is afgeschermd (&quot;%1&quot;) en er is hier geen geheim opgeslagen om te bewaren; voer het opnieuw in</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to %2 lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos; (e.g. &quot;kitchen-plug&quot;)</source>
        <translation>&quot;%1&quot; is geen geldige id: gebruik 1 tot %2 kleine letters, cijfers en &apos;-&apos;, niet beginnend met &apos;-&apos; (bijv. &quot;keuken-stekker&quot;)</translation>
    </message>
    <message>
        <source>no plugin &quot;%1&quot; is installed</source>
        <translation>er is geen plug-in &quot;%1&quot; geïnstalleerd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid broker id</source>
        <translation>&quot;%1&quot; is geen geldige broker-id</translation>
    </message>
    <message>
        <source>no broker &quot;%1&quot; is configured</source>
        <translation>er is geen broker &quot;%1&quot; ingesteld</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The installer PIN was not reset: %1</source>
        <translation>De installateurs-PIN is niet gereset: %1</translation>
    </message>
    <message>
        <source>The installer PIN is reset: the wall panel asks for a new one when the installer button is next pressed.</source>
        <translation>De installateurs-PIN is gereset: het wandpaneel vraagt om een nieuwe zodra de knop Installateur weer wordt ingedrukt.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Kan standaardinvoer niet lezen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 is niet geïmporteerd: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 devices, %3 brokers.</source>
        <translation>%1 geïmporteerd: %2 apparaten, %3 brokers.</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <source>Cancel</source>
        <extracomment>Confirmation: do not do it</extracomment>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data folder is known for this user: give one with --data-dir.</source>
        <translation>Er is geen gegevensmap bekend voor deze gebruiker: geef er een op met --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>De gegevensmap %1 is een bestand, geen map.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Kan de gegevensmap %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: %2</source>
        <translation>Kan niet schrijven naar de gegevensmap %1: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Commonwatt (process %2).</source>
        <translation>De gegevensmap %1 is in gebruik door een andere Commonwatt (proces %2).</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>Kan de gegevensmap %1 niet vergrendelen.</translation>
    </message>
</context>
<context>
    <name>DeviceSheet</name>
    <message>
        <source>Close</source>
        <extracomment>Closes the device&apos;s sheet</extracomment>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation>Nu laden</translation>
    </message>
    <message>
        <source>Heat now</source>
        <translation>Nu verwarmen</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Nu starten</translation>
    </message>
    <message>
        <source>Don&apos;t run today</source>
        <extracomment>Keeps an appliance or heater off until midnight</extracomment>
        <translation>Vandaag niet</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <extracomment>Ends the household&apos;s request: the planner decides again</extracomment>
        <translation>Weer automatisch</translation>
    </message>
    <message>
        <source>When do you leave, and how full should it be?</source>
        <extracomment>Above the car&apos;s departure time and charge</extracomment>
        <translation>Wanneer vertrek je, en hoe vol moet de auto zijn?</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Less charge</source>
        <translation>Minder lading</translation>
    </message>
    <message>
        <source>More charge</source>
        <translation>Meer lading</translation>
    </message>
    <message>
        <source>Ready by</source>
        <extracomment>Sets the car&apos;s departure time and charge</extracomment>
        <translation>Instellen</translation>
    </message>
</context>
<context>
    <name>EnergyCounter</name>
    <message>
        <source>energy counter %1 kWh is not a count</source>
        <translation>energieteller %1 kWh is geen geldige tellerstand</translation>
    </message>
    <message>
        <source>energy counter went back from %1 to %2 kWh; kept at %1 until the next report shows whether the device&apos;s counter restarted</source>
        <translation>energieteller ging terug van %1 naar %2 kWh; blijft op %1 tot de volgende meting laat zien of de teller van het apparaat opnieuw is begonnen</translation>
    </message>
    <message>
        <source>energy counter rose from %1 to %2 kWh in %3 min, more than the plausibility limit of %4 kW allows</source>
        <translation>energieteller steeg van %1 naar %2 kWh in %3 min, meer dan de aannemelijkheidsgrens van %4 kW toelaat</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Grid event: %1</source>
        <extracomment>Title of a grid event&apos;s card; %1 is its level in words, e.g. &quot;high need&quot;</extracomment>
        <translation>Netoproep: %1</translation>
    </message>
    <message>
        <source>No grid events</source>
        <extracomment>Events page, when there are none</extracomment>
        <translation>Geen netoproepen</translation>
    </message>
    <message>
        <source>When the grid is short of power, usually on a cold weekday evening, it calls a grid event the day before. Using less than usual during it earns credits. Events show here as soon as they are announced.</source>
        <extracomment>Events page, when there are none: what grid events are</extracomment>
        <translation>Als het net te weinig stroom heeft, meestal op een koude doordeweekse avond, doet het de dag ervoor een netoproep. Gebruik je tijdens de oproep minder dan normaal, dan verdien je credits. Netoproepen verschijnen hier zodra ze zijn aangekondigd.</translation>
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
        <translation>nu</translation>
    </message>
    <message>
        <source>upcoming</source>
        <extracomment>A grid event&apos;s status: it has not started</extracomment>
        <translation>op komst</translation>
    </message>
    <message>
        <source>past</source>
        <extracomment>A grid event&apos;s status: it is over</extracomment>
        <translation>voorbij</translation>
    </message>
    <message>
        <source>Declined: your appliances are planned as if there were no event. It still counts, and any reduction still earns credits.</source>
        <extracomment>After declining a grid event: what declining does and does not change</extracomment>
        <translation>Afgewezen: je apparaten worden gepland alsof er geen oproep is. De oproep telt wel mee, en elke vermindering levert nog steeds credits op.</translation>
    </message>
    <message>
        <source>Accepted: flexible appliances wait until it is over and the battery supplies the house.</source>
        <extracomment>After accepting a grid event</extracomment>
        <translation>Geaccepteerd: flexibele apparaten wachten tot de oproep voorbij is en de batterij levert stroom aan het huis.</translation>
    </message>
    <message>
        <source>Your appliances keep out of it unless you decline. Using less than usual earns credits either way.</source>
        <extracomment>Before answering a grid event: what the default is</extracomment>
        <translation>Je apparaten blijven buiten de oproep, tenzij je afwijst. Minder gebruiken dan normaal levert hoe dan ook credits op.</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: take part in a grid event</extracomment>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Button: plan as if there were no grid event</extracomment>
        <translation>Afwijzen</translation>
    </message>
</context>
<context>
    <name>GridFeed</name>
    <message>
        <source>a topic cannot contain a NUL character</source>
        <translation>een topic mag geen NUL-teken bevatten</translation>
    </message>
    <message>
        <source>a topic is at most 65535 bytes long</source>
        <translation>een topic is hoogstens 65535 bytes lang</translation>
    </message>
    <message>
        <source># may only stand alone as the last level of a topic</source>
        <translation># mag alleen los staan als laatste niveau van een topic</translation>
    </message>
    <message>
        <source>+ may only stand alone as a level of a topic</source>
        <translation>+ mag alleen los staan als niveau van een topic</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Netregio</translation>
    </message>
    <message>
        <source>The distribution region whose signals this household follows, as the distributor&apos;s membership entry names it.</source>
        <translation>De distributieregio waarvan dit huishouden de signalen volgt, zoals vermeld in de lidmaatschapsgegevens van de netbeheerder.</translation>
    </message>
    <message>
        <source>Feed topic</source>
        <translation>Feed-topic</translation>
    </message>
    <message>
        <source>Empty: commonwatt/community/signals/&lt;region&gt;. + and # may be used; documents for other regions are ignored.</source>
        <translation>Leeg: commonwatt/community/signals/&lt;region&gt;. + en # zijn toegestaan; documenten voor andere regio&apos;s worden genegeerd.</translation>
    </message>
    <message>
        <source>Forecast usable for</source>
        <translation>Prognose geldig voor</translation>
    </message>
    <message>
        <source>After this long without a newer document, the signals are shown as offline and no longer used.</source>
        <translation>Na zo lang zonder nieuwer document worden de signalen als offline getoond en niet meer gebruikt.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>a region cannot contain /, + or # (it is a level of the feed&apos;s topic)</source>
        <translation>een regio mag geen /, + of # bevatten (het is een niveau van het topic van de feed)</translation>
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
        <translation>Zon</translation>
    </message>
    <message>
        <source>Battery</source>
        <extracomment>A series of the history chart: what the home battery gave</extracomment>
        <translation>Batterij</translation>
    </message>
    <message>
        <source>Grid</source>
        <extracomment>A series of the history chart: what came from the grid</extracomment>
        <translation>Net</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>A series of the history chart: what the home used (not the battery or the car)</extracomment>
        <translation>Huis</translation>
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
        <translation>Teruglevering</translation>
    </message>
    <message>
        <source>Giving</source>
        <extracomment>A series of the credits chart: credits earned by giving clean energy</extracomment>
        <translation>Geven</translation>
    </message>
    <message>
        <source>Grid events</source>
        <extracomment>A series of the credits chart: rewards for answering grid events</extracomment>
        <translation>Netgebeurtenissen</translation>
    </message>
    <message>
        <source>Taking</source>
        <extracomment>A series of the credits chart: credits spent taking energy from the commons</extracomment>
        <translation>Nemen</translation>
    </message>
    <message>
        <source>Fossil</source>
        <extracomment>A series of the credits chart: credits spent on fossil energy</extracomment>
        <translation>Fossiel</translation>
    </message>
    <message>
        <source>Clean share</source>
        <extracomment>A series of the clean-share chart: the share of the home&apos;s use that was clean</extracomment>
        <translation>Schoon aandeel</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Er loopt al een export.</translation>
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
        <translation>Geschiedenis wordt gelezen</translation>
    </message>
    <message>
        <source>Whole period</source>
        <extracomment>Shows the whole period again after zooming in, on the History chart</extracomment>
        <translation>Hele periode</translation>
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
        <translation>Doelbestand</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the export on the History page</extracomment>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Export readings</source>
        <extracomment>Writes the period&apos;s readings to the file</extracomment>
        <translation>Meetwaarden exporteren</translation>
    </message>
    <message>
        <source>Export credits</source>
        <extracomment>Writes the period&apos;s settled credits per day to the file</extracomment>
        <translation>Credits exporteren</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <extracomment>Writes the community ledger&apos;s entries of the period to the file</extracomment>
        <translation>Grootboek exporteren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <extracomment>Accessible name of the export&apos;s progress bar</extracomment>
        <translation>Voortgang van de export</translation>
    </message>
</context>
<context>
    <name>HistoryToolbar</name>
    <message>
        <source>Earlier</source>
        <extracomment>Tooltip and accessible name of the History page&apos;s back button</extracomment>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Tooltip and accessible name of the History page&apos;s forward button</extracomment>
        <translation>Later</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Back to the period that holds today, on the History page</extracomment>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Opens the CSV export on the History page</extracomment>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>InstallerBackupCard</name>
    <message>
        <source>Backup and restore</source>
        <extracomment>Installer: heading of backup and restore</extracomment>
        <translation>Back-up en herstel</translation>
    </message>
    <message>
        <source>The devices, brokers and site settings, as one file. Passwords are left out; a restore replaces the whole configuration, or changes nothing if the file is not valid.</source>
        <extracomment>Installer: what a backup holds</extracomment>
        <translation>De apparaten, brokers en locatie-instellingen in één bestand. Wachtwoorden staan er niet in; herstellen vervangt de hele configuratie, of verandert niets als het bestand niet geldig is.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <extracomment>Installer: accessible name of the backup file field</extracomment>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Back up</source>
        <extracomment>Installer: write the backup file</extracomment>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <source>Restore…</source>
        <extracomment>Installer: restore from the backup file (asks first)</extracomment>
        <translation>Herstellen…</translation>
    </message>
</context>
<context>
    <name>InstallerCommunityCard</name>
    <message>
        <source>Community</source>
        <extracomment>Installer: heading of the community membership</extracomment>
        <translation>Gemeenschap</translation>
    </message>
    <message>
        <source>The distributor gives you the community file (community.json) and the household&apos;s member key (NAME.key) with its passphrase. The passphrase is not stored: for the next starts, set it as the commonwatt-key-passphrase credential.</source>
        <extracomment>Installer, community: what joining needs</extracomment>
        <translation>De distributeur geeft u het gemeenschapsbestand (community.json) en de ledensleutel van het huishouden (NAME.key) met de wachtwoordzin. De wachtwoordzin wordt niet opgeslagen: zet hem voor de volgende starts als credential commonwatt-key-passphrase.</translation>
    </message>
    <message>
        <source>No key yet? Make one here</source>
        <extracomment>Installer, community: heading of making a member key here</extracomment>
        <translation>Nog geen sleutel? Maak er hier een</translation>
    </message>
    <message>
        <source>Member name</source>
        <extracomment>Installer, community: the name the new key is for</extracomment>
        <translation>Naam van het lid</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <extracomment>Installer, community: the key file&apos;s passphrase</extracomment>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <extracomment>Installer, community: the new key&apos;s passphrase, again</extracomment>
        <translation>Wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <source>Make a member key</source>
        <extracomment>Installer, community: make the household&apos;s own member key</extracomment>
        <translation>Ledensleutel maken</translation>
    </message>
    <message>
        <source>Give the distributor this public key, to add the household with commonwatt-community add-member --name %2 --public-key %1. Then join below with the community file and this key.</source>
        <extracomment>Installer, community: what to give the distributor; %1 the public key, %2 the member name</extracomment>
        <translation>Geef de distributeur deze publieke sleutel, zodat die het huishouden toevoegt met commonwatt-community add-member --name %2 --public-key %1. Sluit daarna hieronder aan met het gemeenschapsbestand en deze sleutel.</translation>
    </message>
    <message>
        <source>Join with the community file and the member key</source>
        <extracomment>Installer, community: heading of the join fields</extracomment>
        <translation>Aansluiten met het gemeenschapsbestand en de ledensleutel</translation>
    </message>
    <message>
        <source>Community file</source>
        <extracomment>Installer, community: path of community.json</extracomment>
        <translation>Gemeenschapsbestand</translation>
    </message>
    <message>
        <source>Member key file</source>
        <extracomment>Installer, community: path of the member&apos;s key file</extracomment>
        <translation>Ledensleutelbestand</translation>
    </message>
    <message>
        <source>Community broker host</source>
        <extracomment>Installer, community: the community&apos;s MQTT broker</extracomment>
        <translation>Broker-host van de gemeenschap</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>Installer, community: the broker&apos;s port</extracomment>
        <translation>Poort</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <extracomment>Installer, community: the authority that signed the broker&apos;s certificate</extracomment>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s</source>
        <extracomment>Installer, community: empty CA file</extracomment>
        <translation>Leeg: die van het systeem</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <extracomment>Installer, community: encrypt the connection to the broker</extracomment>
        <translation>TLS gebruiken</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Installer, community: check the files and join</extracomment>
        <translation>Aansluiten</translation>
    </message>
</context>
<context>
    <name>InstallerDeviceForm</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Installer form title: %1 the device&apos;s id</extracomment>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Add a %1 device</source>
        <extracomment>Installer form title: %1 the plugin&apos;s name</extracomment>
        <translation>Een %1-apparaat toevoegen</translation>
    </message>
    <message>
        <source>Device id (required)</source>
        <extracomment>Installer form: label of the device id field</extracomment>
        <translation>Apparaat-id (verplicht)</translation>
    </message>
    <message>
        <source>Device id</source>
        <extracomment>Installer form: accessible name of the device id field</extracomment>
        <translation>Apparaat-id</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;; it names the device in the history and the MQTT topics.</source>
        <extracomment>Installer form: help under the device id field</extracomment>
        <translation>Kleine letters, cijfers en &apos;-&apos;; het benoemt het apparaat in de geschiedenis en de MQTT-topics.</translation>
    </message>
    <message>
        <source>MQTT broker</source>
        <extracomment>Installer form: heading of the MQTT broker choice</extracomment>
        <translation>MQTT-broker</translation>
    </message>
    <message>
        <source>The broker the device publishes to.</source>
        <extracomment>Installer form: what the broker choice is about</extracomment>
        <translation>De broker waarop het apparaat publiceert.</translation>
    </message>
    <message>
        <source>New broker</source>
        <extracomment>Installer form: choice of a new MQTT broker</extracomment>
        <translation>Nieuwe broker</translation>
    </message>
    <message>
        <source>Fewer broker settings</source>
        <extracomment>Installer form: hide the broker&apos;s less common settings</extracomment>
        <translation>Minder broker-instellingen</translation>
    </message>
    <message>
        <source>More broker settings</source>
        <extracomment>Installer form: show the broker&apos;s less common settings</extracomment>
        <translation>Meer broker-instellingen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Installer, Test connection: one live reading; %1 channel, %2 value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>Installer form: try the settings without saving them</extracomment>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Installer form: save the device</extracomment>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Installer form: close without saving</extracomment>
        <translation>Annuleren</translation>
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
        <translation>%1 · laatste meting %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Installer: edit a device&apos;s settings</extracomment>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Switch off</source>
        <extracomment>Installer: stop using a device without removing it</extracomment>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>Switch on</source>
        <extracomment>Installer: use a switched-off device again</extracomment>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Installer: remove a device (asks first)</extracomment>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>InstallerDialog</name>
    <message>
        <source>Installer mode</source>
        <extracomment>Title of the installer dialog once the PIN was accepted</extracomment>
        <translation>Installateursmodus</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <extracomment>Title while choosing the installer PIN, second entry</extracomment>
        <translation>Voer de nieuwe PIN opnieuw in</translation>
    </message>
    <message>
        <source>Choose the installer PIN</source>
        <extracomment>Title while choosing the installer PIN, first entry</extracomment>
        <translation>Kies de installateurs-PIN</translation>
    </message>
    <message>
        <source>Enter the installer PIN</source>
        <extracomment>Title of the installer dialog before the PIN is entered</extracomment>
        <translation>Voer de installateurs-PIN in</translation>
    </message>
    <message>
        <source>%1 to %2 digits. Whoever knows it can change the setup and leave the wall panel.</source>
        <extracomment>Under the title while choosing the installer PIN</extracomment>
        <translation>%1 tot %2 cijfers. Wie de PIN kent, kan de configuratie wijzigen en het wandpaneel afsluiten.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after too many wrong tries: %n s left.</source>
        <extracomment>Shown while the installer PIN is locked after wrong tries; counts down</extracomment>
        <translation>
            <numerusform>Geblokkeerd na te veel foute pogingen: nog %n s.</numerusform>
            <numerusform>Geblokkeerd na te veel foute pogingen: nog %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the wall panel</source>
        <extracomment>Installer mode: closes the app on the wall panel</extracomment>
        <translation>Wandpaneel afsluiten</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <extracomment>Installer mode: choose a new installer PIN</extracomment>
        <translation>PIN wijzigen</translation>
    </message>
    <message>
        <source>Dim the screen after</source>
        <extracomment>Installer mode: after how long without a touch the screen dims</extracomment>
        <translation>Scherm dimmen na</translation>
    </message>
    <message>
        <source>Sooner</source>
        <extracomment>Installer mode: dim the screen sooner</extracomment>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Installer mode: the screen never dims</extracomment>
        <translation>nooit</translation>
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
        <translation>Later</translation>
    </message>
    <message>
        <source>Back to the panel</source>
        <extracomment>Installer mode: ends installer mode and closes the dialog</extracomment>
        <translation>Terug naar het paneel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the installer dialog without entering installer mode</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Set up devices and site</source>
        <extracomment>Installer mode: shows the Installer page (devices, site, backup)</extracomment>
        <translation>Apparaten en locatie instellen</translation>
    </message>
    <message>
        <source>Leave installer mode</source>
        <extracomment>Installer mode on the desktop: ends installer mode and closes the dialog</extracomment>
        <translation>Installateursmodus verlaten</translation>
    </message>
</context>
<context>
    <name>InstallerPage</name>
    <message>
        <source>Devices</source>
        <extracomment>Installer: heading of the configured devices</extracomment>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>No device is configured yet. Add one from a plugin below.</source>
        <extracomment>Installer: no device is configured yet</extracomment>
        <translation>Er is nog geen apparaat ingesteld. Voeg er hieronder een toe vanuit een plug-in.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <extracomment>Installer: heading of the plugins a device can be added from</extracomment>
        <translation>Apparaat toevoegen</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <extracomment>Installer: confirmation title; %1 the device&apos;s id</extracomment>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>Commonwatt stops using the device and forgets its settings. Its readings so far stay in the history.</source>
        <extracomment>Installer: what removing a device does</extracomment>
        <translation>Commonwatt gebruikt het apparaat niet meer en vergeet de instellingen. De metingen tot nu toe blijven in de geschiedenis.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Installer: confirm removing a device</extracomment>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Replace the configuration?</source>
        <extracomment>Installer: confirmation title before a restore</extracomment>
        <translation>Configuratie vervangen?</translation>
    </message>
    <message>
        <source>Every device, broker and site setting is replaced by those in %1, and the devices restart.</source>
        <extracomment>Installer: what a restore does; %1 the file</extracomment>
        <translation>Alle apparaten, brokers en locatie-instellingen worden vervangen door die uit %1, en de apparaten starten opnieuw.</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Installer: confirm the restore</extracomment>
        <translation>Herstellen</translation>
    </message>
</context>
<context>
    <name>InstallerSiteCard</name>
    <message>
        <source>Site</source>
        <extracomment>Installer: heading of the site settings</extracomment>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Import limit</source>
        <extracomment>Installer, site: most power the grid connection may draw</extracomment>
        <translation>Importlimiet</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>Installer, site: placeholder with the default limit</extracomment>
        <translation>Standaard: %1</translation>
    </message>
    <message>
        <source>Export limit</source>
        <extracomment>Installer, site: most power the site may feed into the grid</extracomment>
        <translation>Exportlimiet</translation>
    </message>
    <message>
        <source>Grid region</source>
        <extracomment>Installer, site: country code or bidding zone of the grid</extracomment>
        <translation>Netregio</translation>
    </message>
    <message>
        <source>For example DE, NL or SE3</source>
        <extracomment>Installer, site: example grid regions</extracomment>
        <translation>Bijvoorbeeld DE, NL of SE3</translation>
    </message>
    <message>
        <source>Household id</source>
        <extracomment>Installer, site: the household&apos;s id in MQTT topics</extracomment>
        <translation>Huishoud-id</translation>
    </message>
    <message>
        <source>The limits apply to the plan at once; a new household id applies to the MQTT API from the next start.</source>
        <extracomment>Installer, site: when the household id takes effect</extracomment>
        <translation>De limieten gelden meteen voor het plan; een nieuwe huishoud-id geldt voor de MQTT-API vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Save site settings</source>
        <extracomment>Installer, site: save the site settings</extracomment>
        <translation>Locatie-instellingen opslaan</translation>
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
        <translation>%1 bestaat niet</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Broker host</source>
        <translation>Broker-host</translation>
    </message>
    <message>
        <source>Host name or IP address of the MQTT broker, without mqtt:// or a port.</source>
        <translation>Hostnaam of IP-adres van de MQTT-broker, zonder mqtt:// of poort.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Leave empty for the standard port: 1883, or 8883 with TLS.</source>
        <translation>Laat leeg voor de standaardpoort: 1883, of 8883 met TLS.</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS gebruiken</translation>
    </message>
    <message>
        <source>Encrypt the connection and check the broker&apos;s certificate.</source>
        <translation>Versleutel de verbinding en controleer het certificaat van de broker.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-certificaatbestand</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the broker&apos;s certificate; empty: the system&apos;s.</source>
        <translation>PEM-bestand van de instantie die het certificaat van de broker heeft ondertekend; leeg: die van het systeem.</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Clientcertificaatbestand</translation>
    </message>
    <message>
        <source>PEM certificate for brokers that identify clients by certificate.</source>
        <translation>PEM-certificaat voor brokers die clients aan hun certificaat herkennen.</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Clientsleutelbestand</translation>
    </message>
    <message>
        <source>PEM private key of the client certificate.</source>
        <translation>Privésleutel (PEM) van het clientcertificaat.</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Certificaat van de broker controleren</translation>
    </message>
    <message>
        <source>Turn off only for testing: anyone could pretend to be the broker.</source>
        <translation>Alleen uitzetten om te testen: iedereen zou zich dan als de broker kunnen voordoen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-id</translation>
    </message>
    <message>
        <source>Unique on the broker; empty: one is generated.</source>
        <translation>Uniek op de broker; leeg: er wordt er een gegenereerd.</translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation>Keep-alive-interval</translation>
    </message>
    <message>
        <source>How soon a lost connection is noticed.</source>
        <translation>Hoe snel een verbroken verbinding wordt opgemerkt.</translation>
    </message>
    <message>
        <source>Availability topic</source>
        <translation>Beschikbaarheidstopic</translation>
    </message>
    <message>
        <source>Where the broker announces that Commonwatt went offline; empty: no announcement.</source>
        <translation>Waar de broker meldt dat Commonwatt offline is gegaan; leeg: geen melding.</translation>
    </message>
    <message>
        <source>Offline payload</source>
        <translation>Offline-payload</translation>
    </message>
    <message>
        <source>Retain availability</source>
        <translation>Beschikbaarheid bewaren (retain)</translation>
    </message>
    <message>
        <source>Online payload</source>
        <translation>Online-payload</translation>
    </message>
    <message>
        <source>%1 is not a host name or address (leave out mqtt:// and any path)</source>
        <translation>%1 is geen hostnaam of adres (laat mqtt:// en een eventueel pad weg)</translation>
    </message>
    <message>
        <source>must not contain the wildcards + or #</source>
        <translation>mag de jokertekens + of # niet bevatten</translation>
    </message>
    <message>
        <source>required when a password is set</source>
        <translation>verplicht als er een wachtwoord is ingesteld</translation>
    </message>
    <message>
        <source>required when keyFile is set</source>
        <translation>verplicht als keyFile is ingesteld</translation>
    </message>
    <message>
        <source>required when certFile is set</source>
        <translation>verplicht als certFile is ingesteld</translation>
    </message>
</context>
<context>
    <name>MqttGeneric</name>
    <message>
        <source>Power</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>Multiplies the value to give kW: 0.001 for W, 1 for kW.</source>
        <translation>Factor die de waarde omzet naar kW: 0,001 voor W, 1 voor kW.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Multiplies the value to give kWh: 0.001 for Wh, 1 for kWh.</source>
        <translation>Factor die de waarde omzet naar kWh: 0,001 voor Wh, 1 voor kWh.</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Laadtoestand</translation>
    </message>
    <message>
        <source>Multiplies the value to give %: 100 for a fraction 0..1.</source>
        <translation>Factor die de waarde omzet naar %: 100 voor een fractie 0..1.</translation>
    </message>
    <message>
        <source>On/off state</source>
        <translation>Aan/uit-toestand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>MQTT device</source>
        <translation>MQTT-apparaat</translation>
    </message>
    <message>
        <source>What the app calls this device.</source>
        <translation>Hoe de app dit apparaat noemt.</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Soort apparaat</translation>
    </message>
    <message>
        <source>%1: topic</source>
        <translation>%1: topic</translation>
    </message>
    <message>
        <source>The topic the device publishes it on; empty: not read.</source>
        <translation>Het topic waarop het apparaat deze waarde publiceert; leeg: niet gelezen.</translation>
    </message>
    <message>
        <source>%1: JSON path</source>
        <translation>%1: JSON-pad</translation>
    </message>
    <message>
        <source>Where the value is in the JSON payload, e.g. ENERGY.Power; empty: the payload is the value itself.</source>
        <translation>Waar de waarde in de JSON-payload staat, bijv. ENERGY.Power; leeg: de payload is zelf de waarde.</translation>
    </message>
    <message>
        <source>%1: scale</source>
        <translation>%1: schaal</translation>
    </message>
    <message>
        <source>Largest plausible power</source>
        <translation>Hoogste aannemelijke vermogen</translation>
    </message>
    <message>
        <source>The most the device can use or deliver. Its energy register may rise at most 1.5 times this fast; a faster rise or a drop is held back until the next value shows whether the register really jumped (a reset) or the value was garbage.</source>
        <translation>Het meeste dat het apparaat kan verbruiken of leveren. De energieteller mag hoogstens 1,5 keer zo snel stijgen; een snellere stijging of een daling wordt vastgehouden tot de volgende waarde laat zien of de teller echt is gesprongen (een reset) of de waarde onzin was.</translation>
    </message>
    <message>
        <source>Availability topic</source>
        <translation>Beschikbaarheidstopic</translation>
    </message>
    <message>
        <source>Where the device says it is online or offline (its last will); empty: online once a reading arrives.</source>
        <translation>Waar het apparaat meldt dat het online of offline is (zijn last will); leeg: online zodra er een meting binnenkomt.</translation>
    </message>
    <message>
        <source>Online payload</source>
        <translation>Online-payload</translation>
    </message>
    <message>
        <source>Offline payload</source>
        <translation>Offline-payload</translation>
    </message>
    <message>
        <source>Switch command topic</source>
        <translation>Topic voor schakelopdrachten</translation>
    </message>
    <message>
        <source>Where on and off are sent; empty: the device cannot be switched. Needs the on/off state topic, which confirms each command.</source>
        <translation>Waar aan en uit naartoe worden gestuurd; leeg: het apparaat kan niet worden geschakeld. Vereist het topic voor de aan/uit-toestand, dat elke opdracht bevestigt.</translation>
    </message>
    <message>
        <source>Switch on payload</source>
        <translation>Payload voor aan</translation>
    </message>
    <message>
        <source>Switch off payload</source>
        <translation>Payload voor uit</translation>
    </message>
    <message>
        <source>Power setpoint topic</source>
        <translation>Topic voor vermogensinstelwaarde</translation>
    </message>
    <message>
        <source>Where a power setpoint is sent as a plain number; empty: no setpoints. Needs the power topic, which confirms each command.</source>
        <translation>Waar een instelwaarde voor het vermogen als los getal naartoe wordt gestuurd; leeg: geen instelwaarden. Vereist het vermogenstopic, dat elke opdracht bevestigt.</translation>
    </message>
    <message>
        <source>Setpoint scale</source>
        <translation>Schaal instelwaarde</translation>
    </message>
    <message>
        <source>Multiplies the setpoint in kW before it is sent: 1000 for W, 1 for kW.</source>
        <translation>Factor waarmee de instelwaarde in kW wordt vermenigvuldigd voor verzending: 1000 voor W, 1 voor kW.</translation>
    </message>
    <message>
        <source>Charging current topic</source>
        <translation>Topic voor laadstroom</translation>
    </message>
    <message>
        <source>EV chargers only: where the charging current in amperes is sent; empty: not set. Needs the power topic, which confirms each command.</source>
        <translation>Alleen laadpalen: waar de laadstroom in ampère naartoe wordt gestuurd; leeg: niet ingesteld. Vereist het vermogenstopic, dat elke opdracht bevestigt.</translation>
    </message>
    <message>
        <source>a topic cannot contain + or # (they are subscription wildcards)</source>
        <translation>een topic mag geen + of # bevatten (dat zijn jokertekens voor abonnementen)</translation>
    </message>
    <message>
        <source>a topic cannot contain a NUL character</source>
        <translation>een topic mag geen NUL-teken bevatten</translation>
    </message>
    <message>
        <source>topics starting with $ belong to the broker</source>
        <translation>topics die met $ beginnen zijn van de broker</translation>
    </message>
    <message>
        <source>a topic is at most 65535 bytes long</source>
        <translation>een topic is hoogstens 65535 bytes lang</translation>
    </message>
    <message>
        <source>set, but %1 is empty, so there is nothing to read it from</source>
        <translation>ingesteld, maar %1 is leeg, dus er is niets om het uit te lezen</translation>
    </message>
    <message>
        <source>must not be 0 (every reading would be 0)</source>
        <translation>mag niet 0 zijn (elke meting zou 0 worden)</translation>
    </message>
    <message>
        <source>no reading is mapped: set at least one of powerTopic, energyTopic, socTopic and onTopic</source>
        <translation>er is geen meting gekoppeld: stel minstens één van powerTopic, energyTopic, socTopic en onTopic in</translation>
    </message>
    <message>
        <source>required with an availability topic</source>
        <translation>verplicht bij een beschikbaarheidstopic</translation>
    </message>
    <message>
        <source>must differ from payloadOnline</source>
        <translation>moet verschillen van payloadOnline</translation>
    </message>
    <message>
        <source>needs onTopic: a switch command is confirmed by the on/off state</source>
        <translation>vereist onTopic: een schakelopdracht wordt bevestigd door de aan/uit-toestand</translation>
    </message>
    <message>
        <source>required with a switch topic</source>
        <translation>verplicht bij een topic voor schakelopdrachten</translation>
    </message>
    <message>
        <source>must differ from payloadOn</source>
        <translation>moet verschillen van payloadOn</translation>
    </message>
    <message>
        <source>needs powerTopic: a setpoint is confirmed by the power reading</source>
        <translation>vereist powerTopic: een instelwaarde wordt bevestigd door de vermogensmeting</translation>
    </message>
    <message>
        <source>must not be 0 (every setpoint would be sent as 0)</source>
        <translation>mag niet 0 zijn (elke instelwaarde zou als 0 worden verzonden)</translation>
    </message>
    <message>
        <source>only an EV charger (kind ev) takes a charging current</source>
        <translation>alleen een laadpaal (kind ev) accepteert een laadstroom</translation>
    </message>
    <message>
        <source>needs powerTopic: a charging current is confirmed by the power reading</source>
        <translation>vereist powerTopic: een laadstroom wordt bevestigd door de vermogensmeting</translation>
    </message>
</context>
<context>
    <name>NavTabs</name>
    <message>
        <source>Home</source>
        <extracomment>Names of the pages in the navigation bar</extracomment>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Netoproepen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Gemeenschap</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installateur</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <source>Next</source>
        <extracomment>Home: heading over the plan&apos;s next actions</extracomment>
        <translation>Hierna</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>Enter a PIN of %1 to %2 digits.</source>
        <translation>Voer een PIN van %1 tot %2 cijfers in.</translation>
    </message>
    <message>
        <source>A PIN holds digits (0 to 9) only.</source>
        <translation>Een PIN bestaat alleen uit cijfers (0 tot en met 9).</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>Een PIN heeft %1 tot %2 cijfers; deze heeft er %3.</translation>
    </message>
    <message>
        <source>The installer PIN cannot be checked: the cryptography library failed to start.</source>
        <translation>De installateurs-PIN kan niet worden gecontroleerd: de cryptografiebibliotheek kon niet starten.</translation>
    </message>
    <message>
        <source>The installer PIN could not be stored: not enough memory to hash it.</source>
        <translation>De installateurs-PIN kon niet worden opgeslagen: niet genoeg geheugen om de hash te berekenen.</translation>
    </message>
    <message>
        <source>The stored installer PIN is damaged. Reset it from the command line with commonwatt --reset-installer-pin.</source>
        <translation>De opgeslagen installateurs-PIN is beschadigd. Reset hem via de opdrachtregel met commonwatt --reset-installer-pin.</translation>
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
            <numerusform>PIN, %n cijfer ingevoerd</numerusform>
            <numerusform>PIN, %n cijfers ingevoerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <extracomment>The PIN pad&apos;s key that removes the last digit typed</extracomment>
        <translation>Laatste cijfer wissen</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Grid</source>
        <extracomment>The band&apos;s row: how much a grid kWh is worth to the commons in each slot</extracomment>
        <translation>Net</translation>
    </message>
    <message>
        <source>%1–%2 cr/kWh</source>
        <extracomment>Under &quot;Grid&quot;: the range of credits a grid kWh costs over the plan, e.g. &quot;0.20–1.39 cr/kWh&quot;</extracomment>
        <translation>%1–%2 cr/kWh</translation>
    </message>
    <message>
        <source>Sun</source>
        <extracomment>The row with the solar forecast</extracomment>
        <translation>Zon</translation>
    </message>
    <message>
        <source>solar: %1 · home: %2 · carbon: %3</source>
        <extracomment>Where the plan&apos;s forecasts come from: %1 solar, %2 the home&apos;s own use, %3 the grid&apos;s carbon intensity, e.g. &quot;solar: learned from 42 days · home: learned from 30 days · carbon: feed 36 h&quot;</extracomment>
        <translation>zon: %1 · huis: %2 · CO2: %3</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Marks the current time on the plan&apos;s timeline</extracomment>
        <translation>Nu</translation>
    </message>
</context>
<context>
    <name>PlanRequests</name>
    <message>
        <source>%1 has no programme waiting to start.</source>
        <translation>%1 heeft geen programma dat wacht om te starten.</translation>
    </message>
    <message>
        <source>%1 is not plugged in.</source>
        <translation>%1 is niet aangesloten.</translation>
    </message>
    <message>
        <source>%1 tells too little about itself to be planned.</source>
        <translation>%1 geeft te weinig informatie over zichzelf om te worden gepland.</translation>
    </message>
    <message>
        <source>%1 has nothing to run now.</source>
        <translation>%1 heeft nu niets te doen.</translation>
    </message>
    <message>
        <source>Cannot read the planner&apos;s requests from %1: %2</source>
        <translation>Kan de verzoeken voor de planner niet lezen uit %1: %2</translation>
    </message>
    <message>
        <source>The planner&apos;s requests in %1 are not readable and were ignored.</source>
        <translation>De verzoeken voor de planner in %1 zijn onleesbaar en zijn genegeerd.</translation>
    </message>
    <message>
        <source>Some of the planner&apos;s requests in %1 were not readable and were ignored.</source>
        <translation>Sommige verzoeken voor de planner in %1 waren onleesbaar en zijn genegeerd.</translation>
    </message>
    <message>
        <source>Cannot save the planner&apos;s requests to %1: %2</source>
        <translation>Kan de verzoeken voor de planner niet opslaan in %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Planning…</source>
        <translation>Plannen…</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Nog geen planning</translation>
    </message>
    <message>
        <source>more than running everything now</source>
        <extracomment>After the plan&apos;s gain in credits, e.g. &quot;+3.4 cr&quot;</extracomment>
        <translation>meer dan alles nu aanzetten</translation>
    </message>
    <message>
        <source>less than running everything now</source>
        <translation>minder dan alles nu aanzetten</translation>
    </message>
    <message>
        <source>This plan %1, everything now %2, to the end of tomorrow</source>
        <extracomment>%1 the plan&apos;s credits, %2 the credits of running everything at once</extracomment>
        <translation>Deze planning %1, alles nu %2, tot eind morgen</translation>
    </message>
    <message>
        <source>Planned at %1 in %2 ms</source>
        <extracomment>%1 the time of the last plan, %2 how long the solver took in milliseconds</extracomment>
        <translation>Gepland om %1 in %2 ms</translation>
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
        <translation>nu</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of time, e.g. &quot;13:15–15:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>stores solar surplus</source>
        <translation>slaat zonne-overschot op</translation>
    </message>
    <message>
        <source>solar surplus</source>
        <translation>zonne-overschot</translation>
    </message>
    <message>
        <source>covers a grid event</source>
        <translation>vangt een netoproep op</translation>
    </message>
    <message>
        <source>avoids a grid event</source>
        <translation>ontwijkt een netoproep</translation>
    </message>
    <message>
        <source>grid surplus</source>
        <extracomment>The grid has more energy than it needs then</extracomment>
        <translation>overschot op het net</translation>
    </message>
    <message>
        <source>low carbon</source>
        <extracomment>The grid&apos;s electricity is cleaner (less CO2) then</extracomment>
        <translation>weinig CO2</translation>
    </message>
    <message>
        <source>cheaper</source>
        <extracomment>A grid kWh costs fewer credits then</extracomment>
        <translation>goedkoper</translation>
    </message>
    <message>
        <source>as you asked</source>
        <translation>zoals gevraagd</translation>
    </message>
    <message>
        <source>no better time</source>
        <translation>geen beter moment</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>niets te doen</translation>
    </message>
    <message>
        <source>%1 vs now</source>
        <extracomment>After a device&apos;s decision: its credits against running it now, e.g. &quot;+0.8 cr vs now&quot;</extracomment>
        <translation>%1 t.o.v. nu</translation>
    </message>
    <message>
        <source>stays idle</source>
        <extracomment>A planned device with nothing to do in the horizon, e.g. &quot;stays idle&quot;</extracomment>
        <translation>blijft in rust</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation>%1 en later</translation>
    </message>
    <message>
        <source>starts now: %1, %2</source>
        <extracomment>An appliance that starts now: %1 the reason, %2 the credits</extracomment>
        <translation>start nu: %1, %2</translation>
    </message>
    <message>
        <source>at %1: %2, %3</source>
        <extracomment>An appliance&apos;s planned start: %1 a time (&quot;13:15&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>om %1: %2, %3</translation>
    </message>
    <message>
        <source>charges %1: %2, %3</source>
        <extracomment>A car&apos;s charging: %1 its span (&quot;13:15–15:00&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>laadt %1: %2, %3</translation>
    </message>
    <message>
        <source>heats %1: %2, %3</source>
        <extracomment>A heater&apos;s planned heating: %1 its span (&quot;13:15–15:00&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>verwarmt %1: %2, %3</translation>
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
        <translation>Deadline te dichtbij: start zodra het mag</translation>
    </message>
    <message>
        <source>Running until %1</source>
        <translation>Bezig tot %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>On its thermostat</source>
        <translation>Op eigen thermostaat</translation>
    </message>
    <message>
        <source>Nothing waiting to run</source>
        <translation>Niets wacht op een start</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Niet aangesloten</translation>
    </message>
    <message>
        <source>Charging now: set a departure time to plan it</source>
        <translation>Laadt nu: stel een vertrektijd in om te plannen</translation>
    </message>
    <message>
        <source>Kept off until tomorrow</source>
        <translation>Uit tot morgen</translation>
    </message>
    <message>
        <source>Not started by the plan today; it may still start by its own deadline</source>
        <translation>Start vandaag niet via de planning; kan nog zelf starten vanwege de eigen deadline</translation>
    </message>
    <message>
        <source>Cannot be planned: it tells too little about itself</source>
        <translation>Niet te plannen: geeft te weinig informatie over zichzelf</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Nu starten</translation>
    </message>
    <message>
        <source>Ready by %1 with %2 %</source>
        <extracomment>A car&apos;s request: %1 a time (&quot;07:00&quot;), %2 the charge in percent</extracomment>
        <translation>Klaar om %1 met %2 %</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Vandaag niet</translation>
    </message>
    <message>
        <source>learned from 1 day</source>
        <extracomment>Where a forecast comes from: a model learned from the household&apos;s own readings of one day</extracomment>
        <translation>geleerd uit 1 dag</translation>
    </message>
    <message>
        <source>learned from %1 days</source>
        <translation>geleerd uit %1 dagen</translation>
    </message>
    <message>
        <source>feed %1 h</source>
        <extracomment>Where a grid signal comes from: the grid-signal feed covers the next %1 hours</extracomment>
        <translation>feed %1 u</translation>
    </message>
    <message>
        <source>feed</source>
        <extracomment>Where a forecast comes from: the signal or weather source&apos;s own forecast</extracomment>
        <translation>feed</translation>
    </message>
    <message>
        <source>profile</source>
        <extracomment>Where a grid signal comes from: a daily profile learned from what the feed sent before</extracomment>
        <translation>profiel</translation>
    </message>
    <message>
        <source>sun position (%1 d)</source>
        <extracomment>Where the solar forecast comes from: the sun&apos;s position, with %1 days of history so far</extracomment>
        <translation>zonnestand (%1 d)</translation>
    </message>
    <message>
        <source>typical home (%1 d)</source>
        <extracomment>Where the home&apos;s forecast comes from: a typical household, with %1 days of history so far</extracomment>
        <translation>gemiddeld huis (%1 d)</translation>
    </message>
    <message>
        <source>sun position (no history yet)</source>
        <translation>zonnestand (nog geen gegevens)</translation>
    </message>
    <message>
        <source>typical home (no history yet)</source>
        <translation>gemiddeld huis (nog geen gegevens)</translation>
    </message>
    <message>
        <source>community defaults</source>
        <extracomment>Where a grid signal comes from: the community&apos;s default values</extracomment>
        <translation>standaardwaarden gemeenschap</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Where a forecast comes from: nothing to forecast (no solar array)</extracomment>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>PluginPayload</name>
    <message>
        <source>message of %1 bytes is larger than %2 bytes</source>
        <translation>bericht van %1 bytes is groter dan %2 bytes</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2): %3</source>
        <translation>geen JSON (%1 bij byte %2): %3</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>geen JSON-object: %1</translation>
    </message>
    <message>
        <source>%1: must be a number</source>
        <translation>%1: moet een getal zijn</translation>
    </message>
    <message>
        <source>%1: must be a finite number</source>
        <translation>%1: moet een eindig getal zijn</translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside %4..%5 %3</source>
        <translation>%1: %2 %3 ligt buiten %4..%5 %3</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: moet true of false zijn</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: moet een object zijn</translation>
    </message>
</context>
<context>
    <name>PluginSettings</name>
    <message>
        <source>What it switches</source>
        <translation>Wat het schakelt</translation>
    </message>
    <message>
        <source>An appliance, a water heater or heat pump (thermal), or a load the plug only measures (monitor, never switched).</source>
        <translation>Een huishoudapparaat, een boiler of warmtepomp (thermisch), of een belasting die de stekker alleen meet (monitor, nooit geschakeld).</translation>
    </message>
    <message>
        <source>Largest plausible power</source>
        <translation>Hoogste aannemelijke vermogen</translation>
    </message>
    <message>
        <source>Readings above it are taken as broken messages; 3.7 kW for a 16 A plug.</source>
        <translation>Metingen daarboven worden als kapotte berichten beschouwd; 3,7 kW voor een stekker van 16 A.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain the MQTT wildcards + or #</source>
        <translation>&quot;%1&quot; mag de MQTT-jokertekens + of # niet bevatten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not start or end with /</source>
        <translation>&quot;%1&quot; mag niet beginnen of eindigen met /</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain spaces or control characters</source>
        <translation>&quot;%1&quot; mag geen spaties of stuurtekens bevatten</translation>
    </message>
    <message>
        <source>%1: no clock to run on</source>
        <translation>%1: geen klok om op te draaien</translation>
    </message>
    <message>
        <source>%1: needs an MQTT broker; none is configured for this instance</source>
        <translation>%1: vereist een MQTT-broker; er is er geen ingesteld voor deze instantie</translation>
    </message>
    <message>
        <source>%1: createDevices needs a parent to own the device</source>
        <translation>%1: createDevices heeft een parent nodig als eigenaar van het apparaat</translation>
    </message>
    <message>
        <source>%1: the instance has no id</source>
        <translation>%1: de instantie heeft geen id</translation>
    </message>
</context>
<context>
    <name>Plugins</name>
    <message>
        <source>not a Commonwatt device plugin (no plugin interface declared)</source>
        <translation>geen Commonwatt-apparaatplug-in (geen plug-ininterface gedeclareerd)</translation>
    </message>
    <message>
        <source>not a Commonwatt device plugin (it declares the interface %1)</source>
        <translation>geen Commonwatt-apparaatplug-in (declareert de interface %1)</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;apiVersion&quot;</source>
        <translation>de metadata heeft geen geldige &quot;apiVersion&quot;</translation>
    </message>
    <message>
        <source>written for plugin API %1; this Commonwatt needs plugin API %2.x</source>
        <translation>geschreven voor plug-in-API %1; deze Commonwatt vereist plug-in-API %2.x</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;id&quot; (lowercase letters, digits and &apos;-&apos;)</source>
        <translation>de metadata heeft geen geldige &quot;id&quot; (kleine letters, cijfers en &apos;-&apos;)</translation>
    </message>
    <message>
        <source>its metadata&apos;s &quot;thread&quot; must be &quot;worker&quot; or &quot;clock&quot;, not &quot;%1&quot;</source>
        <translation>&quot;thread&quot; in de metadata moet &quot;worker&quot; of &quot;clock&quot; zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>built-in plugin</source>
        <translation>ingebouwde plug-in</translation>
    </message>
    <message>
        <source>The built-in plugin is refused: %1.</source>
        <translation>De ingebouwde plug-in is geweigerd: %1.</translation>
    </message>
    <message>
        <source>The built-in plugin %1 does not implement the device plugin interface.</source>
        <translation>De ingebouwde plug-in %1 implementeert de interface voor apparaatplug-ins niet.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>%1 is refused: not a Commonwatt plugin, or a damaged file (%2).</source>
        <translation>%1 is geweigerd: geen Commonwatt-plug-in, of een beschadigd bestand (%2).</translation>
    </message>
    <message>
        <source>%1 is refused: %2.</source>
        <translation>%1 is geweigerd: %2.</translation>
    </message>
    <message>
        <source>%1 is refused: a plugin with the id %2 is already loaded from %3.</source>
        <translation>%1 is geweigerd: een plug-in met de id %2 is al geladen uit %3.</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>dit programma</translation>
    </message>
    <message>
        <source>%1 is refused: it does not implement the device plugin interface.</source>
        <translation>%1 is geweigerd: implementeert de interface voor apparaatplug-ins niet.</translation>
    </message>
    <message>
        <source>%1 is refused: it could not be loaded (%2).</source>
        <translation>%1 is geweigerd: kon niet worden geladen (%2).</translation>
    </message>
    <message>
        <source>The plugin %1 (%2) is refused: its id is already taken.</source>
        <translation>De plug-in %1 (%2) is geweigerd: de id is al in gebruik.</translation>
    </message>
    <message>
        <source>%1 needs an MQTT broker, and none is configured for it.</source>
        <translation>%1 heeft een MQTT-broker nodig, maar er is er geen voor ingesteld.</translation>
    </message>
    <message>
        <source>%1: the plugin %2 created no devices.</source>
        <translation>%1: de plug-in %2 heeft geen apparaten aangemaakt.</translation>
    </message>
    <message>
        <source>%1: the plugin %2 failed while creating its devices: %3</source>
        <translation>%1: de plug-in %2 is mislukt bij het aanmaken van zijn apparaten: %3</translation>
    </message>
    <message>
        <source>%1: the plugin %2 failed while creating its devices.</source>
        <translation>%1: de plug-in %2 is mislukt bij het aanmaken van zijn apparaten.</translation>
    </message>
    <message>
        <source>an exception of unknown type</source>
        <translation>een exceptie van onbekend type</translation>
    </message>
    <message>
        <source>%1 (plugin %2) has not responded for %3 s.</source>
        <translation>%1 (plug-in %2) reageert al %3 s niet.</translation>
    </message>
    <message>
        <source>%1 (plugin %2) stopped: it threw an exception: %3</source>
        <translation>%1 (plug-in %2) is gestopt: er is een exceptie opgetreden: %3</translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>The subsidy pool holds %1</source>
        <extracomment>The subsidy pool&apos;s balance; %1 an amount of credits</extracomment>
        <translation>In het steunfonds zit %1</translation>
    </message>
    <message>
        <source>Give credits</source>
        <extracomment>Giving to the pool: how many credits</extracomment>
        <translation>Credits geven</translation>
    </message>
    <message>
        <source>Give</source>
        <extracomment>Button: give credits to the subsidy pool</extracomment>
        <translation>Geven</translation>
    </message>
    <message>
        <source>Ask for a grant</source>
        <extracomment>Community page: heading of the form to ask the pool for a grant</extracomment>
        <translation>Subsidie aanvragen</translation>
    </message>
    <message>
        <source>For clean-energy investments: panels, a battery, a heat pump. The stewards approve it; it is paid in full once enough of them have.</source>
        <extracomment>What grants are for and how they are decided</extracomment>
        <translation>Voor investeringen in schone energie: panelen, een thuisbatterij, een warmtepomp. De beheerders keuren hem goed; hij wordt volledig uitbetaald zodra genoeg van hen dat hebben gedaan.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>Grant form: what the grant is for</extracomment>
        <translation>Doel</translation>
    </message>
    <message>
        <source>a home battery</source>
        <extracomment>Grant form: an example purpose</extracomment>
        <translation>een thuisbatterij</translation>
    </message>
    <message>
        <source>Credits</source>
        <extracomment>Grant form: how many credits</extracomment>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Ask</source>
        <extracomment>Button: publish a grant request</extracomment>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Grant requests</source>
        <extracomment>Community page: heading of the list of grant requests</extracomment>
        <translation>Subsidieaanvragen</translation>
    </message>
    <message>
        <source>No grant requests yet.</source>
        <extracomment>Community page: no grant requests</extracomment>
        <translation>Nog geen subsidieaanvragen.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A grant request&apos;s state: %1 when asked, %2 approvals, %3 status</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>Button: a steward approves a grant request</extracomment>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <extracomment>Button: a steward withdraws an approval</extracomment>
        <translation>Goedkeuring intrekken</translation>
    </message>
    <message>
        <source>Pay from the pool</source>
        <extracomment>Button: pay an approved grant from the pool</extracomment>
        <translation>Uitbetalen uit het fonds</translation>
    </message>
</context>
<context>
    <name>PowerFlowView</name>
    <message>
        <source>Solar</source>
        <extracomment>Power-flow node: solar panels</extracomment>
        <translation>Zon</translation>
    </message>
    <message>
        <source>Grid</source>
        <extracomment>Power-flow node: the public grid</extracomment>
        <translation>Net</translation>
    </message>
    <message>
        <source>importing</source>
        <extracomment>Grid detail: importing from or exporting to the grid</extracomment>
        <translation>afname</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>teruglevering</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Power-flow node: the home&apos;s own consumption</extracomment>
        <translation>Huis</translation>
    </message>
    <message>
        <source>Battery</source>
        <extracomment>Power-flow node: the home battery</extracomment>
        <translation>Batterij</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>Power-flow node: the electric car</extracomment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>away</source>
        <extracomment>Car detail when it is not plugged in</extracomment>
        <translation>niet thuis</translation>
    </message>
</context>
<context>
    <name>ReputationBoard</name>
    <message>
        <source>Name on the board</source>
        <extracomment>The name shown on the reputation board</extracomment>
        <translation>Naam op de ranglijst</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button: show this name on the reputation board</extracomment>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Stay anonymous</source>
        <extracomment>Button: be anonymous on the reputation board</extracomment>
        <translation>Anoniem blijven</translation>
    </message>
    <message>
        <source>Rank %1, %2, %3</source>
        <extracomment>A row of the board for screen readers: %1 rank, %2 name, %3 points</extracomment>
        <translation>Plaats %1, %2, %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>A rank on the board; %1 the number</extracomment>
        <translation>nr. %1</translation>
    </message>
    <message>
        <source>Others see you on the board as “%1”, and can tell which entries of the ledger are yours.</source>
        <extracomment>The board opt-in, when shown; %1 the name</extracomment>
        <translation>Anderen zien je op de ranglijst als ‘%1’ en kunnen zien welke boekingen in het grootboek van jou zijn.</translation>
    </message>
    <message>
        <source>Others see you on the board as an anonymous member. You can show a name of your choice instead; members can then tell which entries of the ledger are yours.</source>
        <extracomment>The board opt-in, by default</extracomment>
        <translation>Anderen zien je op de ranglijst als anoniem lid. Je kunt in plaats daarvan een naam naar keuze tonen; leden kunnen dan zien welke boekingen in het grootboek van jou zijn.</translation>
    </message>
    <message>
        <source>Points out of 80 over the last %1 days: giving (50) and keeping one&apos;s commitments (30). The clean-energy part of your reputation is on Home; it is not on the ledger, so it is not compared here.</source>
        <extracomment>What the board ranks; %1 the community&apos;s reputation window in days (90 by default)</extracomment>
        <translation>Punten van de 80 over de laatste %1 dagen: geven (50) en toezeggingen nakomen (30). Het schone-energiedeel van je reputatie staat op Overzicht; het staat niet in het grootboek en wordt hier dus niet vergeleken.</translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <source>%1 (required)</source>
        <extracomment>Installer form: a required field&apos;s label</extracomment>
        <translation>%1 (verplicht)</translation>
    </message>
    <message>
        <source>Stored: leave empty to keep it</source>
        <extracomment>Installer form: placeholder of a secret field that is stored</extracomment>
        <translation>Opgeslagen: leeg laten om te behouden</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>Installer form: placeholder showing a field&apos;s default</extracomment>
        <translation>Standaard: %1</translation>
    </message>
</context>
<context>
    <name>ScreenDimmer</name>
    <message>
        <source>Screen dimmed. The time is %1</source>
        <extracomment>Read out for the dimmed wall panel: the time now</extracomment>
        <translation>Scherm gedimd. Het is %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>moet een van %1 zijn</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>moet een eindig getal zijn</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 is lager dan het minimum %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 is hoger dan het maximum %2</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>heeft een onbekend type</translation>
    </message>
    <message>
        <source>not a setting of this plugin</source>
        <translation>geen instelling van deze plug-in</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <extracomment>Settings: heading of the language choice</extracomment>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Also how numbers, dates and times are written.</source>
        <extracomment>Settings: what the language choice changes</extracomment>
        <translation>Bepaalt ook hoe getallen, datums en tijden worden geschreven.</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings: heading of the colour theme choice</extracomment>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Theme choice: light by day, dark at night</extracomment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Light from 07:00, dark from 20:00</source>
        <translation>Licht vanaf 07:00, donker vanaf 20:00</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Theme choice: light colours</extracomment>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Night</source>
        <extracomment>Theme choice: dark colours</extracomment>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>Settings: heading of the choice of power units</extracomment>
        <translation>Eenheden</translation>
    </message>
    <message>
        <source>Power and energy as %1 and %2.</source>
        <extracomment>Settings: an example of each unit choice follows</extracomment>
        <translation>Vermogen en energie als %1 en %2.</translation>
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
        <translation>Over Commonwatt</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2. Free software under the GNU GPL, version 3 or later.</source>
        <extracomment>Settings, About: %1 the program&apos;s version, %2 the Qt version</extracomment>
        <translation>Versie %1, gebouwd met Qt %2. Vrije software onder de GNU GPL, versie 3 of later.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <extracomment>Settings, About: %1 the folder with the household&apos;s database</extracomment>
        <translation>Gegevens: %1</translation>
    </message>
</context>
<context>
    <name>ShellyPayload</name>
    <message>
        <source>%1: expected switch %2</source>
        <translation>%1: schakelaar %2 verwacht</translation>
    </message>
    <message>
        <source>method: must be text</source>
        <translation>method: moet tekst zijn</translation>
    </message>
    <message>
        <source>params: must be an object</source>
        <translation>params: moet een object zijn</translation>
    </message>
    <message>
        <source>params.%1: must be an object</source>
        <translation>params.%1: moet een object zijn</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true of false verwacht, &quot;%1&quot; ontvangen</translation>
    </message>
    <message>
        <source>id: must be a whole number</source>
        <translation>id: moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>error: must be an object</source>
        <translation>error: moet een object zijn</translation>
    </message>
    <message>
        <source>error: must have a numeric code and a text message</source>
        <translation>error: moet een numerieke code en een tekstbericht hebben</translation>
    </message>
    <message>
        <source>result: must be an object</source>
        <translation>result: moet een object zijn</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>onbekend topic</translation>
    </message>
</context>
<context>
    <name>TasmotaPayload</name>
    <message>
        <source>%1: expected &quot;ON&quot; or &quot;OFF&quot;</source>
        <translation>%1: &quot;ON&quot; of &quot;OFF&quot; verwacht</translation>
    </message>
    <message>
        <source>%1: no value for relay %2 (%3 values)</source>
        <translation>%1: geen waarde voor relais %2 (%3 waarden)</translation>
    </message>
    <message>
        <source>POWER: expected &quot;ON&quot; or &quot;OFF&quot;, got &quot;%1&quot;</source>
        <translation>POWER: &quot;ON&quot; of &quot;OFF&quot; verwacht, &quot;%1&quot; ontvangen</translation>
    </message>
    <message>
        <source>LWT: expected &quot;Online&quot; or &quot;Offline&quot;, got &quot;%1&quot;</source>
        <translation>LWT: &quot;Online&quot; of &quot;Offline&quot; verwacht, &quot;%1&quot; ontvangen</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>onbekend topic</translation>
    </message>
</context>
<context>
    <name>TimeAdviceBanner</name>
    <message>
        <source>Now is a good time to use energy</source>
        <extracomment>Banner: the grid&apos;s energy is clean and plentiful now</extracomment>
        <translation>Nu is een goed moment om energie te gebruiken</translation>
    </message>
    <message>
        <source>Now is a fair time to use energy</source>
        <extracomment>Banner: an ordinary time to use energy</extracomment>
        <translation>Nu is een redelijk moment om energie te gebruiken</translation>
    </message>
    <message>
        <source>Now is a poor time to use energy</source>
        <extracomment>Banner: the grid is stressed or dirty now</extracomment>
        <translation>Nu is een slecht moment om energie te gebruiken</translation>
    </message>
    <message>
        <source>%1, better from %2</source>
        <extracomment>Banner: %1 is the sentence about now, %2 a time such as 14:30</extracomment>
        <translation>%1, beter vanaf %2</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <extracomment>Heading of the panel with today&apos;s energy totals</extracomment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Solar produced</source>
        <extracomment>Today&apos;s energy: produced by the solar panels</extracomment>
        <translation>Zon opgewekt</translation>
    </message>
    <message>
        <source>Home used</source>
        <extracomment>Today&apos;s energy: used by the home (without battery and car)</extracomment>
        <translation>Huis verbruikt</translation>
    </message>
    <message>
        <source>From the grid</source>
        <extracomment>Today&apos;s energy: taken from the grid</extracomment>
        <translation>Van het net</translation>
    </message>
    <message>
        <source>To the grid</source>
        <extracomment>Today&apos;s energy: given to the grid</extracomment>
        <translation>Teruggeleverd</translation>
    </message>
    <message>
        <source>Car charged</source>
        <extracomment>Today&apos;s energy: charged into the car</extracomment>
        <translation>Auto geladen</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <extracomment>Today&apos;s share of the home&apos;s and car&apos;s energy that did not come from the grid</extracomment>
        <translation>Zelfvoorziening</translation>
    </message>
</context>
<context>
    <name>TradesPanel</name>
    <message>
        <source>Offer your surplus</source>
        <extracomment>Community page: heading of the form to offer energy</extracomment>
        <translation>Bied je overschot aan</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Offer form: the day of the offer</extracomment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Offer form: the day of the offer</extracomment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Offer form: when the offered energy starts</extracomment>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <extracomment>Offer form: when the offered energy ends</extracomment>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <extracomment>Offer form: the energy offered</extracomment>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Price (cr/kWh, %1)</source>
        <extracomment>Offer form: the price asked; %1 is the cap, e.g. &quot;at most 2.62 cr/kWh&quot;</extracomment>
        <translation>Prijs (cr/kWh, %1)</translation>
    </message>
    <message>
        <source>Offer</source>
        <extracomment>Offer form: publish the offer</extracomment>
        <translation>Aanbieden</translation>
    </message>
    <message>
        <source>Open offers</source>
        <extracomment>Community page: heading of the list of open offers</extracomment>
        <translation>Open aanbiedingen</translation>
    </message>
    <message>
        <source>No open offers now.</source>
        <extracomment>Community page: no open offers</extracomment>
        <translation>Nu geen open aanbiedingen.</translation>
    </message>
    <message>
        <source>%1: %2, %3, at %4</source>
        <extracomment>An open offer: %1 who, %2 energy, %3 when, %4 price</extracomment>
        <translation>%1: %2, %3, voor %4</translation>
    </message>
    <message>
        <source>Energy to take (kWh)</source>
        <extracomment>Accepting an offer: how much of it</extracomment>
        <translation>Af te nemen energie (kWh)</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: accept an offer of energy</extracomment>
        <translation>Aannemen</translation>
    </message>
    <message>
        <source>Your trades</source>
        <extracomment>Community page: heading of the household&apos;s own trades</extracomment>
        <translation>Je handel</translation>
    </message>
    <message>
        <source>No trades yet: accept an offer, or offer your surplus.</source>
        <extracomment>Community page: the household has no trades</extracomment>
        <translation>Nog geen handel: neem een aanbieding aan of bied je overschot aan.</translation>
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
        <translation>De gebruikersinterface kon niet worden geladen:
%1</translation>
    </message>
</context>
<context>
    <name>WeightLegend</name>
    <message>
        <source>Good time</source>
        <extracomment>Legend of the plan&apos;s band: a slot where a grid kWh is cheap and clean</extracomment>
        <translation>Goed moment</translation>
    </message>
    <message>
        <source>Fair</source>
        <extracomment>Legend of the plan&apos;s band: an ordinary slot</extracomment>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Poor time</source>
        <extracomment>Legend of the plan&apos;s band: a slot where the grid is stressed or dirty</extracomment>
        <translation>Slecht moment</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::CommunityModel</name>
    <message>
        <source>Reading the community ledger…</source>
        <translation>Het grootboek van de gemeenschap wordt gelezen…</translation>
    </message>
    <message>
        <source>The community ledger cannot be used: %1</source>
        <extracomment>%1 is the reason, from the ledger</extracomment>
        <translation>Het grootboek van de gemeenschap is onbruikbaar: %1</translation>
    </message>
    <message>
        <source>Waiting for your membership: the distributor signs it, and it arrives with the ledger from the community&apos;s broker.</source>
        <translation>Wachten op je lidmaatschap: de netbeheerder ondertekent het, en het komt met het grootboek van de broker van de gemeenschap.</translation>
    </message>
    <message>
        <source>%1 given in, %2 granted</source>
        <extracomment>The subsidy pool&apos;s totals; %1 and %2 are amounts of credits</extracomment>
        <translation>%1 ingelegd, %2 toegekend</translation>
    </message>
    <message>
        <source>Your offer</source>
        <translation>Jouw aanbieding</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>What is left of an offer; %1 is an energy</extracomment>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>You sell %1 to %2 at %3</source>
        <translation>Je verkoopt %1 aan %2 voor %3</translation>
    </message>
    <message>
        <source>You buy %1 from %2 at %3</source>
        <extracomment>%1 energy, %2 a household, %3 a price per kWh</extracomment>
        <translation>Je koopt %1 van %2 voor %3</translation>
    </message>
    <message>
        <source>settled: %1 delivered, %2 received</source>
        <translation>afgerekend: %1 geleverd, %2 ontvangen</translation>
    </message>
    <message>
        <source>settled: %1 delivered, %2 paid</source>
        <extracomment>%1 energy delivered, %2 credits</extracomment>
        <translation>afgerekend: %1 geleverd, %2 betaald</translation>
    </message>
    <message>
        <source>waiting for the grid to confirm the delivery</source>
        <translation>wacht tot het net de levering bevestigt</translation>
    </message>
    <message>
        <source>You asked for %1: “%2”</source>
        <translation>Je vroeg %1 aan: ‘%2’</translation>
    </message>
    <message>
        <source>%1 asked for %2: “%3”</source>
        <extracomment>%1 who asks, %2 an amount of credits, %3 the purpose as the requester wrote it</extracomment>
        <translation>%1 vroeg %2 aan: ‘%3’</translation>
    </message>
    <message>
        <source>%1 of %2 approvals</source>
        <extracomment>%1 approvals so far, %2 needed</extracomment>
        <translation>%1 van %2 goedkeuringen</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>uitbetaald</translation>
    </message>
    <message>
        <source>approved, waiting for payment</source>
        <translation>goedgekeurd, wacht op uitbetaling</translation>
    </message>
    <message>
        <source>waiting for stewards</source>
        <translation>wacht op beheerders</translation>
    </message>
    <message>
        <source>You (anonymous to others)</source>
        <translation>Jij (anoniem voor anderen)</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <extracomment>The household&apos;s own row on the board; %1 its chosen name</extracomment>
        <translation>Jij (%1)</translation>
    </message>
    <message>
        <source>Anonymous member</source>
        <translation>Anoniem lid</translation>
    </message>
    <message>
        <source>%1 of 80</source>
        <extracomment>Reputation points out of 80 (giving and reliability)</extracomment>
        <translation>%1 van 80</translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>%1 is a price per kWh</extracomment>
        <translation>hoogstens %1</translation>
    </message>
    <message>
        <source>Start: write a time such as 14:00.</source>
        <translation>Begin: schrijf een tijd zoals 14:00.</translation>
    </message>
    <message>
        <source>End: write a time such as 16:00.</source>
        <translation>Einde: schrijf een tijd zoals 16:00.</translation>
    </message>
    <message>
        <source>End: choose a time after the start.</source>
        <translation>Einde: kies een tijd na het begin.</translation>
    </message>
    <message>
        <source>Energy: write a number of kWh, such as 2 or 1.5.</source>
        <translation>Energie: schrijf een aantal kWh, zoals 2 of 1,5.</translation>
    </message>
    <message>
        <source>Price: write credits per kWh, such as 0.30.</source>
        <translation>Prijs: schrijf credits per kWh, zoals 0,30.</translation>
    </message>
    <message>
        <source>Offer %1 for %2 at %3</source>
        <extracomment>%1 energy, %2 a time range, %3 a price per kWh</extracomment>
        <translation>%1 aanbieden voor %2 voor %3</translation>
    </message>
    <message>
        <source>Accept %1 from %2</source>
        <extracomment>%1 energy, %2 a household</extracomment>
        <translation>%1 aannemen van %2</translation>
    </message>
    <message>
        <source>Amount: write a number of credits, such as 5 or 2.50.</source>
        <translation>Bedrag: schrijf een aantal credits, zoals 5 of 2,50.</translation>
    </message>
    <message>
        <source>Give %1 to the subsidy pool</source>
        <extracomment>%1 an amount of credits</extracomment>
        <translation>%1 aan het steunfonds geven</translation>
    </message>
    <message>
        <source>Ask for %1: “%2”</source>
        <extracomment>%1 an amount of credits, %2 the purpose</extracomment>
        <translation>%1 aanvragen: ‘%2’</translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <extracomment>%1 the grant&apos;s purpose</extracomment>
        <translation>‘%1’ goedkeuren</translation>
    </message>
    <message>
        <source>Withdraw the approval of “%1”</source>
        <translation>Goedkeuring van ‘%1’ intrekken</translation>
    </message>
    <message>
        <source>Pay the grant “%1”</source>
        <extracomment>%1 the grant&apos;s purpose</extracomment>
        <translation>Subsidie ‘%1’ uitbetalen</translation>
    </message>
    <message>
        <source>Name: at most %1 characters.</source>
        <translation>Naam: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <extracomment>%1 is the reason given by the configuration database</extracomment>
        <translation>De naam kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <source>This household is not a member of a community yet.</source>
        <translation>Dit huishouden is nog geen lid van een gemeenschap.</translation>
    </message>
    <message>
        <source>Start and end: choose times on the %1-minute grid, the end after the start.</source>
        <extracomment>%1 the slot length in minutes</extracomment>
        <translation>Begin en einde: kies tijden in het raster van %1 minuten, het einde na het begin.</translation>
    </message>
    <message>
        <source>Start: that time has begun; offer energy from a later time.</source>
        <translation>Begin: die tijd is al begonnen; bied energie aan vanaf een later tijdstip.</translation>
    </message>
    <message>
        <source>End: offers reach at most 7 days ahead.</source>
        <translation>Einde: aanbiedingen reiken hoogstens 7 dagen vooruit.</translation>
    </message>
    <message>
        <source>Energy: give more than 0 kWh.</source>
        <translation>Energie: geef meer dan 0 kWh op.</translation>
    </message>
    <message>
        <source>Energy: your connection can export at most %1 in that time.</source>
        <extracomment>%1 an energy</extracomment>
        <translation>Energie: je aansluiting kan in die tijd hoogstens %1 terugleveren.</translation>
    </message>
    <message>
        <source>Price: it cannot be below 0.</source>
        <translation>Prijs: die kan niet onder 0 liggen.</translation>
    </message>
    <message>
        <source>Price: at most %1, what a kWh from the grid costs at its dirtiest and most stressed; energy shared in the community never costs more than the grid&apos;s.</source>
        <extracomment>%1 a price per kWh</extracomment>
        <translation>Prijs: hoogstens %1, wat een kWh van het net kost als het net het vuilst en het zwaarst belast is; energie die in de gemeenschap wordt gedeeld kost nooit meer dan die van het net.</translation>
    </message>
    <message>
        <source>Distance: choose 0 to 4 grid levels.</source>
        <translation>Afstand: kies 0 tot 4 netniveaus.</translation>
    </message>
    <message>
        <source>That offer is not in the ledger.</source>
        <translation>Die aanbieding staat niet in het grootboek.</translation>
    </message>
    <message>
        <source>That is your own offer.</source>
        <translation>Dat is je eigen aanbieding.</translation>
    </message>
    <message>
        <source>That offer is closed: its time has passed or all its energy is taken.</source>
        <translation>Die aanbieding is gesloten: de tijd is voorbij of alle energie is al afgenomen.</translation>
    </message>
    <message>
        <source>Energy: only %1 of that offer is left.</source>
        <extracomment>%1 an energy</extracomment>
        <translation>Energie: van die aanbieding is nog maar %1 over.</translation>
    </message>
    <message>
        <source>Your balance does not cover %1: it is %2.</source>
        <extracomment>%1 the cost, %2 the balance</extracomment>
        <translation>Je saldo dekt %1 niet: het is %2.</translation>
    </message>
    <message>
        <source>Amount: give more than 0 credits.</source>
        <translation>Bedrag: geef meer dan 0 credits op.</translation>
    </message>
    <message>
        <source>Purpose: say what the grant is for, such as “a home battery”.</source>
        <translation>Doel: zeg waarvoor de subsidie is, zoals ‘een thuisbatterij’.</translation>
    </message>
    <message>
        <source>Purpose: at most %1 characters.</source>
        <translation>Doel: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>That grant request is not in the ledger.</source>
        <translation>Die subsidieaanvraag staat niet in het grootboek.</translation>
    </message>
    <message>
        <source>Only the stewards named when the request was made can approve it.</source>
        <translation>Alleen de beheerders die bij de aanvraag waren aangewezen kunnen hem goedkeuren.</translation>
    </message>
    <message>
        <source>A steward never approves a grant to their own dwelling.</source>
        <translation>Een beheerder keurt nooit een subsidie voor de eigen woning goed.</translation>
    </message>
    <message>
        <source>You have approved it already.</source>
        <translation>Je hebt hem al goedgekeurd.</translation>
    </message>
    <message>
        <source>You have no approval of it to withdraw.</source>
        <translation>Je hebt geen goedkeuring om in te trekken.</translation>
    </message>
    <message>
        <source>That grant is paid already.</source>
        <translation>Die subsidie is al uitbetaald.</translation>
    </message>
    <message>
        <source>Approvals are given within 60 days of the request.</source>
        <translation>Goedkeuringen worden binnen 60 dagen na de aanvraag gegeven.</translation>
    </message>
    <message>
        <source>It has %1 of the %2 approvals it needs.</source>
        <extracomment>%1 approvals so far, %2 needed</extracomment>
        <translation>Hij heeft %1 van de %2 goedkeuringen die nodig zijn.</translation>
    </message>
    <message>
        <source>A grant over a tenth of the pool waits 7 days after its last approval: until %1.</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Een subsidie van meer dan een tiende van het fonds wacht 7 dagen na de laatste goedkeuring: tot %1.</translation>
    </message>
    <message>
        <source>The pool holds %1, not enough for this grant yet.</source>
        <extracomment>%1 the pool&apos;s balance</extracomment>
        <translation>In het fonds zit %1, nog niet genoeg voor deze subsidie.</translation>
    </message>
    <message>
        <source>it is not linked to its author&apos;s chain</source>
        <translation>het is niet verbonden met de keten van de auteur</translation>
    </message>
    <message>
        <source>it refers to an entry the ledger does not know</source>
        <translation>het verwijst naar een boeking die het grootboek niet kent</translation>
    </message>
    <message>
        <source>it refers to an entry that was refused or is of another kind</source>
        <translation>het verwijst naar een boeking die geweigerd is of van een andere soort is</translation>
    </message>
    <message>
        <source>its author may not publish it</source>
        <translation>de auteur mag het niet publiceren</translation>
    </message>
    <message>
        <source>its author is not a member of the community</source>
        <translation>de auteur is geen lid van de gemeenschap</translation>
    </message>
    <message>
        <source>the configuration cannot be used</source>
        <translation>de configuratie is onbruikbaar</translation>
    </message>
    <message>
        <source>the membership&apos;s limits or devices cannot be used</source>
        <translation>de grenzen of apparaten van het lidmaatschap zijn onbruikbaar</translation>
    </message>
    <message>
        <source>the claim is a second one for its time, too late, or not sealed</source>
        <translation>de opgave is de tweede voor die tijd, te laat of niet verzegeld</translation>
    </message>
    <message>
        <source>the claim was validated already</source>
        <translation>de opgave was al bevestigd</translation>
    </message>
    <message>
        <source>its numbers do not follow from the claim</source>
        <translation>de getallen volgen niet uit de opgave</translation>
    </message>
    <message>
        <source>the trade&apos;s numbers are impossible</source>
        <translation>de getallen van de handel zijn onmogelijk</translation>
    </message>
    <message>
        <source>someone accepted that energy first: the offer had less left</source>
        <translation>iemand nam die energie eerder aan: de aanbieding had minder over</translation>
    </message>
    <message>
        <source>the balance did not cover the payment</source>
        <translation>het saldo dekte de betaling niet</translation>
    </message>
    <message>
        <source>the amount is not allowed</source>
        <translation>het bedrag is niet toegestaan</translation>
    </message>
    <message>
        <source>the approval is not allowed: not a steward, too late, repeated, or nothing to withdraw</source>
        <translation>de goedkeuring is niet toegestaan: geen beheerder, te laat, herhaald of niets om in te trekken</translation>
    </message>
    <message>
        <source>a steward cannot approve a grant to their own dwelling</source>
        <translation>een beheerder kan geen subsidie voor de eigen woning goedkeuren</translation>
    </message>
    <message>
        <source>the grant does not have its approvals yet</source>
        <translation>de subsidie heeft haar goedkeuringen nog niet</translation>
    </message>
    <message>
        <source>the grant was paid already</source>
        <translation>de subsidie was al uitbetaald</translation>
    </message>
    <message>
        <source>the pool could not cover the grant</source>
        <translation>het fonds kon de subsidie niet dekken</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>gisteren %1</translation>
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
        <translation>huishouden %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>The grid operator</source>
        <translation>De netbeheerder</translation>
    </message>
    <message>
        <source>Steward %1</source>
        <extracomment>%1 the start of the steward&apos;s public key</extracomment>
        <translation>Beheerder %1</translation>
    </message>
    <message>
        <source>Household %1</source>
        <extracomment>%1 the start of the household&apos;s public key</extracomment>
        <translation>Huishouden %1</translation>
    </message>
    <message>
        <source>You claimed your meter readings for %1.</source>
        <extracomment>%1 a time range</extracomment>
        <translation>Je gaf je meterstanden voor %1 op.</translation>
    </message>
    <message>
        <source>%1 claimed its meter readings for %2.</source>
        <extracomment>%1 who, %2 a time range</extracomment>
        <translation>%1 gaf zijn meterstanden voor %2 op.</translation>
    </message>
    <message>
        <source>Your claim for %1 was validated: %2.</source>
        <extracomment>%1 a time range, %2 signed credits</extracomment>
        <translation>Je opgave voor %1 is bevestigd: %2.</translation>
    </message>
    <message>
        <source>Your claim for %1 was refused by the grid operator: %2.</source>
        <extracomment>%1 a time range, %2 the grid operator&apos;s reason</extracomment>
        <translation>Je opgave voor %1 is door de netbeheerder geweigerd: %2.</translation>
    </message>
    <message>
        <source>The grid operator validated %1&apos;s claim for %2.</source>
        <extracomment>%1 a household, %2 a time range</extracomment>
        <translation>De netbeheerder bevestigde de opgave van %1 voor %2.</translation>
    </message>
    <message>
        <source>The grid operator refused %1&apos;s claim for %2.</source>
        <extracomment>%1 a household, %2 a time range</extracomment>
        <translation>De netbeheerder weigerde de opgave van %1 voor %2.</translation>
    </message>
    <message>
        <source>You offered %1 for %2 at %3.</source>
        <extracomment>%1 energy, %2 a time range, %3 a price per kWh</extracomment>
        <translation>Je bood %1 aan voor %2 voor %3.</translation>
    </message>
    <message>
        <source>%1 offered %2 for %3 at %4.</source>
        <extracomment>%1 who, %2 energy, %3 a time range, %4 a price per kWh</extracomment>
        <translation>%1 bood %2 aan voor %3 voor %4.</translation>
    </message>
    <message>
        <source>You accepted %1 from %2&apos;s offer at %3.</source>
        <extracomment>%1 energy, %2 a household, %3 a price per kWh</extracomment>
        <translation>Je nam %1 aan uit de aanbieding van %2 voor %3.</translation>
    </message>
    <message>
        <source>%1 accepted %2 of your offer for %3.</source>
        <extracomment>%1 who, %2 energy, %3 a time range</extracomment>
        <translation>%1 nam %2 aan uit jouw aanbieding voor %3.</translation>
    </message>
    <message>
        <source>%1 accepted %2 of %3&apos;s offer.</source>
        <extracomment>%1 who, %2 energy, %3 a household</extracomment>
        <translation>%1 nam %2 aan uit de aanbieding van %3.</translation>
    </message>
    <message>
        <source>Your sale settled: %1 delivered, you received %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Je verkoop is afgerekend: %1 geleverd, je ontving %2.</translation>
    </message>
    <message>
        <source>Your purchase settled: %1 delivered, you paid %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Je aankoop is afgerekend: %1 geleverd, je betaalde %2.</translation>
    </message>
    <message>
        <source>A trade settled: %1 delivered for %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Een handel is afgerekend: %1 geleverd voor %2.</translation>
    </message>
    <message>
        <source>The grid operator announced event %1 for %2, rewarding %3.</source>
        <extracomment>%1 the event&apos;s id, %2 a time range, %3 a reward per kWh</extracomment>
        <translation>De netbeheerder kondigde netoproep %1 aan voor %2, met een vergoeding van %3.</translation>
    </message>
    <message>
        <source>You joined a grid event.</source>
        <translation>Je doet mee aan een netoproep.</translation>
    </message>
    <message>
        <source>You declined a grid event.</source>
        <translation>Je wees een netoproep af.</translation>
    </message>
    <message>
        <source>%1 joined a grid event.</source>
        <extracomment>%1 who</extracomment>
        <translation>%1 doet mee aan een netoproep.</translation>
    </message>
    <message>
        <source>%1 declined a grid event.</source>
        <translation>%1 wees een netoproep af.</translation>
    </message>
    <message>
        <source>You bought %1 for the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Je kocht %1 voor het steunfonds.</translation>
    </message>
    <message>
        <source>%1 bought %2 for the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 kocht %2 voor het steunfonds.</translation>
    </message>
    <message>
        <source>Your round-up moved %1 into the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Je afronding bracht %1 naar het steunfonds.</translation>
    </message>
    <message>
        <source>%1 rounded up %2 into the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 rondde %2 af naar het steunfonds.</translation>
    </message>
    <message>
        <source>You gave %1 to the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Je gaf %1 aan het steunfonds.</translation>
    </message>
    <message>
        <source>%1 gave %2 to the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 gaf %2 aan het steunfonds.</translation>
    </message>
    <message>
        <source>You asked the subsidy pool for %1: “%2”.</source>
        <extracomment>%1 credits, %2 the purpose</extracomment>
        <translation>Je vroeg het steunfonds om %1: ‘%2’.</translation>
    </message>
    <message>
        <source>%1 asked the subsidy pool for %2: “%3”.</source>
        <extracomment>%1 who, %2 credits, %3 the purpose</extracomment>
        <translation>%1 vroeg het steunfonds om %2: ‘%3’.</translation>
    </message>
    <message>
        <source>You approved %1&apos;s grant request “%2”.</source>
        <extracomment>%1 a household, %2 the grant&apos;s purpose</extracomment>
        <translation>Je keurde de subsidieaanvraag ‘%2’ van %1 goed.</translation>
    </message>
    <message>
        <source>You withdrew your approval of %1&apos;s grant request “%2”.</source>
        <extracomment>%1 a household, %2 the grant&apos;s purpose</extracomment>
        <translation>Je trok je goedkeuring van de subsidieaanvraag ‘%2’ van %1 in.</translation>
    </message>
    <message>
        <source>%1 approved your grant request “%2”.</source>
        <extracomment>%1 a steward, %2 the grant&apos;s purpose</extracomment>
        <translation>%1 keurde je subsidieaanvraag ‘%2’ goed.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of your grant request “%2”.</source>
        <extracomment>%1 a steward, %2 the grant&apos;s purpose</extracomment>
        <translation>%1 trok de goedkeuring van je subsidieaanvraag ‘%2’ in.</translation>
    </message>
    <message>
        <source>%1 approved %2&apos;s grant request “%3”.</source>
        <extracomment>%1 a steward, %2 a household, %3 the grant&apos;s purpose</extracomment>
        <translation>%1 keurde de subsidieaanvraag ‘%3’ van %2 goed.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of %2&apos;s grant request “%3”.</source>
        <extracomment>%1 a steward, %2 a household, %3 the grant&apos;s purpose</extracomment>
        <translation>%1 trok de goedkeuring van de subsidieaanvraag ‘%3’ van %2 in.</translation>
    </message>
    <message>
        <source>You approved a change of the community&apos;s rules.</source>
        <translation>Je keurde een wijziging van de regels van de gemeenschap goed.</translation>
    </message>
    <message>
        <source>You withdrew your approval of a change of the community&apos;s rules.</source>
        <translation>Je trok je goedkeuring van een wijziging van de regels van de gemeenschap in.</translation>
    </message>
    <message>
        <source>%1 approved a change of the community&apos;s rules.</source>
        <extracomment>%1 a steward</extracomment>
        <translation>%1 keurde een wijziging van de regels van de gemeenschap goed.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of a change of the community&apos;s rules.</source>
        <extracomment>%1 a steward</extracomment>
        <translation>%1 trok de goedkeuring van een wijziging van de regels van de gemeenschap in.</translation>
    </message>
    <message>
        <source>Your grant “%1” was paid: %2.</source>
        <extracomment>%1 the purpose, %2 credits</extracomment>
        <translation>Je subsidie ‘%1’ is uitbetaald: %2.</translation>
    </message>
    <message>
        <source>You paid %1&apos;s grant “%2” from the pool: %3.</source>
        <extracomment>%1 a household, %2 the purpose, %3 credits</extracomment>
        <translation>Je betaalde de subsidie ‘%2’ van %1 uit het fonds uit: %3.</translation>
    </message>
    <message>
        <source>%1 paid %2&apos;s grant “%3” from the pool: %4.</source>
        <extracomment>%1 who paid, %2 a household, %3 the purpose, %4 credits</extracomment>
        <translation>%1 betaalde de subsidie ‘%3’ van %2 uit het fonds uit: %4.</translation>
    </message>
    <message>
        <source>You founded the community.</source>
        <translation>Je richtte de gemeenschap op.</translation>
    </message>
    <message>
        <source>%1 founded the community.</source>
        <translation>%1 richtte de gemeenschap op.</translation>
    </message>
    <message>
        <source>You proposed a change of the community&apos;s rules, from %1.</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Je stelde een wijziging van de regels van de gemeenschap voor, vanaf %1.</translation>
    </message>
    <message>
        <source>%1 proposed a change of the community&apos;s rules, from %2.</source>
        <extracomment>%1 a steward, %2 a date and time</extracomment>
        <translation>%1 stelde een wijziging van de regels van de gemeenschap voor, vanaf %2.</translation>
    </message>
    <message>
        <source>The grid operator signed your membership: you are in the community.</source>
        <translation>De netbeheerder ondertekende je lidmaatschap: je hoort bij de gemeenschap.</translation>
    </message>
    <message>
        <source>%1 joined the community.</source>
        <translation>%1 sloot zich aan bij de gemeenschap.</translation>
    </message>
    <message>
        <source>Your membership ended.</source>
        <translation>Je lidmaatschap is beëindigd.</translation>
    </message>
    <message>
        <source>%1 left the community.</source>
        <translation>%1 verliet de gemeenschap.</translation>
    </message>
    <message>
        <source>%1 Refused: %2.</source>
        <extracomment>%1 the sentence, %2 why the ledger refused it</extracomment>
        <translation>%1 Geweigerd: %2.</translation>
    </message>
    <message>
        <source>This household is not in a community yet. Your installer can join it to one in installer mode (Installer, then the PIN): under Community membership, import the key and community file from your grid operator, or create a key and send it to them.</source>
        <translation>Dit huishouden zit nog niet in een gemeenschap. Je installateur kan het aansluiten in de installateursmodus (Installateur, dan de pincode): bij Lidmaatschap van de gemeenschap de sleutel en het gemeenschapsbestand van je netbeheerder importeren, of een sleutel maken en die naar hen sturen.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::DashboardModel</name>
    <message>
        <source>1 slot waiting for the grid to confirm</source>
        <extracomment>One claim of the household&apos;s meter readings that the distributor has not validated yet</extracomment>
        <translation>1 tijdvak wacht op bevestiging door het net</translation>
    </message>
    <message>
        <source>%1 slots waiting for the grid to confirm</source>
        <extracomment>Claims of the household&apos;s meter readings that the distributor has not validated yet; %1 is 2 or more</extracomment>
        <translation>%1 tijdvakken wachten op bevestiging door het net</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::DeviceSetup</name>
    <message>
        <source>Its plugin %1 crashed the application (found at the start on %2).</source>
        <translation>De bijbehorende plug-in %1 liet de applicatie crashen (vastgesteld bij het starten op %2).</translation>
    </message>
    <message>
        <source>The plugin %1 crashed the application.</source>
        <translation>De plug-in %1 liet de applicatie crashen.</translation>
    </message>
    <message>
        <source>The plugin %1 crashed the application, so these devices were switched off: %2. An installer can switch them on again.</source>
        <translation>De plug-in %1 liet de applicatie crashen, daarom zijn deze apparaten uitgeschakeld: %2. Een installateur kan ze weer inschakelen.</translation>
    </message>
    <message>
        <source>The MQTT broker %1 is not configured.</source>
        <translation>De MQTT-broker %1 is niet ingesteld.</translation>
    </message>
    <message>
        <source>The MQTT broker %1 cannot be used: %2</source>
        <translation>De MQTT-broker %1 kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>The device %1 needs the plugin %2, which is not installed.</source>
        <translation>Het apparaat %1 heeft de plug-in %2 nodig, maar die is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The household simulator is not built into this Commonwatt.</source>
        <translation>De huishoudsimulator is niet ingebouwd in deze Commonwatt.</translation>
    </message>
    <message>
        <source>The device %1 is not configured.</source>
        <translation>Het apparaat %1 is niet ingesteld.</translation>
    </message>
    <message>
        <source>The device %1 is switched off.</source>
        <translation>Het apparaat %1 is uitgeschakeld.</translation>
    </message>
    <message>
        <source>The device %1 is already running.</source>
        <translation>Het apparaat %1 draait al.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::EventsModel</name>
    <message>
        <source>critical need</source>
        <extracomment>A grid event&apos;s LEVEL 3, as words</extracomment>
        <translation>kritieke krapte</translation>
    </message>
    <message>
        <source>high need</source>
        <extracomment>A grid event&apos;s LEVEL 2, as words</extracomment>
        <translation>grote krapte</translation>
    </message>
    <message>
        <source>moderate need</source>
        <extracomment>A grid event&apos;s LEVEL 1, as words</extracomment>
        <translation>matige krapte</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>An amount of energy; %1 is a number such as 1.25</extracomment>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Being settled</source>
        <extracomment>A grid event that has ended and whose reward is being worked out</extracomment>
        <translation>Wordt verrekend</translation>
    </message>
    <message>
        <source>%1 credits earned</source>
        <extracomment>What a grid event earned; %1 is a number of credits such as 1.25</extracomment>
        <translation>%1 credits verdiend</translation>
    </message>
    <message>
        <source>Nothing earned: no less than your usual use</source>
        <extracomment>A grid event during which the household used no less than usual</extracomment>
        <translation>Niets verdiend: niet minder dan je normale verbruik</translation>
    </message>
    <message>
        <source>Usual use %1, used %2</source>
        <extracomment>%1 is the household&apos;s usual net use over the event, %2 what it used, both such as &quot;1.25 kWh&quot;</extracomment>
        <translation>Normaal verbruik %1, verbruikt %2</translation>
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
        <translation>Netoproep nu: %1</translation>
    </message>
    <message>
        <source>Grid event coming: %1</source>
        <extracomment>Home&apos;s event card before an event; %1 is its level in words, e.g. &quot;high need&quot;</extracomment>
        <translation>Netoproep op komst: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Home&apos;s event card: %1 is the time the running event ends, e.g. 19:00</extracomment>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>today %1–%2</source>
        <extracomment>Home&apos;s event card: %1 and %2 are times such as 17:00 and 19:00</extracomment>
        <translation>vandaag %1–%2</translation>
    </message>
    <message>
        <source>tomorrow %1–%2</source>
        <extracomment>Home&apos;s event card: %1 and %2 are times such as 17:00 and 19:00</extracomment>
        <translation>morgen %1–%2</translation>
    </message>
    <message>
        <source>There is no grid event %1.</source>
        <extracomment>An answer to a grid event the app does not know</extracomment>
        <translation>Er is geen netoproep %1.</translation>
    </message>
    <message>
        <source>Nothing paid: your usual use at that time is known after about ten weeks of readings</source>
        <extracomment>A grid event that paid nothing because the household&apos;s usual use is not known yet</extracomment>
        <translation>Niets uitbetaald: je normale verbruik op dat moment is pas na ongeveer tien weken metingen bekend</translation>
    </message>
    <message>
        <source>Nothing paid: readings are missing for part of the event</source>
        <extracomment>A grid event that paid nothing because readings are missing</extracomment>
        <translation>Niets uitbetaald: voor een deel van de netoproep ontbreken metingen</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::GridEvents</name>
    <message>
        <source>There is no grid event at that time to answer.</source>
        <translation>Er is op dat moment geen netoproep om op te reageren.</translation>
    </message>
    <message>
        <source>This grid event is over: it can no longer be answered.</source>
        <translation>Deze netoproep is voorbij: je kunt er niet meer op reageren.</translation>
    </message>
    <message>
        <source>This grid event has already started: it could be answered until it started.</source>
        <translation>Deze netoproep is al begonnen: je kon erop reageren tot hij begon.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::HistoryModel</name>
    <message>
        <source>Saved %2 ledger entries to %1.</source>
        <extracomment>After a ledger export; %1 is the file, %2 the number of entries</extracomment>
        <translation>%2 grootboekregels opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Power</source>
        <extracomment>The History page&apos;s views: power over time, energy per period, credits and the clean share</extracomment>
        <translation>Vermogen</translation>
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
        <translation>Schoon aandeel</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The History page&apos;s ranges</extracomment>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week on the History page: first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This household has no energy meters to chart.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>Dit huishouden heeft geen energiemeters om te tonen.</translation>
    </message>
    <message>
        <source>Nothing was measured in this period.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>In deze periode is niets gemeten.</translation>
    </message>
    <message>
        <source>Credits are not settled for this household.</source>
        <extracomment>The History page&apos;s empty state when credits are not settled</extracomment>
        <translation>Voor dit huishouden worden geen credits verrekend.</translation>
    </message>
    <message>
        <source>Credits are settled for the last %1 days only; this period is older.</source>
        <extracomment>The History page&apos;s empty state for an old period; %1 is the number of days kept (90)</extracomment>
        <translation>Credits worden alleen voor de laatste %1 dagen verrekend; deze periode is ouder.</translation>
    </message>
    <message>
        <source>The home used no energy in this period.</source>
        <extracomment>The History page&apos;s empty state for the clean share</extracomment>
        <translation>Het huis heeft in deze periode geen energie verbruikt.</translation>
    </message>
    <message>
        <source>Nothing was settled in this period.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>In deze periode is niets verrekend.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>A stretch of time on the History chart: a date, then the start and end times</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <extracomment>An export error: the file field is empty</extracomment>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <source>Saved 1 reading to %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>1 meetwaarde opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Saved %2 readings to %1.</source>
        <translation>%2 meetwaarden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>While an export runs</extracomment>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <source>Saved 1 settled day to %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>1 verrekende dag opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Saved %2 settled days to %1.</source>
        <translation>%2 verrekende dagen opgeslagen in %1.</translation>
    </message>
    <message>
        <source>This household is not in a community: there is no ledger to export.</source>
        <extracomment>An export error outside a community</extracomment>
        <translation>Dit huishouden hoort bij geen gemeenschap: er is geen grootboek om te exporteren.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Household</name>
    <message>
        <source>The plugin %1 created no devices.</source>
        <translation>De plug-in %1 heeft geen apparaten aangemaakt.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::InstallerCommunity</name>
    <message>
        <source>Not in a community: the credits shown are estimates.</source>
        <extracomment>Installer, community: no membership</extracomment>
        <translation>Niet in een gemeenschap: de getoonde tegoeden zijn schattingen.</translation>
    </message>
    <message>
        <source>%1 joined a community earlier, but the member key&apos;s passphrase was not given at the start: set COMMONWATT_KEY_PASSPHRASE or the commonwatt-key-passphrase credential, or join again here.</source>
        <extracomment>Installer, community: a membership joined earlier did not start; %1 the member&apos;s name</extracomment>
        <translation>%1 is eerder lid geworden van een gemeenschap, maar de wachtwoordzin van de ledensleutel ontbrak bij de start: stel COMMONWATT_KEY_PASSPHRASE of de credential commonwatt-key-passphrase in, of sluit hier opnieuw aan.</translation>
    </message>
    <message>
        <source>Connecting to the broker of %1 at %2…</source>
        <extracomment>Installer, community: %1 the community, %2 host:port</extracomment>
        <translation>Verbinden met de broker van %1 op %2…</translation>
    </message>
    <message>
        <source>Waiting for the distributor to confirm the membership of %1 in %2. Until then the household&apos;s slots wait to be claimed.</source>
        <extracomment>Installer, community: joined, the distributor&apos;s membership entry has not arrived; %1 member, %2 community</extracomment>
        <translation>Wachten tot de distributeur het lidmaatschap van %1 in %2 bevestigt. Tot dan wachten de tijdvakken van het huishouden om te worden geclaimd.</translation>
    </message>
    <message>
        <source>Member of %1 as %2.</source>
        <translation>Lid van %1 als %2.</translation>
    </message>
    <message>
        <source>Catching up with the ledger: %1 of %2 entries.</source>
        <extracomment>Installer, community: the ledger is being fetched; %1 entries received, %2 announced</extracomment>
        <translation>Het grootboek bijwerken: %1 van %2 items.</translation>
    </message>
    <message>
        <source>Not connected to the community&apos;s broker right now.</source>
        <extracomment>Installer, community: the broker is not reachable right now</extracomment>
        <translation>Op dit moment niet verbonden met de broker van de gemeenschap.</translation>
    </message>
    <message>
        <source>Only the installer can change the setup: enter installer mode first.</source>
        <translation>Alleen de installateur kan de instellingen wijzigen: ga eerst naar de installateursmodus.</translation>
    </message>
    <message>
        <source>Member name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <extracomment>Installer, community: the new key&apos;s member name</extracomment>
        <translation>Naam van het lid: gebruik 1 tot 64 letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, beginnend met een letter of cijfer</translation>
    </message>
    <message>
        <source>Passphrase: at least %1 characters</source>
        <extracomment>Installer, community: the new key&apos;s passphrase is too short</extracomment>
        <translation>Wachtwoordzin: minstens %1 tekens</translation>
    </message>
    <message>
        <source>Passphrase: the two entries differ</source>
        <translation>Wachtwoordzin: de twee invoeren verschillen</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>%1 kan niet aangemaakt worden</translation>
    </message>
    <message>
        <source>Member name: %1 exists already; join with it, or choose another name</source>
        <extracomment>Installer, community: a key of that name exists</extracomment>
        <translation>Naam van het lid: %1 bestaat al; sluit ermee aan of kies een andere naam</translation>
    </message>
    <message>
        <source>No key could be made on this machine.</source>
        <translation>Op deze machine kon geen sleutel worden gemaakt.</translation>
    </message>
    <message>
        <source>This household is a member of %1 already.</source>
        <translation>Dit huishouden is al lid van %1.</translation>
    </message>
    <message>
        <source>Community file: required</source>
        <extracomment>Installer, community: a required field is empty; the field&apos;s label</extracomment>
        <translation>Gemeenschapsbestand: verplicht</translation>
    </message>
    <message>
        <source>Member key file: required</source>
        <translation>Ledensleutelbestand: verplicht</translation>
    </message>
    <message>
        <source>Member key file: %1 is not a member&apos;s key file (NAME.key, as commonwatt-community add-member writes it)</source>
        <extracomment>Installer, community: the key file&apos;s name is the member&apos;s name</extracomment>
        <translation>Ledensleutelbestand: %1 is geen ledensleutelbestand (NAME.key, zoals commonwatt-community add-member het schrijft)</translation>
    </message>
    <message>
        <source>Passphrase: required</source>
        <translation>Wachtwoordzin: verplicht</translation>
    </message>
    <message>
        <source>Broker host: enter a host name or IP address, without mqtt:// or a port</source>
        <extracomment>Installer, community: the broker&apos;s host</extracomment>
        <translation>Broker-host: voer een hostnaam of IP-adres in, zonder mqtt:// en zonder poort</translation>
    </message>
    <message>
        <source>Port: &quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>Poort: &quot;%1&quot; is geen poort van 1 tot 65535</translation>
    </message>
    <message>
        <source>CA certificate file: %1 cannot be read</source>
        <translation>CA-certificaatbestand: %1 kan niet gelezen worden</translation>
    </message>
    <message>
        <source>Member key file: %1 cannot be read: %2</source>
        <translation>Ledensleutelbestand: %1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>Member key file: %1 is not a member&apos;s key file</source>
        <translation>Ledensleutelbestand: %1 is geen ledensleutelbestand</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet geschreven worden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kan niet geschreven worden</translation>
    </message>
    <message>
        <source>Joined, but the membership could not be stored for the next start: %1</source>
        <extracomment>Installer, community: joined for now, but the settings could not be stored; %1 the reason</extracomment>
        <translation>Aangesloten, maar het lidmaatschap kon niet worden opgeslagen voor de volgende start: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::InstallerModel</name>
    <message>
        <source>Only the installer can change the setup: enter installer mode first.</source>
        <extracomment>Installer: a change asked for outside installer mode</extracomment>
        <translation>Alleen de installateur kan de instellingen wijzigen: ga eerst naar de installateursmodus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Installer form: an error under a field; %1 the field&apos;s label, %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; is geen geheel getal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <extracomment>Installer form: what was typed in a number field is not one</extracomment>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <source>Device id: &quot;%1&quot; is not a valid id: use 1 to 64 lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos;.</source>
        <extracomment>Installer form: the device id is not usable; %1 what was typed</extracomment>
        <translation>Apparaat-id: &quot;%1&quot; is geen geldige id: gebruik 1 tot 64 kleine letters, cijfers en &apos;-&apos;, niet beginnend met &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Device id: %1 is already used by another device.</source>
        <extracomment>Installer form: the device id is taken</extracomment>
        <translation>Apparaat-id: %1 wordt al door een ander apparaat gebruikt.</translation>
    </message>
    <message>
        <source>The plugin %1 is not installed.</source>
        <translation>De plug-in %1 is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The device %1 is not configured.</source>
        <translation>Het apparaat %1 is niet ingesteld.</translation>
    </message>
    <message>
        <source>The device %1 needs the plugin %2, which is not installed.</source>
        <translation>Het apparaat %1 heeft de plug-in %2 nodig, die niet geïnstalleerd is.</translation>
    </message>
    <message>
        <source>Broker id: &quot;%1&quot; is not a valid id.</source>
        <translation>Broker-id: &quot;%1&quot; is geen geldige id.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages under them.</source>
        <extracomment>Installer form: shown above the buttons when fields need attention</extracomment>
        <translation>Sommige velden vragen aandacht: zie de meldingen eronder.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <extracomment>Installer: after saving the form; %1 the device&apos;s id</extracomment>
        <translation>Wijzigingen in %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>Complete the form first: %1</source>
        <extracomment>Installer: Test connection refused because the form is incomplete</extracomment>
        <translation>Vul eerst het formulier in: %1</translation>
    </message>
    <message>
        <source>Readings arrive from the device: the settings work. Save to keep them.</source>
        <extracomment>Installer: Test connection works</extracomment>
        <translation>Er komen metingen van het apparaat binnen: de instellingen werken. Sla op om ze te bewaren.</translation>
    </message>
    <message>
        <source>The device could not be started: %1</source>
        <extracomment>Installer: Test connection failed; %1 the plugin&apos;s reason</extracomment>
        <translation>Het apparaat kon niet starten: %1</translation>
    </message>
    <message>
        <source>Connecting and waiting for the first reading…</source>
        <extracomment>Installer: Test connection is waiting for the first reading</extracomment>
        <translation>Verbinden en wachten op de eerste meting…</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the broker at %2 after %n s%3. Check the broker&apos;s host and port, TLS and the CA file, the user name and password, and that the broker is running and reachable from here.</source>
        <extracomment>Installer: Test connection timed out before the broker answered; %1 seconds, %2 host:port, %3 reason</extracomment>
        <translation>
            <numerusform>Geen verbinding met de broker op %2 na %n s%3. Controleer host en poort van de broker, TLS en het CA-bestand, gebruikersnaam en wachtwoord, en of de broker draait en vanaf hier bereikbaar is.</numerusform>
            <numerusform>Geen verbinding met de broker op %2 na %n s%3. Controleer host en poort van de broker, TLS en het CA-bestand, gebruikersnaam en wachtwoord, en of de broker draait en vanaf hier bereikbaar is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to the broker at %2, but the device sent nothing in %n s. Check that the device is switched on and uses this broker, and its settings: %3.</source>
        <extracomment>Installer: Test connection timed out: the broker answered, the device did not; %2 host:port, %3 the settings to check</extracomment>
        <translation>
            <numerusform>Verbonden met de broker op %2, maar het apparaat stuurde niets in %n s. Controleer of het apparaat aan staat en deze broker gebruikt, en de instellingen: %3.</numerusform>
            <numerusform>Verbonden met de broker op %2, maar het apparaat stuurde niets in %n s. Controleer of het apparaat aan staat en deze broker gebruikt, en de instellingen: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device sent nothing in %n s. Check that it is switched on and reachable, and its settings: %2.</source>
        <extracomment>Installer: Test connection timed out for a device without a broker; %2 the settings to check</extracomment>
        <translation>
            <numerusform>Het apparaat stuurde niets in %n s. Controleer of het aan staat en bereikbaar is, en de instellingen: %2.</numerusform>
            <numerusform>Het apparaat stuurde niets in %n s. Controleer of het aan staat en bereikbaar is, en de instellingen: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Switched off: %1</source>
        <translation>Uitgeschakeld: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <extracomment>Installer: a device&apos;s status when its plugin does not run</extracomment>
        <translation>Draait niet</translation>
    </message>
    <message>
        <source>Not connected to the broker %1</source>
        <extracomment>Installer: a device&apos;s status; %1 the broker&apos;s id</extracomment>
        <translation>Niet verbonden met de broker %1</translation>
    </message>
    <message>
        <source>The device says it is offline</source>
        <extracomment>Installer: a device&apos;s status</extracomment>
        <translation>Het apparaat meldt dat het offline is</translation>
    </message>
    <message>
        <source>Waiting for the first reading</source>
        <extracomment>Installer: a device&apos;s status before its first reading</extracomment>
        <translation>Wachten op de eerste meting</translation>
    </message>
    <message numerus="yes">
        <source>No data for %n s</source>
        <extracomment>Installer: a device&apos;s status; how long since its last reading</extracomment>
        <translation>
            <numerusform>Al %n s geen gegevens</numerusform>
            <numerusform>Al %n s geen gegevens</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Installer: a device&apos;s status while readings arrive</extracomment>
        <translation>Verbonden</translation>
    </message>
    <message>
        <source>%1 is switched on.</source>
        <extracomment>Installer: after switching a device on or off; %1 its id</extracomment>
        <translation>%1 is ingeschakeld.</translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation>%1 is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Removed %1. Its readings so far stay in the history.</source>
        <extracomment>Installer: after removing a device; %1 its id</extracomment>
        <translation>%1 verwijderd. De metingen tot nu toe blijven in de geschiedenis.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 what was typed</extracomment>
        <translation>%1: &quot;%2&quot; is geen getal in kW</translation>
    </message>
    <message>
        <source>%1: must be from 0 to %2 kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 the maximum</extracomment>
        <translation>%1: moet tussen 0 en %2 kW liggen</translation>
    </message>
    <message>
        <source>%1: must be above 0 and at most %2 kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 the maximum</extracomment>
        <translation>%1: moet boven 0 en hoogstens %2 kW zijn</translation>
    </message>
    <message>
        <source>Import limit</source>
        <extracomment>Installer, site settings: field label</extracomment>
        <translation>Importlimiet</translation>
    </message>
    <message>
        <source>Export limit</source>
        <extracomment>Installer, site settings: field label</extracomment>
        <translation>Exportlimiet</translation>
    </message>
    <message>
        <source>Grid region: &quot;%1&quot; is not a country code or bidding zone such as DE, NL or SE3</source>
        <extracomment>Installer, site settings: the grid region is not a country code or zone</extracomment>
        <translation>Netregio: &quot;%1&quot; is geen landcode of biedzone zoals DE, NL of SE3</translation>
    </message>
    <message>
        <source>Household id: &quot;%1&quot; may hold only letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <extracomment>Installer, site settings: the household id is not usable in MQTT topics</extracomment>
        <translation>Huishoud-id: &quot;%1&quot; mag alleen letters, cijfers, &apos;_&apos; en &apos;-&apos; bevatten</translation>
    </message>
    <message>
        <source>Site settings saved.</source>
        <extracomment>Installer: after saving the site settings</extracomment>
        <translation>Locatie-instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>Backup: enter the file to write.</source>
        <extracomment>Installer, backup: no file name was given</extracomment>
        <translation>Back-up: geef het bestand op dat geschreven moet worden.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Back-up: %1</translation>
    </message>
    <message>
        <source>Backup: %1 could not be written: %2</source>
        <extracomment>Installer, backup: %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Back-up: %1 kon niet geschreven worden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the configuration of %n device(s) to %1. Passwords are not in the file: after a restore on another panel, enter them again.</source>
        <extracomment>Installer, backup: %1 the file; %n the number of devices</extracomment>
        <translation>
            <numerusform>Configuratie van %n apparaat opgeslagen in %1. Wachtwoorden staan niet in het bestand: voer ze na herstel op een ander paneel opnieuw in.</numerusform>
            <numerusform>Configuratie van %n apparaten opgeslagen in %1. Wachtwoorden staan niet in het bestand: voer ze na herstel op een ander paneel opnieuw in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore: %1 could not be read: %2</source>
        <extracomment>Installer, restore: %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Herstel: %1 kon niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>Restore: %1 is too large to be a Commonwatt configuration.</source>
        <extracomment>Installer, restore: the file is far too large to be a configuration</extracomment>
        <translation>Herstel: %1 is te groot voor een Commonwatt-configuratie.</translation>
    </message>
    <message>
        <source>Restore: nothing was changed. %1: %2</source>
        <extracomment>Installer, restore: %1 the file, %2 the field at fault and why</extracomment>
        <translation>Herstel: er is niets veranderd. %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored the configuration from %1: %n device(s).</source>
        <extracomment>Installer, restore: %1 the file; %n the number of devices</extracomment>
        <translation>
            <numerusform>Configuratie hersteld uit %1: %n apparaat.</numerusform>
            <numerusform>Configuratie hersteld uit %1: %n apparaten.</numerusform>
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
            <numerusform>%n u</numerusform>
            <numerusform>%n u</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the installer can change the installer PIN: enter the current PIN first.</source>
        <translation>Alleen de installateur kan de installateurs-PIN wijzigen: voer eerst de huidige PIN in.</translation>
    </message>
    <message>
        <source>The two entries differ: enter the same PIN twice.</source>
        <translation>De twee invoeren verschillen: voer twee keer dezelfde PIN in.</translation>
    </message>
    <message>
        <source>No installer PIN is set yet: choose one first.</source>
        <translation>Er is nog geen installateurs-PIN ingesteld: kies er eerst een.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong tries: the PIN is locked for %1.</source>
        <translation>Verkeerde PIN. Te veel foute pogingen: de PIN is %1 geblokkeerd.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>Verkeerde PIN. Nog %n poging voordat de PIN wordt geblokkeerd.</numerusform>
            <numerusform>Verkeerde PIN. Nog %n pogingen voordat de PIN wordt geblokkeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: try again in %1.</source>
        <translation>De PIN is geblokkeerd na te veel foute pogingen: probeer het over %1 opnieuw.</translation>
    </message>
    <message>
        <source>Only the installer can change when the screen dims.</source>
        <translation>Alleen de installateur kan instellen wanneer het scherm dimt.</translation>
    </message>
    <message>
        <source>The screen dims after 0 (never) to %1 seconds.</source>
        <translation>Het scherm dimt na 0 (nooit) tot %1 seconden.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::LedgerService</name>
    <message>
        <source>The community ledger is not open.</source>
        <translation>Het grootboek van de gemeenschap is niet geopend.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::MqttApi</name>
    <message>
        <source>The household id &quot;%1&quot; cannot be an MQTT topic level: use letters, digits, _ and -.</source>
        <translation>De huishoud-id &quot;%1&quot; kan geen niveau van een MQTT-topic zijn: gebruik letters, cijfers, _ en -.</translation>
    </message>
    <message>
        <source>Retained commands are ignored: publish commands without the retain flag.</source>
        <translation>Bewaarde (retained) opdrachten worden genegeerd: publiceer opdrachten zonder de retain-vlag.</translation>
    </message>
    <message>
        <source>Not a command topic.</source>
        <translation>Geen opdrachttopic.</translation>
    </message>
    <message>
        <source>There is no device &quot;%1&quot;.</source>
        <translation>Er is geen apparaat &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: the device commands are: request.</source>
        <translation>Onbekende opdracht &quot;%1&quot;: de apparaatopdrachten zijn: request.</translation>
    </message>
    <message>
        <source>Send runNow, skipToday, cancel, or readyBy HH:MM PERCENT (e.g. readyBy 07:00 80).</source>
        <translation>Stuur runNow, skipToday, cancel of readyBy HH:MM PERCENT (bijv. readyBy 07:00 80).</translation>
    </message>
    <message>
        <source>The command is %1 bytes long; commands are short words.</source>
        <translation>De opdracht is %1 bytes lang; opdrachten zijn korte woorden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: give it as HH:MM, 00:00 to 23:59.</source>
        <translation>&quot;%1&quot; is geen tijd: geef die op als HH:MM, 00:00 tot 23:59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a charge target: give a percentage from 1 to 100.</source>
        <translation>&quot;%1&quot; is geen laaddoel: geef een percentage van 1 tot 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>&quot;%1&quot; is geen opdracht.</translation>
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
        <translation>%1, daarna %2</translation>
    </message>
    <message>
        <source>%1: accuracy known after its first day</source>
        <extracomment>%1 &quot;Solar forecast&quot; or &quot;Home forecast&quot;: no forecast has been compared with what happened yet</extracomment>
        <translation>%1: nauwkeurigheid bekend na de eerste dag</translation>
    </message>
    <message>
        <source>%1: ±%2 kWh/day, %3 % better than yesterday-as-forecast</source>
        <extracomment>%1 &quot;Solar forecast&quot;, %2 its mean error in kWh per day, %3 how much smaller (in %) than taking yesterday&apos;s values as the forecast</extracomment>
        <translation>%1: ±%2 kWh/dag, %3 % beter dan gisteren-als-prognose</translation>
    </message>
    <message>
        <source>%1: ±%2 kWh/day, %3 % worse than yesterday-as-forecast</source>
        <extracomment>As above, when the forecast was worse than taking yesterday&apos;s values</extracomment>
        <translation>%1: ±%2 kWh/dag, %3 % slechter dan gisteren-als-prognose</translation>
    </message>
    <message>
        <source>Solar forecast</source>
        <translation>Zonneprognose</translation>
    </message>
    <message>
        <source>Home forecast</source>
        <translation>Verbruiksprognose</translation>
    </message>
    <message>
        <source>Solar accuracy after a day</source>
        <extracomment>Short: the solar forecast has not been compared with a day of what happened yet</extracomment>
        <translation>Nauwkeurigheid zon na een dag</translation>
    </message>
    <message>
        <source>Home accuracy after a day</source>
        <translation>Nauwkeurigheid huis na een dag</translation>
    </message>
    <message>
        <source>Solar ±%1 kWh/day, %2 % better</source>
        <extracomment>Short: %1 the solar forecast&apos;s error in kWh per day, %2 how much better than yesterday&apos;s</extracomment>
        <translation>Zon ±%1 kWh/dag, %2 % beter</translation>
    </message>
    <message>
        <source>Home ±%1 kWh/day, %2 % better</source>
        <translation>Huis ±%1 kWh/dag, %2 % beter</translation>
    </message>
    <message>
        <source>Solar ±%1 kWh/day, %2 % worse</source>
        <translation>Zon ±%1 kWh/dag, %2 % slechter</translation>
    </message>
    <message>
        <source>Home ±%1 kWh/day, %2 % worse</source>
        <translation>Huis ±%1 kWh/dag, %2 % slechter</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Planner</name>
    <message>
        <source>No plan fits: %1</source>
        <translation>Geen passende planning: %1</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Dat tijdstip is al voorbij.</translation>
    </message>
    <message>
        <source>There is no device %1.</source>
        <translation>Er is geen apparaat %1.</translation>
    </message>
    <message>
        <source>Only a car can be made ready by a time.</source>
        <translation>Alleen voor een auto kan een vertrektijd worden ingesteld.</translation>
    </message>
    <message>
        <source>%1 is not plugged in.</source>
        <translation>%1 is niet aangesloten.</translation>
    </message>
    <message>
        <source>Only an appliance or a heater can be kept off today.</source>
        <translation>Alleen een huishoudapparaat of verwarmingstoestel kan vandaag uit worden gehouden.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Runtime</name>
    <message>
        <source>Simulated household</source>
        <translation>Gesimuleerd huishouden</translation>
    </message>
    <message>
        <source>Simulated household, %1× speed</source>
        <translation>Gesimuleerd huishouden, %1× snelheid</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Jouw huishouden</translation>
    </message>
    <message>
        <source>This household is a member of %1 already.</source>
        <translation>Dit huishouden is al lid van %1.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::UiSettings</name>
    <message>
        <source>System (%1)</source>
        <extracomment>The language choice that follows the operating system&apos;s; %1 is the language that gives</extracomment>
        <translation>Systeem (%1)</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;.</source>
        <extracomment>%1 is a language code such as &quot;pt&quot;</extracomment>
        <translation>Er is geen vertaling voor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: choose auto, day or night.</source>
        <translation>Onbekend thema &quot;%1&quot;: kies auto, day of night.</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: choose kW or W.</source>
        <translation>Onbekende eenheid &quot;%1&quot;: kies kW of W.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <extracomment>%1 is the reason given by the configuration database</extracomment>
        <translation>De instelling kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::gridfeed::GridFeedDevice</name>
    <message>
        <source>Grid signals (%1)</source>
        <translation>Netsignalen (%1)</translation>
    </message>
    <message>
        <source>No grid-signal document for region %1 on %2 in the last %3 minutes (maxAgeMinutes).</source>
        <translation>Geen netsignaaldocument voor regio %1 op %2 in de laatste %3 minuten (maxAgeMinutes).</translation>
    </message>
    <message>
        <source>The grid signals for region %1 are out of date: the newest document on %2 was issued at %3, more than %4 minutes ago (maxAgeMinutes).</source>
        <translation>De netsignalen voor regio %1 zijn verouderd: het nieuwste document op %2 is uitgegeven om %3, meer dan %4 minuten geleden (maxAgeMinutes).</translation>
    </message>
</context>
<context>
    <name>commonwatt::gridfeed::GridFeedPlugin</name>
    <message>
        <source>Grid signals</source>
        <translation>Netsignalen</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqtt::PahoMqttClient</name>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>not a valid MQTT topic filter</source>
        <translation>geen geldig MQTT-topicfilter</translation>
    </message>
    <message>
        <source>no context or handler</source>
        <translation>geen context of handler</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>verbinding met %1 verbroken</translation>
    </message>
    <message>
        <source>connection refused: the broker at %1 does not speak MQTT 3.1.1</source>
        <translation>verbinding geweigerd: de broker op %1 spreekt geen MQTT 3.1.1</translation>
    </message>
    <message>
        <source>connection refused: client id %1 rejected</source>
        <translation>verbinding geweigerd: client-id %1 afgewezen</translation>
    </message>
    <message>
        <source>connection refused: broker at %1 unavailable</source>
        <translation>verbinding geweigerd: broker op %1 niet beschikbaar</translation>
    </message>
    <message>
        <source>connection refused: bad user name or password</source>
        <translation>verbinding geweigerd: verkeerde gebruikersnaam of wachtwoord</translation>
    </message>
    <message>
        <source>connection refused: not authorised (check the user name and password)</source>
        <translation>verbinding geweigerd: geen toestemming (controleer de gebruikersnaam en het wachtwoord)</translation>
    </message>
    <message>
        <source>broker unreachable at %1, or the TLS handshake failed (check the CA file and the broker&apos;s certificate)</source>
        <translation>broker op %1 onbereikbaar, of de TLS-handshake is mislukt (controleer het CA-bestand en het certificaat van de broker)</translation>
    </message>
    <message>
        <source>broker unreachable at %1</source>
        <translation>broker op %1 onbereikbaar</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqttgeneric::GenericMqttDevice</name>
    <message>
        <source>%1 says it is offline (%2 on %3)</source>
        <translation>%1 meldt dat het offline is (%2 op %3)</translation>
    </message>
    <message>
        <source>The MQTT broker is not connected.</source>
        <translation>De MQTT-broker is niet verbonden.</translation>
    </message>
    <message>
        <source>The MQTT broker is not connected: %1</source>
        <translation>De MQTT-broker is niet verbonden: %1</translation>
    </message>
    <message>
        <source>%1: the command ran out at %2, before it was sent</source>
        <translation>%1: de opdracht verliep om %2, voordat hij werd verzonden</translation>
    </message>
    <message>
        <source>%1: the power setpoint is not a finite number</source>
        <translation>%1: de vermogensinstelwaarde is geen eindig getal</translation>
    </message>
    <message>
        <source>%1: a charging current of %2 A is not possible</source>
        <translation>%1: een laadstroom van %2 A is niet mogelijk</translation>
    </message>
    <message>
        <source>%1 does not accept this command</source>
        <translation>%1 accepteert deze opdracht niet</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqttgeneric::MqttGenericPlugin</name>
    <message>
        <source>Generic MQTT device</source>
        <translation>Algemeen MQTT-apparaat</translation>
    </message>
</context>
<context>
    <name>commonwatt::plugins::MqttSwitchDevice</name>
    <message>
        <source>%1 reported itself offline.</source>
        <translation>%1 heeft zichzelf offline gemeld.</translation>
    </message>
    <message>
        <source>No connection to the MQTT broker.</source>
        <translation>Geen verbinding met de MQTT-broker.</translation>
    </message>
    <message>
        <source>No connection to the MQTT broker: %1</source>
        <translation>Geen verbinding met de MQTT-broker: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::shelly::ShellyDevice</name>
    <message>
        <source>%1 refused Switch.Set: %2</source>
        <translation>%1 weigerde Switch.Set: %2</translation>
    </message>
    <message>
        <source>%1 refused Switch.GetStatus for switch %2: %3</source>
        <translation>%1 weigerde Switch.GetStatus voor schakelaar %2: %3</translation>
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
        <translation>Apparaat-id</translation>
    </message>
    <message>
        <source>The device&apos;s MQTT topic prefix, such as shellyplusplugs-a8032ab12345 (Settings &gt; MQTT).</source>
        <translation>Het MQTT-topicvoorvoegsel van het apparaat, zoals shellyplusplugs-a8032ab12345 (Settings &gt; MQTT).</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Schakelaar</translation>
    </message>
    <message>
        <source>Which output of a device with several: 0 for the first.</source>
        <translation>Welke uitgang bij een apparaat met meerdere: 0 voor de eerste.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What Commonwatt calls the device, such as Washing machine.</source>
        <translation>Hoe Commonwatt het apparaat noemt, zoals Wasmachine.</translation>
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
        <translation>Slimme meter</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Zonnepanelen</translation>
    </message>
    <message>
        <source>Home battery</source>
        <translation>Thuisbatterij</translation>
    </message>
    <message>
        <source>Electric car</source>
        <translation>Elektrische auto</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Wasmachine</translation>
    </message>
    <message>
        <source>Dishwasher</source>
        <translation>Vaatwasser</translation>
    </message>
    <message>
        <source>Tumble dryer</source>
        <translation>Wasdroger</translation>
    </message>
    <message>
        <source>Water heater</source>
        <translation>Boiler</translation>
    </message>
    <message>
        <source>Grid signals</source>
        <translation>Netsignalen</translation>
    </message>
    <message>
        <source>%1: the command&apos;s power is not a number</source>
        <translation>%1: het vermogen van de opdracht is geen getal</translation>
    </message>
    <message>
        <source>%1: the command ran out at %2, before it could act (the device is at %3)</source>
        <translation>%1: de opdracht verliep om %2, voordat hij kon worden uitgevoerd (het apparaat staat op %3)</translation>
    </message>
    <message>
        <source>%1: the charger cannot take power from the car (%2 kW asked)</source>
        <translation>%1: de lader kan geen stroom uit de auto halen (%2 kW gevraagd)</translation>
    </message>
    <message>
        <source>%1 is not plugged in</source>
        <translation>%1 is niet aangesloten</translation>
    </message>
    <message>
        <source>%1: a water heater cannot cool (%2 kW asked)</source>
        <translation>%1: een boiler kan niet koelen (%2 kW gevraagd)</translation>
    </message>
    <message>
        <source>%1 runs its program or nothing: it can only be held off (0 kW), not set to %2 kW</source>
        <translation>%1 draait zijn programma of niets: hij kan alleen worden tegengehouden (0 kW), niet op %2 kW worden gezet</translation>
    </message>
    <message>
        <source>%1 has no load waiting to start</source>
        <translation>%1 heeft geen programma dat wacht om te starten</translation>
    </message>
    <message>
        <source>%1 is already running, since %2</source>
        <translation>%1 draait al, sinds %2</translation>
    </message>
    <message>
        <source>%1 does not accept this command</source>
        <translation>%1 accepteert deze opdracht niet</translation>
    </message>
</context>
<context>
    <name>commonwatt::simulator::SimulatorPlugin</name>
    <message>
        <source>Household simulator</source>
        <translation>Huishoudsimulator</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed gives the same household, day after day.</source>
        <translation>Dezelfde seed geeft hetzelfde huishouden, dag na dag.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Amsterdam.</source>
        <translation>Een IANA-tijdzone zoals Europe/Amsterdam.</translation>
    </message>
    <message>
        <source>Solar peak power</source>
        <translation>Piekvermogen zonnepanelen</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>Batterijcapaciteit</translation>
    </message>
    <message>
        <source>Car battery capacity</source>
        <translation>Accucapaciteit auto</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Laadvermogen</translation>
    </message>
    <message>
        <source>Reading interval</source>
        <translation>Meetinterval</translation>
    </message>
    <message>
        <source>Simulate grid signals</source>
        <translation>Netsignalen simuleren</translation>
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
        <translation>Apparaattopic</translation>
    </message>
    <message>
        <source>The device&apos;s Topic, such as tasmota_9CF9D1 (Configuration &gt; Configure MQTT).</source>
        <translation>Het Topic van het apparaat, zoals tasmota_9CF9D1 (Configuration &gt; Configure MQTT).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What Commonwatt calls the device, such as Dishwasher.</source>
        <translation>Hoe Commonwatt het apparaat noemt, zoals Vaatwasser.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Which relay of a device with several: 1 for the first (POWER or POWER1).</source>
        <translation>Welk relais bij een apparaat met meerdere: 1 voor het eerste (POWER of POWER1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the device&apos;s Topic (one level, no /), as in Configure &gt; MQTT</source>
        <translation>&quot;%1&quot; moet het Topic van het apparaat zijn (één niveau, geen /), zoals in Configure &gt; MQTT</translation>
    </message>
    <message>
        <source>Tasmota %1</source>
        <translation>Tasmota %1</translation>
    </message>
</context>
</TS>
