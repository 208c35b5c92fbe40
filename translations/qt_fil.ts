<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt ships no qtbase_fil.qm: the Qt texts Fansly Connect can show, in Filipino.
     Written by hand; not touched by update_translations (lrelease only). -->
<TS version="2.1" language="fil_PH">
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bumalik</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Susunod &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Susunod</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Tapusin</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ikansela</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tapos na</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Subukan ulit</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ibalik ang mga default</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ikansela</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Huwag pansinin</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>H&amp;indi sa lahat</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>I-save lahat</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oo sa &amp;lahat</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;I-undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>I-cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;I-undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>I-cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin lahat</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopyahin ang &amp;link</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Ipakita ang detalye...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Itago ang detalye...</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Ano ito?</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
</TS>
