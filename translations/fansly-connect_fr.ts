<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>À propos de Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>Icône de Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>Connecte les comptes Fansly des créateurs à OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Mode entraînement&#xa0;: c&apos;est un simulateur sur cet ordinateur qui répond&#xa0;; aucun compte réel n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Réalisé avec Qt %1, utilisé selon les termes de la GNU Lesser General Public License version 3, et avec QtKeychain, utilisé selon les termes de la licence BSD à 3 clauses.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de compte (un ID ressemble à fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID DU COMPTE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>UTILISATEUR FANSLY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>Aucun compte n&apos;est répertorié pour cette clé API.</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>«&#xa0;%1&#xa0;» (%2, %3)</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>There is no account %1 for this API key, so nothing was disconnected. `accounts` lists them.</source>
        <translation>Il n&apos;existe aucun compte %1 pour cette clé API&#xa0;; rien n&apos;a donc été déconnecté. `accounts` affiche la liste des comptes.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>Déconnecter %1 d&apos;OnlyFansAPI&#xa0;? Tapez yes pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>Non déconnecté&#xa0;: aucune confirmation (tapez yes ou utilisez --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>autre (voir --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Interrompu&#xa0;: choisissez «&#xa0;Reprendre&#xa0;»</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>Connexion en cours… (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Code requis</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Non connecté (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Nom d&apos;utilisateur Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>Pas de connexion au serveur OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>Le serveur OnlyFansAPI n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Trop de requêtes pour cette clé API</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>Le serveur OnlyFansAPI a rencontré un problème (erreur %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>Le serveur a envoyé une réponse que cette application ne comprend pas</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Impossible de lire le statut</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>Impossible de joindre le serveur OnlyFansAPI. Vérifiez la connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>Le serveur OnlyFansAPI n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>La clé API a été refusée. Vérifiez qu&apos;elle a été copiée en entier et qu&apos;elle n&apos;a pas été révoquée dans la console OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>Le compte OnlyFansAPI n&apos;a plus de crédits. Ajoutez des crédits dans la console, puis réessayez.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>Cette clé API n&apos;est pas autorisée à effectuer cette action. Vérifiez l&apos;équipe et l&apos;abonnement de la clé.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>Le serveur ne connaît pas ce compte. Il a peut-être déjà été déconnecté.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>Le serveur n&apos;a pas accepté les informations&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>Le serveur n&apos;a pas accepté les informations.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Trop de requêtes pour cette clé API. Attendez %Ln seconde, puis réessayez.</numerusform>
            <numerusform>Trop de requêtes pour cette clé API. Attendez %Ln secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Trop de requêtes pour cette clé API. Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>Le serveur OnlyFansAPI a rencontré un problème (erreur %1). Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>Le serveur a envoyé une réponse que cette application ne comprend pas. Réessayez&#xa0;; si le problème persiste, l&apos;API a peut-être changé.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>La requête n&apos;a pas été envoyée, car la clé API ne peut pas être transmise en toute sécurité à l&apos;adresse de ce serveur.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>Le serveur a refusé la requête (erreur %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Le serveur a refusé la requête (erreur %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>Le certificat du serveur est autosigné&#xa0;: la connexion n&apos;est donc pas fiable et rien n&apos;a été envoyé. Un filtre réseau ou un antivirus qui inspecte les connexions sécurisées peut en être la cause.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>Le certificat du serveur a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance&#xa0;: rien n&apos;a donc été envoyé. Un filtre réseau, un proxy ou un antivirus qui inspecte les connexions sécurisées peut en être la cause.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>Le certificat du serveur correspond à un autre nom d&apos;hôte&#xa0;: rien n&apos;a donc été envoyé. Vérifiez l&apos;adresse du serveur et l&apos;éventuel filtre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Le certificat du serveur a expiré, ou la date de cet ordinateur est incorrecte&#xa0;: rien n&apos;a donc été envoyé. Vérifiez la date et l&apos;heure du système, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Le certificat du serveur n&apos;est pas encore valide, ou la date de cet ordinateur est incorrecte&#xa0;: rien n&apos;a donc été envoyé. Vérifiez la date et l&apos;heure du système, puis réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>Le certificat du serveur n&apos;a pas été accepté&#xa0;: rien n&apos;a donc été envoyé. Le journal de diagnostic en indique la raison.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>La connexion sécurisée au serveur n&apos;a pas pu être établie&#xa0;: rien n&apos;a donc été envoyé. Vérifiez l&apos;éventuel filtre réseau ou proxy, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau système</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>Réessayer le &amp;trousseau</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>Clé OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>La clé relie cette application au compte OnlyFansAPI de votre agence.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Copiez la clé depuis la console OnlyFansAPI (API Keys) et collez-la ici. Elle est vérifiée avant de passer à la suite.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Clé &amp;API</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Nouvelle tentative d&apos;accès au trousseau système…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Vérification de la clé auprès d&apos;OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Vérification de la clé API enregistrée…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé API %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>Le fichier de clé API %1 est vide&#xa0;: placez la clé sur sa première ligne.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>mode entraînement</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>le fichier %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>la variable d&apos;environnement FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau système</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>L&apos;adresse d&apos;API %1 ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>Le simulateur d&apos;entraînement n&apos;a pas pu démarrer sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Mode entraînement&#xa0;: aucun compte réel n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>L&apos;URL de base de l&apos;API %1 est refusée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Aucune clé API. Indiquez-la avec --api-key-file PATH (première ligne du fichier) ou la variable d&apos;environnement FANSLY_CONNECT_API_KEY, ou enregistrez-la dans le trousseau système avec `fansly-connect-cli key set`. Les clés se créent dans la console OnlyFansAPI, sous API Keys. Pour essayer sans clé, utilisez --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>--%1 n&apos;est pas accepté&#xa0;: les secrets passés en ligne de commande se retrouvent dans l&apos;historique du shell et dans la liste des processus, où d&apos;autres programmes peuvent les lire. Tapez le mot de passe quand il est demandé, ou transmettez-le par un pipe avec --password-stdin&#xa0;; indiquez la clé API avec --api-key-file, la variable d&apos;environnement FANSLY_CONNECT_API_KEY ou `key set`&#xa0;; un mot de passe de proxy avec FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» attend l&apos;une de ces sous-commandes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>«&#xa0;%1&#xa0;» attend %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 ne s&apos;utilise pas avec «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 est indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout attend un nombre de secondes compris entre 1 et 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>--practice-rate-limit attend un nombre de requêtes par minute (1 ou plus), avec --practice.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>--api-key-file attend un chemin.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice et --api-base-url sont incompatibles&#xa0;: le mode entraînement lance son propre simulateur.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>connect attend --username USER (le nom d&apos;utilisateur ou l&apos;e-mail Fansly du créateur).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Choisissez une seule option parmi --proxy-country, --proxy et --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>--proxy-user s&apos;utilise avec --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>proxies add attend --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang accepte l’une de ces valeurs&#xa0;: %1.</translation>
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
        <translation>Usage&#xa0;: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

Connecte les comptes Fansly des créateurs à OnlyFansAPI.

Commandes&#xa0;:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Se connecter à Fansly et connecter le compte. Le mot
                           de passe est tapé dans le terminal sans affichage,
                           ou lu sur la première ligne de stdin avec
                           --password-stdin. Si Fansly demande un code,
                           tapez-le à l&apos;invite (ou donnez-le sur la ligne
                           suivante de stdin).
  status ACCOUNT_ID [--wait]
                           Indiquer où en est une connexion&#xa0;; avec --wait, la
                           suivre jusqu&apos;au bout (et saisir un code si demandé).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Se reconnecter avec les identifiants enregistrés et
                           suivre la connexion.
  accounts                 Lister les comptes, connectés ou non (une connexion
                           échouée reste listée jusqu&apos;à sa déconnexion).
  disconnect ACCOUNT_ID [--yes]
                           Déconnecter un compte (demande de taper &quot;yes&quot;, sauf
                           avec --yes).
  key set [--no-check]     Enregistrer la clé API (première ligne de stdin, ou
                           tapée sans affichage) dans le trousseau système,
                           après vérification auprès du serveur.
  key check                Afficher le nom et l&apos;équipe de la clé API, ou la
                           raison de son refus.
  key forget               Effacer la clé API enregistrée du trousseau système.
  proxies list             Lister les proxys personnalisés enregistrés.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Enregistrer un proxy personnalisé&#xa0;; son mot de passe
                           (s&apos;il y en a un) va uniquement dans le trousseau
                           système.
  proxies remove NAME      Supprimer un proxy enregistré.

Options&#xa0;:
  --api-base-url URL       Serveur de l&apos;API (par défaut
                           https://app.onlyfansapi.com, ou la variable
                           d&apos;environnement FANSLY_CONNECT_API_BASE_URL). Le
                           http non chiffré n&apos;est accepté que vers cet
                           ordinateur (loopback).
  --api-key-file PATH      Lire la clé API sur la première ligne de ce fichier.
  --practice               Utiliser le simulateur d&apos;entraînement intégré&#xa0;;
                           aucun compte réel n&apos;est utilisé et aucune clé API
                           n&apos;est nécessaire.
  --practice-rate-limit N  Avec --practice&#xa0;: le simulateur autorise N requêtes
                           par minute.
  --json                   Sortie lisible par machine sur stdout&#xa0;: un objet
                           JSON par ligne.
  --verbose, -v            Afficher le journal de diagnostic sur stderr.
  --help, -h               Afficher cette aide.
  --version                Afficher la version.
  --lang CODE              Utiliser cette langue au lieu de celle du système&#xa0;:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

La clé API vient de --api-key-file, sinon de FANSLY_CONNECT_API_KEY, sinon du
trousseau système (voir `key set`). Un mot de passe de proxy vient de
FANSLY_CONNECT_PROXY_PASSWORD (ou est demandé dans le terminal). Les mots de
passe, codes et clés ne sont jamais acceptés comme arguments.

Sortie&#xa0;: le résultat va sur stdout, la progression et les erreurs sur stderr.
Avec --json, connect, status --wait et reauth affichent un objet par changement
d&apos;état ({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;,
&quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}})&#xa0;; la dernière ligne est l&apos;état
final. accounts affiche un objet par compte et par ligne.

Codes de sortie&#xa0;:
  0  succès
  2  erreur d&apos;utilisation&#xa0;: options incorrectes, pas de clé API, URL de base de
     l&apos;API refusée, aucun mot de passe indiqué
  3  clé API refusée (401)
  4  échec de la connexion (avec la raison du serveur), informations refusées
     (422, p. ex. déjà connecté), compte inconnu (404)
  5  erreur de réseau, de serveur, TLS, de protocole ou délai dépassé&#xa0;;
     trousseau système indisponible
  6  trop de requêtes (429) ou crédits épuisés (402)
  7  annulé (Ctrl+C), pas de code ou pas de confirmation
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Code de vérification pour %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Code reçu par e-mail accepté. Saisissez maintenant le code de l&apos;application d&apos;authentification du créateur.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;Code de vérification</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>chiffres uniquement</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Vérification du code</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Chiffres uniquement&#xa0;: le code comporte %Ln chiffre.</numerusform>
            <numerusform>Chiffres uniquement&#xa0;: le code comporte %Ln chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Demandez au créateur le code actuel de son application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>Fansly a envoyé un code à l&apos;adresse e-mail du créateur. Demandez-lui de vous le lire.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>Fansly a envoyé un code à %1. Demandez au créateur de vous le lire.</translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation>Code pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation>Code pour «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation>%1 Codes erronés jusqu&apos;ici&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>Fansly veut s&apos;assurer qu&apos;il s&apos;agit bien du créateur. Demandez-lui le code et saisissez-le.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>Le trousseau système n&apos;est pas utilisé&#xa0;: la clé est donc conservée en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>D&apos;ici là, la clé API est conservée en mémoire pour cette session uniquement et n&apos;est jamais écrite sur le disque.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>La clé API enregistrée a été refusée. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>Les proxys enregistrés ne sont pas disponibles ici.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Connecter un compte Fansly — Entraînement</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Connecter un compte Fansly</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Continuer en arrière-&amp;plan</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Fermer cette fenêtre&#xa0;; la connexion se poursuit dans la liste des comptes.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Mode entraînement&#xa0;: la clé d&apos;entraînement est déjà saisie et rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>La clé API est conservée en mémoire pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>Reprendre une connexion&#xa0;?</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>Une connexion pour «&#xa0;%1&#xa0;» (commencée le %2) n&apos;a pas été terminée.</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Reprenez-la pour voir comment elle s&apos;est terminée ou pour saisir son code. Aucune nouvelle connexion n&apos;est envoyée à Fansly.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>%Ln autre connexion inachevée sera proposée ensuite.</numerusform>
            <numerusform>%Ln autres connexions inachevées seront proposées ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Code reçu par e-mail accepté. Saisissez maintenant le code de l&apos;application d&apos;authentification du créateur.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Nouvel essai dans %Ln s.</numerusform>
            <numerusform>%1. Nouvel essai dans %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Nouvel essai en cours…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Code de vérification requis</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>Fermer pendant une connexion&#xa0;?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>Une connexion est encore en cours.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Si vous fermez maintenant, la connexion se poursuit chez OnlyFansAPI sans vous. Vous pourrez la reprendre à la prochaine ouverture de Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Quitter et perdre votre saisie&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>Ce que vous avez saisi pour ce créateur n&apos;est pas conservé à la fermeture de Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>Si Fansly demande un code, la page suivante permet de le demander au créateur.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>Connexion de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Statut du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>Temps écoulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Saisissez le code tel qu&apos;il vous a été donné&#xa0;: chiffres uniquement, généralement 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>Le code n&apos;a peut-être pas atteint le serveur&#xa0;: %1 Si cette page le demande encore, vous pouvez le renvoyer.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>La connexion ne s&apos;est pas terminée à temps.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>La connexion a peut-être quand même atteint le serveur&#xa0;: vérifiez les comptes connectés avant de la relancer.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Envoi de la demande de connexion à OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Connexion à Fansly…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>Fansly a envoyé un code de vérification au créateur par e-mail.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>Fansly a envoyé un code de vérification par e-mail à %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Saisissez le code de l&apos;application d&apos;authentification du créateur.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Envoi du code…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>La connexion a pris trop de temps et a été arrêtée.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>Changer la c&amp;lé API</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>&amp;Connecter même si ce compte est déjà connecté</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Compte Fansly du créateur</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>Saisissez les identifiants Fansly du créateur. Le mot de passe est envoyé une seule fois et n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>Nom d&apos;&amp;affichage (facultatif)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>&amp;Nom d&apos;utilisateur ou e-mail Fansly</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Affiché dans votre liste de comptes OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>Un nom d&apos;utilisateur ne peut pas contenir uniquement des espaces&#xa0;: saisissez le nom d&apos;utilisateur ou l&apos;e-mail Fansly du créateur.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Utilisation de la clé API vérifiée.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Utilisation de la clé API de l&apos;équipe «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Nom d&apos;utilisateur Fansly&#xa0;:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>Connecter un &amp;autre créateur</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>Connecter &amp;quand même</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>Le compte Fansly du créateur est prêt dans OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>Le compte est connecté.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>«&#xa0;%1&#xa0;» est connecté.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>OnlyFansAPI peut maintenant utiliser ce compte Fansly. Cliquez sur «&#xa0;Terminer&#xa0;» pour fermer, ou connectez le créateur suivant.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>Le compte Fansly du créateur n&apos;a pas été connecté.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Raison indiquée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>Fansly n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Demandez au créateur de vérifier le mot de passe et le nom d&apos;utilisateur ou l&apos;e-mail, puis réessayez. Plusieurs tentatives erronées peuvent bloquer le compte Fansly pendant un certain temps.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>La connexion n&apos;a pas pu passer par le proxy</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Vérifiez l&apos;hôte, le port, le nom d&apos;utilisateur et le mot de passe du proxy, ou choisissez plutôt un proxy géré, puis réessayez.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>Le code de vérification a expiré</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Réessayez, et demandez au créateur de vous lire le nouveau code dès qu&apos;il arrive.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Trop de codes de vérification erronés</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Réessayez, et vérifiez chaque chiffre avec le créateur avant de cliquer sur «&#xa0;Vérifier&#xa0;».</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>La connexion a pris trop de temps</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>Fansly ou le proxy est peut-être lent en ce moment. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Trop de requêtes avec cette clé API</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Attendez %Ln seconde, puis cliquez sur «&#xa0;Réessayer maintenant&#xa0;».</numerusform>
            <numerusform>Attendez %Ln secondes, puis cliquez sur «&#xa0;Réessayer maintenant&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Attendez une minute, puis cliquez sur «&#xa0;Réessayer maintenant&#xa0;».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>Le compte OnlyFansAPI n&apos;a plus de crédits</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Ajoutez des crédits dans la console OnlyFansAPI, puis cliquez sur «&#xa0;Réessayer maintenant&#xa0;».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>Le serveur OnlyFansAPI a rencontré un problème</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Réessayez dans quelques minutes. Si le problème persiste, contactez le support OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>La clé API a été refusée</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Vérifiez la clé dans la console OnlyFansAPI, puis réessayez en la saisissant.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>Ce compte Fansly est déjà connecté</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Pour le connecter quand même à nouveau, par exemple après un changement de mot de passe, cliquez sur «&#xa0;Connecter quand même&#xa0;».</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>Impossible de joindre OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Vérifiez la connexion Internet, puis réessayez.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>La connexion a peut-être quand même démarré</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>Le réseau a été coupé après l&apos;envoi de la demande de connexion. Vérifiez les comptes connectés dans la console OnlyFansAPI avant de réessayer, pour que le créateur ne soit pas connecté deux fois.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>La connexion a été annulée</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>Il ne se passera plus rien pour cette connexion. Réessayez quand le créateur sera prêt.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>La connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Lisez la raison ci-dessous, corrigez le problème indiqué, puis réessayez.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucune raison n&apos;a été indiquée.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Connecte pas à pas le compte Fansly d&apos;un créateur à OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>S&apos;entraîner avec le simulateur intégré ; aucun compte réel n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>Adresse d&apos;OnlyFansAPI (par défaut : FANSLY_CONNECT_API_BASE_URL ou https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Utiliser cette langue (%1) au lieu de celle du système, pour cette exécution seulement.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>Avec --practice : le simulateur autorise N requêtes par minute.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice et --api-base-url sont incompatibles : le mode entraînement lance son propre simulateur.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>--practice-rate-limit attend un nombre (1 ou plus), avec --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang accepte l’une de ces valeurs : %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>Le mode entraînement n&apos;a pas besoin de clé API&#xa0;: il n&apos;y en a donc aucune à enregistrer ou à oublier.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>Clé API pour %1 (masquée pendant la saisie)&#xa0;: </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>Aucune clé API indiquée&#xa0;: tapez-la quand elle est demandée, ou transmettez-la par un pipe sur la première ligne de stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Vérification de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>La clé n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>La clé n&apos;a pas été enregistrée (pour l&apos;enregistrer sans vérification, ajoutez --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>La clé fonctionne&#xa0;: «&#xa0;%1&#xa0;» de l&apos;équipe %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>La clé n&apos;a été enregistrée nulle part. Tant que le trousseau ne fonctionne pas, indiquez-la avec --api-key-file ou FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>Clé API enregistrée dans le trousseau système (service «&#xa0;%1&#xa0;», entrée «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>La clé API (source&#xa0;: %1)&#xa0;:</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>La clé API «&#xa0;%1&#xa0;» de l&apos;équipe %2 fonctionne (source&#xa0;: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>Plus aucune clé API pour %1 n&apos;est enregistrée dans le trousseau système.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Remarque&#xa0;: FANSLY_CONNECT_API_KEY est toujours définie dans cet environnement.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — Entraînement</translation>
    </message>
    <message>
        <source>Fansly Connect</source>
        <translation>Fansly Connect</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltre&#xa0;:</translation>
    </message>
    <message>
        <source>Name, username or account ID</source>
        <translation>Nom, nom d&apos;utilisateur ou ID du compte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Ajoutez votre clé OnlyFansAPI pour voir les comptes Fansly de l&apos;équipe.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Aucun compte à traiter.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Aucun compte ne correspond au filtre.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>Afficher &amp;tous les comptes</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Lecture des comptes de l&apos;équipe…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Impossible de lire les comptes.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Aucun compte Fansly n&apos;est encore connecté. Choisissez «&#xa0;Connecter un compte…&#xa0;» (Ctrl+N) pour connecter le premier créateur.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Équipe&#xa0;: %1 · Clé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Requêtes restantes cette minute&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Requêtes restantes cette minute&#xa0;: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Crédits&#xa0;: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Liste lue à %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>La liste n&apos;a pas pu être actualisée&#xa0;: %1 Affichage de la liste lue à %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Impossible de lire les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Connecter un compte…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Réauthentifier</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Saisir le code…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Copier l&apos;ID du compte</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Changer la clé API…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>À propos de Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Afficher uniquement les comptes à traiter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>À traiter (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>Annuler cette connexion&#xa0;?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>Ne plus suivre la connexion de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>La connexion peut se poursuivre chez OnlyFansAPI&#xa0;; sa ligne affiche alors ce qu&apos;indique le serveur. Pour connecter le compte plus tard, réauthentifiez-le.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Laisser continuer</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>Déconnecter ce compte&#xa0;?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>Déconnecter «&#xa0;%1&#xa0;» d&apos;OnlyFansAPI&#xa0;?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>Déconnecter «&#xa0;%1&#xa0;» (%2) d&apos;OnlyFansAPI&#xa0;?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>Le compte ne fonctionnera plus avec OnlyFansAPI tant qu&apos;il n&apos;aura pas été reconnecté avec le mot de passe du créateur.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Non déconnecté</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>«&#xa0;%1&#xa0;» est toujours connecté&#xa0;: le serveur ne l&apos;a pas déconnecté.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Raison indiquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>%1 a besoin d&apos;un code de vérification.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Quitter et perdre votre saisie&#xa0;?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>Ce que vous avez saisi dans la fenêtre de connexion n&apos;est pas conservé à la fermeture de Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quitter quand même</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>Quitter pendant une connexion&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>%Ln connexion encore en cours.</numerusform>
            <numerusform>%Ln connexions encore en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Les connexions se poursuivent chez OnlyFansAPI sans vous. Vous pourrez les reprendre depuis la liste à la prochaine ouverture de Fansly Connect.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Prend effet à la prochaine ouverture de Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>La nouvelle langue sera utilisée à la prochaine ouverture de Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>La&amp;ngue</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>ce n&apos;est pas une URL absolue valide</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>un nom d&apos;utilisateur ou un mot de passe dans l&apos;URL n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>le http non chiffré n&apos;est autorisé que vers cet ordinateur (loopback)&#xa0;; utilisez https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>seules les URL https sont autorisées</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>Masquer la saisie</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Afficher la saisie</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Mode entraînement — aucun compte réel n&apos;est utilisé</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Choisissez le pays du proxy&#xa0;: États-Unis ou Royaume-Uni.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse IP du proxy.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>L&apos;hôte du proxy doit être uniquement un nom d&apos;hôte ou une adresse IP, sans espaces, barres obliques ni nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Le port du proxy doit être un nombre compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Saisissez le nom d&apos;utilisateur du proxy qui correspond au mot de passe du proxy.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>L&apos;URL de base de l&apos;API %1 est refusée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>Aucun proxy enregistré pour le mode entraînement.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>Aucun proxy enregistré pour %1.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  utilisateur %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy attend HOST:PORT, par exemple proxy.example.com:8080 ou [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Un mot de passe de proxy nécessite --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD est définie).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>Proxy «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Mot de passe de l&apos;utilisateur proxy %1 (vide pour garder celui enregistré ou pour n&apos;en utiliser aucun)&#xa0;: </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>Non enregistré&#xa0;: aucun mot de passe indiqué.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Aucun proxy enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>Proxy «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>Proxy &amp;géré</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>Proxy per&amp;sonnalisé</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>En&amp;registrer ce proxy sous</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>Proxy &amp;enregistré</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nom d&apos;hôte ou adresse IP</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>&amp;Nom du proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>P&amp;ort du proxy</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>&amp;Utilisateur du proxy (facultatif)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>&amp;Mot de passe du proxy (facultatif)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aucun proxy enregistré</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Aucun proxy n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Choisissez un proxy enregistré.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Saisissez un nom sous lequel enregistrer ce proxy, ou décochez «&#xa0;Enregistrer ce proxy sous&#xa0;».</translation>
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
        <translation>Pour Fansly, la connexion vient du pays et de l&apos;adresse IP du proxy&#xa0;: choisissez-en un proche du créateur.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Démarrage de la connexion…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Saisissez un nom pour ce proxy.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>Le trousseau système n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>Le proxy «&#xa0;%1&#xa0;» n&apos;a pas été enregistré, car son mot de passe n&apos;a pas pu être stocké dans le trousseau système. Il n&apos;est enregistré nulle part ailleurs.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>Le proxy «&#xa0;%1&#xa0;» a été supprimé, mais son mot de passe n&apos;a pas pu être effacé du trousseau système.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Aucun proxy enregistré ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>Le mot de passe du proxy «&#xa0;%1&#xa0;» n&apos;a pas pu être lu dans le trousseau système.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>aucun bus de session D-Bus n&apos;est actif</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>aucun service Secret Service n&apos;est actif</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>le trousseau par défaut n&apos;existe pas ou n&apos;est pas déverrouillé</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>la bibliothèque libsecret est peut-être absente</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>Rien n&apos;est encore enregistré pour cet élément dans le trousseau système. Saisissez-le de nouveau et il sera enregistré.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Le trousseau système n&apos;est pas disponible. Installez ou déverrouillez GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Le trousseau système n&apos;est pas disponible (%1). Installez ou déverrouillez GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>Le trousseau système n&apos;est pas disponible. Déverrouillez-le ou vérifiez qu&apos;il fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>Le trousseau système n&apos;est pas disponible (%1). Déverrouillez-le ou vérifiez qu&apos;il fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>Le trousseau système a refusé l&apos;accès. Déverrouillez votre trousseau et autorisez Fansly Connect à l&apos;utiliser, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>Le trousseau système n&apos;a pas répondu. Il est peut-être verrouillé et attend son mot de passe dans une fenêtre masquée ou sur un autre écran. Déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>Le trousseau système a signalé une erreur. Réessayez&#xa0;; si le problème persiste, fermez puis rouvrez votre session, ou redémarrez le service de trousseau.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>en attente du code envoyé par e-mail au créateur</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>en attente du code de l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>en attente d&apos;un code</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>vérification du code</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>session expirée</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>Le code a expiré. Relancez la connexion pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Trop de codes erronés ont été saisis pour cette connexion.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>Cette connexion n&apos;attend plus de code.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>Le code n&apos;a pas été accepté. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (raison indiquée&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de compte (un ID ressemble à fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin n&apos;est pas un terminal, le mot de passe ne peut donc pas être tapé&#xa0;: transmettez-le par un pipe et ajoutez --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Mot de passe de l&apos;utilisateur proxy %1 (vide pour aucun)&#xa0;: </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>Aucun mot de passe de proxy indiqué.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>--proxy-country accepte %1 (États-Unis) ou %2 (Royaume-Uni), pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy attend HOST:PORT, par exemple proxy.example.com:8080 ou [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>Aucun proxy enregistré ne s&apos;appelle «&#xa0;%1&#xa0;» en mode entraînement, qui conserve ses propres proxys enregistrés, séparés des vrais. Voir `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>Aucun proxy enregistré ne s&apos;appelle «&#xa0;%1&#xa0;». Voir `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>Ou indiquez le proxy directement au lieu de --proxy-profile&#xa0;: --proxy %1:%2 --proxy-user %3, avec son mot de passe dans FANSLY_CONNECT_PROXY_PASSWORD ou tapé quand il est demandé.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Mot de passe Fansly pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Aucun mot de passe indiqué.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>en attente du code envoyé par Fansly par e-mail</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>en attente du code envoyé par Fansly par e-mail à %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>en attente du code de l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>vérification du code</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (statut du serveur&#xa0;: %1)</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>Pour saisir le code, exécutez&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>Arrêté par Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Si ce compte est déjà connecté et que vous voulez le connecter à nouveau, ajoutez --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Statut du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Nouvel essai dans %2 s.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Code reçu par e-mail&#xa0;: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Code de l&apos;application d&apos;authentification&#xa0;: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>Aucun code indiqué.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Connecté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>La connexion peut encore aboutir côté serveur. Vérifiez-la plus tard avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>La connexion est toujours ouverte côté serveur. Reprenez-la avec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Lancez avec --help pour voir les commandes et les options.</translation>
    </message>
</context>
</TS>
