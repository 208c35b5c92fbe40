<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>Про Fansly Connect</translation>
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
        <translation>Підключає акаунти Fansly авторів до OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Навчальний режим: відповідає симулятор на цьому комп’ютері, реальні акаунти не зачіпаються.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Створено з використанням Qt %1 (на умовах GNU Lesser General Public License версії 3) і QtKeychain (на умовах BSD 3-Clause License).</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«%1» — не ID акаунта (ID акаунта має такий вигляд: fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID АКАУНТА</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ІМ’Я</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>КОРИСТУВАЧ FANSLY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СТАН</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>підключено</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не підключено</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>Для цього API-ключа немає жодного акаунта.</translation>
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
        <translation>Цей API-ключ не має акаунта %1, тому нічого не відключено. Список акаунтів виводить команда `accounts`.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>Відключити %1 від OnlyFansAPI? Для підтвердження введіть yes: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>Не відключено: немає підтвердження (введіть yes або використайте --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Відключено: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>інший (див. --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Перервано: виберіть «Продовжити»</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>Підключення… (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Потрібен код</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Перевірка коду…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Помилка: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Підключено</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не підключено</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Не підключено (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без імені)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Відображуване ім’я</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Ім’я користувача Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID акаунта</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>Немає зв’язку із сервером OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>Сервер OnlyFansAPI не відповів вчасно</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Забагато запитів із цим API-ключем</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>На сервері OnlyFansAPI виникла проблема (помилка %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>Сервер надіслав відповідь, яку цей застосунок не розуміє</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Не вдалося отримати статус</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>Не вдалося зв’язатися із сервером OnlyFansAPI. Перевірте підключення до інтернету й повторіть спробу.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>Сервер OnlyFansAPI не відповів вчасно. Повторіть спробу трохи згодом.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>API-ключ відхилено. Переконайтеся, що його скопійовано повністю і не відкликано в консолі OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>На акаунті OnlyFansAPI закінчилися кредити. Поповніть їх у консолі й повторіть спробу.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>Цей API-ключ не має прав на цю дію. Перевірте команду й тариф ключа.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>Цей акаунт невідомий серверу. Можливо, його вже відключено.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>Сервер не прийняв дані: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>Сервер не прийняв дані.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Забагато запитів із цим API-ключем. Зачекайте %Ln секунду й повторіть спробу.</numerusform>
            <numerusform>Забагато запитів із цим API-ключем. Зачекайте %Ln секунди й повторіть спробу.</numerusform>
            <numerusform>Забагато запитів із цим API-ключем. Зачекайте %Ln секунд і повторіть спробу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Забагато запитів із цим API-ключем. Зачекайте хвилину й повторіть спробу.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>На сервері OnlyFansAPI виникла проблема (помилка %1). Повторіть спробу за кілька хвилин.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>Сервер надіслав відповідь, яку цей застосунок не розуміє. Повторіть спробу; якщо помилка повторюється, можливо, змінився API.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>Запит не надіслано: передавати API-ключ на цю адресу сервера небезпечно.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>Сервер відхилив запит (помилка %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Сервер відхилив запит (помилка %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>Сертифікат сервера самопідписаний, тому з’єднання не вважається довіреним і нічого не надіслано. Причиною може бути мережевий фільтр або антивірус, що перевіряє захищені з’єднання.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>Сертифікат сервера видано центром сертифікації, якому цей комп’ютер не довіряє, тому нічого не надіслано. Причиною може бути мережевий фільтр, проксі або антивірус, що перевіряє захищені з’єднання.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>Сертифікат сервера видано для іншого імені хоста, тому нічого не надіслано. Перевірте адресу сервера та мережевий фільтр, якщо він є, і повторіть спробу.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Термін дії сертифіката сервера минув або на цьому комп’ютері неправильна дата, тому нічого не надіслано. Перевірте системні дату й час і повторіть спробу.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Сертифікат сервера ще не дійсний або на цьому комп’ютері неправильна дата, тому нічого не надіслано. Перевірте системні дату й час і повторіть спробу.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>Сертифікат сервера не прийнято, тому нічого не надіслано. Причину вказано в журналі діагностики.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>Не вдалося встановити захищене з’єднання із сервером, тому нічого не надіслано. Перевірте мережевий фільтр або проксі, якщо вони використовуються, і повторіть спробу.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Запам’ятати в системному сховищі паролів</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробиці</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>Повторити запит до &amp;сховища</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>Ключ OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>Ключ пов’язує цей застосунок з акаунтом OnlyFansAPI вашого агентства.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Скопіюйте ключ у консолі OnlyFansAPI (розділ API Keys) і вставте його сюди. Ключ буде перевірено, перш ніж ви продовжите.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>API-&amp;ключ</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Повторний запит до системного сховища паролів…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Перевірка ключа в OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Перевірка збереженого API-ключа…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Не вдається прочитати файл API-ключа %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>Файл API-ключа %1 порожній: запишіть ключ у його перший рядок.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>навчальний режим</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>файл %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>змінна середовища FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>системне сховище паролів</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>Адресу API %1 не можна використати: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>Не вдалося запустити навчальний симулятор на цьому комп’ютері.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Навчальний режим: реальні акаунти не зачіпаються.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Базовий URL API %1 відхилено: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Немає API-ключа. Вкажіть його через --api-key-file PATH (перший рядок файлу) або змінну середовища FANSLY_CONNECT_API_KEY чи збережіть його в системному сховищі паролів командою `fansly-connect-cli key set`. Ключі створюються в консолі OnlyFansAPI в розділі API Keys. Щоб спробувати без ключа, використайте --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>--%1 не приймається: секрети в командному рядку потрапляють в історію оболонки та список процесів, де їх можуть прочитати інші програми. Введіть пароль, коли його буде запитано, або передайте його через --password-stdin; API-ключ укажіть через --api-key-file, змінну середовища FANSLY_CONNECT_API_KEY або `key set`; пароль проксі — через FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команду не вказано.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Невідома команда «%1».</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>Для «%1» вкажіть одну з підкоманд: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>Для «%1» вкажіть %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Зайвий аргумент «%1».</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>--%1 не можна використовувати з «%2».</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 вказано кілька разів.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout приймає кількість секунд від 1 до 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>--practice-rate-limit приймає кількість запитів за хвилину (1 або більше) і працює лише з --practice.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>Для --api-key-file потрібно вказати шлях.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice і --api-base-url несумісні: навчальний режим запускає власний симулятор.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>Для connect потрібен параметр --username USER (ім’я користувача або ел. пошта автора у Fansly).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Виберіть лише один із параметрів: --proxy-country, --proxy або --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>--proxy-user використовується лише разом із --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>Для proxies add потрібен параметр --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang приймає одне зі значень: %1.</translation>
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
        <translation>Використання: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

Підключає акаунти Fansly авторів до OnlyFansAPI.

Команди:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Увійти у Fansly й підключити акаунт. Пароль
                           вводиться в терміналі без відображення або читається
                           з першого рядка stdin (з --password-stdin). Якщо
                           Fansly запитає код, введіть його на запит (або
                           передайте наступним рядком stdin).
  status ACCOUNT_ID [--wait]
                           Показати, на якому етапі вхід; з --wait — стежити за
                           ним до кінця (і ввести код, якщо його буде
                           запитано).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Увійти повторно зі збереженими обліковими даними й
                           стежити за входом.
  accounts                 Вивести список акаунтів, підключених і ні (невдалий
                           вхід лишається у списку, доки його не відключать).
  disconnect ACCOUNT_ID [--yes]
                           Відключити акаунт (потребує ввести &quot;yes&quot;, якщо не
                           вказано --yes).
  key set [--no-check]     Зберегти API-ключ (перший рядок stdin або введення
                           без відображення) у системному сховищі паролів після
                           перевірки на сервері.
  key check                Показати назву й команду API-ключа або причину, з
                           якої його відхилено.
  key forget               Видалити збережений API-ключ із системного сховища
                           паролів.
  proxies list             Вивести список своїх збережених проксі.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Зберегти власний проксі; його пароль (якщо є)
                           зберігається лише в системному сховищі паролів.
  proxies remove NAME      Видалити збережений проксі.

Параметри:
  --api-base-url URL       Сервер API (типово https://app.onlyfansapi.com або
                           значення змінної середовища
                           FANSLY_CONNECT_API_BASE_URL). Незашифрований http
                           дозволено лише для цього комп’ютера (loopback).
  --api-key-file PATH      Прочитати API-ключ із першого рядка цього файлу.
  --practice               Використовувати вбудований навчальний симулятор;
                           реальні акаунти не зачіпаються, API-ключ не
                           потрібен.
  --practice-rate-limit N  З --practice: симулятор дозволяє N запитів за
                           хвилину.
  --json                   Машинозчитуваний вивід у stdout: по одному об’єкту
                           JSON у рядку.
  --verbose, -v            Виводити журнал діагностики в stderr.
  --help, -h               Показати цю довідку.
  --version                Показати версію.
  --lang CODE              Використовувати цю мову замість системної:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

API-ключ береться з --api-key-file, інакше з FANSLY_CONNECT_API_KEY, інакше із
системного сховища паролів (див. `key set`). Пароль проксі береться з
FANSLY_CONNECT_PROXY_PASSWORD (або запитується в терміналі). Паролі, коди й
ключі ніколи не приймаються як аргументи.

Вивід: результат виводиться в stdout, хід виконання й помилки — у stderr.
Команди connect, status --wait і reauth із --json виводять по об’єкту на кожну
зміну стану ({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;,
&quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}}); в останньому рядку —
підсумковий стан. Команда accounts виводить по об’єкту на кожен акаунт, по
одному в рядку.

Коди завершення:
  0  успіх
  2  помилка виклику: неправильні параметри, немає API-ключа, базовий URL API
     відхилено, не вказано пароль
  3  API-ключ відхилено (401)
  4  вхід не вдався (показується причина від сервера), дані відхилено (422,
     наприклад акаунт уже підключено), невідомий акаунт (404)
  5  помилка мережі, сервера, TLS, протоколу або тайм-аут; системне сховище
     паролів недоступне
  6  перевищено ліміт запитів (429) або закінчилися кредити (402)
  7  скасовано (Ctrl+C), не вказано код або немає підтвердження
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Код підтвердження для %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Підтвердити</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Код із листа прийнято. Тепер потрібен код із застосунку-автентифікатора автора.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;Код підтвердження</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>лише цифри</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Перевірка коду</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Лише цифри: у коді %Ln цифра.</numerusform>
            <numerusform>Лише цифри: у коді %Ln цифри.</numerusform>
            <numerusform>Лише цифри: у коді %Ln цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Попросіть в автора поточний код із застосунку-автентифікатора.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>Fansly надіслав код на адресу ел. пошти автора. Попросіть автора продиктувати його.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>Fansly надіслав код на %1. Попросіть автора продиктувати його.</translation>
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
        <translation>%1 Усього неправильних кодів: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Код підтвердження</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>Fansly хоче переконатися, що це справді автор. Попросіть в автора код і введіть його.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Підтвердити</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>Системне сховище паролів не використовується, тому ключ зберігається в пам’яті лише протягом цього сеансу.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>Доти API-ключ зберігається в пам’яті лише протягом цього сеансу й ніколи не записується на диск.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>Збережений API-ключ відхилено. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>Збережені проксі тут недоступні.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Підключення акаунта Fansly — навчальний режим</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Підключення акаунта Fansly</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Продовжити у &amp;фоні</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Закрити це вікно; вхід продовжиться у списку акаунтів.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Скасувати вхід</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Навчальний режим: навчальний ключ уже підставлено, нічого не зберігається.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>API-ключ зберігається в пам’яті лише протягом цього сеансу.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>Продовжити вхід?</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>Вхід для «%1» (розпочато %2) не завершено.</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Продовжте його, щоб дізнатися результат або ввести код. Новий запит на вхід у Fansly не надсилається.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>Після нього буде запропоновано ще %Ln незавершений вхід.</numerusform>
            <numerusform>Після нього буде запропоновано ще %Ln незавершені входи.</numerusform>
            <numerusform>Після нього буде запропоновано ще %Ln незавершених входів.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Забути</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Не зараз</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Код із листа прийнято. Тепер потрібен код із застосунку-автентифікатора автора.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Повторна спроба через %Ln с.</numerusform>
            <numerusform>%1. Повторна спроба через %Ln с.</numerusform>
            <numerusform>%1. Повторна спроба через %Ln с.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Повторна спроба…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Потрібен код підтвердження</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>Закрити під час входу?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>Вхід ще триває.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Якщо закрити вікно зараз, вхід продовжиться в OnlyFansAPI без вашої участі. Ви зможете продовжити його під час наступного запуску Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>Все одно &amp;закрити</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Продовжити роботу</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Вийти й утратити введені дані?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>Дані, введені для цього автора, не зберігаються після закриття Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продовжити введення</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>Підключення</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>Якщо Fansly запитає код, на наступній сторінці ви введете його зі слів автора.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>Підключення «%1»</translation>
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
        <translation>Минуло часу: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Введіть код точно так, як його отримано: лише цифри, зазвичай 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>Можливо, код не дійшов до сервера: %1 Якщо ця сторінка досі запитує код, надішліть його ще раз.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>Вхід не завершився вчасно.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>Можливо, запит на вхід усе ж дійшов до сервера: перевірте підключені акаунти, перш ніж починати вхід знову.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Надсилання запиту на вхід до OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Вхід у Fansly…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>Fansly надіслав автору код підтвердження ел. поштою.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>Fansly надіслав код підтвердження на %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Введіть код із застосунку-автентифікатора автора.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Надсилання коду…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Перевірка коду…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Підключено.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Не вдалося увійти: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>Вхід тривав надто довго й був зупинений.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Вхід скасовано.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>Змінити API-&amp;ключ</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>Підключити, навіть якщо акаунт &amp;уже підключено</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Акаунт Fansly автора</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>Введіть дані автора для входу у Fansly. Пароль надсилається один раз і не зберігається.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>&amp;Відображуване ім’я (необов’язково)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>&amp;Ім’я користувача Fansly або ел. пошта</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Відображається у списку акаунтів OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>Ім’я користувача не може складатися лише з пробілів: введіть ім’я користувача або адресу ел. пошти автора у Fansly.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Використовується перевірений API-ключ.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Використовується API-ключ команди «%1».</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Ім’я користувача Fansly:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>Підключити &amp;ще одного автора</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Повторити спробу</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Повторити за&amp;раз</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>&amp;Все одно підключити</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Ім’я акаунта:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID акаунта:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Підключено</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>Акаунт Fansly автора готовий до роботи в OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>Акаунт підключено.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>Акаунт «%1» підключено.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>Тепер OnlyFansAPI може працювати з цим акаунтом Fansly. Натисніть «Завершити», щоб закрити вікно, або підключіть наступного автора.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Не підключено</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>Акаунт Fansly автора не підключено.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Вказана причина: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>Fansly не прийняв ім’я користувача або пароль</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Попросіть автора перевірити пароль та ім’я користувача або адресу ел. пошти, потім повторіть спробу. Після кількох невдалих спроб акаунт Fansly може бути тимчасово заблоковано.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>Не вдалося виконати вхід через проксі</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Перевірте хост, порт, ім’я користувача й пароль проксі або виберіть керований проксі, потім повторіть спробу.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>Термін дії коду підтвердження минув</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Повторіть спробу й попросіть автора продиктувати новий код, щойно він надійде.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Забагато неправильних кодів підтвердження</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Повторіть спробу й звірте з автором кожну цифру, перш ніж натиснути «Підтвердити».</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>Вхід тривав надто довго</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>Можливо, Fansly або проксі зараз працюють повільно. Зачекайте кілька хвилин і повторіть спробу.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Забагато запитів із цим API-ключем</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Зачекайте %Ln секунду, потім натисніть «Повторити зараз».</numerusform>
            <numerusform>Зачекайте %Ln секунди, потім натисніть «Повторити зараз».</numerusform>
            <numerusform>Зачекайте %Ln секунд, потім натисніть «Повторити зараз».</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Зачекайте хвилину, потім натисніть «Повторити зараз».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>На акаунті OnlyFansAPI закінчилися кредити</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Поповніть кредити в консолі OnlyFansAPI, потім натисніть «Повторити зараз».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>На сервері OnlyFansAPI виникла проблема</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Повторіть спробу за кілька хвилин. Якщо помилка повторюється, зверніться до підтримки OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>API-ключ відхилено</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Перевірте ключ у консолі OnlyFansAPI, потім повторіть спробу й введіть його.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>Цей акаунт Fansly уже підключено</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Щоб усе одно підключити акаунт знову, наприклад після зміни пароля, натисніть «Все одно підключити».</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>Не вдалося зв’язатися з OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Перевірте підключення до інтернету й повторіть спробу.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>Можливо, вхід усе ж розпочався</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>З’єднання обірвалося після надсилання запиту на вхід. Перш ніж повторювати спробу, перевірте підключені акаунти в консолі OnlyFansAPI, щоб автор не увійшов двічі.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>Вхід скасовано</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>Для цього входу більше нічого не відбудеться. Повторіть спробу, коли автор буде готовий.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>Не вдалося увійти</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Прочитайте причину нижче, усуньте вказану проблему й повторіть спробу.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Причину не вказано.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Покроково підключає акаунт Fansly автора до OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показати цю довідку й вийти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показати версію й вийти.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>Тренуватися на вбудованому симуляторі; реальні акаунти не зачіпаються.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>Адреса OnlyFansAPI (типово FANSLY_CONNECT_API_BASE_URL або https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Використовувати цю мову (%1) замість системної, лише під час цього запуску.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>З --practice: симулятор дозволяє N запитів за хвилину.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>--practice і --api-base-url несумісні: навчальний режим запускає власний симулятор.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>--practice-rate-limit приймає число (1 або більше) і працює лише з --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang приймає одне зі значень: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>У навчальному режимі API-ключ не потрібен, тому зберігати чи видаляти нічого.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>API-ключ для %1 (під час введення не відображається): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>API-ключ не вказано: введіть його на запит або передайте в першому рядку stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Перевірка ключа на %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>Ключ не збережено.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>Ключ не збережено (щоб зберегти його без перевірки, додайте --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>Ключ працює: «%1» команди %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>Ключ ніде не збережено. Доки системне сховище паролів не запрацює, вказуйте ключ через --api-key-file або FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>API-ключ збережено в системному сховищі паролів (служба «%1», запис «%2»).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>API-ключ (джерело: %1):</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>API-ключ «%1» команди %2 працює (джерело: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>У системному сховищі паролів більше немає API-ключа для %1.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Примітка: у цьому середовищі досі задано змінну FANSLY_CONNECT_API_KEY.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — навчальний режим</translation>
    </message>
    <message>
        <source>Fansly Connect</source>
        <translation>Fansly Connect</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Ф&amp;ільтр:</translation>
    </message>
    <message>
        <source>Name, username or account ID</source>
        <translation>Ім’я, ім’я користувача або ID акаунта</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Акаунти</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Додайте ключ OnlyFansAPI, щоб побачити акаунти Fansly вашої команди.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Немає акаунтів, що потребують уваги.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Жоден акаунт не відповідає фільтру.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>&amp;Показати всі акаунти</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Завантаження акаунтів команди…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Не вдалося завантажити акаунти.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Жоден акаунт Fansly ще не підключено. Виберіть «Підключити акаунт…» (Ctrl+N), щоб підключити першого автора.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Команда: %1 · Ключ: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Залишилося запитів на цю хвилину: %1 з %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Залишилося запитів на цю хвилину: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Кредити: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Список завантажено о %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>Не вдалося оновити список: %1 Показано список, завантажений о %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Не вдалося завантажити акаунти: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Підключити акаунт…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Увійти повторно</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Ввести код…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Скасувати вхід</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Відключити…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Копіювати ID акаунта</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Змінити API-ключ…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>Про Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребують уваги</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Показати лише акаунти, що потребують уваги</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Акаунт</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Потребують уваги (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>Скасувати цей вхід?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>Припинити стежити за входом для «%1»?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>Вхід може тривати в OnlyFansAPI; тоді в рядку акаунта буде показано, що повідомляє сервер. Щоб підключити акаунт пізніше, виконайте повторний вхід.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Скасувати вхід</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Не скасовувати</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>Відключити цей акаунт?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>Відключити «%1» від OnlyFansAPI?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>Відключити «%1» (%2) від OnlyFansAPI?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>Акаунт перестане працювати з OnlyFansAPI, доки його знову не підключать із паролем автора.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Відключити</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Не відключено</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>Акаунт «%1» досі підключено: сервер його не відключив.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Вказана причина: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>Для %1 потрібен код підтвердження.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Вийти й утратити введені дані?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>Дані, введені у вікні підключення, не зберігаються після закриття Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Все одно вийти</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Продовжити роботу</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>Вийти під час входу?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>Ще триває %Ln вхід.</numerusform>
            <numerusform>Ще тривають %Ln входи.</numerusform>
            <numerusform>Ще триває %Ln входів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Входи продовжаться в OnlyFansAPI без вашої участі. Ви зможете продовжити їх зі списку під час наступного запуску Fansly Connect.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Набуде чинності під час наступного запуску Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>Нова мова використовуватиметься під час наступного запуску Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Мова</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>неприпустимий абсолютний URL</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>ім’я користувача або пароль в URL не допускаються</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>незашифрований http дозволено лише для цього комп’ютера (loopback); використовуйте https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>дозволено лише URL з https</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>Сховати введений текст</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Показати введений текст</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Навчальний режим — реальні акаунти не зачіпаються</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Виберіть країну проксі: США або Велика Британія.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Введіть ім’я хоста або IP-адресу проксі.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>Хост проксі має бути лише іменем хоста або IP-адресою — без пробілів, скісних рисок та імені користувача.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Порт проксі має бути числом від 1 до 65535.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Введіть ім’я користувача проксі, що відповідає паролю проксі.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Базовий URL API %1 відхилено: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>Для навчального режиму немає збережених проксі.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>Для %1 немає збережених проксі.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  користувач %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy приймає HOST:PORT, наприклад proxy.example.com:8080 або [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Для пароля проксі потрібен --proxy-user (задано змінну FANSLY_CONNECT_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>Проксі «%1» збережено.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Пароль користувача проксі %1 (порожньо — залишити збережений або без пароля): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>Не збережено: пароль не вказано.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Збереженого проксі з назвою «%1» немає.</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>Проксі «%1» видалено.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>&amp;Керований проксі</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>&amp;Власний проксі</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>Зберегти проксі &amp;як</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>&amp;Збережений проксі</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>ім’я хоста або IP-адреса</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Кра&amp;їна</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>Н&amp;азва проксі</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;Хост проксі</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>П&amp;орт проксі</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>Корис&amp;тувач проксі (необов’язково)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>Паро&amp;ль проксі (необов’язково)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Поки немає збережених</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Збережених проксі поки немає.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Виберіть збережений проксі.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Введіть назву, під якою зберегти цей проксі, або зніміть позначку «Зберегти проксі як».</translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>Proxy</source>
        <translation>Проксі</translation>
    </message>
    <message>
        <source>Fansly sees the login coming from the proxy&apos;s country and IP address, so use one near the creator.</source>
        <translation>Для Fansly вхід буде виконано з країни та IP-адреси проксі, тому виберіть проксі поблизу автора.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Підключити</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Запуск входу…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Введіть назву для цього проксі.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>Системне сховище паролів не налаштовано.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>Проксі «%1» не збережено: не вдалося записати його пароль до системного сховища паролів. Деінде його теж не збережено.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>Проксі «%1» видалено, але його пароль не вдалося видалити із системного сховища паролів.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Збереженого проксі з назвою «%1» немає.</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>Не вдалося прочитати пароль проксі «%1» із системного сховища паролів.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Повторити за&amp;раз</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>не запущено сеансову шину D-Bus</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>не запущено службу Secret Service</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>в’язка ключів за замовчуванням не існує або заблокована</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>можливо, відсутня бібліотека libsecret</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>У системному сховищі паролів для цього ще нічого не збережено. Введіть дані ще раз, і їх буде збережено.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Системне сховище паролів недоступне. Установіть або розблокуйте GNOME Keyring чи KWallet і повторіть спробу.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Системне сховище паролів недоступне (%1). Установіть або розблокуйте GNOME Keyring чи KWallet і повторіть спробу.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>Системне сховище паролів недоступне. Розблокуйте його або перевірте, чи воно працює, і повторіть спробу.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>Системне сховище паролів недоступне (%1). Розблокуйте його або перевірте, чи воно працює, і повторіть спробу.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>Системне сховище паролів відмовило в доступі. Розблокуйте сховище, дозвольте Fansly Connect доступ до нього й повторіть спробу.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>Системне сховище паролів не відповідає. Можливо, воно заблоковане й чекає на введення пароля у вікні, яке приховане або розташоване на іншому екрані. Розблокуйте його й повторіть спробу.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>Системне сховище паролів повідомило про помилку. Повторіть спробу; якщо помилка повториться, вийдіть із системи й увійдіть знову або перезапустіть службу сховища.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>виконується вхід</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>очікується код, надісланий авторові ел. поштою</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>очікується код із застосунку-автентифікатора</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>очікується код</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>перевірка коду</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>підключено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>термін дії сеансу минув</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>не підключено</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>Термін дії коду минув. Почніть вхід заново, щоб отримати новий код.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Для цього входу введено забагато неправильних кодів.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>Для цього входу код більше не очікується.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>Код не прийнято. Перевірте його й повторіть спробу.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (вказана причина: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«%1» — не ID акаунта (ID акаунта має такий вигляд: fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin не є терміналом, тому ввести пароль неможливо: передайте його через конвеєр і додайте --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Пароль користувача проксі %1 (порожньо — без пароля): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>Пароль проксі не вказано.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>--proxy-country приймає %1 (США) або %2 (Велика Британія), а не «%3».</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy приймає HOST:PORT, наприклад proxy.example.com:8080 або [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>У навчальному режимі немає збереженого проксі з назвою «%1»: там збережені проксі зберігаються окремо від реальних. Див. `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>Збереженого проксі з назвою «%1» немає. Див. `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>Або вкажіть проксі напряму замість --proxy-profile: --proxy %1:%2 --proxy-user %3, а пароль задайте у FANSLY_CONNECT_PROXY_PASSWORD або введіть на запит.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Пароль Fansly для %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Пароль не вказано.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>підключено</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>очікується код, який Fansly надіслав ел. поштою</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>очікується код, який Fansly надіслав на %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>очікується код із застосунку-автентифікатора</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>перевірка коду</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>помилка: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>виконується вхід</translation>
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
        <translation>Щоб ввести код, виконайте: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>помилка</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>Зупинено через Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Якщо цей акаунт уже підключено і ви хочете підключити його знову, додайте --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Статус сервера: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Повторна спроба через %2 с.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Код із листа: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Код із застосунку-автентифікатора: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>Код не вказано.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Підключено: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Підключено: %1 (%2)</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>Вхід ще може завершитися на сервері. Перевірте пізніше командою: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>Вхід на сервері ще не завершено. Продовжте його командою: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Запустіть із --help, щоб побачити команди й параметри.</translation>
    </message>
</context>
</TS>
