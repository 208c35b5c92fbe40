<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>Tungkol sa Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>Icon ng Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>Ikinokonekta ang mga Fansly account ng mga creator sa OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>Practice mode: isang simulator sa computer na ito ang sumasagot; walang totoong account na ginagalaw.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>Binuo gamit ang Qt %1, na ginagamit sa ilalim ng GNU Lesser General Public License version 3, at ang QtKeychain, na ginagamit sa ilalim ng BSD 3-Clause License.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tungkol sa &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>Hindi account ID ang “%1” (ganito ang itsura nito: fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>ACCOUNT ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>PANGALAN</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>USER SA FANSLY</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>KALAGAYAN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS NG SERVER</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>nakakonekta</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>hindi nakakonekta</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>Walang nakalistang account para sa API key na ito.</translation>
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
        <translation>Walang account na %1 para sa API key na ito, kaya walang nadiskonekta. Ilista ang mga account gamit ang `accounts`.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>Idiskonekta ang %1 sa OnlyFansAPI? I-type ang yes para kumpirmahin: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>Hindi nadiskonekta: walang kumpirmasyon (i-type ang yes, o gamitin ang --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Nadiskonekta: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>iba (tingnan ang --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>Naputol: piliin ang “Ituloy”</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kumokonekta…</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>Kumokonekta… (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>Kailangan ng code</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sinusuri ang code…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nabigo</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Nabigo: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Hindi nakakonekta</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>Hindi nakakonekta (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(walang pangalan)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>Username sa Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Kalagayan</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>Walang koneksyon sa server ng OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>Hindi sumagot sa oras ang server ng OnlyFansAPI</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>Masyadong maraming request para sa API key na ito</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>Nagkaproblema ang server ng OnlyFansAPI (error %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>Nagpadala ang server ng sagot na hindi maintindihan ng app na ito</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>Hindi mabasa ang status</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>Hindi maabot ang server ng OnlyFansAPI. Tingnan ang koneksyon sa internet at subukan ulit.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>Hindi sumagot sa oras ang server ng OnlyFansAPI. Subukan ulit maya-maya.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>Tinanggihan ang API key. Tiyaking buo itong nakopya at hindi ito binawi sa OnlyFansAPI console.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>Ubos na ang credits ng OnlyFansAPI account. Magdagdag ng credits sa console, saka subukan ulit.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>Hindi pinapayagan ang API key na ito na gawin iyon. Tingnan ang team at plan ng key.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>Hindi kilala ng server ang account na ito. Baka nadiskonekta na ito.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>Hindi tinanggap ng server ang mga detalye: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>Hindi tinanggap ng server ang mga detalye.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Masyadong maraming request para sa API key na ito. Maghintay ng %Ln segundo at subukan ulit.</numerusform>
            <numerusform>Masyadong maraming request para sa API key na ito. Maghintay ng %Ln segundo at subukan ulit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>Masyadong maraming request para sa API key na ito. Maghintay ng isang minuto at subukan ulit.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>Nagkaproblema ang server ng OnlyFansAPI (error %1). Subukan ulit pagkalipas ng ilang minuto.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>Nagpadala ang server ng sagot na hindi maintindihan ng app na ito. Subukan ulit; kung patuloy itong nangyayari, baka nagbago ang API.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>Hindi ipinadala ang request dahil hindi ligtas ipadala ang API key sa address ng server na ito.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>Tinanggihan ng server ang request (error %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Tinanggihan ng server ang request (error %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Kinansela.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>Self-signed ang certificate ng server, kaya hindi pinagkakatiwalaan ang koneksyon at walang ipinadala. Maaaring dulot ito ng network filter o antivirus na sumusuri sa mga secure na koneksyon.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>Galing ang certificate ng server sa isang authority na hindi pinagkakatiwalaan ng computer na ito, kaya walang ipinadala. Maaaring dulot ito ng network filter, proxy o antivirus na sumusuri sa mga secure na koneksyon.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>Para sa ibang host name ang certificate ng server, kaya walang ipinadala. Tingnan ang address ng server at anumang network filter, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Expired na ang certificate ng server, o mali ang petsa ng computer na ito, kaya walang ipinadala. Tingnan ang petsa at oras ng system, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>Hindi pa valid ang certificate ng server, o mali ang petsa ng computer na ito, kaya walang ipinadala. Tingnan ang petsa at oras ng system, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>Hindi tinanggap ang certificate ng server, kaya walang ipinadala. Nasa diagnostic log ang dahilan.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>Hindi maitayo ang secure na koneksyon sa server, kaya walang ipinadala. Tingnan ang anumang network filter o proxy, saka subukan ulit.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;Tandaan sa keychain ng system</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Mga &amp;detalye</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>Subukan ulit ang key&amp;chain</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>API key ng OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>Ikinokonekta ng key ang app na ito sa OnlyFansAPI account ng iyong agency.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>Kopyahin ang key mula sa OnlyFansAPI console (API Keys) at i-paste dito. Susuriin ito bago ka magpatuloy.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;API key</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>Tinatanong ulit ang keychain ng system…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>Sinusuri ang key sa OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>Sinusuri ang naka-save na API key…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Hindi mabasa ang API key file na %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>Walang laman ang API key file na %1: ilagay ang key sa unang linya nito.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>practice mode</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>file na %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>environment variable na FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>keychain ng system</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>Hindi magagamit ang API address na %1: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>Hindi mapagana ang practice simulator sa computer na ito.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>Practice mode: walang totoong account na ginagalaw.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Tinanggihan ang API base URL na %1: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>Walang API key. Magbigay ng isa gamit ang --api-key-file PATH (unang linya ng file), ang environment variable na FANSLY_CONNECT_API_KEY, o i-save ito sa keychain ng system gamit ang `fansly-connect-cli key set`. Ginagawa ang mga key sa OnlyFansAPI console sa ilalim ng API Keys. Para sumubok nang walang key, gamitin ang --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Kinansela.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>Hindi tinatanggap ang --%1: napupunta sa shell history at sa process list ang mga sikretong nasa command line, kung saan mababasa ito ng ibang program. I-type ang password kapag hiningi, o i-pipe ito gamit ang --password-stdin; ibigay ang API key gamit ang --api-key-file, ang environment variable na FANSLY_CONNECT_API_KEY o ang `key set`; ang password ng proxy gamit ang FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Walang ibinigay na command.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Hindi kilalang command: “%1”.</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>Kailangan ng “%1” ang isa sa: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>Kailangan ng “%1” ang %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Hindi inaasahang argument: “%1”.</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>Hindi puwedeng gamitin ang --%1 kasama ng “%2”.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>Higit sa isang beses ibinigay ang --%1.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>Ang --timeout ay tumatanggap ng bilang ng segundo mula 1 hanggang 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>Ang --practice-rate-limit ay tumatanggap ng bilang ng request kada minuto (1 o higit pa), kasama ng --practice.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>Kailangan ng path ang --api-key-file.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>Hindi puwedeng pagsabayin ang --practice at --api-base-url: may sariling simulator ang practice mode.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>Kailangan ng connect ang --username USER (ang username o email ng creator sa Fansly).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>Pumili lang ng isa sa --proxy-country, --proxy at --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>Ginagamit lang ang --proxy-user kasama ng --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>Kailangan ng proxies add ang --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>Isa sa mga ito ang tinatanggap ng --lang: %1.</translation>
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
        <translation>Paggamit: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

Ikinokonekta ang mga Fansly account ng mga creator sa OnlyFansAPI.

Mga command:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           Mag-log in sa Fansly at ikonekta ang account.
                           Binabasa ang password mula sa terminal nang hindi
                           ipinapakita, o gamit ang --password-stdin mula sa
                           unang linya ng stdin. Kapag humingi ang Fansly ng
                           code, i-type ito kapag hiningi (o ibigay ito bilang
                           susunod na linya ng stdin).
  status ACCOUNT_ID [--wait]
                           Ipakita kung nasaan na ang isang login; gamit ang
                           --wait, subaybayan ito hanggang matapos (at maglagay
                           ng code kung may hinihingi).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           Mag-log in ulit gamit ang naka-save na credentials
                           at subaybayan ito.
  accounts                 Ilista ang mga account, nakakonekta man o hindi
                           (nakalista ang nabigong login hangga’t hindi ito
                           nadidiskonekta).
  disconnect ACCOUNT_ID [--yes]
                           Idiskonekta ang isang account (ipapa-type ang &quot;yes&quot;
                           maliban kung may --yes).
  key set [--no-check]     I-save ang API key (unang linya ng stdin, o i-type
                           nang hindi ipinapakita) sa keychain ng system,
                           pagkatapos itong suriin sa server.
  key check                Ipakita ang pangalan at team ng API key, o kung
                           bakit ito tinanggihan.
  key forget               Alisin ang naka-save na API key mula sa keychain ng
                           system.
  proxies list             Ilista ang mga naka-save na sariling proxy.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           Mag-save ng sariling proxy; sa keychain ng system
                           lang napupunta ang password nito (kung mayroon).
  proxies remove NAME      Alisin ang isang naka-save na proxy.

Mga opsyon:
  --api-base-url URL       API server (default https://app.onlyfansapi.com, o
                           ang FANSLY_CONNECT_API_BASE_URL kung naka-set).
                           Tinatanggap lang ang plain http papunta sa computer
                           na ito (loopback).
  --api-key-file PATH      Basahin ang API key sa unang linya ng file na ito.
  --practice               Gamitin ang built-in na practice simulator; walang
                           totoong account na ginagalaw at hindi kailangan ng
                           API key.
  --practice-rate-limit N  Kasama ng --practice: N request kada minuto ang
                           pinapayagan ng simulator.
  --json                   Output na nababasa ng makina sa stdout: isang JSON
                           object bawat linya.
  --verbose, -v            Ipakita ang diagnostic log sa stderr.
  --help, -h               Ipakita ang tulong na ito.
  --version                Ipakita ang bersyon.
  --lang CODE              Gamitin ang wikang ito sa halip na sa system:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

Galing ang API key sa --api-key-file, kung wala ay sa FANSLY_CONNECT_API_KEY,
kung wala pa rin ay sa keychain ng system (tingnan ang `key set`). Galing ang
password ng proxy sa FANSLY_CONNECT_PROXY_PASSWORD (o hihingin ito sa
terminal). Hindi kailanman tinatanggap bilang argument ang mga password, code
at key.

Output: napupunta ang resulta sa stdout, ang progreso at mga error sa stderr.
Gamit ang --json, nagpi-print ang connect, status --wait at reauth ng isang
object sa bawat pagbabago ng kalagayan ({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;,
&quot;display_name&quot;, &quot;twofa_type&quot;, &quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}});
ang huling linya ang huling kalagayan. Nagpi-print ang accounts ng isang object
bawat account, isa bawat linya.

Mga exit code:
  0  tagumpay
  2  maling paggamit: maling opsyon, walang API key, tinanggihang API base URL,
     walang ibinigay na password
  3  tinanggihan ang API key (401)
  4  nabigo ang login (ipinapakita ang dahilan ng server), tinanggihang detalye
     (422, hal. nakakonekta na), hindi kilalang account (404)
  5  error sa network, server, TLS, protocol o timeout; hindi available ang
     keychain ng system
  6  masyadong maraming request (429) o ubos na ang credits (402)
  7  kinansela (Ctrl+C), walang ibinigay na code o kumpirmasyon
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>Verification code para sa %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;I-verify</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Tinanggap ang code mula sa email. Ngayon, ang code naman mula sa authenticator app ng creator.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>Verification &amp;code</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>mga numero lang</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Sinusuri ang code</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Mga numero lang: %Ln numero ang code.</numerusform>
            <numerusform>Mga numero lang: %Ln numero ang code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>Hingin ang kasalukuyang code mula sa authenticator app ng creator.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>Nagpadala ang Fansly ng code sa email address ng creator. Hilingin sa creator na basahin ito.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>Nagpadala ang Fansly ng code sa %1. Hilingin sa creator na basahin ito.</translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation>Code para sa “%1”</translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation>Code para sa “%1” (%2)</translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation>%1 Bilang ng maling code: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>Verification code</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>Gustong matiyak ng Fansly na ang creator talaga ito. Hingin sa kanila ang code at i-type ito.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;I-verify</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>Hindi ginagamit ang keychain ng system, kaya sa memory lang itatago ang key para sa session na ito.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>Hangga’t hindi pa ito naaayos, sa memory lang itatago ang API key para sa session na ito at hindi ito kailanman isusulat sa disk.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>Tinanggihan ang naka-save na API key. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>Hindi available dito ang mga naka-save na proxy.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>Magkonekta ng Fansly account — Practice</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>Magkonekta ng Fansly account</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>Ituloy sa &amp;background</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>Isara ang window na ito; magpapatuloy ang login sa listahan ng mga account.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>I&amp;kansela ang login</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>Practice mode: nakalagay na ang practice key at walang sine-save.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>Sa memory lang itatago ang API key para sa session na ito.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>Ituloy ang isang login?</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>Hindi natapos ang isang login para sa “%1” (sinimulan noong %2).</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>Ituloy ito para makita kung paano ito natapos o para ilagay ang code nito. Walang bagong login na ipapadala sa Fansly.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>May %Ln pang hindi natapos na login na iaalok pagkatapos nito.</numerusform>
            <numerusform>May %Ln pang hindi natapos na login na iaalok pagkatapos nito.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Ituloy</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;Kalimutan</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Hindi muna</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>Tinanggap ang code mula sa email. Ngayon, ang code naman mula sa authenticator app ng creator.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Susubukan ulit sa loob ng %Ln s.</numerusform>
            <numerusform>%1. Susubukan ulit sa loob ng %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. Sinusubukan ulit ngayon…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>Kailangan ng verification code</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>Isara habang may login?</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>May login pang tumatakbo.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>Kung isasara mo ngayon, magpapatuloy ang login sa OnlyFansAPI kahit wala ka. Maitutuloy mo ito sa susunod na buksan mo ang Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>Isara &amp;pa rin</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Ituloy ang trabaho</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Lumabas at mawala ang na-type mo?</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>Hindi itinatago ang na-type mo para sa creator na ito kapag nagsara ang Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Ituloy ang &amp;pag-edit</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>Kumokonekta</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>Kung humingi ang Fansly ng code, hihingin ito sa creator sa susunod na page.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>Kinokonekta ang “%1”</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>Status ng server: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>Lumipas na oras: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>Ilagay ang code nang eksakto kung paano ito ibinigay: mga numero lang, karaniwang 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>Baka hindi nakarating sa server ang code: %1 Kung hinihingi pa rin ito ng page na ito, puwede mo itong ipadala ulit.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>Hindi natapos sa oras ang login.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>Baka nakarating pa rin sa server ang login: tingnan ang mga nakakonektang account bago ito simulan ulit.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>Ipinapadala ang login sa OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>Nagla-log in sa Fansly…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>Nag-email ang Fansly ng verification code sa creator.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>Nag-email ang Fansly ng verification code sa %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>Ilagay ang code mula sa authenticator app ng creator.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>Ipinapadala ang code…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sinusuri ang code…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Nakakonekta na.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>Nabigo ang login: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>Masyadong natagalan ang login kaya itinigil ito.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Kinansela ang login.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>Palitan ang API &amp;key</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>&amp;Ikonekta kahit nakakonekta na ang account na ito</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>Fansly account ng creator</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>I-type ang login ng creator sa Fansly. Isang beses lang ipapadala ang password at hindi ito itatago.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>&amp;Display name (opsyonal)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>&amp;Username o email sa Fansly</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>Makikita sa listahan ng account mo sa OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>Hindi puwedeng puro space ang username: i-type ang username o email ng creator sa Fansly.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>Ginagamit ang API key na nasuri na.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>Ginagamit ang API key ng team na “%1”.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>Username sa Fansly:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>Ikonekta ang &amp;isa pang creator</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Subukan ulit</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Subukan ulit &amp;ngayon</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>I&amp;konekta pa rin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Pangalan ng account:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Account ID:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Nakakonekta</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>Handa na sa OnlyFansAPI ang Fansly account ng creator.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>Nakakonekta na ang account.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>Nakakonekta na ang “%1”.</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>Magagamit na ng OnlyFansAPI ang Fansly account na ito. Pindutin ang “Tapusin” para isara, o ikonekta ang susunod na creator.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Hindi nakakonekta</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>Hindi naikonekta ang Fansly account ng creator.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Ibinigay na dahilan: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>Hindi tinanggap ng Fansly ang username o password</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>Hilingin sa creator na tingnan ang password at ang username o email, saka subukan ulit. Puwedeng ma-lock nang ilang sandali ang Fansly account kapag ilang beses nang nagkamali.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>Hindi nakadaan sa proxy ang login</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>Tingnan ang host, port, user name at password ng proxy, o pumili na lang ng managed proxy, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>Nag-expire ang verification code</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>Subukan ulit, at ipabasa sa creator ang bagong code sa sandaling dumating ito.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>Masyadong maraming maling verification code</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>Subukan ulit, at tingnan kasama ng creator ang bawat numero bago pindutin ang “I-verify”.</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>Masyadong natagalan ang login</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>Baka mabagal ngayon ang Fansly o ang proxy. Maghintay ng ilang minuto, saka subukan ulit.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>Masyadong maraming request gamit ang API key na ito</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Maghintay ng %Ln segundo, saka pindutin ang “Subukan ulit ngayon”.</numerusform>
            <numerusform>Maghintay ng %Ln segundo, saka pindutin ang “Subukan ulit ngayon”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>Maghintay ng isang minuto, saka pindutin ang “Subukan ulit ngayon”.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>Ubos na ang credits ng OnlyFansAPI account</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>Magdagdag ng credits sa OnlyFansAPI console, saka pindutin ang “Subukan ulit ngayon”.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>Nagkaproblema ang server ng OnlyFansAPI</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>Subukan ulit pagkalipas ng ilang minuto. Kung patuloy itong nangyayari, makipag-ugnayan sa support ng OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Tinanggihan ang API key</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>Tingnan ang key sa OnlyFansAPI console, saka subukan ulit at ilagay ito.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>Nakakonekta na ang Fansly account na ito</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>Para ikonekta pa rin ito ulit, halimbawa pagkatapos magpalit ng password, pindutin ang “Ikonekta pa rin”.</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>Hindi maabot ang OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>Tingnan ang koneksyon sa internet, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>Baka nagsimula pa rin ang login</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>Naputol ang koneksyon matapos ipadala ang login. Tingnan ang mga nakakonektang account sa OnlyFansAPI console bago sumubok ulit, para hindi dalawang beses mai-log in ang creator.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>Kinansela ang login</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>Wala nang mangyayari sa login na ito. Subukan ulit kapag handa na ang creator.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>Hindi nagtagumpay ang login</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>Basahin ang dahilan sa ibaba, ayusin ang binanggit nito, saka subukan ulit.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Walang ibinigay na dahilan.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>Ikinokonekta ang Fansly account ng isang creator sa OnlyFansAPI, hakbang-hakbang.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Ipakita ang tulong na ito at lumabas.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Ipakita ang bersyon at lumabas.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>Mag-practice gamit ang built-in na simulator; walang totoong account na ginagalaw.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>Address ng OnlyFansAPI (default: FANSLY_CONNECT_API_BASE_URL o https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>Gamitin ang wikang ito (%1) sa halip na sa system, para lang sa pagpapatakbong ito.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>Kasama ng --practice: N request kada minuto ang pinapayagan ng simulator.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>Hindi puwedeng pagsabayin ang --practice at --api-base-url: may sariling simulator ang practice mode.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>Ang --practice-rate-limit ay tumatanggap ng isang numero (1 o higit pa), kasama ng --practice.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>Isa sa mga ito ang tinatanggap ng --lang: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>Hindi kailangan ng API key sa practice mode, kaya walang ise-save o buburahin.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>API key para sa %1 (hindi ipinapakita habang nagta-type ka): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>Walang ibinigay na API key: i-type ito kapag hiningi, o i-pipe ito sa unang linya ng stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>Sinusuri ang key sa %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>Hindi na-save ang key.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>Hindi na-save ang key (para i-save ito nang hindi sinusuri, idagdag ang --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>Gumagana ang key: “%1” ng team na %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>Hindi na-save kahit saan ang key. Hangga’t hindi gumagana ang keychain, ibigay ito gamit ang --api-key-file o FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>Na-save ang API key sa keychain ng system (service “%1”, entry “%2”).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>Ang API key mula sa %1:</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>Gumagana ang API key na “%1” ng team na %2 (mula sa %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>Wala nang naka-save na API key para sa %1 sa keychain ng system.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>Paalala: naka-set pa rin ang FANSLY_CONNECT_API_KEY sa environment na ito.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — Practice</translation>
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
        <translation>Pangalan, username o account ID</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Mga account</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>Ilagay ang API key ng OnlyFansAPI para makita ang mga Fansly account ng team.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>Walang account na kailangang asikasuhin.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>Walang account na tugma sa filter.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>&amp;Ipakita ang lahat ng account</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>Binabasa ang mga account ng team…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Hindi mabasa ang mga account.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>Wala pang nakakonektang Fansly account. Piliin ang “Ikonekta ang account…” (Ctrl+N) para ikonekta ang unang creator.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>Team: %1 · Key: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>Natitirang request ngayong minuto: %1 sa %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>Natitirang request ngayong minuto: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Credits: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>Nabasa ang listahan noong %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>Hindi ma-refresh ang listahan: %1 Ipinapakita ang listahang nabasa noong %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Hindi mabasa ang mga account: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>Ikonekta ang account…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>Mag-log in ulit</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>Ilagay ang code…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ituloy</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>Ikansela ang login</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Idiskonekta…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>Kopyahin ang account ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>I-refresh</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>Palitan ang API key…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>Tungkol sa Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lumabas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kailangang asikasuhin</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>Ipakita lang ang mga account na kailangang asikasuhin</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tingnan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;ulong</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Mga aksyon</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Kailangang asikasuhin (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>Ikansela ang login na ito?</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>Itigil ang pagsubaybay sa login para sa “%1”?</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>Baka magpatuloy pa rin ang login sa OnlyFansAPI; ipapakita ng row nito ang sinasabi ng server. Para ikonekta ang account mamaya, gamitin ang “Mag-log in ulit”.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>I&amp;kansela ang login</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Huwag ikansela</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>Idiskonekta ang account na ito?</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>Idiskonekta ang “%1” sa OnlyFansAPI?</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>Idiskonekta ang “%1” (%2) sa OnlyFansAPI?</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>Hindi na gagana ang account sa OnlyFansAPI hangga’t hindi ito muling naikokonekta gamit ang password ng creator.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>I&amp;diskonekta</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>Hindi nadiskonekta</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>Nakakonekta pa rin ang “%1”: hindi ito idiniskonekta ng server.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>Ibinigay na dahilan: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>Kailangan ng verification code para sa %1.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>Lumabas at mawala ang na-type mo?</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>Hindi itinatago ang na-type mo sa window ng pagkonekta kapag nagsara ang Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Lumabas pa rin</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Ituloy ang trabaho</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>Lumabas habang may login?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>May %Ln login pang tumatakbo.</numerusform>
            <numerusform>May %Ln login pang tumatakbo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>Magpapatuloy ang mga login sa OnlyFansAPI kahit wala ka. Maitutuloy mo ang mga ito mula sa listahan sa susunod na buksan mo ang Fansly Connect.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>Magkakabisa sa susunod na buksan mo ang Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>Gagamitin ang bagong wika sa susunod na buksan mo ang Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Wika ng system</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Wika</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>hindi valid na absolute URL</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>hindi pinapayagan ang user name o password sa URL</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>pinapayagan lang ang plain http papunta sa computer na ito (loopback); gamitin ang https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>https URL lang ang pinapayagan</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>Itago</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>Itago ang na-type</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>Ipakita ang na-type</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>Practice mode — walang totoong account na ginagalaw</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>Pumili ng bansa ng proxy: Estados Unidos o Reino Unido.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>Ilagay ang host name o IP address ng proxy.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>Dapat host name o IP address lang ang host ng proxy, walang space, slash o user name.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>Dapat numero mula 1 hanggang 65535 ang port ng proxy.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>Ilagay ang user name ng proxy na kasama ng password ng proxy.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>Tinanggihan ang API base URL na %1: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>Walang naka-save na proxy para sa practice mode.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>Walang naka-save na proxy para sa %1.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  user %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>Ang --proxy ay tumatanggap ng HOST:PORT, halimbawa proxy.example.com:8080 o [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>Kailangan ng --proxy-user kapag may password ng proxy (naka-set ang FANSLY_CONNECT_PROXY_PASSWORD).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>Na-save ang proxy na “%1”.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>Password ng proxy user na %1 (iwanang blangko para panatilihin ang naka-save, o kung wala): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>Hindi na-save: walang ibinigay na password.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Walang naka-save na proxy na may pangalang “%1”.</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>Inalis ang proxy na “%1”.</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>&amp;Managed proxy</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>&amp;Sariling proxy</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>I-sa&amp;ve ang proxy na ito bilang</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>&amp;Naka-save na proxy</translation>
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
        <translation>host name o IP address</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Bans&amp;a</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>&amp;Pangalan ng proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;Host ng proxy</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>P&amp;ort ng proxy</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>&amp;User ng proxy (opsyonal)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>Pass&amp;word ng proxy (opsyonal)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Wala pang naka-save</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>Wala pang naka-save na proxy.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>Pumili ng naka-save na proxy.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>Maglagay ng pangalan para i-save ang proxy na ito, o alisin ang check sa “I-save ang proxy na ito bilang”.</translation>
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
        <translation>Nakikita ng Fansly na galing ang login sa bansa at IP address ng proxy, kaya gumamit ng proxy na malapit sa creator.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Ikonekta</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>Sinisimulan ang login…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>Maglagay ng pangalan para sa proxy na ito.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>Hindi pa naka-set up ang keychain ng system.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>Hindi na-save ang proxy na “%1” dahil hindi maitago ang password nito sa keychain ng system. Hindi rin ito naka-save sa ibang lugar.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>Inalis ang proxy na “%1”, pero hindi mabura ang password nito sa keychain ng system.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>Walang naka-save na proxy na may pangalang “%1”.</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>Hindi mabasa mula sa keychain ng system ang password ng proxy na “%1”.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>Subukan ulit &amp;ngayon</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>walang tumatakbong D-Bus session bus</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>walang tumatakbong Secret Service</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>wala ang default keyring o hindi ito naka-unlock</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>baka wala ang library na libsecret</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>Wala pang naka-save para dito sa keychain ng system. Ilagay ito ulit at mase-save ito.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Hindi available ang keychain ng system. I-install o i-unlock ang GNOME Keyring o KWallet, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>Hindi available ang keychain ng system (%1). I-install o i-unlock ang GNOME Keyring o KWallet, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>Hindi available ang keychain ng system. I-unlock ito o tiyaking gumagana ito, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>Hindi available ang keychain ng system (%1). I-unlock ito o tiyaking gumagana ito, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>Tumanggi ang keychain ng system na magbigay ng access. I-unlock ang keychain mo at payagan ang Fansly Connect na gamitin ito, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>Hindi sumagot ang keychain ng system. Baka naka-lock ito at naghihintay ng password nito sa isang window na nakatago o nasa ibang screen. I-unlock ito, saka subukan ulit.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>Nag-ulat ng error ang keychain ng system. Subukan ulit; kung patuloy itong nangyayari, mag-log out at mag-log in ulit, o i-restart ang keychain service.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>nagla-log in</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>hinihintay ang code na in-email sa creator</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>hinihintay ang code mula sa authenticator app</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>naghihintay ng code</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>sinusuri ang code</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>nakakonekta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nabigo</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>nag-expire ang session</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>hindi nakakonekta</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>Nag-expire na ang code. Simulan ulit ang login para makakuha ng bago.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>Masyadong maraming maling code ang nailagay para sa login na ito.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>Wala nang hinihintay na code para sa login na ito.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>Hindi tinanggap ang code. Tingnan ito at subukan ulit.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (ibinigay na dahilan: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>Hindi account ID ang “%1” (ganito ang itsura nito: fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>Hindi terminal ang stdin, kaya hindi ma-type ang password: i-pipe ito at idagdag ang --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>Password ng proxy user na %1 (blangko kung wala): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>Walang ibinigay na password ng proxy.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>Ang --proxy-country ay tumatanggap ng %1 (Estados Unidos) o %2 (Reino Unido), hindi “%3”.</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>Ang --proxy ay tumatanggap ng HOST:PORT, halimbawa proxy.example.com:8080 o [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>Walang naka-save na proxy na may pangalang “%1” sa practice mode, na may sariling mga naka-save na proxy na hiwalay sa mga totoo. Tingnan ang `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>Walang naka-save na proxy na may pangalang “%1”. Tingnan ang `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>O ibigay nang direkta ang proxy sa halip na --proxy-profile: --proxy %1:%2 --proxy-user %3, at ilagay ang password nito sa FANSLY_CONNECT_PROXY_PASSWORD o i-type ito kapag hiningi.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>Password sa Fansly para sa %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Walang ibinigay na password.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>nakakonekta</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>hinihintay ang code na in-email ng Fansly</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>hinihintay ang code na in-email ng Fansly sa %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>hinihintay ang code mula sa authenticator app</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>sinusuri ang code</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>nabigo: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>nagla-log in</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (status ng server: %1)</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>Para ilagay ang code, patakbuhin ang: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nabigo</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>Kinansela.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>Itinigil gamit ang Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>Kung nakakonekta na ang account na ito at gusto mo itong ikonekta ulit, idagdag ang --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  Status ng server: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. Susubukan ulit sa loob ng %2 s.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>Code mula sa email: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>Code mula sa authenticator app: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>Walang ibinigay na code.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Nakakonekta: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>Nakakonekta: %1 (%2)</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>Baka matapos pa rin ang login sa server. Tingnan ito mamaya gamit ang: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>Bukas pa ang login sa server. Ituloy ito gamit ang: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>Patakbuhin gamit ang --help para makita ang mga command at opsyon.</translation>
    </message>
</context>
</TS>
