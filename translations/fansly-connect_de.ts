<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>Über Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>Fansly-Connect-Symbol</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>Verbindet die Fansly-Konten von Creators mit OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Übungsmodus: Ein Simulator auf diesem Computer antwortet; echte Konten bleiben unberührt.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Erstellt mit Qt %1, verwendet unter der GNU Lesser General Public License Version 3, und QtKeychain, verwendet unter der BSD-3-Clause-Lizenz.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>„%1“ ist keine Konto-ID (Konto-IDs sehen so aus: fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>KONTO-ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>FANSLY-BENUTZER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>%1 von OnlyFansAPI trennen? Geben Sie zur Bestätigung yes ein: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>Nicht getrennt: keine Bestätigung erhalten (geben Sie yes ein oder verwenden Sie --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>„%1“ (%2, %3)</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>SERVERSTATUS</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>Für diesen API-Schlüssel sind keine Konten gelistet.</translation>
    </message>
    <message>
        <source>There is no account %1 for this API key, so nothing was disconnected. `accounts` lists them.</source>
        <translation>Für diesen API-Schlüssel gibt es kein Konto %1, daher wurde nichts getrennt. `accounts` listet die Konten auf.</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>anderer (siehe --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Unterbrochen: „Fortsetzen“ wählen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden …</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>Wird verbunden … (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Code benötigt</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft …</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Nicht verbunden (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Fansly-Benutzername</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>Der OnlyFansAPI-Server ist nicht erreichbar. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>Der OnlyFansAPI-Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Prüfen Sie, ob er vollständig kopiert wurde und ob er in der OnlyFansAPI-Konsole widerrufen wurde.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>Das Guthaben des OnlyFansAPI-Kontos ist aufgebraucht. Laden Sie in der Konsole Guthaben auf und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>Dieser API-Schlüssel hat dafür keine Berechtigung. Prüfen Sie das Team und den Tarif des Schlüssels.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>Dem Server ist dieses Konto nicht bekannt. Möglicherweise wurde es bereits getrennt.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>Der Server hat die Angaben nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>Der Server hat die Angaben nicht akzeptiert.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Zu viele Anfragen mit diesem API-Schlüssel. Warten Sie %Ln Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Zu viele Anfragen mit diesem API-Schlüssel. Warten Sie %Ln Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Zu viele Anfragen mit diesem API-Schlüssel. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>Beim OnlyFansAPI-Server ist ein Problem aufgetreten (Fehler %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht versteht. Versuchen Sie es erneut. Wenn das immer wieder passiert, hat sich möglicherweise die API geändert.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>Die Anfrage wurde nicht gesendet, weil der API-Schlüssel an diese Serveradresse nicht sicher übertragen werden kann.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>Der Server hat die Anfrage abgelehnt (Fehler %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>Keine Verbindung zum OnlyFansAPI-Server</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>Der OnlyFansAPI-Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Zu viele Anfragen mit diesem API-Schlüssel</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>Der OnlyFansAPI-Server hatte ein Problem (Fehler %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>Der Server hat eine Antwort gesendet, die diese App nicht versteht</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Der Status konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>Das Zertifikat des Servers ist selbst signiert, daher ist die Verbindung nicht vertrauenswürdig und es wurde nichts gesendet. Ein Netzwerkfilter oder Virenschutz, der sichere Verbindungen prüft, kann die Ursache sein.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>Das Zertifikat des Servers stammt von einer Stelle, der dieser Computer nicht vertraut, daher wurde nichts gesendet. Ein Netzwerkfilter, Proxy oder Virenschutz, der sichere Verbindungen prüft, kann die Ursache sein.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>Das Zertifikat des Servers gilt für einen anderen Hostnamen, daher wurde nichts gesendet. Prüfen Sie die Serveradresse und einen etwaigen Netzwerkfilter und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder das Datum dieses Computers stimmt nicht, daher wurde nichts gesendet. Prüfen Sie Datum und Uhrzeit des Systems und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig oder das Datum dieses Computers stimmt nicht, daher wurde nichts gesendet. Prüfen Sie Datum und Uhrzeit des Systems und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert, daher wurde nichts gesendet. Der Grund steht im Diagnoseprotokoll.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>Die sichere Verbindung zum Server konnte nicht aufgebaut werden, daher wurde nichts gesendet. Prüfen Sie einen etwaigen Netzwerkfilter oder Proxy und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>OnlyFansAPI-Schlüssel</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>Der Schlüssel verbindet diese App mit dem OnlyFansAPI-Konto Ihrer Agentur.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Kopieren Sie den Schlüssel aus der OnlyFansAPI-Konsole (API Keys) und fügen Sie ihn hier ein. Er wird geprüft, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Der Schlüssel wird bei OnlyFansAPI geprüft …</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Der gespeicherte API-Schlüssel wird geprüft …</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>System-Schlüsselbund erneut ver&amp;suchen</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Der System-Schlüsselbund wird erneut gefragt …</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Die API-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>Die API-Schlüsseldatei %1 ist leer: Schreiben Sie den Schlüssel in ihre erste Zeile.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>Übungsmodus</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>Umgebungsvariable FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>Die API-Adresse %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>Der Übungssimulator konnte auf diesem Computer nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Übungsmodus: Echte Konten bleiben unberührt.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Die API-Basis-URL %1 wird abgelehnt: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Kein API-Schlüssel. Geben Sie ihn mit --api-key-file PATH (erste Zeile der Datei) oder der Umgebungsvariable FANSLY_CONNECT_API_KEY an, oder speichern Sie ihn mit `fansly-connect-cli key set` im System-Schlüsselbund. API-Schlüssel erstellen Sie in der OnlyFansAPI-Konsole unter „API Keys“. Zum Ausprobieren ohne Schlüssel verwenden Sie --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>--%1 wird nicht angenommen: Geheime Angaben in der Befehlszeile landen im Shell-Verlauf und in der Prozessliste, wo andere Programme sie lesen können. Geben Sie das Passwort ein, wenn danach gefragt wird, oder leiten Sie es mit --password-stdin weiter. Den API-Schlüssel geben Sie mit --api-key-file, der Umgebungsvariable FANSLY_CONNECT_API_KEY oder `key set` an, ein Proxy-Passwort mit FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>„%1“ erwartet einen dieser Unterbefehle: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>„%1“ erwartet %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 passt nicht zu „%2“.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden von 1 bis 86400.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>--api-key-file braucht einen Pfad.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice und --api-base-url passen nicht zusammen: Der Übungsmodus startet seinen eigenen Simulator.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>connect braucht --username USER (den Fansly-Benutzernamen oder die E-Mail-Adresse des Creators).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Wählen Sie nur eine der Optionen --proxy-country, --proxy und --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>--proxy-user geht nur zusammen mit --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>proxies add braucht --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>--practice-rate-limit erwartet eine Anzahl Anfragen pro Minute (1 oder mehr), zusammen mit --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang erwartet eine dieser Sprachen: %1.</translation>
    </message>
    <message>
        <source>Usage: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

Connects creators&apos; Fansly accounts to OnlyFansAPI.

Commands:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Log in to Fansly and connect the account. The password is read
                           from the terminal without echo, or with --password-stdin from the
                           first line of stdin. When Fansly asks for a code, type it when
                           asked (or give it as the next line of stdin).
  status ACCOUNT_ID [--wait]
                           Show where a login stands; with --wait, follow it to the end
                           (entering a code if one is asked for).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Log in again with the stored credentials and follow it.
  accounts                 List the accounts, connected or not (a failed login is listed
                           until it is disconnected).
  disconnect ACCOUNT_ID [--yes]
                           Disconnect an account (asks you to type &quot;yes&quot; unless --yes).
  key set [--no-check]     Save the API key (first line of stdin, or typed without echo)
                           in the system keychain, after checking it with the server.
  key check                Show the API key&apos;s name and team, or why it is rejected.
  key forget               Remove the saved API key from the system keychain.
  proxies list             List the saved custom proxies.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Save a custom proxy; its password (if any) goes to the system
                           keychain only.
  proxies remove NAME      Remove a saved proxy.

Options:
  --api-base-url URL       API server (default https://app.onlyfansapi.com, or the
                           FANSLY_CONNECT_API_BASE_URL environment variable). Plain http is
                           only accepted to this computer (loopback).
  --api-key-file PATH      Read the API key from the first line of this file.
  --practice               Use the built-in practice simulator; no real account is touched
                           and no API key is needed.
  --practice-rate-limit N  With --practice: the simulator allows N requests a minute.
  --json                   Machine-readable output on stdout: one JSON object per line.
  --verbose, -v            Show the diagnostic log on stderr.
  --help, -h               Show this help.
  --version                Show the version.
  --lang CODE              Speak this language instead of the system&apos;s:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

The API key comes from --api-key-file, else FANSLY_CONNECT_API_KEY, else the system
keychain (see `key set`). A proxy password comes from FANSLY_CONNECT_PROXY_PASSWORD (or is
asked for on a terminal). Passwords, codes and keys are never accepted as arguments.

Output: the result goes to stdout, progress and errors to stderr. With --json, connect,
status --wait and reauth print one object per state change ({&quot;state&quot;, &quot;account_id&quot;,
&quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;, &quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}});
the last line is the final state. accounts prints one object per account per line.

Exit codes:
  0  success
  2  usage error: bad options, no API key, refused API base URL, no password given
  3  API key rejected (401)
  4  login failed (the server&apos;s reason is shown), refused details (422, e.g. already
     connected), unknown account (404)
  5  network, server, TLS, protocol or timeout error; system keychain unavailable
  6  rate limited (429) or out of credits (402)
  7  cancelled (Ctrl+C), no code or no confirmation given
</source>
        <translation>Aufruf: fansly-connect-cli [OPTIONEN] BEFEHL [ARGUMENTE]

Verbindet Fansly-Konten von Creators mit OnlyFansAPI.

Befehle:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Bei Fansly anmelden und das Konto verbinden. Das Passwort wird
                           ohne Anzeige im Terminal eingegeben oder mit --password-stdin aus
                           der ersten Zeile von stdin gelesen. Verlangt Fansly einen Code,
                           geben Sie ihn bei der Abfrage ein (oder als nächste Zeile in stdin).
  status ACCOUNT_ID [--wait]
                           Zeigen, wie weit eine Anmeldung ist; mit --wait bis zum Ende
                           verfolgen (und einen Code eingeben, falls einer verlangt wird).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Mit den gespeicherten Zugangsdaten neu anmelden und verfolgen.
  accounts                 Die Konten auflisten, verbunden oder nicht (eine fehlgeschlagene
                           Anmeldung bleibt gelistet, bis sie getrennt wird).
  disconnect ACCOUNT_ID [--yes]
                           Ein Konto trennen (verlangt die Eingabe &quot;yes&quot;, außer mit --yes).
  key set [--no-check]     Den API-Schlüssel (erste Zeile von stdin oder verdeckt eingetippt)
                           nach Prüfung beim Server im System-Schlüsselbund speichern.
  key check                Name und Team des API-Schlüssels zeigen oder warum er abgelehnt wird.
  key forget               Gespeicherten API-Schlüssel aus dem System-Schlüsselbund löschen.
  proxies list             Die gespeicherten eigenen Proxys auflisten.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Einen eigenen Proxy speichern; sein Passwort (falls vorhanden)
                           kommt nur in den System-Schlüsselbund.
  proxies remove NAME      Einen gespeicherten Proxy entfernen.

Optionen:
  --api-base-url URL       API-Server (Standard: https://app.onlyfansapi.com oder die
                           Umgebungsvariable FANSLY_CONNECT_API_BASE_URL). Unverschlüsseltes
                           http wird nur zu diesem Computer (Loopback) akzeptiert.
  --api-key-file PATH      Den API-Schlüssel aus der ersten Zeile dieser Datei lesen.
  --practice               Den eingebauten Übungssimulator verwenden; echte Konten bleiben
                           unberührt, und es wird kein API-Schlüssel benötigt.
  --practice-rate-limit N  Mit --practice: Der Simulator erlaubt N Anfragen pro Minute.
  --json                   Maschinenlesbare Ausgabe auf stdout: ein JSON-Objekt pro Zeile.
  --verbose, -v            Das Diagnoseprotokoll auf stderr zeigen.
  --help, -h               Diese Hilfe zeigen.
  --version                Die Version zeigen.
  --lang CODE              Diese Sprache statt der des Systems verwenden:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

Der API-Schlüssel kommt aus --api-key-file, sonst aus FANSLY_CONNECT_API_KEY, sonst aus
dem System-Schlüsselbund (siehe `key set`). Ein Proxy-Passwort kommt aus
FANSLY_CONNECT_PROXY_PASSWORD (oder wird im Terminal abgefragt). Passwörter, Codes und
Schlüssel werden nie als Argumente angenommen.

Ausgabe: Das Ergebnis geht nach stdout, Fortschritt und Fehler gehen nach stderr. Mit
--json geben connect, status --wait und reauth je Statuswechsel ein Objekt aus ({&quot;state&quot;,
&quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;, &quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;,
&quot;message&quot;}}); die letzte Zeile ist der Endstand. accounts gibt ein Objekt pro Konto und
Zeile aus.

Exit-Codes:
  0  Erfolg
  2  Aufruffehler: ungültige Optionen, kein API-Schlüssel, API-Basis-URL abgelehnt, kein
     Passwort angegeben
  3  API-Schlüssel abgelehnt (401)
  4  Anmeldung fehlgeschlagen (mit dem Grund des Servers), Angaben abgelehnt (422, z. B.
     schon verbunden), unbekanntes Konto (404)
  5  Fehler bei Netzwerk, Server, TLS, Protokoll oder Zeitüberschreitung; System-Schlüsselbund
     nicht verfügbar
  6  Zu viele Anfragen (429) oder Guthaben aufgebraucht (402)
  7  Abgebrochen (Strg+C), kein Code oder keine Bestätigung angegeben
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Bestätigungscode für %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>E-Mail-Code akzeptiert. Jetzt den Code aus der Authenticator-App des Creators.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>Bestätigungs&amp;code</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>nur Ziffern</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Code wird geprüft</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Nur Ziffern: Der Code hat %Ln Ziffer.</numerusform>
            <numerusform>Nur Ziffern: Der Code hat %Ln Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Fragen Sie nach dem aktuellen Code aus der Authenticator-App des Creators.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>Fansly hat einen Code an die E-Mail-Adresse des Creators gesendet. Bitten Sie den Creator, ihn vorzulesen.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>Fansly hat einen Code an %1 gesendet. Bitten Sie den Creator, ihn vorzulesen.</translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation>Code für „%1“</translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation>Code für „%1“ (%2)</translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation>%1 Falsche Codes bisher: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>Fansly möchte sichergehen, dass es wirklich der Creator ist. Fragen Sie nach dem Code und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>Der System-Schlüsselbund wird nicht verwendet. Der Schlüssel bleibt deshalb nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>Bis dahin bleibt der API-Schlüssel nur für diese Sitzung im Arbeitsspeicher und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>Der gespeicherte API-Schlüssel wurde abgelehnt. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>Gespeicherte Proxys sind hier nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Übungsmodus: Der Übungsschlüssel ist schon eingetragen, und es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>Anmeldung fortsetzen?</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Setzen Sie sie fort, um das Ergebnis zu sehen oder den Code einzugeben. Es wird keine neue Anmeldung an Fansly gesendet.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Bestätigungscode erforderlich</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>Während einer Anmeldung schließen?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>Eine Anmeldung läuft noch.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Wenn Sie jetzt schließen, läuft die Anmeldung bei OnlyFansAPI ohne Sie weiter. Sie können sie beim nächsten Start von Fansly Connect fortsetzen.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>&amp;Trotzdem schließen</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>E-Mail-Code angenommen. Jetzt den Code aus der Authenticator-App des Creators.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Beenden und Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>Was Sie für diesen Creator eingegeben haben, wird beim Schließen von Fansly Connect nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>Anmeldung &amp;abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Neuer Versuch in %Ln s.</numerusform>
            <numerusform>%1. Neuer Versuch in %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>Der API-Schlüssel wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Ein Fansly-Konto verbinden – Übung</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Ein Fansly-Konto verbinden</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Im &amp;Hintergrund fortsetzen</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Dieses Fenster schließen; die Anmeldung läuft in der Kontenliste weiter.</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>Eine Anmeldung für „%1“ (begonnen %2) wurde nicht abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>Danach wird %Ln weitere nicht abgeschlossene Anmeldung angeboten.</numerusform>
            <numerusform>Danach werden %Ln weitere nicht abgeschlossene Anmeldungen angeboten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>„%1“ wird verbunden</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Serverstatus: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>Verstrichene Zeit: %1</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>Wenn Fansly einen Code verlangt, fragt die nächste Seite den Creator danach.</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Geben Sie den Code genau so ein, wie Sie ihn erhalten haben: nur Ziffern, meist 6.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>Die Anmeldung hat den Server möglicherweise trotzdem erreicht. Prüfen Sie die verbundenen Konten, bevor Sie sie erneut starten.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Die Anmeldung wird an OnlyFansAPI gesendet …</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Anmeldung bei Fansly läuft …</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>Fansly hat dem Creator einen Bestätigungscode per E-Mail geschickt.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>Fansly hat einen Bestätigungscode per E-Mail an %1 geschickt.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Geben Sie den Code aus der Authenticator-App des Creators ein.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Der Code wird gesendet …</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Der Code wird geprüft …</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>Die Anmeldung hat zu lange gedauert und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>Der Code hat den Server möglicherweise nicht erreicht: %1 Wenn diese Seite weiterhin danach fragt, können Sie ihn erneut senden.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>API-Schlüssel ä&amp;ndern</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>&amp;Erneut verbinden, auch wenn das Konto schon verbunden ist</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Fansly-Konto des Creators</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>Geben Sie die Fansly-Zugangsdaten des Creators ein. Das Passwort wird einmal gesendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>&amp;Anzeigename (optional)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>Fansly-&amp;Benutzername oder E-Mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Erscheint in Ihrer OnlyFansAPI-Kontenliste</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Der geprüfte API-Schlüssel wird verwendet.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Der API-Schlüssel des Teams „%1“ wird verwendet.</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>Ein Benutzername kann nicht nur aus Leerzeichen bestehen: Geben Sie den Fansly-Benutzernamen oder die E-Mail-Adresse des Creators ein.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Fansly-Benutzername:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>&amp;Weiteren Creator verbinden</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Kontoname:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>Das Fansly-Konto des Creators ist jetzt in OnlyFansAPI verfügbar.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>Das Konto ist verbunden.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>„%1“ ist verbunden.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>OnlyFansAPI kann jetzt mit diesem Fansly-Konto arbeiten. Klicken Sie auf „Abschließen“, um das Fenster zu schließen, oder verbinden Sie den nächsten Creator.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>Das Fansly-Konto des Creators wurde nicht verbunden.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Angegebener Grund: %1</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>Trotzdem &amp;verbinden</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>Fansly hat den Benutzernamen oder das Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Bitten Sie den Creator, das Passwort und den Benutzernamen bzw. die E-Mail-Adresse zu prüfen, und versuchen Sie es dann erneut. Mehrere Fehlversuche können das Fansly-Konto vorübergehend sperren.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>Die Anmeldung über den Proxy ist nicht gelungen</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Prüfen Sie Host, Port, Benutzer und Passwort des Proxys oder wählen Sie stattdessen einen verwalteten Proxy. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>Der Bestätigungscode ist abgelaufen</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Versuchen Sie es erneut und lassen Sie sich den neuen Code vom Creator vorlesen, sobald er ankommt.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Zu viele falsche Bestätigungscodes</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Versuchen Sie es erneut und prüfen Sie jede Ziffer mit dem Creator, bevor Sie auf „Bestätigen“ klicken.</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>Die Anmeldung hat zu lange gedauert</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>Fansly oder der Proxy ist gerade möglicherweise langsam. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Zu viele Anfragen mit diesem API-Schlüssel</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>Das Guthaben des OnlyFansAPI-Kontos ist aufgebraucht</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>Beim OnlyFansAPI-Server ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut. Wenn das Problem bestehen bleibt, wenden Sie sich an den OnlyFansAPI-Support.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>Dieses Fansly-Konto ist bereits verbunden</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>OnlyFansAPI ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Prüfen Sie die Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>Die Anmeldung wurde abgebrochen</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>Für diese Anmeldung passiert nichts weiter. Versuchen Sie es erneut, wenn der Creator bereit ist.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>Die Anmeldung war nicht erfolgreich</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Lesen Sie den Grund unten, beheben Sie das genannte Problem und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>Die Anmeldung wurde möglicherweise trotzdem gestartet</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>Die Verbindung brach ab, nachdem die Anmeldung gesendet wurde. Prüfen Sie die verbundenen Konten in der OnlyFansAPI-Konsole, bevor Sie es erneut versuchen, damit der Creator nicht zweimal angemeldet wird.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Warten Sie %Ln Sekunde und klicken Sie dann auf „Jetzt wiederholen“.</numerusform>
            <numerusform>Warten Sie %Ln Sekunden und klicken Sie dann auf „Jetzt wiederholen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Warten Sie eine Minute und klicken Sie dann auf „Jetzt wiederholen“.</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Laden Sie in der OnlyFansAPI-Konsole Guthaben auf und klicken Sie dann auf „Jetzt wiederholen“.</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Prüfen Sie den Schlüssel in der OnlyFansAPI-Konsole, versuchen Sie es dann erneut und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Um es trotzdem erneut zu verbinden, zum Beispiel nach einer Passwortänderung, klicken Sie auf „Trotzdem verbinden“.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Verbindet das Fansly-Konto eines Creators Schritt für Schritt mit OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe zeigen und das Programm beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version zeigen und das Programm beenden.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>Mit dem eingebauten Simulator üben; echte Konten bleiben unberührt.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>OnlyFansAPI-Adresse (Standard: FANSLY_CONNECT_API_BASE_URL oder https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Diese Sprache (%1) statt der des Systems verwenden, nur für diesen Start.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>Mit --practice: Der Simulator erlaubt N Anfragen pro Minute.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice und --api-base-url passen nicht zusammen: Der Übungsmodus startet seinen eigenen Simulator.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>--practice-rate-limit erwartet eine Zahl (1 oder mehr), zusammen mit --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang erwartet eine dieser Sprachen: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>Der Übungsmodus braucht keinen API-Schlüssel, daher gibt es keinen zu speichern oder zu löschen.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>API-Schlüssel für %1 (wird beim Tippen nicht angezeigt): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>Kein API-Schlüssel angegeben: Geben Sie ihn bei der Abfrage ein oder leiten Sie ihn in der ersten Zeile von stdin weiter.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Der Schlüssel wird bei %1 geprüft …</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>Der Schlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>Der Schlüssel wurde nicht gespeichert (um ihn ohne Prüfung zu speichern, ergänzen Sie --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>Der Schlüssel funktioniert: „%1“ des Teams %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>Der Schlüssel wurde nirgends gespeichert. Bis der Schlüsselbund funktioniert, geben Sie ihn mit --api-key-file oder FANSLY_CONNECT_API_KEY an.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>Der API-Schlüssel wurde im System-Schlüsselbund gespeichert (Dienst „%1“, Eintrag „%2“).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>Der API-Schlüssel (Quelle: %1):</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>API-Schlüssel „%1“ des Teams %2 funktioniert (Quelle: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>Im System-Schlüsselbund ist kein API-Schlüssel für %1 mehr gespeichert.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Hinweis: FANSLY_CONNECT_API_KEY ist in dieser Umgebung weiterhin gesetzt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect – Übung</translation>
    </message>
    <message>
        <source>Fansly Connect</source>
        <translation>Fansly Connect</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Name, username or account ID</source>
        <translation>Name, Benutzername oder Konto-ID</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Fügen Sie Ihren OnlyFansAPI-Schlüssel hinzu, um die Fansly-Konten des Teams zu sehen.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Kein Konto passt zum Filter.</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Die Konten des Teams werden gelesen …</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Die Konten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Noch ist kein Fansly-Konto verbunden. Wählen Sie „Konto verbinden …“ (Strg+N), um den ersten Creator zu verbinden.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Team: %1 · Schlüssel: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Verbleibende Anfragen in dieser Minute: %1 von %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Verbleibende Anfragen in dieser Minute: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Guthaben: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Liste gelesen um %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>Die Liste konnte nicht aktualisiert werden: %1 Angezeigt wird die Liste von %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Konto verbinden …</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Code eingeben …</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen …</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Konto-ID kopieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>API-Schlüssel ändern …</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>Über Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Nur die Konten zeigen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Braucht Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>Dieses Konto trennen?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>„%1“ von OnlyFansAPI trennen?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>„%1“ (%2) von OnlyFansAPI trennen?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>Das Konto funktioniert mit OnlyFansAPI erst wieder, wenn es mit dem Passwort des Creators erneut verbunden wird.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Nicht getrennt</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>„%1“ ist weiterhin verbunden: Der Server hat es nicht getrennt.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Angegebener Grund: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>%1 braucht einen Bestätigungscode.</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>Während einer Anmeldung beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>%Ln Anmeldung läuft noch.</numerusform>
            <numerusform>%Ln Anmeldungen laufen noch.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Trotzdem &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Kein Konto braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>Alle Konten &amp;zeigen</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>Diese Anmeldung abbrechen?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>Die Anmeldung für „%1“ nicht mehr verfolgen?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>Die Anmeldung kann bei OnlyFansAPI weiterlaufen; die Zeile zeigt dann, was der Server meldet. Um das Konto später zu verbinden, melden Sie es erneut an.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>Anmeldung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Anmeldungen laufen bei OnlyFansAPI ohne Sie weiter. Beim nächsten Öffnen von Fansly Connect können Sie sie in der Liste fortsetzen.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Beenden und Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>Was Sie im Verbindungsfenster eingegeben haben, wird beim Schließen von Fansly Connect nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Wirkt ab dem nächsten Start von Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>keine gültige vollständige URL</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>ein Benutzername oder Passwort in der URL ist nicht erlaubt</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>unverschlüsseltes http ist nur zu diesem Computer (Loopback) erlaubt; verwenden Sie https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>nur https-URLs sind erlaubt</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>Eingabe verbergen</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Eingabe anzeigen</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Übungsmodus – echte Konten bleiben unberührt</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Wählen Sie ein Proxy-Land: Vereinigte Staaten oder Vereinigtes Königreich.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Geben Sie den Hostnamen oder die IP-Adresse des Proxys ein.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>Der Proxy-Host darf nur ein Hostname oder eine IP-Adresse sein, ohne Leerzeichen, Schrägstriche oder Benutzernamen.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Der Proxy-Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Geben Sie den Proxy-Benutzer ein, der zum Proxy-Passwort gehört.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Die API-Basis-URL %1 wird abgelehnt: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>Für %1 sind keine Proxys gespeichert.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  Benutzer %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy erwartet HOST:PORT, zum Beispiel proxy.example.com:8080 oder [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Ein Proxy-Passwort braucht --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD ist gesetzt).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>Der Proxy „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Passwort des Proxy-Benutzers %1 (leer lassen, um das gespeicherte zu behalten oder keines zu verwenden): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>Nicht gespeichert: kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Es gibt keinen gespeicherten Proxy namens „%1“.</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>Der Proxy „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>Für den Übungsmodus sind keine Proxys gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>&amp;Verwalteter Proxy</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>&amp;Eigener Proxy</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>Diesen Proxy speichern &amp;unter</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>&amp;Gespeicherter Proxy</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>Proxy-&amp;Name</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>Proxy-&amp;Host</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>Proxy-&amp;Port</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>Proxy-Benutze&amp;r (optional)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>Proxy-Pass&amp;wort (optional)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Noch kein Proxy gespeichert</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Es wurde noch kein Proxy gespeichert.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Wählen Sie einen gespeicherten Proxy.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Geben Sie einen Namen ein, unter dem der Proxy gespeichert wird, oder entfernen Sie das Häkchen bei „Diesen Proxy speichern unter“.</translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Fansly sees the login coming from the proxy&apos;s country and IP address, so use one near the creator.</source>
        <translation>Für Fansly kommt die Anmeldung aus dem Land und von der IP-Adresse des Proxys. Wählen Sie daher einen Proxy in der Nähe des Creators.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Die Anmeldung wird gestartet …</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Geben Sie einen Namen für diesen Proxy ein.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>Der System-Schlüsselbund ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>Der Proxy „%1“ wurde nicht gespeichert, weil sein Passwort nicht im System-Schlüsselbund abgelegt werden konnte. Er wird auch nirgendwo sonst gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Es gibt keinen gespeicherten Proxy namens „%1“.</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>Das Passwort des Proxys „%1“ konnte nicht aus dem System-Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>Der Proxy „%1“ wurde entfernt, aber sein Passwort konnte nicht aus dem System-Schlüsselbund gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Jetzt &amp;wiederholen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>es läuft kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>es läuft kein Secret Service</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>der Standard-Schlüsselbund existiert nicht oder ist nicht entsperrt</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>möglicherweise fehlt die Bibliothek libsecret</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>Im System-Schlüsselbund ist dafür noch nichts gespeichert. Geben Sie es erneut ein, dann wird es gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar. Installieren oder entsperren Sie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (%1). Installieren oder entsperren Sie GNOME Keyring oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar. Entsperren Sie ihn oder prüfen Sie, ob er funktioniert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar (%1). Entsperren Sie ihn oder prüfen Sie, ob er funktioniert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert. Entsperren Sie Ihren Schlüsselbund, erlauben Sie Fansly Connect den Zugriff und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet. Versuchen Sie es erneut. Wenn das wieder passiert, melden Sie sich ab und wieder an oder starten Sie den Schlüsselbund-Dienst neu.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet. Vielleicht ist er gesperrt und wartet in einem verdeckten Fenster oder auf einem anderen Bildschirm auf sein Passwort. Entsperren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>wartet auf den Code, der dem Creator per E-Mail geschickt wurde</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>wartet auf den Code aus der Authenticator-App</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>wartet auf einen Code</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>Code wird geprüft</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>Sitzung abgelaufen</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>Der Code ist abgelaufen. Starten Sie die Anmeldung neu, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Für diese Anmeldung wurden zu viele falsche Codes eingegeben.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>Für diese Anmeldung wird kein Code mehr erwartet.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>Der Code wurde nicht akzeptiert. Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (angegebener Grund: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>„%1“ ist keine Konto-ID (Konto-IDs sehen so aus: fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin ist kein Terminal, daher kann das Passwort nicht eingetippt werden: Leiten Sie es weiter und ergänzen Sie --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Passwort des Proxy-Benutzers %1 (leer für keines): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>Kein Proxy-Passwort angegeben.</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy erwartet HOST:PORT, zum Beispiel proxy.example.com:8080 oder [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>Es gibt keinen gespeicherten Proxy namens „%1“. Siehe `proxies list`.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Fansly-Passwort für %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>wartet auf den Code, den Fansly per E-Mail geschickt hat</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>wartet auf den Code, den Fansly per E-Mail an %1 geschickt hat</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>wartet auf den Code aus der Authenticator-App</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>Code wird geprüft</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (Serverstatus: %1)</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>--proxy-country nimmt %1 (Vereinigte Staaten) oder %2 (Vereinigtes Königreich), nicht „%3“.</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>Um den Code einzugeben, führen Sie aus: %1</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>Oder geben Sie den Proxy direkt statt mit --proxy-profile an: --proxy %1:%2 --proxy-user %3, mit dem Passwort in FANSLY_CONNECT_PROXY_PASSWORD oder eingetippt, wenn danach gefragt wird.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>Im Übungsmodus gibt es keinen gespeicherten Proxy namens „%1“; der Übungsmodus hält seine gespeicherten Proxys getrennt von den echten. Siehe `%2`.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>Mit Strg+C abgebrochen.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Wenn dieses Konto bereits verbunden ist und Sie es erneut verbinden möchten, ergänzen Sie --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Serverstatus: %1</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Code aus der E-Mail: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Code aus der Authenticator-App: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>Kein Code angegeben.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Verbunden: %1 (%2)</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>Die Anmeldung kann auf dem Server noch abgeschlossen werden. Prüfen Sie sie später mit: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>Die Anmeldung ist auf dem Server noch offen. Setzen Sie sie fort mit: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Mit --help sehen Sie die Befehle und Optionen.</translation>
    </message>
</context>
</TS>
