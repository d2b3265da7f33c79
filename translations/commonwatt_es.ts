<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commonwatt: a household energy manager for communities that treat energy as a commons.</source>
        <translation>Commonwatt: un gestor energético doméstico para comunidades que tratan la energía como un bien común.</translation>
    </message>
    <message>
        <source>Run on the built-in simulated household (the default while no devices are configured).</source>
        <translation>Ejecuta el hogar simulado integrado (lo predeterminado mientras no haya dispositivos configurados).</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt; instead of the standard application data folder.</source>
        <translation>Guarda la base de datos y los ajustes en &lt;dir&gt; en lugar de en la carpeta de datos estándar de la aplicación.</translation>
    </message>
    <message>
        <source>Wall panel: full screen, no window frame, no mouse cursor.</source>
        <translation>Panel de pared: pantalla completa, sin marco de ventana ni cursor del ratón.</translation>
    </message>
    <message>
        <source>Run simulated time &lt;n&gt; times faster than real time (demo).</source>
        <translation>Hace que el tiempo simulado corra &lt;n&gt; veces más rápido que el real (demo).</translation>
    </message>
    <message>
        <source>Run without a window, for a home server.</source>
        <translation>Se ejecuta sin ventana, para un servidor doméstico.</translation>
    </message>
    <message>
        <source>Start simulated time at &lt;time&gt; (ISO 8601, e.g. 2026-06-21T08:00:00Z) instead of now (demo).</source>
        <translation>Inicia el tiempo simulado en &lt;time&gt; (ISO 8601, p. ej., 2026-06-21T08:00:00Z) en lugar de ahora (demo).</translation>
    </message>
    <message>
        <source>Seed of the simulated household (demo).</source>
        <translation>Semilla del hogar simulado (demo).</translation>
    </message>
    <message>
        <source>Publish the household&apos;s state and Home Assistant discovery on the MQTT broker at &lt;host[:port]&gt; (default port 1883), unless the configuration names a broker for it.</source>
        <translation>Publica el estado del hogar y el descubrimiento de Home Assistant en el bróker MQTT de &lt;host[:port]&gt; (puerto predeterminado: 1883), salvo que la configuración indique un bróker para ello.</translation>
    </message>
    <message>
        <source>Write the configuration (devices, brokers, site) to &lt;file&gt; as JSON, with passwords left out, and exit. - is standard output.</source>
        <translation>Escribe la configuración (dispositivos, brókeres, instalación) en &lt;file&gt; como JSON, sin las contraseñas, y sale. - es la salida estándar.</translation>
    </message>
    <message>
        <source>Check the configuration in &lt;file&gt; (JSON, as exported) and merge it into this household&apos;s, then exit. - is standard input.</source>
        <translation>Comprueba la configuración de &lt;file&gt; (JSON, tal como se exporta), la combina con la de este hogar y sale. - es la entrada estándar.</translation>
    </message>
    <message>
        <source>With --import-config: replace the whole configuration instead of merging.</source>
        <translation>Con --import-config: sustituye toda la configuración en lugar de combinarla.</translation>
    </message>
    <message>
        <source>Print the device plugins, their settings and any refused plugin file as JSON, and exit.</source>
        <translation>Muestra como JSON los plugins de dispositivo, sus ajustes y los archivos de plugin rechazados, y sale.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--replace goes with --import-config.</source>
        <translation>--replace solo se usa con --import-config.</translation>
    </message>
    <message>
        <source>The configuration command needs a file (- for standard input or output).</source>
        <translation>La orden de configuración necesita un archivo (- para la entrada o la salida estándar).</translation>
    </message>
    <message>
        <source>--mqtt-api needs a broker as host or host:port (e.g. localhost:1883), not &quot;%1&quot;.</source>
        <translation>--mqtt-api necesita un bróker como host o host:puerto (p. ej., localhost:1883), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kiosk and --headless exclude each other.</source>
        <translation>--kiosk y --headless son incompatibles entre sí.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
    </message>
    <message>
        <source>--speed must be a number above 0 and at most %1, not &quot;%2&quot;.</source>
        <translation>--speed debe ser un número mayor que 0 y como máximo %1, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--start must be an ISO 8601 time such as 2026-06-21T08:00:00Z, not &quot;%1&quot;.</source>
        <translation>--start debe ser una hora ISO 8601 como 2026-06-21T08:00:00Z, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--seed debe ser un número entero igual o mayor que 0, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Forget the wall panel&apos;s installer PIN and its lockout, and exit; the panel then asks for a new PIN.</source>
        <translation>Olvida el PIN de instalador del panel de pared y su bloqueo, y sale; después, el panel pide un PIN nuevo.</translation>
    </message>
    <message>
        <source>--export-config, --import-config, --list-plugins and --reset-installer-pin exclude each other.</source>
        <translation>--export-config, --import-config, --list-plugins y --reset-installer-pin son incompatibles entre sí.</translation>
    </message>
    <message>
        <source>Take part in the community whose folder &lt;dir&gt; holds community.json and the member&apos;s key file (with --member and --community-broker).</source>
        <translation>Participar en la comunidad cuya carpeta &lt;dir&gt; contiene community.json y el archivo de clave del miembro (con --member y --community-broker).</translation>
    </message>
    <message>
        <source>The household&apos;s key in the community folder: keys/&lt;name&gt;.key. Its passphrase comes from COMMONWATT_KEY_PASSPHRASE or the credential commonwatt-key-passphrase.</source>
        <translation>La clave del hogar en la carpeta de la comunidad: keys/&lt;name&gt;.key. Su frase de contraseña viene de COMMONWATT_KEY_PASSPHRASE o de la credencial commonwatt-key-passphrase.</translation>
    </message>
    <message>
        <source>The community&apos;s MQTT broker at &lt;host:port&gt;, where the ledger is kept in step.</source>
        <translation>El bróker MQTT de la comunidad en &lt;host:port&gt;, donde el registro se mantiene al día.</translation>
    </message>
    <message>
        <source>--community, --member and --community-broker go together: the community folder, the household&apos;s key name and the broker.</source>
        <translation>--community, --member y --community-broker van juntos: la carpeta de la comunidad, el nombre de la clave del hogar y el bróker.</translation>
    </message>
    <message>
        <source>--member needs the name of a key file in the folder&apos;s keys/, not &quot;%1&quot;.</source>
        <translation>--member necesita el nombre de un archivo de clave en keys/ de la carpeta, no «%1».</translation>
    </message>
    <message>
        <source>--community-broker needs a broker as host:port (e.g. broker.example.org:1883), not &quot;%1&quot;.</source>
        <translation>--community-broker necesita un bróker como host:puerto (p. ej. broker.example.org:1883), no «%1».</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Replaced by a newer command before %1 confirmed it.</source>
        <translation>Sustituida por una orden más reciente antes de que %1 la confirmara.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not confirm the command after %n attempt(s).</source>
        <translation>
            <numerusform>%1 no confirmó la orden tras %n intento.</numerusform>
            <numerusform>%1 no confirmó la orden tras %n intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommonsPanel</name>
    <message>
        <source>In the commons</source>
        <extracomment>Heading of the panel with credits, clean share and reputation</extracomment>
        <translation>En el procomún</translation>
    </message>
    <message>
        <source>estimates</source>
        <extracomment>Credits are estimated until the household joins a community and they are validated</extracomment>
        <translation>estimaciones</translation>
    </message>
    <message>
        <source>Credits today</source>
        <extracomment>Credits earned (or spent) today</extracomment>
        <translation>Créditos de hoy</translation>
    </message>
    <message>
        <source>This month %1 · since %2: %3</source>
        <extracomment>Under today&apos;s credits: this month&apos;s, and the total since a date</extracomment>
        <translation>Este mes %1 · desde %2: %3</translation>
    </message>
    <message>
        <source>Clean today</source>
        <extracomment>Share of today&apos;s use that was clean energy</extracomment>
        <translation>Energía limpia hoy</translation>
    </message>
    <message>
        <source>Reputation</source>
        <extracomment>Reputation score out of 100</extracomment>
        <translation>Reputación</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>giving %1 · reliable %2 · clean %3</source>
        <extracomment>The three parts of the reputation: giving, reliability, clean</extracomment>
        <translation>aporte %1 · fiabilidad %2 · limpieza %3</translation>
    </message>
    <message>
        <source>tap for its parts</source>
        <extracomment>Hint under the reputation score</extracomment>
        <translation>toca para ver el desglose</translation>
    </message>
    <message>
        <source>This month %1 · balance %2</source>
        <extracomment>Under today&apos;s credits: this month&apos;s, and the balance on the community ledger</extracomment>
        <translation>Este mes %1 · saldo %2</translation>
    </message>
</context>
<context>
    <name>CommunityActions</name>
    <message>
        <source>%1: pending, waiting for the ledger…</source>
        <extracomment>An action on the Community page waiting for the ledger; %1 the action</extracomment>
        <translation>%1: pendiente, esperando al registro…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <extracomment>An action in the ledger; %1 the action</extracomment>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>%1: refused, %2.</source>
        <extracomment>An action the ledger refused; %1 the action, %2 why</extracomment>
        <translation>%1: rechazado, %2.</translation>
    </message>
    <message>
        <source>%1: not sent, %2</source>
        <extracomment>An action that could not be stored; %1 the action, %2 why</extracomment>
        <translation>%1: no enviado, %2</translation>
    </message>
</context>
<context>
    <name>CommunityFeedView</name>
    <message>
        <source>All</source>
        <extracomment>Feed filter: every entry</extracomment>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Feed filter: entries by or about this household</extracomment>
        <translation>Lo mío</translation>
    </message>
    <message>
        <source>Trades</source>
        <extracomment>Feed filter: offers, acceptances, settlements</extracomment>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Feed filter: contributions, grant requests, approvals, payments</extracomment>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Any time</source>
        <extracomment>Feed period: no limit</extracomment>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Feed period: today only</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>7 days</source>
        <extracomment>Feed period: the last seven days</extracomment>
        <translation>7 días</translation>
    </message>
    <message>
        <source>Nothing in the ledger matches this filter.</source>
        <extracomment>The community feed under a filter that matches nothing</extracomment>
        <translation>Nada en el registro coincide con este filtro.</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <source>Your balance %1</source>
        <extracomment>Community page: the household&apos;s balance; %1 an amount of credits</extracomment>
        <translation>Tu saldo %1</translation>
    </message>
    <message>
        <source>Pool %1 · %2 members</source>
        <extracomment>Community page: the pool and the members; %1 credits, %2 how many members</extracomment>
        <translation>Fondo %1 · %2 miembros</translation>
    </message>
    <message>
        <source> · you are a steward</source>
        <extracomment>Appended when the household is a steward</extracomment>
        <translation> · eres administrador</translation>
    </message>
    <message>
        <source>Ledger</source>
        <extracomment>Community page section: the ledger&apos;s entries</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Trades</source>
        <extracomment>Community page section: offers and trades</extracomment>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Pool</source>
        <extracomment>Community page section: the subsidy pool</extracomment>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Board</source>
        <extracomment>Community page section: the reputation board</extracomment>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>Community page, when the household is not (yet) in a community</extracomment>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Not in a community</source>
        <translation>En ninguna comunidad</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>not a field of %1</source>
        <translation>no es un campo de %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>must be a time in milliseconds since 1970 (a whole number, 0 or more)</source>
        <translation>debe ser una hora en milisegundos desde 1970 (un número entero igual o mayor que 0)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2</source>
        <translation>&quot;%1&quot; ya lo usa %2</translation>
    </message>
    <message>
        <source>a configuration document</source>
        <translation>un documento de configuración</translation>
    </message>
    <message>
        <source>this is not a Commonwatt configuration (expected &quot;%1&quot;, found %2)</source>
        <translation>esto no es una configuración de Commonwatt (se esperaba &quot;%1&quot; y se encontró %2)</translation>
    </message>
    <message>
        <source>no format name</source>
        <translation>sin nombre de formato</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is newer than this build of Commonwatt reads (up to %2); update Commonwatt first</source>
        <translation>%1 es más reciente de lo que esta versión de Commonwatt puede leer (hasta %2); actualiza Commonwatt primero</translation>
    </message>
    <message>
        <source>%1 is not a version of the configuration format</source>
        <translation>%1 no es una versión del formato de configuración</translation>
    </message>
    <message>
        <source>a broker</source>
        <translation>un bróker</translation>
    </message>
    <message>
        <source>a plugin instance</source>
        <translation>una instancia de plugin</translation>
    </message>
    <message>
        <source>not a valid key (lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>no es una clave válida (letras minúsculas, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;)</translation>
    </message>
    <message>
        <source>belongs to the device it was set on and is not imported (the installer PIN is chosen on the panel)</source>
        <translation>pertenece al dispositivo en el que se configuró y no se importa (el PIN de instalador se elige en el panel)</translation>
    </message>
    <message>
        <source>must have a value</source>
        <translation>debe tener un valor</translation>
    </message>
    <message>
        <source>%1: not a Commonwatt configuration database (%2)</source>
        <translation>%1: no es una base de datos de configuración de Commonwatt (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a database file</source>
        <translation>%1: es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>el archivo no es una base de datos</translation>
    </message>
    <message>
        <source>another database, application id %1</source>
        <translation>otra base de datos, id de aplicación %1</translation>
    </message>
    <message>
        <source>%1: written by a newer Commonwatt (configuration version %2; this build reads up to version %3)</source>
        <translation>%1: escrita por un Commonwatt más reciente (versión de configuración %2; esta versión lee hasta la %3)</translation>
    </message>
    <message>
        <source>%1: cannot be created (%2)</source>
        <translation>%1: no se puede crear (%2)</translation>
    </message>
    <message>
        <source>%1: readable by other users and cannot be made private (%2)</source>
        <translation>%1: otros usuarios pueden leerlo y no se puede hacer privado (%2)</translation>
    </message>
    <message>
        <source>cannot use write-ahead logging (journal mode %1)</source>
        <translation>no se puede usar el registro de escritura anticipada (modo de journal %1)</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1</source>
        <translation>No se puede crear la carpeta de datos %1</translation>
    </message>
    <message>
        <source>The configuration store is not open</source>
        <translation>El almacén de configuración no está abierto</translation>
    </message>
    <message>
        <source>Broker %1 is still used by %2; give them another broker or remove them first</source>
        <translation>%2 todavía usa el bróker %1; asígnale otro bróker o elimínalo primero</translation>
    </message>
    <message>
        <source>No broker %1 is configured</source>
        <translation>No hay ningún bróker %1 configurado</translation>
    </message>
    <message>
        <source>No plugin instance %1 is configured</source>
        <translation>No hay ninguna instancia de plugin %1 configurada</translation>
    </message>
    <message>
        <source>Site setting &quot;%1&quot;: not a valid key (lowercase letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>Ajuste de la instalación &quot;%1&quot;: no es una clave válida (letras minúsculas, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;)</translation>
    </message>
    <message>
        <source>Site setting %1: must have a value (remove it instead)</source>
        <translation>Ajuste de la instalación %1: debe tener un valor (si no, elimínalo)</translation>
    </message>
    <message>
        <source>No site setting %1 is stored</source>
        <translation>No hay guardado ningún ajuste de la instalación %1</translation>
    </message>
    <message>
        <source>The configuration file is not valid JSON: %1 at byte %2</source>
        <translation>El archivo de configuración no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>The configuration file holds no JSON object; an export is one object</source>
        <translation>El archivo de configuración no contiene ningún objeto JSON; una exportación es un único objeto</translation>
    </message>
    <message>
        <source>is redacted (&quot;%1&quot;) and no secret is stored here to keep; enter it again</source>
        <translation>está oculto (&quot;%1&quot;) y aquí no hay guardado ningún secreto que conservar; vuelve a introducirlo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to %2 lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos; (e.g. &quot;kitchen-plug&quot;)</source>
        <translation>&quot;%1&quot; no es un id válido: usa de 1 a %2 letras minúsculas, dígitos y &apos;-&apos;, sin empezar por &apos;-&apos; (p. ej., &quot;enchufe-cocina&quot;)</translation>
    </message>
    <message>
        <source>no plugin &quot;%1&quot; is installed</source>
        <translation>no hay ningún plugin &quot;%1&quot; instalado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid broker id</source>
        <translation>&quot;%1&quot; no es un id de bróker válido</translation>
    </message>
    <message>
        <source>no broker &quot;%1&quot; is configured</source>
        <translation>no hay ningún bróker &quot;%1&quot; configurado</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The installer PIN was not reset: %1</source>
        <translation>No se ha restablecido el PIN de instalador: %1</translation>
    </message>
    <message>
        <source>The installer PIN is reset: the wall panel asks for a new one when the installer button is next pressed.</source>
        <translation>Se ha restablecido el PIN de instalador: el panel de pared pedirá uno nuevo la próxima vez que se pulse el botón Instalador.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se ha importado: %2</translation>
    </message>
    <message>
        <source>Imported %1: %2 devices, %3 brokers.</source>
        <translation>Importado %1: %2 dispositivos, %3 brókeres.</translation>
    </message>
</context>
<context>
    <name>ConfirmPopup</name>
    <message>
        <source>Cancel</source>
        <extracomment>Confirmation: do not do it</extracomment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data folder is known for this user: give one with --data-dir.</source>
        <translation>No se conoce ninguna carpeta de datos para este usuario: indica una con --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>Cannot write to the data folder %1: %2</source>
        <translation>No se puede escribir en la carpeta de datos %1: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is in use by another Commonwatt (process %2).</source>
        <translation>Otro Commonwatt está usando la carpeta de datos %1 (proceso %2).</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1.</source>
        <translation>No se puede bloquear la carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>DeviceSheet</name>
    <message>
        <source>Close</source>
        <extracomment>Closes the device&apos;s sheet</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Charge now</source>
        <translation>Cargar ahora</translation>
    </message>
    <message>
        <source>Heat now</source>
        <translation>Calentar ahora</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Iniciar ahora</translation>
    </message>
    <message>
        <source>Don&apos;t run today</source>
        <extracomment>Keeps an appliance or heater off until midnight</extracomment>
        <translation>No iniciar hoy</translation>
    </message>
    <message>
        <source>Back to automatic</source>
        <extracomment>Ends the household&apos;s request: the planner decides again</extracomment>
        <translation>Volver a automático</translation>
    </message>
    <message>
        <source>When do you leave, and how full should it be?</source>
        <extracomment>Above the car&apos;s departure time and charge</extracomment>
        <translation>¿Cuándo sales y cuánta carga necesitas?</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Less charge</source>
        <translation>Menos carga</translation>
    </message>
    <message>
        <source>More charge</source>
        <translation>Más carga</translation>
    </message>
    <message>
        <source>Ready by</source>
        <extracomment>Sets the car&apos;s departure time and charge</extracomment>
        <translation>Fijar salida</translation>
    </message>
</context>
<context>
    <name>EnergyCounter</name>
    <message>
        <source>energy counter %1 kWh is not a count</source>
        <translation>el contador de energía %1 kWh no es una lectura válida</translation>
    </message>
    <message>
        <source>energy counter went back from %1 to %2 kWh; kept at %1 until the next report shows whether the device&apos;s counter restarted</source>
        <translation>el contador de energía retrocedió de %1 a %2 kWh; se mantiene en %1 hasta que la siguiente lectura muestre si el contador del dispositivo se reinició</translation>
    </message>
    <message>
        <source>energy counter rose from %1 to %2 kWh in %3 min, more than the plausibility limit of %4 kW allows</source>
        <translation>el contador de energía subió de %1 a %2 kWh en %3 min, más de lo que permite el límite de plausibilidad de %4 kW</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Grid event: %1</source>
        <extracomment>Title of a grid event&apos;s card; %1 is its level in words, e.g. &quot;high need&quot;</extracomment>
        <translation>Evento de red: %1</translation>
    </message>
    <message>
        <source>No grid events</source>
        <extracomment>Events page, when there are none</extracomment>
        <translation>No hay eventos de red</translation>
    </message>
    <message>
        <source>When the grid is short of power, usually on a cold weekday evening, it calls a grid event the day before. Using less than usual during it earns credits. Events show here as soon as they are announced.</source>
        <extracomment>Events page, when there are none: what grid events are</extracomment>
        <translation>Cuando a la red le falta potencia, normalmente una tarde fría de un día laborable, convoca un evento de red el día antes. Consumir menos de lo habitual durante el evento da créditos. Los eventos aparecen aquí en cuanto se anuncian.</translation>
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
        <translation>ahora</translation>
    </message>
    <message>
        <source>upcoming</source>
        <extracomment>A grid event&apos;s status: it has not started</extracomment>
        <translation>próximo</translation>
    </message>
    <message>
        <source>past</source>
        <extracomment>A grid event&apos;s status: it is over</extracomment>
        <translation>pasado</translation>
    </message>
    <message>
        <source>Declined: your appliances are planned as if there were no event. It still counts, and any reduction still earns credits.</source>
        <extracomment>After declining a grid event: what declining does and does not change</extracomment>
        <translation>Rechazado: tus electrodomésticos se planifican como si no hubiera evento. El evento sigue contando y cualquier reducción sigue dando créditos.</translation>
    </message>
    <message>
        <source>Accepted: flexible appliances wait until it is over and the battery supplies the house.</source>
        <extracomment>After accepting a grid event</extracomment>
        <translation>Aceptado: los electrodomésticos flexibles esperan a que termine y la batería abastece la casa.</translation>
    </message>
    <message>
        <source>Your appliances keep out of it unless you decline. Using less than usual earns credits either way.</source>
        <extracomment>Before answering a grid event: what the default is</extracomment>
        <translation>Tus electrodomésticos lo evitan salvo que lo rechaces. Consumir menos de lo habitual da créditos en cualquier caso.</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: take part in a grid event</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <extracomment>Button: plan as if there were no grid event</extracomment>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>GridFeed</name>
    <message>
        <source>a topic cannot contain a NUL character</source>
        <translation>un tema no puede contener el carácter NUL</translation>
    </message>
    <message>
        <source>a topic is at most 65535 bytes long</source>
        <translation>un tema no puede superar los 65535 bytes</translation>
    </message>
    <message>
        <source># may only stand alone as the last level of a topic</source>
        <translation># solo puede ir aislado como último nivel de un tema</translation>
    </message>
    <message>
        <source>+ may only stand alone as a level of a topic</source>
        <translation>+ solo puede ir aislado como nivel de un tema</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Región de la red</translation>
    </message>
    <message>
        <source>The distribution region whose signals this household follows, as the distributor&apos;s membership entry names it.</source>
        <translation>La región de distribución cuyas señales sigue este hogar, tal como figura en la inscripción de socio de la distribuidora.</translation>
    </message>
    <message>
        <source>Feed topic</source>
        <translation>Tema de la fuente</translation>
    </message>
    <message>
        <source>Empty: commonwatt/community/signals/&lt;region&gt;. + and # may be used; documents for other regions are ignored.</source>
        <translation>Vacío: commonwatt/community/signals/&lt;region&gt;. Se pueden usar + y #; se ignoran los documentos de otras regiones.</translation>
    </message>
    <message>
        <source>Forecast usable for</source>
        <translation>Previsión válida durante</translation>
    </message>
    <message>
        <source>After this long without a newer document, the signals are shown as offline and no longer used.</source>
        <translation>Pasado este tiempo sin un documento más reciente, las señales se muestran como fuera de línea y dejan de usarse.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>a region cannot contain /, + or # (it is a level of the feed&apos;s topic)</source>
        <translation>una región no puede contener /, + ni # (es un nivel del tema de la fuente)</translation>
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
        <translation>Instalador</translation>
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
        <translation>Batería</translation>
    </message>
    <message>
        <source>Grid</source>
        <extracomment>A series of the history chart: what came from the grid</extracomment>
        <translation>Red</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>A series of the history chart: what the home used (not the battery or the car)</extracomment>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>A series of the history chart: what charged the car</extracomment>
        <translation>Coche</translation>
    </message>
    <message>
        <source>Charging</source>
        <extracomment>A series of the history chart: what charged the home battery</extracomment>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>A series of the history chart: what was sent to the grid</extracomment>
        <translation>Vertido</translation>
    </message>
    <message>
        <source>Giving</source>
        <extracomment>A series of the credits chart: credits earned by giving clean energy</extracomment>
        <translation>Aporte</translation>
    </message>
    <message>
        <source>Grid events</source>
        <extracomment>A series of the credits chart: rewards for answering grid events</extracomment>
        <translation>Eventos de red</translation>
    </message>
    <message>
        <source>Taking</source>
        <extracomment>A series of the credits chart: credits spent taking energy from the commons</extracomment>
        <translation>Consumo</translation>
    </message>
    <message>
        <source>Fossil</source>
        <extracomment>A series of the credits chart: credits spent on fossil energy</extracomment>
        <translation>Fósil</translation>
    </message>
    <message>
        <source>Clean share</source>
        <extracomment>A series of the clean-share chart: the share of the home&apos;s use that was clean</extracomment>
        <translation>Energía limpia</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
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
        <translation>Leyendo el historial</translation>
    </message>
    <message>
        <source>Whole period</source>
        <extracomment>Shows the whole period again after zooming in, on the History chart</extracomment>
        <translation>Todo el periodo</translation>
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
        <translation>Archivo de destino</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the export on the History page</extracomment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export readings</source>
        <extracomment>Writes the period&apos;s readings to the file</extracomment>
        <translation>Exportar lecturas</translation>
    </message>
    <message>
        <source>Export credits</source>
        <extracomment>Writes the period&apos;s settled credits per day to the file</extracomment>
        <translation>Exportar créditos</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <extracomment>Writes the community ledger&apos;s entries of the period to the file</extracomment>
        <translation>Exportar el registro</translation>
    </message>
    <message>
        <source>Export progress</source>
        <extracomment>Accessible name of the export&apos;s progress bar</extracomment>
        <translation>Progreso de la exportación</translation>
    </message>
</context>
<context>
    <name>HistoryToolbar</name>
    <message>
        <source>Earlier</source>
        <extracomment>Tooltip and accessible name of the History page&apos;s back button</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Tooltip and accessible name of the History page&apos;s forward button</extracomment>
        <translation>Después</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Back to the period that holds today, on the History page</extracomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Export</source>
        <extracomment>Opens the CSV export on the History page</extracomment>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>InstallerBackupCard</name>
    <message>
        <source>Backup and restore</source>
        <extracomment>Installer: heading of backup and restore</extracomment>
        <translation>Copia de seguridad y restauración</translation>
    </message>
    <message>
        <source>The devices, brokers and site settings, as one file. Passwords are left out; a restore replaces the whole configuration, or changes nothing if the file is not valid.</source>
        <extracomment>Installer: what a backup holds</extracomment>
        <translation>Los dispositivos, brokers y ajustes del sitio, en un solo archivo. Las contraseñas no se incluyen; una restauración sustituye toda la configuración, o no cambia nada si el archivo no es válido.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <extracomment>Installer: accessible name of the backup file field</extracomment>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Back up</source>
        <extracomment>Installer: write the backup file</extracomment>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Restore…</source>
        <extracomment>Installer: restore from the backup file (asks first)</extracomment>
        <translation>Restaurar…</translation>
    </message>
</context>
<context>
    <name>InstallerCommunityCard</name>
    <message>
        <source>Community</source>
        <extracomment>Installer: heading of the community membership</extracomment>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>The distributor gives you the community file (community.json) and the household&apos;s member key (NAME.key) with its passphrase. The passphrase is not stored: for the next starts, set it as the commonwatt-key-passphrase credential.</source>
        <extracomment>Installer, community: what joining needs</extracomment>
        <translation>El distribuidor le da el archivo de la comunidad (community.json) y la clave de miembro del hogar (NAME.key) con su frase de paso. La frase de paso no se guarda: para los próximos inicios, póngala como credencial commonwatt-key-passphrase.</translation>
    </message>
    <message>
        <source>No key yet? Make one here</source>
        <extracomment>Installer, community: heading of making a member key here</extracomment>
        <translation>¿Aún no tiene clave? Cree una aquí</translation>
    </message>
    <message>
        <source>Member name</source>
        <extracomment>Installer, community: the name the new key is for</extracomment>
        <translation>Nombre del miembro</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <extracomment>Installer, community: the key file&apos;s passphrase</extracomment>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <extracomment>Installer, community: the new key&apos;s passphrase, again</extracomment>
        <translation>Repita la frase de paso</translation>
    </message>
    <message>
        <source>Make a member key</source>
        <extracomment>Installer, community: make the household&apos;s own member key</extracomment>
        <translation>Crear una clave de miembro</translation>
    </message>
    <message>
        <source>Give the distributor this public key, to add the household with commonwatt-community add-member --name %2 --public-key %1. Then join below with the community file and this key.</source>
        <extracomment>Installer, community: what to give the distributor; %1 the public key, %2 the member name</extracomment>
        <translation>Dé al distribuidor esta clave pública, para que añada el hogar con commonwatt-community add-member --name %2 --public-key %1. Después únase abajo con el archivo de la comunidad y esta clave.</translation>
    </message>
    <message>
        <source>Join with the community file and the member key</source>
        <extracomment>Installer, community: heading of the join fields</extracomment>
        <translation>Unirse con el archivo de la comunidad y la clave de miembro</translation>
    </message>
    <message>
        <source>Community file</source>
        <extracomment>Installer, community: path of community.json</extracomment>
        <translation>Archivo de la comunidad</translation>
    </message>
    <message>
        <source>Member key file</source>
        <extracomment>Installer, community: path of the member&apos;s key file</extracomment>
        <translation>Archivo de la clave de miembro</translation>
    </message>
    <message>
        <source>Community broker host</source>
        <extracomment>Installer, community: the community&apos;s MQTT broker</extracomment>
        <translation>Host del broker de la comunidad</translation>
    </message>
    <message>
        <source>Port</source>
        <extracomment>Installer, community: the broker&apos;s port</extracomment>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <extracomment>Installer, community: the authority that signed the broker&apos;s certificate</extracomment>
        <translation>Archivo del certificado CA</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s</source>
        <extracomment>Installer, community: empty CA file</extracomment>
        <translation>Vacío: los del sistema</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <extracomment>Installer, community: encrypt the connection to the broker</extracomment>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Installer, community: check the files and join</extracomment>
        <translation>Unirse</translation>
    </message>
</context>
<context>
    <name>InstallerDeviceForm</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Installer form title: %1 the device&apos;s id</extracomment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add a %1 device</source>
        <extracomment>Installer form title: %1 the plugin&apos;s name</extracomment>
        <translation>Añadir un dispositivo %1</translation>
    </message>
    <message>
        <source>Device id (required)</source>
        <extracomment>Installer form: label of the device id field</extracomment>
        <translation>Id. del dispositivo (obligatorio)</translation>
    </message>
    <message>
        <source>Device id</source>
        <extracomment>Installer form: accessible name of the device id field</extracomment>
        <translation>Id. del dispositivo</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and &apos;-&apos;; it names the device in the history and the MQTT topics.</source>
        <extracomment>Installer form: help under the device id field</extracomment>
        <translation>Letras minúsculas, cifras y &apos;-&apos;; nombra el dispositivo en el historial y en los topics MQTT.</translation>
    </message>
    <message>
        <source>MQTT broker</source>
        <extracomment>Installer form: heading of the MQTT broker choice</extracomment>
        <translation>Broker MQTT</translation>
    </message>
    <message>
        <source>The broker the device publishes to.</source>
        <extracomment>Installer form: what the broker choice is about</extracomment>
        <translation>El broker en el que publica el dispositivo.</translation>
    </message>
    <message>
        <source>New broker</source>
        <extracomment>Installer form: choice of a new MQTT broker</extracomment>
        <translation>Broker nuevo</translation>
    </message>
    <message>
        <source>Fewer broker settings</source>
        <extracomment>Installer form: hide the broker&apos;s less common settings</extracomment>
        <translation>Menos ajustes del broker</translation>
    </message>
    <message>
        <source>More broker settings</source>
        <extracomment>Installer form: show the broker&apos;s less common settings</extracomment>
        <translation>Más ajustes del broker</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Installer, Test connection: one live reading; %1 channel, %2 value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test connection</source>
        <extracomment>Installer form: try the settings without saving them</extracomment>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Installer form: save the device</extracomment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Installer form: close without saving</extracomment>
        <translation>Cancelar</translation>
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
        <translation>%1 · última lectura %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>Installer: edit a device&apos;s settings</extracomment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Switch off</source>
        <extracomment>Installer: stop using a device without removing it</extracomment>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Switch on</source>
        <extracomment>Installer: use a switched-off device again</extracomment>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Installer: remove a device (asks first)</extracomment>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>InstallerDialog</name>
    <message>
        <source>Installer mode</source>
        <extracomment>Title of the installer dialog once the PIN was accepted</extracomment>
        <translation>Modo instalador</translation>
    </message>
    <message>
        <source>Enter the new PIN again</source>
        <extracomment>Title while choosing the installer PIN, second entry</extracomment>
        <translation>Vuelve a introducir el PIN nuevo</translation>
    </message>
    <message>
        <source>Choose the installer PIN</source>
        <extracomment>Title while choosing the installer PIN, first entry</extracomment>
        <translation>Elige el PIN de instalador</translation>
    </message>
    <message>
        <source>Enter the installer PIN</source>
        <extracomment>Title of the installer dialog before the PIN is entered</extracomment>
        <translation>Introduce el PIN de instalador</translation>
    </message>
    <message>
        <source>%1 to %2 digits. Whoever knows it can change the setup and leave the wall panel.</source>
        <extracomment>Under the title while choosing the installer PIN</extracomment>
        <translation>De %1 a %2 dígitos. Quien lo conozca puede cambiar la configuración y salir del panel de pared.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after too many wrong tries: %n s left.</source>
        <extracomment>Shown while the installer PIN is locked after wrong tries; counts down</extracomment>
        <translation>
            <numerusform>Bloqueado tras demasiados intentos fallidos: queda %n s.</numerusform>
            <numerusform>Bloqueado tras demasiados intentos fallidos: quedan %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave the wall panel</source>
        <extracomment>Installer mode: closes the app on the wall panel</extracomment>
        <translation>Salir del panel de pared</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <extracomment>Installer mode: choose a new installer PIN</extracomment>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <source>Dim the screen after</source>
        <extracomment>Installer mode: after how long without a touch the screen dims</extracomment>
        <translation>Atenuar la pantalla tras</translation>
    </message>
    <message>
        <source>Sooner</source>
        <extracomment>Installer mode: dim the screen sooner</extracomment>
        <translation>Antes</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Installer mode: the screen never dims</extracomment>
        <translation>nunca</translation>
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
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Back to the panel</source>
        <extracomment>Installer mode: ends installer mode and closes the dialog</extracomment>
        <translation>Volver al panel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the installer dialog without entering installer mode</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Set up devices and site</source>
        <extracomment>Installer mode: shows the Installer page (devices, site, backup)</extracomment>
        <translation>Configurar dispositivos y sitio</translation>
    </message>
    <message>
        <source>Leave installer mode</source>
        <extracomment>Installer mode on the desktop: ends installer mode and closes the dialog</extracomment>
        <translation>Salir del modo instalador</translation>
    </message>
</context>
<context>
    <name>InstallerPage</name>
    <message>
        <source>Devices</source>
        <extracomment>Installer: heading of the configured devices</extracomment>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>No device is configured yet. Add one from a plugin below.</source>
        <extracomment>Installer: no device is configured yet</extracomment>
        <translation>Aún no hay ningún dispositivo configurado. Añada uno desde un plugin más abajo.</translation>
    </message>
    <message>
        <source>Add a device</source>
        <extracomment>Installer: heading of the plugins a device can be added from</extracomment>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <extracomment>Installer: confirmation title; %1 the device&apos;s id</extracomment>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <source>Commonwatt stops using the device and forgets its settings. Its readings so far stay in the history.</source>
        <extracomment>Installer: what removing a device does</extracomment>
        <translation>Commonwatt deja de usar el dispositivo y olvida sus ajustes. Sus lecturas hasta ahora se quedan en el historial.</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Installer: confirm removing a device</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Replace the configuration?</source>
        <extracomment>Installer: confirmation title before a restore</extracomment>
        <translation>¿Sustituir la configuración?</translation>
    </message>
    <message>
        <source>Every device, broker and site setting is replaced by those in %1, and the devices restart.</source>
        <extracomment>Installer: what a restore does; %1 the file</extracomment>
        <translation>Todos los dispositivos, brokers y ajustes del sitio se sustituyen por los de %1, y los dispositivos se reinician.</translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Installer: confirm the restore</extracomment>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>InstallerSiteCard</name>
    <message>
        <source>Site</source>
        <extracomment>Installer: heading of the site settings</extracomment>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Import limit</source>
        <extracomment>Installer, site: most power the grid connection may draw</extracomment>
        <translation>Límite de importación</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>Installer, site: placeholder with the default limit</extracomment>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>Export limit</source>
        <extracomment>Installer, site: most power the site may feed into the grid</extracomment>
        <translation>Límite de exportación</translation>
    </message>
    <message>
        <source>Grid region</source>
        <extracomment>Installer, site: country code or bidding zone of the grid</extracomment>
        <translation>Región de la red</translation>
    </message>
    <message>
        <source>For example DE, NL or SE3</source>
        <extracomment>Installer, site: example grid regions</extracomment>
        <translation>Por ejemplo DE, NL o SE3</translation>
    </message>
    <message>
        <source>Household id</source>
        <extracomment>Installer, site: the household&apos;s id in MQTT topics</extracomment>
        <translation>Id. del hogar</translation>
    </message>
    <message>
        <source>The limits apply to the plan at once; a new household id applies to the MQTT API from the next start.</source>
        <extracomment>Installer, site: when the household id takes effect</extracomment>
        <translation>Los límites se aplican al plan de inmediato; un nuevo id. del hogar se aplica a la API MQTT a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Save site settings</source>
        <extracomment>Installer, site: save the site settings</extracomment>
        <translation>Guardar los ajustes del sitio</translation>
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
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 no se puede leer</translation>
    </message>
    <message>
        <source>Broker host</source>
        <translation>Host del bróker</translation>
    </message>
    <message>
        <source>Host name or IP address of the MQTT broker, without mqtt:// or a port.</source>
        <translation>Nombre de host o dirección IP del bróker MQTT, sin mqtt:// ni puerto.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Leave empty for the standard port: 1883, or 8883 with TLS.</source>
        <translation>Déjalo vacío para usar el puerto estándar: 1883, o 8883 con TLS.</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Usar TLS</translation>
    </message>
    <message>
        <source>Encrypt the connection and check the broker&apos;s certificate.</source>
        <translation>Cifra la conexión y comprueba el certificado del bróker.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <source>PEM file of the authority that signed the broker&apos;s certificate; empty: the system&apos;s.</source>
        <translation>Archivo PEM de la autoridad que firmó el certificado del bróker; vacío: las del sistema.</translation>
    </message>
    <message>
        <source>Client certificate file</source>
        <translation>Archivo de certificado de cliente</translation>
    </message>
    <message>
        <source>PEM certificate for brokers that identify clients by certificate.</source>
        <translation>Certificado PEM para brókeres que identifican a los clientes por certificado.</translation>
    </message>
    <message>
        <source>Client key file</source>
        <translation>Archivo de clave de cliente</translation>
    </message>
    <message>
        <source>PEM private key of the client certificate.</source>
        <translation>Clave privada PEM del certificado de cliente.</translation>
    </message>
    <message>
        <source>Verify the broker&apos;s certificate</source>
        <translation>Verificar el certificado del bróker</translation>
    </message>
    <message>
        <source>Turn off only for testing: anyone could pretend to be the broker.</source>
        <translation>Desactívalo solo para pruebas: cualquiera podría hacerse pasar por el bróker.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Id de cliente</translation>
    </message>
    <message>
        <source>Unique on the broker; empty: one is generated.</source>
        <translation>Único en el bróker; vacío: se genera uno.</translation>
    </message>
    <message>
        <source>Keep-alive interval</source>
        <translation>Intervalo de keep-alive</translation>
    </message>
    <message>
        <source>How soon a lost connection is noticed.</source>
        <translation>Cuánto se tarda en detectar una conexión perdida.</translation>
    </message>
    <message>
        <source>Availability topic</source>
        <translation>Tema de disponibilidad</translation>
    </message>
    <message>
        <source>Where the broker announces that Commonwatt went offline; empty: no announcement.</source>
        <translation>Dónde anuncia el bróker que Commonwatt se ha desconectado; vacío: sin anuncio.</translation>
    </message>
    <message>
        <source>Offline payload</source>
        <translation>Mensaje fuera de línea</translation>
    </message>
    <message>
        <source>Retain availability</source>
        <translation>Retener disponibilidad</translation>
    </message>
    <message>
        <source>Online payload</source>
        <translation>Mensaje en línea</translation>
    </message>
    <message>
        <source>%1 is not a host name or address (leave out mqtt:// and any path)</source>
        <translation>%1 no es un nombre de host ni una dirección (omite mqtt:// y cualquier ruta)</translation>
    </message>
    <message>
        <source>must not contain the wildcards + or #</source>
        <translation>no debe contener los comodines + ni #</translation>
    </message>
    <message>
        <source>required when a password is set</source>
        <translation>obligatorio si se indica una contraseña</translation>
    </message>
    <message>
        <source>required when keyFile is set</source>
        <translation>obligatorio si se indica keyFile</translation>
    </message>
    <message>
        <source>required when certFile is set</source>
        <translation>obligatorio si se indica certFile</translation>
    </message>
</context>
<context>
    <name>MqttGeneric</name>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Multiplies the value to give kW: 0.001 for W, 1 for kW.</source>
        <translation>Multiplica el valor para obtener kW: 0.001 para W, 1 para kW.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Multiplies the value to give kWh: 0.001 for Wh, 1 for kWh.</source>
        <translation>Multiplica el valor para obtener kWh: 0.001 para Wh, 1 para kWh.</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <source>Multiplies the value to give %: 100 for a fraction 0..1.</source>
        <translation>Multiplica el valor para obtener %: 100 para una fracción 0..1.</translation>
    </message>
    <message>
        <source>On/off state</source>
        <translation>Estado encendido/apagado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>MQTT device</source>
        <translation>Dispositivo MQTT</translation>
    </message>
    <message>
        <source>What the app calls this device.</source>
        <translation>Cómo llama la aplicación a este dispositivo.</translation>
    </message>
    <message>
        <source>Kind of device</source>
        <translation>Tipo de dispositivo</translation>
    </message>
    <message>
        <source>%1: topic</source>
        <translation>%1: tema</translation>
    </message>
    <message>
        <source>The topic the device publishes it on; empty: not read.</source>
        <translation>El tema en el que lo publica el dispositivo; vacío: no se lee.</translation>
    </message>
    <message>
        <source>%1: JSON path</source>
        <translation>%1: ruta JSON</translation>
    </message>
    <message>
        <source>Where the value is in the JSON payload, e.g. ENERGY.Power; empty: the payload is the value itself.</source>
        <translation>Dónde está el valor en el mensaje JSON, p. ej., ENERGY.Power; vacío: el mensaje es el propio valor.</translation>
    </message>
    <message>
        <source>%1: scale</source>
        <translation>%1: escala</translation>
    </message>
    <message>
        <source>Largest plausible power</source>
        <translation>Potencia máxima plausible</translation>
    </message>
    <message>
        <source>The most the device can use or deliver. Its energy register may rise at most 1.5 times this fast; a faster rise or a drop is held back until the next value shows whether the register really jumped (a reset) or the value was garbage.</source>
        <translation>Lo máximo que el dispositivo puede consumir o entregar. Su registro de energía puede subir como mucho 1,5 veces así de rápido; una subida más rápida o una bajada se retiene hasta que el siguiente valor muestre si el registro saltó de verdad (un reinicio) o si el valor era erróneo.</translation>
    </message>
    <message>
        <source>Availability topic</source>
        <translation>Tema de disponibilidad</translation>
    </message>
    <message>
        <source>Where the device says it is online or offline (its last will); empty: online once a reading arrives.</source>
        <translation>Dónde indica el dispositivo si está en línea o fuera de línea (su última voluntad); vacío: en línea en cuanto llega una lectura.</translation>
    </message>
    <message>
        <source>Online payload</source>
        <translation>Mensaje en línea</translation>
    </message>
    <message>
        <source>Offline payload</source>
        <translation>Mensaje fuera de línea</translation>
    </message>
    <message>
        <source>Switch command topic</source>
        <translation>Tema de orden de conmutación</translation>
    </message>
    <message>
        <source>Where on and off are sent; empty: the device cannot be switched. Needs the on/off state topic, which confirms each command.</source>
        <translation>Dónde se envían el encendido y el apagado; vacío: el dispositivo no se puede conmutar. Necesita el tema del estado encendido/apagado, que confirma cada orden.</translation>
    </message>
    <message>
        <source>Switch on payload</source>
        <translation>Mensaje de encendido</translation>
    </message>
    <message>
        <source>Switch off payload</source>
        <translation>Mensaje de apagado</translation>
    </message>
    <message>
        <source>Power setpoint topic</source>
        <translation>Tema de consigna de potencia</translation>
    </message>
    <message>
        <source>Where a power setpoint is sent as a plain number; empty: no setpoints. Needs the power topic, which confirms each command.</source>
        <translation>Dónde se envía una consigna de potencia como número simple; vacío: sin consignas. Necesita el tema de potencia, que confirma cada orden.</translation>
    </message>
    <message>
        <source>Setpoint scale</source>
        <translation>Escala de la consigna</translation>
    </message>
    <message>
        <source>Multiplies the setpoint in kW before it is sent: 1000 for W, 1 for kW.</source>
        <translation>Multiplica la consigna en kW antes de enviarla: 1000 para W, 1 para kW.</translation>
    </message>
    <message>
        <source>Charging current topic</source>
        <translation>Tema de corriente de carga</translation>
    </message>
    <message>
        <source>EV chargers only: where the charging current in amperes is sent; empty: not set. Needs the power topic, which confirms each command.</source>
        <translation>Solo cargadores de VE: dónde se envía la corriente de carga en amperios; vacío: no se fija. Necesita el tema de potencia, que confirma cada orden.</translation>
    </message>
    <message>
        <source>a topic cannot contain + or # (they are subscription wildcards)</source>
        <translation>un tema no puede contener + ni # (son comodines de suscripción)</translation>
    </message>
    <message>
        <source>a topic cannot contain a NUL character</source>
        <translation>un tema no puede contener el carácter NUL</translation>
    </message>
    <message>
        <source>topics starting with $ belong to the broker</source>
        <translation>los temas que empiezan por $ pertenecen al bróker</translation>
    </message>
    <message>
        <source>a topic is at most 65535 bytes long</source>
        <translation>un tema no puede superar los 65535 bytes</translation>
    </message>
    <message>
        <source>set, but %1 is empty, so there is nothing to read it from</source>
        <translation>indicado, pero %1 está vacío, así que no hay de dónde leerlo</translation>
    </message>
    <message>
        <source>must not be 0 (every reading would be 0)</source>
        <translation>no debe ser 0 (todas las lecturas serían 0)</translation>
    </message>
    <message>
        <source>no reading is mapped: set at least one of powerTopic, energyTopic, socTopic and onTopic</source>
        <translation>no hay ninguna lectura asignada: indica al menos uno de powerTopic, energyTopic, socTopic y onTopic</translation>
    </message>
    <message>
        <source>required with an availability topic</source>
        <translation>obligatorio con un tema de disponibilidad</translation>
    </message>
    <message>
        <source>must differ from payloadOnline</source>
        <translation>debe ser distinto de payloadOnline</translation>
    </message>
    <message>
        <source>needs onTopic: a switch command is confirmed by the on/off state</source>
        <translation>necesita onTopic: una orden de conmutación se confirma con el estado encendido/apagado</translation>
    </message>
    <message>
        <source>required with a switch topic</source>
        <translation>obligatorio con un tema de conmutación</translation>
    </message>
    <message>
        <source>must differ from payloadOn</source>
        <translation>debe ser distinto de payloadOn</translation>
    </message>
    <message>
        <source>needs powerTopic: a setpoint is confirmed by the power reading</source>
        <translation>necesita powerTopic: una consigna se confirma con la lectura de potencia</translation>
    </message>
    <message>
        <source>must not be 0 (every setpoint would be sent as 0)</source>
        <translation>no debe ser 0 (todas las consignas se enviarían como 0)</translation>
    </message>
    <message>
        <source>only an EV charger (kind ev) takes a charging current</source>
        <translation>solo un cargador de VE (tipo ev) admite una corriente de carga</translation>
    </message>
    <message>
        <source>needs powerTopic: a charging current is confirmed by the power reading</source>
        <translation>necesita powerTopic: una corriente de carga se confirma con la lectura de potencia</translation>
    </message>
</context>
<context>
    <name>NavTabs</name>
    <message>
        <source>Home</source>
        <extracomment>Names of the pages in the navigation bar</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Instalador</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>NextActions</name>
    <message>
        <source>Next</source>
        <extracomment>Home: heading over the plan&apos;s next actions</extracomment>
        <translation>A continuación</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>Enter a PIN of %1 to %2 digits.</source>
        <translation>Introduce un PIN de %1 a %2 dígitos.</translation>
    </message>
    <message>
        <source>A PIN holds digits (0 to 9) only.</source>
        <translation>Un PIN solo contiene dígitos (del 0 al 9).</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>Un PIN tiene de %1 a %2 dígitos; este tiene %3.</translation>
    </message>
    <message>
        <source>The installer PIN cannot be checked: the cryptography library failed to start.</source>
        <translation>No se puede comprobar el PIN de instalador: no se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The installer PIN could not be stored: not enough memory to hash it.</source>
        <translation>No se pudo guardar el PIN de instalador: no hay memoria suficiente para calcular su hash.</translation>
    </message>
    <message>
        <source>The stored installer PIN is damaged. Reset it from the command line with commonwatt --reset-installer-pin.</source>
        <translation>El PIN de instalador guardado está dañado. Restablécelo desde la línea de órdenes con commonwatt --reset-installer-pin.</translation>
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
            <numerusform>PIN, %n dígito introducido</numerusform>
            <numerusform>PIN, %n dígitos introducidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <extracomment>The PIN pad&apos;s key that removes the last digit typed</extracomment>
        <translation>Borrar el último dígito</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Grid</source>
        <extracomment>The band&apos;s row: how much a grid kWh is worth to the commons in each slot</extracomment>
        <translation>Red</translation>
    </message>
    <message>
        <source>%1–%2 cr/kWh</source>
        <extracomment>Under &quot;Grid&quot;: the range of credits a grid kWh costs over the plan, e.g. &quot;0.20–1.39 cr/kWh&quot;</extracomment>
        <translation>%1–%2 cr/kWh</translation>
    </message>
    <message>
        <source>Sun</source>
        <extracomment>The row with the solar forecast</extracomment>
        <translation>Sol</translation>
    </message>
    <message>
        <source>solar: %1 · home: %2 · carbon: %3</source>
        <extracomment>Where the plan&apos;s forecasts come from: %1 solar, %2 the home&apos;s own use, %3 the grid&apos;s carbon intensity, e.g. &quot;solar: learned from 42 days · home: learned from 30 days · carbon: feed 36 h&quot;</extracomment>
        <translation>solar: %1 · consumo: %2 · carbono: %3</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Marks the current time on the plan&apos;s timeline</extracomment>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>PlanRequests</name>
    <message>
        <source>%1 has no programme waiting to start.</source>
        <translation>%1 no tiene ningún programa pendiente de iniciar.</translation>
    </message>
    <message>
        <source>%1 is not plugged in.</source>
        <translation>%1 no está conectado.</translation>
    </message>
    <message>
        <source>%1 tells too little about itself to be planned.</source>
        <translation>%1 no da suficiente información para poder planificarlo.</translation>
    </message>
    <message>
        <source>%1 has nothing to run now.</source>
        <translation>%1 no tiene nada que ejecutar ahora.</translation>
    </message>
    <message>
        <source>Cannot read the planner&apos;s requests from %1: %2</source>
        <translation>No se pueden leer las peticiones del planificador de %1: %2</translation>
    </message>
    <message>
        <source>The planner&apos;s requests in %1 are not readable and were ignored.</source>
        <translation>Las peticiones del planificador de %1 no se pueden leer y se han ignorado.</translation>
    </message>
    <message>
        <source>Some of the planner&apos;s requests in %1 were not readable and were ignored.</source>
        <translation>Algunas peticiones del planificador de %1 no se podían leer y se han ignorado.</translation>
    </message>
    <message>
        <source>Cannot save the planner&apos;s requests to %1: %2</source>
        <translation>No se pueden guardar las peticiones del planificador en %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Planning…</source>
        <translation>Planificando…</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Aún no hay plan</translation>
    </message>
    <message>
        <source>more than running everything now</source>
        <extracomment>After the plan&apos;s gain in credits, e.g. &quot;+3.4 cr&quot;</extracomment>
        <translation>más que encenderlo todo ahora</translation>
    </message>
    <message>
        <source>less than running everything now</source>
        <translation>menos que encenderlo todo ahora</translation>
    </message>
    <message>
        <source>This plan %1, everything now %2, to the end of tomorrow</source>
        <extracomment>%1 the plan&apos;s credits, %2 the credits of running everything at once</extracomment>
        <translation>Este plan %1, todo ahora %2, hasta el final de mañana</translation>
    </message>
    <message>
        <source>Planned at %1 in %2 ms</source>
        <extracomment>%1 the time of the last plan, %2 how long the solver took in milliseconds</extracomment>
        <translation>Planificado a las %1 en %2 ms</translation>
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
        <translation>mañana %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A span of time, e.g. &quot;13:15–15:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>stores solar surplus</source>
        <translation>almacena excedente solar</translation>
    </message>
    <message>
        <source>solar surplus</source>
        <translation>excedente solar</translation>
    </message>
    <message>
        <source>covers a grid event</source>
        <translation>cubre un evento de red</translation>
    </message>
    <message>
        <source>avoids a grid event</source>
        <translation>evita un evento de red</translation>
    </message>
    <message>
        <source>grid surplus</source>
        <extracomment>The grid has more energy than it needs then</extracomment>
        <translation>excedente en la red</translation>
    </message>
    <message>
        <source>low carbon</source>
        <extracomment>The grid&apos;s electricity is cleaner (less CO2) then</extracomment>
        <translation>bajas emisiones</translation>
    </message>
    <message>
        <source>cheaper</source>
        <extracomment>A grid kWh costs fewer credits then</extracomment>
        <translation>más barato</translation>
    </message>
    <message>
        <source>as you asked</source>
        <translation>como pediste</translation>
    </message>
    <message>
        <source>no better time</source>
        <translation>no hay mejor momento</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nada que hacer</translation>
    </message>
    <message>
        <source>%1 vs now</source>
        <extracomment>After a device&apos;s decision: its credits against running it now, e.g. &quot;+0.8 cr vs now&quot;</extracomment>
        <translation>%1 vs. ahora</translation>
    </message>
    <message>
        <source>stays idle</source>
        <extracomment>A planned device with nothing to do in the horizon, e.g. &quot;stays idle&quot;</extracomment>
        <translation>en reposo</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation>%1 y más tarde</translation>
    </message>
    <message>
        <source>starts now: %1, %2</source>
        <extracomment>An appliance that starts now: %1 the reason, %2 the credits</extracomment>
        <translation>empieza ahora: %1, %2</translation>
    </message>
    <message>
        <source>at %1: %2, %3</source>
        <extracomment>An appliance&apos;s planned start: %1 a time (&quot;13:15&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>empieza %1: %2, %3</translation>
    </message>
    <message>
        <source>charges %1: %2, %3</source>
        <extracomment>A car&apos;s charging: %1 its span (&quot;13:15–15:00&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>carga %1: %2, %3</translation>
    </message>
    <message>
        <source>heats %1: %2, %3</source>
        <extracomment>A heater&apos;s planned heating: %1 its span (&quot;13:15–15:00&quot;), %2 the reason, %3 the credits</extracomment>
        <translation>calienta %1: %2, %3</translation>
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
        <translation>Su plazo está muy cerca: empezará en cuanto pueda</translation>
    </message>
    <message>
        <source>Running until %1</source>
        <translation>En marcha hasta %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>On its thermostat</source>
        <translation>Según su termostato</translation>
    </message>
    <message>
        <source>Nothing waiting to run</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <source>Charging now: set a departure time to plan it</source>
        <translation>Cargando ahora: fija una hora de salida para planificarlo</translation>
    </message>
    <message>
        <source>Kept off until tomorrow</source>
        <translation>En espera hasta mañana</translation>
    </message>
    <message>
        <source>Not started by the plan today; it may still start by its own deadline</source>
        <translation>El plan no lo inicia hoy; aún puede iniciarse solo al llegar su plazo</translation>
    </message>
    <message>
        <source>Cannot be planned: it tells too little about itself</source>
        <translation>No se puede planificar: no da suficiente información</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Iniciar ahora</translation>
    </message>
    <message>
        <source>Ready by %1 with %2 %</source>
        <extracomment>A car&apos;s request: %1 a time (&quot;07:00&quot;), %2 the charge in percent</extracomment>
        <translation>Salida %1, carga %2 %</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>learned from 1 day</source>
        <extracomment>Where a forecast comes from: a model learned from the household&apos;s own readings of one day</extracomment>
        <translation>aprendido de 1 día</translation>
    </message>
    <message>
        <source>learned from %1 days</source>
        <translation>aprendido de %1 días</translation>
    </message>
    <message>
        <source>feed %1 h</source>
        <extracomment>Where a grid signal comes from: the grid-signal feed covers the next %1 hours</extracomment>
        <translation>fuente %1 h</translation>
    </message>
    <message>
        <source>feed</source>
        <extracomment>Where a forecast comes from: the signal or weather source&apos;s own forecast</extracomment>
        <translation>fuente</translation>
    </message>
    <message>
        <source>profile</source>
        <extracomment>Where a grid signal comes from: a daily profile learned from what the feed sent before</extracomment>
        <translation>perfil</translation>
    </message>
    <message>
        <source>sun position (%1 d)</source>
        <extracomment>Where the solar forecast comes from: the sun&apos;s position, with %1 days of history so far</extracomment>
        <translation>posición solar (%1 d)</translation>
    </message>
    <message>
        <source>typical home (%1 d)</source>
        <extracomment>Where the home&apos;s forecast comes from: a typical household, with %1 days of history so far</extracomment>
        <translation>hogar típico (%1 d)</translation>
    </message>
    <message>
        <source>sun position (no history yet)</source>
        <translation>posición solar (aún sin historial)</translation>
    </message>
    <message>
        <source>typical home (no history yet)</source>
        <translation>hogar típico (aún sin historial)</translation>
    </message>
    <message>
        <source>community defaults</source>
        <extracomment>Where a grid signal comes from: the community&apos;s default values</extracomment>
        <translation>valores de la comunidad</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Where a forecast comes from: nothing to forecast (no solar array)</extracomment>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>PluginPayload</name>
    <message>
        <source>message of %1 bytes is larger than %2 bytes</source>
        <translation>un mensaje de %1 bytes supera los %2 bytes</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2): %3</source>
        <translation>no es JSON (%1 en el byte %2): %3</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>%1: must be a number</source>
        <translation>%1: debe ser un número</translation>
    </message>
    <message>
        <source>%1: must be a finite number</source>
        <translation>%1: debe ser un número finito</translation>
    </message>
    <message>
        <source>%1: %2 %3 is outside %4..%5 %3</source>
        <translation>%1: %2 %3 está fuera de %4..%5 %3</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
</context>
<context>
    <name>PluginSettings</name>
    <message>
        <source>What it switches</source>
        <translation>Qué controla</translation>
    </message>
    <message>
        <source>An appliance, a water heater or heat pump (thermal), or a load the plug only measures (monitor, never switched).</source>
        <translation>Un electrodoméstico, un termo o una bomba de calor (thermal), o una carga que el enchufe solo mide (monitor, nunca se conmuta).</translation>
    </message>
    <message>
        <source>Largest plausible power</source>
        <translation>Potencia máxima plausible</translation>
    </message>
    <message>
        <source>Readings above it are taken as broken messages; 3.7 kW for a 16 A plug.</source>
        <translation>Las lecturas por encima se consideran mensajes defectuosos; 3,7 kW para un enchufe de 16 A.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain the MQTT wildcards + or #</source>
        <translation>&quot;%1&quot; no debe contener los comodines MQTT + ni #</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not start or end with /</source>
        <translation>&quot;%1&quot; no debe empezar ni terminar por /</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain spaces or control characters</source>
        <translation>&quot;%1&quot; no debe contener espacios ni caracteres de control</translation>
    </message>
    <message>
        <source>%1: no clock to run on</source>
        <translation>%1: no hay ningún reloj en el que ejecutarse</translation>
    </message>
    <message>
        <source>%1: needs an MQTT broker; none is configured for this instance</source>
        <translation>%1: necesita un bróker MQTT; no hay ninguno configurado para esta instancia</translation>
    </message>
    <message>
        <source>%1: createDevices needs a parent to own the device</source>
        <translation>%1: createDevices necesita un padre que sea propietario del dispositivo</translation>
    </message>
    <message>
        <source>%1: the instance has no id</source>
        <translation>%1: la instancia no tiene id</translation>
    </message>
</context>
<context>
    <name>Plugins</name>
    <message>
        <source>not a Commonwatt device plugin (no plugin interface declared)</source>
        <translation>no es un plugin de dispositivo de Commonwatt (no declara ninguna interfaz de plugin)</translation>
    </message>
    <message>
        <source>not a Commonwatt device plugin (it declares the interface %1)</source>
        <translation>no es un plugin de dispositivo de Commonwatt (declara la interfaz %1)</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;apiVersion&quot;</source>
        <translation>sus metadatos no tienen un &quot;apiVersion&quot; válido</translation>
    </message>
    <message>
        <source>written for plugin API %1; this Commonwatt needs plugin API %2.x</source>
        <translation>escrito para la API de plugins %1; este Commonwatt necesita la API de plugins %2.x</translation>
    </message>
    <message>
        <source>its metadata has no valid &quot;id&quot; (lowercase letters, digits and &apos;-&apos;)</source>
        <translation>sus metadatos no tienen un &quot;id&quot; válido (letras minúsculas, dígitos y &apos;-&apos;)</translation>
    </message>
    <message>
        <source>its metadata&apos;s &quot;thread&quot; must be &quot;worker&quot; or &quot;clock&quot;, not &quot;%1&quot;</source>
        <translation>el &quot;thread&quot; de sus metadatos debe ser &quot;worker&quot; o &quot;clock&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>built-in plugin</source>
        <translation>plugin integrado</translation>
    </message>
    <message>
        <source>The built-in plugin is refused: %1.</source>
        <translation>Se rechaza el plugin integrado: %1.</translation>
    </message>
    <message>
        <source>The built-in plugin %1 does not implement the device plugin interface.</source>
        <translation>El plugin integrado %1 no implementa la interfaz de plugin de dispositivo.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>%1 is refused: not a Commonwatt plugin, or a damaged file (%2).</source>
        <translation>Se rechaza %1: no es un plugin de Commonwatt o el archivo está dañado (%2).</translation>
    </message>
    <message>
        <source>%1 is refused: %2.</source>
        <translation>Se rechaza %1: %2.</translation>
    </message>
    <message>
        <source>%1 is refused: a plugin with the id %2 is already loaded from %3.</source>
        <translation>Se rechaza %1: ya hay un plugin con el id %2 cargado desde %3.</translation>
    </message>
    <message>
        <source>this program</source>
        <translation>este programa</translation>
    </message>
    <message>
        <source>%1 is refused: it does not implement the device plugin interface.</source>
        <translation>Se rechaza %1: no implementa la interfaz de plugin de dispositivo.</translation>
    </message>
    <message>
        <source>%1 is refused: it could not be loaded (%2).</source>
        <translation>Se rechaza %1: no se pudo cargar (%2).</translation>
    </message>
    <message>
        <source>The plugin %1 (%2) is refused: its id is already taken.</source>
        <translation>Se rechaza el plugin %1 (%2): su id ya está en uso.</translation>
    </message>
    <message>
        <source>%1 needs an MQTT broker, and none is configured for it.</source>
        <translation>%1 necesita un bróker MQTT y no hay ninguno configurado para él.</translation>
    </message>
    <message>
        <source>%1: the plugin %2 created no devices.</source>
        <translation>%1: el plugin %2 no creó ningún dispositivo.</translation>
    </message>
    <message>
        <source>%1: the plugin %2 failed while creating its devices: %3</source>
        <translation>%1: el plugin %2 falló al crear sus dispositivos: %3</translation>
    </message>
    <message>
        <source>%1: the plugin %2 failed while creating its devices.</source>
        <translation>%1: el plugin %2 falló al crear sus dispositivos.</translation>
    </message>
    <message>
        <source>an exception of unknown type</source>
        <translation>una excepción de tipo desconocido</translation>
    </message>
    <message>
        <source>%1 (plugin %2) has not responded for %3 s.</source>
        <translation>%1 (plugin %2) no responde desde hace %3 s.</translation>
    </message>
    <message>
        <source>%1 (plugin %2) stopped: it threw an exception: %3</source>
        <translation>%1 (plugin %2) se detuvo: lanzó una excepción: %3</translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>The subsidy pool holds %1</source>
        <extracomment>The subsidy pool&apos;s balance; %1 an amount of credits</extracomment>
        <translation>El fondo de ayudas tiene %1</translation>
    </message>
    <message>
        <source>Give credits</source>
        <extracomment>Giving to the pool: how many credits</extracomment>
        <translation>Aportar créditos</translation>
    </message>
    <message>
        <source>Give</source>
        <extracomment>Button: give credits to the subsidy pool</extracomment>
        <translation>Aportar</translation>
    </message>
    <message>
        <source>Ask for a grant</source>
        <extracomment>Community page: heading of the form to ask the pool for a grant</extracomment>
        <translation>Pedir una ayuda</translation>
    </message>
    <message>
        <source>For clean-energy investments: panels, a battery, a heat pump. The stewards approve it; it is paid in full once enough of them have.</source>
        <extracomment>What grants are for and how they are decided</extracomment>
        <translation>Para inversiones en energía limpia: paneles, una batería, una bomba de calor. La aprueban los administradores; se paga entera en cuanto la han aprobado suficientes.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <extracomment>Grant form: what the grant is for</extracomment>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>a home battery</source>
        <extracomment>Grant form: an example purpose</extracomment>
        <translation>una batería doméstica</translation>
    </message>
    <message>
        <source>Credits</source>
        <extracomment>Grant form: how many credits</extracomment>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Ask</source>
        <extracomment>Button: publish a grant request</extracomment>
        <translation>Pedir</translation>
    </message>
    <message>
        <source>Grant requests</source>
        <extracomment>Community page: heading of the list of grant requests</extracomment>
        <translation>Solicitudes de ayuda</translation>
    </message>
    <message>
        <source>No grant requests yet.</source>
        <extracomment>Community page: no grant requests</extracomment>
        <translation>Aún no hay solicitudes de ayuda.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>A grant request&apos;s state: %1 when asked, %2 approvals, %3 status</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>Button: a steward approves a grant request</extracomment>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <extracomment>Button: a steward withdraws an approval</extracomment>
        <translation>Retirar la aprobación</translation>
    </message>
    <message>
        <source>Pay from the pool</source>
        <extracomment>Button: pay an approved grant from the pool</extracomment>
        <translation>Pagar desde el fondo</translation>
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
        <translation>Red</translation>
    </message>
    <message>
        <source>importing</source>
        <extracomment>Grid detail: importing from or exporting to the grid</extracomment>
        <translation>consumiendo</translation>
    </message>
    <message>
        <source>exporting</source>
        <translation>vertiendo</translation>
    </message>
    <message>
        <source>Home</source>
        <extracomment>Power-flow node: the home&apos;s own consumption</extracomment>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Battery</source>
        <extracomment>Power-flow node: the home battery</extracomment>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Car</source>
        <extracomment>Power-flow node: the electric car</extracomment>
        <translation>Coche</translation>
    </message>
    <message>
        <source>away</source>
        <extracomment>Car detail when it is not plugged in</extracomment>
        <translation>fuera</translation>
    </message>
</context>
<context>
    <name>ReputationBoard</name>
    <message>
        <source>Name on the board</source>
        <extracomment>The name shown on the reputation board</extracomment>
        <translation>Nombre en la clasificación</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button: show this name on the reputation board</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Stay anonymous</source>
        <extracomment>Button: be anonymous on the reputation board</extracomment>
        <translation>Seguir anónimo</translation>
    </message>
    <message>
        <source>Rank %1, %2, %3</source>
        <extracomment>A row of the board for screen readers: %1 rank, %2 name, %3 points</extracomment>
        <translation>Puesto %1, %2, %3</translation>
    </message>
    <message>
        <source>#%1</source>
        <extracomment>A rank on the board; %1 the number</extracomment>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Others see you on the board as “%1”, and can tell which entries of the ledger are yours.</source>
        <extracomment>The board opt-in, when shown; %1 the name</extracomment>
        <translation>Los demás te ven en la clasificación como «%1» y pueden saber qué entradas del registro son tuyas.</translation>
    </message>
    <message>
        <source>Others see you on the board as an anonymous member. You can show a name of your choice instead; members can then tell which entries of the ledger are yours.</source>
        <extracomment>The board opt-in, by default</extracomment>
        <translation>Los demás te ven en la clasificación como un miembro anónimo. Puedes mostrar en su lugar un nombre que elijas; los miembros podrán saber entonces qué entradas del registro son tuyas.</translation>
    </message>
    <message>
        <source>Points out of 80 over the last %1 days: giving (50) and keeping one&apos;s commitments (30). The clean-energy part of your reputation is on Home; it is not on the ledger, so it is not compared here.</source>
        <extracomment>What the board ranks; %1 the community&apos;s reputation window in days (90 by default)</extracomment>
        <translation>Puntos sobre 80 en los últimos %1 días: aportar (50) y cumplir los compromisos (30). La parte de energía limpia de tu reputación está en Inicio; no figura en el registro, así que aquí no se compara.</translation>
    </message>
</context>
<context>
    <name>SchemaField</name>
    <message>
        <source>%1 (required)</source>
        <extracomment>Installer form: a required field&apos;s label</extracomment>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>Stored: leave empty to keep it</source>
        <extracomment>Installer form: placeholder of a secret field that is stored</extracomment>
        <translation>Guardado: déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <extracomment>Installer form: placeholder showing a field&apos;s default</extracomment>
        <translation>Predeterminado: %1</translation>
    </message>
</context>
<context>
    <name>ScreenDimmer</name>
    <message>
        <source>Screen dimmed. The time is %1</source>
        <extracomment>Read out for the dimmed wall panel: the time now</extracomment>
        <translation>Pantalla atenuada. Hora actual: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2</source>
        <translation>%1 está por debajo del mínimo de %2</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2</source>
        <translation>%1 está por encima del máximo de %2</translation>
    </message>
    <message>
        <source>has an unknown type</source>
        <translation>tiene un tipo desconocido</translation>
    </message>
    <message>
        <source>not a setting of this plugin</source>
        <translation>no es un ajuste de este plugin</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <extracomment>Settings: heading of the language choice</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Also how numbers, dates and times are written.</source>
        <extracomment>Settings: what the language choice changes</extracomment>
        <translation>También define cómo se escriben los números, las fechas y las horas.</translation>
    </message>
    <message>
        <source>Theme</source>
        <extracomment>Settings: heading of the colour theme choice</extracomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Theme choice: light by day, dark at night</extracomment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Light from 07:00, dark from 20:00</source>
        <translation>Claro desde las 07:00, oscuro desde las 20:00</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Theme choice: light colours</extracomment>
        <translation>Día</translation>
    </message>
    <message>
        <source>Night</source>
        <extracomment>Theme choice: dark colours</extracomment>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Units</source>
        <extracomment>Settings: heading of the choice of power units</extracomment>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Power and energy as %1 and %2.</source>
        <extracomment>Settings: an example of each unit choice follows</extracomment>
        <translation>Potencia y energía como %1 y %2.</translation>
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
        <translation>Acerca de Commonwatt</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2. Free software under the GNU GPL, version 3 or later.</source>
        <extracomment>Settings, About: %1 the program&apos;s version, %2 the Qt version</extracomment>
        <translation>Versión %1, compilada con Qt %2. Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <extracomment>Settings, About: %1 the folder with the household&apos;s database</extracomment>
        <translation>Datos: %1</translation>
    </message>
</context>
<context>
    <name>ShellyPayload</name>
    <message>
        <source>%1: expected switch %2</source>
        <translation>%1: se esperaba el switch %2</translation>
    </message>
    <message>
        <source>method: must be text</source>
        <translation>method: debe ser texto</translation>
    </message>
    <message>
        <source>params: must be an object</source>
        <translation>params: debe ser un objeto</translation>
    </message>
    <message>
        <source>params.%1: must be an object</source>
        <translation>params.%1: debe ser un objeto</translation>
    </message>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>se esperaba true o false y se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>id: must be a whole number</source>
        <translation>id: debe ser un número entero</translation>
    </message>
    <message>
        <source>error: must be an object</source>
        <translation>error: debe ser un objeto</translation>
    </message>
    <message>
        <source>error: must have a numeric code and a text message</source>
        <translation>error: debe tener un código numérico y un mensaje de texto</translation>
    </message>
    <message>
        <source>result: must be an object</source>
        <translation>result: debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>tema desconocido</translation>
    </message>
</context>
<context>
    <name>TasmotaPayload</name>
    <message>
        <source>%1: expected &quot;ON&quot; or &quot;OFF&quot;</source>
        <translation>%1: se esperaba &quot;ON&quot; u &quot;OFF&quot;</translation>
    </message>
    <message>
        <source>%1: no value for relay %2 (%3 values)</source>
        <translation>%1: no hay valor para el relé %2 (%3 valores)</translation>
    </message>
    <message>
        <source>POWER: expected &quot;ON&quot; or &quot;OFF&quot;, got &quot;%1&quot;</source>
        <translation>POWER: se esperaba &quot;ON&quot; u &quot;OFF&quot; y se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>LWT: expected &quot;Online&quot; or &quot;Offline&quot;, got &quot;%1&quot;</source>
        <translation>LWT: se esperaba &quot;Online&quot; u &quot;Offline&quot; y se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>tema desconocido</translation>
    </message>
</context>
<context>
    <name>TimeAdviceBanner</name>
    <message>
        <source>Now is a good time to use energy</source>
        <extracomment>Banner: the grid&apos;s energy is clean and plentiful now</extracomment>
        <translation>Ahora es buen momento para usar energía</translation>
    </message>
    <message>
        <source>Now is a fair time to use energy</source>
        <extracomment>Banner: an ordinary time to use energy</extracomment>
        <translation>Ahora es un momento normal para usar energía</translation>
    </message>
    <message>
        <source>Now is a poor time to use energy</source>
        <extracomment>Banner: the grid is stressed or dirty now</extracomment>
        <translation>Ahora es mal momento para usar energía</translation>
    </message>
    <message>
        <source>%1, better from %2</source>
        <extracomment>Banner: %1 is the sentence about now, %2 a time such as 14:30</extracomment>
        <translation>%1; mejor a partir de las %2</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Today</source>
        <extracomment>Heading of the panel with today&apos;s energy totals</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Solar produced</source>
        <extracomment>Today&apos;s energy: produced by the solar panels</extracomment>
        <translation>Producción solar</translation>
    </message>
    <message>
        <source>Home used</source>
        <extracomment>Today&apos;s energy: used by the home (without battery and car)</extracomment>
        <translation>Consumo de casa</translation>
    </message>
    <message>
        <source>From the grid</source>
        <extracomment>Today&apos;s energy: taken from the grid</extracomment>
        <translation>De la red</translation>
    </message>
    <message>
        <source>To the grid</source>
        <extracomment>Today&apos;s energy: given to the grid</extracomment>
        <translation>A la red</translation>
    </message>
    <message>
        <source>Car charged</source>
        <extracomment>Today&apos;s energy: charged into the car</extracomment>
        <translation>Carga del coche</translation>
    </message>
    <message>
        <source>Self-sufficiency</source>
        <extracomment>Today&apos;s share of the home&apos;s and car&apos;s energy that did not come from the grid</extracomment>
        <translation>Autosuficiencia</translation>
    </message>
</context>
<context>
    <name>TradesPanel</name>
    <message>
        <source>Offer your surplus</source>
        <extracomment>Community page: heading of the form to offer energy</extracomment>
        <translation>Ofrece tu excedente</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Offer form: the day of the offer</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Offer form: the day of the offer</extracomment>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>Offer form: when the offered energy starts</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <extracomment>Offer form: when the offered energy ends</extracomment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <extracomment>Offer form: the energy offered</extracomment>
        <translation>Energía (kWh)</translation>
    </message>
    <message>
        <source>Price (cr/kWh, %1)</source>
        <extracomment>Offer form: the price asked; %1 is the cap, e.g. &quot;at most 2.62 cr/kWh&quot;</extracomment>
        <translation>Precio (cr/kWh, %1)</translation>
    </message>
    <message>
        <source>Offer</source>
        <extracomment>Offer form: publish the offer</extracomment>
        <translation>Ofrecer</translation>
    </message>
    <message>
        <source>Open offers</source>
        <extracomment>Community page: heading of the list of open offers</extracomment>
        <translation>Ofertas abiertas</translation>
    </message>
    <message>
        <source>No open offers now.</source>
        <extracomment>Community page: no open offers</extracomment>
        <translation>Ahora no hay ofertas abiertas.</translation>
    </message>
    <message>
        <source>%1: %2, %3, at %4</source>
        <extracomment>An open offer: %1 who, %2 energy, %3 when, %4 price</extracomment>
        <translation>%1: %2, %3, a %4</translation>
    </message>
    <message>
        <source>Energy to take (kWh)</source>
        <extracomment>Accepting an offer: how much of it</extracomment>
        <translation>Energía que tomar (kWh)</translation>
    </message>
    <message>
        <source>Accept</source>
        <extracomment>Button: accept an offer of energy</extracomment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Your trades</source>
        <extracomment>Community page: heading of the household&apos;s own trades</extracomment>
        <translation>Tus intercambios</translation>
    </message>
    <message>
        <source>No trades yet: accept an offer, or offer your surplus.</source>
        <extracomment>Community page: the household has no trades</extracomment>
        <translation>Aún no hay intercambios: acepta una oferta u ofrece tu excedente.</translation>
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
        <translation>No se pudo cargar la interfaz de usuario:
%1</translation>
    </message>
</context>
<context>
    <name>WeightLegend</name>
    <message>
        <source>Good time</source>
        <extracomment>Legend of the plan&apos;s band: a slot where a grid kWh is cheap and clean</extracomment>
        <translation>Buen momento</translation>
    </message>
    <message>
        <source>Fair</source>
        <extracomment>Legend of the plan&apos;s band: an ordinary slot</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Poor time</source>
        <extracomment>Legend of the plan&apos;s band: a slot where the grid is stressed or dirty</extracomment>
        <translation>Mal momento</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::CommunityModel</name>
    <message>
        <source>Reading the community ledger…</source>
        <translation>Leyendo el registro de la comunidad…</translation>
    </message>
    <message>
        <source>The community ledger cannot be used: %1</source>
        <extracomment>%1 is the reason, from the ledger</extracomment>
        <translation>No se puede usar el registro de la comunidad: %1</translation>
    </message>
    <message>
        <source>Waiting for your membership: the distributor signs it, and it arrives with the ledger from the community&apos;s broker.</source>
        <translation>Esperando tu alta: la distribuidora la firma y llega con el registro desde el bróker de la comunidad.</translation>
    </message>
    <message>
        <source>%1 given in, %2 granted</source>
        <extracomment>The subsidy pool&apos;s totals; %1 and %2 are amounts of credits</extracomment>
        <translation>%1 aportados, %2 concedidos</translation>
    </message>
    <message>
        <source>Your offer</source>
        <translation>Tu oferta</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>What is left of an offer; %1 is an energy</extracomment>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>You sell %1 to %2 at %3</source>
        <translation>Vendes %1 a %2 a %3</translation>
    </message>
    <message>
        <source>You buy %1 from %2 at %3</source>
        <extracomment>%1 energy, %2 a household, %3 a price per kWh</extracomment>
        <translation>Compras %1 a %2 a %3</translation>
    </message>
    <message>
        <source>settled: %1 delivered, %2 received</source>
        <translation>liquidado: %1 entregados, %2 recibidos</translation>
    </message>
    <message>
        <source>settled: %1 delivered, %2 paid</source>
        <extracomment>%1 energy delivered, %2 credits</extracomment>
        <translation>liquidado: %1 entregados, %2 pagados</translation>
    </message>
    <message>
        <source>waiting for the grid to confirm the delivery</source>
        <translation>esperando a que la red confirme la entrega</translation>
    </message>
    <message>
        <source>You asked for %1: “%2”</source>
        <translation>Pediste %1: «%2»</translation>
    </message>
    <message>
        <source>%1 asked for %2: “%3”</source>
        <extracomment>%1 who asks, %2 an amount of credits, %3 the purpose as the requester wrote it</extracomment>
        <translation>%1 pidió %2: «%3»</translation>
    </message>
    <message>
        <source>%1 of %2 approvals</source>
        <extracomment>%1 approvals so far, %2 needed</extracomment>
        <translation>%1 de %2 aprobaciones</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>approved, waiting for payment</source>
        <translation>aprobada, pendiente de pago</translation>
    </message>
    <message>
        <source>waiting for stewards</source>
        <translation>esperando a los administradores</translation>
    </message>
    <message>
        <source>You (anonymous to others)</source>
        <translation>Tú (anónimo para los demás)</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <extracomment>The household&apos;s own row on the board; %1 its chosen name</extracomment>
        <translation>Tú (%1)</translation>
    </message>
    <message>
        <source>Anonymous member</source>
        <translation>Miembro anónimo</translation>
    </message>
    <message>
        <source>%1 of 80</source>
        <extracomment>Reputation points out of 80 (giving and reliability)</extracomment>
        <translation>%1 de 80</translation>
    </message>
    <message>
        <source>at most %1</source>
        <extracomment>%1 is a price per kWh</extracomment>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <source>Start: write a time such as 14:00.</source>
        <translation>Inicio: escribe una hora como 14:00.</translation>
    </message>
    <message>
        <source>End: write a time such as 16:00.</source>
        <translation>Fin: escribe una hora como 16:00.</translation>
    </message>
    <message>
        <source>End: choose a time after the start.</source>
        <translation>Fin: elige una hora posterior al inicio.</translation>
    </message>
    <message>
        <source>Energy: write a number of kWh, such as 2 or 1.5.</source>
        <translation>Energía: escribe un número de kWh, como 2 o 1,5.</translation>
    </message>
    <message>
        <source>Price: write credits per kWh, such as 0.30.</source>
        <translation>Precio: escribe créditos por kWh, como 0,30.</translation>
    </message>
    <message>
        <source>Offer %1 for %2 at %3</source>
        <extracomment>%1 energy, %2 a time range, %3 a price per kWh</extracomment>
        <translation>Ofrecer %1 para %2 a %3</translation>
    </message>
    <message>
        <source>Accept %1 from %2</source>
        <extracomment>%1 energy, %2 a household</extracomment>
        <translation>Aceptar %1 de %2</translation>
    </message>
    <message>
        <source>Amount: write a number of credits, such as 5 or 2.50.</source>
        <translation>Importe: escribe un número de créditos, como 5 o 2,50.</translation>
    </message>
    <message>
        <source>Give %1 to the subsidy pool</source>
        <extracomment>%1 an amount of credits</extracomment>
        <translation>Aportar %1 al fondo de ayudas</translation>
    </message>
    <message>
        <source>Ask for %1: “%2”</source>
        <extracomment>%1 an amount of credits, %2 the purpose</extracomment>
        <translation>Pedir %1: «%2»</translation>
    </message>
    <message>
        <source>Approve “%1”</source>
        <extracomment>%1 the grant&apos;s purpose</extracomment>
        <translation>Aprobar «%1»</translation>
    </message>
    <message>
        <source>Withdraw the approval of “%1”</source>
        <translation>Retirar la aprobación de «%1»</translation>
    </message>
    <message>
        <source>Pay the grant “%1”</source>
        <extracomment>%1 the grant&apos;s purpose</extracomment>
        <translation>Pagar la ayuda «%1»</translation>
    </message>
    <message>
        <source>Name: at most %1 characters.</source>
        <translation>Nombre: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The name could not be saved: %1</source>
        <extracomment>%1 is the reason given by the configuration database</extracomment>
        <translation>No se pudo guardar el nombre: %1</translation>
    </message>
    <message>
        <source>This household is not a member of a community yet.</source>
        <translation>Este hogar aún no es miembro de ninguna comunidad.</translation>
    </message>
    <message>
        <source>Start and end: choose times on the %1-minute grid, the end after the start.</source>
        <extracomment>%1 the slot length in minutes</extracomment>
        <translation>Inicio y fin: elige horas en la cuadrícula de %1 minutos, el fin después del inicio.</translation>
    </message>
    <message>
        <source>Start: that time has begun; offer energy from a later time.</source>
        <translation>Inicio: esa hora ya ha empezado; ofrece energía a partir de una hora posterior.</translation>
    </message>
    <message>
        <source>End: offers reach at most 7 days ahead.</source>
        <translation>Fin: las ofertas llegan como máximo a 7 días vista.</translation>
    </message>
    <message>
        <source>Energy: give more than 0 kWh.</source>
        <translation>Energía: indica más de 0 kWh.</translation>
    </message>
    <message>
        <source>Energy: your connection can export at most %1 in that time.</source>
        <extracomment>%1 an energy</extracomment>
        <translation>Energía: tu conexión puede verter como máximo %1 en ese tiempo.</translation>
    </message>
    <message>
        <source>Price: it cannot be below 0.</source>
        <translation>Precio: no puede ser inferior a 0.</translation>
    </message>
    <message>
        <source>Price: at most %1, what a kWh from the grid costs at its dirtiest and most stressed; energy shared in the community never costs more than the grid&apos;s.</source>
        <extracomment>%1 a price per kWh</extracomment>
        <translation>Precio: como máximo %1, lo que cuesta un kWh de la red cuando está más sucia y más exigida; la energía compartida en la comunidad nunca cuesta más que la de la red.</translation>
    </message>
    <message>
        <source>Distance: choose 0 to 4 grid levels.</source>
        <translation>Distancia: elige de 0 a 4 niveles de red.</translation>
    </message>
    <message>
        <source>That offer is not in the ledger.</source>
        <translation>Esa oferta no está en el registro.</translation>
    </message>
    <message>
        <source>That is your own offer.</source>
        <translation>Es tu propia oferta.</translation>
    </message>
    <message>
        <source>That offer is closed: its time has passed or all its energy is taken.</source>
        <translation>Esa oferta está cerrada: su hora ya pasó o toda su energía está tomada.</translation>
    </message>
    <message>
        <source>Energy: only %1 of that offer is left.</source>
        <extracomment>%1 an energy</extracomment>
        <translation>Energía: solo quedan %1 de esa oferta.</translation>
    </message>
    <message>
        <source>Your balance does not cover %1: it is %2.</source>
        <extracomment>%1 the cost, %2 the balance</extracomment>
        <translation>Tu saldo no cubre %1: es de %2.</translation>
    </message>
    <message>
        <source>Amount: give more than 0 credits.</source>
        <translation>Importe: indica más de 0 créditos.</translation>
    </message>
    <message>
        <source>Purpose: say what the grant is for, such as “a home battery”.</source>
        <translation>Finalidad: di para qué es la ayuda, por ejemplo «una batería doméstica».</translation>
    </message>
    <message>
        <source>Purpose: at most %1 characters.</source>
        <translation>Finalidad: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>That grant request is not in the ledger.</source>
        <translation>Esa solicitud de ayuda no está en el registro.</translation>
    </message>
    <message>
        <source>Only the stewards named when the request was made can approve it.</source>
        <translation>Solo pueden aprobarla los administradores designados cuando se hizo la solicitud.</translation>
    </message>
    <message>
        <source>A steward never approves a grant to their own dwelling.</source>
        <translation>Un administrador nunca aprueba una ayuda para su propia vivienda.</translation>
    </message>
    <message>
        <source>You have approved it already.</source>
        <translation>Ya la has aprobado.</translation>
    </message>
    <message>
        <source>You have no approval of it to withdraw.</source>
        <translation>No tienes ninguna aprobación suya que retirar.</translation>
    </message>
    <message>
        <source>That grant is paid already.</source>
        <translation>Esa ayuda ya está pagada.</translation>
    </message>
    <message>
        <source>Approvals are given within 60 days of the request.</source>
        <translation>Las aprobaciones se dan en los 60 días siguientes a la solicitud.</translation>
    </message>
    <message>
        <source>It has %1 of the %2 approvals it needs.</source>
        <extracomment>%1 approvals so far, %2 needed</extracomment>
        <translation>Tiene %1 de las %2 aprobaciones que necesita.</translation>
    </message>
    <message>
        <source>A grant over a tenth of the pool waits 7 days after its last approval: until %1.</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Una ayuda de más de una décima parte del fondo espera 7 días tras su última aprobación: hasta %1.</translation>
    </message>
    <message>
        <source>The pool holds %1, not enough for this grant yet.</source>
        <extracomment>%1 the pool&apos;s balance</extracomment>
        <translation>El fondo tiene %1, aún no basta para esta ayuda.</translation>
    </message>
    <message>
        <source>it is not linked to its author&apos;s chain</source>
        <translation>no está enlazada a la cadena de su autor</translation>
    </message>
    <message>
        <source>it refers to an entry the ledger does not know</source>
        <translation>remite a una entrada que el registro no conoce</translation>
    </message>
    <message>
        <source>it refers to an entry that was refused or is of another kind</source>
        <translation>remite a una entrada rechazada o de otro tipo</translation>
    </message>
    <message>
        <source>its author may not publish it</source>
        <translation>su autor no puede publicarla</translation>
    </message>
    <message>
        <source>its author is not a member of the community</source>
        <translation>su autor no es miembro de la comunidad</translation>
    </message>
    <message>
        <source>the configuration cannot be used</source>
        <translation>la configuración no se puede usar</translation>
    </message>
    <message>
        <source>the membership&apos;s limits or devices cannot be used</source>
        <translation>los límites o dispositivos del alta no se pueden usar</translation>
    </message>
    <message>
        <source>the claim is a second one for its time, too late, or not sealed</source>
        <translation>la declaración es la segunda de su periodo, llega tarde o no está sellada</translation>
    </message>
    <message>
        <source>the claim was validated already</source>
        <translation>la declaración ya estaba validada</translation>
    </message>
    <message>
        <source>its numbers do not follow from the claim</source>
        <translation>sus cifras no se deducen de la declaración</translation>
    </message>
    <message>
        <source>the trade&apos;s numbers are impossible</source>
        <translation>las cifras del intercambio son imposibles</translation>
    </message>
    <message>
        <source>someone accepted that energy first: the offer had less left</source>
        <translation>alguien aceptó esa energía antes: a la oferta le quedaba menos</translation>
    </message>
    <message>
        <source>the balance did not cover the payment</source>
        <translation>el saldo no cubría el pago</translation>
    </message>
    <message>
        <source>the amount is not allowed</source>
        <translation>el importe no está permitido</translation>
    </message>
    <message>
        <source>the approval is not allowed: not a steward, too late, repeated, or nothing to withdraw</source>
        <translation>la aprobación no está permitida: no es administrador, llega tarde, está repetida o no hay nada que retirar</translation>
    </message>
    <message>
        <source>a steward cannot approve a grant to their own dwelling</source>
        <translation>un administrador no puede aprobar una ayuda para su propia vivienda</translation>
    </message>
    <message>
        <source>the grant does not have its approvals yet</source>
        <translation>la ayuda aún no tiene sus aprobaciones</translation>
    </message>
    <message>
        <source>the grant was paid already</source>
        <translation>la ayuda ya estaba pagada</translation>
    </message>
    <message>
        <source>the pool could not cover the grant</source>
        <translation>el fondo no podía cubrir la ayuda</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>ayer %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>mañana %1</translation>
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
        <translation>hogar %1</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>The grid operator</source>
        <translation>La distribuidora</translation>
    </message>
    <message>
        <source>Steward %1</source>
        <extracomment>%1 the start of the steward&apos;s public key</extracomment>
        <translation>Administrador %1</translation>
    </message>
    <message>
        <source>Household %1</source>
        <extracomment>%1 the start of the household&apos;s public key</extracomment>
        <translation>Hogar %1</translation>
    </message>
    <message>
        <source>You claimed your meter readings for %1.</source>
        <extracomment>%1 a time range</extracomment>
        <translation>Declaraste tus lecturas del contador de %1.</translation>
    </message>
    <message>
        <source>%1 claimed its meter readings for %2.</source>
        <extracomment>%1 who, %2 a time range</extracomment>
        <translation>%1 declaró sus lecturas del contador de %2.</translation>
    </message>
    <message>
        <source>Your claim for %1 was validated: %2.</source>
        <extracomment>%1 a time range, %2 signed credits</extracomment>
        <translation>Tu declaración de %1 se validó: %2.</translation>
    </message>
    <message>
        <source>Your claim for %1 was refused by the grid operator: %2.</source>
        <extracomment>%1 a time range, %2 the grid operator&apos;s reason</extracomment>
        <translation>La distribuidora rechazó tu declaración de %1: %2.</translation>
    </message>
    <message>
        <source>The grid operator validated %1&apos;s claim for %2.</source>
        <extracomment>%1 a household, %2 a time range</extracomment>
        <translation>La distribuidora validó la declaración de %1 de %2.</translation>
    </message>
    <message>
        <source>The grid operator refused %1&apos;s claim for %2.</source>
        <extracomment>%1 a household, %2 a time range</extracomment>
        <translation>La distribuidora rechazó la declaración de %1 de %2.</translation>
    </message>
    <message>
        <source>You offered %1 for %2 at %3.</source>
        <extracomment>%1 energy, %2 a time range, %3 a price per kWh</extracomment>
        <translation>Ofreciste %1 para %2 a %3.</translation>
    </message>
    <message>
        <source>%1 offered %2 for %3 at %4.</source>
        <extracomment>%1 who, %2 energy, %3 a time range, %4 a price per kWh</extracomment>
        <translation>%1 ofreció %2 para %3 a %4.</translation>
    </message>
    <message>
        <source>You accepted %1 from %2&apos;s offer at %3.</source>
        <extracomment>%1 energy, %2 a household, %3 a price per kWh</extracomment>
        <translation>Aceptaste %1 de la oferta de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 accepted %2 of your offer for %3.</source>
        <extracomment>%1 who, %2 energy, %3 a time range</extracomment>
        <translation>%1 aceptó %2 de tu oferta para %3.</translation>
    </message>
    <message>
        <source>%1 accepted %2 of %3&apos;s offer.</source>
        <extracomment>%1 who, %2 energy, %3 a household</extracomment>
        <translation>%1 aceptó %2 de la oferta de %3.</translation>
    </message>
    <message>
        <source>Your sale settled: %1 delivered, you received %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Tu venta se liquidó: %1 entregados, recibiste %2.</translation>
    </message>
    <message>
        <source>Your purchase settled: %1 delivered, you paid %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Tu compra se liquidó: %1 entregados, pagaste %2.</translation>
    </message>
    <message>
        <source>A trade settled: %1 delivered for %2.</source>
        <extracomment>%1 energy, %2 credits</extracomment>
        <translation>Se liquidó un intercambio: %1 entregados por %2.</translation>
    </message>
    <message>
        <source>The grid operator announced event %1 for %2, rewarding %3.</source>
        <extracomment>%1 the event&apos;s id, %2 a time range, %3 a reward per kWh</extracomment>
        <translation>La distribuidora anunció el evento %1 para %2, con una recompensa de %3.</translation>
    </message>
    <message>
        <source>You joined a grid event.</source>
        <translation>Te uniste a un evento de red.</translation>
    </message>
    <message>
        <source>You declined a grid event.</source>
        <translation>Rechazaste un evento de red.</translation>
    </message>
    <message>
        <source>%1 joined a grid event.</source>
        <extracomment>%1 who</extracomment>
        <translation>%1 se unió a un evento de red.</translation>
    </message>
    <message>
        <source>%1 declined a grid event.</source>
        <translation>%1 rechazó un evento de red.</translation>
    </message>
    <message>
        <source>You bought %1 for the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Compraste %1 para el fondo de ayudas.</translation>
    </message>
    <message>
        <source>%1 bought %2 for the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 compró %2 para el fondo de ayudas.</translation>
    </message>
    <message>
        <source>Your round-up moved %1 into the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Tu redondeo pasó %1 al fondo de ayudas.</translation>
    </message>
    <message>
        <source>%1 rounded up %2 into the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 redondeó %2 al fondo de ayudas.</translation>
    </message>
    <message>
        <source>You gave %1 to the subsidy pool.</source>
        <extracomment>%1 credits</extracomment>
        <translation>Aportaste %1 al fondo de ayudas.</translation>
    </message>
    <message>
        <source>%1 gave %2 to the subsidy pool.</source>
        <extracomment>%1 who, %2 credits</extracomment>
        <translation>%1 aportó %2 al fondo de ayudas.</translation>
    </message>
    <message>
        <source>You asked the subsidy pool for %1: “%2”.</source>
        <extracomment>%1 credits, %2 the purpose</extracomment>
        <translation>Pediste %1 al fondo de ayudas: «%2».</translation>
    </message>
    <message>
        <source>%1 asked the subsidy pool for %2: “%3”.</source>
        <extracomment>%1 who, %2 credits, %3 the purpose</extracomment>
        <translation>%1 pidió %2 al fondo de ayudas: «%3».</translation>
    </message>
    <message>
        <source>You approved %1&apos;s grant request “%2”.</source>
        <extracomment>%1 a household, %2 the grant&apos;s purpose</extracomment>
        <translation>Aprobaste la solicitud de ayuda «%2» de %1.</translation>
    </message>
    <message>
        <source>You withdrew your approval of %1&apos;s grant request “%2”.</source>
        <extracomment>%1 a household, %2 the grant&apos;s purpose</extracomment>
        <translation>Retiraste tu aprobación de la solicitud de ayuda «%2» de %1.</translation>
    </message>
    <message>
        <source>%1 approved your grant request “%2”.</source>
        <extracomment>%1 a steward, %2 the grant&apos;s purpose</extracomment>
        <translation>%1 aprobó tu solicitud de ayuda «%2».</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of your grant request “%2”.</source>
        <extracomment>%1 a steward, %2 the grant&apos;s purpose</extracomment>
        <translation>%1 retiró su aprobación de tu solicitud de ayuda «%2».</translation>
    </message>
    <message>
        <source>%1 approved %2&apos;s grant request “%3”.</source>
        <extracomment>%1 a steward, %2 a household, %3 the grant&apos;s purpose</extracomment>
        <translation>%1 aprobó la solicitud de ayuda «%3» de %2.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of %2&apos;s grant request “%3”.</source>
        <extracomment>%1 a steward, %2 a household, %3 the grant&apos;s purpose</extracomment>
        <translation>%1 retiró su aprobación de la solicitud de ayuda «%3» de %2.</translation>
    </message>
    <message>
        <source>You approved a change of the community&apos;s rules.</source>
        <translation>Aprobaste un cambio de las reglas de la comunidad.</translation>
    </message>
    <message>
        <source>You withdrew your approval of a change of the community&apos;s rules.</source>
        <translation>Retiraste tu aprobación de un cambio de las reglas de la comunidad.</translation>
    </message>
    <message>
        <source>%1 approved a change of the community&apos;s rules.</source>
        <extracomment>%1 a steward</extracomment>
        <translation>%1 aprobó un cambio de las reglas de la comunidad.</translation>
    </message>
    <message>
        <source>%1 withdrew the approval of a change of the community&apos;s rules.</source>
        <extracomment>%1 a steward</extracomment>
        <translation>%1 retiró su aprobación de un cambio de las reglas de la comunidad.</translation>
    </message>
    <message>
        <source>Your grant “%1” was paid: %2.</source>
        <extracomment>%1 the purpose, %2 credits</extracomment>
        <translation>Se pagó tu ayuda «%1»: %2.</translation>
    </message>
    <message>
        <source>You paid %1&apos;s grant “%2” from the pool: %3.</source>
        <extracomment>%1 a household, %2 the purpose, %3 credits</extracomment>
        <translation>Pagaste desde el fondo la ayuda «%2» de %1: %3.</translation>
    </message>
    <message>
        <source>%1 paid %2&apos;s grant “%3” from the pool: %4.</source>
        <extracomment>%1 who paid, %2 a household, %3 the purpose, %4 credits</extracomment>
        <translation>%1 pagó desde el fondo la ayuda «%3» de %2: %4.</translation>
    </message>
    <message>
        <source>You founded the community.</source>
        <translation>Fundaste la comunidad.</translation>
    </message>
    <message>
        <source>%1 founded the community.</source>
        <translation>%1 fundó la comunidad.</translation>
    </message>
    <message>
        <source>You proposed a change of the community&apos;s rules, from %1.</source>
        <extracomment>%1 a date and time</extracomment>
        <translation>Propusiste un cambio de las reglas de la comunidad, a partir de %1.</translation>
    </message>
    <message>
        <source>%1 proposed a change of the community&apos;s rules, from %2.</source>
        <extracomment>%1 a steward, %2 a date and time</extracomment>
        <translation>%1 propuso un cambio de las reglas de la comunidad, a partir de %2.</translation>
    </message>
    <message>
        <source>The grid operator signed your membership: you are in the community.</source>
        <translation>La distribuidora firmó tu alta: ya estás en la comunidad.</translation>
    </message>
    <message>
        <source>%1 joined the community.</source>
        <translation>%1 se unió a la comunidad.</translation>
    </message>
    <message>
        <source>Your membership ended.</source>
        <translation>Tu pertenencia terminó.</translation>
    </message>
    <message>
        <source>%1 left the community.</source>
        <translation>%1 dejó la comunidad.</translation>
    </message>
    <message>
        <source>%1 Refused: %2.</source>
        <extracomment>%1 the sentence, %2 why the ledger refused it</extracomment>
        <translation>%1 Rechazado: %2.</translation>
    </message>
    <message>
        <source>This household is not in a community yet. Your installer can join it to one in installer mode (Installer, then the PIN): under Community membership, import the key and community file from your grid operator, or create a key and send it to them.</source>
        <translation>Este hogar aún no está en ninguna comunidad. Tu instalador puede unirlo a una en el modo instalador (Instalador y después el PIN): en Pertenencia a la comunidad, importar la clave y el archivo de comunidad de tu distribuidora, o crear una clave y enviársela.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::DashboardModel</name>
    <message>
        <source>1 slot waiting for the grid to confirm</source>
        <extracomment>One claim of the household&apos;s meter readings that the distributor has not validated yet</extracomment>
        <translation>1 franja a la espera de que la red la confirme</translation>
    </message>
    <message>
        <source>%1 slots waiting for the grid to confirm</source>
        <extracomment>Claims of the household&apos;s meter readings that the distributor has not validated yet; %1 is 2 or more</extracomment>
        <translation>%1 franjas a la espera de que la red las confirme</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::DeviceSetup</name>
    <message>
        <source>Its plugin %1 crashed the application (found at the start on %2).</source>
        <translation>Su plugin %1 provocó un cierre inesperado de la aplicación (detectado al iniciar el %2).</translation>
    </message>
    <message>
        <source>The plugin %1 crashed the application.</source>
        <translation>El plugin %1 provocó un cierre inesperado de la aplicación.</translation>
    </message>
    <message>
        <source>The plugin %1 crashed the application, so these devices were switched off: %2. An installer can switch them on again.</source>
        <translation>El plugin %1 provocó un cierre inesperado de la aplicación, así que se desactivaron estos dispositivos: %2. Un instalador puede volver a activarlos.</translation>
    </message>
    <message>
        <source>The MQTT broker %1 is not configured.</source>
        <translation>El bróker MQTT %1 no está configurado.</translation>
    </message>
    <message>
        <source>The MQTT broker %1 cannot be used: %2</source>
        <translation>No se puede usar el bróker MQTT %1: %2</translation>
    </message>
    <message>
        <source>The device %1 needs the plugin %2, which is not installed.</source>
        <translation>El dispositivo %1 necesita el plugin %2, que no está instalado.</translation>
    </message>
    <message>
        <source>The household simulator is not built into this Commonwatt.</source>
        <translation>Esta versión de Commonwatt no incluye el simulador de hogar.</translation>
    </message>
    <message>
        <source>The device %1 is not configured.</source>
        <translation>El dispositivo %1 no está configurado.</translation>
    </message>
    <message>
        <source>The device %1 is switched off.</source>
        <translation>El dispositivo %1 está desactivado.</translation>
    </message>
    <message>
        <source>The device %1 is already running.</source>
        <translation>El dispositivo %1 ya está en marcha.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::EventsModel</name>
    <message>
        <source>critical need</source>
        <extracomment>A grid event&apos;s LEVEL 3, as words</extracomment>
        <translation>necesidad crítica</translation>
    </message>
    <message>
        <source>high need</source>
        <extracomment>A grid event&apos;s LEVEL 2, as words</extracomment>
        <translation>necesidad alta</translation>
    </message>
    <message>
        <source>moderate need</source>
        <extracomment>A grid event&apos;s LEVEL 1, as words</extracomment>
        <translation>necesidad moderada</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <extracomment>An amount of energy; %1 is a number such as 1.25</extracomment>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Being settled</source>
        <extracomment>A grid event that has ended and whose reward is being worked out</extracomment>
        <translation>Pendiente de liquidar</translation>
    </message>
    <message>
        <source>%1 credits earned</source>
        <extracomment>What a grid event earned; %1 is a number of credits such as 1.25</extracomment>
        <translation>%1 créditos ganados</translation>
    </message>
    <message>
        <source>Nothing earned: no less than your usual use</source>
        <extracomment>A grid event during which the household used no less than usual</extracomment>
        <translation>Nada ganado: no consumiste menos de lo habitual</translation>
    </message>
    <message>
        <source>Usual use %1, used %2</source>
        <extracomment>%1 is the household&apos;s usual net use over the event, %2 what it used, both such as &quot;1.25 kWh&quot;</extracomment>
        <translation>Consumo habitual: %1; real: %2</translation>
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
        <translation>Evento de red en curso: %1</translation>
    </message>
    <message>
        <source>Grid event coming: %1</source>
        <extracomment>Home&apos;s event card before an event; %1 is its level in words, e.g. &quot;high need&quot;</extracomment>
        <translation>Próximo evento de red: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Home&apos;s event card: %1 is the time the running event ends, e.g. 19:00</extracomment>
        <translation>hasta las %1</translation>
    </message>
    <message>
        <source>today %1–%2</source>
        <extracomment>Home&apos;s event card: %1 and %2 are times such as 17:00 and 19:00</extracomment>
        <translation>hoy %1–%2</translation>
    </message>
    <message>
        <source>tomorrow %1–%2</source>
        <extracomment>Home&apos;s event card: %1 and %2 are times such as 17:00 and 19:00</extracomment>
        <translation>mañana %1–%2</translation>
    </message>
    <message>
        <source>There is no grid event %1.</source>
        <extracomment>An answer to a grid event the app does not know</extracomment>
        <translation>No existe el evento de red %1.</translation>
    </message>
    <message>
        <source>Nothing paid: your usual use at that time is known after about ten weeks of readings</source>
        <extracomment>A grid event that paid nothing because the household&apos;s usual use is not known yet</extracomment>
        <translation>Nada pagado: tu consumo habitual a esa hora se conoce tras unas diez semanas de lecturas</translation>
    </message>
    <message>
        <source>Nothing paid: readings are missing for part of the event</source>
        <extracomment>A grid event that paid nothing because readings are missing</extracomment>
        <translation>Nada pagado: faltan lecturas de parte del evento</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::GridEvents</name>
    <message>
        <source>There is no grid event at that time to answer.</source>
        <translation>No hay ningún evento de red en ese momento al que responder.</translation>
    </message>
    <message>
        <source>This grid event is over: it can no longer be answered.</source>
        <translation>Este evento de red ha terminado: ya no se puede responder.</translation>
    </message>
    <message>
        <source>This grid event has already started: it could be answered until it started.</source>
        <translation>Este evento de red ya ha empezado: solo se podía responder antes de su inicio.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::HistoryModel</name>
    <message>
        <source>Saved %2 ledger entries to %1.</source>
        <extracomment>After a ledger export; %1 is the file, %2 the number of entries</extracomment>
        <translation>%2 entradas del registro guardadas en %1.</translation>
    </message>
    <message>
        <source>Power</source>
        <extracomment>The History page&apos;s views: power over time, energy per period, credits and the clean share</extracomment>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Clean share</source>
        <translation>Energía limpia</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>The History page&apos;s ranges</extracomment>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week on the History page: first and last day</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This household has no energy meters to chart.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>Este hogar no tiene contadores de energía que mostrar.</translation>
    </message>
    <message>
        <source>Nothing was measured in this period.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>No se midió nada en este periodo.</translation>
    </message>
    <message>
        <source>Credits are not settled for this household.</source>
        <extracomment>The History page&apos;s empty state when credits are not settled</extracomment>
        <translation>Este hogar no liquida créditos.</translation>
    </message>
    <message>
        <source>Credits are settled for the last %1 days only; this period is older.</source>
        <extracomment>The History page&apos;s empty state for an old period; %1 is the number of days kept (90)</extracomment>
        <translation>Los créditos solo se liquidan para los últimos %1 días; este periodo es anterior.</translation>
    </message>
    <message>
        <source>The home used no energy in this period.</source>
        <extracomment>The History page&apos;s empty state for the clean share</extracomment>
        <translation>La casa no consumió energía en este periodo.</translation>
    </message>
    <message>
        <source>Nothing was settled in this period.</source>
        <extracomment>The History page&apos;s empty state</extracomment>
        <translation>No se liquidó nada en este periodo.</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>A stretch of time on the History chart: a date, then the start and end times</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <extracomment>An export error: the file field is empty</extracomment>
        <translation>Elija un archivo para la exportación.</translation>
    </message>
    <message>
        <source>Saved 1 reading to %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>1 lectura guardada en %1.</translation>
    </message>
    <message>
        <source>Saved %2 readings to %1.</source>
        <translation>%2 lecturas guardadas en %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <extracomment>While an export runs</extracomment>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved 1 settled day to %1.</source>
        <extracomment>After an export; %1 is the file</extracomment>
        <translation>1 día liquidado guardado en %1.</translation>
    </message>
    <message>
        <source>Saved %2 settled days to %1.</source>
        <translation>%2 días liquidados guardados en %1.</translation>
    </message>
    <message>
        <source>This household is not in a community: there is no ledger to export.</source>
        <extracomment>An export error outside a community</extracomment>
        <translation>Este hogar no pertenece a ninguna comunidad: no hay registro que exportar.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Household</name>
    <message>
        <source>The plugin %1 created no devices.</source>
        <translation>El plugin %1 no creó ningún dispositivo.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::InstallerCommunity</name>
    <message>
        <source>Not in a community: the credits shown are estimates.</source>
        <extracomment>Installer, community: no membership</extracomment>
        <translation>En ninguna comunidad: los créditos mostrados son estimaciones.</translation>
    </message>
    <message>
        <source>%1 joined a community earlier, but the member key&apos;s passphrase was not given at the start: set COMMONWATT_KEY_PASSPHRASE or the commonwatt-key-passphrase credential, or join again here.</source>
        <extracomment>Installer, community: a membership joined earlier did not start; %1 the member&apos;s name</extracomment>
        <translation>%1 se unió antes a una comunidad, pero la frase de paso de la clave de miembro no se dio al iniciar: defina COMMONWATT_KEY_PASSPHRASE o la credencial commonwatt-key-passphrase, o únase de nuevo aquí.</translation>
    </message>
    <message>
        <source>Connecting to the broker of %1 at %2…</source>
        <extracomment>Installer, community: %1 the community, %2 host:port</extracomment>
        <translation>Conectando con el broker de %1 en %2…</translation>
    </message>
    <message>
        <source>Waiting for the distributor to confirm the membership of %1 in %2. Until then the household&apos;s slots wait to be claimed.</source>
        <extracomment>Installer, community: joined, the distributor&apos;s membership entry has not arrived; %1 member, %2 community</extracomment>
        <translation>Esperando a que el distribuidor confirme la pertenencia de %1 a %2. Hasta entonces, las franjas del hogar esperan a ser reclamadas.</translation>
    </message>
    <message>
        <source>Member of %1 as %2.</source>
        <translation>Miembro de %1 como %2.</translation>
    </message>
    <message>
        <source>Catching up with the ledger: %1 of %2 entries.</source>
        <extracomment>Installer, community: the ledger is being fetched; %1 entries received, %2 announced</extracomment>
        <translation>Poniéndose al día con el libro: %1 de %2 entradas.</translation>
    </message>
    <message>
        <source>Not connected to the community&apos;s broker right now.</source>
        <extracomment>Installer, community: the broker is not reachable right now</extracomment>
        <translation>Sin conexión con el broker de la comunidad en este momento.</translation>
    </message>
    <message>
        <source>Only the installer can change the setup: enter installer mode first.</source>
        <translation>Solo el instalador puede cambiar la configuración: entre primero en el modo instalador.</translation>
    </message>
    <message>
        <source>Member name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <extracomment>Installer, community: the new key&apos;s member name</extracomment>
        <translation>Nombre del miembro: use de 1 a 64 letras, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra o cifra</translation>
    </message>
    <message>
        <source>Passphrase: at least %1 characters</source>
        <extracomment>Installer, community: the new key&apos;s passphrase is too short</extracomment>
        <translation>Frase de paso: al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Passphrase: the two entries differ</source>
        <translation>Frase de paso: las dos entradas no coinciden</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>Member name: %1 exists already; join with it, or choose another name</source>
        <extracomment>Installer, community: a key of that name exists</extracomment>
        <translation>Nombre del miembro: %1 ya existe; únase con ella o elija otro nombre</translation>
    </message>
    <message>
        <source>No key could be made on this machine.</source>
        <translation>No se pudo crear ninguna clave en esta máquina.</translation>
    </message>
    <message>
        <source>This household is a member of %1 already.</source>
        <translation>Este hogar ya es miembro de %1.</translation>
    </message>
    <message>
        <source>Community file: required</source>
        <extracomment>Installer, community: a required field is empty; the field&apos;s label</extracomment>
        <translation>Archivo de la comunidad: obligatorio</translation>
    </message>
    <message>
        <source>Member key file: required</source>
        <translation>Archivo de la clave de miembro: obligatorio</translation>
    </message>
    <message>
        <source>Member key file: %1 is not a member&apos;s key file (NAME.key, as commonwatt-community add-member writes it)</source>
        <extracomment>Installer, community: the key file&apos;s name is the member&apos;s name</extracomment>
        <translation>Archivo de la clave de miembro: %1 no es un archivo de clave de miembro (NAME.key, tal como lo escribe commonwatt-community add-member)</translation>
    </message>
    <message>
        <source>Passphrase: required</source>
        <translation>Frase de paso: obligatoria</translation>
    </message>
    <message>
        <source>Broker host: enter a host name or IP address, without mqtt:// or a port</source>
        <extracomment>Installer, community: the broker&apos;s host</extracomment>
        <translation>Host del broker: introduzca un nombre de host o una dirección IP, sin mqtt:// ni puerto</translation>
    </message>
    <message>
        <source>Port: &quot;%1&quot; is not a port from 1 to 65535</source>
        <translation>Puerto: «%1» no es un puerto de 1 a 65535</translation>
    </message>
    <message>
        <source>CA certificate file: %1 cannot be read</source>
        <translation>Archivo del certificado CA: no se puede leer %1</translation>
    </message>
    <message>
        <source>Member key file: %1 cannot be read: %2</source>
        <translation>Archivo de la clave de miembro: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Member key file: %1 is not a member&apos;s key file</source>
        <translation>Archivo de la clave de miembro: %1 no es un archivo de clave de miembro</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <source>Joined, but the membership could not be stored for the next start: %1</source>
        <extracomment>Installer, community: joined for now, but the settings could not be stored; %1 the reason</extracomment>
        <translation>Unido, pero la pertenencia no se pudo guardar para el próximo inicio: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::InstallerModel</name>
    <message>
        <source>Only the installer can change the setup: enter installer mode first.</source>
        <extracomment>Installer: a change asked for outside installer mode</extracomment>
        <translation>Solo el instalador puede cambiar la configuración: entre primero en el modo instalador.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Installer form: an error under a field; %1 the field&apos;s label, %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» no es un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <extracomment>Installer form: what was typed in a number field is not one</extracomment>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>Device id: &quot;%1&quot; is not a valid id: use 1 to 64 lowercase letters, digits and &apos;-&apos;, not starting with &apos;-&apos;.</source>
        <extracomment>Installer form: the device id is not usable; %1 what was typed</extracomment>
        <translation>Id. del dispositivo: «%1» no es un id. válido: use de 1 a 64 letras minúsculas, cifras y &apos;-&apos;, sin empezar por &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Device id: %1 is already used by another device.</source>
        <extracomment>Installer form: the device id is taken</extracomment>
        <translation>Id. del dispositivo: %1 ya lo usa otro dispositivo.</translation>
    </message>
    <message>
        <source>The plugin %1 is not installed.</source>
        <translation>El plugin %1 no está instalado.</translation>
    </message>
    <message>
        <source>The device %1 is not configured.</source>
        <translation>El dispositivo %1 no está configurado.</translation>
    </message>
    <message>
        <source>The device %1 needs the plugin %2, which is not installed.</source>
        <translation>El dispositivo %1 necesita el plugin %2, que no está instalado.</translation>
    </message>
    <message>
        <source>Broker id: &quot;%1&quot; is not a valid id.</source>
        <translation>Id. del broker: «%1» no es un id. válido.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages under them.</source>
        <extracomment>Installer form: shown above the buttons when fields need attention</extracomment>
        <translation>Algunos campos necesitan atención: vea los mensajes debajo de ellos.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <extracomment>Installer: after saving the form; %1 the device&apos;s id</extracomment>
        <translation>Cambios en %1 guardados.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>Complete the form first: %1</source>
        <extracomment>Installer: Test connection refused because the form is incomplete</extracomment>
        <translation>Complete primero el formulario: %1</translation>
    </message>
    <message>
        <source>Readings arrive from the device: the settings work. Save to keep them.</source>
        <extracomment>Installer: Test connection works</extracomment>
        <translation>Llegan lecturas del dispositivo: los ajustes funcionan. Guarde para conservarlos.</translation>
    </message>
    <message>
        <source>The device could not be started: %1</source>
        <extracomment>Installer: Test connection failed; %1 the plugin&apos;s reason</extracomment>
        <translation>No se pudo iniciar el dispositivo: %1</translation>
    </message>
    <message>
        <source>Connecting and waiting for the first reading…</source>
        <extracomment>Installer: Test connection is waiting for the first reading</extracomment>
        <translation>Conectando y esperando la primera lectura…</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the broker at %2 after %n s%3. Check the broker&apos;s host and port, TLS and the CA file, the user name and password, and that the broker is running and reachable from here.</source>
        <extracomment>Installer: Test connection timed out before the broker answered; %1 seconds, %2 host:port, %3 reason</extracomment>
        <translation>
            <numerusform>Sin conexión con el broker en %2 tras %n s%3. Compruebe el host y el puerto del broker, TLS y el archivo CA, el usuario y la contraseña, y que el broker esté en marcha y se pueda alcanzar desde aquí.</numerusform>
            <numerusform>Sin conexión con el broker en %2 tras %n s%3. Compruebe el host y el puerto del broker, TLS y el archivo CA, el usuario y la contraseña, y que el broker esté en marcha y se pueda alcanzar desde aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to the broker at %2, but the device sent nothing in %n s. Check that the device is switched on and uses this broker, and its settings: %3.</source>
        <extracomment>Installer: Test connection timed out: the broker answered, the device did not; %2 host:port, %3 the settings to check</extracomment>
        <translation>
            <numerusform>Conectado al broker en %2, pero el dispositivo no envió nada en %n s. Compruebe que el dispositivo esté encendido y use este broker, y sus ajustes: %3.</numerusform>
            <numerusform>Conectado al broker en %2, pero el dispositivo no envió nada en %n s. Compruebe que el dispositivo esté encendido y use este broker, y sus ajustes: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device sent nothing in %n s. Check that it is switched on and reachable, and its settings: %2.</source>
        <extracomment>Installer: Test connection timed out for a device without a broker; %2 the settings to check</extracomment>
        <translation>
            <numerusform>El dispositivo no envió nada en %n s. Compruebe que esté encendido y accesible, y sus ajustes: %2.</numerusform>
            <numerusform>El dispositivo no envió nada en %n s. Compruebe que esté encendido y accesible, y sus ajustes: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Switched off: %1</source>
        <translation>Desactivado: %1</translation>
    </message>
    <message>
        <source>Not running</source>
        <extracomment>Installer: a device&apos;s status when its plugin does not run</extracomment>
        <translation>No está en marcha</translation>
    </message>
    <message>
        <source>Not connected to the broker %1</source>
        <extracomment>Installer: a device&apos;s status; %1 the broker&apos;s id</extracomment>
        <translation>Sin conexión con el broker %1</translation>
    </message>
    <message>
        <source>The device says it is offline</source>
        <extracomment>Installer: a device&apos;s status</extracomment>
        <translation>El dispositivo indica que está desconectado</translation>
    </message>
    <message>
        <source>Waiting for the first reading</source>
        <extracomment>Installer: a device&apos;s status before its first reading</extracomment>
        <translation>Esperando la primera lectura</translation>
    </message>
    <message numerus="yes">
        <source>No data for %n s</source>
        <extracomment>Installer: a device&apos;s status; how long since its last reading</extracomment>
        <translation>
            <numerusform>Sin datos desde hace %n s</numerusform>
            <numerusform>Sin datos desde hace %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Installer: a device&apos;s status while readings arrive</extracomment>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>%1 is switched on.</source>
        <extracomment>Installer: after switching a device on or off; %1 its id</extracomment>
        <translation>%1 está activado.</translation>
    </message>
    <message>
        <source>%1 is switched off.</source>
        <translation>%1 está desactivado.</translation>
    </message>
    <message>
        <source>Removed %1. Its readings so far stay in the history.</source>
        <extracomment>Installer: after removing a device; %1 its id</extracomment>
        <translation>%1 quitado. Sus lecturas hasta ahora se quedan en el historial.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 what was typed</extracomment>
        <translation>%1: «%2» no es un número de kW</translation>
    </message>
    <message>
        <source>%1: must be from 0 to %2 kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 the maximum</extracomment>
        <translation>%1: debe estar entre 0 y %2 kW</translation>
    </message>
    <message>
        <source>%1: must be above 0 and at most %2 kW</source>
        <extracomment>Installer, site settings: %1 the field, %2 the maximum</extracomment>
        <translation>%1: debe ser mayor que 0 y como mucho %2 kW</translation>
    </message>
    <message>
        <source>Import limit</source>
        <extracomment>Installer, site settings: field label</extracomment>
        <translation>Límite de importación</translation>
    </message>
    <message>
        <source>Export limit</source>
        <extracomment>Installer, site settings: field label</extracomment>
        <translation>Límite de exportación</translation>
    </message>
    <message>
        <source>Grid region: &quot;%1&quot; is not a country code or bidding zone such as DE, NL or SE3</source>
        <extracomment>Installer, site settings: the grid region is not a country code or zone</extracomment>
        <translation>Región de la red: «%1» no es un código de país ni una zona de oferta como DE, NL o SE3</translation>
    </message>
    <message>
        <source>Household id: &quot;%1&quot; may hold only letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <extracomment>Installer, site settings: the household id is not usable in MQTT topics</extracomment>
        <translation>Id. del hogar: «%1» solo puede contener letras, cifras, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>Site settings saved.</source>
        <extracomment>Installer: after saving the site settings</extracomment>
        <translation>Ajustes del sitio guardados.</translation>
    </message>
    <message>
        <source>Backup: enter the file to write.</source>
        <extracomment>Installer, backup: no file name was given</extracomment>
        <translation>Copia de seguridad: indique el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup: %1 could not be written: %2</source>
        <extracomment>Installer, backup: %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Copia de seguridad: no se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the configuration of %n device(s) to %1. Passwords are not in the file: after a restore on another panel, enter them again.</source>
        <extracomment>Installer, backup: %1 the file; %n the number of devices</extracomment>
        <translation>
            <numerusform>Configuración de %n dispositivo guardada en %1. Las contraseñas no están en el archivo: tras restaurar en otro panel, introdúzcalas de nuevo.</numerusform>
            <numerusform>Configuración de %n dispositivos guardada en %1. Las contraseñas no están en el archivo: tras restaurar en otro panel, introdúzcalas de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore: %1 could not be read: %2</source>
        <extracomment>Installer, restore: %1 the file, %2 the system&apos;s reason</extracomment>
        <translation>Restauración: no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Restore: %1 is too large to be a Commonwatt configuration.</source>
        <extracomment>Installer, restore: the file is far too large to be a configuration</extracomment>
        <translation>Restauración: %1 es demasiado grande para ser una configuración de Commonwatt.</translation>
    </message>
    <message>
        <source>Restore: nothing was changed. %1: %2</source>
        <extracomment>Installer, restore: %1 the file, %2 the field at fault and why</extracomment>
        <translation>Restauración: no se cambió nada. %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored the configuration from %1: %n device(s).</source>
        <extracomment>Installer, restore: %1 the file; %n the number of devices</extracomment>
        <translation>
            <numerusform>Configuración restaurada desde %1: %n dispositivo.</numerusform>
            <numerusform>Configuración restaurada desde %1: %n dispositivos.</numerusform>
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
        <translation>Solo el instalador puede cambiar el PIN de instalador: introduce primero el PIN actual.</translation>
    </message>
    <message>
        <source>The two entries differ: enter the same PIN twice.</source>
        <translation>Las dos entradas no coinciden: introduce el mismo PIN dos veces.</translation>
    </message>
    <message>
        <source>No installer PIN is set yet: choose one first.</source>
        <translation>Aún no hay ningún PIN de instalador: elige uno primero.</translation>
    </message>
    <message>
        <source>Wrong PIN. Too many wrong tries: the PIN is locked for %1.</source>
        <translation>PIN incorrecto. Demasiados intentos fallidos: el PIN queda bloqueado durante %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n tries left before the PIN locks.</source>
        <translation>
            <numerusform>PIN incorrecto. Queda %n intento antes de que se bloquee el PIN.</numerusform>
            <numerusform>PIN incorrecto. Quedan %n intentos antes de que se bloquee el PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PIN is locked after too many wrong tries: try again in %1.</source>
        <translation>El PIN está bloqueado tras demasiados intentos fallidos: vuelve a intentarlo dentro de %1.</translation>
    </message>
    <message>
        <source>Only the installer can change when the screen dims.</source>
        <translation>Solo el instalador puede cambiar cuándo se atenúa la pantalla.</translation>
    </message>
    <message>
        <source>The screen dims after 0 (never) to %1 seconds.</source>
        <translation>La pantalla se atenúa tras un tiempo de entre 0 (nunca) y %1 segundos.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::LedgerService</name>
    <message>
        <source>The community ledger is not open.</source>
        <translation>El registro de la comunidad no está abierto.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::MqttApi</name>
    <message>
        <source>The household id &quot;%1&quot; cannot be an MQTT topic level: use letters, digits, _ and -.</source>
        <translation>El id de hogar &quot;%1&quot; no puede ser un nivel de tema MQTT: usa letras, dígitos, _ y -.</translation>
    </message>
    <message>
        <source>Retained commands are ignored: publish commands without the retain flag.</source>
        <translation>Las órdenes retenidas se ignoran: publica las órdenes sin el indicador retain.</translation>
    </message>
    <message>
        <source>Not a command topic.</source>
        <translation>No es un tema de órdenes.</translation>
    </message>
    <message>
        <source>There is no device &quot;%1&quot;.</source>
        <translation>No existe el dispositivo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: the device commands are: request.</source>
        <translation>Orden desconocida &quot;%1&quot;: las órdenes de dispositivo son: request.</translation>
    </message>
    <message>
        <source>Send runNow, skipToday, cancel, or readyBy HH:MM PERCENT (e.g. readyBy 07:00 80).</source>
        <translation>Envía runNow, skipToday, cancel o readyBy HH:MM PORCENTAJE (p. ej., readyBy 07:00 80).</translation>
    </message>
    <message>
        <source>The command is %1 bytes long; commands are short words.</source>
        <translation>La orden tiene %1 bytes; las órdenes son palabras cortas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time: give it as HH:MM, 00:00 to 23:59.</source>
        <translation>&quot;%1&quot; no es una hora: indícala como HH:MM, de 00:00 a 23:59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a charge target: give a percentage from 1 to 100.</source>
        <translation>&quot;%1&quot; no es un objetivo de carga: indica un porcentaje de 1 a 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>&quot;%1&quot; no es una orden.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::PlanModel</name>
    <message>
        <source>Tomorrow</source>
        <extracomment>The timeline&apos;s second day</extracomment>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>%1, then %2</source>
        <extracomment>The grid signals: %1 the feed&apos;s hours, %2 what the rest of the plan uses</extracomment>
        <translation>%1, después %2</translation>
    </message>
    <message>
        <source>%1: accuracy known after its first day</source>
        <extracomment>%1 &quot;Solar forecast&quot; or &quot;Home forecast&quot;: no forecast has been compared with what happened yet</extracomment>
        <translation>%1: precisión disponible tras su primer día</translation>
    </message>
    <message>
        <source>%1: ±%2 kWh/day, %3 % better than yesterday-as-forecast</source>
        <extracomment>%1 &quot;Solar forecast&quot;, %2 its mean error in kWh per day, %3 how much smaller (in %) than taking yesterday&apos;s values as the forecast</extracomment>
        <translation>%1: ±%2 kWh/día, un %3 % mejor que usar el día anterior como previsión</translation>
    </message>
    <message>
        <source>%1: ±%2 kWh/day, %3 % worse than yesterday-as-forecast</source>
        <extracomment>As above, when the forecast was worse than taking yesterday&apos;s values</extracomment>
        <translation>%1: ±%2 kWh/día, un %3 % peor que usar el día anterior como previsión</translation>
    </message>
    <message>
        <source>Solar forecast</source>
        <translation>Previsión solar</translation>
    </message>
    <message>
        <source>Home forecast</source>
        <translation>Previsión de consumo</translation>
    </message>
    <message>
        <source>Solar accuracy after a day</source>
        <extracomment>Short: the solar forecast has not been compared with a day of what happened yet</extracomment>
        <translation>Precisión solar tras un día</translation>
    </message>
    <message>
        <source>Home accuracy after a day</source>
        <translation>Precisión de consumo tras un día</translation>
    </message>
    <message>
        <source>Solar ±%1 kWh/day, %2 % better</source>
        <extracomment>Short: %1 the solar forecast&apos;s error in kWh per day, %2 how much better than yesterday&apos;s</extracomment>
        <translation>Solar ±%1 kWh/día, %2 % mejor</translation>
    </message>
    <message>
        <source>Home ±%1 kWh/day, %2 % better</source>
        <translation>Consumo ±%1 kWh/día, %2 % mejor</translation>
    </message>
    <message>
        <source>Solar ±%1 kWh/day, %2 % worse</source>
        <translation>Solar ±%1 kWh/día, %2 % peor</translation>
    </message>
    <message>
        <source>Home ±%1 kWh/day, %2 % worse</source>
        <translation>Consumo ±%1 kWh/día, %2 % peor</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Planner</name>
    <message>
        <source>No plan fits: %1</source>
        <translation>Ningún plan es viable: %1</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>Esa hora ya ha pasado.</translation>
    </message>
    <message>
        <source>There is no device %1.</source>
        <translation>No existe el dispositivo %1.</translation>
    </message>
    <message>
        <source>Only a car can be made ready by a time.</source>
        <translation>Solo se puede fijar una hora de salida para un coche.</translation>
    </message>
    <message>
        <source>%1 is not plugged in.</source>
        <translation>%1 no está conectado.</translation>
    </message>
    <message>
        <source>Only an appliance or a heater can be kept off today.</source>
        <translation>Solo se puede mantener apagado hoy un electrodoméstico o un calentador.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::Runtime</name>
    <message>
        <source>Simulated household</source>
        <translation>Hogar simulado</translation>
    </message>
    <message>
        <source>Simulated household, %1× speed</source>
        <translation>Hogar simulado, velocidad %1×</translation>
    </message>
    <message>
        <source>Your household</source>
        <translation>Tu hogar</translation>
    </message>
    <message>
        <source>This household is a member of %1 already.</source>
        <translation>Este hogar ya es miembro de %1.</translation>
    </message>
</context>
<context>
    <name>commonwatt::app::UiSettings</name>
    <message>
        <source>System (%1)</source>
        <extracomment>The language choice that follows the operating system&apos;s; %1 is the language that gives</extracomment>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>There is no translation for &quot;%1&quot;.</source>
        <extracomment>%1 is a language code such as &quot;pt&quot;</extracomment>
        <translation>No hay traducción para &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: choose auto, day or night.</source>
        <translation>Tema desconocido &quot;%1&quot;: elige auto, day o night.</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;: choose kW or W.</source>
        <translation>Unidad desconocida &quot;%1&quot;: elige kW o W.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <extracomment>%1 is the reason given by the configuration database</extracomment>
        <translation>No se pudo guardar el ajuste: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::gridfeed::GridFeedDevice</name>
    <message>
        <source>Grid signals (%1)</source>
        <translation>Señales de la red (%1)</translation>
    </message>
    <message>
        <source>No grid-signal document for region %1 on %2 in the last %3 minutes (maxAgeMinutes).</source>
        <translation>No ha llegado ningún documento de señales de la red para la región %1 en %2 en los últimos %3 minutos (maxAgeMinutes).</translation>
    </message>
    <message>
        <source>The grid signals for region %1 are out of date: the newest document on %2 was issued at %3, more than %4 minutes ago (maxAgeMinutes).</source>
        <translation>Las señales de la red de la región %1 están desactualizadas: el documento más reciente en %2 se emitió el %3, hace más de %4 minutos (maxAgeMinutes).</translation>
    </message>
</context>
<context>
    <name>commonwatt::gridfeed::GridFeedPlugin</name>
    <message>
        <source>Grid signals</source>
        <translation>Señales de la red</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqtt::PahoMqttClient</name>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>not a valid MQTT topic filter</source>
        <translation>no es un filtro de temas MQTT válido</translation>
    </message>
    <message>
        <source>no context or handler</source>
        <translation>sin contexto ni manejador</translation>
    </message>
    <message>
        <source>connection to %1 lost</source>
        <translation>se perdió la conexión con %1</translation>
    </message>
    <message>
        <source>connection refused: the broker at %1 does not speak MQTT 3.1.1</source>
        <translation>conexión rechazada: el bróker de %1 no habla MQTT 3.1.1</translation>
    </message>
    <message>
        <source>connection refused: client id %1 rejected</source>
        <translation>conexión rechazada: id de cliente %1 rechazado</translation>
    </message>
    <message>
        <source>connection refused: broker at %1 unavailable</source>
        <translation>conexión rechazada: el bróker de %1 no está disponible</translation>
    </message>
    <message>
        <source>connection refused: bad user name or password</source>
        <translation>conexión rechazada: nombre de usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>connection refused: not authorised (check the user name and password)</source>
        <translation>conexión rechazada: no autorizado (comprueba el nombre de usuario y la contraseña)</translation>
    </message>
    <message>
        <source>broker unreachable at %1, or the TLS handshake failed (check the CA file and the broker&apos;s certificate)</source>
        <translation>no se puede acceder al bróker de %1, o ha fallado la negociación TLS (comprueba el archivo de CA y el certificado del bróker)</translation>
    </message>
    <message>
        <source>broker unreachable at %1</source>
        <translation>no se puede acceder al bróker de %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqttgeneric::GenericMqttDevice</name>
    <message>
        <source>%1 says it is offline (%2 on %3)</source>
        <translation>%1 indica que está fuera de línea (%2 en %3)</translation>
    </message>
    <message>
        <source>The MQTT broker is not connected.</source>
        <translation>El bróker MQTT no está conectado.</translation>
    </message>
    <message>
        <source>The MQTT broker is not connected: %1</source>
        <translation>El bróker MQTT no está conectado: %1</translation>
    </message>
    <message>
        <source>%1: the command ran out at %2, before it was sent</source>
        <translation>%1: la orden caducó el %2, antes de enviarse</translation>
    </message>
    <message>
        <source>%1: the power setpoint is not a finite number</source>
        <translation>%1: la consigna de potencia no es un número finito</translation>
    </message>
    <message>
        <source>%1: a charging current of %2 A is not possible</source>
        <translation>%1: una corriente de carga de %2 A no es posible</translation>
    </message>
    <message>
        <source>%1 does not accept this command</source>
        <translation>%1 no acepta esta orden</translation>
    </message>
</context>
<context>
    <name>commonwatt::mqttgeneric::MqttGenericPlugin</name>
    <message>
        <source>Generic MQTT device</source>
        <translation>Dispositivo MQTT genérico</translation>
    </message>
</context>
<context>
    <name>commonwatt::plugins::MqttSwitchDevice</name>
    <message>
        <source>%1 reported itself offline.</source>
        <translation>%1 ha indicado que está fuera de línea.</translation>
    </message>
    <message>
        <source>No connection to the MQTT broker.</source>
        <translation>Sin conexión con el bróker MQTT.</translation>
    </message>
    <message>
        <source>No connection to the MQTT broker: %1</source>
        <translation>Sin conexión con el bróker MQTT: %1</translation>
    </message>
</context>
<context>
    <name>commonwatt::shelly::ShellyDevice</name>
    <message>
        <source>%1 refused Switch.Set: %2</source>
        <translation>%1 rechazó Switch.Set: %2</translation>
    </message>
    <message>
        <source>%1 refused Switch.GetStatus for switch %2: %3</source>
        <translation>%1 rechazó Switch.GetStatus para el switch %2: %3</translation>
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
        <translation>Id del dispositivo</translation>
    </message>
    <message>
        <source>The device&apos;s MQTT topic prefix, such as shellyplusplugs-a8032ab12345 (Settings &gt; MQTT).</source>
        <translation>El prefijo de tema MQTT del dispositivo, como shellyplusplugs-a8032ab12345 (Settings &gt; MQTT).</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Which output of a device with several: 0 for the first.</source>
        <translation>Qué salida usar si el dispositivo tiene varias: 0 para la primera.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What Commonwatt calls the device, such as Washing machine.</source>
        <translation>Cómo llama Commonwatt al dispositivo, p. ej., Lavadora.</translation>
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
        <translation>Contador de red</translation>
    </message>
    <message>
        <source>Solar</source>
        <translation>Solar</translation>
    </message>
    <message>
        <source>Home battery</source>
        <translation>Batería doméstica</translation>
    </message>
    <message>
        <source>Electric car</source>
        <translation>Coche eléctrico</translation>
    </message>
    <message>
        <source>Washing machine</source>
        <translation>Lavadora</translation>
    </message>
    <message>
        <source>Dishwasher</source>
        <translation>Lavavajillas</translation>
    </message>
    <message>
        <source>Tumble dryer</source>
        <translation>Secadora</translation>
    </message>
    <message>
        <source>Water heater</source>
        <translation>Termo eléctrico</translation>
    </message>
    <message>
        <source>Grid signals</source>
        <translation>Señales de la red</translation>
    </message>
    <message>
        <source>%1: the command&apos;s power is not a number</source>
        <translation>%1: la potencia de la orden no es un número</translation>
    </message>
    <message>
        <source>%1: the command ran out at %2, before it could act (the device is at %3)</source>
        <translation>%1: la orden caducó el %2, antes de poder actuar (la hora del dispositivo es %3)</translation>
    </message>
    <message>
        <source>%1: the charger cannot take power from the car (%2 kW asked)</source>
        <translation>%1: el cargador no puede tomar energía del coche (se pidieron %2 kW)</translation>
    </message>
    <message>
        <source>%1 is not plugged in</source>
        <translation>%1 no está conectado</translation>
    </message>
    <message>
        <source>%1: a water heater cannot cool (%2 kW asked)</source>
        <translation>%1: un termo no puede enfriar (se pidieron %2 kW)</translation>
    </message>
    <message>
        <source>%1 runs its program or nothing: it can only be held off (0 kW), not set to %2 kW</source>
        <translation>%1 ejecuta su programa o nada: solo se puede mantener en espera (0 kW), no fijar a %2 kW</translation>
    </message>
    <message>
        <source>%1 has no load waiting to start</source>
        <translation>%1 no tiene ningún programa pendiente de iniciar</translation>
    </message>
    <message>
        <source>%1 is already running, since %2</source>
        <translation>%1 ya está en marcha desde %2</translation>
    </message>
    <message>
        <source>%1 does not accept this command</source>
        <translation>%1 no acepta esta orden</translation>
    </message>
</context>
<context>
    <name>commonwatt::simulator::SimulatorPlugin</name>
    <message>
        <source>Household simulator</source>
        <translation>Simulador de hogar</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>The same seed gives the same household, day after day.</source>
        <translation>La misma semilla genera el mismo hogar, día tras día.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>An IANA time zone such as Europe/Amsterdam.</source>
        <translation>Una zona horaria IANA, como Europe/Madrid.</translation>
    </message>
    <message>
        <source>Solar peak power</source>
        <translation>Potencia pico solar</translation>
    </message>
    <message>
        <source>Battery capacity</source>
        <translation>Capacidad de la batería</translation>
    </message>
    <message>
        <source>Car battery capacity</source>
        <translation>Capacidad de la batería del coche</translation>
    </message>
    <message>
        <source>Charger power</source>
        <translation>Potencia del cargador</translation>
    </message>
    <message>
        <source>Reading interval</source>
        <translation>Intervalo de lectura</translation>
    </message>
    <message>
        <source>Simulate grid signals</source>
        <translation>Simular señales de la red</translation>
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
        <translation>Tema del dispositivo</translation>
    </message>
    <message>
        <source>The device&apos;s Topic, such as tasmota_9CF9D1 (Configuration &gt; Configure MQTT).</source>
        <translation>El Topic del dispositivo, como tasmota_9CF9D1 (Configuration &gt; Configure MQTT).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What Commonwatt calls the device, such as Dishwasher.</source>
        <translation>Cómo llama Commonwatt al dispositivo, p. ej., Lavavajillas.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relé</translation>
    </message>
    <message>
        <source>Which relay of a device with several: 1 for the first (POWER or POWER1).</source>
        <translation>Qué relé usar si el dispositivo tiene varios: 1 para el primero (POWER o POWER1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the device&apos;s Topic (one level, no /), as in Configure &gt; MQTT</source>
        <translation>&quot;%1&quot; debe ser el Topic del dispositivo (un nivel, sin /), como en Configure &gt; MQTT</translation>
    </message>
    <message>
        <source>Tasmota %1</source>
        <translation>Tasmota %1</translation>
    </message>
</context>
</TS>
