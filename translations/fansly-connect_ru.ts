<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>О программе Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>Значок Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>Подключает аккаунты Fansly авторов к OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Учебный режим: отвечает симулятор на этом компьютере, реальные аккаунты не затрагиваются.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Создано с использованием Qt %1 (на условиях GNU Lesser General Public License версии 3) и QtKeychain (на условиях BSD 3-Clause License).</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«%1» — не ID аккаунта (ID аккаунта выглядит так: fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID АККАУНТА</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>ПОЛЬЗОВАТЕЛЬ FANSLY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не подключён</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>Для этого API-ключа нет ни одного аккаунта.</translation>
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
        <translation>У этого API-ключа нет аккаунта %1, поэтому ничего не отключено. Список аккаунтов выводит команда `accounts`.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>Отключить %1 от OnlyFansAPI? Для подтверждения введите yes: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>Не отключено: нет подтверждения (введите yes или используйте --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Отключено: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>другой (см. --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Прервано: выберите «Продолжить»</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>Подключение… (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Нужен код</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверка кода…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Не подключён (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Имя пользователя Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID аккаунта</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>Нет связи с сервером OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>Сервер OnlyFansAPI не ответил вовремя</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Слишком много запросов с этим API-ключом</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>На сервере OnlyFansAPI возникла проблема (ошибка %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>Сервер прислал ответ, который это приложение не понимает</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Не удалось получить статус</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>Не удалось связаться с сервером OnlyFansAPI. Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>Сервер OnlyFansAPI не ответил вовремя. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>API-ключ отклонён. Убедитесь, что он скопирован полностью и не отозван в консоли OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>На аккаунте OnlyFansAPI закончились кредиты. Пополните их в консоли и повторите попытку.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>У этого API-ключа нет прав на это действие. Проверьте команду и тариф ключа.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>Этот аккаунт неизвестен серверу. Возможно, он уже отключён.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>Сервер не принял данные: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>Сервер не принял данные.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Слишком много запросов с этим API-ключом. Подождите %Ln секунду и повторите попытку.</numerusform>
            <numerusform>Слишком много запросов с этим API-ключом. Подождите %Ln секунды и повторите попытку.</numerusform>
            <numerusform>Слишком много запросов с этим API-ключом. Подождите %Ln секунд и повторите попытку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Слишком много запросов с этим API-ключом. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>На сервере OnlyFansAPI возникла проблема (ошибка %1). Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>Сервер прислал ответ, который это приложение не понимает. Повторите попытку; если ошибка повторяется, возможно, изменился API.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>Запрос не отправлен: передавать API-ключ на этот адрес сервера небезопасно.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>Сервер отклонил запрос (ошибка %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Сервер отклонил запрос (ошибка %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>Сертификат сервера самоподписанный, поэтому соединение не считается доверенным и ничего не отправлено. Причиной может быть сетевой фильтр или антивирус, проверяющий защищённые соединения.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>Сертификат сервера выдан центром сертификации, которому этот компьютер не доверяет, поэтому ничего не отправлено. Причиной может быть сетевой фильтр, прокси или антивирус, проверяющий защищённые соединения.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>Сертификат сервера выдан для другого имени хоста, поэтому ничего не отправлено. Проверьте адрес сервера и сетевой фильтр, если он есть, и повторите попытку.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Срок действия сертификата сервера истёк или на этом компьютере неверная дата, поэтому ничего не отправлено. Проверьте системные дату и время и повторите попытку.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Сертификат сервера ещё не действует или на этом компьютере неверная дата, поэтому ничего не отправлено. Проверьте системные дату и время и повторите попытку.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>Сертификат сервера не принят, поэтому ничего не отправлено. Причина указана в журнале диагностики.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>Не удалось установить защищённое соединение с сервером, поэтому ничего не отправлено. Проверьте сетевой фильтр или прокси, если они используются, и повторите попытку.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Запомнить в системном хранилище паролей</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>Повторить запрос к &amp;хранилищу</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>Ключ OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>Ключ связывает это приложение с аккаунтом OnlyFansAPI вашего агентства.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Скопируйте ключ в консоли OnlyFansAPI (раздел API Keys) и вставьте его сюда. Ключ будет проверен, прежде чем вы продолжите.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>API-&amp;ключ</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Повторный запрос к системному хранилищу паролей…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Проверка ключа в OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Проверка сохранённого API-ключа…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Не удаётся прочитать файл API-ключа %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>Файл API-ключа %1 пуст: запишите ключ в его первую строку.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>учебный режим</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>файл %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>переменная окружения FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>системное хранилище паролей</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>Адрес API %1 использовать нельзя: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>Не удалось запустить учебный симулятор на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Учебный режим: реальные аккаунты не затрагиваются.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Базовый URL API %1 отклонён: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Нет API-ключа. Укажите его через --api-key-file PATH (первая строка файла) или переменную окружения FANSLY_CONNECT_API_KEY либо сохраните его в системном хранилище паролей командой `fansly-connect-cli key set`. Ключи создаются в консоли OnlyFansAPI в разделе API Keys. Чтобы попробовать без ключа, используйте --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>--%1 не принимается: секреты в командной строке попадают в историю оболочки и список процессов, где их могут прочитать другие программы. Введите пароль, когда он будет запрошен, или передайте его через --password-stdin; API-ключ укажите через --api-key-file, переменную окружения FANSLY_CONNECT_API_KEY или `key set`; пароль прокси — через FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>Для «%1» укажите одну из подкоманд: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>Для «%1» укажите %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Лишний аргумент «%1».</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 нельзя использовать с «%2».</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 указан несколько раз.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout принимает число секунд от 1 до 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>--practice-rate-limit принимает число запросов в минуту (1 или больше) и работает только с --practice.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>Для --api-key-file нужно указать путь.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice и --api-base-url несовместимы: учебный режим запускает собственный симулятор.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>Для connect нужен параметр --username USER (имя пользователя или эл. почта автора в Fansly).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Выберите только один из параметров: --proxy-country, --proxy или --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>--proxy-user используется только вместе с --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>Для proxies add нужен параметр --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang принимает одно из значений: %1.</translation>
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
        <translation>Использование: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

Подключает аккаунты Fansly авторов к OnlyFansAPI.

Команды:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Войти в Fansly и подключить аккаунт. Пароль вводится
                           в терминале без отображения или читается из первой
                           строки stdin (с --password-stdin). Если Fansly
                           запросит код, введите его по запросу (или передайте
                           следующей строкой stdin).
  status ACCOUNT_ID [--wait]
                           Показать, на каком этапе вход; с --wait —
                           отслеживать его до конца (и ввести код, если он
                           будет запрошен).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Войти повторно с сохранёнными учётными данными и
                           отслеживать вход.
  accounts                 Вывести список аккаунтов, подключённых и нет
                           (неудачный вход остаётся в списке, пока его не
                           отключат).
  disconnect ACCOUNT_ID [--yes]
                           Отключить аккаунт (требует ввести &quot;yes&quot;, если не
                           указан --yes).
  key set [--no-check]     Сохранить API-ключ (первая строка stdin или ввод без
                           отображения) в системном хранилище паролей после
                           проверки на сервере.
  key check                Показать имя и команду API-ключа или причину, по
                           которой он отклонён.
  key forget               Удалить сохранённый API-ключ из системного хранилища
                           паролей.
  proxies list             Вывести список своих сохранённых прокси.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Сохранить свой прокси; его пароль (если есть)
                           хранится только в системном хранилище паролей.
  proxies remove NAME      Удалить сохранённый прокси.

Параметры:
  --api-base-url URL       Сервер API (по умолчанию https://app.onlyfansapi.com
                           или значение переменной окружения
                           FANSLY_CONNECT_API_BASE_URL). Незашифрованный http
                           допускается только для этого компьютера (loopback).
  --api-key-file PATH      Прочитать API-ключ из первой строки этого файла.
  --practice               Использовать встроенный учебный симулятор; реальные
                           аккаунты не затрагиваются, API-ключ не нужен.
  --practice-rate-limit N  С --practice: симулятор допускает N запросов в
                           минуту.
  --json                   Машиночитаемый вывод в stdout: по одному объекту
                           JSON в строке.
  --verbose, -v            Выводить журнал диагностики в stderr.
  --help, -h               Показать эту справку.
  --version                Показать версию.
  --lang CODE              Использовать этот язык вместо системного:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

API-ключ берётся из --api-key-file, иначе из FANSLY_CONNECT_API_KEY, иначе из
системного хранилища паролей (см. `key set`). Пароль прокси берётся из
FANSLY_CONNECT_PROXY_PASSWORD (или запрашивается в терминале). Пароли, коды и
ключи никогда не принимаются в виде аргументов.

Вывод: результат выводится в stdout, ход выполнения и ошибки — в stderr.
Команды connect, status --wait и reauth с --json выводят по объекту на каждое
изменение состояния ({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;,
&quot;twofa_type&quot;, &quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}}); в последней
строке — итоговое состояние. Команда accounts выводит по объекту на каждый
аккаунт, по одному в строке.

Коды завершения:
  0  успех
  2  ошибка вызова: неверные параметры, нет API-ключа, базовый URL API
     отклонён, не указан пароль
  3  API-ключ отклонён (401)
  4  вход не удался (показывается причина от сервера), данные отклонены (422,
     например аккаунт уже подключён), неизвестный аккаунт (404)
  5  ошибка сети, сервера, TLS, протокола или тайм-аут; системное хранилище
     паролей недоступно
  6  превышен лимит запросов (429) или закончились кредиты (402)
  7  отменено (Ctrl+C), не указан код или нет подтверждения
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Код подтверждения для %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Код из письма принят. Теперь нужен код из приложения-аутентификатора автора.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;Код подтверждения</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>только цифры</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Проверка кода</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Только цифры: в коде %Ln цифра.</numerusform>
            <numerusform>Только цифры: в коде %Ln цифры.</numerusform>
            <numerusform>Только цифры: в коде %Ln цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Попросите у автора текущий код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>Fansly отправил код на адрес эл. почты автора. Попросите автора продиктовать его.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>Fansly отправил код на %1. Попросите автора продиктовать его.</translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation>Код для «%1»</translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation>Код для «%1» (%2)</translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation>%1 Всего неверных кодов: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Код подтверждения</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>Fansly хочет убедиться, что это действительно автор. Попросите у автора код и введите его.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Подтвердить</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>Системное хранилище паролей не используется, поэтому ключ хранится в памяти только в течение этого сеанса.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>До тех пор API-ключ хранится в памяти только в течение этого сеанса и никогда не записывается на диск.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>Сохранённый API-ключ отклонён. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>Сохранённые прокси здесь недоступны.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Подключение аккаунта Fansly — учебный режим</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Подключение аккаунта Fansly</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Продолжить в &amp;фоне</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Закрыть это окно; вход продолжится в списке аккаунтов.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Отменить вход</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Учебный режим: учебный ключ уже подставлен, ничего не сохраняется.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>API-ключ хранится в памяти только в течение этого сеанса.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>Продолжить вход?</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>Вход для «%1» (начат %2) не был завершён.</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Продолжите его, чтобы узнать результат или ввести код. Новый запрос на вход в Fansly не отправляется.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>После него будет предложен ещё %Ln незавершённый вход.</numerusform>
            <numerusform>После него будут предложены ещё %Ln незавершённых входа.</numerusform>
            <numerusform>После него будет предложено ещё %Ln незавершённых входов.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не сейчас</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Код из письма принят. Теперь нужен код из приложения-аутентификатора автора.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Повторная попытка через %Ln с.</numerusform>
            <numerusform>%1. Повторная попытка через %Ln с.</numerusform>
            <numerusform>%1. Повторная попытка через %Ln с.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Повторная попытка…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Нужен код подтверждения</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>Закрыть во время входа?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>Вход ещё выполняется.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Если закрыть окно сейчас, вход продолжится в OnlyFansAPI без вашего участия. Вы сможете продолжить его при следующем запуске Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>Всё равно &amp;закрыть</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Продолжить работу</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Выйти и потерять введённые данные?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>Данные, введённые для этого автора, не сохраняются после закрытия Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить ввод</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>Если Fansly запросит код, на следующей странице вы введёте его со слов автора.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>Подключение «%1»</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Статус сервера: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>Прошло времени: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Введите код точно так, как он был получен: только цифры, обычно 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>Возможно, код не дошёл до сервера: %1 Если эта страница всё ещё запрашивает код, отправьте его ещё раз.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>Вход не завершился вовремя.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>Возможно, запрос на вход всё же дошёл до сервера: проверьте подключённые аккаунты, прежде чем начинать вход заново.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Отправка запроса на вход в OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Вход в Fansly…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>Fansly отправил автору код подтверждения по эл. почте.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>Fansly отправил код подтверждения на %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Введите код из приложения-аутентификатора автора.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Отправка кода…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверка кода…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>Вход занял слишком много времени и был остановлен.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Вход отменён.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>Сменить API-&amp;ключ</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>Подключить, даже если аккаунт &amp;уже подключён</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Аккаунт Fansly автора</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>Введите данные автора для входа в Fansly. Пароль отправляется один раз и не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>&amp;Отображаемое имя (необязательно)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>&amp;Имя пользователя Fansly или эл. почта</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Отображается в списке аккаунтов OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>Имя пользователя не может состоять только из пробелов: введите имя пользователя или адрес эл. почты автора в Fansly.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Используется проверенный API-ключ.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Используется API-ключ команды «%1».</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Имя пользователя Fansly:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>Подключить &amp;ещё одного автора</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить попытку</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Повторить &amp;сейчас</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>Всё &amp;равно подключить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Имя аккаунта:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID аккаунта:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>Аккаунт Fansly автора готов к работе в OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>Аккаунт подключён.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>Аккаунт «%1» подключён.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>Теперь OnlyFansAPI может работать с этим аккаунтом Fansly. Нажмите «Завершить», чтобы закрыть окно, или подключите следующего автора.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>Аккаунт Fansly автора не подключён.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Указанная причина: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>Fansly не принял имя пользователя или пароль</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Попросите автора проверить пароль и имя пользователя или адрес эл. почты, затем повторите попытку. После нескольких неудачных попыток аккаунт Fansly может быть временно заблокирован.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>Не удалось выполнить вход через прокси</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Проверьте хост, порт, имя пользователя и пароль прокси или выберите управляемый прокси, затем повторите попытку.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>Срок действия кода подтверждения истёк</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Повторите попытку и попросите автора продиктовать новый код, как только он придёт.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Слишком много неверных кодов подтверждения</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Повторите попытку и сверьте с автором каждую цифру, прежде чем нажать «Подтвердить».</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>Вход занял слишком много времени</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>Возможно, Fansly или прокси сейчас работают медленно. Подождите несколько минут и повторите попытку.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Слишком много запросов с этим API-ключом</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Подождите %Ln секунду, затем нажмите «Повторить сейчас».</numerusform>
            <numerusform>Подождите %Ln секунды, затем нажмите «Повторить сейчас».</numerusform>
            <numerusform>Подождите %Ln секунд, затем нажмите «Повторить сейчас».</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Подождите минуту, затем нажмите «Повторить сейчас».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>На аккаунте OnlyFansAPI закончились кредиты</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Пополните кредиты в консоли OnlyFansAPI, затем нажмите «Повторить сейчас».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>На сервере OnlyFansAPI возникла проблема</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Повторите попытку через несколько минут. Если ошибка повторяется, обратитесь в поддержку OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>API-ключ отклонён</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Проверьте ключ в консоли OnlyFansAPI, затем повторите попытку и введите его.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>Этот аккаунт Fansly уже подключён</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Чтобы всё равно подключить аккаунт заново, например после смены пароля, нажмите «Всё равно подключить».</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>Не удалось связаться с OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Проверьте подключение к интернету и повторите попытку.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>Возможно, вход всё же начался</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>Соединение прервалось после отправки запроса на вход. Прежде чем повторять попытку, проверьте подключённые аккаунты в консоли OnlyFansAPI, чтобы автор не вошёл дважды.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>Вход отменён</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>По этому входу больше ничего не произойдёт. Повторите попытку, когда автор будет готов.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>Не удалось войти</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Прочитайте причину ниже, устраните указанную проблему и повторите попытку.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Причина не указана.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Пошагово подключает аккаунт Fansly автора к OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>Тренироваться на встроенном симуляторе; реальные аккаунты не затрагиваются.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>Адрес OnlyFansAPI (по умолчанию FANSLY_CONNECT_API_BASE_URL или https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Использовать этот язык (%1) вместо системного, только при этом запуске.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>С --practice: симулятор допускает N запросов в минуту.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice и --api-base-url несовместимы: учебный режим запускает собственный симулятор.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>--practice-rate-limit принимает число (1 или больше) и работает только с --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang принимает одно из значений: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>В учебном режиме API-ключ не нужен, поэтому сохранять или удалять нечего.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>API-ключ для %1 (при вводе не отображается): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>API-ключ не указан: введите его по запросу или передайте в первой строке stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Проверка ключа на %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>Ключ не сохранён.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>Ключ не сохранён (чтобы сохранить его без проверки, добавьте --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>Ключ работает: «%1» команды %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>Ключ нигде не сохранён. Пока системное хранилище паролей не заработает, указывайте ключ через --api-key-file или FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>API-ключ сохранён в системном хранилище паролей (служба «%1», запись «%2»).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>API-ключ (источник: %1):</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>API-ключ «%1» команды %2 работает (источник: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>В системном хранилище паролей больше нет API-ключа для %1.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Примечание: в этом окружении по-прежнему задана переменная FANSLY_CONNECT_API_KEY.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — учебный режим</translation>
    </message>
    <message>
        <source>Fansly Connect</source>
        <translation>Fansly Connect</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Ф&amp;ильтр:</translation>
    </message>
    <message>
        <source>Name, username or account ID</source>
        <translation>Имя, имя пользователя или ID аккаунта</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Добавьте ключ OnlyFansAPI, чтобы увидеть аккаунты Fansly вашей команды.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Нет аккаунтов, требующих внимания.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Ни один аккаунт не соответствует фильтру.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>&amp;Показать все аккаунты</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Загрузка аккаунтов команды…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Не удалось загрузить аккаунты.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Ни один аккаунт Fansly ещё не подключён. Выберите «Подключить аккаунт…» (Ctrl+N), чтобы подключить первого автора.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Команда: %1 · Ключ: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Осталось запросов на эту минуту: %1 из %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Осталось запросов на эту минуту: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Кредиты: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Список загружен в %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>Не удалось обновить список: %1 Показан список, загруженный в %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Не удалось загрузить аккаунты: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Подключить аккаунт…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Войти повторно</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Ввести код…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Отменить вход</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Копировать ID аккаунта</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Сменить API-ключ…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>О программе Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Показать только аккаунты, требующие внимания</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Аккаунт</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Требуют внимания (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>Отменить этот вход?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>Прекратить отслеживать вход для «%1»?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>Вход может продолжиться в OnlyFansAPI; тогда в строке аккаунта будет показано, что сообщает сервер. Чтобы подключить аккаунт позже, выполните повторный вход.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Отменить вход</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Не отменять</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>Отключить этот аккаунт?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>Отключить «%1» от OnlyFansAPI?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>Отключить «%1» (%2) от OnlyFansAPI?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>Аккаунт перестанет работать с OnlyFansAPI, пока его снова не подключат с паролем автора.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Не отключено</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>Аккаунт «%1» по-прежнему подключён: сервер его не отключил.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Указанная причина: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>Для %1 нужен код подтверждения.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Выйти и потерять введённые данные?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>Данные, введённые в окне подключения, не сохраняются после закрытия Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Всё равно выйти</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Продолжить работу</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>Выйти во время входа?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>Ещё выполняется %Ln вход.</numerusform>
            <numerusform>Ещё выполняются %Ln входа.</numerusform>
            <numerusform>Ещё выполняется %Ln входов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Входы продолжатся в OnlyFansAPI без вашего участия. Вы сможете продолжить их из списка при следующем запуске Fansly Connect.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Вступит в силу при следующем запуске Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>Новый язык будет использоваться при следующем запуске Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>недопустимый абсолютный URL</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>имя пользователя или пароль в URL недопустимы</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>незашифрованный http разрешён только для этого компьютера (loopback); используйте https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>разрешены только URL с https</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>Скрыть вводимый текст</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Показать вводимый текст</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Учебный режим — реальные аккаунты не затрагиваются</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Выберите страну прокси: США или Великобритания.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Введите имя хоста или IP-адрес прокси.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>Хост прокси должен быть только именем хоста или IP-адресом — без пробелов, косых черт и имени пользователя.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Порт прокси должен быть числом от 1 до 65535.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Введите имя пользователя прокси, соответствующее паролю прокси.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Базовый URL API %1 отклонён: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>Для учебного режима нет сохранённых прокси.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>Для %1 нет сохранённых прокси.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  пользователь %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy принимает HOST:PORT, например proxy.example.com:8080 или [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Для пароля прокси нужен --proxy-user (задана переменная FANSLY_CONNECT_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>Прокси «%1» сохранён.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Пароль пользователя прокси %1 (пусто — оставить сохранённый или без пароля): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>Не сохранено: пароль не указан.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Сохранённого прокси с именем «%1» нет.</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>Прокси «%1» удалён.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>&amp;Управляемый прокси</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>&amp;Свой прокси</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>Сохранить прокси &amp;как</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>С&amp;охранённый прокси</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>имя хоста или IP-адрес</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Стр&amp;ана</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>&amp;Имя прокси</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;Хост прокси</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>Пор&amp;т прокси</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>По&amp;льзователь прокси (необязательно)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>Па&amp;роль прокси (необязательно)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Пока нет сохранённых</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Сохранённых прокси пока нет.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Выберите сохранённый прокси.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Введите имя, под которым сохранить этот прокси, или снимите флажок «Сохранить прокси как».</translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>Proxy</source>
        <translation>Прокси</translation>
    </message>
    <message>
        <source>Fansly sees the login coming from the proxy&apos;s country and IP address, so use one near the creator.</source>
        <translation>Для Fansly вход будет выполнен из страны и с IP-адреса прокси, поэтому выберите прокси рядом с автором.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключить</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Запуск входа…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Введите имя для этого прокси.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>Системное хранилище паролей не настроено.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>Прокси «%1» не сохранён: не удалось записать его пароль в системное хранилище паролей. В другом месте он тоже не сохранён.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>Прокси «%1» удалён, но его пароль не удалось удалить из системного хранилища паролей.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Сохранённого прокси с именем «%1» нет.</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>Не удалось прочитать пароль прокси «%1» из системного хранилища паролей.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Повторить &amp;сейчас</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>не запущена сеансовая шина D-Bus</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>не запущена служба Secret Service</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>связка ключей по умолчанию не существует или заблокирована</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>возможно, отсутствует библиотека libsecret</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>В системном хранилище паролей для этого пока ничего не сохранено. Введите данные ещё раз, и они будут сохранены.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Системное хранилище паролей недоступно. Установите или разблокируйте GNOME Keyring или KWallet и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Системное хранилище паролей недоступно (%1). Установите или разблокируйте GNOME Keyring или KWallet и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>Системное хранилище паролей недоступно. Разблокируйте его или проверьте, что оно работает, и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>Системное хранилище паролей недоступно (%1). Разблокируйте его или проверьте, что оно работает, и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>Системное хранилище паролей отказало в доступе. Разблокируйте хранилище, разрешите Fansly Connect доступ к нему и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>Системное хранилище паролей не отвечает. Возможно, оно заблокировано и ждёт ввода пароля в окне, которое скрыто или находится на другом экране. Разблокируйте его и повторите попытку.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>Системное хранилище паролей сообщило об ошибке. Повторите попытку; если ошибка повторится, выйдите из системы и войдите снова или перезапустите службу хранилища.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>выполняется вход</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>ожидается код, отправленный автору по эл. почте</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>ожидается код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>ожидается код</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>проверка кода</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>срок действия сеанса истёк</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не подключён</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>Срок действия кода истёк. Начните вход заново, чтобы получить новый код.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Для этого входа введено слишком много неверных кодов.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>Для этого входа код больше не ожидается.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>Код не принят. Проверьте его и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (указанная причина: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«%1» — не ID аккаунта (ID аккаунта выглядит так: fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin не является терминалом, поэтому ввести пароль нельзя: передайте его через конвейер и добавьте --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Пароль пользователя прокси %1 (пусто — без пароля): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>Пароль прокси не указан.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>--proxy-country принимает %1 (США) или %2 (Великобритания), а не «%3».</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy принимает HOST:PORT, например proxy.example.com:8080 или [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>В учебном режиме нет сохранённого прокси с именем «%1»: там сохранённые прокси хранятся отдельно от реальных. См. `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>Сохранённого прокси с именем «%1» нет. См. `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>Или укажите прокси напрямую вместо --proxy-profile: --proxy %1:%2 --proxy-user %3, а пароль задайте в FANSLY_CONNECT_PROXY_PASSWORD или введите по запросу.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Пароль Fansly для %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Пароль не указан.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>подключён</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>ожидается код, отправленный Fansly по эл. почте</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>ожидается код, отправленный Fansly на %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>ожидается код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>проверка кода</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ошибка: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>выполняется вход</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (статус сервера: %1)</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>Чтобы ввести код, выполните: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>Остановлено по Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Если этот аккаунт уже подключён и вы хотите подключить его заново, добавьте --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Статус сервера: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Повторная попытка через %2 с.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Код из письма: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Код из приложения-аутентификатора: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>Код не указан.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Подключено: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Подключено: %1 (%2)</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>Вход ещё может завершиться на сервере. Проверьте позже командой: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>Вход на сервере ещё не завершён. Продолжите его командой: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Запустите с --help, чтобы увидеть команды и параметры.</translation>
    </message>
</context>
</TS>
