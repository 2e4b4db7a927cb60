<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="274" />
        <source>The derived series cannot be encoded.</source>
        <translation>The derived series cannot be encoded.</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="290" />
        <source>The folder cannot be created.</source>
        <translation>The folder cannot be created.</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="296" />
        <source>The derived series cannot be saved.</source>
        <translation>The derived series cannot be saved.</translation>
    </message>
</context>
<context>
    <name>yunyue::DicomDecoder</name>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="55" />
        <source>This object holds no image.</source>
        <translation>This object holds no image.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="61" />
        <source>Colour images cannot be shown yet.</source>
        <translation>Colour images cannot be shown yet.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="67" />
        <location filename="../viewer/DecodedImage.cpp" line="71" />
        <source>The image data cannot be decoded.</source>
        <translation>The image data cannot be decoded.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="80" />
        <source>The image data is incomplete.</source>
        <translation>The image data is incomplete.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="132" />
        <source>The file is not a readable DICOM file.</source>
        <translation>The file is not a readable DICOM file.</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="146" />
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
        <source>The server did not report this image as stored.</source>
        <translation>The server did not report this image as stored.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="84" />
        <source>The server does not accept the encoding (transfer syntax) of this image.</source>
        <translation>The server does not accept the encoding (transfer syntax) of this image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="87" />
        <source>The server has no room for this image.</source>
        <translation>The server has no room for this image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="89" />
        <source>The image does not match its declared DICOM type.</source>
        <translation>The image does not match its declared DICOM type.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="91" />
        <source>The server cannot read this image.</source>
        <translation>The server cannot read this image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="93" />
        <source>The server does not accept this kind of image.</source>
        <translation>The server does not accept this kind of image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="95" />
        <source>This account may not store images.</source>
        <translation>This account may not store images.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="96" />
        <source>The server could not store this image (status %1).</source>
        <translation>The server could not store this image (status %1).</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="102" />
        <source>The server's answer to the upload cannot be read.</source>
        <translation>The server's answer to the upload cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="185" />
        <source>This is not a DICOM file; the server did not store it.</source>
        <translation>This is not a DICOM file; the server did not store it.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="299" />
        <source>The server's certificate is not trusted.</source>
        <translation>The server's certificate is not trusted.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="301" />
        <source>A secure connection to the server %1 could not be set up.</source>
        <translation>A secure connection to the server %1 could not be set up.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="305" />
        <source>The server refused the access token. Sign in again.</source>
        <translation>The server refused the access token. Sign in again.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="306" />
        <source>The server refused the user name or password.</source>
        <translation>The server refused the user name or password.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="307" />
        <source>This account may not read these studies.</source>
        <translation>This account may not read these studies.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="308" />
        <source>The server does not have the requested study or image.</source>
        <translation>The server does not have the requested study or image.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="309" />
        <source>The server reported an error. Try again later.</source>
        <translation>The server reported an error. Try again later.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="312" />
        <source>The server %1 cannot be reached.</source>
        <translation>The server %1 cannot be reached.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="385" />
        <source>The server sent image data that cannot be read.</source>
        <translation>The server sent image data that cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="442" />
        <location filename="../cloudclient/DicomWebClient.cpp" line="452" />
        <source>The server refused to store the images.</source>
        <translation>The server refused to store the images.</translation>
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
        <location filename="../app/MainWindow.cpp" line="31" />
        <source>Yunyue Reading Station</source>
        <translation>Yunyue Reading Station</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="57" />
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="59" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="60" />
        <source>Connect…</source>
        <translation>Connect…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="99" />
        <source>Series %1: %2</source>
        <translation>Series %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="109" />
        <source>Series %1: %2 (%n image(s))</source>
        <translation>
            <numerusform>Series %1: %2 (%n image)</numerusform><numerusform>Series %1: %2 (%n images)</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="129" />
        <source>Loading the worklist from %1…</source>
        <translation>Loading the worklist from %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="141" />
        <source>%n study(ies) on %1</source>
        <translation>
            <numerusform>%n study on %1</numerusform><numerusform>%n studies on %1</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="153" />
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
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
    <name>yunyue::RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="29" />
        <source>usage: yunyue render [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--position X,Y,Z] [--rotate AX,AY,AZ:DEGREES] [--slab mip|minip|average --thickness MM] [--interpolation nearest|linear|cubic] [--window CENTER,WIDTH] [--size N] --out FILE.png</source>
        <translation>usage: yunyue render [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--position X,Y,Z] [--rotate AX,AY,AZ:DEGREES] [--slab mip|minip|average --thickness MM] [--interpolation nearest|linear|cubic] [--window CENTER,WIDTH] [--size N] --out FILE.png</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="79" />
        <source>Writes a PNG of an MPR or slab image of a cached series.</source>
        <translation>Writes a PNG of an MPR or slab image of a cached series.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="81" />
        <source>The verb.</source>
        <translation>The verb.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="82" />
        <source>SeriesInstanceUID, or a StudyInstanceUID for its first series.</source>
        <translation>SeriesInstanceUID, or a StudyInstanceUID for its first series.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="83" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>Cache directory (default: the user's cache).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="86" />
        <source>axial, coronal, sagittal or oblique (an axial plane turned by --rotate).</source>
        <translation>axial, coronal, sagittal or oblique (an axial plane turned by --rotate).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="88" />
        <source>A point of the plane, LPS mm (default: the volume's centre).</source>
        <translation>A point of the plane, LPS mm (default: the volume's centre).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="90" />
        <source>Turn the plane about an LPS axis through the position, e.g. 0,0,1:30.</source>
        <translation>Turn the plane about an LPS axis through the position, e.g. 0,0,1:30.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="92" />
        <source>Thick slab: mip, minip or average.</source>
        <translation>Thick slab: mip, minip or average.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="93" />
        <source>Slab thickness, mm.</source>
        <translation>Slab thickness, mm.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="94" />
        <source>nearest, linear or cubic (default linear).</source>
        <translation>nearest, linear or cubic (default linear).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="96" />
        <source>Window center and width (default: from the images).</source>
        <translation>Window center and width (default: from the images).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="98" />
        <source>Width and height of the PNG in pixels (default 512).</source>
        <translation>Width and height of the PNG in pixels (default 512).</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="100" />
        <source>The PNG file to write.</source>
        <translation>The PNG file to write.</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="111" />
        <source>name one series</source>
        <translation>name one series</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="112" />
        <source>--out is required</source>
        <translation>--out is required</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="118" />
        <source>--plane must be axial, coronal, sagittal or oblique</source>
        <translation>--plane must be axial, coronal, sagittal or oblique</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="122" />
        <source>--position must be three numbers x,y,z</source>
        <translation>--position must be three numbers x,y,z</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="132" />
        <source>--rotate must be an axis and an angle, e.g. 0,0,1:30</source>
        <translation>--rotate must be an axis and an angle, e.g. 0,0,1:30</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="136" />
        <source>an oblique plane needs --rotate</source>
        <translation>an oblique plane needs --rotate</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="145" />
        <source>--slab must be mip, minip or average</source>
        <translation>--slab must be mip, minip or average</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="149" />
        <source>a slab needs --thickness in mm, more than 0</source>
        <translation>a slab needs --thickness in mm, more than 0</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="151" />
        <source>--thickness needs --slab</source>
        <translation>--thickness needs --slab</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="157" />
        <source>--interpolation must be nearest, linear or cubic</source>
        <translation>--interpolation must be nearest, linear or cubic</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="161" />
        <source>--window must be center,width with a width above 0</source>
        <translation>--window must be center,width with a width above 0</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="165" />
        <source>--size must be a whole number from 16 to 8192</source>
        <translation>--size must be a whole number from 16 to 8192</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="177" />
        <source>yunyue: series %1 is not in the cache %2 (pull its study first)</source>
        <translation>yunyue: series %1 is not in the cache %2 (pull its study first)</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="182" />
        <source>yunyue: series %1 cannot be shown: %2</source>
        <translation>yunyue: series %1 cannot be shown: %2</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="230" />
        <source>yunyue: cannot write %1</source>
        <translation>yunyue: cannot write %1</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="233" />
        <source>wrote %1: %2 plane, %3 mm pixels</source>
        <translation>wrote %1: %2 plane, %3 mm pixels</translation>
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
    <name>yunyue::ServerProfile</name>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="16" />
        <source>The certificate authority file of the server profile cannot be used.</source>
        <translation>The certificate authority file of the server profile cannot be used.</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="38" />
        <source>The server profile file cannot be read.</source>
        <translation>The server profile file cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="55" />
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
    <name>yunyue::StudyCache</name>
    <message>
        <location filename="../cloudclient/StudyCache.cpp" line="64" />
        <source>The local image cache cannot be written (disk full or no permission).</source>
        <translation>The local image cache cannot be written (disk full or no permission).</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyCache.cpp" line="124" />
        <source>An image arrived with invalid identifiers and was not stored.</source>
        <translation>An image arrived with invalid identifiers and was not stored.</translation>
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
        <location filename="../app/StudyOpener.cpp" line="56" />
        <source>This series has no images.</source>
        <translation>This series has no images.</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="71" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>The server sent a different image than the one asked for.</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyPull</name>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="194" />
        <source>The archive holds no series for this study.</source>
        <translation>The archive holds no series for this study.</translation>
    </message>
    <message>
        <source>The local image cache cannot be written (disk full or no permission).</source>
        <translation>The local image cache cannot be written (disk full or no permission).</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="393" />
        <source>The server sent image data that cannot be read.</source>
        <translation>The server sent image data that cannot be read.</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="406" />
        <source>The transfer was interrupted.</source>
        <translation>The transfer was interrupted.</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="426" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>The server sent a different image than the one asked for.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/StudyPull.cpp" line="506" />
        <source>%n image(s) could not be fetched.</source>
        <translation>
            <numerusform>%n image could not be fetched.</numerusform><numerusform>%n images could not be fetched.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/StudyPull.cpp" line="508" />
        <source>%n image(s) could not be fetched: %1 Pull again to fetch only what is missing.</source>
        <translation>
            <numerusform>%n image could not be fetched: %1 Pull again to fetch only what is missing.</numerusform><numerusform>%n images could not be fetched: %1 Pull again to fetch only what is missing.</numerusform></translation>
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
    <name>yunyue::VolumeLoader</name>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="122" />
        <location filename="../viewer/VolumeLoader.cpp" line="399" />
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
        <location filename="../viewer/VolumeLoader.cpp" line="184" />
        <source>This multi-frame image does not say where each frame lies in the patient.</source>
        <translation>This multi-frame image does not say where each frame lies in the patient.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="361" />
        <source>The series holds no images.</source>
        <translation>The series holds no images.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="369" />
        <source>Loading was canceled.</source>
        <translation>Loading was canceled.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="416" />
        <source>The files belong to different series.</source>
        <translation>The files belong to different series.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="422" />
        <source>The images of the series lie in different frames of reference.</source>
        <translation>The images of the series lie in different frames of reference.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="428" />
        <source>The images of the series have different matrix sizes (%1 and %2).</source>
        <translation>The images of the series have different matrix sizes (%1 and %2).</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="436" />
        <source>The images of the series mix MONOCHROME1 and MONOCHROME2.</source>
        <translation>The images of the series mix MONOCHROME1 and MONOCHROME2.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="461" />
        <source>The images do not say where they lie in the patient, so they cannot be stacked into a volume.</source>
        <translation>The images do not say where they lie in the patient, so they cannot be stacked into a volume.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="473" />
        <source>The images of the series have different orientations (planes %1° apart), so they are not one stack.</source>
        <translation>The images of the series have different orientations (planes %1° apart), so they are not one stack.</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="481" />
        <source>The images of the series have different pixel spacings (%1 and %2 mm).</source>
        <translation>The images of the series have different pixel spacings (%1 and %2 mm).</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="493" />
        <source>The image orientation is not valid (rows and columns are not perpendicular).</source>
        <translation>The image orientation is not valid (rows and columns are not perpendicular).</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="539" />
        <source>Several slices share one position (%n slice(s) too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.</source>
        <translation>
            <numerusform>Several slices share one position (%n slice too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.</numerusform><numerusform>Several slices share one position (%n slices too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="545" />
        <source>Left out %n slice(s) at the position of another slice; at each position the lowest instance number was kept.</source>
        <translation>
            <numerusform>Left out %n slice at the position of another slice; at each position the lowest instance number was kept.</numerusform><numerusform>Left out %n slices at the position of another slice; at each position the lowest instance number was kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="547" />
        <source>Ignored %n extra copy(ies) of images present more than once.</source>
        <translation>
            <numerusform>Ignored %n extra copy of images present more than once.</numerusform><numerusform>Ignored %n extra copies of images present more than once.</numerusform></translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="568" />
        <source>The slices are shifted sideways from one another (gantry tilt of %1°). Tilted acquisitions cannot be shown as a volume yet.</source>
        <translation>The slices are shifted sideways from one another (gantry tilt of %1°). Tilted acquisitions cannot be shown as a volume yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="605" />
        <source>Slices are missing from the series: %n slice(s) in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).</source>
        <translation>
            <numerusform>Slices are missing from the series: %n slice in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).</numerusform><numerusform>Slices are missing from the series: %n slices in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).</numerusform></translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="612" />
        <source>The slices are unevenly spaced (from %1 to %2 mm apart, mostly %3 mm).</source>
        <translation>The slices are unevenly spaced (from %1 to %2 mm apart, mostly %3 mm).</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="660" />
        <source>The series is too large for this computer's memory (%1 MiB).</source>
        <translation>The series is too large for this computer's memory (%1 MiB).</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="687" />
        <location filename="../viewer/VolumeLoader.cpp" line="771" />
        <source>The image data of a slice cannot be decoded.</source>
        <translation>The image data of a slice cannot be decoded.</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="793" />
        <source>The slices were not evenly spaced: interpolated %n slice(s) of the volume between their neighbours.</source>
        <translation>
            <numerusform>The slices were not evenly spaced: interpolated %n slice of the volume between their neighbours.</numerusform><numerusform>The slices were not evenly spaced: interpolated %n slices of the volume between their neighbours.</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::WorklistModel</name>
    <message>
        <location filename="../app/WorklistModel.cpp" line="37" />
        <source>Series %1: %2</source>
        <translation>Series %1: %2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="55" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="56" />
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/WorklistModel.cpp" line="56" />
        <source>Complete, %n warning(s)</source>
        <translation>
            <numerusform>Complete, %n warning</numerusform><numerusform>Complete, %n warnings</numerusform></translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="57" />
        <source>Incomplete %1/%2</source>
        <translation>Incomplete %1/%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="104" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="105" />
        <source>Patient ID</source>
        <translation>Patient ID</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="106" />
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="107" />
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="108" />
        <source>Study date</source>
        <translation>Study date</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="109" />
        <source>Local copy</source>
        <translation>Local copy</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="110" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="111" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="112" />
        <source>Accession</source>
        <translation>Accession</translation>
    </message>
</context>
</TS>