<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DeidentifyCommand</name>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="54" />
        <source>yunyue: %1 does not exist</source>
        <translation>yunyue: %1 does not exist</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="74" />
        <source>De-identifies DICOM files (PS3.15 Annex E basic profile, modified dates, clean descriptors).</source>
        <translation>De-identifies DICOM files (PS3.15 Annex E basic profile, modified dates, clean descriptors).</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="77" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="78" />
        <source>DICOM files or directories (searched recursively).</source>
        <translation>DICOM files or directories (searched recursively).</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="79" />
        <source>Directory for the de-identified files.</source>
        <translation>Directory for the de-identified files.</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="82" />
        <source>Pseudonym for the patient's name, e.g. TEACHING^CASE001.</source>
        <translation>Pseudonym for the patient's name, e.g. TEACHING^CASE001.</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="84" />
        <source>Pseudonym for the patient ID, e.g. CASE001.</source>
        <translation>Pseudonym for the patient ID, e.g. CASE001.</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="88" />
        <source>File with the secret that derives new UIDs and date shifts; the same secret gives the same result (default: a random secret for this run).</source>
        <translation>File with the secret that derives new UIDs and date shifts; the same secret gives the same result (default: a random secret for this run).</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="94" />
        <source>usage: yunyue deidentify --out DIR [--patient-name PN --patient-id ID] [--secret-file FILE] INPUT...</source>
        <translation>usage: yunyue deidentify --out DIR [--patient-name PN --patient-id ID] [--secret-file FILE] INPUT...</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="108" />
        <source>yunyue: the secret file %1 cannot be read or is empty</source>
        <translation>yunyue: the secret file %1 cannot be read or is empty</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="114" />
        <source>yunyue: cannot create %1</source>
        <translation>yunyue: cannot create %1</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="121" />
        <source>yunyue: no DICOM files found</source>
        <translation>yunyue: no DICOM files found</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="137" />
        <source>%1: cannot write %2</source>
        <translation>%1: cannot write %2</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="142" />
        <source>%1: warning: %2</source>
        <translation>%1: warning: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/DeidentifyCommand.cpp" line="145" />
        <source>%n file(s) de-identified into %1</source>
        <translation>
            <numerusform>%n file de-identified into %1</numerusform><numerusform>%n files de-identified into %1</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <location filename="../app/LinkCommand.cpp" line="37" />
        <source>The slices of one series that show what a slice of another shows.</source>
        <translation>The slices of one series that show what a slice of another shows.</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="39" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="40" />
        <source>The series scrolled (SeriesInstanceUID).</source>
        <translation>The series scrolled (SeriesInstanceUID).</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="41" />
        <source>The series that follows (SeriesInstanceUID).</source>
        <translation>The series that follows (SeriesInstanceUID).</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="42" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>Cache directory (default: the user's cache).</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="44" />
        <source>Slice of FROM, counted from 0 along its normal.</source>
        <translation>Slice of FROM, counted from 0 along its normal.</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="47" />
        <source>usage: yunyue link [--cache DIR] FROM TO --slice K</source>
        <translation>usage: yunyue link [--cache DIR] FROM TO --slice K</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="65" />
        <source>yunyue: %1 has %2 slices</source>
        <translation>yunyue: %1 has %2 slices</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/LinkCommand.cpp" line="76" />
        <source>slice %1 of %2 (%3 mm thick) shows what %n slice(s) of %4 show:</source>
        <translation>
            <numerusform>slice %1 of %2 (%3 mm thick) shows what %n slice of %4 show:</numerusform><numerusform>slice %1 of %2 (%3 mm thick) shows what %n slices of %4 show:</numerusform></translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <location filename="../app/PullCommand.cpp" line="52" />
        <source>%1/%2 images</source>
        <translation>%1/%2 images</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="81" />
        <source>Pulls a whole study into the local cache.</source>
        <translation>Pulls a whole study into the local cache.</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="83" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="84" />
        <source>StudyInstanceUID or AccessionNumber.</source>
        <translation>StudyInstanceUID or AccessionNumber.</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="85" />
        <source>Server profile file (default: the demo cloud's).</source>
        <translation>Server profile file (default: the demo cloud's).</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="87" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>Cache directory (default: the user's cache).</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="90" />
        <source>Parallel transfers (default 6).</source>
        <translation>Parallel transfers (default 6).</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="93" />
        <source>Decode every image as it arrives, as the viewer would.</source>
        <translation>Decode every image as it arrives, as the viewer would.</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="96" />
        <source>usage: yunyue pull [--profile FILE] [--cache DIR] STUDY</source>
        <translation>usage: yunyue pull [--profile FILE] [--cache DIR] STUDY</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="147" />
        <source>decoded %1 images (%2 failed); all decoded %3 s after the request</source>
        <translation>decoded %1 images (%2 failed); all decoded %3 s after the request</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="149" />
        <source>first image decoded %1 ms after the request</source>
        <translation>first image decoded %1 ms after the request</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="151" />
        <source>first image in the cache %1 ms after the request</source>
        <translation>first image in the cache %1 ms after the request</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="154" />
        <source>warning: series %1 (%2): %3</source>
        <translation>warning: series %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PullCommand.cpp" line="156" />
        <source>complete: %n image(s) in the cache</source>
        <translation>
            <numerusform>complete: %n image in the cache</numerusform><numerusform>complete: %n images in the cache</numerusform></translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="157" />
        <source>%1 fetched, %2 already cached; %3 in %4 s</source>
        <translation>%1 fetched, %2 already cached; %3 in %4 s</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="160" />
        <source>cache: %1</source>
        <translation>cache: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PullCommand.cpp" line="167" />
        <source>%n older study(ies) evicted from the cache.</source>
        <translation>
            <numerusform>%n older study evicted from the cache.</numerusform><numerusform>%n older studies evicted from the cache.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="181" />
        <source>yunyue: no study %1 on %2</source>
        <translation>yunyue: no study %1 on %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/ReportCommand.cpp" line="71" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="82" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="102" />
        <source>no passphrase: give --passphrase-file or set YUNYUE_KEY_PASSPHRASE</source>
        <translation>no passphrase: give --passphrase-file or set YUNYUE_KEY_PASSPHRASE</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="105" />
        <source>Passphrase of the private key: </source>
        <translation>Passphrase of the private key: </translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="117" />
        <source>no passphrase given</source>
        <translation>no passphrase given</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="145" />
        <location filename="../app/ReportCommand.cpp" line="578" />
        <source>The archive did not answer.</source>
        <translation>The archive did not answer.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="152" />
        <source>The center's trust settings (CA file, roles).</source>
        <translation>The center's trust settings (CA file, roles).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="154" />
        <source>Your private key (PEM, passphrase-protected).</source>
        <translation>Your private key (PEM, passphrase-protected).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="156" />
        <source>Your X.509 certificate (PEM).</source>
        <translation>Your X.509 certificate (PEM).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="159" />
        <source>File holding the key's passphrase (else YUNYUE_KEY_PASSPHRASE or a prompt).</source>
        <translation>File holding the key's passphrase (else YUNYUE_KEY_PASSPHRASE or a prompt).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="161" />
        <source>Output file.</source>
        <translation>Output file.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="162" />
        <source>Server profile file (default: the demo cloud's).</source>
        <translation>Server profile file (default: the demo cloud's).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="164" />
        <source>Outbox directory.</source>
        <translation>Outbox directory.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="166" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>Cache directory (default: the user's cache).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="186" />
        <source>--key and --cert are required to sign</source>
        <translation>--key and --cert are required to sign</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="215" />
        <source>Template id (default: the best for the study).</source>
        <translation>Template id (default: the best for the study).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="216" />
        <source>zh_CN or en.</source>
        <translation>zh_CN or en.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="217" />
        <source>Your name, DICOM style (王^医生).</source>
        <translation>Your name, DICOM style (王^医生).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="218" />
        <location filename="../app/ReportCommand.cpp" line="609" />
        <source>Your staff ID.</source>
        <translation>Your staff ID.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="219" />
        <location filename="../app/ReportCommand.cpp" line="327" />
        <location filename="../app/ReportCommand.cpp" line="610" />
        <source>Your organisation.</source>
        <translation>Your organisation.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="220" />
        <source>Technique text (default: the template's).</source>
        <translation>Technique text (default: the template's).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="221" />
        <source>Findings text (default: the template's).</source>
        <translation>Findings text (default: the template's).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="222" />
        <source>Impression text (default: the template's).</source>
        <translation>Impression text (default: the template's).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="223" />
        <source>The final report (SR file) this one amends: its text is the start.</source>
        <translation>The final report (SR file) this one amends: its text is the start.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="226" />
        <source>usage: yunyue report draft [--cache DIR] STUDY --out REPORT.json [--author-name PN ...]</source>
        <translation>usage: yunyue report draft [--cache DIR] STUDY --out REPORT.json [--author-name PN ...]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="234" />
        <source>study %1 is not in the cache; pull it first</source>
        <translation>study %1 is not in the cache; pull it first</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="245" />
        <source>no report template %1</source>
        <translation>no report template %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="266" />
        <source>%1 is no final report of study %2</source>
        <translation>%1 is no final report of study %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ReportCommand.cpp" line="283" />
        <source>draft for study %1 (%n image(s) as evidence) written to %2</source>
        <translation>
            <numerusform>draft for study %1 (%n image as evidence) written to %2</numerusform><numerusform>draft for study %1 (%n images as evidence) written to %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="293" />
        <source>usage: yunyue report sign REPORT.json --key KEY --cert CERT [--trust center.ini] --out REPORT.dcm</source>
        <translation>usage: yunyue report sign REPORT.json --key KEY --cert CERT [--trust center.ini] --out REPORT.dcm</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="306" />
        <source>%1 is no report draft</source>
        <translation>%1 is no report draft</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="321" />
        <source>signed by the author in %1 ms: %2 (SOP Instance UID %3)</source>
        <translation>signed by the author in %1 ms: %2 (SOP Instance UID %3)</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="326" />
        <location filename="../app/ReportCommand.cpp" line="608" />
        <source>Your name, DICOM style (李^主任).</source>
        <translation>Your name, DICOM style (李^主任).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="330" />
        <source>usage: yunyue report countersign REPORT.dcm --key KEY --cert CERT --name PN [--organisation O] --out FINAL.dcm</source>
        <translation>usage: yunyue report countersign REPORT.dcm --key KEY --cert CERT --name PN [--organisation O] --out FINAL.dcm</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="346" />
        <source>verified and countersigned in %1 ms: %2 (SOP Instance UID %3)</source>
        <translation>verified and countersigned in %1 ms: %2 (SOP Instance UID %3)</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="353" />
        <source>usage: yunyue report verify [--trust center.ini] REPORT.dcm...</source>
        <translation>usage: yunyue report verify [--trust center.ini] REPORT.dcm...</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="379" />
        <source>The report carries no signature.</source>
        <translation>The report carries no signature.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="384" />
        <source>  every signature verified (%1 ms)</source>
        <translation>  every signature verified (%1 ms)</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="409" />
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="410" />
        <source>sending</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="411" />
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="412" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ReportCommand.cpp" line="419" />
        <source>(%n attempt(s): %1)</source>
        <translation>
            <numerusform>(%n attempt: %1)</numerusform><numerusform>(%n attempts: %1)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="453" />
        <location filename="../app/ReportCommand.cpp" line="615" />
        <source>Seconds to wait for delivery (default 60); what is not delivered stays queued.</source>
        <translation>Seconds to wait for delivery (default 60); what is not delivered stays queued.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="455" />
        <source>Send even though the archive holds a newer report.</source>
        <translation>Send even though the archive holds a newer report.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="456" />
        <source>Also write the printed final report to this PDF file.</source>
        <translation>Also write the printed final report to this PDF file.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="459" />
        <source>usage: yunyue report submit [--profile cloud.ini] [--outbox DIR] [REPORT.dcm...]</source>
        <translation>usage: yunyue report submit [--profile cloud.ini] [--outbox DIR] [REPORT.dcm...]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="480" />
        <source>%1 is not signed; sign it first</source>
        <translation>%1 is not signed; sign it first</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="487" />
        <source>yunyue: the archive cannot be checked for newer reports now (%1); queued anyway</source>
        <translation>yunyue: the archive cannot be checked for newer reports now (%1); queued anyway</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="496" />
        <source>the archive holds a newer report for this study, by %1 (%2, %3); look at it, then send with --force to keep yours as well</source>
        <translation>the archive holds a newer report for this study, by %1 (%2, %3); look at it, then send with --force to keep yours as well</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="501" />
        <source>%1 report, %2</source>
        <translation>%1 report, %2</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="502" />
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="502" />
        <source>preliminary</source>
        <translation>preliminary</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="505" />
        <source>queued %1 (%2)</source>
        <translation>queued %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="518" />
        <source>%1 report, final, PDF</source>
        <translation>%1 report, final, PDF</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="521" />
        <source>queued the printed report (%1)</source>
        <translation>queued the printed report (%1)</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="735" />
        <source>usage: yunyue report draft|sign|countersign|verify|submit|status|spot-check|score ...</source>
        <translation>usage: yunyue report draft|sign|countersign|verify|submit|status|spot-check|score ...</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="447" />
        <source>%1 of %2 delivered in %3 ms</source>
        <translation>%1 of %2 delivered in %3 ms</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="448" />
        <source>yunyue: not delivered yet; the outbox keeps it and sends it on the next run</source>
        <translation>yunyue: not delivered yet; the outbox keeps it and sends it on the next run</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="535" />
        <source>usage: yunyue report status [--profile cloud.ini] STUDY</source>
        <translation>usage: yunyue report status [--profile cloud.ini] STUDY</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="551" />
        <source>INVALID: %1</source>
        <translation>INVALID: %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="554" />
        <source>state: %1</source>
        <translation>state: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ReportCommand.cpp" line="596" />
        <source>spot-check scores %1 to %2: %n report(s) reviewed</source>
        <translation>
            <numerusform>spot-check scores %1 to %2: %n report reviewed</numerusform><numerusform>spot-check scores %1 to %2: %n reports reviewed</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="605" />
        <source>SOP Instance UID of the final report scored.</source>
        <translation>SOP Instance UID of the final report scored.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="606" />
        <source>RADPEER score: 1, 2a, 2b, 3a or 3b.</source>
        <translation>RADPEER score: 1, 2a, 2b, 3a or 3b.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="607" />
        <source>Why, in your words.</source>
        <translation>Why, in your words.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="611" />
        <source>The spot check's day (yyyy-MM-dd, default today).</source>
        <translation>The spot check's day (yyyy-MM-dd, default today).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="613" />
        <source>The spot check's share (default 5).</source>
        <translation>The spot check's share (default 5).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="614" />
        <source>The spot check's seed (default: the date as yyyyMMdd).</source>
        <translation>The spot check's seed (default: the date as yyyyMMdd).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="621" />
        <source>usage: yunyue report score STUDY --report UID --score 1|2a|2b|3a|3b --name PN [--comment TEXT]</source>
        <translation>usage: yunyue report score STUDY --report UID --score 1|2a|2b|3a|3b --name PN [--comment TEXT]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="640" />
        <source>%1 is no valid final report of study %2</source>
        <translation>%1 is no valid final report of study %2</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="657" />
        <source>spot-check score %1</source>
        <translation>spot-check score %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="659" />
        <source>scored %1: %2 (%3)</source>
        <translation>scored %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="664" />
        <source>The day whose final reports are sampled (yyyy-MM-dd, default today).</source>
        <translation>The day whose final reports are sampled (yyyy-MM-dd, default today).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="666" />
        <source>Share of the day's final reports to re-check (default 5).</source>
        <translation>Share of the day's final reports to re-check (default 5).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="668" />
        <source>Seed of the draw (default: the date as yyyyMMdd).</source>
        <translation>Seed of the draw (default: the date as yyyyMMdd).</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="669" />
        <source>How many days back studies are searched for reports (default 7).</source>
        <translation>How many days back studies are searched for reports (default 7).</translation>
    </message>
    <message>
        <source>usage: yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N]</source>
        <translation>usage: yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="623" />
        <location filename="../app/ReportCommand.cpp" line="677" />
        <source>bad --date %1</source>
        <translation>bad --date %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="671" />
        <source>Instead of drawing: the scores of the last n days up to --date, per reader.</source>
        <translation>Instead of drawing: the scores of the last n days up to --date, per reader.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="675" />
        <source>usage: yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N] [--summary DAYS]</source>
        <translation>usage: yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N] [--summary DAYS]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="708" />
        <source>%1: %2 final report(s), seed %3, sample of %4:</source>
        <translation>%1: %2 final report(s), seed %3, sample of %4:</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="728" />
        <source>The double-signed reporting workflow.</source>
        <translation>The double-signed reporting workflow.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="730" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="731" />
        <source>What to do.</source>
        <translation>What to do.</translation>
    </message>
    <message>
        <source>usage: yunyue report draft|sign|countersign|verify|submit|status|spot-check ...</source>
        <translation>usage: yunyue report draft|sign|countersign|verify|submit|status|spot-check ...</translation>
    </message>
</context>
<context>
    <name>TeachCommand</name>
    <message>
        <source>usage: yunyue teach export STUDY --title TEXT [--diagnosis TEXT] [--history TEXT] [--point TEXT]... [--tag TAG]... [--key-image SOPUID]... [--case-id ID] [--author NAME] [--language zh-CN|en] [--secret-file FILE] [--out DIR] [--send [--profile FILE]]
       yunyue teach import PACKAGE
       yunyue teach list [--search TEXT] [--tag TAG]
       yunyue teach verify PACKAGE
       yunyue teach send PACKAGE [--profile FILE]
(every form takes [--library DIR]; export takes [--cache DIR])</source>
        <translation>usage: yunyue teach export STUDY --title TEXT [--diagnosis TEXT] [--history TEXT] [--point TEXT]... [--tag TAG]... [--key-image SOPUID]... [--case-id ID] [--author NAME] [--language zh-CN|en] [--secret-file FILE] [--out DIR] [--send [--profile FILE]]
       yunyue teach import PACKAGE
       yunyue teach list [--search TEXT] [--tag TAG]
       yunyue teach verify PACKAGE
       yunyue teach send PACKAGE [--profile FILE]
(every form takes [--library DIR]; export takes [--cache DIR])</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="37" />
        <source>usage: yunyue teach export STUDY --title TEXT [--diagnosis TEXT] [--history TEXT] [--point TEXT]... [--tag TAG]... [--key-image SOPUID]... [--case-id ID] [--author NAME] [--language zh-CN|en] [--secret-file FILE] [--out DIR] [--send [--profile FILE]]</source>
        <translation>usage: yunyue teach export STUDY --title TEXT [--diagnosis TEXT] [--history TEXT] [--point TEXT]... [--tag TAG]... [--key-image SOPUID]... [--case-id ID] [--author NAME] [--language zh-CN|en] [--secret-file FILE] [--out DIR] [--send [--profile FILE]]</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="41" />
        <source>       yunyue teach list [--search TEXT] [--tag TAG]</source>
        <translation>       yunyue teach list [--search TEXT] [--tag TAG]</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="43" />
        <source>       yunyue teach send PACKAGE [--profile FILE]</source>
        <translation>       yunyue teach send PACKAGE [--profile FILE]</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="44" />
        <source>(every form takes [--library DIR]; export takes [--cache DIR])</source>
        <translation>(every form takes [--library DIR]; export takes [--cache DIR])</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="64" />
        <source>the study %1 is not in the cache %2 (pull it first)</source>
        <translation>the study %1 is not in the cache %2 (pull it first)</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="79" />
        <source>yunyue: cannot read %1</source>
        <translation>yunyue: cannot read %1</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="91" />
        <source>Teaching files: de-identified case packages and the teaching library.</source>
        <translation>Teaching files: de-identified case packages and the teaching library.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="93" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="94" />
        <source>export, import, list, verify or send.</source>
        <translation>export, import, list, verify or send.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="99" />
        <source>Teaching library folder.</source>
        <translation>Teaching library folder.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="101" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>Cache directory (default: the user's cache).</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="103" />
        <source>The case's title.</source>
        <translation>The case's title.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="104" />
        <source>The diagnosis (hidden until revealed).</source>
        <translation>The diagnosis (hidden until revealed).</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="105" />
        <source>Clinical history, without identifiers.</source>
        <translation>Clinical history, without identifiers.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="106" />
        <source>A teaching point (repeatable).</source>
        <translation>A teaching point (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="107" />
        <source>A tag (repeatable); with list: only cases with it.</source>
        <translation>A tag (repeatable); with list: only cases with it.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="108" />
        <source>SOPInstanceUID of a key image (repeatable).</source>
        <translation>SOPInstanceUID of a key image (repeatable).</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="109" />
        <source>Case ID (default: a new one).</source>
        <translation>Case ID (default: a new one).</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="110" />
        <source>The teacher's name as shown.</source>
        <translation>The teacher's name as shown.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="111" />
        <source>Language of the text (default zh-CN).</source>
        <translation>Language of the text (default zh-CN).</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="114" />
        <source>File with the secret that derives new UIDs and date shifts (default: random).</source>
        <translation>File with the secret that derives new UIDs and date shifts (default: random).</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="115" />
        <source>Write the package here instead of into the library.</source>
        <translation>Write the package here instead of into the library.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="116" />
        <source>Also store the de-identified images in the teaching archive.</source>
        <translation>Also store the de-identified images in the teaching archive.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="118" />
        <source>Teaching archive's server profile file (default: the demo cloud's).</source>
        <translation>Teaching archive's server profile file (default: the demo cloud's).</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="120" />
        <source>Only cases whose text contains this.</source>
        <translation>Only cases whose text contains this.</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="142" />
        <source>name one action and its study or package</source>
        <translation>name one action and its study or package</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="152" />
        <source>case %1 is in the teaching library %2</source>
        <translation>case %1 is in the teaching library %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/TeachCommand.cpp" line="154" />
        <source>case %1: %n file(s), all intact</source>
        <translation>
            <numerusform>case %1: %n file, all intact</numerusform><numerusform>case %1: %n files, all intact</numerusform></translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="159" />
        <source>unknown action %1</source>
        <translation>unknown action %1</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="161" />
        <source>a teaching case needs --title</source>
        <translation>a teaching case needs --title</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="164" />
        <source>--case-id may hold only letters, digits, '.', '_' and '-'</source>
        <translation>--case-id may hold only letters, digits, '.', '_' and '-'</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="184" />
        <source>the secret file %1 cannot be read or is empty</source>
        <translation>the secret file %1 cannot be read or is empty</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="196" />
        <source>yunyue: cannot create %1</source>
        <translation>yunyue: cannot create %1</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="203" />
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/TeachCommand.cpp" line="204" />
        <source>case %1: %n de-identified image(s) in %2</source>
        <translation>
            <numerusform>case %1: %n de-identified image in %2</numerusform><numerusform>case %1: %n de-identified images in %2</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue</name>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="67" />
        <source>%1 is no teaching case: case.json is missing.</source>
        <translation>%1 is no teaching case: case.json is missing.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="159" />
        <source>case.json is no teaching case description.</source>
        <translation>case.json is no teaching case description.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="164" />
        <source>case.json has no valid case ID.</source>
        <translation>case.json has no valid case ID.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="188" />
        <source>case.json names a file outside the package's DICOM folder.</source>
        <translation>case.json names a file outside the package's DICOM folder.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="206" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="207" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="208" />
        <source>Body part</source>
        <translation>Body part</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="209" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="210" />
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="211" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="212" />
        <source>Clinical history</source>
        <translation>Clinical history</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="213" />
        <source>Key images</source>
        <translation>Key images</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="216" />
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="218" />
        <source>Teaching points</source>
        <translation>Teaching points</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="223" />
        <source>Images de-identified (DICOM PS3.15 Annex E, basic profile with modified dates and clean descriptors).</source>
        <translation>Images de-identified (DICOM PS3.15 Annex E, basic profile with modified dates and clean descriptors).</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="247" />
        <source>the patient's name</source>
        <translation>the patient's name</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="248" />
        <source>the patient ID</source>
        <translation>the patient ID</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="250" />
        <source>the accession number</source>
        <translation>the accession number</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="251" />
        <source>the birth date</source>
        <translation>the birth date</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="261" />
        <source>The case ID may hold only letters, digits, '.', '_' and '-' (at most 64).</source>
        <translation>The case ID may hold only letters, digits, '.', '_' and '-' (at most 64).</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="262" />
        <source>A teaching case needs a title.</source>
        <translation>A teaching case needs a title.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="265" />
        <source>%1 exists already; a case package is written to a new folder.</source>
        <translation>%1 exists already; a case package is written to a new folder.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="275" />
        <source>The case text contains %1; teaching cases must not identify the patient.</source>
        <translation>The case text contains %1; teaching cases must not identify the patient.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="275" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="293" />
        <source>The key image %1 is not an image of this study.</source>
        <translation>The key image %1 is not an image of this study.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="314" />
        <source>The case package cannot be written to %1.</source>
        <translation>The case package cannot be written to %1.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="319" />
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="348" />
        <source>The teaching case %1 is damaged: %2</source>
        <translation>The teaching case %1 is damaged: %2</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="350" />
        <source>a file is missing.</source>
        <translation>a file is missing.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="351" />
        <source>a file has the wrong size.</source>
        <translation>a file has the wrong size.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="352" />
        <source>a file was changed.</source>
        <translation>a file was changed.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="358" />
        <source>The teaching case %1 is damaged: a key image is not in the package.</source>
        <translation>The teaching case %1 is damaged: a key image is not in the package.</translation>
    </message>
</context>
<context>
    <name>yunyue::ArchivedRegistrations</name>
    <message>
        <location filename="../app/ArchivedRegistrations.cpp" line="71" />
        <source>The archive did not keep the registration.</source>
        <translation>The archive did not keep the registration.</translation>
    </message>
</context>
<context>
    <name>yunyue::ClippingControls</name>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="18" />
        <source>Clip box</source>
        <translation>Clip box</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="18" />
        <source>Clear planes</source>
        <translation>Clear planes</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="22" />
        <source>R–L</source>
        <translation>R–L</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="22" />
        <source>A–P</source>
        <translation>A–P</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="22" />
        <source>I–S</source>
        <translation>I–S</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="37" />
        <source>Add axial plane</source>
        <translation>Add axial plane</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="37" />
        <source>Add coronal plane</source>
        <translation>Add coronal plane</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="37" />
        <source>Add sagittal plane</source>
        <translation>Add sagittal plane</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="45" />
        <source>Keeps the superior half</source>
        <translation>Keeps the superior half</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="46" />
        <source>Keeps the posterior half</source>
        <translation>Keeps the posterior half</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="47" />
        <source>Keeps the patient's left half</source>
        <translation>Keeps the patient's left half</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="136" />
        <source>%1 to %2 mm</source>
        <translation>%1 to %2 mm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="139" />
        <source>Cut planes: %1</source>
        <translation>Cut planes: %1</translation>
    </message>
</context>
<context>
    <name>yunyue::ComparisonLayout</name>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="49" />
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="50" />
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="51" />
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="61" />
        <source>Linked</source>
        <translation>Linked</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="62" />
        <source>Scrolling, zoom, pan and window follow in both views</source>
        <translation>Scrolling, zoom, pan and window follow in both views</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="191" />
        <source>Current: %1</source>
        <translation>Current: %1</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="193" />
        <source>Prior: none opened</source>
        <translation>Prior: none opened</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="197" />
        <source>Prior: %1</source>
        <translation>Prior: %1</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="198" />
        <source>Alignment: %1</source>
        <translation>Alignment: %1</translation>
    </message>
</context>
<context>
    <name>yunyue::CredentialsCommand</name>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="65" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="74" />
        <source>Password or token: </source>
        <translation>Password or token: </translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="76" />
        <source>no password: give --password-file or set YUNYUE_PASSWORD</source>
        <translation>no password: give --password-file or set YUNYUE_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="81" />
        <source>the password is empty</source>
        <translation>the password is empty</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="100" />
        <source>Saved in %1.</source>
        <translation>Saved in %1.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="108" />
        <source>Removed from %1.</source>
        <translation>Removed from %1.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="110" />
        <location filename="../app/CredentialsCommand.cpp" line="124" />
        <source>No password was saved for this server and user.</source>
        <translation>No password was saved for this server and user.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="115" />
        <source>New passwords are saved in %1.</source>
        <translation>New passwords are saved in %1.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="121" />
        <source>The password for this server and user is in %1.</source>
        <translation>The password for this server and user is in %1.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="133" />
        <source>passwords are never taken from the command line (the process list and the shell history would show them): use --password-file FILE, YUNYUE_PASSWORD or type it when asked</source>
        <translation>passwords are never taken from the command line (the process list and the shell history would show them): use --password-file FILE, YUNYUE_PASSWORD or type it when asked</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="139" />
        <source>Keeps a server's password or token in the system keychain or a private file.</source>
        <translation>Keeps a server's password or token in the system keychain or a private file.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="142" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="145" />
        <source>DICOMweb address of the server.</source>
        <translation>DICOMweb address of the server.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="148" />
        <source>User name on the server.</source>
        <translation>User name on the server.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="151" />
        <source>File holding the password (else YUNYUE_PASSWORD or a prompt).</source>
        <translation>File holding the password (else YUNYUE_PASSWORD or a prompt).</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="155" />
        <source>The secret is a bearer token, not a password.</source>
        <translation>The secret is a bearer token, not a password.</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="169" />
        <source>--server must be an http or https address</source>
        <translation>--server must be an http or https address</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="175" />
        <source>--server is needed</source>
        <translation>--server is needed</translation>
    </message>
</context>
<context>
    <name>yunyue::Deidentifier</name>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="823" />
        <source>The file is not a DICOM file.</source>
        <translation>The file is not a DICOM file.</translation>
    </message>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="828" />
        <source>The file's character set cannot be converted to Unicode.</source>
        <translation>The file's character set cannot be converted to Unicode.</translation>
    </message>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="861" />
        <source>The image has patient information burned into its pixels (Burned In Annotation YES); it is not removed. Check the image before sharing it.</source>
        <translation>The image has patient information burned into its pixels (Burned In Annotation YES); it is not removed. Check the image before sharing it.</translation>
    </message>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="865" />
        <source>The image does not say whether patient information is burned into its pixels (no Burned In Annotation); check the image before sharing it.</source>
        <translation>The image does not say whether patient information is burned into its pixels (no Burned In Annotation); check the image before sharing it.</translation>
    </message>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="884" />
        <source>The de-identified file could not be written.</source>
        <translation>The de-identified file could not be written.</translation>
    </message>
</context>
<context>
    <name>yunyue::DerivedSeriesWriter</name>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="95" />
        <source>There is no image to save.</source>
        <translation>There is no image to save.</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="103" />
        <source>The source image cannot be read.</source>
        <translation>The source image cannot be read.</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="113" />
        <source>The source's character set cannot be converted.</source>
        <translation>The source's character set cannot be converted.</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="121" />
        <source>Only CT and MR series can be saved as derived series.</source>
        <translation>Only CT and MR series can be saved as derived series.</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="286" />
        <source>The derived series cannot be encoded.</source>
        <translation>The derived series cannot be encoded.</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="302" />
        <source>The folder cannot be created.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="308" />
        <source>The derived series cannot be saved.</source>
        <translation>The derived series cannot be saved.</translation>
    </message>
</context>
<context>
    <name>yunyue::DicomDecoder</name>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="70" />
        <source>This object holds no image.</source>
        <translation>This object holds no image.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="76" />
        <source>Colour images cannot be shown yet.</source>
        <translation>Colour images cannot be shown yet.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="87" />
        <location filename="../viewer/DecodedImage.cpp" line="92" />
        <source>The image data cannot be decoded.</source>
        <translation>The image data cannot be decoded.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="101" />
        <source>The image data is incomplete.</source>
        <translation>The image data is incomplete.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="153" />
        <source>The file is not a readable DICOM file.</source>
        <translation>The file is not a readable DICOM file.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="167" />
        <source>The received data is not a readable DICOM object.</source>
        <translation>The received data is not a readable DICOM object.</translation>
    </message>
</context>
<context>
    <name>yunyue::DicomJson</name>
    <message>
        <location filename="../cloudclient/DicomJson.cpp" line="12" />
        <source>The server sent study data that cannot be read.</source>
        <translation>The server sent study data that cannot be read.</translation>
    </message>
</context>
<context>
    <name>yunyue::DicomWebClient</name>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="84" />
        <source>The server did not report this image as stored.</source>
        <translation>The server did not report this image as stored.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="86" />
        <source>The server does not accept the encoding (transfer syntax) of this image.</source>
        <translation>The server does not accept the encoding (transfer syntax) of this image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="89" />
        <source>The server has no room for this image.</source>
        <translation>The server has no room for this image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="91" />
        <source>The image does not match its declared DICOM type.</source>
        <translation>The image does not match its declared DICOM type.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="93" />
        <source>The server cannot read this image.</source>
        <translation>The server cannot read this image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="95" />
        <source>The server does not accept this kind of image.</source>
        <translation>The server does not accept this kind of image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="97" />
        <source>This account may not store images.</source>
        <translation>This account may not store images.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="98" />
        <source>The server could not store this image (status %1).</source>
        <translation>The server could not store this image (status %1).</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="104" />
        <source>The server's answer to the upload cannot be read.</source>
        <translation>The server's answer to the upload cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="187" />
        <source>This is not a DICOM file; the server did not store it.</source>
        <translation>This is not a DICOM file; the server did not store it.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="306" />
        <source>The server's certificate is not trusted.</source>
        <translation>The server's certificate is not trusted.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="308" />
        <source>A secure connection to the server %1 could not be set up.</source>
        <translation>A secure connection to the server %1 could not be set up.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="312" />
        <source>The server refused the access token. Sign in again.</source>
        <translation>The server refused the access token. Sign in again.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="313" />
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="314" />
        <source>This account may not read these studies.</source>
        <translation>This account may not read these studies.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="315" />
        <source>The server does not have the requested study or image.</source>
        <translation>The server does not have the requested study or image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="316" />
        <source>The server reported an error. Try again later.</source>
        <translation>The server reported an error. Try again later.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="319" />
        <source>The server %1 cannot be reached.</source>
        <translation>The server %1 cannot be reached.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="392" />
        <source>The server sent image data that cannot be read.</source>
        <translation>The server sent image data that cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="449" />
        <location filename="../cloudclient/DicomWebClient.cpp" line="459" />
        <source>The server refused to store the images.</source>
        <translation>The server refused to store the images.</translation>
    </message>
</context>
<context>
    <name>yunyue::DraftStore</name>
    <message>
        <location filename="../reporting/DraftStore.cpp" line="51" />
        <source>The draft could not be saved. Check the free disk space and the permissions of the draft folder.</source>
        <translation>The draft could not be saved. Check the free disk space and the permissions of the draft folder.</translation>
    </message>
    <message>
        <location filename="../reporting/DraftStore.cpp" line="61" />
        <source>The saved draft of this report cannot be read.</source>
        <translation>The saved draft of this report cannot be read.</translation>
    </message>
    <message>
        <location filename="../reporting/DraftStore.cpp" line="154" />
        <source>The draft could not be deleted.</source>
        <translation>The draft could not be deleted.</translation>
    </message>
</context>
<context>
    <name>yunyue::EncapsulatedPdf</name>
    <message>
        <location filename="../reporting/EncapsulatedPdf.cpp" line="167" />
        <source>The report PDF could not be stored as a DICOM object.</source>
        <translation>The report PDF could not be stored as a DICOM object.</translation>
    </message>
</context>
<context>
    <name>yunyue::ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="29" />
        <source>usage: yunyue export [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--row X,Y,Z --column X,Y,Z] --spacing MM [--slab mip|minip|average --thickness MM] [--pixel MM] [--interpolation nearest|linear|cubic] --out DIR [--upload [--profile cloud.ini]]</source>
        <translation>usage: yunyue export [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--row X,Y,Z --column X,Y,Z] --spacing MM [--slab mip|minip|average --thickness MM] [--pixel MM] [--interpolation nearest|linear|cubic] --out DIR [--upload [--profile cloud.ini]]</translation>
    </message>
    <message>
        <location filename="../app/ArchiveUpload.cpp" line="40" />
        <source>not stored: %1 (%2)</source>
        <translation>not stored: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ArchiveUpload.cpp" line="48" />
        <source>stored %1 of %2 images on %3</source>
        <translation>stored %1 of %2 images on %3</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="66" />
        <source>Writes a reformatted stack (MPR or slab) of a cached series as a DERIVED series.</source>
        <translation>Writes a reformatted stack (MPR or slab) of a cached series as a DERIVED series.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="69" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="70" />
        <source>SeriesInstanceUID, or a StudyInstanceUID for its first series.</source>
        <translation>SeriesInstanceUID, or a StudyInstanceUID for its first series.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="71" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>Cache directory (default: the user's cache).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="74" />
        <source>axial, coronal, sagittal or oblique (with --row and --column).</source>
        <translation>axial, coronal, sagittal or oblique (with --row and --column).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="76" />
        <source>Oblique plane: image right as an LPS direction.</source>
        <translation>Oblique plane: image right as an LPS direction.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="78" />
        <source>Oblique plane: image down as an LPS direction.</source>
        <translation>Oblique plane: image down as an LPS direction.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="80" />
        <source>Distance between the images along the plane normal, mm.</source>
        <translation>Distance between the images along the plane normal, mm.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="82" />
        <source>Thick slabs: mip, minip or average.</source>
        <translation>Thick slabs: mip, minip or average.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="83" />
        <source>Slab thickness, mm.</source>
        <translation>Slab thickness, mm.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="84" />
        <source>Square pixels of this size, mm (default: as fine as the voxels).</source>
        <translation>Square pixels of this size, mm (default: as fine as the voxels).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="86" />
        <source>nearest, linear or cubic (default linear).</source>
        <translation>nearest, linear or cubic (default linear).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="88" />
        <source>The folder to write the DICOM files to.</source>
        <translation>The folder to write the DICOM files to.</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="89" />
        <source>Store the series in the archive (STOW-RS).</source>
        <translation>Store the series in the archive (STOW-RS).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="90" />
        <source>Server profile file (default: the demo cloud's).</source>
        <translation>Server profile file (default: the demo cloud's).</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="102" />
        <source>name one series</source>
        <translation>name one series</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="103" />
        <source>--out is required</source>
        <translation>--out is required</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="112" />
        <source>--plane must be axial, coronal, sagittal or oblique</source>
        <translation>--plane must be axial, coronal, sagittal or oblique</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="115" />
        <source>--row and --column go with --plane oblique, both of them</source>
        <translation>--row and --column go with --plane oblique, both of them</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="120" />
        <source>--row and --column must be three numbers x,y,z</source>
        <translation>--row and --column must be three numbers x,y,z</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="123" />
        <source>--row and --column must be non-zero and not parallel</source>
        <translation>--row and --column must be non-zero and not parallel</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="128" />
        <source>--spacing in mm, more than 0, is required</source>
        <translation>--spacing in mm, more than 0, is required</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="137" />
        <source>--slab must be mip, minip or average</source>
        <translation>--slab must be mip, minip or average</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="139" />
        <source>a slab needs --thickness in mm, more than 0</source>
        <translation>a slab needs --thickness in mm, more than 0</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="142" />
        <source>--thickness needs --slab</source>
        <translation>--thickness needs --slab</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="146" />
        <source>--pixel must be a size in mm, more than 0</source>
        <translation>--pixel must be a size in mm, more than 0</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="153" />
        <source>--interpolation must be nearest, linear or cubic</source>
        <translation>--interpolation must be nearest, linear or cubic</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="164" />
        <source>--profile needs --upload</source>
        <translation>--profile needs --upload</translation>
    </message>
    <message>
        <location filename="../app/CachedSeries.cpp" line="40" />
        <source>yunyue: series %1 is not in the cache %2 (pull its study first)</source>
        <translation>yunyue: series %1 is not in the cache %2 (pull its study first)</translation>
    </message>
    <message>
        <location filename="../app/CachedSeries.cpp" line="45" />
        <source>yunyue: series %1 cannot be loaded: %2</source>
        <translation>yunyue: series %1 cannot be loaded: %2</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="195" />
        <source>wrote %1 images of "%2" to %3</source>
        <translation>wrote %1 images of "%2" to %3</translation>
    </message>
</context>
<context>
    <name>yunyue::FusionControls</name>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="42" />
        <source>Overlay values below this are transparent</source>
        <translation>Overlay values below this are transparent</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="43" />
        <source>Overlay values from this up get the colour map's last colour</source>
        <translation>Overlay values from this up get the colour map's last colour</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="47" />
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="49" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="51" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="53" />
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
</context>
<context>
    <name>yunyue::HangingProtocol</name>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="200" />
        <source>1×1 single image</source>
        <translation>1×1 single image</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="201" />
        <source>1×1 MPR axial</source>
        <translation>1×1 MPR axial</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="202" />
        <source>1×1 MPR coronal</source>
        <translation>1×1 MPR coronal</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="203" />
        <source>1×1 MPR sagittal</source>
        <translation>1×1 MPR sagittal</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="204" />
        <source>2×2 MPR and 3D</source>
        <translation>2×2 MPR and 3D</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="205" />
        <source>1×2 current and prior</source>
        <translation>1×2 current and prior</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="212" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="213" />
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="214" />
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="215" />
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="216" />
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="217" />
        <source>Prior</source>
        <translation>Prior</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="224" />
        <source>Thin</source>
        <translation>Thin</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="225" />
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="226" />
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="227" />
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="318" />
        <source>The hanging protocols could not be read; the defaults are used.</source>
        <translation>The hanging protocols could not be read; the defaults are used.</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="335" />
        <source>The hanging protocols file is damaged; the defaults are used. It was kept as %1.</source>
        <translation>The hanging protocols file is damaged; the defaults are used. It was kept as %1.</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="336" />
        <source>The hanging protocols file is damaged; the defaults are used.</source>
        <translation>The hanging protocols file is damaged; the defaults are used.</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="347" />
        <source>The hanging protocols could not be saved.</source>
        <translation>The hanging protocols could not be saved.</translation>
    </message>
</context>
<context>
    <name>yunyue::HangingProtocolDialog</name>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="41" />
        <source>Hanging protocols</source>
        <translation>Hanging protocols</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="47" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="48" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="62" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="63" />
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="64" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="65" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="66" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="85" />
        <source>Among equally specific protocols, the first in the list is used.</source>
        <translation>Among equally specific protocols, the first in the list is used.</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="108" />
        <source>any (wildcards * ?, several as HEAD\BRAIN)</source>
        <translation>any (wildcards * ?, several as HEAD\BRAIN)</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="110" />
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="113" />
        <source>Start the 3D view at once</source>
        <translation>Start the 3D view at once</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="122" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="123" />
        <source>Modality:</source>
        <translation>Modality:</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="124" />
        <source>Body part examined:</source>
        <translation>Body part examined:</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="125" />
        <source>Series description contains:</source>
        <translation>Series description contains:</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="126" />
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="129" />
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="225" />
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="226" />
        <source>Slab</source>
        <translation>Slab</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="227" />
        <source>Thickness</source>
        <translation>Thickness</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="231" />
        <source>The image's own</source>
        <translation>The image's own</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="240" />
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="266" />
        <source>New protocol</source>
        <translation>New protocol</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="279" />
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>yunyue::InstanceFacts</name>
    <message>
        <location filename="../cloudclient/DcmtkBridge.cpp" line="46" />
        <source>An image arrived damaged and cannot be read.</source>
        <translation>An image arrived damaged and cannot be read.</translation>
    </message>
</context>
<context>
    <name>yunyue::LoginDialog</name>
    <message>
        <location filename="../app/LoginDialog.cpp" line="24" />
        <source>Connect to the image cloud</source>
        <translation>Connect to the image cloud</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="34" />
        <source>Remember password in %1</source>
        <translation>Remember password in %1</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="46" />
        <source>DICOMweb address</source>
        <translation>DICOMweb address</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="47" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="48" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="51" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="52" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>yunyue::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="72" />
        <source>Yunyue Reading Station</source>
        <translation>Yunyue Reading Station</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="145" />
        <source>Hanging protocol: %1</source>
        <translation>Hanging protocol: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="152" />
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="154" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="155" />
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="156" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="158" />
        <source>Key image</source>
        <translation>Key image</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="163" />
        <source>Slice %1</source>
        <translation>Slice %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="164" />
        <location filename="../app/MainWindow.cpp" line="170" />
        <source>This image cannot be marked before it is in the local cache.</source>
        <translation>This image cannot be marked before it is in the local cache.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="183" />
        <source>1×1</source>
        <translation>1×1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="184" />
        <source>One large view (the active one)</source>
        <translation>One large view (the active one)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="185" />
        <source>2×2</source>
        <translation>2×2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="186" />
        <source>Axial, coronal, sagittal and 3D</source>
        <translation>Axial, coronal, sagittal and 3D</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="187" />
        <source>1×2</source>
        <translation>1×2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="190" />
        <location filename="../app/MainWindow.cpp" line="196" />
        <source>Choose a prior study first: double-click it in the prior studies under the worklist.</source>
        <translation>Choose a prior study first: double-click it in the prior studies under the worklist.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="192" />
        <source>Current and prior side by side, linked</source>
        <translation>Current and prior side by side, linked</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="193" />
        <source>Fuse prior</source>
        <translation>Fuse prior</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="201" />
        <source>The prior in colour over the current MPR (F shows or hides it, A adjusts it by hand)</source>
        <translation>The prior in colour over the current MPR (F shows or hides it, A adjusts it by hand)</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="202" />
        <source>Save registration</source>
        <translation>Save registration</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="205" />
        <source>Store the current alignment of the prior in the archive as a Spatial Registration object</source>
        <translation>Store the current alignment of the prior in the archive as a Spatial Registration object</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="206" />
        <source>Hanging protocols…</source>
        <translation>Hanging protocols…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="207" />
        <source>How studies are laid out, per modality and body part</source>
        <translation>How studies are laid out, per modality and body part</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="208" />
        <source>Teaching case…</source>
        <translation>Teaching case…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="209" />
        <source>Save the open study, de-identified, as a teaching case</source>
        <translation>Save the open study, de-identified, as a teaching case</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="210" />
        <source>Teaching library…</source>
        <translation>Teaching library…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="211" />
        <source>Teaching cases: search, and present them full screen</source>
        <translation>Teaching cases: search, and present them full screen</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="212" />
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="214" />
        <source>Only studies whose preliminary report waits for a reviewer's signature</source>
        <translation>Only studies whose preliminary report waits for a reviewer's signature</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="221" />
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="222" />
        <source>Send the waiting reports now</source>
        <translation>Send the waiting reports now</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="255" />
        <source>Reports cannot be sent: %1</source>
        <translation>Reports cannot be sent: %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="303" />
        <source>Series %1: %2</source>
        <translation>Series %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="325" />
        <source>Series %1: %2 (%n image(s))</source>
        <translation>
            <numerusform>Series %1: %2 (%n image)</numerusform><numerusform>Series %1: %2 (%n images)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="346" />
        <source>Loading the worklist from %1…</source>
        <translation>Loading the worklist from %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="358" />
        <source>%n study(ies) on %1</source>
        <translation>
            <numerusform>%n study on %1</numerusform><numerusform>%n studies on %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="393" />
        <source>%1: W %2  L %3</source>
        <translation>%1: W %2  L %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="405" />
        <source>Outbox: %n report(s) waiting</source>
        <translation>
            <numerusform>Outbox: %n report waiting</numerusform><numerusform>Outbox: %n reports waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="405" />
        <source>Outbox: all sent</source>
        <translation>Outbox: all sent</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="406" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="417" />
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="480" />
        <source>The new language takes effect when the workstation starts next.</source>
        <translation>The new language takes effect when the workstation starts next.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="484" />
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="494" />
        <source>Open a study first.</source>
        <translation>Open a study first.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="516" />
        <source>Teaching case</source>
        <translation>Teaching case</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="521" />
        <source>Teaching case %1 saved: %n image(s)</source>
        <translation>
            <numerusform>Teaching case %1 saved: %n image</numerusform><numerusform>Teaching case %1 saved: %n images</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="565" />
        <source>Prior %1: %2</source>
        <translation>Prior %1: %2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="579" />
        <source>Open the current study and wait for its series to load, then choose the prior.</source>
        <translation>Open the current study and wait for its series to load, then choose the prior.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="580" />
        <source>no current series</source>
        <translation>no current series</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="586" />
        <source>That study is not a prior of the open study's patient: select the open study to see its priors.</source>
        <translation>That study is not a prior of the open study's patient: select the open study to see its priors.</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="587" />
        <source>not the same patient</source>
        <translation>not the same patient</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="601" />
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="602" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="649" />
        <source>Series %1 is not in the local cache yet.</source>
        <translation>Series %1 is not in the local cache yet.</translation>
    </message>
</context>
<context>
    <name>yunyue::MprLayout</name>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="170" />
        <source>MPR views: mouse and keys</source>
        <translation>MPR views: mouse and keys</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="172" />
        <source>Wheel, Down / Up: next / previous slice</source>
        <translation>Wheel, Down / Up: next / previous slice</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="173" />
        <source>Page Down / Page Up: 10 slices</source>
        <translation>Page Down / Page Up: 10 slices</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="174" />
        <source>Home / End: first / last slice</source>
        <translation>Home / End: first / last slice</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="175" />
        <source>Left drag: window (horizontal) and level (vertical)</source>
        <translation>Left drag: window (horizontal) and level (vertical)</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="176" />
        <source>Right drag: zoom</source>
        <translation>Right drag: zoom</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="177" />
        <source>Middle drag or Shift+left drag: pan</source>
        <translation>Middle drag or Shift+left drag: pan</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="178" />
        <source>1-6: window presets</source>
        <translation>1-6: window presets</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="179" />
        <source>R: reset zoom, pan, window, flips and orientation</source>
        <translation>R: reset zoom, pan, window, flips and orientation</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="180" />
        <source>I: invert</source>
        <translation>I: invert</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="181" />
        <source>H / V: flip horizontally / vertically</source>
        <translation>H / V: flip horizontally / vertically</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="182" />
        <source>Ctrl+R / Ctrl+Shift+R: rotate 90° clockwise / anticlockwise</source>
        <translation>Ctrl+R / Ctrl+Shift+R: rotate 90° clockwise / anticlockwise</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="183" />
        <source>C: cine play / stop</source>
        <translation>C: cine play / stop</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="184" />
        <source>M: slab mode (thin, MIP, MinIP, average)</source>
        <translation>M: slab mode (thin, MIP, MinIP, average)</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="185" />
        <source>[ / ]: slab thinner / thicker</source>
        <translation>[ / ]: slab thinner / thicker</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="186" />
        <source>Drag the crosshair centre: move the crosshair point</source>
        <translation>Drag the crosshair centre: move the crosshair point</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="187" />
        <source>Drag a crosshair line: move that plane</source>
        <translation>Drag a crosshair line: move that plane</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="188" />
        <source>Drag a line's round handle, or Ctrl+left drag: rotate the other planes (oblique)</source>
        <translation>Drag a line's round handle, or Ctrl+left drag: rotate the other planes (oblique)</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="189" />
        <source>D: distance tool (two clicks); drag an end to edit</source>
        <translation>D: distance tool (two clicks); drag an end to edit</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="190" />
        <source>G: angle tool (three clicks: arm, vertex, arm); drag a point to edit</source>
        <translation>G: angle tool (three clicks: arm, vertex, arm); drag a point to edit</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="191" />
        <source>O: ellipse ROI tool (drag a box): mean ± SD, min / max, area; drag a corner to edit</source>
        <translation>O: ellipse ROI tool (drag a box): mean ± SD, min / max, area; drag a corner to edit</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="192" />
        <source>Delete: remove the selected measurement</source>
        <translation>Delete: remove the selected measurement</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="193" />
        <source>With a fused series: F show / hide it; , / . opacity − / +; B blend (alpha, additive, checkerboard)</source>
        <translation>With a fused series: F show / hide it; , / . opacity − / +; B blend (alpha, additive, checkerboard)</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="194" />
        <source>A: fusion adjustment (left drag moves the overlay, Ctrl+left drag turns it)</source>
        <translation>A: fusion adjustment (left drag moves the overlay, Ctrl+left drag turns it)</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="195" />
        <source>Esc: cancel a measurement being placed, or close this help</source>
        <translation>Esc: cancel a measurement being placed, or close this help</translation>
    </message>
    <message>
        <source>Esc: cancel a distance being placed, or close this help</source>
        <translation>Esc: cancel a distance being placed, or close this help</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="196" />
        <source>Double-click: maximise the view / back to 2×2</source>
        <translation>Double-click: maximise the view / back to 2×2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="197" />
        <source>F1 or ?: this help</source>
        <translation>F1 or ?: this help</translation>
    </message>
</context>
<context>
    <name>yunyue::MprView</name>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="70" />
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="71" />
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="72" />
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="79" />
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="80" />
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="81" />
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="110" />
        <source>Hot iron</source>
        <translation>Hot iron</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="111" />
        <source>Rainbow</source>
        <translation>Rainbow</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="112" />
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="119" />
        <source>Alpha blend</source>
        <translation>Alpha blend</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="120" />
        <source>Additive</source>
        <translation>Additive</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="121" />
        <source>Checkerboard</source>
        <translation>Checkerboard</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="662" />
        <location filename="../viewer/widgets/MprView.cpp" line="734" />
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="663" />
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="669" />
        <source>Area %1 cm²</source>
        <translation>Area %1 cm²</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="670" />
        <source>Area %1 mm²</source>
        <translation>Area %1 mm²</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="672" />
        <source>Mean %1 ± %2%3</source>
        <translation>Mean %1 ± %2%3</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="673" />
        <source>Min %1  Max %2%3</source>
        <translation>Min %1  Max %2%3</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="733" />
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="749" />
        <source>Thin</source>
        <translation>Thin</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="750" />
        <source>%1 %2 mm</source>
        <translation>%1 %2 mm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="752" />
        <source>Position %1 mm</source>
        <translation>Position %1 mm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="753" />
        <source>Slice %1 / %2</source>
        <translation>Slice %1 / %2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="754" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="755" />
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="756" />
        <source>Ellipse ROI</source>
        <translation>Ellipse ROI</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="757" />
        <source>Adjust fusion</source>
        <translation>Adjust fusion</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="760" />
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="762" />
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="775" />
        <source>Fusion hidden: %1</source>
        <translation>Fusion hidden: %1</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="777" />
        <source>opacity %1%</source>
        <translation>opacity %1%</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="779" />
        <source>Fusion: %1</source>
        <translation>Fusion: %1</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="780" />
        <source>%1 %2 to %3, %4</source>
        <translation>%1 %2 to %3, %4</translation>
    </message>
</context>
<context>
    <name>yunyue::MultipartRelated</name>
    <message>
        <location filename="../cloudclient/MultipartRelated.cpp" line="12" />
        <source>The server sent image data that cannot be read.</source>
        <translation>The server sent image data that cannot be read.</translation>
    </message>
</context>
<context>
    <name>yunyue::Outbox</name>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="52" />
        <source>The report could not be saved for sending: the disk is full or cannot be written.</source>
        <translation>The report could not be saved for sending: the disk is full or cannot be written.</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="117" />
        <source>The outbox is in use by another Yunyue program.</source>
        <translation>The outbox is in use by another Yunyue program.</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="151" />
        <source>The report has no valid SOP Instance UID.</source>
        <translation>The report has no valid SOP Instance UID.</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="171" />
        <source>This report was already sent. A changed report needs a new SOP Instance UID.</source>
        <translation>This report was already sent. A changed report needs a new SOP Instance UID.</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="343" />
        <source>The server did not confirm that it stored this report.</source>
        <translation>The server did not confirm that it stored this report.</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="367" />
        <source>The server refused this report: %1</source>
        <translation>The server refused this report: %1</translation>
    </message>
</context>
<context>
    <name>yunyue::PeerReview</name>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="536" />
        <source>Concur with interpretation</source>
        <translation>Concur with interpretation</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="538" />
        <source>Discrepancy not ordinarily expected to be made, unlikely to be clinically significant</source>
        <translation>Discrepancy not ordinarily expected to be made, unlikely to be clinically significant</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="541" />
        <source>Discrepancy not ordinarily expected to be made, likely to be clinically significant</source>
        <translation>Discrepancy not ordinarily expected to be made, likely to be clinically significant</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="544" />
        <source>Discrepancy that should be made almost every time, unlikely to be clinically significant</source>
        <translation>Discrepancy that should be made almost every time, unlikely to be clinically significant</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="547" />
        <source>Discrepancy that should be made almost every time, likely to be clinically significant</source>
        <translation>Discrepancy that should be made almost every time, likely to be clinically significant</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="557" />
        <source>The peer review could not be saved as a DICOM structured report.</source>
        <translation>The peer review could not be saved as a DICOM structured report.</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="592" />
        <source>The file is not a DICOM file.</source>
        <translation>The file is not a DICOM file.</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="596" />
        <source>The DICOM file is not a peer review.</source>
        <translation>The DICOM file is not a peer review.</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="643" />
        <source>Reader</source>
        <translation>Reader</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="644" />
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="647" />
        <source>Discrepancy %</source>
        <translation>Discrepancy %</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="648" />
        <source>Significant %</source>
        <translation>Significant %</translation>
    </message>
</context>
<context>
    <name>yunyue::PresentationWindow</name>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="59" />
        <source>Teaching presentation</source>
        <translation>Teaching presentation</translation>
    </message>
    <message>
        <source>→ / PgDn next case    ← / PgUp previous case    ↓ ↑ wheel images    Space show/hide the answer
1–6 window presets    P pointer    I patient data    F1 this help    Esc leave</source>
        <translation>→ / PgDn next case    ← / PgUp previous case    ↓ ↑ wheel images    Space show/hide the answer
1–6 window presets    P pointer    I patient data    F1 this help    Esc leave</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="75" />
        <source>→ / PgDn next case    ← / PgUp previous case    ↓ ↑ wheel images    Space show/hide the answer</source>
        <translation>→ / PgDn next case    ← / PgUp previous case    ↓ ↑ wheel images    Space show/hide the answer</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="76" />
        <source>1–6 window presets    P pointer    I patient data    F1 this help    Esc leave</source>
        <translation>1–6 window presets    P pointer    I patient data    F1 this help    Esc leave</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="79" />
        <source>No teaching cases to show.</source>
        <translation>No teaching cases to show.</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="150" />
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="152" />
        <source>Diagnosis: %1</source>
        <translation>Diagnosis: %1</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="155" />
        <source>Diagnosis: (Space shows the answer)</source>
        <translation>Diagnosis: (Space shows the answer)</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="173" />
        <source>Case %1 of %2: %3</source>
        <translation>Case %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="174" />
        <source>Key image %1 of %2</source>
        <translation>Key image %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="175" />
        <source>Image %1 of %2</source>
        <translation>Image %1 of %2</translation>
    </message>
</context>
<context>
    <name>yunyue::PriorComparison</name>
    <message>
        <location filename="../app/PriorComparison.cpp" line="36" />
        <source>same frame of reference</source>
        <translation>same frame of reference</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="38" />
        <source>registration from the archive, %1</source>
        <translation>registration from the archive, %1</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="40" />
        <source>registered here, saved to the archive</source>
        <translation>registered here, saved to the archive</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="40" />
        <source>registered here, not saved</source>
        <translation>registered here, not saved</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="42" />
        <source>adjusted by hand, saved to the archive</source>
        <translation>adjusted by hand, saved to the archive</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="42" />
        <source>adjusted by hand, not saved</source>
        <translation>adjusted by hand, not saved</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="44" />
        <source>NOT registered: volume centres laid on each other</source>
        <translation>NOT registered: volume centres laid on each other</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="113" />
        <source>Not connected to an archive.</source>
        <translation>Not connected to an archive.</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="116" />
        <source>Looking up the prior study's series…</source>
        <translation>Looking up the prior study's series…</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="127" />
        <source>The prior study has no %1 series to compare with.</source>
        <translation>The prior study has no %1 series to compare with.</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="140" />
        <source>Fetching the prior study: %1 of %2 images</source>
        <translation>Fetching the prior study: %1 of %2 images</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="154" />
        <source>Fetching the prior study was stopped.</source>
        <translation>Fetching the prior study was stopped.</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="164" />
        <source>The prior series did not arrive whole; it is not compared.</source>
        <translation>The prior series did not arrive whole; it is not compared.</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="168" />
        <source>Loading the prior series…</source>
        <translation>Loading the prior series…</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="208" />
        <source>Looking for a registration in the archive…</source>
        <translation>Looking for a registration in the archive…</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="246" />
        <source>Registering the prior to the current series…</source>
        <translation>Registering the prior to the current series…</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="255" />
        <source>Registering: level %1 of %2</source>
        <translation>Registering: level %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="265" />
        <source>There is not enough memory to register these series.</source>
        <translation>There is not enough memory to register these series.</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="277" />
        <source>Registration cancelled.</source>
        <translation>Registration cancelled.</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="286" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="309" />
        <source>There is no registration to save: register the prior or adjust it by hand first.</source>
        <translation>There is no registration to save: register the prior or adjust it by hand first.</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="330" />
        <source>The registration was not saved to the archive: %1</source>
        <translation>The registration was not saved to the archive: %1</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="334" />
        <source>Registration saved to the archive.</source>
        <translation>Registration saved to the archive.</translation>
    </message>
</context>
<context>
    <name>yunyue::PriorMatching</name>
    <message>
        <location filename="../cloudclient/PriorStudies.cpp" line="23" />
        <source>Patient ID and issuer</source>
        <translation>Patient ID and issuer</translation>
    </message>
    <message>
        <location filename="../cloudclient/PriorStudies.cpp" line="24" />
        <source>Patient ID only</source>
        <translation>Patient ID only</translation>
    </message>
    <message>
        <location filename="../cloudclient/PriorStudies.cpp" line="26" />
        <source>Name and birth date</source>
        <translation>Name and birth date</translation>
    </message>
    <message>
        <location filename="../cloudclient/PriorStudies.cpp" line="28" />
        <source>Patient ID and issuer, or name and birth date</source>
        <translation>Patient ID and issuer, or name and birth date</translation>
    </message>
</context>
<context>
    <name>yunyue::PriorStudiesPanel</name>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="35" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="35" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="35" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="35" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="36" />
        <source>Series / images</source>
        <translation>Series / images</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="36" />
        <source>Patient ID</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="36" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="68" />
        <source>Looking for prior studies…</source>
        <translation>Looking for prior studies…</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="81" />
        <source>No prior studies</source>
        <translation>No prior studies</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="101" />
        <source>Prior studies cannot be listed: %1</source>
        <translation>Prior studies cannot be listed: %1</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="111" />
        <source>Select a study to see its prior studies.</source>
        <translation>Select a study to see its prior studies.</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="125" />
        <source>Prior studies — matched by %1</source>
        <translation>Prior studies — matched by %1</translation>
    </message>
</context>
<context>
    <name>yunyue::ReformatStack</name>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="19" />
        <source>This reformatted series cannot be made.</source>
        <translation>This reformatted series cannot be made.</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="65" />
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="66" />
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="67" />
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="70" />
        <source>Oblique</source>
        <translation>Oblique</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="77" />
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="125" />
        <source>There is no image to reformat.</source>
        <translation>There is no image to reformat.</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="155" />
        <source>The reformatted series would be too large; choose a larger spacing.</source>
        <translation>The reformatted series would be too large; choose a larger spacing.</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="184" />
        <source>%1 MPR %2 mm</source>
        <extracomment>Series description of a thin MPR series: plane, spacing, e.g. "Coronal MPR 5 mm".</extracomment>
        <translation>%1 MPR %2 mm</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="187" />
        <source>%1 %2 %3 mm / %4 mm</source>
        <extracomment>Series description of a slab series: plane, mode, thickness / spacing, e.g. "Coronal MIP 10 mm / 5 mm".</extracomment>
        <translation>%1 %2 %3 mm / %4 mm</translation>
    </message>
</context>
<context>
    <name>yunyue::Registration</name>
    <message>
        <location filename="../viewer/Registration.cpp" line="87" />
        <source>There is no image to register: one of the two series is empty.</source>
        <translation>There is no image to register: one of the two series is empty.</translation>
    </message>
    <message>
        <location filename="../viewer/Registration.cpp" line="92" />
        <source>The registration settings are not valid.</source>
        <translation>The registration settings are not valid.</translation>
    </message>
    <message>
        <location filename="../viewer/Registration.cpp" line="180" />
        <source>The registration was stopped.</source>
        <translation>The registration was stopped.</translation>
    </message>
    <message>
        <location filename="../viewer/Registration.cpp" line="184" />
        <source>The two series could not be registered: they may not overlap enough.</source>
        <translation>The two series could not be registered: they may not overlap enough.</translation>
    </message>
</context>
<context>
    <name>yunyue::RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="33" />
        <source>usage: yunyue render [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--position X,Y,Z] [--rotate AX,AY,AZ:DEGREES] [--slab mip|minip|average --thickness MM] [--interpolation nearest|linear|cubic] [--window CENTER,WIDTH] [--size N] --out FILE.png</source>
        <translation>usage: yunyue render [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--position X,Y,Z] [--rotate AX,AY,AZ:DEGREES] [--slab mip|minip|average --thickness MM] [--interpolation nearest|linear|cubic] [--window CENTER,WIDTH] [--size N] --out FILE.png</translation>
    </message>
    <message>
        <source>       yunyue render [--cache DIR] SERIES --3d [--preset bone|cta|soft|skin|mip] [--view anterior|posterior|left|right|superior|inferior] [--size N|WxH] --out FILE.png
       yunyue render [--cache DIR] SERIES --3d --stl FILE.stl [--threshold HU] (a volume rendering needs an X display, e.g. xvfb-run; an STL file does not)</source>
        <translation>       yunyue render [--cache DIR] SERIES --3d [--preset bone|cta|soft|skin|mip] [--view anterior|posterior|left|right|superior|inferior] [--size N|WxH] --out FILE.png
       yunyue render [--cache DIR] SERIES --3d --stl FILE.stl [--threshold HU] (a volume rendering needs an X display, e.g. xvfb-run; an STL file does not)</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="42" />
        <source>       yunyue render [--cache DIR] SERIES --3d [--preset bone|cta|soft|skin|mip] [--view anterior|posterior|left|right|superior|inferior] [--size N|WxH] --out FILE.png</source>
        <translation>       yunyue render [--cache DIR] SERIES --3d [--preset bone|cta|soft|skin|mip] [--view anterior|posterior|left|right|superior|inferior] [--size N|WxH] --out FILE.png</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="46" />
        <source>       yunyue render [--cache DIR] SERIES --3d --stl FILE.stl [--threshold HU] (a volume rendering needs an X display, e.g. xvfb-run; an STL file does not)</source>
        <translation>       yunyue render [--cache DIR] SERIES --3d --stl FILE.stl [--threshold HU] (a volume rendering needs an X display, e.g. xvfb-run; an STL file does not)</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="84" />
        <source>wrote %1: surface at %2 HU, %3 triangles</source>
        <translation>wrote %1: surface at %2 HU, %3 triangles</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="90" />
        <source>yunyue: no 3D preset %1 for %2 images</source>
        <translation>yunyue: no 3D preset %1 for %2 images</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="105" />
        <source>wrote %1: %2 preset, %3 view, %4 x %5 (OpenGL: %6)</source>
        <translation>wrote %1: %2 preset, %3 view, %4 x %5 (OpenGL: %6)</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="131" />
        <source>Writes a PNG of an MPR or slab image of a cached series.</source>
        <translation>Writes a PNG of an MPR or slab image of a cached series.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="133" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="134" />
        <source>SeriesInstanceUID, or a StudyInstanceUID for its first series.</source>
        <translation>SeriesInstanceUID, or a StudyInstanceUID for its first series.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="135" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>Cache directory (default: the user's cache).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="138" />
        <source>axial, coronal, sagittal or oblique (an axial plane turned by --rotate).</source>
        <translation>axial, coronal, sagittal or oblique (an axial plane turned by --rotate).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="140" />
        <source>A point of the plane, LPS mm (default: the volume's centre).</source>
        <translation>A point of the plane, LPS mm (default: the volume's centre).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="142" />
        <source>Turn the plane about an LPS axis through the position, e.g. 0,0,1:30.</source>
        <translation>Turn the plane about an LPS axis through the position, e.g. 0,0,1:30.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="144" />
        <source>Thick slab: mip, minip or average.</source>
        <translation>Thick slab: mip, minip or average.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="145" />
        <source>Slab thickness, mm.</source>
        <translation>Slab thickness, mm.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="146" />
        <source>nearest, linear or cubic (default linear).</source>
        <translation>nearest, linear or cubic (default linear).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="148" />
        <source>Window center and width (default: from the images).</source>
        <translation>Window center and width (default: from the images).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="150" />
        <source>Width and height of the PNG in pixels (default 512).</source>
        <translation>Width and height of the PNG in pixels (default 512).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="152" />
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="153" />
        <source>A 3D volume rendering (GPU ray casting) instead of a plane.</source>
        <translation>A 3D volume rendering (GPU ray casting) instead of a plane.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="154" />
        <source>3D preset: bone, cta, soft, skin or mip (default bone).</source>
        <translation>3D preset: bone, cta, soft, skin or mip (default bone).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="156" />
        <source>3D camera: anterior, posterior, left, right, superior or inferior (default anterior).</source>
        <translation>3D camera: anterior, posterior, left, right, superior or inferior (default anterior).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="158" />
        <source>With --3d: also write the threshold surface as binary STL.</source>
        <translation>With --3d: also write the threshold surface as binary STL.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="160" />
        <source>Surface threshold for --stl, HU (default 300: bone).</source>
        <translation>Surface threshold for --stl, HU (default 300: bone).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="174" />
        <source>name one series</source>
        <translation>name one series</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="179" />
        <source>--%1 is for planes, not for --3d</source>
        <translation>--%1 is for planes, not for --3d</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="183" />
        <source>--preset must be bone, cta, soft, skin or mip</source>
        <translation>--preset must be bone, cta, soft, skin or mip</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="185" />
        <source>--view must be anterior, posterior, left, right, superior or inferior</source>
        <translation>--view must be anterior, posterior, left, right, superior or inferior</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="188" />
        <source>--size must be N or WxH, from 16 to 8192</source>
        <translation>--size must be N or WxH, from 16 to 8192</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="194" />
        <source>--threshold must be a number (HU)</source>
        <translation>--threshold must be a number (HU)</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="195" />
        <source>--threshold needs --stl</source>
        <translation>--threshold needs --stl</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="196" />
        <source>--3d needs --out, --stl or both</source>
        <translation>--3d needs --out, --stl or both</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="211" />
        <source>--%1 needs --3d</source>
        <translation>--%1 needs --3d</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="212" />
        <source>--out is required</source>
        <translation>--out is required</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="218" />
        <source>--plane must be axial, coronal, sagittal or oblique</source>
        <translation>--plane must be axial, coronal, sagittal or oblique</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="222" />
        <source>--position must be three numbers x,y,z</source>
        <translation>--position must be three numbers x,y,z</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="232" />
        <source>--rotate must be an axis and an angle, e.g. 0,0,1:30</source>
        <translation>--rotate must be an axis and an angle, e.g. 0,0,1:30</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="236" />
        <source>an oblique plane needs --rotate</source>
        <translation>an oblique plane needs --rotate</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="245" />
        <source>--slab must be mip, minip or average</source>
        <translation>--slab must be mip, minip or average</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="249" />
        <source>a slab needs --thickness in mm, more than 0</source>
        <translation>a slab needs --thickness in mm, more than 0</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="251" />
        <source>--thickness needs --slab</source>
        <translation>--thickness needs --slab</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="257" />
        <source>--interpolation must be nearest, linear or cubic</source>
        <translation>--interpolation must be nearest, linear or cubic</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="261" />
        <source>--window must be center,width with a width above 0</source>
        <translation>--window must be center,width with a width above 0</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="265" />
        <source>--size must be a whole number from 16 to 8192</source>
        <translation>--size must be a whole number from 16 to 8192</translation>
    </message>
    <message>
        <source>yunyue: series %1 is not in the cache %2 (pull its study first)</source>
        <translation>yunyue: series %1 is not in the cache %2 (pull its study first)</translation>
    </message>
    <message>
        <source>yunyue: series %1 cannot be shown: %2</source>
        <translation>yunyue: series %1 cannot be shown: %2</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="102" />
        <location filename="../app/RenderCommand.cpp" line="312" />
        <source>yunyue: cannot write %1</source>
        <translation>yunyue: cannot write %1</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="315" />
        <source>wrote %1: %2 plane, %3 mm pixels</source>
        <translation>wrote %1: %2 plane, %3 mm pixels</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportEditor</name>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="72" />
        <source>Remove key image</source>
        <translation>Remove key image</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="80" />
        <source>Double-click a phrase, or press Enter, to insert it at the cursor.</source>
        <translation>Double-click a phrase, or press Enter, to insert it at the cursor.</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="88" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="89" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="106" />
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="108" />
        <source>Key images</source>
        <translation>Key images</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="166" />
        <source>Draft restored (saved %1).</source>
        <translation>Draft restored (saved %1).</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="182" />
        <source>Key image %1</source>
        <translation>Key image %1</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="223" />
        <source>Draft saved %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="279" />
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="280" />
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="281" />
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportJson</name>
    <message>
        <location filename="../reporting/ReportJson.cpp" line="238" />
        <source>The saved report draft cannot be read.</source>
        <translation>The saved report draft cannot be read.</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportPanel</name>
    <message>
        <location filename="../app/ReportPanel.cpp" line="101" />
        <source>Sign as reader</source>
        <translation>Sign as reader</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="102" />
        <source>Verify and countersign</source>
        <translation>Verify and countersign</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="103" />
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="106" />
        <source>Signing identity…</source>
        <translation>Signing identity…</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="124" />
        <source>Sign the report</source>
        <translation>Sign the report</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="125" />
        <source>Passphrase of the private key for %1:</source>
        <translation>Passphrase of the private key for %1:</translation>
    </message>
    <message>
        <source>The archive already holds a newer report for this study: %1, by %2, %3.

Send yours as well? Both stay in the archive; nothing is overwritten.</source>
        <translation>The archive already holds a newer report for this study: %1, by %2, %3.

Send yours as well? Both stay in the archive; nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="132" />
        <source>The archive already holds a newer report for this study: %1, by %2, %3. Send yours as well? Both stay in the archive; nothing is overwritten.</source>
        <translation>The archive already holds a newer report for this study: %1, by %2, %3. Send yours as well? Both stay in the archive; nothing is overwritten.</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="138" />
        <source>A newer report exists</source>
        <translation>A newer report exists</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="181" />
        <source>Reports cannot be checked: %1</source>
        <translation>Reports cannot be checked: %1</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="189" />
        <source>Reports in the archive: %1</source>
        <translation>Reports in the archive: %1</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="204" />
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="206" />
        <source>verified by %1</source>
        <translation>verified by %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ReportPanel.cpp" line="210" />
        <source>%n report(s) in the archive fail signature verification and are ignored.</source>
        <translation>
            <numerusform>%n report in the archive fail signature verification and are ignored.</numerusform><numerusform>%n reports in the archive fail signature verification and are ignored.</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="280" />
        <source>%1 report, final</source>
        <translation>%1 report, final</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="281" />
        <source>%1 report, preliminary</source>
        <translation>%1 report, preliminary</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="299" />
        <source>The report cannot be signed before the study is in the local cache: %1</source>
        <translation>The report cannot be signed before the study is in the local cache: %1</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="316" />
        <source>Not sent: your report stays as a draft.</source>
        <translation>Not sent: your report stays as a draft.</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="322" />
        <source>Report signed and queued for the archive.</source>
        <translation>Report signed and queued for the archive.</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="351" />
        <source>%1 report, final, PDF</source>
        <translation>%1 report, final, PDF</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="352" />
        <source>The report is verified and queued, but its PDF is not: %1</source>
        <translation>The report is verified and queued, but its PDF is not: %1</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="356" />
        <source>Report verified, countersigned and queued for the archive.</source>
        <translation>Report verified, countersigned and queued for the archive.</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="393" />
        <source>Amending the final report: edit it, then sign; the reviewer countersigns the amendment.</source>
        <translation>Amending the final report: edit it, then sign; the reviewer countersigns the amendment.</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="400" />
        <source>Signing identity</source>
        <translation>Signing identity</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="404" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="415" />
        <source>Private key (PEM)</source>
        <translation>Private key (PEM)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="415" />
        <source>PEM files (*.pem *.key)</source>
        <translation>PEM files (*.pem *.key)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="416" />
        <source>Certificate (PEM)</source>
        <translation>Certificate (PEM)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="416" />
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM files (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="417" />
        <source>Center trust settings</source>
        <translation>Center trust settings</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="417" />
        <source>Settings (*.ini)</source>
        <translation>Settings (*.ini)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="422" />
        <source>Name (family^given)</source>
        <translation>Name (family^given)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="423" />
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="424" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportPdf</name>
    <message>
        <location filename="../reporting/ReportPdf.cpp" line="663" />
        <source>The study link is too long for a QR code.</source>
        <translation>The study link is too long for a QR code.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportPdf.cpp" line="695" />
        <location filename="../reporting/ReportPdf.cpp" line="709" />
        <source>The report PDF could not be produced.</source>
        <translation>The report PDF could not be produced.</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportSignature</name>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="111" />
        <source>The certificate of %1 is not issued by the center's CA or is not valid at the signing time.</source>
        <translation>The certificate of %1 is not issued by the center's CA or is not valid at the signing time.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="125" />
        <location filename="../reporting/ReportSignature.cpp" line="143" />
        <source>The private key file %1 cannot be read.</source>
        <translation>The private key file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="130" />
        <location filename="../reporting/ReportSignature.cpp" line="478" />
        <location filename="../reporting/ReportSignature.cpp" line="498" />
        <source>The certificate file %1 cannot be read.</source>
        <translation>The certificate file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="139" />
        <source>The passphrase does not open the private key.</source>
        <translation>The passphrase does not open the private key.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="150" />
        <source>The private key does not belong to the certificate of %1.</source>
        <translation>The private key does not belong to the certificate of %1.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="169" />
        <source>The report is not a DICOM file.</source>
        <translation>The report is not a DICOM file.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="176" />
        <location filename="../reporting/ReportSignature.cpp" line="251" />
        <location filename="../reporting/ReportSignature.cpp" line="568" />
        <source>The signature could not be added to the report.</source>
        <translation>The signature could not be added to the report.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="194" />
        <source>The document is not a DICOM structured report.</source>
        <translation>The document is not a DICOM structured report.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="199" />
        <source>The report is not complete: only a complete report can be signed.</source>
        <translation>The report is not complete: only a complete report can be signed.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="204" />
        <source>The report is already verified.</source>
        <translation>The report is already verified.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="304" />
        <source>an unknown signer</source>
        <translation>an unknown signer</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="316" />
        <source>The certificate of %1 was not valid at the signing time %2.</source>
        <translation>The certificate of %1 was not valid at the signing time %2.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="320" />
        <location filename="../reporting/ReportSignature.cpp" line="382" />
        <source>The signature of %1 does not match the report: it was changed after signing.</source>
        <translation>The signature of %1 does not match the report: it was changed after signing.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="325" />
        <source>The signature of %1 uses the weak algorithm %2 and is not accepted.</source>
        <translation>The signature of %1 uses the weak algorithm %2 and is not accepted.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="331" />
        <source>Signed by %1.</source>
        <translation>Signed by %1.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="394" />
        <source>%1 signed the verification of this report but is not a reviewer at this center.</source>
        <translation>%1 signed the verification of this report but is not a reviewer at this center.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="401" />
        <source>The report is marked as verified, but the verification signature is missing.</source>
        <translation>The report is marked as verified, but the verification signature is missing.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="465" />
        <source>The center's trust settings %1 cannot be read.</source>
        <translation>The center's trust settings %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="540" />
        <source>The report has no author's signature: it must be signed before it can be verified.</source>
        <translation>The report has no author's signature: it must be signed before it can be verified.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="550" />
        <source>%1 wrote this report and cannot also verify it.</source>
        <translation>%1 wrote this report and cannot also verify it.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="554" />
        <source>%1 is not a reviewer at this center and cannot verify reports.</source>
        <translation>%1 is not a reviewer at this center and cannot verify reports.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="560" />
        <source>The name of the verifying observer cannot be stored in the report's character set.</source>
        <translation>The name of the verifying observer cannot be stored in the report's character set.</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportSr</name>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="126" />
        <source>The report refers to an image without its SOP Class or Instance UID.</source>
        <translation>The report refers to an image without its SOP Class or Instance UID.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="141" />
        <source>A report can only be verified once it is complete.</source>
        <translation>A report can only be verified once it is complete.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="676" />
        <source>The report could not be saved as a DICOM structured report.</source>
        <translation>The report could not be saved as a DICOM structured report.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="712" />
        <source>The file is not a DICOM file.</source>
        <translation>The file is not a DICOM file.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="719" />
        <source>The DICOM file is not a structured report that Yunyue can read.</source>
        <translation>The DICOM file is not a structured report that Yunyue can read.</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportTemplate</name>
    <message>
        <location filename="../reporting/ReportTemplate.cpp" line="25" />
        <source>A report template is damaged.</source>
        <translation>A report template is damaged.</translation>
    </message>
    <message>
        <location filename="../reporting/ReportTemplate.cpp" line="70" />
        <source>A report template cannot be read.</source>
        <translation>A report template cannot be read.</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportWorkflow</name>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="58" />
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="59" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="60" />
        <source>Preliminary</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="61" />
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="62" />
        <source>Amended</source>
        <translation>Amended</translation>
    </message>
</context>
<context>
    <name>yunyue::SeriesCompleteness</name>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="30" />
        <source>Incomplete series: %1 of %2 images are here.</source>
        <translation>Incomplete series: %1 of %2 images are here.</translation>
    </message>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="33" />
        <source>The series holds %1 images, the archive announced %2.</source>
        <translation>The series holds %1 images, the archive announced %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="39" />
        <source>%n image(s) are lossy compressed: not the original data.</source>
        <translation>
            <numerusform>%n image are lossy compressed: not the original data.</numerusform><numerusform>%n images are lossy compressed: not the original data.</numerusform></translation>
    </message>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="53" />
        <source>The images of this series have different orientations.</source>
        <translation>The images of this series have different orientations.</translation>
    </message>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="55" />
        <source>The images of this series have different pixel spacings.</source>
        <translation>The images of this series have different pixel spacings.</translation>
    </message>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="57" />
        <source>The images of this series have different sizes.</source>
        <translation>The images of this series have different sizes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="79" />
        <source>%n slice(s) share a position with another slice.</source>
        <translation>
            <numerusform>%n slice share a position with another slice.</numerusform><numerusform>%n slices share a position with another slice.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="95" />
        <source>%n gap(s) between slices: up to %1 mm where the series has %2 mm.</source>
        <translation>
            <numerusform>%n gap between slices: up to %1 mm where the series has %2 mm.</numerusform><numerusform>%n gaps between slices: up to %1 mm where the series has %2 mm.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="98" />
        <source>The slice spacing is uneven (%n slice distance(s) differ).</source>
        <translation>
            <numerusform>The slice spacing is uneven (%n slice distance differ).</numerusform><numerusform>The slice spacing is uneven (%n slice distances differ).</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::SeriesStrip</name>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="174" />
        <source>Not in cache</source>
        <translation>Not in cache</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="175" />
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="176" />
        <source>Downloading %1 of %2</source>
        <translation>Downloading %1 of %2</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="187" />
        <source>Series %1 · %2</source>
        <translation>Series %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="188" />
        <source>(no description)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="189" />
        <source>1 image</source>
        <translation>1 image</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="189" />
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
</context>
<context>
    <name>yunyue::ServerProfile</name>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="21" />
        <source>The certificate authority file of the server profile cannot be used.</source>
        <translation>The certificate authority file of the server profile cannot be used.</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="43" />
        <source>The server profile file cannot be read.</source>
        <translation>The server profile file cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="60" />
        <source>The server profile has no valid DICOMweb address.</source>
        <translation>The server profile has no valid DICOMweb address.</translation>
    </message>
</context>
<context>
    <name>yunyue::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="38" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="40" />
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="41" />
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="45" />
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="50" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="57" />
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="63" />
        <source>Which studies in the archive count as the same patient's prior studies</source>
        <translation>Which studies in the archive count as the same patient's prior studies</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="80" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="81" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82" />
        <source>Use this server</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="84" />
        <source>Teaching archive</source>
        <translation>Teaching archive</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85" />
        <source>De-identified teaching cases are sent to this server</source>
        <translation>De-identified teaching cases are sent to this server</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="92" />
        <source>PEM file; empty: the system's certificate authorities</source>
        <translation>PEM file; empty: the system's certificate authorities</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="94" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="95" />
        <source>DICOMweb address</source>
        <translation>DICOMweb address</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="96" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="97" />
        <source>CA certificates</source>
        <translation>CA certificates</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="98" />
        <source>Passwords are not kept here; the workstation asks when it connects.</source>
        <translation>Passwords are not kept here; the workstation asks when it connects.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="119" />
        <source>New server</source>
        <translation>New server</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="155" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="155" />
        <source>Target (min)</source>
        <translation>Target (min)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="159" />
        <source>Add modality</source>
        <translation>Add modality</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="165" />
        <source>Turnaround targets</source>
        <translation>Turnaround targets</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="167" />
        <source>Other modalities</source>
        <translation>Other modalities</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="168" />
        <source>Urgent when the description contains</source>
        <translation>Urgent when the description contains</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="169" />
        <source>Prefetch next studies</source>
        <translation>Prefetch next studies</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="170" />
        <source>Cache size limit</source>
        <translation>Cache size limit</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="171" />
        <source>Prior studies matched by</source>
        <translation>Prior studies matched by</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="172" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="173" />
        <source>A new language takes effect when the workstation starts next.</source>
        <translation>A new language takes effect when the workstation starts next.</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="219" />
        <source>%1 (in use)</source>
        <translation>%1 (in use)</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="220" />
        <source>%1 (teaching archive)</source>
        <translation>%1 (teaching archive)</translation>
    </message>
</context>
<context>
    <name>yunyue::SliceView</name>
    <message>
        <location filename="../viewer/widgets/SliceView.cpp" line="168" />
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/SliceView.cpp" line="171" />
        <source>Thickness %1 mm</source>
        <translation>Thickness %1 mm</translation>
    </message>
</context>
<context>
    <name>yunyue::SpatialRegistration</name>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="182" />
        <source>An image of a registered series cannot be read.</source>
        <translation>An image of a registered series cannot be read.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="193" />
        <source>The series has no frame of reference, so it cannot be registered.</source>
        <translation>The series has no frame of reference, so it cannot be registered.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="203" />
        <source>The registration result is no usable transformation.</source>
        <translation>The registration result is no usable transformation.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="314" />
        <source>The object is no usable spatial registration.</source>
        <translation>The object is no usable spatial registration.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="320" />
        <source>The spatial registration holds a transformation that cannot be used.</source>
        <translation>The spatial registration holds a transformation that cannot be used.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="453" />
        <source>The registration does not relate these two series.</source>
        <translation>The registration does not relate these two series.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="473" />
        <source>Both series already share one frame of reference.</source>
        <translation>Both series already share one frame of reference.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="482" />
        <source>The character set of the current study cannot be converted.</source>
        <translation>The character set of the current study cannot be converted.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="512" />
        <source>The spatial registration cannot be encoded.</source>
        <translation>The spatial registration cannot be encoded.</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="527" />
        <source>The spatial registration is no readable DICOM object.</source>
        <translation>The spatial registration is no readable DICOM object.</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyCache</name>
    <message>
        <location filename="../cloudclient/StudyCache.cpp" line="132" />
        <source>The local image cache cannot be written (disk full or no permission).</source>
        <translation>The local image cache cannot be written (disk full or no permission).</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyCache.cpp" line="199" />
        <source>An image arrived with invalid identifiers and was not stored.</source>
        <translation>An image arrived with invalid identifiers and was not stored.</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyEvidence</name>
    <message>
        <location filename="../reporting/StudyEvidence.cpp" line="21" />
        <source>The image file %1 cannot be cited in the report.</source>
        <translation>The image file %1 cannot be cited in the report.</translation>
    </message>
    <message>
        <location filename="../reporting/StudyEvidence.cpp" line="83" />
        <source>The study has no images in the local cache.</source>
        <translation>The study has no images in the local cache.</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyOpener</name>
    <message>
        <location filename="../app/StudyOpener.cpp" line="33" />
        <source>This study has no images.</source>
        <translation>This study has no images.</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="57" />
        <source>This series has no images.</source>
        <translation>This series has no images.</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="72" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>The server sent a different image than the one asked for.</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyPull</name>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="226" />
        <source>The archive holds no series for this study.</source>
        <translation>The archive holds no series for this study.</translation>
    </message>
    <message>
        <source>The local image cache cannot be written (disk full or no permission).</source>
        <translation>The local image cache cannot be written (disk full or no permission).</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="63" />
        <source>The archive sent invalid identifiers; those images were refused.</source>
        <translation>The archive sent invalid identifiers; those images were refused.</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="431" />
        <source>The server sent image data that cannot be read.</source>
        <translation>The server sent image data that cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="444" />
        <source>The transfer was interrupted.</source>
        <translation>The transfer was interrupted.</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="464" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>The server sent a different image than the one asked for.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/StudyPull.cpp" line="544" />
        <source>%n image(s) could not be fetched.</source>
        <translation>
            <numerusform>%n image could not be fetched.</numerusform><numerusform>%n images could not be fetched.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/StudyPull.cpp" line="546" />
        <source>%n image(s) could not be fetched: %1 Pull again to fetch only what is missing.</source>
        <translation>
            <numerusform>%n image could not be fetched: %1 Pull again to fetch only what is missing.</numerusform><numerusform>%n images could not be fetched: %1 Pull again to fetch only what is missing.</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::StudyView</name>
    <message>
        <location filename="../app/StudyView.cpp" line="216" />
        <source>Show 3D (volume rendering)</source>
        <translation>Show 3D (volume rendering)</translation>
    </message>
</context>
<context>
    <name>yunyue::SurfaceExtraction</name>
    <message>
        <location filename="../viewer/SurfaceExtraction.cpp" line="151" />
        <source>No surface at %1 HU: no voxels cross that value</source>
        <translation>No surface at %1 HU: no voxels cross that value</translation>
    </message>
    <message>
        <location filename="../viewer/SurfaceExtraction.cpp" line="170" />
        <source>Cannot write the surface to %1: %2</source>
        <translation>Cannot write the surface to %1: %2</translation>
    </message>
    <message>
        <location filename="../viewer/SurfaceExtraction.cpp" line="174" />
        <source>there is no surface</source>
        <translation>there is no surface</translation>
    </message>
    <message>
        <location filename="../viewer/SurfaceExtraction.cpp" line="185" />
        <source>the disk may be full</source>
        <translation>the disk may be full</translation>
    </message>
</context>
<context>
    <name>yunyue::TeachingCaseDialog</name>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="52" />
        <source>Also send the de-identified images to the teaching archive</source>
        <translation>Also send the de-identified images to the teaching archive</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="53" />
        <source>Mark as teaching case</source>
        <translation>Mark as teaching case</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="55" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="56" />
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="57" />
        <source>Clinical history</source>
        <translation>Clinical history</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="58" />
        <source>One teaching point per line</source>
        <translation>One teaching point per line</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="59" />
        <source>Teaching points</source>
        <translation>Teaching points</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="60" />
        <source>e.g. neuro, emergency</source>
        <translation>e.g. neuro, emergency</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="61" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="62" />
        <source>Key images</source>
        <translation>Key images</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="62" />
        <source>none marked (K marks the image on screen)</source>
        <translation>none marked (K marks the image on screen)</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="66" />
        <source>The case is de-identified (DICOM PS3.15 Annex E). Do not write the patient's name, ID, accession number or birth date: such text is refused.</source>
        <translation>The case is de-identified (DICOM PS3.15 Annex E). Do not write the patient's name, ID, accession number or birth date: such text is refused.</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="70" />
        <source>Save to library</source>
        <translation>Save to library</translation>
    </message>
</context>
<context>
    <name>yunyue::TeachingLibrary</name>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="390" />
        <source>The library already holds a different case with the ID %1.</source>
        <translation>The library already holds a different case with the ID %1.</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="397" />
        <source>The teaching library %1 cannot be written.</source>
        <translation>The teaching library %1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>yunyue::TeachingLibraryDialog</name>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="107" />
        <source>Teaching library</source>
        <translation>Teaching library</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="108" />
        <source>Search title, diagnosis, teaching points, tags</source>
        <translation>Search title, diagnosis, teaching points, tags</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Body part</source>
        <translation>Body part</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="115" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="116" />
        <source>Present the selected cases (all shown when none is selected), full screen</source>
        <translation>Present the selected cases (all shown when none is selected), full screen</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="117" />
        <source>Import package…</source>
        <translation>Import package…</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="118" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="121" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="125" />
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>Screen %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="131" />
        <source>The monitor the presentation fills</source>
        <translation>The monitor the presentation fills</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="167" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="193" />
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="197" />
        <source>Teaching case package</source>
        <translation>Teaching case package</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="206" />
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
</context>
<context>
    <name>yunyue::ThinSliceReconstruction</name>
    <message>
        <location filename="../viewer/ThinSliceReconstruction.cpp" line="49" />
        <source>This reconstruction cannot be made.</source>
        <translation>This reconstruction cannot be made.</translation>
    </message>
    <message>
        <location filename="../viewer/ThinSliceReconstruction.cpp" line="100" />
        <source>The reconstruction is too large. Choose a larger spacing.</source>
        <translation>The reconstruction is too large. Choose a larger spacing.</translation>
    </message>
    <message>
        <location filename="../viewer/ThinSliceReconstruction.cpp" line="209" />
        <source>The reconstruction failed.</source>
        <translation>The reconstruction failed.</translation>
    </message>
    <message>
        <location filename="../viewer/ThinSliceReconstruction.cpp" line="220" />
        <source>These series are not in one frame of reference and cannot be linked.</source>
        <translation>These series are not in one frame of reference and cannot be linked.</translation>
    </message>
</context>
<context>
    <name>yunyue::TransferFunctionCanvas</name>
    <message>
        <location filename="../viewer/widgets/TransferFunctionEditor.cpp" line="155" />
        <source>Drag a point to move it; double-click to add a point; right-click or Delete removes the selected point</source>
        <translation>Drag a point to move it; double-click to add a point; right-click or Delete removes the selected point</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/TransferFunctionEditor.cpp" line="251" />
        <source>%1 HU</source>
        <translation>%1 HU</translation>
    </message>
</context>
<context>
    <name>yunyue::TransferFunctionEditor</name>
    <message>
        <location filename="../viewer/widgets/TransferFunctionEditor.cpp" line="315" />
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/TransferFunctionEditor.cpp" line="318" />
        <source>Point colour…</source>
        <translation>Point colour…</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/TransferFunctionEditor.cpp" line="382" />
        <source>Point colour</source>
        <translation>Point colour</translation>
    </message>
</context>
<context>
    <name>yunyue::TurnaroundPolicy</name>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="32" />
        <source>STAT</source>
        <translation>STAT</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="33" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="34" />
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="35" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="138" />
        <source>%1:%2 h</source>
        <translation>%1:%2 h</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="145" />
        <source>overdue %1 min</source>
        <translation>overdue %1 min</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="147" />
        <source>overdue %1 h %2 min</source>
        <translation>overdue %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/TurnaroundPolicy.cpp" line="151" />
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>overdue %n day</numerusform><numerusform>overdue %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::VolumeLoader</name>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="122" />
        <location filename="../viewer/VolumeLoader.cpp" line="400" />
        <source>A file of the series is not a readable DICOM file.</source>
        <translation>A file of the series is not a readable DICOM file.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="132" />
        <source>Images with floating-point pixels cannot be shown yet.</source>
        <translation>Images with floating-point pixels cannot be shown yet.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="135" />
        <source>A file of the series holds no image.</source>
        <translation>A file of the series holds no image.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="151" />
        <source>Colour images cannot be shown as a volume.</source>
        <translation>Colour images cannot be shown as a volume.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="160" />
        <source>The image pixel layout is not supported.</source>
        <translation>The image pixel layout is not supported.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="168" />
        <source>Images with a modality lookup table cannot be shown as a volume yet.</source>
        <translation>Images with a modality lookup table cannot be shown as a volume yet.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="185" />
        <source>This multi-frame image does not say where each frame lies in the patient.</source>
        <translation>This multi-frame image does not say where each frame lies in the patient.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="362" />
        <source>The series holds no images.</source>
        <translation>The series holds no images.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="370" />
        <source>Loading was canceled.</source>
        <translation>Loading was canceled.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="417" />
        <source>The files belong to different series.</source>
        <translation>The files belong to different series.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="423" />
        <source>The images of the series lie in different frames of reference.</source>
        <translation>The images of the series lie in different frames of reference.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="429" />
        <source>The images of the series have different matrix sizes (%1 and %2).</source>
        <translation>The images of the series have different matrix sizes (%1 and %2).</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="437" />
        <source>The images of the series mix MONOCHROME1 and MONOCHROME2.</source>
        <translation>The images of the series mix MONOCHROME1 and MONOCHROME2.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="464" />
        <source>The images do not say where they lie in the patient, so they cannot be stacked into a volume.</source>
        <translation>The images do not say where they lie in the patient, so they cannot be stacked into a volume.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="476" />
        <source>The images of the series have different orientations (planes %1° apart), so they are not one stack.</source>
        <translation>The images of the series have different orientations (planes %1° apart), so they are not one stack.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="484" />
        <source>The images of the series have different pixel spacings (%1 and %2 mm).</source>
        <translation>The images of the series have different pixel spacings (%1 and %2 mm).</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="496" />
        <source>The image orientation is not valid (rows and columns are not perpendicular).</source>
        <translation>The image orientation is not valid (rows and columns are not perpendicular).</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="542" />
        <source>Several slices share one position (%n slice(s) too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.</source>
        <translation>
            <numerusform>Several slices share one position (%n slice too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.</numerusform><numerusform>Several slices share one position (%n slices too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="548" />
        <source>Left out %n slice(s) at the position of another slice; at each position the lowest instance number was kept.</source>
        <translation>
            <numerusform>Left out %n slice at the position of another slice; at each position the lowest instance number was kept.</numerusform><numerusform>Left out %n slices at the position of another slice; at each position the lowest instance number was kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="550" />
        <source>Ignored %n extra copy(ies) of images present more than once.</source>
        <translation>
            <numerusform>Ignored %n extra copy of images present more than once.</numerusform><numerusform>Ignored %n extra copies of images present more than once.</numerusform></translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="571" />
        <source>The slices are shifted sideways from one another (gantry tilt of %1°). Tilted acquisitions cannot be shown as a volume yet.</source>
        <translation>The slices are shifted sideways from one another (gantry tilt of %1°). Tilted acquisitions cannot be shown as a volume yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="608" />
        <source>Slices are missing from the series: %n slice(s) in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).</source>
        <translation>
            <numerusform>Slices are missing from the series: %n slice in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).</numerusform><numerusform>Slices are missing from the series: %n slices in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).</numerusform></translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="615" />
        <source>The slices are unevenly spaced (from %1 to %2 mm apart, mostly %3 mm).</source>
        <translation>The slices are unevenly spaced (from %1 to %2 mm apart, mostly %3 mm).</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="663" />
        <source>The series is too large for this computer's memory (%1 MiB).</source>
        <translation>The series is too large for this computer's memory (%1 MiB).</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="690" />
        <location filename="../viewer/VolumeLoader.cpp" line="774" />
        <source>The image data of a slice cannot be decoded.</source>
        <translation>The image data of a slice cannot be decoded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="796" />
        <source>The slices were not evenly spaced: interpolated %n slice(s) of the volume between their neighbours.</source>
        <translation>
            <numerusform>The slices were not evenly spaced: interpolated %n slice of the volume between their neighbours.</numerusform><numerusform>The slices were not evenly spaced: interpolated %n slices of the volume between their neighbours.</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::VolumeRendering</name>
    <message>
        <location filename="../viewer/VolumeRendering.cpp" line="374" />
        <source>3D rendering needs a display: none is set (on a machine without one, run under xvfb-run)</source>
        <translation>3D rendering needs a display: none is set (on a machine without one, run under xvfb-run)</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeRendering.cpp" line="382" />
        <source>3D rendering needs a display: %1 cannot be opened</source>
        <translation>3D rendering needs a display: %1 cannot be opened</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeRendering.cpp" line="444" />
        <source>3D rendering needs OpenGL 3.2: this display does not offer it</source>
        <translation>3D rendering needs OpenGL 3.2: this display does not offer it</translation>
    </message>
</context>
<context>
    <name>yunyue::VolumeView</name>
    <message>
        <location filename="../viewer/widgets/VolumeView.cpp" line="67" />
        <source>Transfer function</source>
        <translation>Transfer function</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/VolumeView.cpp" line="69" />
        <source>Clipping</source>
        <translation>Clipping</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/VolumeView.cpp" line="79" />
        <source>3D tools</source>
        <translation>3D tools</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/VolumeView.cpp" line="80" />
        <source>Transfer function and clipping</source>
        <translation>Transfer function and clipping</translation>
    </message>
</context>
<context>
    <name>yunyue::WorklistFilterBar</name>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="90" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="91" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="93" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="94" />
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="98" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="99" />
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="104" />
        <source>Waiting time</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="105" />
        <source>Any wait</source>
        <translation>Any wait</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="106" />
        <source>Waiting ≥ 15 min</source>
        <translation>Waiting ≥ 15 min</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="107" />
        <source>Waiting ≥ 30 min</source>
        <translation>Waiting ≥ 30 min</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="108" />
        <source>Waiting ≥ 1 h</source>
        <translation>Waiting ≥ 1 h</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="109" />
        <source>Waiting ≥ 1 day</source>
        <translation>Waiting ≥ 1 day</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="111" />
        <source>Name, patient ID or accession</source>
        <translation>Name, patient ID or accession</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="164" />
        <source>All modalities</source>
        <translation>All modalities</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="165" />
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
</context>
<context>
    <name>yunyue::WorklistModel</name>
    <message>
        <location filename="../app/WorklistModel.cpp" line="111" />
        <source>Series %1: %2</source>
        <translation>Series %1: %2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="136" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="137" />
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/WorklistModel.cpp" line="137" />
        <source>Complete, %n warning(s)</source>
        <translation>
            <numerusform>Complete, %n warning</numerusform><numerusform>Complete, %n warnings</numerusform></translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="138" />
        <source>Incomplete %1/%2</source>
        <translation>Incomplete %1/%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="230" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="231" />
        <source>Patient ID</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="232" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="233" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="234" />
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="235" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="236" />
        <source>Study date</source>
        <translation>Study date</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="237" />
        <source>Local copy</source>
        <translation>Local copy</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="238" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="239" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="240" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="241" />
        <source>Accession</source>
        <translation>Accession</translation>
    </message>
</context>
</TS>