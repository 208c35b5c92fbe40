<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>Acerca de Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>Icono de Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>Conecta las cuentas de Fansly de los creadores con OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Modo de práctica: responde un simulador en esta computadora; no se toca ninguna cuenta real.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Creado con Qt %1, usado bajo la GNU Lesser General Public License versión 3, y con QtKeychain, usado bajo la licencia BSD de 3 cláusulas.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>“%1” no es un ID de cuenta (tienen este formato: fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID DE CUENTA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>USUARIO DE FANSLY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO DEL SERVIDOR</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectada</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>No hay cuentas para esta clave de API.</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>“%1” (%2, %3)</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>There is no account %1 for this API key, so nothing was disconnected. `accounts` lists them.</source>
        <translation>No hay ninguna cuenta %1 para esta clave de API, así que no se desconectó nada. `accounts` muestra la lista.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>¿Desconectar %1 de OnlyFansAPI? Escribe yes para confirmar: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>No se desconectó: no se recibió confirmación (escribe yes o usa --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Desconectada: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>otro (consulta --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Interrumpida: elige “Reanudar”</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>Conectando… (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Se necesita un código</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando el código…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectada</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>No conectada (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Usuario de Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>Sin conexión con el servidor de OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>El servidor de OnlyFansAPI no respondió a tiempo</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Demasiadas solicitudes con esta clave de API</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>El servidor de OnlyFansAPI tuvo un problema (error %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>El servidor envió una respuesta que esta app no entiende</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>No se pudo leer el estado</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>No se pudo conectar con el servidor de OnlyFansAPI. Revisa la conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>El servidor de OnlyFansAPI no respondió a tiempo. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>Se rechazó la clave de API. Revisa que esté copiada completa y que no se haya revocado en la consola de OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>La cuenta de OnlyFansAPI no tiene créditos. Agrega créditos en la consola y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>Esta clave de API no tiene permiso para hacer eso. Revisa el equipo y el plan de la clave.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>El servidor no reconoce esta cuenta. Puede que se haya desconectado.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>El servidor no aceptó los datos: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>El servidor no aceptó los datos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Demasiadas solicitudes con esta clave de API. Espera %Ln segundo y vuelve a intentarlo.</numerusform>
            <numerusform>Demasiadas solicitudes con esta clave de API. Espera %Ln segundos y vuelve a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Demasiadas solicitudes con esta clave de API. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>El servidor de OnlyFansAPI tuvo un problema (error %1). Vuelve a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>El servidor envió una respuesta que esta app no entiende. Vuelve a intentarlo; si sigue ocurriendo, puede que la API haya cambiado.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>La solicitud no se envió porque no es seguro enviar la clave de API a la dirección del servidor.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>El servidor rechazó la solicitud (error %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>El servidor rechazó la solicitud (error %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>El certificado del servidor es autofirmado, así que la conexión no es de confianza y no se envió nada. Puede deberse a un filtro de red o a un antivirus que inspecciona las conexiones seguras.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>El certificado del servidor lo emitió una autoridad en la que esta computadora no confía, así que no se envió nada. Puede deberse a un filtro de red, un proxy o un antivirus que inspecciona las conexiones seguras.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>El certificado del servidor es para otro nombre de host, así que no se envió nada. Revisa la dirección del servidor y cualquier filtro de red, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>El certificado del servidor expiró o la fecha de esta computadora es incorrecta, así que no se envió nada. Revisa la fecha y la hora del sistema, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>El certificado del servidor aún no es válido o la fecha de esta computadora es incorrecta, así que no se envió nada. Revisa la fecha y la hora del sistema, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>No se aceptó el certificado del servidor, así que no se envió nada. El registro de diagnóstico indica el motivo.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>No se pudo establecer la conexión segura con el servidor, así que no se envió nada. Revisa cualquier filtro de red o proxy, y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>Reintentar con el &amp;llavero</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>Clave de OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>La clave conecta esta app con la cuenta de OnlyFansAPI de tu agencia.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Copia la clave desde la consola de OnlyFansAPI (API Keys) y pégala aquí. Se verifica antes de continuar.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;Clave de API</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Volviendo a consultar el llavero del sistema…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Verificando la clave con OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Verificando la clave de API guardada…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>No se puede leer el archivo de clave de API %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>El archivo de clave de API %1 está vacío: escribe la clave en la primera línea.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>modo de práctica</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>variable de entorno FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>No se puede usar la dirección de API %1: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>No se pudo iniciar el simulador de práctica en esta computadora.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Modo de práctica: no se toca ninguna cuenta real.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Se rechazó la URL base de la API %1: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Falta la clave de API. Indícala con --api-key-file PATH (primera línea del archivo) o con la variable de entorno FANSLY_CONNECT_API_KEY, o guárdala en el llavero del sistema con `fansly-connect-cli key set`. Las claves se crean en la consola de OnlyFansAPI, en API Keys. Para probar sin clave, usa --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>--%1 no se acepta: los secretos escritos en la línea de comandos quedan en el historial del shell y en la lista de procesos, donde otros programas pueden leerlos. Escribe la contraseña cuando se te pida o pásala por stdin con --password-stdin; indica la clave de API con --api-key-file, la variable de entorno FANSLY_CONNECT_API_KEY o `key set`, y la contraseña de un proxy con FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido: “%1”.</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>“%1” necesita uno de estos subcomandos: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>“%1” necesita %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado: “%1”.</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 no se puede usar con “%2”.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 se indicó más de una vez.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout acepta un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>--practice-rate-limit acepta un número de solicitudes por minuto (1 o más), junto con --practice.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>--api-key-file necesita una ruta.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice y --api-base-url no se pueden combinar: el modo de práctica ejecuta su propio simulador.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>connect necesita --username USER (el nombre de usuario o el correo electrónico de Fansly del creador).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Elige solo una de estas opciones: --proxy-country, --proxy o --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>--proxy-user solo se usa junto con --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>proxies add necesita --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang admite uno de estos valores: %1.</translation>
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
        <translation>Uso: fansly-connect-cli [OPCIONES] COMANDO [ARGUMENTOS]

Conecta las cuentas de Fansly de los creadores con OnlyFansAPI.

Comandos:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Inicia sesión en Fansly y conecta la cuenta. La
                           contraseña se lee de la terminal sin mostrarla o,
                           con --password-stdin, de la primera línea de stdin.
                           Si Fansly pide un código, escríbelo cuando se te
                           pida (o pásalo como siguiente línea de stdin).
  status ACCOUNT_ID [--wait]
                           Muestra en qué punto está un inicio de sesión; con
                           --wait, lo sigue hasta el final (y pide el código si
                           hace falta).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Vuelve a iniciar sesión con las credenciales
                           guardadas y sigue el proceso.
  accounts                 Lista las cuentas, conectadas o no (un inicio de
                           sesión fallido aparece hasta que se desconecta).
  disconnect ACCOUNT_ID [--yes]
                           Desconecta una cuenta (pide escribir &quot;yes&quot;, salvo
                           con --yes).
  key set [--no-check]     Guarda la clave de API (primera línea de stdin, o
                           escrita sin mostrarla) en el llavero del sistema,
                           tras verificarla con el servidor.
  key check                Muestra el nombre y el equipo de la clave de API, o
                           por qué se rechaza.
  key forget               Borra la clave de API guardada del llavero del
                           sistema.
  proxies list             Lista los proxies personalizados guardados.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Guarda un proxy personalizado; su contraseña (si la
                           tiene) se guarda solo en el llavero del sistema.
  proxies remove NAME      Elimina un proxy guardado.

Opciones:
  --api-base-url URL       Servidor de la API (predeterminado:
                           https://app.onlyfansapi.com o la variable de entorno
                           FANSLY_CONNECT_API_BASE_URL). Solo se acepta http
                           sin cifrar hacia esta computadora (loopback).
  --api-key-file PATH      Lee la clave de API de la primera línea de este
                           archivo.
  --practice               Usa el simulador de práctica integrado; no se toca
                           ninguna cuenta real y no hace falta clave de API.
  --practice-rate-limit N  Con --practice: el simulador permite N solicitudes
                           por minuto.
  --json                   Salida legible por máquina en stdout: un objeto JSON
                           por línea.
  --verbose, -v            Muestra el registro de diagnóstico en stderr.
  --help, -h               Muestra esta ayuda.
  --version                Muestra la versión.
  --lang CODE              Usar este idioma en lugar del idioma del sistema:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

La clave de API se toma de --api-key-file; si no, de FANSLY_CONNECT_API_KEY; si
no, del llavero del sistema (ver `key set`). La contraseña de un proxy se toma
de FANSLY_CONNECT_PROXY_PASSWORD (o se pide en la terminal). Las contraseñas,
los códigos y las claves nunca se aceptan como argumentos.

Salida: el resultado va a stdout; el progreso y los errores, a stderr. Con
--json, connect, status --wait y reauth imprimen un objeto por cada cambio de
estado ({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;,
&quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}}); la última línea es el estado
final. accounts imprime un objeto por cuenta y por línea.

Códigos de salida:
  0  éxito
  2  error de uso: opciones no válidas, falta la clave de API, URL base de la
     API rechazada, no se indicó ninguna contraseña
  3  clave de API rechazada (401)
  4  error al iniciar sesión (se muestra el motivo del servidor), datos
     rechazados (422, p. ej., ya conectada), cuenta desconocida (404)
  5  error de red, del servidor, de TLS, de protocolo o de tiempo de espera;
     llavero del sistema no disponible
  6  límite de solicitudes (429) o sin créditos (402)
  7  cancelado (Ctrl+C), no se indicó ningún código ni confirmación
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Código de verificación para %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Código del correo aceptado. Ahora falta el código de la app de autenticación del creador.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;Código de verificación</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>solo dígitos</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Verificando el código</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Solo dígitos: el código tiene %Ln dígito.</numerusform>
            <numerusform>Solo dígitos: el código tiene %Ln dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Pide el código actual de la app de autenticación del creador.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>Fansly envió un código al correo electrónico del creador. Pídele al creador que te lo lea.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>Fansly envió un código a %1. Pídele al creador que te lo lea.</translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation>Código para “%1”</translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation>Código para “%1” (%2)</translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation>%1 Códigos incorrectos hasta ahora: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>Fansly quiere asegurarse de que es el creador. Pídele el código y escríbelo.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>No se usa el llavero del sistema, así que la clave se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>Hasta entonces, la clave de API se guarda en memoria solo durante esta sesión y nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>Se rechazó la clave de API guardada. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>Los proxies guardados no están disponibles aquí.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Conectar una cuenta de Fansly — Práctica</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Conectar una cuenta de Fansly</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Continuar en &amp;segundo plano</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Cerrar esta ventana; el inicio de sesión continúa en la lista de cuentas.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>C&amp;ancelar inicio de sesión</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Modo de práctica: la clave de práctica ya está puesta y no se guarda nada.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>La clave de API se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>¿Reanudar un inicio de sesión?</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>No se completó el inicio de sesión de “%1” (comenzó el %2).</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Reanúdalo para ver cómo terminó o para escribir su código. No se envía ningún inicio de sesión nuevo a Fansly.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>Después de este, se ofrecerá %Ln inicio de sesión pendiente más.</numerusform>
            <numerusform>Después de este, se ofrecerán %Ln inicios de sesión pendientes más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Código del correo aceptado. Ahora falta el código de la app de autenticación del creador.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Nuevo intento en %Ln s.</numerusform>
            <numerusform>%1. Nuevo intento en %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Reintentando ahora…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Se necesita un código de verificación</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>¿Cerrar durante un inicio de sesión?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>Todavía hay un inicio de sesión en curso.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Si cierras ahora, el inicio de sesión continúa en OnlyFansAPI sin ti. Puedes reanudarlo la próxima vez que abras Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>&amp;Cerrar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Seguir &amp;trabajando</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>¿Salir y perder lo que escribiste?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>Lo que escribiste para este creador no se conserva al cerrar Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>Si Fansly pide un código, en la página siguiente se le pedirá al creador.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>Conectando “%1”</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Estado del servidor: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>Tiempo transcurrido: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Escribe el código tal como te lo dieron: solo dígitos, normalmente 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>Puede que el código no haya llegado al servidor: %1 Si esta página lo sigue pidiendo, puedes volver a enviarlo.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>El inicio de sesión no terminó a tiempo.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>Puede que el inicio de sesión haya llegado al servidor de todos modos: revisa las cuentas conectadas antes de volver a iniciarlo.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Enviando el inicio de sesión a OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Iniciando sesión en Fansly…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>Fansly envió un código de verificación al correo del creador.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>Fansly envió un código de verificación a %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Escribe el código de la app de autenticación del creador.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Enviando el código…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando el código…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Cuenta conectada.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>El inicio de sesión tardó demasiado y se detuvo.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>Cambiar clave de A&amp;PI</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>Conectar aunque esta cuenta &amp;ya esté conectada</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Cuenta de Fansly del creador</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>Escribe los datos de acceso a Fansly del creador. La contraseña se envía una sola vez y no se guarda.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>Nombre &amp;visible (opcional)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>Nombre de &amp;usuario o correo de Fansly</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Se muestra en tu lista de cuentas de OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>El nombre de usuario no puede tener solo espacios: escribe el nombre de usuario o el correo de Fansly del creador.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Se usa la clave de API verificada.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Se usa la clave de API del equipo “%1”.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Usuario de Fansly:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>Conectar &amp;otro creador</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentar</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>Conectar &amp;de todos modos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Nombre de la cuenta:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de cuenta:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>La cuenta de Fansly del creador ya está lista en OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>La cuenta está conectada.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>La cuenta “%1” está conectada.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>OnlyFansAPI ya puede trabajar con esta cuenta de Fansly. Haz clic en “Finalizar” para cerrar o conecta al siguiente creador.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>No conectada</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>No se conectó la cuenta de Fansly del creador.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo indicado: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>Fansly no aceptó el nombre de usuario o la contraseña</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Pídele al creador que revise la contraseña y el nombre de usuario o correo, y vuelve a intentarlo. Varios intentos fallidos pueden bloquear la cuenta de Fansly durante un tiempo.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>No se pudo iniciar sesión a través del proxy</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Revisa el host, el puerto, el usuario y la contraseña del proxy, o elige un proxy gestionado, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>El código de verificación expiró</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Vuelve a intentarlo y pídele al creador que te lea el código nuevo en cuanto llegue.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Demasiados códigos de verificación incorrectos</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Vuelve a intentarlo y revisa cada dígito con el creador antes de hacer clic en “Verificar”.</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>El inicio de sesión tardó demasiado</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>Puede que Fansly o el proxy estén lentos en este momento. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Demasiadas solicitudes con esta clave de API</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Espera %Ln segundo y haz clic en “Reintentar ahora”.</numerusform>
            <numerusform>Espera %Ln segundos y haz clic en “Reintentar ahora”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Espera un minuto y haz clic en “Reintentar ahora”.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>La cuenta de OnlyFansAPI no tiene créditos</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Agrega créditos en la consola de OnlyFansAPI y haz clic en “Reintentar ahora”.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>El servidor de OnlyFansAPI tuvo un problema</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Vuelve a intentarlo en unos minutos. Si sigue ocurriendo, contacta al soporte de OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Se rechazó la clave de API</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Revisa la clave en la consola de OnlyFansAPI; luego vuelve a intentarlo y escríbela.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>Esta cuenta de Fansly ya está conectada</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Para volver a conectarla de todos modos, por ejemplo tras un cambio de contraseña, haz clic en “Conectar de todos modos”.</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>No se pudo conectar con OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Revisa la conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>Puede que el inicio de sesión haya comenzado de todos modos</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>La conexión se cortó después de enviar el inicio de sesión. Revisa las cuentas conectadas en la consola de OnlyFansAPI antes de volver a intentarlo, para que el creador no inicie sesión dos veces.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>Se canceló el inicio de sesión</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>No pasará nada más con este inicio de sesión. Vuelve a intentarlo cuando el creador esté listo.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>El inicio de sesión no se completó</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Lee el motivo que aparece abajo, corrige lo que indica y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>No se indicó ningún motivo.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Conecta paso a paso la cuenta de Fansly de un creador con OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>Usa el simulador integrado para practicar; no se toca ninguna cuenta real.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>Dirección de OnlyFansAPI (predeterminada: FANSLY_CONNECT_API_BASE_URL o https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Usa este idioma (%1) en lugar del idioma del sistema, solo en esta ejecución.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>Con --practice: el simulador permite N solicitudes por minuto.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice y --api-base-url no se pueden combinar: el modo de práctica ejecuta su propio simulador.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>--practice-rate-limit acepta un número (1 o más), junto con --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang admite uno de estos valores: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>El modo de práctica no necesita clave de API, así que no hay ninguna que guardar ni borrar.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>Clave de API para %1 (no se muestra al escribir): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>No se indicó ninguna clave de API: escríbela cuando se te pida o pásala en la primera línea de stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Verificando la clave con %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>La clave no se guardó.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>La clave no se guardó (para guardarla sin verificarla, agrega --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>La clave funciona: “%1” del equipo %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>La clave no se guardó en ningún lugar. Hasta que el llavero funcione, indícala con --api-key-file o FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>Se guardó la clave de API en el llavero del sistema (servicio “%1”, entrada “%2”).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>Clave de API (origen: %1):</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>La clave de API “%1” del equipo %2 funciona (origen: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>Ya no hay ninguna clave de API para %1 guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Nota: FANSLY_CONNECT_API_KEY sigue definida en este entorno.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — Práctica</translation>
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
        <translation>Nombre, usuario o ID de cuenta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Agrega tu clave de OnlyFansAPI para ver las cuentas de Fansly del equipo.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Ninguna cuenta requiere atención.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Ninguna cuenta coincide con el filtro.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>&amp;Mostrar todas las cuentas</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Leyendo las cuentas del equipo…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>No se pudieron leer las cuentas.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Todavía no hay ninguna cuenta de Fansly conectada. Elige “Conectar cuenta…” (Ctrl+N) para conectar al primer creador.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Equipo: %1 · Clave: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Solicitudes restantes este minuto: %1 de %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Solicitudes restantes este minuto: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Créditos: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Lista leída a las %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>No se pudo actualizar la lista: %1 Se muestra la lista leída a las %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>No se pudieron leer las cuentas: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Conectar cuenta…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Reautenticar</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Escribir código…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Desconectar…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Copiar ID de cuenta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Cambiar clave de API…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>Acerca de Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Mostrar solo las cuentas que requieren atención</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Requiere atención (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>¿Cancelar este inicio de sesión?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>¿Dejar de seguir el inicio de sesión de “%1”?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>Puede que el inicio de sesión continúe en OnlyFansAPI; en ese caso, su fila mostrará lo que indique el servidor. Para conectar la cuenta más tarde, reautentícala.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>C&amp;ancelar inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Dejar que continúe</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>¿Desconectar esta cuenta?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>¿Desconectar “%1” de OnlyFansAPI?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>¿Desconectar “%1” (%2) de OnlyFansAPI?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>La cuenta dejará de funcionar con OnlyFansAPI hasta que se vuelva a conectar con la contraseña del creador.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>No se desconectó</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>La cuenta “%1” sigue conectada: el servidor no la desconectó.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo indicado: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>%1 necesita un código de verificación.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>¿Salir y perder lo que escribiste?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>Lo que escribiste en la ventana de conexión no se conserva al cerrar Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Salir de todos modos</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Seguir &amp;trabajando</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>¿Salir durante un inicio de sesión?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>Todavía hay %Ln inicio de sesión en curso.</numerusform>
            <numerusform>Todavía hay %Ln inicios de sesión en curso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Los inicios de sesión continúan en OnlyFansAPI sin ti. Puedes reanudarlos desde la lista la próxima vez que abras Fansly Connect.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Se aplica la próxima vez que abras Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>El nuevo idioma se usará la próxima vez que abras Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Idioma</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>no es una URL absoluta válida</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>no se permiten nombres de usuario ni contraseñas en la URL</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>http sin cifrar solo se permite hacia esta computadora (loopback); usa https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>solo se permiten URL https</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>Ocultar lo que se escribe</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Mostrar lo que se escribe</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Modo de práctica — no se toca ninguna cuenta real</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Elige el país del proxy: Estados Unidos o Reino Unido.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Escribe el nombre de host o la dirección IP del proxy.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>El host del proxy debe ser solo un nombre de host o una dirección IP, sin espacios, barras ni nombre de usuario.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>El puerto del proxy debe ser un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Escribe el usuario del proxy que corresponde a la contraseña del proxy.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Se rechazó la URL base de la API %1: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>No hay proxies guardados para el modo de práctica.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>No hay proxies guardados para %1.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  usuario %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy acepta HOST:PORT, por ejemplo proxy.example.com:8080 o [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Una contraseña de proxy necesita --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD está definida).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>Se guardó el proxy “%1”.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Contraseña del usuario de proxy %1 (déjala vacía para conservar la guardada o para no usar ninguna): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>No se guardó: no se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>No hay ningún proxy guardado con el nombre “%1”.</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>Se eliminó el proxy “%1”.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>Proxy &amp;gestionado</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>Proxy p&amp;ersonalizado</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>Guardar este proxy &amp;como</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>Proxy guar&amp;dado</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nombre de host o dirección IP</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>Nom&amp;bre del proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;Host del proxy</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>Pue&amp;rto del proxy</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>&amp;Usuario del proxy (opcional)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>Con&amp;traseña del proxy (opcional)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Ninguno guardado aún</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Todavía no hay ningún proxy guardado.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Elige un proxy guardado.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Escribe un nombre para guardar este proxy o desmarca “Guardar este proxy como”.</translation>
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
        <translation>Para Fansly, el inicio de sesión viene del país y la dirección IP del proxy, así que usa uno cercano al creador.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Empezando el inicio de sesión…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Escribe un nombre para este proxy.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>El llavero del sistema no está configurado.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>No se guardó el proxy “%1” porque su contraseña no se pudo guardar en el llavero del sistema. Tampoco se guardó en ningún otro lugar.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>Se eliminó el proxy “%1”, pero su contraseña no se pudo borrar del llavero del sistema.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>No hay ningún proxy guardado con el nombre “%1”.</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>No se pudo leer del llavero del sistema la contraseña del proxy “%1”.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Reintentar &amp;ahora</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>no hay ningún bus de sesión D-Bus en ejecución</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>no hay ningún Secret Service en ejecución</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>el llavero predeterminado no existe o no está desbloqueado</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>puede que falte la biblioteca libsecret</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>Todavía no hay nada guardado para esto en el llavero del sistema. Vuelve a escribirlo y se guardará.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>El llavero del sistema no está disponible. Instala o desbloquea GNOME Keyring o KWallet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>El llavero del sistema no está disponible (%1). Instala o desbloquea GNOME Keyring o KWallet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>El llavero del sistema no está disponible. Desbloquéalo o revisa que funcione, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>El llavero del sistema no está disponible (%1). Desbloquéalo o revisa que funcione, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>El llavero del sistema denegó el acceso. Desbloquea tu llavero y permite que Fansly Connect lo use; luego vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>El llavero del sistema no respondió. Puede que esté bloqueado y esperando su contraseña en una ventana oculta o en otra pantalla. Desbloquéalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>El llavero del sistema devolvió un error. Vuelve a intentarlo; si sigue ocurriendo, cierra sesión y vuelve a entrar, o reinicia el servicio del llavero.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>iniciando sesión</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>esperando el código enviado por correo al creador</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>esperando el código de la app de autenticación</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>esperando un código</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>verificando el código</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>sesión expirada</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectada</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>El código expiró. Vuelve a empezar el inicio de sesión para recibir uno nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Se escribieron demasiados códigos incorrectos en este inicio de sesión.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>Este inicio de sesión ya no espera ningún código.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>No se aceptó el código. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (motivo indicado: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>“%1” no es un ID de cuenta (tienen este formato: fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin no es una terminal, así que no se puede escribir la contraseña: pásala por stdin y agrega --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Contraseña del usuario de proxy %1 (vacía si no tiene): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>No se indicó ninguna contraseña de proxy.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>--proxy-country acepta %1 (Estados Unidos) o %2 (Reino Unido), no “%3”.</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy acepta HOST:PORT, por ejemplo proxy.example.com:8080 o [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>No hay ningún proxy guardado con el nombre “%1” en el modo de práctica, que guarda sus propios proxies aparte de los reales. Consulta `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>No hay ningún proxy guardado con el nombre “%1”. Consulta `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>O indica el proxy directamente en lugar de usar --proxy-profile: --proxy %1:%2 --proxy-user %3, con su contraseña en FANSLY_CONNECT_PROXY_PASSWORD o escrita cuando se te pida.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Contraseña de Fansly de %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>No se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>esperando el código que Fansly envió por correo</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>esperando el código que Fansly envió por correo a %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>esperando el código de la app de autenticación</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>verificando el código</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>iniciando sesión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (estado del servidor: %1)</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>Para escribir el código, ejecuta: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>Detenido con Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Si esta cuenta ya está conectada y quieres volver a conectarla, agrega --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Estado del servidor: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Nuevo intento en %2 s.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Código del correo: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Código de la app de autenticación: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>No se indicó ningún código.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Conectada: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Conectada: %1 (%2)</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>Puede que el inicio de sesión aún termine en el servidor. Revísalo más tarde con: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>El inicio de sesión sigue abierto en el servidor. Reanúdalo con: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Ejecuta con --help para ver los comandos y las opciones.</translation>
    </message>
</context>
</TS>
