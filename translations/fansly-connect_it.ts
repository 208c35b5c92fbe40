<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>Informazioni su Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>Icona di Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>Collega gli account Fansly dei creator a OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Modalità di prova: risponde un simulatore su questo computer; nessun account reale viene usato.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Realizzato con Qt %1, usato secondo i termini della GNU Lesser General Public License versione 3, e con QtKeychain, usato secondo i termini della licenza BSD a 3 clausole.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«%1» non è un ID account (gli ID hanno questo formato: fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID ACCOUNT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>UTENTE FANSLY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATO SERVER</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>collegato</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non collegato</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>Nessun account elencato per questa chiave API.</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>«%1» (%2, %3)</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>There is no account %1 for this API key, so nothing was disconnected. `accounts` lists them.</source>
        <translation>Non esiste alcun account %1 per questa chiave API, quindi non è stato scollegato nulla. `accounts` elenca gli account.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>Scollegare %1 da OnlyFansAPI? Digita yes per confermare: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>Non scollegato: nessuna conferma ricevuta (digita yes o usa --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Scollegato: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>altro (vedi --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Interrotto: scegli «Riprendi»</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Collegamento in corso…</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>Collegamento in corso… (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Codice richiesto</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verifica del codice…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Collegato</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non collegato</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Non collegato (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Nome utente Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID account</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>Nessuna connessione al server OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>Il server OnlyFansAPI non ha risposto in tempo</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Troppe richieste per questa chiave API</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>Il server OnlyFansAPI ha avuto un problema (errore %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>Il server ha inviato una risposta che questa app non comprende</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Impossibile leggere lo stato</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>Impossibile raggiungere il server OnlyFansAPI. Controlla la connessione a Internet e riprova.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>Il server OnlyFansAPI non ha risposto in tempo. Riprova tra poco.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>La chiave API è stata rifiutata. Controlla di averla copiata per intero e che non sia stata revocata nella console OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>L&apos;account OnlyFansAPI ha esaurito i crediti. Aggiungi crediti nella console, poi riprova.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>Questa chiave API non è autorizzata a eseguire questa operazione. Controlla il team e il piano della chiave.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>Il server non conosce questo account. Potrebbe essere già stato scollegato.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>Il server non ha accettato i dati: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>Il server non ha accettato i dati.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Troppe richieste per questa chiave API. Attendi %Ln secondo e riprova.</numerusform>
            <numerusform>Troppe richieste per questa chiave API. Attendi %Ln secondi e riprova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Troppe richieste per questa chiave API. Attendi un minuto e riprova.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>Il server OnlyFansAPI ha avuto un problema (errore %1). Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>Il server ha inviato una risposta che questa app non comprende. Riprova; se continua a succedere, l&apos;API potrebbe essere cambiata.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>La richiesta non è stata inviata perché non è sicuro inviare la chiave API all&apos;indirizzo di questo server.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>Il server ha rifiutato la richiesta (errore %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Il server ha rifiutato la richiesta (errore %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>Il certificato del server è autofirmato, quindi la connessione non è attendibile e non è stato inviato nulla. La causa può essere un filtro di rete o un antivirus che ispeziona le connessioni sicure.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>Il certificato del server è stato emesso da un&apos;autorità non attendibile per questo computer, quindi non è stato inviato nulla. La causa può essere un filtro di rete, un proxy o un antivirus che ispeziona le connessioni sicure.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>Il certificato del server è relativo a un altro nome host, quindi non è stato inviato nulla. Controlla l&apos;indirizzo del server ed eventuali filtri di rete, poi riprova.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Il certificato del server è scaduto, oppure la data di questo computer è sbagliata, quindi non è stato inviato nulla. Controlla data e ora del sistema, poi riprova.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Il certificato del server non è ancora valido, oppure la data di questo computer è sbagliata, quindi non è stato inviato nulla. Controlla data e ora del sistema, poi riprova.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>Il certificato del server non è stato accettato, quindi non è stato inviato nulla. Il motivo è indicato nel log di diagnostica.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>Impossibile stabilire la connessione sicura con il server, quindi non è stato inviato nulla. Controlla eventuali filtri di rete o proxy, poi riprova.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Dettagli</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>Riprova il portac&amp;hiavi</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>Chiave OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>La chiave collega questa app all&apos;account OnlyFansAPI della tua agenzia.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Copia la chiave dalla console OnlyFansAPI (API Keys) e incollala qui. Viene verificata prima di proseguire.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Chiave &amp;API</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Nuovo tentativo di accesso al portachiavi di sistema…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Verifica della chiave con OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Verifica della chiave API salvata…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Impossibile leggere il file della chiave API %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>Il file della chiave API %1 è vuoto: inserisci la chiave nella prima riga.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>modalità di prova</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>il file %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>la variabile d&apos;ambiente FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>il portachiavi di sistema</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>L&apos;indirizzo API %1 non può essere usato: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>Impossibile avviare il simulatore di prova su questo computer.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Modalità di prova: nessun account reale viene usato.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>L&apos;URL di base dell&apos;API %1 è stato rifiutato: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Nessuna chiave API. Indicala con --api-key-file PATH (prima riga del file) o con la variabile d&apos;ambiente FANSLY_CONNECT_API_KEY, oppure salvala nel portachiavi di sistema con `fansly-connect-cli key set`. Le chiavi si creano nella console OnlyFansAPI, in API Keys. Per provare senza chiave, usa --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>--%1 non è accettato: i dati segreti sulla riga di comando finiscono nella cronologia della shell e nell&apos;elenco dei processi, dove altri programmi possono leggerli. Digita la password quando viene richiesta, oppure passala tramite pipe con --password-stdin; indica la chiave API con --api-key-file, la variabile d&apos;ambiente FANSLY_CONNECT_API_KEY o `key set`; la password di un proxy con FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando sconosciuto: «%1».</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>«%1» richiede uno di questi sottocomandi: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>«%1» richiede %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argomento inatteso: «%1».</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 non si può usare con «%2».</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 è indicato più di una volta.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout richiede un numero di secondi da 1 a 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>--practice-rate-limit richiede un numero di richieste al minuto (1 o più), insieme a --practice.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>--api-key-file richiede un percorso.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice e --api-base-url non si possono usare insieme: la modalità di prova avvia un proprio simulatore.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>connect richiede --username USER (il nome utente o l&apos;email Fansly del creator).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Scegli una sola opzione tra --proxy-country, --proxy e --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>--proxy-user si usa con --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>proxies add richiede --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang accetta uno di questi valori: %1.</translation>
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
        <translation>Uso: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

Collega gli account Fansly dei creator a OnlyFansAPI.

Comandi:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Accede a Fansly e collega l&apos;account. La password si
                           digita nel terminale senza che venga mostrata,
                           oppure con --password-stdin viene letta dalla prima
                           riga di stdin. Se Fansly chiede un codice, digitalo
                           quando richiesto (o passalo come riga successiva di
                           stdin).
  status ACCOUNT_ID [--wait]
                           Mostra a che punto è un accesso; con --wait lo segue
                           fino alla fine (e chiede il codice, se serve).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Ripete l&apos;accesso con le credenziali salvate e lo
                           segue.
  accounts                 Elenca gli account, collegati o no (un accesso non
                           riuscito resta in elenco finché non viene
                           scollegato).
  disconnect ACCOUNT_ID [--yes]
                           Scollega un account (chiede di digitare &quot;yes&quot;, a
                           meno di usare --yes).
  key set [--no-check]     Salva la chiave API (prima riga di stdin, o digitata
                           senza che venga mostrata) nel portachiavi di
                           sistema, dopo averla verificata con il server.
  key check                Mostra nome e team della chiave API, o il motivo per
                           cui viene rifiutata.
  key forget               Rimuove la chiave API salvata dal portachiavi di
                           sistema.
  proxies list             Elenca i proxy personalizzati salvati.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Salva un proxy personalizzato; la sua password (se
                           c&apos;è) viene salvata solo nel portachiavi di sistema.
  proxies remove NAME      Rimuove un proxy salvato.

Opzioni:
  --api-base-url URL       Server dell&apos;API (predefinito:
                           https://app.onlyfansapi.com, o la variabile
                           d&apos;ambiente FANSLY_CONNECT_API_BASE_URL). http non
                           cifrato è accettato solo verso questo computer
                           (loopback).
  --api-key-file PATH      Legge la chiave API dalla prima riga di questo file.
  --practice               Usa il simulatore di prova integrato; nessun account
                           reale viene usato e non serve una chiave API.
  --practice-rate-limit N  Con --practice: il simulatore consente N richieste
                           al minuto.
  --json                   Output leggibile dalle macchine su stdout: un
                           oggetto JSON per riga.
  --verbose, -v            Mostra il log di diagnostica su stderr.
  --help, -h               Mostra questo aiuto.
  --version                Mostra la versione.
  --lang CODE              Usa questa lingua invece di quella del sistema:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

La chiave API viene da --api-key-file, altrimenti da FANSLY_CONNECT_API_KEY,
altrimenti dal portachiavi di sistema (vedi `key set`). La password di un proxy
viene da FANSLY_CONNECT_PROXY_PASSWORD (o viene chiesta nel terminale).
Password, codici e chiavi non sono mai accettati come argomenti.

Output: il risultato va su stdout, avanzamento ed errori su stderr. Con --json,
connect, status --wait e reauth stampano un oggetto per ogni cambio di stato
({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;,
&quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}}); l&apos;ultima riga è lo stato
finale. accounts stampa un oggetto per account, uno per riga.

Codici di uscita:
  0  operazione riuscita
  2  errore di utilizzo: opzioni non valide, nessuna chiave API, URL di base
     dell&apos;API rifiutato, nessuna password indicata
  3  chiave API rifiutata (401)
  4  accesso non riuscito (con il motivo del server), dati rifiutati (422, ad
     es. già collegato), account sconosciuto (404)
  5  errore di rete, del server, TLS, di protocollo o timeout; portachiavi di
     sistema non disponibile
  6  troppe richieste (429) o crediti esauriti (402)
  7  annullato (Ctrl+C), nessun codice o nessuna conferma indicati
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Codice di verifica per %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Codice email accettato. Ora serve il codice dell&apos;app di autenticazione del creator.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;Codice di verifica</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>solo cifre</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Verifica del codice</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Solo cifre: il codice ha %Ln cifra.</numerusform>
            <numerusform>Solo cifre: il codice ha %Ln cifre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Chiedi al creator il codice attuale della sua app di autenticazione.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>Fansly ha inviato un codice all&apos;indirizzo email del creator. Chiedigli di leggertelo.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>Fansly ha inviato un codice a %1. Chiedi al creator di leggertelo.</translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation>Codice per «%1»</translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation>Codice per «%1» (%2)</translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation>%1 Codici errati finora: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Codice di verifica</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>Fansly vuole essere sicuro che si tratti proprio del creator. Chiedigli il codice e inseriscilo.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifica</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>Il portachiavi di sistema non viene usato, quindi la chiave resta in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>Fino ad allora la chiave API resta in memoria solo per questa sessione e non viene mai scritta su disco.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>La chiave API salvata è stata rifiutata. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>I proxy salvati non sono disponibili qui.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Collega un account Fansly — Prova</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Collega un account Fansly</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Continua in &amp;background</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Chiudi questa finestra; l&apos;accesso prosegue nell&apos;elenco degli account.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Annulla accesso</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Modalità di prova: la chiave di prova è già inserita e non viene salvato nulla.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>La chiave API resta in memoria solo per questa sessione.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>Riprendere un accesso?</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>Un accesso per «%1» (iniziato il %2) non è stato completato.</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Riprendilo per vedere com&apos;è finito o per inserirne il codice. Nessun nuovo accesso viene inviato a Fansly.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>Dopo questo verrà proposto %Ln altro accesso non completato.</numerusform>
            <numerusform>Dopo questo verranno proposti altri %Ln accessi non completati.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Non ora</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Codice email accettato. Ora serve il codice dell&apos;app di autenticazione del creator.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Nuovo tentativo tra %Ln s.</numerusform>
            <numerusform>%1. Nuovo tentativo tra %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Nuovo tentativo in corso…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Codice di verifica richiesto</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>Chiudere durante un accesso?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>Un accesso è ancora in corso.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Se chiudi ora, l&apos;accesso prosegue su OnlyFansAPI senza di te. Potrai riprenderlo la prossima volta che apri Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>C&amp;hiudi comunque</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continua a lavorare</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Uscire e perdere i dati inseriti?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>I dati inseriti per questo creator non vengono conservati alla chiusura di Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>Collegamento in corso</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>Se Fansly chiede un codice, la pagina successiva lo chiede al creator.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>Collegamento di «%1»</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Stato del server: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>Tempo trascorso: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Inserisci il codice così come ti è stato dato: solo cifre, di solito 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>Il codice potrebbe non aver raggiunto il server: %1 Se questa pagina lo chiede ancora, puoi inviarlo di nuovo.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>L&apos;accesso non si è concluso in tempo.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>L&apos;accesso potrebbe aver comunque raggiunto il server: controlla gli account collegati prima di riavviarlo.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Invio della richiesta di accesso a OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Accesso a Fansly in corso…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>Fansly ha inviato al creator un codice di verifica via email.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>Fansly ha inviato un codice di verifica via email a %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Inserisci il codice dell&apos;app di autenticazione del creator.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Invio del codice…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verifica del codice…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Collegato.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Accesso non riuscito: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>L&apos;accesso ha richiesto troppo tempo ed è stato interrotto.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>L&apos;accesso è stato annullato.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>Cambia &amp;chiave API</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>Collega &amp;anche se questo account è già collegato</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Account Fansly del creator</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>Inserisci i dati di accesso Fansly del creator. La password viene inviata una sola volta e non viene conservata.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>&amp;Nome visualizzato (facoltativo)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>Nome &amp;utente o email Fansly</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Mostrato nel tuo elenco di account OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>Il nome utente non può contenere solo spazi: inserisci il nome utente o l&apos;email Fansly del creator.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Viene usata la chiave API verificata.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Viene usata la chiave API del team «%1».</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Nome utente Fansly:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>Collega un &amp;altro creator</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Riprova &amp;ora</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>Collega &amp;comunque</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Nome account:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID account:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Collegato</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>L&apos;account Fansly del creator è pronto in OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>L&apos;account è collegato.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>«%1» è collegato.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>Ora OnlyFansAPI può lavorare con questo account Fansly. Premi «Fine» per chiudere o collega il prossimo creator.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non collegato</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>L&apos;account Fansly del creator non è stato collegato.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo indicato: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>Fansly non ha accettato il nome utente o la password</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Chiedi al creator di controllare la password e il nome utente o l&apos;email, poi riprova. Diversi tentativi errati possono bloccare l&apos;account Fansly per un po&apos;.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>Impossibile accedere tramite il proxy</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Controlla host, porta, utente e password del proxy, oppure scegli un proxy gestito, poi riprova.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>Il codice di verifica è scaduto</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Riprova e fatti leggere dal creator il nuovo codice appena arriva.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Troppi codici di verifica errati</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Riprova e controlla ogni cifra con il creator prima di premere «Verifica».</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>L&apos;accesso ha richiesto troppo tempo</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>Fansly o il proxy potrebbero essere lenti in questo momento. Attendi qualche minuto, poi riprova.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Troppe richieste con questa chiave API</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Attendi %Ln secondo, poi premi «Riprova ora».</numerusform>
            <numerusform>Attendi %Ln secondi, poi premi «Riprova ora».</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Attendi un minuto, poi premi «Riprova ora».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>L&apos;account OnlyFansAPI ha esaurito i crediti</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Aggiungi crediti nella console OnlyFansAPI, poi premi «Riprova ora».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>Il server OnlyFansAPI ha avuto un problema</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Riprova tra qualche minuto. Se continua a succedere, contatta l&apos;assistenza OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>La chiave API è stata rifiutata</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Controlla la chiave nella console OnlyFansAPI, poi riprova e inseriscila.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>Questo account Fansly è già collegato</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Per collegarlo di nuovo comunque, ad esempio dopo un cambio di password, premi «Collega comunque».</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>Impossibile raggiungere OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Controlla la connessione a Internet, poi riprova.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>L&apos;accesso potrebbe essere partito comunque</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>La connessione si è interrotta dopo l&apos;invio della richiesta di accesso. Prima di riprovare, controlla gli account collegati nella console OnlyFansAPI, per evitare un doppio accesso del creator.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>L&apos;accesso è stato annullato</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>Per questo accesso non succederà altro. Riprova quando il creator è pronto.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>L&apos;accesso non è riuscito</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Leggi il motivo qui sotto, risolvi il problema indicato, poi riprova.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Nessun motivo indicato.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Collega passo passo l&apos;account Fansly di un creator a OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra questo aiuto ed esce.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra la versione ed esce.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>Usa il simulatore integrato per fare pratica; nessun account reale viene usato.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>Indirizzo di OnlyFansAPI (predefinito: FANSLY_CONNECT_API_BASE_URL o https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Usa questa lingua (%1) invece di quella del sistema, solo per questa esecuzione.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>Con --practice: il simulatore consente N richieste al minuto.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice e --api-base-url non si possono usare insieme: la modalità di prova avvia un proprio simulatore.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>--practice-rate-limit richiede un numero (1 o più), insieme a --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang accetta uno di questi valori: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>La modalità di prova non richiede una chiave API, quindi non c&apos;è nessuna chiave da salvare o dimenticare.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>Chiave API per %1 (non visibile durante la digitazione): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>Nessuna chiave API indicata: digitala quando viene richiesta, oppure passala tramite pipe nella prima riga di stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Verifica della chiave con %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>La chiave non è stata salvata.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>La chiave non è stata salvata (per salvarla senza verifica, aggiungi --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>La chiave funziona: «%1» del team %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>La chiave non è stata salvata da nessuna parte. Finché il portachiavi non funziona, indicala con --api-key-file o FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>Chiave API salvata nel portachiavi di sistema (servizio «%1», voce «%2»).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>La chiave API (fonte: %1):</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>La chiave API «%1» del team %2 funziona (fonte: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>Nel portachiavi di sistema non è più salvata alcuna chiave API per %1.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Nota: FANSLY_CONNECT_API_KEY è ancora impostata in questo ambiente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — Prova</translation>
    </message>
    <message>
        <source>Fansly Connect</source>
        <translation>Fansly Connect</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltro:</translation>
    </message>
    <message>
        <source>Name, username or account ID</source>
        <translation>Nome, nome utente o ID account</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Aggiungi la tua chiave OnlyFansAPI per vedere gli account Fansly del team.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Nessun account da controllare.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Nessun account corrisponde al filtro.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>Mostra &amp;tutti gli account</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Lettura degli account del team…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Impossibile leggere gli account.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Nessun account Fansly è ancora collegato. Scegli «Collega account…» (Ctrl+N) per collegare il primo creator.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Team: %1 · Chiave: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Richieste rimaste in questo minuto: %1 su %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Richieste rimaste in questo minuto: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Crediti: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Elenco letto alle %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>Impossibile aggiornare l&apos;elenco: %1 Viene mostrato l&apos;elenco letto alle %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Impossibile leggere gli account: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Collega account…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Ripeti accesso</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Inserisci codice…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Annulla accesso</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Scollega…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Copia ID account</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Cambia chiave API…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>Informazioni su Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da controllare</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Mostra solo gli account da controllare</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>A&amp;ccount</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Da controllare (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>Annullare questo accesso?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>Smettere di seguire l&apos;accesso per «%1»?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>L&apos;accesso potrebbe proseguire su OnlyFansAPI; in tal caso la sua riga mostra ciò che indica il server. Per collegare l&apos;account in seguito, usa «Ripeti accesso».</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Annulla accesso</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Lascia proseguire</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>Scollegare questo account?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>Scollegare «%1» da OnlyFansAPI?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>Scollegare «%1» (%2) da OnlyFansAPI?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>L&apos;account smetterà di funzionare con OnlyFansAPI finché non verrà ricollegato con la password del creator.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Scollega</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Non scollegato</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>«%1» è ancora collegato: il server non lo ha scollegato.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo indicato: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>%1 richiede un codice di verifica.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Uscire e perdere i dati inseriti?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>I dati inseriti nella finestra di collegamento non vengono conservati alla chiusura di Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Esci comunque</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continua a lavorare</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>Uscire durante un accesso?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>%Ln accesso ancora in corso.</numerusform>
            <numerusform>%Ln accessi ancora in corso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Gli accessi proseguono su OnlyFansAPI senza di te. Potrai riprenderli dall&apos;elenco la prossima volta che apri Fansly Connect.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Ha effetto la prossima volta che apri Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>La nuova lingua verrà usata la prossima volta che apri Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>L&amp;ingua</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>non è un URL assoluto valido</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>nome utente o password nell&apos;URL non sono consentiti</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>http non cifrato è consentito solo verso questo computer (loopback); usa https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>sono consentiti solo URL https</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>Nascondi il testo digitato</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Mostra il testo digitato</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Modalità di prova — nessun account reale viene usato</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Scegli il paese del proxy: Stati Uniti o Regno Unito.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Inserisci il nome host o l&apos;indirizzo IP del proxy.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>L&apos;host del proxy deve essere solo un nome host o un indirizzo IP, senza spazi, barre né nome utente.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>La porta del proxy deve essere un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Inserisci l&apos;utente del proxy associato alla password del proxy.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>L&apos;URL di base dell&apos;API %1 è stato rifiutato: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>Nessun proxy salvato per la modalità di prova.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>Nessun proxy salvato per %1.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  utente %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy richiede HOST:PORT, ad esempio proxy.example.com:8080 o [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Una password del proxy richiede --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD è impostata).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>Proxy «%1» salvato.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Password dell&apos;utente proxy %1 (vuota per mantenere quella salvata o per nessuna password): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>Non salvato: nessuna password indicata.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Non esiste alcun proxy salvato con il nome «%1».</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>Proxy «%1» rimosso.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>Proxy &amp;gestito</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>Proxy pe&amp;rsonalizzato</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>Sal&amp;va questo proxy come</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>Proxy &amp;salvato</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nome host o indirizzo IP</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ese</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>&amp;Nome del proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;Host del proxy</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>P&amp;orta del proxy</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>&amp;Utente del proxy (facoltativo)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>Pass&amp;word del proxy (facoltativa)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Nessun proxy salvato</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Non è stato ancora salvato nessun proxy.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Scegli un proxy salvato.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Inserisci un nome con cui salvare questo proxy, oppure deseleziona «Salva questo proxy come».</translation>
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
        <translation>Fansly vede l&apos;accesso provenire dal paese e dall&apos;indirizzo IP del proxy, quindi scegline uno vicino al creator.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Collega</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Avvio dell&apos;accesso…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Inserisci un nome per questo proxy.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>Il portachiavi di sistema non è configurato.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>Il proxy «%1» non è stato salvato perché non è stato possibile memorizzarne la password nel portachiavi di sistema. Non è salvato da nessun&apos;altra parte.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>Il proxy «%1» è stato rimosso, ma non è stato possibile eliminarne la password dal portachiavi di sistema.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Non esiste alcun proxy salvato con il nome «%1».</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>Impossibile leggere dal portachiavi di sistema la password del proxy «%1».</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Riprova &amp;ora</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>nessun bus di sessione D-Bus in esecuzione</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>nessun Secret Service in esecuzione</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>il portachiavi predefinito non esiste o non è sbloccato</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>potrebbe mancare la libreria libsecret</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>Nel portachiavi di sistema non è ancora salvato nulla per questo dato. Inseriscilo di nuovo e verrà salvato.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Il portachiavi di sistema non è disponibile. Installa o sblocca GNOME Keyring o KWallet, poi riprova.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Il portachiavi di sistema non è disponibile (%1). Installa o sblocca GNOME Keyring o KWallet, poi riprova.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>Il portachiavi di sistema non è disponibile. Sbloccalo o controlla che funzioni, poi riprova.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>Il portachiavi di sistema non è disponibile (%1). Sbloccalo o controlla che funzioni, poi riprova.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso. Sblocca il portachiavi e consenti a Fansly Connect di usarlo, poi riprova.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>Il portachiavi di sistema non ha risposto. Potrebbe essere bloccato e in attesa della password in una finestra nascosta o su un altro schermo. Sbloccalo, poi riprova.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>Il portachiavi di sistema ha segnalato un errore. Riprova; se continua a succedere, esci e rientra nella sessione o riavvia il servizio del portachiavi.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>accesso in corso</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>in attesa del codice inviato via email al creator</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>in attesa del codice dell&apos;app di autenticazione</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>in attesa di un codice</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>verifica del codice</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>collegato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>sessione scaduta</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non collegato</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>Il codice è scaduto. Avvia di nuovo l&apos;accesso per riceverne uno nuovo.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Per questo accesso sono stati inseriti troppi codici errati.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>Per questo accesso non è più previsto alcun codice.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>Il codice non è stato accettato. Controllalo e riprova.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (motivo indicato: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«%1» non è un ID account (gli ID hanno questo formato: fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin non è un terminale, quindi non è possibile digitare la password: passala tramite pipe e aggiungi --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Password dell&apos;utente proxy %1 (vuota per nessuna password): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>Nessuna password del proxy indicata.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>--proxy-country accetta %1 (Stati Uniti) o %2 (Regno Unito), non «%3».</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy richiede HOST:PORT, ad esempio proxy.example.com:8080 o [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>Non esiste alcun proxy salvato con il nome «%1» in modalità di prova, che tiene i propri proxy salvati separati da quelli reali. Vedi `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>Non esiste alcun proxy salvato con il nome «%1». Vedi `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>Oppure indica direttamente il proxy invece di --proxy-profile: --proxy %1:%2 --proxy-user %3, con la password in FANSLY_CONNECT_PROXY_PASSWORD o digitata quando viene richiesta.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Password Fansly per %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Nessuna password indicata.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>collegato</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>in attesa del codice inviato da Fansly via email</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>in attesa del codice inviato da Fansly via email a %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>in attesa del codice dell&apos;app di autenticazione</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>verifica del codice</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>non riuscito: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>accesso in corso</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (stato del server: %1)</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>Per inserire il codice, esegui: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>Interrotto con Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Se questo account è già collegato e vuoi collegarlo di nuovo, aggiungi --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Stato del server: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Nuovo tentativo tra %2 s.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Codice dall&apos;email: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Codice dall&apos;app di autenticazione: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>Nessun codice indicato.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Collegato: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Collegato: %1 (%2)</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>L&apos;accesso potrebbe ancora concludersi sul server. Controllalo più tardi con: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>L&apos;accesso è ancora aperto sul server. Riprendilo con: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Esegui con --help per vedere i comandi e le opzioni.</translation>
    </message>
</context>
</TS>
