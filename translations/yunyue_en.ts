<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>yunyue::DicomDecoder</name>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="67" />
        <source>This object holds no image.</source>
        <translation>This object holds no image.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="73" />
        <source>Colour images cannot be shown yet.</source>
        <translation>Colour images cannot be shown yet.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="79" />
        <location filename="../viewer/DecodedImage.cpp" line="83" />
        <source>The image data cannot be decoded.</source>
        <translation>The image data cannot be decoded.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="92" />
        <source>The image data is incomplete.</source>
        <translation>The image data is incomplete.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="144" />
        <source>The file is not a readable DICOM file.</source>
        <translation>The file is not a readable DICOM file.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="158" />
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
        <location filename="../cloudclient/DicomWebClient.cpp" line="82" />
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="83" />
        <source>This account may not read these studies.</source>
        <translation>This account may not read these studies.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="84" />
        <source>The server does not have the requested study or image.</source>
        <translation>The server does not have the requested study or image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="85" />
        <source>The server reported an error. Try again later.</source>
        <translation>The server reported an error. Try again later.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="88" />
        <source>The server %1 cannot be reached.</source>
        <translation>The server %1 cannot be reached.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="137" />
        <source>The server sent image data that cannot be read.</source>
        <translation>The server sent image data that cannot be read.</translation>
    </message>
</context>
<context>
    <name>yunyue::LoginDialog</name>
    <message>
        <location filename="../app/LoginDialog.cpp" line="19" />
        <source>Connect to the image cloud</source>
        <translation>Connect to the image cloud</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="28" />
        <source>DICOMweb address</source>
        <translation>DICOMweb address</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="29" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="30" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="32" />
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="33" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>yunyue::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="28" />
        <source>Yunyue Reading Station</source>
        <translation>Yunyue Reading Station</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="53" />
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="55" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="56" />
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="72" />
        <source>Series %1: %2 (%n image(s))</source>
        <translation>
            <numerusform>Series %1: %2 (%n image)</numerusform><numerusform>Series %1: %2 (%n images)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="93" />
        <source>Loading the worklist from %1…</source>
        <translation>Loading the worklist from %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="102" />
        <source>%n study(ies) on %1</source>
        <translation>
            <numerusform>%n study on %1</numerusform><numerusform>%n studies on %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="114" />
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
</context>
<context>
    <name>yunyue::MultipartRelated</name>
    <message>
        <location filename="../cloudclient/MultipartRelated.cpp" line="10" />
        <source>The server sent image data that cannot be read.</source>
        <translation>The server sent image data that cannot be read.</translation>
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
    <name>yunyue::ServerProfile</name>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="14" />
        <source>The server profile file cannot be read.</source>
        <translation>The server profile file cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="26" />
        <source>The server profile has no valid DICOMweb address.</source>
        <translation>The server profile has no valid DICOMweb address.</translation>
    </message>
</context>
<context>
    <name>yunyue::SliceView</name>
    <message>
        <location filename="../viewer/widgets/SliceView.cpp" line="141" />
        <source>W %1  L %2</source>
        <translation>W %1  L %2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/SliceView.cpp" line="144" />
        <source>Thickness %1 mm</source>
        <translation>Thickness %1 mm</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyOpener</name>
    <message>
        <location filename="../app/StudyOpener.cpp" line="27" />
        <source>This study has no images.</source>
        <translation>This study has no images.</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="38" />
        <source>This series has no images.</source>
        <translation>This series has no images.</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="51" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>The server sent a different image than the one asked for.</translation>
    </message>
</context>
<context>
    <name>yunyue::WorklistModel</name>
    <message>
        <location filename="../app/WorklistModel.cpp" line="54" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="55" />
        <source>Patient ID</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="56" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="57" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="58" />
        <source>Study date</source>
        <translation>Study date</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="59" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="60" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="61" />
        <source>Accession</source>
        <translation>Accession</translation>
    </message>
</context>
</TS>