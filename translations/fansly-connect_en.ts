<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 for this API key, so nothing was disconnected. `accounts` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>Too many requests for this API key. Wait %Ln second and try again.</numerusform>
            <numerusform>Too many requests for this API key. Wait %Ln seconds and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>Digits only: the code is %Ln digit.</numerusform>
            <numerusform>Digits only: the code is %Ln digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. Trying again in %Ln s.</numerusform>
            <numerusform>%1. Trying again in %Ln s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>%Ln more unfinished login will be offered after this one.</numerusform>
            <numerusform>%Ln more unfinished logins will be offered after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>Wait %Ln second, then press “Retry now”.</numerusform>
            <numerusform>Wait %Ln seconds, then press “Retry now”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, username or account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>%Ln login still running.</numerusform>
            <numerusform>%Ln logins still running.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly sees the login coming from the proxy&apos;s country and IP address, so use one near the creator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
