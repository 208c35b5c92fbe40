<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>O programie Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>Ikona Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>Łączy konta Fansly twórców z OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Tryb ćwiczeniowy: odpowiada symulator na tym komputerze, a prawdziwe konta pozostają nietknięte.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Zbudowano przy użyciu Qt %1 (na licencji GNU Lesser General Public License w wersji 3) oraz QtKeychain (na licencji BSD 3-Clause).</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>„%1” to nie jest ID konta (ID konta ma postać np. fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ID KONTA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>UŻYTKOWNIK FANSLY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>połączone</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>niepołączone</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>Dla tego klucza API nie ma żadnych kont.</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>„%1” (%2, %3)</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1” (%2)</translation>
    </message>
    <message>
        <source>There is no account %1 for this API key, so nothing was disconnected. `accounts` lists them.</source>
        <translation>Dla tego klucza API nie ma konta %1, więc nic nie odłączono. Listę kont wyświetla polecenie `accounts`.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>Odłączyć %1 od OnlyFansAPI? Aby potwierdzić, wpisz yes: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>Nie odłączono: brak potwierdzenia (wpisz yes lub użyj --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Odłączono: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>inny (zobacz --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Przerwane: wybierz „Wznów”</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>Łączenie… (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Wymagany kod</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sprawdzanie kodu…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Niepowodzenie: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączone</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niepołączone</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Niepołączone (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nazwa wyświetlana</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Nazwa użytkownika Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID konta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>Brak połączenia z serwerem OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>Serwer OnlyFansAPI nie odpowiedział na czas</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Zbyt wiele żądań z tym kluczem API</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>Wystąpił problem z serwerem OnlyFansAPI (błąd %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>Serwer wysłał odpowiedź, której ta aplikacja nie rozumie</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Nie udało się odczytać statusu</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>Nie można połączyć się z serwerem OnlyFansAPI. Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>Serwer OnlyFansAPI nie odpowiedział na czas. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>Klucz API został odrzucony. Sprawdź, czy został skopiowany w całości i czy nie unieważniono go w konsoli OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>Na koncie OnlyFansAPI skończyły się kredyty. Doładuj kredyty w konsoli i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>Ten klucz API nie ma uprawnień do tej operacji. Sprawdź zespół i plan przypisane do klucza.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>Serwer nie zna tego konta. Być może zostało już odłączone.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>Serwer nie przyjął podanych danych: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>Serwer nie przyjął podanych danych.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Zbyt wiele żądań z tym kluczem API. Odczekaj %Ln sekundę i spróbuj ponownie.</numerusform>
            <numerusform>Zbyt wiele żądań z tym kluczem API. Odczekaj %Ln sekundy i spróbuj ponownie.</numerusform>
            <numerusform>Zbyt wiele żądań z tym kluczem API. Odczekaj %Ln sekund i spróbuj ponownie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Zbyt wiele żądań z tym kluczem API. Odczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>Wystąpił problem z serwerem OnlyFansAPI (błąd %1). Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>Serwer wysłał odpowiedź, której ta aplikacja nie rozumie. Spróbuj ponownie. Jeśli problem się powtarza, być może zmieniło się API.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>Nie wysłano żądania, ponieważ przesłanie klucza API pod ten adres serwera nie jest bezpieczne.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>Serwer odrzucił żądanie (błąd %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Serwer odrzucił żądanie (błąd %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>Certyfikat serwera jest samopodpisany, więc połączenie nie jest zaufane i nic nie zostało wysłane. Przyczyną może być filtr sieciowy lub program antywirusowy, który sprawdza bezpieczne połączenia.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>Certyfikat serwera wystawił urząd certyfikacji, któremu ten komputer nie ufa, więc nic nie zostało wysłane. Przyczyną może być filtr sieciowy, serwer proxy lub program antywirusowy, który sprawdza bezpieczne połączenia.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>Certyfikat serwera dotyczy innej nazwy hosta, więc nic nie zostało wysłane. Sprawdź adres serwera i ewentualny filtr sieciowy, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Certyfikat serwera wygasł lub data na tym komputerze jest nieprawidłowa, więc nic nie zostało wysłane. Sprawdź systemową datę i godzinę, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Certyfikat serwera nie jest jeszcze ważny lub data na tym komputerze jest nieprawidłowa, więc nic nie zostało wysłane. Sprawdź systemową datę i godzinę, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>Certyfikat serwera nie został zaakceptowany, więc nic nie zostało wysłane. Przyczynę podaje dziennik diagnostyczny.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia z serwerem, więc nic nie zostało wysłane. Sprawdź ewentualny filtr sieciowy lub serwer proxy, a potem spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Zapamiętaj w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>&amp;Ponów próbę z magazynem haseł</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>Klucz OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>Klucz łączy tę aplikację z kontem agencji w OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Skopiuj klucz z konsoli OnlyFansAPI (API Keys) i wklej go tutaj. Zostanie sprawdzony przed przejściem dalej.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>Klucz &amp;API</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Ponowne odpytywanie systemowego magazynu haseł…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Sprawdzanie klucza w OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Sprawdzanie zapisanego klucza API…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Nie można odczytać pliku klucza API %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>Plik klucza API %1 jest pusty: wpisz klucz w jego pierwszym wierszu.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>tryb ćwiczeniowy</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>plik %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>zmienna środowiskowa FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>systemowy magazyn haseł</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>Nie można użyć adresu API %1: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>Nie udało się uruchomić symulatora trybu ćwiczeniowego na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Tryb ćwiczeniowy: prawdziwe konta pozostają nietknięte.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Bazowy URL API %1 został odrzucony: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Brak klucza API. Podaj go za pomocą --api-key-file PATH (pierwszy wiersz pliku) lub zmiennej środowiskowej FANSLY_CONNECT_API_KEY albo zapisz go w systemowym magazynie haseł poleceniem `fansly-connect-cli key set`. Klucze tworzy się w konsoli OnlyFansAPI, w sekcji „API Keys”. Aby wypróbować program bez klucza, użyj --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>Opcja --%1 jest niedozwolona: poufne dane podane w wierszu poleceń trafiają do historii powłoki i na listę procesów, gdzie mogą je odczytać inne programy. Wpisz hasło, gdy pojawi się monit, lub przekaż je potokiem z opcją --password-stdin. Klucz API podaj za pomocą --api-key-file, zmiennej środowiskowej FANSLY_CONNECT_API_KEY lub `key set`, a hasło proxy w zmiennej FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Nieznane polecenie „%1”.</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>„%1” wymaga jednego z podpoleceń: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>„%1” wymaga argumentu %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>Opcji --%1 nie można użyć z „%2”.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>Opcję --%1 podano więcej niż raz.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout przyjmuje liczbę sekund od 1 do 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>--practice-rate-limit przyjmuje liczbę żądań na minutę (1 lub więcej) i działa tylko z --practice.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>--api-key-file wymaga ścieżki.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>Opcji --practice i --api-base-url nie można używać razem: tryb ćwiczeniowy uruchamia własny symulator.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>connect wymaga --username USER (nazwy użytkownika Fansly lub adresu e-mail twórcy).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Wybierz tylko jedną z opcji: --proxy-country, --proxy lub --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>--proxy-user działa tylko razem z --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>proxies add wymaga --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang przyjmuje jedną z wartości: %1.</translation>
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
        <translation>Użycie: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

Łączy konta Fansly twórców z OnlyFansAPI.

Polecenia:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Loguje do Fansly i łączy konto. Hasło jest wpisywane
                           w terminalu bez wyświetlania albo,
                           z --password-stdin, odczytywane z pierwszego wiersza
                           stdin. Gdy Fansly poprosi o kod, wpisz go po
                           wyświetleniu monitu (albo podaj go w kolejnym
                           wierszu stdin).
  status ACCOUNT_ID [--wait]
                           Pokazuje stan logowania; z --wait śledzi je do końca
                           (i pozwala wpisać kod, jeśli będzie wymagany).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Loguje ponownie przy użyciu zapisanych danych
                           logowania i śledzi logowanie.
  accounts                 Wyświetla konta, połączone lub nie (nieudane
                           logowanie pozostaje na liście, dopóki konto nie
                           zostanie odłączone).
  disconnect ACCOUNT_ID [--yes]
                           Odłącza konto (prosi o wpisanie &quot;yes&quot;, chyba że
                           podano --yes).
  key set [--no-check]     Zapisuje klucz API (pierwszy wiersz stdin lub
                           wpisany bez wyświetlania) w systemowym magazynie
                           haseł, po sprawdzeniu go na serwerze.
  key check                Pokazuje nazwę i zespół klucza API albo powód, dla
                           którego klucz jest odrzucany.
  key forget               Usuwa zapisany klucz API z systemowego magazynu
                           haseł.
  proxies list             Wyświetla zapisane własne serwery proxy.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Zapisuje własny serwer proxy; jego hasło (jeśli
                           jest) trafia wyłącznie do systemowego magazynu
                           haseł.
  proxies remove NAME      Usuwa zapisany serwer proxy.

Opcje:
  --api-base-url URL       Serwer API (domyślnie https://app.onlyfansapi.com
                           lub zmienna środowiskowa
                           FANSLY_CONNECT_API_BASE_URL). Nieszyfrowany http
                           jest dozwolony tylko do tego komputera (loopback).
  --api-key-file PATH      Odczytuje klucz API z pierwszego wiersza tego pliku.
  --practice               Używa wbudowanego symulatora ćwiczeniowego;
                           prawdziwe konta pozostają nietknięte, a klucz API
                           nie jest potrzebny.
  --practice-rate-limit N  Z --practice: symulator przyjmuje N żądań na minutę.
  --json                   Wynik do odczytu maszynowego na stdout: jeden obiekt
                           JSON na wiersz.
  --verbose, -v            Pokazuje dziennik diagnostyczny na stderr.
  --help, -h               Pokazuje tę pomoc.
  --version                Pokazuje wersję.
  --lang CODE              Użyj tego języka zamiast języka systemu:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

Klucz API jest pobierany z --api-key-file, a jeśli go brak, ze zmiennej
FANSLY_CONNECT_API_KEY, a w ostatniej kolejności z systemowego magazynu haseł
(zobacz `key set`). Hasło proxy jest pobierane z FANSLY_CONNECT_PROXY_PASSWORD
(lub wpisywane po monicie w terminalu). Hasła, kody i klucze nigdy nie są
przyjmowane jako argumenty.

Wyjście: wynik trafia na stdout, a postęp i błędy na stderr. Z --json polecenia
connect, status --wait i reauth wypisują jeden obiekt przy każdej zmianie stanu
({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;,
&quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}}); ostatni wiersz to stan końcowy.
accounts wypisuje jeden obiekt na konto, każdy w osobnym wierszu.

Kody zakończenia:
  0  sukces
  2  błąd użycia: nieprawidłowe opcje, brak klucza API, odrzucony bazowy URL
     API, nie podano hasła
  3  klucz API odrzucony (401)
  4  logowanie nie powiodło się (z powodem podanym przez serwer), dane
     odrzucone (422, np. konto już połączone), nieznane konto (404)
  5  błąd sieci, serwera, TLS, protokołu lub przekroczenie limitu czasu;
     systemowy magazyn haseł niedostępny
  6  limit żądań (429) lub brak kredytów (402)
  7  anulowano (Ctrl+C), nie podano kodu ani potwierdzenia
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Kod weryfikacyjny dla %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Zweryfikuj</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Kod z e-maila został przyjęty. Teraz potrzebny jest kod z aplikacji uwierzytelniającej twórcy.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;Kod weryfikacyjny</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>tylko cyfry</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Sprawdzanie kodu</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Tylko cyfry: kod ma %Ln cyfrę.</numerusform>
            <numerusform>Tylko cyfry: kod ma %Ln cyfry.</numerusform>
            <numerusform>Tylko cyfry: kod ma %Ln cyfr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Poproś o aktualny kod z aplikacji uwierzytelniającej twórcy.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>Fansly wysłał kod na adres e-mail twórcy. Poproś twórcę o odczytanie kodu.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>Fansly wysłał kod na adres %1. Poproś twórcę o odczytanie kodu.</translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation>Kod dla „%1”</translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation>Kod dla „%1” (%2)</translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation>%1 Liczba błędnych kodów: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Kod weryfikacyjny</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>Fansly chce się upewnić, że to naprawdę twórca. Poproś o kod i wpisz go.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Zweryfikuj</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>Systemowy magazyn haseł nie jest używany, więc klucz jest przechowywany w pamięci tylko na czas tej sesji.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>Do tego czasu klucz API jest przechowywany w pamięci tylko na czas tej sesji i nigdy nie jest zapisywany na dysku.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>Zapisany klucz API został odrzucony. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>Zapisane serwery proxy nie są tu dostępne.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Połącz konto Fansly — tryb ćwiczeniowy</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Połącz konto Fansly</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Kontynuuj w &amp;tle</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Zamyka to okno; postęp logowania będzie widoczny na liście kont.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Anuluj logowanie</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Tryb ćwiczeniowy: klucz ćwiczeniowy jest już wpisany i nic nie jest zapisywane.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>Klucz API jest przechowywany w pamięci tylko na czas tej sesji.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>Wznowić logowanie?</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>Logowanie dla „%1” (rozpoczęte %2) nie zostało ukończone.</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Wznów je, aby zobaczyć, jak się zakończyło, lub wpisać kod. Fansly nie otrzyma nowego żądania logowania.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>Potem zostanie zaproponowane jeszcze %Ln nieukończone logowanie.</numerusform>
            <numerusform>Potem zostaną zaproponowane jeszcze %Ln nieukończone logowania.</numerusform>
            <numerusform>Potem zostanie zaproponowanych jeszcze %Ln nieukończonych logowań.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Porzuć</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nie teraz</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Kod z e-maila został przyjęty. Teraz potrzebny jest kod z aplikacji uwierzytelniającej twórcy.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Ponowna próba za %Ln s.</numerusform>
            <numerusform>%1. Ponowna próba za %Ln s.</numerusform>
            <numerusform>%1. Ponowna próba za %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Ponawianie próby…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Wymagany kod weryfikacyjny</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>Zamknąć w trakcie logowania?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>Logowanie wciąż trwa.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Po zamknięciu okna logowanie będzie kontynuowane w OnlyFansAPI. Można je wznowić przy następnym uruchomieniu Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>&amp;Zamknij mimo to</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Kontynuuj pracę</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Zakończyć i utracić wprowadzone dane?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>Dane wprowadzone dla tego twórcy nie zostaną zachowane po zamknięciu Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Kontynuuj &amp;edycję</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>Jeśli Fansly poprosi o kod, na następnej stronie trzeba będzie wpisać kod uzyskany od twórcy.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>Łączenie „%1”</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Status serwera: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>Czas trwania: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Wpisz kod dokładnie tak, jak został podany: same cyfry, zwykle 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>Kod mógł nie dotrzeć do serwera: %1 Jeśli ta strona nadal o niego prosi, można wysłać go ponownie.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>Logowanie nie zakończyło się na czas.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>Logowanie mogło jednak dotrzeć do serwera: przed ponownym rozpoczęciem sprawdź połączone konta.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Wysyłanie danych logowania do OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Logowanie do Fansly…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>Fansly wysłał twórcy kod weryfikacyjny e-mailem.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>Fansly wysłał kod weryfikacyjny e-mailem na adres %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Wpisz kod z aplikacji uwierzytelniającej twórcy.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Wysyłanie kodu…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sprawdzanie kodu…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Połączono.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Logowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>Logowanie trwało zbyt długo i zostało przerwane.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Logowanie zostało anulowane.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>Zmień &amp;klucz API</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>Połącz, nawet &amp;jeśli to konto jest już połączone</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Konto Fansly twórcy</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>Wpisz dane logowania twórcy do Fansly. Hasło jest wysyłane jednorazowo i nie jest przechowywane.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>Nazwa wyświetlana (&amp;opcjonalnie)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>&amp;Nazwa użytkownika Fansly lub e-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Widoczna na liście kont w OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>Nazwa użytkownika nie może składać się z samych spacji: wpisz nazwę użytkownika Fansly lub adres e-mail twórcy.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Używany jest sprawdzony klucz API.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Używany jest klucz API zespołu „%1”.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Nazwa użytkownika Fansly:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>Połącz &amp;kolejnego twórcę</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Spróbuj &amp;ponownie</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Ponów &amp;teraz</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>Połącz &amp;mimo to</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Nazwa konta:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID konta:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>Konto Fansly twórcy jest już dostępne w OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>Konto jest połączone.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>Konto „%1” jest połączone.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>OnlyFansAPI może teraz korzystać z tego konta Fansly. Kliknij „Zakończ”, aby zamknąć okno, lub połącz kolejnego twórcę.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nie połączono</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>Konto Fansly twórcy nie zostało połączone.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Podany powód: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>Fansly nie zaakceptował nazwy użytkownika lub hasła</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Poproś twórcę o sprawdzenie hasła oraz nazwy użytkownika lub adresu e-mail, a potem spróbuj ponownie. Kilka nieudanych prób może tymczasowo zablokować konto Fansly.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>Nie udało się zalogować przez serwer proxy</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Sprawdź host, port, nazwę użytkownika i hasło serwera proxy albo wybierz zarządzany serwer proxy, a potem spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>Kod weryfikacyjny wygasł</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Spróbuj ponownie i poproś twórcę o podanie nowego kodu zaraz po jego otrzymaniu.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Zbyt wiele błędnych kodów weryfikacyjnych</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Spróbuj ponownie i przed kliknięciem „Zweryfikuj” sprawdź z twórcą każdą cyfrę.</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>Logowanie trwało zbyt długo</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>Fansly lub serwer proxy może teraz działać wolno. Odczekaj kilka minut i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Zbyt wiele żądań z tym kluczem API</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Odczekaj %Ln sekundę, a potem kliknij „Ponów teraz”.</numerusform>
            <numerusform>Odczekaj %Ln sekundy, a potem kliknij „Ponów teraz”.</numerusform>
            <numerusform>Odczekaj %Ln sekund, a potem kliknij „Ponów teraz”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Odczekaj minutę, a potem kliknij „Ponów teraz”.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>Na koncie OnlyFansAPI skończyły się kredyty</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Doładuj kredyty w konsoli OnlyFansAPI, a potem kliknij „Ponów teraz”.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>Wystąpił problem z serwerem OnlyFansAPI</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Spróbuj ponownie za kilka minut. Jeśli problem się powtarza, skontaktuj się z pomocą techniczną OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Klucz API został odrzucony</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Sprawdź klucz w konsoli OnlyFansAPI, a potem spróbuj ponownie i wpisz klucz.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>To konto Fansly jest już połączone</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Aby mimo to połączyć je ponownie, na przykład po zmianie hasła, kliknij „Połącz mimo to”.</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>Brak połączenia z OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Sprawdź połączenie z internetem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>Logowanie mogło mimo to zostać rozpoczęte</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>Połączenie zostało przerwane po wysłaniu danych logowania. Przed ponowną próbą sprawdź połączone konta w konsoli OnlyFansAPI, aby twórca nie został zalogowany dwukrotnie.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>Logowanie zostało anulowane</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>To logowanie nie będzie już kontynuowane. Spróbuj ponownie, gdy twórca będzie gotowy.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>Logowanie nie powiodło się</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Przeczytaj powód poniżej, usuń wskazany problem i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Nie podano powodu.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Krok po kroku łączy konto Fansly twórcy z OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Pokazuje tę pomoc i kończy działanie.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Pokazuje wersję i kończy działanie.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>Używa wbudowanego symulatora do ćwiczeń; prawdziwe konta pozostają nietknięte.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>Adres OnlyFansAPI (domyślnie FANSLY_CONNECT_API_BASE_URL lub https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Używa tego języka (%1) zamiast języka systemu, tylko przy tym uruchomieniu.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>Z --practice: symulator przyjmuje N żądań na minutę.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>Opcji --practice i --api-base-url nie można używać razem: tryb ćwiczeniowy uruchamia własny symulator.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>--practice-rate-limit przyjmuje liczbę (1 lub więcej) i działa tylko z --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>--lang przyjmuje jedną z wartości: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>Tryb ćwiczeniowy nie wymaga klucza API, więc nie ma czego zapisywać ani usuwać.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>Klucz API dla %1 (nie jest wyświetlany podczas wpisywania): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>Nie podano klucza API: wpisz go po wyświetleniu monitu lub przekaż potokiem w pierwszym wierszu stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Sprawdzanie klucza na serwerze %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>Klucz nie został zapisany.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>Klucz nie został zapisany (aby zapisać go bez sprawdzania, dodaj --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>Klucz działa: „%1” zespołu %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>Klucz nie został nigdzie zapisany. Dopóki magazyn haseł nie działa, podawaj go za pomocą --api-key-file lub FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>Zapisano klucz API w systemowym magazynie haseł (usługa „%1”, wpis „%2”).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>Klucz API (źródło: %1):</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>Klucz API „%1” zespołu %2 działa (źródło: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>W systemowym magazynie haseł nie ma już zapisanego klucza API dla %1.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Uwaga: zmienna FANSLY_CONNECT_API_KEY jest nadal ustawiona w tym środowisku.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — tryb ćwiczeniowy</translation>
    </message>
    <message>
        <source>Fansly Connect</source>
        <translation>Fansly Connect</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <source>Name, username or account ID</source>
        <translation>Nazwa, nazwa użytkownika lub ID konta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Dodaj klucz OnlyFansAPI, aby zobaczyć konta Fansly zespołu.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Żadne konto nie wymaga uwagi.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Żadne konto nie pasuje do filtra.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>&amp;Pokaż wszystkie konta</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Wczytywanie kont zespołu…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Nie udało się wczytać kont.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Nie połączono jeszcze żadnego konta Fansly. Wybierz „Połącz konto…” (Ctrl+N), aby połączyć pierwszego twórcę.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Zespół: %1 · Klucz: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Pozostałe żądania w tej minucie: %1 z %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Pozostałe żądania w tej minucie: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Kredyty: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Lista wczytana o %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>Nie udało się odświeżyć listy: %1 Wyświetlana jest lista wczytana o %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Nie udało się wczytać kont: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Połącz konto…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Zaloguj ponownie</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Wpisz kod…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Anuluj logowanie</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Odłącz…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Kopiuj ID konta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Zmień klucz API…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>O programie Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Pokaż tylko konta wymagające uwagi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Akcje</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Wymaga uwagi (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>Anulować to logowanie?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>Przestać śledzić logowanie dla „%1”?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>Logowanie może nadal trwać w OnlyFansAPI; wiersz konta pokaże wtedy stan podany przez serwer. Aby połączyć konto później, użyj opcji „Zaloguj ponownie”.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;Anuluj logowanie</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Nie anuluj</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>Odłączyć to konto?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>Odłączyć „%1” od OnlyFansAPI?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>Odłączyć „%1” (%2) od OnlyFansAPI?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>Konto przestanie działać z OnlyFansAPI, dopóki nie zostanie ponownie połączone przy użyciu hasła twórcy.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Odłącz</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Nie odłączono</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>Konto „%1” jest nadal połączone: serwer go nie odłączył.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Podany powód: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>Konto %1 wymaga kodu weryfikacyjnego.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Zakończyć i utracić wprowadzone dane?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>Dane wprowadzone w oknie łączenia nie zostaną zachowane po zamknięciu Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Zakończ mimo to</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Kontynuuj pracę</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>Zakończyć w trakcie logowania?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>%Ln logowanie wciąż trwa.</numerusform>
            <numerusform>%Ln logowania wciąż trwają.</numerusform>
            <numerusform>%Ln logowań wciąż trwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Logowania będą kontynuowane w OnlyFansAPI. Przy następnym uruchomieniu Fansly Connect można je wznowić z listy.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Obowiązuje od następnego uruchomienia Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Język</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>nieprawidłowy bezwzględny adres URL</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>adres URL nie może zawierać nazwy użytkownika ani hasła</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>nieszyfrowany http jest dozwolony tylko do tego komputera (loopback); użyj https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>dozwolone są tylko adresy URL https</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>Ukryj wpisany tekst</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Pokaż wpisany tekst</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Tryb ćwiczeniowy — prawdziwe konta pozostają nietknięte</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Wybierz kraj serwera proxy: Stany Zjednoczone lub Wielka Brytania.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Wpisz nazwę hosta lub adres IP serwera proxy.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>Host proxy musi być samą nazwą hosta lub adresem IP, bez spacji, ukośników i nazwy użytkownika.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Port proxy musi być liczbą od 1 do 65535.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Wpisz nazwę użytkownika proxy powiązaną z hasłem proxy.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Bazowy URL API %1 został odrzucony: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>Brak zapisanych serwerów proxy dla trybu ćwiczeniowego.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>Brak zapisanych serwerów proxy dla %1.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  użytkownik %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy przyjmuje HOST:PORT, na przykład proxy.example.com:8080 lub [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Hasło proxy wymaga --proxy-user (ustawiono FANSLY_CONNECT_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>Zapisano serwer proxy „%1”.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Hasło użytkownika proxy %1 (pozostaw puste, aby zachować zapisane hasło lub nie używać żadnego): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>Nie zapisano: nie podano hasła.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Nie ma zapisanego serwera proxy o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>Usunięto serwer proxy „%1”.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>&amp;Zarządzany serwer proxy</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>Włas&amp;ny serwer proxy</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>Zapisz ten serwer proxy &amp;jako</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>Zapi&amp;sany serwer proxy</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nazwa hosta lub adres IP</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>Nazw&amp;a proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;Host proxy</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>P&amp;ort proxy</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>&amp;Użytkownik proxy (opcjonalnie)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>Hasło p&amp;roxy (opcjonalnie)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Brak zapisanych</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Nie zapisano jeszcze żadnego serwera proxy.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Wybierz zapisany serwer proxy.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Wpisz nazwę, pod którą zapisać ten serwer proxy, lub odznacz „Zapisz ten serwer proxy jako”.</translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>Proxy</source>
        <translation>Serwer proxy</translation>
    </message>
    <message>
        <source>Fansly sees the login coming from the proxy&apos;s country and IP address, so use one near the creator.</source>
        <translation>Dla Fansly logowanie pochodzi z kraju i adresu IP serwera proxy, dlatego wybierz serwer proxy położony blisko twórcy.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Rozpoczynanie logowania…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Wpisz nazwę tego serwera proxy.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>Systemowy magazyn haseł nie jest skonfigurowany.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>Serwer proxy „%1” nie został zapisany, ponieważ nie udało się zapisać jego hasła w systemowym magazynie haseł. Nie zapisano go też nigdzie indziej.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>Serwer proxy „%1” został usunięty, ale nie udało się usunąć jego hasła z systemowego magazynu haseł.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Nie ma zapisanego serwera proxy o nazwie „%1”.</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>Nie udało się odczytać hasła serwera proxy „%1” z systemowego magazynu haseł.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Ponów &amp;teraz</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>nie działa magistrala sesji D-Bus</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>nie działa usługa Secret Service</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>domyślna baza kluczy (keyring) nie istnieje lub nie jest odblokowana</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>być może brakuje biblioteki libsecret</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>Ten element nie jest jeszcze zapisany w systemowym magazynie haseł. Wpisz go ponownie, a zostanie zapisany.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Systemowy magazyn haseł jest niedostępny. Zainstaluj lub odblokuj GNOME Keyring albo KWallet i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Systemowy magazyn haseł jest niedostępny (%1). Zainstaluj lub odblokuj GNOME Keyring albo KWallet i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>Systemowy magazyn haseł jest niedostępny. Odblokuj go lub sprawdź, czy działa, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>Systemowy magazyn haseł jest niedostępny (%1). Odblokuj go lub sprawdź, czy działa, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>Systemowy magazyn haseł odmówił dostępu. Odblokuj magazyn haseł, zezwól Fansly Connect na korzystanie z niego i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>Systemowy magazyn haseł nie odpowiedział. Być może jest zablokowany i czeka na hasło w ukrytym oknie lub na innym ekranie. Odblokuj go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>Systemowy magazyn haseł zgłosił błąd. Spróbuj ponownie. Jeśli błąd się powtarza, wyloguj się i zaloguj ponownie albo uruchom ponownie usługę magazynu haseł.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>logowanie</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>oczekiwanie na kod wysłany twórcy e-mailem</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>oczekiwanie na kod z aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>oczekiwanie na kod</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>sprawdzanie kodu</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>połączone</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>sesja wygasła</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>niepołączone</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>Kod wygasł. Rozpocznij logowanie od nowa, aby otrzymać nowy.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Przy tym logowaniu wpisano zbyt wiele błędnych kodów.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>To logowanie nie oczekuje już kodu.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>Kod nie został przyjęty. Sprawdź go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (podany powód: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>„%1” to nie jest ID konta (ID konta ma postać np. fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin nie jest terminalem, więc nie można wpisać hasła: przekaż je potokiem i dodaj --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Hasło użytkownika proxy %1 (pozostaw puste, jeśli brak hasła): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>Nie podano hasła proxy.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>--proxy-country przyjmuje %1 (Stany Zjednoczone) lub %2 (Wielka Brytania), a nie „%3”.</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>--proxy przyjmuje HOST:PORT, na przykład proxy.example.com:8080 lub [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>W trybie ćwiczeniowym nie ma zapisanego serwera proxy o nazwie „%1” (tryb ćwiczeniowy przechowuje własne zapisane serwery proxy, oddzielnie od prawdziwych). Zobacz `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>Nie ma zapisanego serwera proxy o nazwie „%1”. Zobacz `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>Można też podać serwer proxy bezpośrednio zamiast --proxy-profile: --proxy %1:%2 --proxy-user %3, a hasło w zmiennej FANSLY_CONNECT_PROXY_PASSWORD lub po wyświetleniu monitu.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Hasło Fansly dla %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Nie podano hasła.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>połączone</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>oczekiwanie na kod wysłany przez Fansly e-mailem</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>oczekiwanie na kod wysłany przez Fansly e-mailem na adres %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>oczekiwanie na kod z aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>sprawdzanie kodu</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>niepowodzenie: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>logowanie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (status serwera: %1)</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>Aby wpisać kod, uruchom: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>niepowodzenie</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>Przerwano klawiszami Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Jeśli to konto jest już połączone i chcesz połączyć je ponownie, dodaj --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Status serwera: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Ponowna próba za %2 s.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Kod z e-maila: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Kod z aplikacji uwierzytelniającej: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>Nie podano kodu.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Połączono: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Połączono: %1 (%2)</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>Logowanie może jeszcze zakończyć się na serwerze. Sprawdź jego stan później poleceniem: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>Logowanie jest nadal otwarte na serwerze. Wznów je poleceniem: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Uruchom z opcją --help, aby zobaczyć polecenia i opcje.</translation>
    </message>
</context>
</TS>
