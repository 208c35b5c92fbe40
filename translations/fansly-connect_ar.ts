<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Fansly Connect</source>
        <translation>حول Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect icon</source>
        <translation>أيقونة Fansly Connect</translation>
    </message>
    <message>
        <source>Fansly Connect %1</source>
        <translation>Fansly Connect %1</translation>
    </message>
    <message>
        <source>Connects creators&apos; Fansly accounts to OnlyFansAPI.</source>
        <translation>يربط حسابات صنّاع المحتوى على Fansly بخدمة OnlyFansAPI.</translation>
    </message>
    <message>
        <source>Practice mode: a simulator on this computer answers; no real account is touched.</source>
        <translation>وضع التدريب: يستجيب محاكٍ على هذا الكمبيوتر، ولا يتأثر أي حساب حقيقي.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3, and QtKeychain, used under the BSD 3-Clause License.</source>
        <translation>بُني باستخدام Qt %1 المستخدمة بموجب رخصة GNU Lesser General Public License الإصدار 3، ومكتبة QtKeychain المستخدمة بموجب رخصة BSD 3-Clause.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«%1» ليس معرّف حساب (تبدو المعرّفات هكذا: fansly_acct_123).</translation>
    </message>
    <message>
        <source>ACCOUNT ID</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>FANSLY USER</source>
        <translation>مستخدم Fansly</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>حالة الخادم</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>غير مرتبط</translation>
    </message>
    <message>
        <source>No accounts are listed for this API key.</source>
        <translation>لا توجد حسابات مدرجة لمفتاح API هذا.</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>«%1» (%2، %3)</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>There is no account %1 for this API key, so nothing was disconnected. `accounts` lists them.</source>
        <translation>لا يوجد حساب %1 لمفتاح API هذا، لذا لم يُفصل أي شيء. الأمر `accounts` يعرض الحسابات.</translation>
    </message>
    <message>
        <source>Disconnect %1 from OnlyFansAPI? Type yes to confirm: </source>
        <translation>هل تريد فصل %1 عن OnlyFansAPI؟ اكتب yes للتأكيد: </translation>
    </message>
    <message>
        <source>Not disconnected: no confirmation given (type yes, or use --yes).</source>
        <translation>لم يُفصل الحساب: لم يتم التأكيد (اكتب yes، أو استخدم --yes).</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>تم الفصل: %1</translation>
    </message>
    <message>
        <source>other (see --json)</source>
        <translation>أخرى (راجع --json)</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Interrupted: choose Resume</source>
        <translation>متوقف: اختر «استئناف»</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الربط…</translation>
    </message>
    <message>
        <source>Connecting… (%1)</source>
        <translation>جارٍ الربط… (%1)</translation>
    </message>
    <message>
        <source>Code needed</source>
        <translation>مطلوب رمز</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير مرتبط</translation>
    </message>
    <message>
        <source>Not connected (%1)</source>
        <translation>غير مرتبط (%1)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بدون اسم)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>Fansly username</source>
        <translation>اسم المستخدم في Fansly</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection to the OnlyFansAPI server</source>
        <translation>لا يوجد اتصال بخادم OnlyFansAPI</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time</source>
        <translation>لم يستجب خادم OnlyFansAPI في الوقت المحدد</translation>
    </message>
    <message>
        <source>Too many requests for this API key</source>
        <translation>طلبات كثيرة جدًا بمفتاح API هذا</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1)</source>
        <translation>حدثت مشكلة في خادم OnlyFansAPI (الخطأ %1)</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand</source>
        <translation>أرسل الخادم ردًا لا يفهمه هذا التطبيق</translation>
    </message>
    <message>
        <source>The status could not be read</source>
        <translation>تعذّرت قراءة الحالة</translation>
    </message>
    <message>
        <source>Could not reach the OnlyFansAPI server. Check the internet connection and try again.</source>
        <translation>تعذّر الوصول إلى خادم OnlyFansAPI. تحقق من الاتصال بالإنترنت وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server did not answer in time. Try again in a moment.</source>
        <translation>لم يستجب خادم OnlyFansAPI في الوقت المحدد. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>The API key was rejected. Check that it is copied in full and has not been revoked in the OnlyFansAPI console.</source>
        <translation>رُفض مفتاح API. تأكد من نسخه كاملًا ومن أنه لم يُلغَ في لوحة تحكم OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits. Add credits in the console, then try again.</source>
        <translation>نفد رصيد حساب OnlyFansAPI. أضف رصيدًا من لوحة التحكم، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that. Check the key&apos;s team and plan.</source>
        <translation>لا يملك مفتاح API هذا صلاحية تنفيذ ذلك. تحقق من الفريق والباقة المرتبطين بالمفتاح.</translation>
    </message>
    <message>
        <source>The server does not know this account. It may have been disconnected.</source>
        <translation>لا يعرف الخادم هذا الحساب. ربما فُصل من قبل.</translation>
    </message>
    <message>
        <source>The server did not accept the details: %1</source>
        <translation>لم يقبل الخادم البيانات: %1</translation>
    </message>
    <message>
        <source>The server did not accept the details.</source>
        <translation>لم يقبل الخادم البيانات.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for this API key. Wait %Ln second(s) and try again.</source>
        <translation>
            <numerusform>طلبات كثيرة جدًا بمفتاح API هذا. انتظر %Ln ثانية ثم حاول مجددًا.</numerusform>
            <numerusform>طلبات كثيرة جدًا بمفتاح API هذا. انتظر ثانية واحدة ثم حاول مجددًا.</numerusform>
            <numerusform>طلبات كثيرة جدًا بمفتاح API هذا. انتظر ثانيتين ثم حاول مجددًا.</numerusform>
            <numerusform>طلبات كثيرة جدًا بمفتاح API هذا. انتظر %Ln ثوانٍ ثم حاول مجددًا.</numerusform>
            <numerusform>طلبات كثيرة جدًا بمفتاح API هذا. انتظر %Ln ثانية ثم حاول مجددًا.</numerusform>
            <numerusform>طلبات كثيرة جدًا بمفتاح API هذا. انتظر %Ln ثانية ثم حاول مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for this API key. Wait a minute and try again.</source>
        <translation>طلبات كثيرة جدًا بمفتاح API هذا. انتظر دقيقة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem (error %1). Try again in a few minutes.</source>
        <translation>حدثت مشكلة في خادم OnlyFansAPI (الخطأ %1). حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>The server sent a reply this app does not understand. Try again; if it keeps happening, the API may have changed.</source>
        <translation>أرسل الخادم ردًا لا يفهمه هذا التطبيق. حاول مجددًا؛ وإن تكرر ذلك، فربما تغيّرت واجهة API.</translation>
    </message>
    <message>
        <source>The request was not sent because the server address is not safe to send the API key to.</source>
        <translation>لم يُرسَل الطلب لأن عنوان الخادم غير آمن لإرسال مفتاح API إليه.</translation>
    </message>
    <message>
        <source>The server refused the request (error %1): %2</source>
        <translation>رفض الخادم الطلب (الخطأ %1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>رفض الخادم الطلب (الخطأ %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so the connection is not trusted and nothing was sent. A network filter or antivirus that inspects secure connections can cause this.</source>
        <translation>شهادة الخادم موقّعة ذاتيًا، لذا فالاتصال غير موثوق ولم يُرسَل أي شيء. قد يكون السبب مرشّح شبكة أو برنامج مكافحة فيروسات يفحص الاتصالات الآمنة.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this computer does not trust, so nothing was sent. A network filter, proxy or antivirus that inspects secure connections can cause this.</source>
        <translation>صدرت شهادة الخادم عن جهة لا يثق بها هذا الكمبيوتر، لذا لم يُرسَل أي شيء. قد يكون السبب مرشّح شبكة أو بروكسي أو برنامج مكافحة فيروسات يفحص الاتصالات الآمنة.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another host name, so nothing was sent. Check the server address and any network filter, then try again.</source>
        <translation>شهادة الخادم صادرة لاسم مضيف آخر، لذا لم يُرسَل أي شيء. تحقق من عنوان الخادم ومن أي مرشّح شبكة، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>انتهت صلاحية شهادة الخادم، أو أن تاريخ هذا الكمبيوتر غير صحيح، لذا لم يُرسَل أي شيء. تحقق من تاريخ النظام ووقته، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet, or this computer&apos;s date is wrong, so nothing was sent. Check the system date and time, then try again.</source>
        <translation>شهادة الخادم ليست سارية بعد، أو أن تاريخ هذا الكمبيوتر غير صحيح، لذا لم يُرسَل أي شيء. تحقق من تاريخ النظام ووقته، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent. The diagnostic log says why.</source>
        <translation>لم تُقبل شهادة الخادم، لذا لم يُرسَل أي شيء. يوضح سجل التشخيص السبب.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be set up, so nothing was sent. Check any network filter or proxy, then try again.</source>
        <translation>تعذّر إنشاء اتصال آمن بالخادم، لذا لم يُرسَل أي شيء. تحقق من أي مرشّح شبكة أو بروكسي، ثم حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>ApiKeyPage</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>&amp;حفظ المفتاح في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <source>Try the key&amp;chain again</source>
        <translation>&amp;إعادة محاولة سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>OnlyFansAPI key</source>
        <translation>مفتاح OnlyFansAPI</translation>
    </message>
    <message>
        <source>The key connects this app to your agency&apos;s OnlyFansAPI account.</source>
        <translation>يربط المفتاح هذا التطبيق بحساب OnlyFansAPI الخاص بوكالتك.</translation>
    </message>
    <message>
        <source>Copy the key from the OnlyFansAPI console (API Keys) and paste it here. It is checked before you go on.</source>
        <translation>انسخ المفتاح من لوحة تحكم OnlyFansAPI (قسم API Keys) والصقه هنا. سيُتحقق منه قبل المتابعة.</translation>
    </message>
    <message>
        <source>&amp;API key</source>
        <translation>&amp;مفتاح API</translation>
    </message>
    <message>
        <source>Asking the system keychain again…</source>
        <translation>جارٍ الطلب من سلسلة مفاتيح النظام مجددًا…</translation>
    </message>
    <message>
        <source>Checking the key with OnlyFansAPI…</source>
        <translation>جارٍ التحقق من المفتاح لدى OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Checking the saved API key…</source>
        <translation>جارٍ التحقق من مفتاح API المحفوظ…</translation>
    </message>
</context>
<context>
    <name>ApiKeySource</name>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>تعذّرت قراءة ملف مفتاح API %1: %2</translation>
    </message>
    <message>
        <source>The API key file %1 is empty: put the key on its first line.</source>
        <translation>ملف مفتاح API %1 فارغ: ضع المفتاح في سطره الأول.</translation>
    </message>
    <message>
        <source>practice mode</source>
        <translation>وضع التدريب</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <source>the FANSLY_CONNECT_API_KEY environment variable</source>
        <translation>متغير البيئة FANSLY_CONNECT_API_KEY</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>سلسلة مفاتيح النظام</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>The API address %1 cannot be used: %2</source>
        <translation>لا يمكن استخدام عنوان API %1: %2</translation>
    </message>
    <message>
        <source>The practice simulator could not start on this computer.</source>
        <translation>تعذّر تشغيل محاكي التدريب على هذا الكمبيوتر.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Practice mode: no real account is touched.</source>
        <translation>وضع التدريب: لا يتأثر أي حساب حقيقي.</translation>
    </message>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>رُفض عنوان API الأساسي %1: %2.</translation>
    </message>
    <message>
        <source>No API key. Give one with --api-key-file PATH (first line of the file), the FANSLY_CONNECT_API_KEY environment variable, or save it in the system keychain with `fansly-connect-cli key set`. Keys are made in the OnlyFansAPI console under API Keys. To try things out without a key, use --practice.</source>
        <translation>لا يوجد مفتاح API. حدّده باستخدام --api-key-file PATH (السطر الأول من الملف)، أو متغير البيئة FANSLY_CONNECT_API_KEY، أو احفظه في سلسلة مفاتيح النظام باستخدام `fansly-connect-cli key set`. تُنشأ المفاتيح في لوحة تحكم OnlyFansAPI ضمن قسم API Keys. لتجربة الأداة دون مفتاح، استخدم --practice.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 is not accepted: secrets on the command line end up in the shell history and the process list, where other programs can read them. Type the password when asked, or pipe it in with --password-stdin; give the API key with --api-key-file, the FANSLY_CONNECT_API_KEY environment variable or `key set`; a proxy password with FANSLY_CONNECT_PROXY_PASSWORD.</source>
        <translation>الخيار --%1 غير مقبول: البيانات السرية المكتوبة في سطر الأوامر تُحفظ في سجل أوامر الـ shell وتظهر في قائمة العمليات، حيث يمكن لبرامج أخرى قراءتها. اكتب كلمة المرور عند طلبها، أو مرّرها عبر --password-stdin؛ وحدّد مفتاح API باستخدام --api-key-file أو متغير البيئة FANSLY_CONNECT_API_KEY أو `key set`؛ وكلمة مرور البروكسي باستخدام FANSLY_CONNECT_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>الأمر «%1» غير معروف.</translation>
    </message>
    <message>
        <source>“%1” needs one of: %2.</source>
        <translation>يتطلب «%1» أحد الأوامر الفرعية التالية: %2.</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>يتطلب «%1» %2.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>وسيطة غير متوقعة: «%1».</translation>
    </message>
    <message>
        <source>--%1 does not go with “%2”.</source>
        <translation>لا يتوافق --%1 مع «%2».</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>حُدِّد --%1 أكثر من مرة.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>يقبل --timeout عددًا من الثواني من 1 إلى 86400.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number of requests a minute (1 or more), with --practice.</source>
        <translation>يقبل --practice-rate-limit عدد الطلبات في الدقيقة (1 أو أكثر)، مع --practice فقط.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path.</source>
        <translation>يتطلب --api-key-file مسارًا.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>لا يمكن استخدام --practice و --api-base-url معًا: وضع التدريب يشغّل المحاكي الخاص به.</translation>
    </message>
    <message>
        <source>connect needs --username USER (the creator&apos;s Fansly username or email).</source>
        <translation>يتطلب connect الخيار --username USER (اسم المستخدم أو البريد الإلكتروني لصانع المحتوى على Fansly).</translation>
    </message>
    <message>
        <source>Choose one of --proxy-country, --proxy and --proxy-profile.</source>
        <translation>اختر واحدًا فقط من --proxy-country و --proxy و --proxy-profile.</translation>
    </message>
    <message>
        <source>--proxy-user goes with --proxy HOST:PORT.</source>
        <translation>لا يُستخدم --proxy-user إلا مع --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>proxies add needs --proxy HOST:PORT.</source>
        <translation>يتطلب proxies add الخيار --proxy HOST:PORT.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>يقبل الخيار --lang إحدى القيم التالية: %1.</translation>
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
        <translation>الاستخدام: fansly-connect-cli [OPTIONS] COMMAND [ARGS]

يربط حسابات صنّاع المحتوى على Fansly بخدمة OnlyFansAPI.

الأوامر:
  connect --username USER [--name NAME] [--force] [--password-stdin] [--timeout SECONDS]
          [--proxy-country us|uk | --proxy HOST:PORT [--proxy-user USER] | --proxy-profile NAME]
                           تسجيل الدخول إلى Fansly وربط الحساب. تُقرأ كلمة
                           المرور من الطرفية دون إظهارها، أو مع
                           --password-stdin من السطر الأول في stdin. عندما يطلب
                           Fansly رمزًا، اكتبه عند طلبه (أو مرّره في السطر
                           التالي من stdin).
  status ACCOUNT_ID [--wait]
                           عرض المرحلة التي بلغها تسجيل الدخول؛ ومع --wait
                           متابعته حتى النهاية (مع إدخال الرمز إن طُلب).
  reauth ACCOUNT_ID [--timeout SECONDS]
                           تسجيل الدخول مجددًا بالبيانات المحفوظة ومتابعته.
  accounts                 عرض الحسابات، المرتبطة وغير المرتبطة (يبقى تسجيل
                           الدخول الفاشل مدرجًا إلى أن يُفصل).
  disconnect ACCOUNT_ID [--yes]
                           فصل حساب (يطلب كتابة &quot;yes&quot; ما لم يُحدَّد --yes).
  key set [--no-check]     حفظ مفتاح API (السطر الأول من stdin، أو يُكتب دون
                           إظهار) في سلسلة مفاتيح النظام، بعد التحقق منه لدى
                           الخادم.
  key check                عرض اسم مفتاح API وفريقه، أو سبب رفضه.
  key forget               حذف مفتاح API المحفوظ من سلسلة مفاتيح النظام.
  proxies list             عرض البروكسيات المخصّصة المحفوظة.
  proxies add NAME --proxy HOST:PORT [--proxy-user USER]
                           حفظ بروكسي مخصّص؛ تُحفظ كلمة مروره (إن وُجدت) في
                           سلسلة مفاتيح النظام فقط.
  proxies remove NAME      حذف بروكسي محفوظ.

الخيارات:
  --api-base-url URL       خادم API (الافتراضي https://app.onlyfansapi.com، أو
                           متغير البيئة FANSLY_CONNECT_API_BASE_URL). لا يُقبل
                           http غير المشفّر إلا للاتصال بهذا الكمبيوتر
                           (loopback).
  --api-key-file PATH      قراءة مفتاح API من السطر الأول في هذا الملف.
  --practice               استخدام محاكي التدريب المدمج؛ لا يتأثر أي حساب حقيقي
                           ولا حاجة إلى مفتاح API.
  --practice-rate-limit N  مع --practice: يسمح المحاكي بـ N من الطلبات في
                           الدقيقة.
  --json                   مخرجات مقروءة آليًا على stdout: كائن JSON في كل سطر.
  --verbose, -v            عرض سجل التشخيص على stderr.
  --help, -h               عرض هذه المساعدة.
  --version                عرض الإصدار.
  --lang CODE              استخدم هذه اللغة بدلًا من لغة النظام:
                           en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.

يُؤخذ مفتاح API من --api-key-file، وإلا فمن FANSLY_CONNECT_API_KEY، وإلا فمن
سلسلة مفاتيح النظام (انظر `key set`). تُؤخذ كلمة مرور البروكسي من
FANSLY_CONNECT_PROXY_PASSWORD (أو تُطلب في الطرفية). لا تُقبل كلمات المرور
والرموز والمفاتيح وسائطَ في سطر الأوامر أبدًا.

المخرجات: تذهب النتيجة إلى stdout، والتقدم والأخطاء إلى stderr. مع --json، تطبع
الأوامر connect و status --wait و reauth كائنًا واحدًا عند كل تغيّر في الحالة
({&quot;state&quot;, &quot;account_id&quot;, &quot;status&quot;, &quot;display_name&quot;, &quot;twofa_type&quot;,
&quot;masked_email&quot;, &quot;error&quot;: {&quot;kind&quot;, &quot;message&quot;}})؛ والسطر الأخير هو الحالة
النهائية. ويطبع accounts كائنًا واحدًا لكل حساب في كل سطر.

رموز الخروج:
  0  نجاح
  2  خطأ في الاستخدام: خيارات غير صالحة، أو لا يوجد مفتاح API، أو رُفض عنوان
     API الأساسي، أو لم تُعطَ كلمة مرور
  3  رُفض مفتاح API (401)
  4  فشل تسجيل الدخول (مع عرض سبب الخادم)، أو رُفضت البيانات (422، مثلًا الحساب
     مرتبط بالفعل)، أو حساب غير معروف (404)
  5  خطأ في الشبكة أو الخادم أو TLS أو البروتوكول أو انتهاء المهلة؛ أو سلسلة
     مفاتيح النظام غير متاحة
  6  تجاوز حد الطلبات (429) أو نفد الرصيد (402)
  7  أُلغي (Ctrl+C)، أو لم يُعطَ رمز أو تأكيد
</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <source>Verification code for %1</source>
        <translation>رمز التحقق لـ %1</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>قُبل رمز البريد الإلكتروني. والآن أدخل الرمز من تطبيق المصادقة لدى صانع المحتوى.</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Verification &amp;code</source>
        <translation>&amp;رمز التحقق</translation>
    </message>
    <message>
        <source>digits only</source>
        <translation>أرقام فقط</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>جارٍ التحقق من الرمز</translation>
    </message>
    <message numerus="yes">
        <source>Digits only: the code is %Ln digit(s).</source>
        <translation>
            <numerusform>أرقام فقط: يتكون الرمز من %Ln رقم.</numerusform>
            <numerusform>أرقام فقط: يتكون الرمز من رقم واحد.</numerusform>
            <numerusform>أرقام فقط: يتكون الرمز من رقمين.</numerusform>
            <numerusform>أرقام فقط: يتكون الرمز من %Ln أرقام.</numerusform>
            <numerusform>أرقام فقط: يتكون الرمز من %Ln رقمًا.</numerusform>
            <numerusform>أرقام فقط: يتكون الرمز من %Ln رقم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask for the current code from the creator&apos;s authenticator app.</source>
        <translation>اطلب من صانع المحتوى الرمز الحالي الظاهر في تطبيق المصادقة لديه.</translation>
    </message>
    <message>
        <source>Fansly sent a code to the creator&apos;s email address. Ask the creator to read it out.</source>
        <translation>أرسل Fansly رمزًا إلى البريد الإلكتروني لصانع المحتوى. اطلب منه أن يقرأه لك.</translation>
    </message>
    <message>
        <source>Fansly sent a code to %1. Ask the creator to read it out.</source>
        <translation>أرسل Fansly رمزًا إلى %1. اطلب من صانع المحتوى أن يقرأه لك.</translation>
    </message>
    <message>
        <source>Code for “%1”</source>
        <translation>الرمز لـ «%1»</translation>
    </message>
    <message>
        <source>Code for “%1” (%2)</source>
        <translation>الرمز لـ «%1» (%2)</translation>
    </message>
    <message>
        <source>%1 Wrong codes so far: %2.</source>
        <translation>%1 عدد الرموز الخاطئة حتى الآن: %2.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>Fansly wants to be sure it is the creator. Ask them for the code and type it in.</source>
        <translation>يريد Fansly التأكد من أنه صانع المحتوى فعلًا. اطلب منه الرمز واكتبه هنا.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
</context>
<context>
    <name>ConnectController</name>
    <message>
        <source>The system keychain is not used, so the key is kept in memory for this session only.</source>
        <translation>لا تُستخدم سلسلة مفاتيح النظام، لذا يُحتفظ بالمفتاح في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Until then the API key is kept in memory for this session only and is never written to disk.</source>
        <translation>حتى ذلك الحين، يُحتفظ بمفتاح API في الذاكرة لهذه الجلسة فقط ولا يُكتب على القرص أبدًا.</translation>
    </message>
    <message>
        <source>The saved API key was rejected. %1</source>
        <translation>رُفض مفتاح API المحفوظ. %1</translation>
    </message>
    <message>
        <source>Saved proxies are not available here.</source>
        <translation>البروكسيات المحفوظة غير متاحة هنا.</translation>
    </message>
</context>
<context>
    <name>ConnectWizard</name>
    <message>
        <source>Connect a Fansly account — Practice</source>
        <translation>ربط حساب Fansly — تدريب</translation>
    </message>
    <message>
        <source>Connect a Fansly account</source>
        <translation>ربط حساب Fansly</translation>
    </message>
    <message>
        <source>Continue in &amp;background</source>
        <translation>المتابعة &amp;في الخلفية</translation>
    </message>
    <message>
        <source>Close this window; the login goes on in the accounts list.</source>
        <translation>إغلاق هذه النافذة؛ سيستمر تسجيل الدخول في قائمة الحسابات.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>Practice mode: the practice key is filled in and nothing is saved.</source>
        <translation>وضع التدريب: مفتاح التدريب مُدخل مسبقًا ولا يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>The API key is kept in memory for this session only.</source>
        <translation>يُحتفظ بمفتاح API في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Resume a login?</source>
        <translation>هل تريد استئناف تسجيل الدخول؟</translation>
    </message>
    <message>
        <source>A login for “%1” (started %2) was not finished.</source>
        <translation>لم يكتمل تسجيل دخول لـ «%1» (بدأ في %2).</translation>
    </message>
    <message>
        <source>Resume it to see how it ended or to enter its code. No new login is sent to Fansly.</source>
        <translation>استأنفه لمعرفة نتيجته أو لإدخال رمزه. لن يُرسَل تسجيل دخول جديد إلى Fansly.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more unfinished login(s) will be offered after this one.</source>
        <translation>
            <numerusform>بعد هذه العملية، ستُعرض عليك %Ln عملية تسجيل دخول أخرى غير مكتملة.</numerusform>
            <numerusform>بعد هذه العملية، ستُعرض عليك عملية تسجيل دخول أخرى غير مكتملة.</numerusform>
            <numerusform>بعد هذه العملية، ستُعرض عليك عمليتا تسجيل دخول أخريان غير مكتملتين.</numerusform>
            <numerusform>بعد هذه العملية، ستُعرض عليك %Ln عمليات تسجيل دخول أخرى غير مكتملة.</numerusform>
            <numerusform>بعد هذه العملية، ستُعرض عليك %Ln عملية تسجيل دخول أخرى غير مكتملة.</numerusform>
            <numerusform>بعد هذه العملية، ستُعرض عليك %Ln عملية تسجيل دخول أخرى غير مكتملة.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;استئناف</translation>
    </message>
    <message>
        <source>&amp;Forget it</source>
        <translation>&amp;تجاهله</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>Email code accepted. Now the code from the creator&apos;s authenticator app.</source>
        <translation>قُبل رمز البريد الإلكتروني. والآن أدخل الرمز من تطبيق المصادقة لدى صانع المحتوى.</translation>
    </message>
    <message numerus="yes">
        <source>%1. Trying again in %Ln s.</source>
        <translation>
            <numerusform>%1. إعادة المحاولة خلال %Ln ث.</numerusform>
            <numerusform>%1. إعادة المحاولة خلال %Ln ث.</numerusform>
            <numerusform>%1. إعادة المحاولة خلال %Ln ث.</numerusform>
            <numerusform>%1. إعادة المحاولة خلال %Ln ث.</numerusform>
            <numerusform>%1. إعادة المحاولة خلال %Ln ث.</numerusform>
            <numerusform>%1. إعادة المحاولة خلال %Ln ث.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Trying again now…</source>
        <translation>%1. جارٍ إعادة المحاولة الآن…</translation>
    </message>
    <message>
        <source>Verification code needed</source>
        <translation>مطلوب رمز تحقق</translation>
    </message>
    <message>
        <source>Close during a login?</source>
        <translation>هل تريد الإغلاق أثناء تسجيل الدخول؟</translation>
    </message>
    <message>
        <source>A login is still running.</source>
        <translation>لا يزال تسجيل الدخول جاريًا.</translation>
    </message>
    <message>
        <source>If you close now, the login goes on at OnlyFansAPI without you. You can resume it the next time you open Fansly Connect.</source>
        <translation>إذا أغلقت الآن، فسيستمر تسجيل الدخول لدى OnlyFansAPI دونك. يمكنك استئنافه في المرة القادمة التي تفتح فيها Fansly Connect.</translation>
    </message>
    <message>
        <source>C&amp;lose anyway</source>
        <translation>&amp;إغلاق على أي حال</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;متابعة العمل</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>هل تريد الإنهاء وفقدان ما كتبته؟</translation>
    </message>
    <message>
        <source>What you typed for this creator is not kept when Fansly Connect closes.</source>
        <translation>ما كتبته لصانع المحتوى هذا لا يُحفظ عند إغلاق Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التحرير</translation>
    </message>
</context>
<context>
    <name>ConnectingPage</name>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الربط</translation>
    </message>
    <message>
        <source>If Fansly asks for a code, the next page asks the creator for it.</source>
        <translation>إذا طلب Fansly رمزًا، فستطلبه الصفحة التالية من صانع المحتوى.</translation>
    </message>
    <message>
        <source>Connecting “%1”</source>
        <translation>جارٍ ربط «%1»</translation>
    </message>
    <message>
        <source>Server status: %1</source>
        <translation>حالة الخادم: %1</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Elapsed time: %1</source>
        <translation>الوقت المنقضي: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSession</name>
    <message>
        <source>Enter the code as it was given: digits only, usually 6.</source>
        <translation>أدخل الرمز كما أُعطي لك: أرقام فقط، عادةً 6.</translation>
    </message>
    <message>
        <source>The code may not have reached the server: %1 If this page still asks for it, you can send it again.</source>
        <translation>ربما لم يصل الرمز إلى الخادم: %1 إذا كانت هذه الصفحة لا تزال تطلبه، يمكنك إرساله مجددًا.</translation>
    </message>
    <message>
        <source>The login did not finish in time.</source>
        <translation>لم يكتمل تسجيل الدخول في الوقت المحدد.</translation>
    </message>
    <message>
        <source>The login may still have reached the server: check the connected accounts before starting it again.</source>
        <translation>ربما وصل تسجيل الدخول إلى الخادم رغم ذلك: تحقق من الحسابات المرتبطة قبل أن تبدأه من جديد.</translation>
    </message>
    <message>
        <source>Sending the login to OnlyFansAPI…</source>
        <translation>جارٍ إرسال تسجيل الدخول إلى OnlyFansAPI…</translation>
    </message>
    <message>
        <source>Logging in to Fansly…</source>
        <translation>جارٍ تسجيل الدخول إلى Fansly…</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to the creator.</source>
        <translation>أرسل Fansly رمز تحقق إلى البريد الإلكتروني لصانع المحتوى.</translation>
    </message>
    <message>
        <source>Fansly emailed a verification code to %1.</source>
        <translation>أرسل Fansly رمز تحقق بالبريد الإلكتروني إلى %1.</translation>
    </message>
    <message>
        <source>Enter the code from the creator&apos;s authenticator app.</source>
        <translation>أدخل الرمز من تطبيق المصادقة لدى صانع المحتوى.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>جارٍ إرسال الرمز…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>تم الربط.</translation>
    </message>
    <message>
        <source>The login failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>The login took too long and was stopped.</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا جدًا فأُوقف.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>أُلغي تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>CreatorPage</name>
    <message>
        <source>Change API &amp;key</source>
        <translation>تغيير &amp;مفتاح API</translation>
    </message>
    <message>
        <source>Connect &amp;even if this account is already connected</source>
        <translation>الربط &amp;حتى لو كان هذا الحساب مرتبطًا بالفعل</translation>
    </message>
    <message>
        <source>Creator&apos;s Fansly account</source>
        <translation>حساب Fansly لصانع المحتوى</translation>
    </message>
    <message>
        <source>Type the creator&apos;s Fansly login. The password is sent once and not kept.</source>
        <translation>اكتب بيانات دخول صانع المحتوى إلى Fansly. تُرسَل كلمة المرور مرة واحدة ولا تُحفظ.</translation>
    </message>
    <message>
        <source>&amp;Display name (optional)</source>
        <translation>الاسم &amp;المعروض (اختياري)</translation>
    </message>
    <message>
        <source>Fansly &amp;username or email</source>
        <translation>&amp;اسم المستخدم في Fansly أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Shown in your OnlyFansAPI account list</source>
        <translation>يظهر في قائمة حساباتك على OnlyFansAPI</translation>
    </message>
    <message>
        <source>A username cannot be only spaces: type the creator&apos;s Fansly username or email.</source>
        <translation>لا يمكن أن يتكون اسم المستخدم من مسافات فقط: اكتب اسم المستخدم أو البريد الإلكتروني لصانع المحتوى على Fansly.</translation>
    </message>
    <message>
        <source>Using the API key that was checked.</source>
        <translation>يُستخدم مفتاح API الذي تم التحقق منه.</translation>
    </message>
    <message>
        <source>Using the API key of the team “%1”.</source>
        <translation>يُستخدم مفتاح API الخاص بالفريق «%1».</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Fansly username:</source>
        <translation>اسم المستخدم في Fansly:</translation>
    </message>
    <message>
        <source>Connect &amp;another creator</source>
        <translation>ربط صانع محتوى &amp;آخر</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>إعادة المحاولة &amp;الآن</translation>
    </message>
    <message>
        <source>Connect a&amp;nyway</source>
        <translation>الربط على &amp;أي حال</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>اسم الحساب:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>معرّف الحساب:</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>تم الربط</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account is ready in OnlyFansAPI.</source>
        <translation>حساب Fansly لصانع المحتوى جاهز الآن في OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The account is connected.</source>
        <translation>تم ربط الحساب.</translation>
    </message>
    <message>
        <source>“%1” is connected.</source>
        <translation>تم ربط «%1».</translation>
    </message>
    <message>
        <source>OnlyFansAPI can now work with this Fansly account. Press Finish to close, or connect the next creator.</source>
        <translation>يمكن لـ OnlyFansAPI الآن العمل مع حساب Fansly هذا. اضغط «أنهِ» للإغلاق، أو اربط صانع المحتوى التالي.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>لم يتم الربط</translation>
    </message>
    <message>
        <source>The creator&apos;s Fansly account was not connected.</source>
        <translation>لم يُربط حساب Fansly لصانع المحتوى.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>السبب المذكور: %1</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>Fansly did not accept the username or password</source>
        <translation>لم يقبل Fansly اسم المستخدم أو كلمة المرور</translation>
    </message>
    <message>
        <source>Ask the creator to check the password and the username or email, then try again. Several wrong attempts can lock the Fansly account for a while.</source>
        <translation>اطلب من صانع المحتوى التحقق من كلمة المرور ومن اسم المستخدم أو البريد الإلكتروني، ثم حاول مجددًا. قد تؤدي عدة محاولات خاطئة إلى قفل حساب Fansly لبعض الوقت.</translation>
    </message>
    <message>
        <source>The login could not go through the proxy</source>
        <translation>تعذّر تسجيل الدخول عبر البروكسي</translation>
    </message>
    <message>
        <source>Check the proxy host, port, user name and password, or choose a managed proxy instead, then try again.</source>
        <translation>تحقق من مضيف البروكسي ومنفذه واسم المستخدم وكلمة المرور، أو اختر بروكسي مُدارًا بدلًا منه، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The verification code expired</source>
        <translation>انتهت صلاحية رمز التحقق</translation>
    </message>
    <message>
        <source>Try again, and have the creator read out the new code as soon as it arrives.</source>
        <translation>حاول مجددًا، واطلب من صانع المحتوى قراءة الرمز الجديد فور وصوله.</translation>
    </message>
    <message>
        <source>Too many wrong verification codes</source>
        <translation>رموز تحقق خاطئة كثيرة جدًا</translation>
    </message>
    <message>
        <source>Try again, and check each digit with the creator before you press Verify.</source>
        <translation>حاول مجددًا، وراجع كل رقم مع صانع المحتوى قبل الضغط على «تحقق».</translation>
    </message>
    <message>
        <source>The login took too long</source>
        <translation>استغرق تسجيل الدخول وقتًا طويلًا جدًا</translation>
    </message>
    <message>
        <source>Fansly or the proxy may be slow right now. Wait a few minutes, then try again.</source>
        <translation>ربما يكون Fansly أو البروكسي بطيئًا الآن. انتظر بضع دقائق، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Too many requests with this API key</source>
        <translation>طلبات كثيرة جدًا بمفتاح API هذا</translation>
    </message>
    <message numerus="yes">
        <source>Wait %Ln second(s), then press “Retry now”.</source>
        <translation>
            <numerusform>انتظر %Ln ثانية، ثم اضغط «إعادة المحاولة الآن».</numerusform>
            <numerusform>انتظر ثانية واحدة، ثم اضغط «إعادة المحاولة الآن».</numerusform>
            <numerusform>انتظر ثانيتين، ثم اضغط «إعادة المحاولة الآن».</numerusform>
            <numerusform>انتظر %Ln ثوانٍ، ثم اضغط «إعادة المحاولة الآن».</numerusform>
            <numerusform>انتظر %Ln ثانية، ثم اضغط «إعادة المحاولة الآن».</numerusform>
            <numerusform>انتظر %Ln ثانية، ثم اضغط «إعادة المحاولة الآن».</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute, then press “Retry now”.</source>
        <translation>انتظر دقيقة، ثم اضغط «إعادة المحاولة الآن».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI account is out of credits</source>
        <translation>نفد رصيد حساب OnlyFansAPI</translation>
    </message>
    <message>
        <source>Add credits in the OnlyFansAPI console, then press “Retry now”.</source>
        <translation>أضف رصيدًا من لوحة تحكم OnlyFansAPI، ثم اضغط «إعادة المحاولة الآن».</translation>
    </message>
    <message>
        <source>The OnlyFansAPI server had a problem</source>
        <translation>حدثت مشكلة في خادم OnlyFansAPI</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact OnlyFansAPI support.</source>
        <translation>حاول مجددًا بعد بضع دقائق. وإن تكررت المشكلة، فتواصل مع دعم OnlyFansAPI.</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>رُفض مفتاح API</translation>
    </message>
    <message>
        <source>Check the key in the OnlyFansAPI console, then try again and enter it.</source>
        <translation>تحقق من المفتاح في لوحة تحكم OnlyFansAPI، ثم حاول مجددًا وأدخله.</translation>
    </message>
    <message>
        <source>This Fansly account is already connected</source>
        <translation>حساب Fansly هذا مرتبط بالفعل</translation>
    </message>
    <message>
        <source>To connect it again anyway, for example after a password change, press “Connect anyway”.</source>
        <translation>لربطه مجددًا على أي حال، مثلًا بعد تغيير كلمة المرور، اضغط «الربط على أي حال».</translation>
    </message>
    <message>
        <source>Could not reach OnlyFansAPI</source>
        <translation>تعذّر الوصول إلى OnlyFansAPI</translation>
    </message>
    <message>
        <source>Check the internet connection, then try again.</source>
        <translation>تحقق من الاتصال بالإنترنت، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The login may have started anyway</source>
        <translation>ربما بدأ تسجيل الدخول رغم ذلك</translation>
    </message>
    <message>
        <source>The connection broke after the login was sent. Check the connected accounts in the OnlyFansAPI console before you try again, so the creator is not logged in twice.</source>
        <translation>انقطع الاتصال بعد إرسال تسجيل الدخول. تحقق من الحسابات المرتبطة في لوحة تحكم OnlyFansAPI قبل المحاولة مجددًا، حتى لا يُسجَّل دخول صانع المحتوى مرتين.</translation>
    </message>
    <message>
        <source>The login was cancelled</source>
        <translation>أُلغي تسجيل الدخول</translation>
    </message>
    <message>
        <source>Nothing else happens for this login. Try again when the creator is ready.</source>
        <translation>لن يحدث شيء آخر لتسجيل الدخول هذا. حاول مجددًا عندما يكون صانع المحتوى جاهزًا.</translation>
    </message>
    <message>
        <source>The login did not succeed</source>
        <translation>لم ينجح تسجيل الدخول</translation>
    </message>
    <message>
        <source>Read the reason below, fix what it mentions, then try again.</source>
        <translation>اقرأ السبب أدناه، وأصلح ما يذكره، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>لم يُذكر أي سبب.</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Connect a creator&apos;s Fansly account to OnlyFansAPI, step by step.</source>
        <translation>يربط حساب صانع المحتوى على Fansly بخدمة OnlyFansAPI خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>عرض هذه المساعدة ثم الخروج.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>عرض الإصدار ثم الخروج.</translation>
    </message>
    <message>
        <source>Practise against the built-in simulator; no real account is touched.</source>
        <translation>التدرّب باستخدام المحاكي المدمج؛ لا يتأثر أي حساب حقيقي.</translation>
    </message>
    <message>
        <source>OnlyFansAPI address (default: FANSLY_CONNECT_API_BASE_URL or https://app.onlyfansapi.com).</source>
        <translation>عنوان OnlyFansAPI (الافتراضي: FANSLY_CONNECT_API_BASE_URL أو https://app.onlyfansapi.com).</translation>
    </message>
    <message>
        <source>Speak this language (%1) instead of the system&apos;s, for this run.</source>
        <translation>استخدام هذه اللغة (%1) بدلًا من لغة النظام، في هذا التشغيل فقط.</translation>
    </message>
    <message>
        <source>With --practice: the simulator allows N requests a minute.</source>
        <translation>مع --practice: يسمح المحاكي بـ N من الطلبات في الدقيقة.</translation>
    </message>
    <message>
        <source>--practice and --api-base-url do not go together: practice mode runs its own simulator.</source>
        <translation>لا يمكن استخدام --practice و --api-base-url معًا: وضع التدريب يشغّل المحاكي الخاص به.</translation>
    </message>
    <message>
        <source>--practice-rate-limit takes a number (1 or more), with --practice.</source>
        <translation>يقبل --practice-rate-limit عددًا (1 أو أكثر)، مع --practice فقط.</translation>
    </message>
    <message>
        <source>--lang takes one of: %1.</source>
        <translation>يقبل الخيار --lang إحدى القيم التالية: %1.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Practice mode needs no API key, so there is none to save or forget.</source>
        <translation>لا يحتاج وضع التدريب إلى مفتاح API، لذا لا يوجد مفتاح لحفظه أو حذفه.</translation>
    </message>
    <message>
        <source>API key for %1 (not shown while you type): </source>
        <translation>مفتاح API لـ %1 (لا يظهر أثناء الكتابة): </translation>
    </message>
    <message>
        <source>No API key given: type it when asked, or pipe it in on the first line of stdin.</source>
        <translation>لم يُعطَ مفتاح API: اكتبه عند طلبه، أو مرّره في السطر الأول من stdin.</translation>
    </message>
    <message>
        <source>Checking the key with %1…</source>
        <translation>جارٍ التحقق من المفتاح لدى %1…</translation>
    </message>
    <message>
        <source>The key was not saved.</source>
        <translation>لم يُحفظ المفتاح.</translation>
    </message>
    <message>
        <source>The key was not saved (to save it without checking, add --no-check).</source>
        <translation>لم يُحفظ المفتاح (لحفظه دون تحقق، أضف --no-check).</translation>
    </message>
    <message>
        <source>The key works: “%1” of team %2.</source>
        <translation>المفتاح يعمل: «%1» من الفريق %2.</translation>
    </message>
    <message>
        <source>The key was not saved anywhere. Until the keychain works, give it with --api-key-file or FANSLY_CONNECT_API_KEY.</source>
        <translation>لم يُحفظ المفتاح في أي مكان. إلى أن تعمل سلسلة المفاتيح، حدّده باستخدام --api-key-file أو FANSLY_CONNECT_API_KEY.</translation>
    </message>
    <message>
        <source>Saved the API key in the system keychain (service “%1”, entry “%2”).</source>
        <translation>حُفظ مفتاح API في سلسلة مفاتيح النظام (الخدمة «%1»، الإدخال «%2»).</translation>
    </message>
    <message>
        <source>The API key from %1:</source>
        <translation>مفتاح API (المصدر: %1):</translation>
    </message>
    <message>
        <source>API key “%1” of team %2 works (from %3).</source>
        <translation>مفتاح API «%1» من الفريق %2 يعمل (المصدر: %3).</translation>
    </message>
    <message>
        <source>No API key for %1 is saved in the system keychain any more.</source>
        <translation>لم يعد هناك مفتاح API لـ %1 محفوظ في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Note: FANSLY_CONNECT_API_KEY is still set in this environment.</source>
        <translation>ملاحظة: لا يزال FANSLY_CONNECT_API_KEY مُعيَّنًا في هذه البيئة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fansly Connect — Practice</source>
        <translation>Fansly Connect — تدريب</translation>
    </message>
    <message>
        <source>Fansly Connect</source>
        <translation>Fansly Connect</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;تصفية:</translation>
    </message>
    <message>
        <source>Name, username or account ID</source>
        <translation>الاسم أو اسم المستخدم أو معرّف الحساب</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>Add your OnlyFansAPI key to see the team&apos;s Fansly accounts.</source>
        <translation>أضف مفتاح OnlyFansAPI الخاص بك لعرض حسابات Fansly التابعة للفريق.</translation>
    </message>
    <message>
        <source>No account needs attention.</source>
        <translation>لا يوجد حساب يحتاج إلى انتباه.</translation>
    </message>
    <message>
        <source>No account matches the filter.</source>
        <translation>لا يوجد حساب يطابق عامل التصفية.</translation>
    </message>
    <message>
        <source>&amp;Show all accounts</source>
        <translation>عرض &amp;كل الحسابات</translation>
    </message>
    <message>
        <source>Reading the team&apos;s accounts…</source>
        <translation>جارٍ قراءة حسابات الفريق…</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>تعذّرت قراءة الحسابات.</translation>
    </message>
    <message>
        <source>No Fansly account is connected yet. Choose Connect account… (Ctrl+N) to connect the first creator.</source>
        <translation>لم يُربط أي حساب Fansly بعد. اختر «ربط حساب…» (Ctrl+N) لربط أول صانع محتوى.</translation>
    </message>
    <message>
        <source>Team: %1 · Key: %2</source>
        <translation>الفريق: %1 · المفتاح: %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1 of %2</source>
        <translation>الطلبات المتبقية في هذه الدقيقة: %1 من %2</translation>
    </message>
    <message>
        <source>Requests left this minute: %1</source>
        <translation>الطلبات المتبقية في هذه الدقيقة: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>الرصيد: %1</translation>
    </message>
    <message>
        <source>List read at %1</source>
        <translation>قُرئت القائمة الساعة %1</translation>
    </message>
    <message>
        <source>The list could not be refreshed: %1 Showing the list read at %2.</source>
        <translation>تعذّر تحديث القائمة: %1 تُعرض القائمة كما قُرئت الساعة %2.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>تعذّرت قراءة الحسابات: %1</translation>
    </message>
    <message>
        <source>Connect account…</source>
        <translation>ربط حساب…</translation>
    </message>
    <message>
        <source>Re-authenticate</source>
        <translation>إعادة المصادقة</translation>
    </message>
    <message>
        <source>Enter code…</source>
        <translation>إدخال الرمز…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Cancel login</source>
        <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>فصل…</translation>
    </message>
    <message>
        <source>Copy account ID</source>
        <translation>نسخ معرّف الحساب</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Change API key…</source>
        <translation>تغيير مفتاح API…</translation>
    </message>
    <message>
        <source>About Fansly Connect</source>
        <translation>حول Fansly Connect</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>بحاجة إلى انتباه</translation>
    </message>
    <message>
        <source>Show only the accounts that need attention</source>
        <translation>عرض الحسابات التي تحتاج إلى انتباه فقط</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;حساب</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>بحاجة إلى انتباه (%1)</translation>
    </message>
    <message>
        <source>Cancel this login?</source>
        <translation>هل تريد إلغاء تسجيل الدخول هذا؟</translation>
    </message>
    <message>
        <source>Stop following the login for “%1”?</source>
        <translation>هل تريد التوقف عن متابعة تسجيل الدخول لـ «%1»؟</translation>
    </message>
    <message>
        <source>The login may still go on at OnlyFansAPI; its row then shows what the server says. To connect the account later, re-authenticate it.</source>
        <translation>قد يستمر تسجيل الدخول لدى OnlyFansAPI؛ وعندها يعرض صفّه ما يقوله الخادم. لربط الحساب لاحقًا، أعد مصادقته.</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>&amp;إلغاء تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;متابعته</translation>
    </message>
    <message>
        <source>Disconnect this account?</source>
        <translation>هل تريد فصل هذا الحساب؟</translation>
    </message>
    <message>
        <source>Disconnect “%1” from OnlyFansAPI?</source>
        <translation>هل تريد فصل «%1» عن OnlyFansAPI؟</translation>
    </message>
    <message>
        <source>Disconnect “%1” (%2) from OnlyFansAPI?</source>
        <translation>هل تريد فصل «%1» (%2) عن OnlyFansAPI؟</translation>
    </message>
    <message>
        <source>The account stops working with OnlyFansAPI until it is connected again with the creator&apos;s password.</source>
        <translation>سيتوقف الحساب عن العمل مع OnlyFansAPI إلى أن يُربط مجددًا بكلمة مرور صانع المحتوى.</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;فصل</translation>
    </message>
    <message>
        <source>Not disconnected</source>
        <translation>لم يتم الفصل</translation>
    </message>
    <message>
        <source>“%1” is still connected: the server did not disconnect it.</source>
        <translation>لا يزال «%1» مرتبطًا: لم يفصله الخادم.</translation>
    </message>
    <message>
        <source>Reason given: %1</source>
        <translation>السبب المذكور: %1</translation>
    </message>
    <message>
        <source>%1 needs a verification code.</source>
        <translation>يحتاج %1 إلى رمز تحقق.</translation>
    </message>
    <message>
        <source>Quit and lose what you typed?</source>
        <translation>هل تريد الإنهاء وفقدان ما كتبته؟</translation>
    </message>
    <message>
        <source>What you typed in the connect window is not kept when Fansly Connect closes.</source>
        <translation>ما كتبته في نافذة الربط لا يُحفظ عند إغلاق Fansly Connect.</translation>
    </message>
    <message>
        <source>&amp;Quit anyway</source>
        <translation>&amp;إنهاء على أي حال</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;متابعة العمل</translation>
    </message>
    <message>
        <source>Quit during a login?</source>
        <translation>هل تريد الإنهاء أثناء تسجيل الدخول؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln login(s) still running.</source>
        <translation>
            <numerusform>لا توجد عمليات تسجيل دخول جارية.</numerusform>
            <numerusform>لا تزال عملية تسجيل دخول واحدة جارية.</numerusform>
            <numerusform>لا تزال عمليتا تسجيل دخول جاريتين.</numerusform>
            <numerusform>لا تزال %Ln عمليات تسجيل دخول جارية.</numerusform>
            <numerusform>لا تزال %Ln عملية تسجيل دخول جارية.</numerusform>
            <numerusform>لا تزال %Ln عملية تسجيل دخول جارية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Logins go on at OnlyFansAPI without you. You can resume them from the list the next time you open Fansly Connect.</source>
        <translation>تستمر عمليات تسجيل الدخول لدى OnlyFansAPI دونك. يمكنك استئنافها من القائمة في المرة القادمة التي تفتح فيها Fansly Connect.</translation>
    </message>
    <message>
        <source>Takes effect when Fansly Connect starts again</source>
        <translation>يسري في المرة القادمة التي تفتح فيها Fansly Connect</translation>
    </message>
    <message>
        <source>The new language is used when Fansly Connect starts again.</source>
        <translation>ستُستخدم اللغة الجديدة في المرة القادمة التي تفتح فيها Fansly Connect.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;اللغة</translation>
    </message>
</context>
<context>
    <name>Origin</name>
    <message>
        <source>not a valid absolute URL</source>
        <translation>ليس عنوان URL مطلقًا صالحًا</translation>
    </message>
    <message>
        <source>a user name or password in the URL is not allowed</source>
        <translation>لا يُسمح باسم مستخدم أو كلمة مرور في عنوان URL</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (loopback); use https</source>
        <translation>لا يُسمح بـ http غير المشفّر إلا للاتصال بهذا الكمبيوتر (loopback)؛ استخدم https</translation>
    </message>
    <message>
        <source>only https URLs are allowed</source>
        <translation>لا يُسمح إلا بعناوين URL من نوع https</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Hide what is typed</source>
        <translation>إخفاء ما يُكتب</translation>
    </message>
    <message>
        <source>Show what is typed</source>
        <translation>إظهار ما يُكتب</translation>
    </message>
</context>
<context>
    <name>PracticeBanner</name>
    <message>
        <source>Practice mode — no real account is touched</source>
        <translation>وضع التدريب — لا يتأثر أي حساب حقيقي</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <source>Choose a proxy country: United States or United Kingdom.</source>
        <translation>اختر دولة البروكسي: الولايات المتحدة أو المملكة المتحدة.</translation>
    </message>
    <message>
        <source>Enter the proxy host name or IP address.</source>
        <translation>أدخل اسم مضيف البروكسي أو عنوان IP الخاص به.</translation>
    </message>
    <message>
        <source>The proxy host must be a host name or IP address only, without spaces, slashes or a user name.</source>
        <translation>يجب أن يكون مضيف البروكسي اسم مضيف أو عنوان IP فقط، دون مسافات أو شرطات مائلة أو اسم مستخدم.</translation>
    </message>
    <message>
        <source>The proxy port must be a number from 1 to 65535.</source>
        <translation>يجب أن يكون منفذ البروكسي رقمًا من 1 إلى 65535.</translation>
    </message>
    <message>
        <source>Enter the proxy user name that goes with the proxy password.</source>
        <translation>أدخل اسم مستخدم البروكسي المرتبط بكلمة مرور البروكسي.</translation>
    </message>
</context>
<context>
    <name>ProxyCommands</name>
    <message>
        <source>The API base URL %1 is refused: %2.</source>
        <translation>رُفض عنوان API الأساسي %1: %2.</translation>
    </message>
    <message>
        <source>No proxies are saved for practice mode.</source>
        <translation>لا توجد بروكسيات محفوظة لوضع التدريب.</translation>
    </message>
    <message>
        <source>No proxies are saved for %1.</source>
        <translation>لا توجد بروكسيات محفوظة لـ %1.</translation>
    </message>
    <message>
        <source>  user %1</source>
        <translation>  المستخدم %1</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>يقبل --proxy القيمة HOST:PORT، مثلًا proxy.example.com:8080 أو [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>A proxy password needs --proxy-user (FANSLY_CONNECT_PROXY_PASSWORD is set).</source>
        <translation>تتطلب كلمة مرور البروكسي الخيار --proxy-user (المتغير FANSLY_CONNECT_PROXY_PASSWORD مُعيَّن).</translation>
    </message>
    <message>
        <source>Saved the proxy “%1”.</source>
        <translation>حُفظ البروكسي «%1».</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty to keep the saved one or for none): </source>
        <translation>كلمة مرور مستخدم البروكسي %1 (اتركها فارغة للإبقاء على المحفوظة أو لعدم استخدام كلمة مرور): </translation>
    </message>
    <message>
        <source>Not saved: no password given.</source>
        <translation>لم يُحفظ: لم تُعطَ كلمة مرور.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>لا يوجد بروكسي محفوظ باسم «%1».</translation>
    </message>
    <message>
        <source>Removed the proxy “%1”.</source>
        <translation>حُذف البروكسي «%1».</translation>
    </message>
</context>
<context>
    <name>ProxyEditor</name>
    <message>
        <source>&amp;Managed proxy</source>
        <translation>بروكسي &amp;مُدار</translation>
    </message>
    <message>
        <source>C&amp;ustom proxy</source>
        <translation>بروكسي &amp;مخصّص</translation>
    </message>
    <message>
        <source>Sa&amp;ve this proxy as</source>
        <translation>&amp;حفظ هذا البروكسي باسم</translation>
    </message>
    <message>
        <source>&amp;Saved proxy</source>
        <translation>&amp;بروكسي محفوظ</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>الولايات المتحدة</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>المملكة المتحدة</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>اسم المضيف أو عنوان IP</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;الدولة</translation>
    </message>
    <message>
        <source>Proxy &amp;name</source>
        <translation>&amp;اسم البروكسي</translation>
    </message>
    <message>
        <source>Proxy &amp;host</source>
        <translation>&amp;مضيف البروكسي</translation>
    </message>
    <message>
        <source>Proxy p&amp;ort</source>
        <translation>&amp;منفذ البروكسي</translation>
    </message>
    <message>
        <source>Proxy use&amp;r (optional)</source>
        <translation>&amp;مستخدم البروكسي (اختياري)</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word (optional)</source>
        <translation>&amp;كلمة مرور البروكسي (اختياري)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>لا يوجد بروكسي محفوظ بعد</translation>
    </message>
    <message>
        <source>No proxy has been saved yet.</source>
        <translation>لم يُحفظ أي بروكسي بعد.</translation>
    </message>
    <message>
        <source>Choose a saved proxy.</source>
        <translation>اختر بروكسي محفوظًا.</translation>
    </message>
    <message>
        <source>Enter a name to save this proxy under, or untick “Save this proxy as”.</source>
        <translation>أدخل اسمًا لحفظ هذا البروكسي به، أو ألغِ تحديد «حفظ هذا البروكسي باسم».</translation>
    </message>
</context>
<context>
    <name>ProxyPage</name>
    <message>
        <source>Proxy</source>
        <translation>البروكسي</translation>
    </message>
    <message>
        <source>Fansly sees the login coming from the proxy&apos;s country and IP address, so use one near the creator.</source>
        <translation>يرى Fansly أن تسجيل الدخول قادم من دولة البروكسي وعنوان IP الخاص به، لذا استخدم بروكسي قريبًا من صانع المحتوى.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>Starting the login…</source>
        <translation>جارٍ بدء تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>ProxyProfiles</name>
    <message>
        <source>Enter a name for this proxy.</source>
        <translation>أدخل اسمًا لهذا البروكسي.</translation>
    </message>
    <message>
        <source>The system keychain is not set up.</source>
        <translation>سلسلة مفاتيح النظام غير مُعدّة.</translation>
    </message>
    <message>
        <source>The proxy “%1” was not saved, because its password could not be stored in the system keychain. It is not saved anywhere else.</source>
        <translation>لم يُحفظ البروكسي «%1» لأنه تعذّر تخزين كلمة مروره في سلسلة مفاتيح النظام. ولم يُحفظ في أي مكان آخر.</translation>
    </message>
    <message>
        <source>The proxy “%1” was removed, but its password could not be deleted from the system keychain.</source>
        <translation>حُذف البروكسي «%1»، لكن تعذّر حذف كلمة مروره من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”.</source>
        <translation>لا يوجد بروكسي محفوظ باسم «%1».</translation>
    </message>
    <message>
        <source>The password of the proxy “%1” could not be read from the system keychain.</source>
        <translation>تعذّرت قراءة كلمة مرور البروكسي «%1» من سلسلة مفاتيح النظام.</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <source>Retry &amp;now</source>
        <translation>إعادة المحاولة &amp;الآن</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>no D-Bus session bus is running</source>
        <translation>لا يعمل ناقل جلسة D-Bus</translation>
    </message>
    <message>
        <source>no Secret Service is running</source>
        <translation>لا تعمل خدمة Secret Service</translation>
    </message>
    <message>
        <source>the default keyring does not exist or is not unlocked</source>
        <translation>سلسلة المفاتيح الافتراضية غير موجودة أو مقفلة</translation>
    </message>
    <message>
        <source>the libsecret library may be missing</source>
        <translation>ربما تكون مكتبة libsecret مفقودة</translation>
    </message>
    <message>
        <source>Nothing is saved for this in the system keychain yet. Enter it again and it will be saved.</source>
        <translation>لم يُحفظ شيء لهذا في سلسلة مفاتيح النظام بعد. أدخله مجددًا وسيُحفظ.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة. ثبّت GNOME Keyring أو KWallet أو افتح قفله، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Install or unlock GNOME Keyring or KWallet, then try again.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة (%1). ثبّت GNOME Keyring أو KWallet أو افتح قفله، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Unlock it or check that it works, then try again.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة. افتح قفلها أو تحقق من أنها تعمل، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Unlock it or check that it works, then try again.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة (%1). افتح قفلها أو تحقق من أنها تعمل، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keychain and allow Fansly Connect to use it, then try again.</source>
        <translation>رفضت سلسلة مفاتيح النظام الوصول. افتح قفل سلسلة المفاتيح واسمح لـ Fansly Connect باستخدامها، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. It may be locked and waiting for its password in a window that is hidden or on another screen. Unlock it, then try again.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام. ربما تكون مقفلة وتنتظر كلمة مرورها في نافذة مخفية أو على شاشة أخرى. افتح قفلها، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>The system keychain reported an error. Try again; if it keeps happening, log out and back in or restart the keychain service.</source>
        <translation>أبلغت سلسلة مفاتيح النظام عن خطأ. حاول مجددًا؛ وإن تكرر ذلك، فسجّل الخروج ثم سجّل الدخول مجددًا أو أعد تشغيل خدمة سلسلة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <source>logging in</source>
        <translation>جارٍ تسجيل الدخول</translation>
    </message>
    <message>
        <source>waiting for the code emailed to the creator</source>
        <translation>بانتظار الرمز المرسل بالبريد الإلكتروني إلى صانع المحتوى</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>بانتظار الرمز من تطبيق المصادقة</translation>
    </message>
    <message>
        <source>waiting for a code</source>
        <translation>بانتظار رمز</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>جارٍ التحقق من الرمز</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>session expired</source>
        <translation>انتهت صلاحية الجلسة</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>غير مرتبط</translation>
    </message>
    <message>
        <source>The code has expired. Start the login again to get a new one.</source>
        <translation>انتهت صلاحية الرمز. ابدأ تسجيل الدخول من جديد للحصول على رمز جديد.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered for this login.</source>
        <translation>أُدخلت رموز خاطئة كثيرة جدًا في عملية تسجيل الدخول هذه.</translation>
    </message>
    <message>
        <source>No code is expected for this login any more.</source>
        <translation>لم يعد مطلوبًا أي رمز لعملية تسجيل الدخول هذه.</translation>
    </message>
    <message>
        <source>The code was not accepted. Check it and try again.</source>
        <translation>لم يُقبل الرمز. تحقق منه وحاول مجددًا.</translation>
    </message>
    <message>
        <source>%1 (reason given: %2)</source>
        <translation>%1 (السبب المذكور: %2)</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>“%1” is not an account id (they look like fansly_acct_123).</source>
        <translation>«%1» ليس معرّف حساب (تبدو المعرّفات هكذا: fansly_acct_123).</translation>
    </message>
    <message>
        <source>stdin is not a terminal, so the password cannot be typed: pipe it in and add --password-stdin.</source>
        <translation>stdin ليس طرفية، لذا لا يمكن كتابة كلمة المرور: مرّرها عبر أنبوب وأضف --password-stdin.</translation>
    </message>
    <message>
        <source>Password of proxy user %1 (empty for none): </source>
        <translation>كلمة مرور مستخدم البروكسي %1 (اتركها فارغة إن لم تكن هناك كلمة مرور): </translation>
    </message>
    <message>
        <source>No proxy password given.</source>
        <translation>لم تُعطَ كلمة مرور للبروكسي.</translation>
    </message>
    <message>
        <source>--proxy-country takes %1 (United States) or %2 (United Kingdom), not “%3”.</source>
        <translation>يقبل --proxy-country القيمة %1 (الولايات المتحدة) أو %2 (المملكة المتحدة)، وليس «%3».</translation>
    </message>
    <message>
        <source>--proxy takes HOST:PORT, for example proxy.example.com:8080 or [2001:db8::1]:8080.</source>
        <translation>يقبل --proxy القيمة HOST:PORT، مثلًا proxy.example.com:8080 أو [2001:db8::1]:8080.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1” in practice mode, which keeps its own saved proxies apart from the real ones. See `%2`.</source>
        <translation>لا يوجد بروكسي محفوظ باسم «%1» في وضع التدريب، إذ يحتفظ وضع التدريب ببروكسياته المحفوظة منفصلةً عن الحقيقية. راجع `%2`.</translation>
    </message>
    <message>
        <source>There is no saved proxy named “%1”. See `proxies list`.</source>
        <translation>لا يوجد بروكسي محفوظ باسم «%1». راجع `proxies list`.</translation>
    </message>
    <message>
        <source>Or give the proxy directly instead of --proxy-profile: --proxy %1:%2 --proxy-user %3, with its password in FANSLY_CONNECT_PROXY_PASSWORD or typed when asked.</source>
        <translation>أو حدّد البروكسي مباشرةً بدلًا من --proxy-profile: --proxy %1:%2 --proxy-user %3، مع وضع كلمة مروره في FANSLY_CONNECT_PROXY_PASSWORD أو كتابتها عند طلبها.</translation>
    </message>
    <message>
        <source>Fansly password for %1: </source>
        <translation>كلمة مرور Fansly لـ %1: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>لم تُعطَ كلمة مرور.</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>مرتبط</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed</source>
        <translation>بانتظار الرمز الذي أرسله Fansly بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>waiting for the code Fansly emailed to %1</source>
        <translation>بانتظار الرمز الذي أرسله Fansly بالبريد الإلكتروني إلى %1</translation>
    </message>
    <message>
        <source>waiting for the code from the authenticator app</source>
        <translation>بانتظار الرمز من تطبيق المصادقة</translation>
    </message>
    <message>
        <source>checking the code</source>
        <translation>جارٍ التحقق من الرمز</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>جارٍ تسجيل الدخول</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (server status: %1)</source>
        <translation> (حالة الخادم: %1)</translation>
    </message>
    <message>
        <source>To enter the code, run: %1</source>
        <translation>لإدخال الرمز، شغّل: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
</context>
<context>
    <name>SessionFollower</name>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>Stopped by Ctrl+C.</source>
        <translation>أُوقف بالضغط على Ctrl+C.</translation>
    </message>
    <message>
        <source>If this account is already connected and you want to connect it again, add --force.</source>
        <translation>إذا كان هذا الحساب مرتبطًا بالفعل وتريد ربطه مجددًا، فأضف --force.</translation>
    </message>
    <message>
        <source>  Server status: %1</source>
        <translation>  حالة الخادم: %1</translation>
    </message>
    <message>
        <source>%1. Trying again in %2 s.</source>
        <translation>%1. إعادة المحاولة خلال %2 ث.</translation>
    </message>
    <message>
        <source>Code from the email: </source>
        <translation>الرمز من البريد الإلكتروني: </translation>
    </message>
    <message>
        <source>Code from the authenticator app: </source>
        <translation>الرمز من تطبيق المصادقة: </translation>
    </message>
    <message>
        <source>No code given.</source>
        <translation>لم يُعطَ رمز.</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>تم الربط: %1</translation>
    </message>
    <message>
        <source>Connected: %1 (%2)</source>
        <translation>تم الربط: %1 (%2)</translation>
    </message>
    <message>
        <source>The login may still finish at the server. Check it later with: %1</source>
        <translation>قد يكتمل تسجيل الدخول على الخادم رغم ذلك. تحقق منه لاحقًا باستخدام: %1</translation>
    </message>
    <message>
        <source>The login is still open at the server. Resume it with: %1</source>
        <translation>لا يزال تسجيل الدخول مفتوحًا على الخادم. استأنفه باستخدام: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run with --help for the commands and options.</source>
        <translation>شغّل الأمر مع --help لعرض الأوامر والخيارات.</translation>
    </message>
</context>
</TS>
