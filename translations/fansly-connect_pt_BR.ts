<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>Sobre o Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>Ícone do Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>Conecta as contas do Fansly dos criadores à OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Modo de prática: quem responde é um simulador neste computador; nenhuma conta real é afetada.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Criado com Qt %1, usado sob a GNU Lesser General Public License versão 3, e com QtKeychain, usado sob a licença BSD de 3 cláusulas.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>“%1” não é um ID de conta (eles têm este formato: fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID DA CONTA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>USUÁRIO DO FANSLY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS DO SERVIDOR</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectada</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>Nenhuma conta encontrada para esta chave de API.</translation>
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
        <translation>Não existe a conta %1 para esta chave de API, então nada foi desconectado. `accounts` mostra a lista.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>Desconectar %1 da OnlyFansAPI? Digite yes para confirmar: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>Nada foi desconectado: nenhuma confirmação recebida (digite yes ou use --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Desconectada: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>outro (veja --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Interrompida: escolha “Retomar”</translation>
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
        <translation>Código necessário</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falha: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectada</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Não conectada (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Usuário do Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID da conta</translation>
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
        <translation>Sem conexão com o servidor da OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>O servidor da OnlyFansAPI não respondeu a tempo</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Solicitações demais com esta chave de API</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>O servidor da OnlyFansAPI teve um problema (erro %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>O servidor enviou uma resposta que este app não entende</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Não foi possível ler o status</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>Não foi possível acessar o servidor da OnlyFansAPI. Verifique a conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>O servidor da OnlyFansAPI não respondeu a tempo. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>A chave de API foi recusada. Verifique se ela foi copiada por inteiro e se não foi revogada no console da OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>A conta da OnlyFansAPI está sem créditos. Adicione créditos no console e tente novamente.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>Esta chave de API não tem permissão para fazer isso. Verifique a equipe e o plano da chave.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>O servidor não conhece esta conta. Ela pode ter sido desconectada.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>O servidor não aceitou os dados: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>O servidor não aceitou os dados.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Solicitações demais com esta chave de API. Aguarde %Ln segundo e tente novamente.</numerusform>
            <numerusform>Solicitações demais com esta chave de API. Aguarde %Ln segundos e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Solicitações demais com esta chave de API. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>O servidor da OnlyFansAPI teve um problema (erro %1). Tente novamente em alguns minutos.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>O servidor enviou uma resposta que este app não entende. Tente novamente; se continuar acontecendo, a API pode ter mudado.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>A solicitação não foi enviada porque não é seguro enviar a chave de API para o endereço do servidor.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>O servidor recusou a solicitação (erro %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>O servidor recusou a solicitação (erro %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>O certificado do servidor é autoassinado, então a conexão não é confiável e nada foi enviado. Um filtro de rede ou antivírus que inspeciona conexões seguras pode causar isso.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>O certificado do servidor foi emitido por uma autoridade em que este computador não confia, então nada foi enviado. Um filtro de rede, proxy ou antivírus que inspeciona conexões seguras pode causar isso.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>O certificado do servidor é de outro nome de host, então nada foi enviado. Verifique o endereço do servidor e qualquer filtro de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>O certificado do servidor expirou ou a data deste computador está errada, então nada foi enviado. Verifique a data e a hora do sistema e tente novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>O certificado do servidor ainda não é válido ou a data deste computador está errada, então nada foi enviado. Verifique a data e a hora do sistema e tente novamente.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>O certificado do servidor não foi aceito, então nada foi enviado. O log de diagnóstico informa o motivo.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>Não foi possível estabelecer a conexão segura com o servidor, então nada foi enviado. Verifique qualquer filtro de rede ou proxy e tente novamente.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Lembrar no chaveiro do sistema</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>Tentar o c&amp;haveiro de novo</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>Chave da OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>A chave conecta este app à conta da OnlyFansAPI da sua agência.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Copie a chave no console da OnlyFansAPI (API Keys) e cole aqui. Ela é verificada antes de continuar.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;Chave de API</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Consultando o chaveiro do sistema de novo…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Verificando a chave com a OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Verificando a chave de API salva…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Não é possível ler o arquivo de chave de API %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>O arquivo de chave de API %1 está vazio: coloque a chave na primeira linha.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>modo de prática</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>arquivo %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>variável de ambiente FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>chaveiro do sistema</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>O endereço de API %1 não pode ser usado: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>Não foi possível iniciar o simulador de prática neste computador.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Modo de prática: nenhuma conta real é afetada.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>A URL base da API %1 foi recusada: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Nenhuma chave de API. Informe uma com --api-key-file PATH (primeira linha do arquivo) ou com a variável de ambiente FANSLY_CONNECT_API_KEY, ou salve-a no chaveiro do sistema com `fansly-connect-cli key set`. As chaves são criadas no console da OnlyFansAPI, em API Keys. Para testar sem chave, use --practice.</translation>
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
        <translation>--%1 não é aceito: segredos na linha de comando ficam no histórico do shell e na lista de processos, onde outros programas podem lê-los. Digite a senha quando for solicitada ou envie-a por stdin com --password-stdin; informe a chave de API com --api-key-file, a variável de ambiente FANSLY_CONNECT_API_KEY ou `key set`, e a senha de um proxy com FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconhecido: “%1”.</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>“%1” precisa de um destes subcomandos: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>“%1” precisa de %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado: “%1”.</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 não pode ser usado com “%2”.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 foi informado mais de uma vez.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout aceita um número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>--practice-rate-limit aceita um número de solicitações por minuto (1 ou mais), junto com --practice.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>--api-key-file precisa de um caminho.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice e --api-base-url não podem ser usados juntos: o modo de prática executa seu próprio simulador.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>connect precisa de --username USER (o nome de usuário ou o e-mail do Fansly do criador).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Escolha apenas uma destas opções: --proxy-country, --proxy ou --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>--proxy-user só pode ser usado com --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>proxies add precisa de --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang aceita um destes valores: %1.</translation>
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
        <translation>Uso: fansly-connect-cli [OPÇÕES] COMANDO [ARGUMENTOS]

Conecta as contas do Fansly dos criadores à OnlyFansAPI.

Comandos:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Faz login no Fansly e conecta a conta. A senha é
                           lida do terminal sem ser exibida ou, com
                           --password-stdin, da primeira linha de stdin. Se o
                           Fansly pedir um código, digite-o quando solicitado
                           (ou envie-o como a próxima linha de stdin).
  status ACCOUNT_ID [--wait]
                           Mostra em que ponto está um login; com --wait,
                           acompanha-o até o fim (pedindo o código, se
                           necessário).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Faz login de novo com as credenciais armazenadas e
                           acompanha o processo.
  accounts                 Lista as contas, conectadas ou não (um login que
                           falhou continua na lista até ser desconectado).
  disconnect ACCOUNT_ID [--yes]
                           Desconecta uma conta (pede para digitar &quot;yes&quot;,
                           exceto com --yes).
  key set [--no-check]     Salva a chave de API (primeira linha de stdin, ou
                           digitada sem ser exibida) no chaveiro do sistema,
                           depois de verificá-la com o servidor.
  key check                Mostra o nome e a equipe da chave de API, ou por que
                           ela é recusada.
  key forget               Remove a chave de API salva do chaveiro do sistema.
  proxies list             Lista os proxies personalizados salvos.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Salva um proxy personalizado; a senha dele (se
                           houver) vai só para o chaveiro do sistema.
  proxies remove NAME      Remove um proxy salvo.

Opções:
  --api-base-url URL       Servidor da API (padrão: https://app.onlyfansapi.com
                           ou a variável de ambiente
                           FANSLY_CONNECT_API_BASE_URL). Só é aceito http sem
                           criptografia para este computador (loopback).
  --api-key-file PATH      Lê a chave de API da primeira linha deste arquivo.
  --practice               Usa o simulador de prática integrado; nenhuma conta
                           real é afetada e nenhuma chave de API é necessária.
  --practice-rate-limit N  Com --practice: o simulador permite N solicitações
                           por minuto.
  --json                   Saída legível por máquina em stdout: um objeto JSON
                           por linha.
  --verbose, -v            Mostra o log de diagnóstico em stderr.
  --help, -h               Mostra esta ajuda.
  --version                Mostra a versão.
  --lang CODE              Usar este idioma em vez do idioma do sistema:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

A chave de API vem de --api-key-file; se não houver, de FANSLY_CONNECT_API_KEY;
se não houver, do chaveiro do sistema (veja `key set`). A senha de um proxy vem
de FANSLY_CONNECT_PROXY_PASSWORD (ou é pedida no terminal). Senhas, códigos e
chaves nunca são aceitos como argumentos.

Saída: o resultado vai para stdout; o progresso e os erros, para stderr. Com
--json, connect, status --wait e reauth imprimem um objeto a cada mudança de
estado ({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;,
&quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}}); a última linha é o estado
final. accounts imprime um objeto por conta, um por linha.

Códigos de saída:
  0  sucesso
  2  erro de uso: opções inválidas, nenhuma chave de API, URL base da API
     recusada, nenhuma senha informada
  3  chave de API recusada (401)
  4  falha no login (com o motivo informado pelo servidor), dados recusados
     (422, por exemplo, já conectada), conta desconhecida (404)
  5  erro de rede, do servidor, de TLS, de protocolo ou de tempo limite;
     chaveiro do sistema indisponível
  6  limite de solicitações (429) ou sem créditos (402)
  7  cancelado (Ctrl+C), nenhum código ou confirmação informados
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Código de verificação para %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Código do e-mail aceito. Agora falta o código do app autenticador do criador.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;Código de verificação</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>somente dígitos</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Verificando o código</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Somente dígitos: o código tem %Ln dígito.</numerusform>
            <numerusform>Somente dígitos: o código tem %Ln dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Peça ao criador o código atual do app autenticador.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>O Fansly enviou um código para o e-mail do criador. Peça ao criador que leia o código para você.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>O Fansly enviou um código para %1. Peça ao criador que leia o código para você.</translation>
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
        <translation>%1 Códigos errados até agora: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Código de verificação</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>O Fansly quer ter certeza de que é o criador. Peça o código ao criador e digite-o.</translation>
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
        <translation>O chaveiro do sistema não está sendo usado, então a chave fica na memória somente durante esta sessão.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>Até lá, a chave de API fica na memória somente durante esta sessão e nunca é gravada no disco.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>A chave de API salva foi recusada. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>Os proxies salvos não estão disponíveis aqui.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Conectar uma conta do Fansly — Prática</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Conectar uma conta do Fansly</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Continuar em &amp;segundo plano</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Fechar esta janela; o login continua na lista de contas.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>C&amp;ancelar login</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Modo de prática: a chave de prática já está preenchida e nada é salvo.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>A chave de API fica na memória somente durante esta sessão.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>Retomar um login?</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>O login de “%1” (iniciado em %2) não foi concluído.</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Retome-o para ver como terminou ou para digitar o código. Nenhum login novo é enviado ao Fansly.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>Depois deste, será oferecido mais %Ln login não concluído.</numerusform>
            <numerusform>Depois deste, serão oferecidos mais %Ln logins não concluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Agora não</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Código do e-mail aceito. Agora falta o código do app autenticador do criador.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Nova tentativa em %Ln s.</numerusform>
            <numerusform>%1. Nova tentativa em %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Tentando novamente agora…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Código de verificação necessário</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>Fechar durante um login?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>Um login ainda está em andamento.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Se você fechar agora, o login continua na OnlyFansAPI sem você. Você pode retomá-lo na próxima vez que abrir o Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>Fechar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuar trabalhando</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Sair e perder o que você digitou?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>O que você digitou para este criador não é guardado quando o Fansly Connect é fechado.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Continuar &amp;editando</translation>
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
        <translation>Se o Fansly pedir um código, a próxima página vai pedi-lo ao criador.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>Conectando “%1”</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Status do servidor: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>Tempo decorrido: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Digite o código exatamente como foi informado: somente dígitos, geralmente 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>O código pode não ter chegado ao servidor: %1 Se esta página ainda pedir o código, você pode enviá-lo de novo.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>O login não terminou a tempo.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>O login pode ter chegado ao servidor mesmo assim: verifique as contas conectadas antes de iniciá-lo de novo.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Enviando o login para a OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Fazendo login no Fansly…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>O Fansly enviou um código de verificação para o e-mail do criador.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>O Fansly enviou um código de verificação para %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Digite o código do app autenticador do criador.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Enviando o código…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verificando o código…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conta conectada.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Falha no login: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>O login demorou demais e foi interrompido.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>Alterar chave de &amp;API</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>Conectar &amp;mesmo que esta conta já esteja conectada</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Conta do Fansly do criador</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>Digite os dados de login do Fansly do criador. A senha é enviada uma vez e não é guardada.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>Nome de &amp;exibição (opcional)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>Nome de &amp;usuário ou e-mail do Fansly</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Aparece na sua lista de contas da OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>O nome de usuário não pode ter só espaços: digite o nome de usuário ou o e-mail do Fansly do criador.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Usando a chave de API verificada.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Usando a chave de API da equipe “%1”.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Usuário do Fansly:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>Conectar outro &amp;criador</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Repetir agora</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>Conectar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Nome da conta:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID da conta:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>A conta do Fansly do criador está pronta na OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>A conta está conectada.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>A conta “%1” está conectada.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>A OnlyFansAPI já pode trabalhar com esta conta do Fansly. Clique em “Concluir” para fechar ou conecte o próximo criador.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectada</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>A conta do Fansly do criador não foi conectada.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo informado: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>O Fansly não aceitou o nome de usuário ou a senha</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Peça ao criador que confira a senha e o nome de usuário ou e-mail e tente novamente. Várias tentativas erradas podem bloquear a conta do Fansly por um tempo.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>Não foi possível fazer login pelo proxy</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Verifique o host, a porta, o usuário e a senha do proxy, ou escolha um proxy gerenciado, e tente novamente.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>O código de verificação expirou</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Tente novamente e peça ao criador que leia o novo código assim que ele chegar.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Códigos de verificação errados demais</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Tente novamente e confira cada dígito com o criador antes de clicar em “Verificar”.</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>O login demorou demais</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>O Fansly ou o proxy podem estar lentos agora. Aguarde alguns minutos e tente novamente.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Solicitações demais com esta chave de API</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Aguarde %Ln segundo e clique em “Repetir agora”.</numerusform>
            <numerusform>Aguarde %Ln segundos e clique em “Repetir agora”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Aguarde um minuto e clique em “Repetir agora”.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>A conta da OnlyFansAPI está sem créditos</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Adicione créditos no console da OnlyFansAPI e clique em “Repetir agora”.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>O servidor da OnlyFansAPI teve um problema</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Tente novamente em alguns minutos. Se continuar acontecendo, entre em contato com o suporte da OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>A chave de API foi recusada</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Verifique a chave no console da OnlyFansAPI; depois tente novamente e digite-a.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>Esta conta do Fansly já está conectada</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Para conectá-la de novo mesmo assim, por exemplo depois de uma troca de senha, clique em “Conectar mesmo assim”.</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>Não foi possível acessar a OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Verifique a conexão com a internet e tente novamente.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>O login pode ter começado mesmo assim</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>A conexão caiu depois que o login foi enviado. Verifique as contas conectadas no console da OnlyFansAPI antes de tentar novamente, para que o criador não faça login duas vezes.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>O login foi cancelado</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>Nada mais acontece com este login. Tente novamente quando o criador estiver pronto.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>O login não deu certo</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Leia o motivo abaixo, corrija o que ele indica e tente novamente.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Nenhum motivo foi informado.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Conecta passo a passo a conta do Fansly de um criador à OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>Usa o simulador integrado para praticar; nenhuma conta real é afetada.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>Endereço da OnlyFansAPI (padrão: FANSLY_CONNECT_API_BASE_URL ou https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Usa este idioma (%1) em vez do idioma do sistema, só nesta execução.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>Com --practice: o simulador permite N solicitações por minuto.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice e --api-base-url não podem ser usados juntos: o modo de prática executa seu próprio simulador.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>--practice-rate-limit aceita um número (1 ou mais), junto com --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang aceita um destes valores: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>O modo de prática não precisa de chave de API, então não há nenhuma para salvar ou remover.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>Chave de API para %1 (não aparece enquanto você digita): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>Nenhuma chave de API informada: digite-a quando solicitado ou envie-a na primeira linha de stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Verificando a chave com %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>A chave não foi salva.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>A chave não foi salva (para salvá-la sem verificar, adicione --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>A chave funciona: “%1” da equipe %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>A chave não foi salva em lugar nenhum. Até o chaveiro funcionar, informe-a com --api-key-file ou FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>A chave de API foi salva no chaveiro do sistema (serviço “%1”, entrada “%2”).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>Chave de API (origem: %1):</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>A chave de API “%1” da equipe %2 funciona (origem: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>Não há mais nenhuma chave de API para %1 salva no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Observação: FANSLY_CONNECT_API_KEY ainda está definida neste ambiente.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — Prática</translation>
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
        <translation>Nome, usuário ou ID da conta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Adicione sua chave da OnlyFansAPI para ver as contas do Fansly da equipe.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Nenhuma conta requer atenção.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Nenhuma conta corresponde ao filtro.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>&amp;Mostrar todas as contas</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Lendo as contas da equipe…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Não foi possível ler as contas.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Ainda não há nenhuma conta do Fansly conectada. Escolha “Conectar conta…” (Ctrl+N) para conectar o primeiro criador.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Equipe: %1 · Chave: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Solicitações restantes neste minuto: %1 de %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Solicitações restantes neste minuto: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Créditos: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Lista lida às %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>Não foi possível atualizar a lista: %1 Mostrando a lista lida às %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Não foi possível ler as contas: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Conectar conta…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Reautenticar</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Digitar código…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Cancelar login</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Desconectar…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Copiar ID da conta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Alterar chave de API…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>Sobre o Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Mostrar só as contas que requerem atenção</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Requer atenção (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>Cancelar este login?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>Parar de acompanhar o login de “%1”?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>O login pode continuar na OnlyFansAPI; nesse caso, a linha dele mostra o que o servidor informar. Para conectar a conta depois, reautentique-a.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>C&amp;ancelar login</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Deixar continuar</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>Desconectar esta conta?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>Desconectar “%1” da OnlyFansAPI?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>Desconectar “%1” (%2) da OnlyFansAPI?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>A conta deixa de funcionar com a OnlyFansAPI até ser conectada de novo com a senha do criador.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Não desconectada</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>A conta “%1” continua conectada: o servidor não a desconectou.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Motivo informado: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>%1 precisa de um código de verificação.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Sair e perder o que você digitou?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>O que você digitou na janela de conexão não é guardado quando o Fansly Connect é fechado.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>Sair &amp;mesmo assim</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuar trabalhando</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>Sair durante um login?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>%Ln login ainda em andamento.</numerusform>
            <numerusform>%Ln logins ainda em andamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Os logins continuam na OnlyFansAPI sem você. Você pode retomá-los pela lista na próxima vez que abrir o Fansly Connect.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Vale na próxima vez que você abrir o Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>O novo idioma será usado na próxima vez que você abrir o Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
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
        <translation>não é uma URL absoluta válida</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>nome de usuário ou senha na URL não são permitidos</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>http sem criptografia só é permitido para este computador (loopback); use https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>só são permitidas URLs https</translation>
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
        <translation>Ocultar o que é digitado</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Mostrar o que é digitado</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Modo de prática — nenhuma conta real é afetada</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Escolha o país do proxy: Estados Unidos ou Reino Unido.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Digite o nome de host ou o endereço IP do proxy.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>O host do proxy deve ser só um nome de host ou um endereço IP, sem espaços, barras ou nome de usuário.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>A porta do proxy deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Digite o usuário do proxy correspondente à senha do proxy.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>A URL base da API %1 foi recusada: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>Nenhum proxy salvo para o modo de prática.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>Nenhum proxy salvo para %1.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  usuário %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy aceita HOST:PORT, por exemplo proxy.example.com:8080 ou [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Uma senha de proxy precisa de --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD está definida).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>O proxy “%1” foi salvo.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Senha do usuário de proxy %1 (deixe em branco para manter a salva ou para não usar senha): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>Não salvo: nenhuma senha informada.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Não há nenhum proxy salvo com o nome “%1”.</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>O proxy “%1” foi removido.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>Proxy &amp;gerenciado</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>Proxy p&amp;ersonalizado</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>Salvar este proxy co&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>Proxy &amp;salvo</translation>
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
        <translation>nome de host ou endereço IP</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>&amp;Nome do proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;Host do proxy</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>P&amp;orta do proxy</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>&amp;Usuário do proxy (opcional)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>Senh&amp;a do proxy (opcional)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Nenhum salvo ainda</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Nenhum proxy foi salvo ainda.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Escolha um proxy salvo.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Digite um nome para salvar este proxy ou desmarque “Salvar este proxy como”.</translation>
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
        <translation>Para o Fansly, o login vem do país e do endereço IP do proxy, então use um perto do criador.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Iniciando o login…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Digite um nome para este proxy.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>O chaveiro do sistema não está configurado.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>O proxy “%1” não foi salvo porque não foi possível guardar a senha dele no chaveiro do sistema. Ele também não foi salvo em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>O proxy “%1” foi removido, mas não foi possível apagar a senha dele do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Não há nenhum proxy salvo com o nome “%1”.</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>Não foi possível ler do chaveiro do sistema a senha do proxy “%1”.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Repetir &amp;agora</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>nenhum barramento de sessão D-Bus está em execução</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>nenhum Secret Service está em execução</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>o chaveiro padrão não existe ou não está desbloqueado</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>a biblioteca libsecret pode estar faltando</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>Ainda não há nada salvo para isso no chaveiro do sistema. Digite de novo e será salvo.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>O chaveiro do sistema não está disponível. Instale ou desbloqueie o GNOME Keyring ou o KWallet e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>O chaveiro do sistema não está disponível (%1). Instale ou desbloqueie o GNOME Keyring ou o KWallet e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>O chaveiro do sistema não está disponível. Desbloqueie-o ou verifique se ele funciona e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>O chaveiro do sistema não está disponível (%1). Desbloqueie-o ou verifique se ele funciona e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>O chaveiro do sistema negou o acesso. Desbloqueie o seu chaveiro, permita que o Fansly Connect o use e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>O chaveiro do sistema não respondeu. Ele pode estar bloqueado, esperando a senha em uma janela oculta ou em outra tela. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>O chaveiro do sistema informou um erro. Tente novamente; se continuar acontecendo, saia da sessão e entre de novo ou reinicie o serviço do chaveiro.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>fazendo login</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>aguardando o código enviado por e-mail ao criador</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>aguardando o código do app autenticador</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>aguardando um código</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>verificando o código</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falha</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>sessão expirada</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectada</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>O código expirou. Inicie o login novamente para receber um novo.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Foram digitados códigos errados demais neste login.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>Este login não espera mais nenhum código.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>O código não foi aceito. Confira e tente novamente.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (motivo informado: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>“%1” não é um ID de conta (eles têm este formato: fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin não é um terminal, então a senha não pode ser digitada: envie-a por stdin e adicione --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Senha do usuário de proxy %1 (em branco para nenhuma): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>Nenhuma senha de proxy informada.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>--proxy-country aceita %1 (Estados Unidos) ou %2 (Reino Unido), não “%3”.</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy aceita HOST:PORT, por exemplo proxy.example.com:8080 ou [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>Não há nenhum proxy salvo com o nome “%1” no modo de prática, que mantém os próprios proxies salvos separados dos reais. Veja `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>Não há nenhum proxy salvo com o nome “%1”. Veja `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>Ou informe o proxy diretamente em vez de --proxy-profile: --proxy %1:%2 --proxy-user %3, com a senha em FANSLY_CONNECT_PROXY_PASSWORD ou digitada quando solicitado.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Senha do Fansly de %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Nenhuma senha informada.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>aguardando o código que o Fansly enviou por e-mail</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>aguardando o código que o Fansly enviou por e-mail para %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>aguardando o código do app autenticador</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>verificando o código</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>fazendo login</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (status do servidor: %1)</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>Para digitar o código, execute: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
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
        <translation>Interrompido com Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Se esta conta já estiver conectada e você quiser conectá-la de novo, adicione --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Status do servidor: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Nova tentativa em %2 s.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Código do e-mail: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Código do app autenticador: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>Nenhum código informado.</translation>
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
        <translation>O login ainda pode ser concluído no servidor. Verifique mais tarde com: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>O login ainda está aberto no servidor. Retome-o com: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Execute com --help para ver os comandos e as opções.</translation>
    </message>
</context>
</TS>
