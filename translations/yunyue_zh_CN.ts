<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PullCommand</name>
    <message>
        <location filename="../app/PullCommand.cpp" line="52" />
        <source>%1/%2 images</source>
        <translation>%1/%2 幅图像</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="81" />
        <source>Pulls a whole study into the local cache.</source>
        <translation>将整个检查拉取到本地缓存。</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="83" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="84" />
        <source>StudyInstanceUID or AccessionNumber.</source>
        <translation>检查实例 UID 或检查号。</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="85" />
        <source>Server profile file (default: the demo cloud's).</source>
        <translation>服务器配置文件（默认：演示云的配置）。</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="87" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>缓存目录（默认：用户缓存目录）。</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="90" />
        <source>Parallel transfers (default 6).</source>
        <translation>并行传输数（默认 6）。</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="93" />
        <source>Decode every image as it arrives, as the viewer would.</source>
        <translation>每幅图像到达后立即解码（与阅片时相同）。</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="96" />
        <source>usage: yunyue pull [--profile FILE] [--cache DIR] STUDY</source>
        <translation>用法：yunyue pull [--profile 文件] [--cache 目录] 检查</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="147" />
        <source>decoded %1 images (%2 failed); all decoded %3 s after the request</source>
        <translation>已解码 %1 幅图像（%2 幅失败）；请求后 %3 秒全部解码完成</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="149" />
        <source>first image decoded %1 ms after the request</source>
        <translation>请求后 %1 毫秒首幅图像解码完成</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="151" />
        <source>first image in the cache %1 ms after the request</source>
        <translation>请求后 %1 毫秒首幅图像进入缓存</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="154" />
        <source>warning: series %1 (%2): %3</source>
        <translation>警告：序列 %1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PullCommand.cpp" line="156" />
        <source>complete: %n image(s) in the cache</source>
        <translation>
            <numerusform>完成：缓存中共 %n 幅图像</numerusform></translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="157" />
        <source>%1 fetched, %2 already cached; %3 in %4 s</source>
        <translation>本次下载 %1 幅，已在缓存 %2 幅；%3，用时 %4 秒</translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="160" />
        <source>cache: %1</source>
        <translation>缓存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/PullCommand.cpp" line="167" />
        <source>%n older study(ies) evicted from the cache.</source>
        <translation>
            <numerusform>已从缓存中移除 %n 个较早的检查。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/PullCommand.cpp" line="181" />
        <source>yunyue: no study %1 on %2</source>
        <translation>yunyue：%2 上没有检查 %1</translation>
    </message>
</context>
<context>
    <name>yunyue::DerivedSeriesWriter</name>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="95" />
        <source>There is no image to save.</source>
        <translation>没有可保存的图像。</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="103" />
        <source>The source image cannot be read.</source>
        <translation>无法读取源图像。</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="113" />
        <source>The source's character set cannot be converted.</source>
        <translation>无法转换源图像的字符集。</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="121" />
        <source>Only CT and MR series can be saved as derived series.</source>
        <translation>只有 CT 和 MR 序列可以保存为派生序列。</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="274" />
        <source>The derived series cannot be encoded.</source>
        <translation>无法编码派生序列。</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="290" />
        <source>The folder cannot be created.</source>
        <translation>无法创建文件夹。</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="296" />
        <source>The derived series cannot be saved.</source>
        <translation>无法保存派生序列。</translation>
    </message>
</context>
<context>
    <name>yunyue::DicomDecoder</name>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="55" />
        <source>This object holds no image.</source>
        <translation>此对象不含图像。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="61" />
        <source>Colour images cannot be shown yet.</source>
        <translation>暂不支持显示彩色图像。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="67" />
        <location filename="../viewer/DecodedImage.cpp" line="71" />
        <source>The image data cannot be decoded.</source>
        <translation>图像数据无法解码。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="80" />
        <source>The image data is incomplete.</source>
        <translation>图像数据不完整。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="132" />
        <source>The file is not a readable DICOM file.</source>
        <translation>该文件不是可读取的 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="146" />
        <source>The received data is not a readable DICOM object.</source>
        <translation>收到的数据不是可读取的 DICOM 对象。</translation>
    </message>
</context>
<context>
    <name>yunyue::DicomJson</name>
    <message>
        <location filename="../cloudclient/DicomJson.cpp" line="12" />
        <source>The server sent study data that cannot be read.</source>
        <translation>服务器返回的检查数据无法读取。</translation>
    </message>
</context>
<context>
    <name>yunyue::DicomWebClient</name>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="82" />
        <source>The server did not report this image as stored.</source>
        <translation>服务器未报告此图像已存储。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="84" />
        <source>The server does not accept the encoding (transfer syntax) of this image.</source>
        <translation>服务器不接受此图像的编码（传输语法）。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="87" />
        <source>The server has no room for this image.</source>
        <translation>服务器已无空间存储此图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="89" />
        <source>The image does not match its declared DICOM type.</source>
        <translation>此图像与其声明的 DICOM 类型不符。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="91" />
        <source>The server cannot read this image.</source>
        <translation>服务器无法读取此图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="93" />
        <source>The server does not accept this kind of image.</source>
        <translation>服务器不接受此类图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="95" />
        <source>This account may not store images.</source>
        <translation>此账户无权存储图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="96" />
        <source>The server could not store this image (status %1).</source>
        <translation>服务器无法存储此图像（状态 %1）。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="102" />
        <source>The server's answer to the upload cannot be read.</source>
        <translation>无法读取服务器对上传的应答。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="185" />
        <source>This is not a DICOM file; the server did not store it.</source>
        <translation>这不是 DICOM 文件，服务器未存储。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="299" />
        <source>The server's certificate is not trusted.</source>
        <translation>服务器的证书不受信任。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="301" />
        <source>A secure connection to the server %1 could not be set up.</source>
        <translation>无法与服务器 %1 建立安全连接。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="305" />
        <source>The server refused the access token. Sign in again.</source>
        <translation>服务器拒绝了访问令牌，请重新登录。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="306" />
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="307" />
        <source>This account may not read these studies.</source>
        <translation>此账号无权查看这些检查。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="308" />
        <source>The server does not have the requested study or image.</source>
        <translation>服务器上没有所请求的检查或图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="309" />
        <source>The server reported an error. Try again later.</source>
        <translation>服务器报告错误，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="312" />
        <source>The server %1 cannot be reached.</source>
        <translation>无法连接服务器 %1。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="385" />
        <source>The server sent image data that cannot be read.</source>
        <translation>服务器返回的图像数据无法读取。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="442" />
        <location filename="../cloudclient/DicomWebClient.cpp" line="452" />
        <source>The server refused to store the images.</source>
        <translation>服务器拒绝存储这些图像。</translation>
    </message>
</context>
<context>
    <name>yunyue::InstanceFacts</name>
    <message>
        <location filename="../cloudclient/DcmtkBridge.cpp" line="46" />
        <source>An image arrived damaged and cannot be read.</source>
        <translation>收到的图像已损坏，无法读取。</translation>
    </message>
</context>
<context>
    <name>yunyue::LoginDialog</name>
    <message>
        <location filename="../app/LoginDialog.cpp" line="19" />
        <source>Connect to the image cloud</source>
        <translation>连接影像云</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="28" />
        <source>DICOMweb address</source>
        <translation>DICOMweb 地址</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="29" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="30" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="32" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="33" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>yunyue::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="31" />
        <source>Yunyue Reading Station</source>
        <translation>云阅诊断工作站</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="57" />
        <source>Worklist</source>
        <translation>工作列表</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="59" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="60" />
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="99" />
        <source>Series %1: %2</source>
        <translation>序列 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="109" />
        <source>Series %1: %2 (%n image(s))</source>
        <translation>
            <numerusform>序列 %1：%2（%n 幅图像）</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="129" />
        <source>Loading the worklist from %1…</source>
        <translation>正在从 %1 加载工作列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="141" />
        <source>%n study(ies) on %1</source>
        <translation>
            <numerusform>%1 上共 %n 个检查</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="153" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>yunyue::MultipartRelated</name>
    <message>
        <location filename="../cloudclient/MultipartRelated.cpp" line="12" />
        <source>The server sent image data that cannot be read.</source>
        <translation>服务器返回的图像数据无法读取。</translation>
    </message>
</context>
<context>
    <name>yunyue::RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="29" />
        <source>usage: yunyue render [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--position X,Y,Z] [--rotate AX,AY,AZ:DEGREES] [--slab mip|minip|average --thickness MM] [--interpolation nearest|linear|cubic] [--window CENTER,WIDTH] [--size N] --out FILE.png</source>
        <translation>用法：yunyue render [--cache 目录] 序列 --plane axial|coronal|sagittal|oblique [--position X,Y,Z] [--rotate AX,AY,AZ:角度] [--slab mip|minip|average --thickness 毫米] [--interpolation nearest|linear|cubic] [--window 窗位,窗宽] [--size N] --out 文件.png</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="79" />
        <source>Writes a PNG of an MPR or slab image of a cached series.</source>
        <translation>将缓存序列的 MPR 或层块图像写为 PNG。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="81" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="82" />
        <source>SeriesInstanceUID, or a StudyInstanceUID for its first series.</source>
        <translation>SeriesInstanceUID；或 StudyInstanceUID，表示其第一个序列。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="83" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>缓存目录（默认：用户缓存目录）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="86" />
        <source>axial, coronal, sagittal or oblique (an axial plane turned by --rotate).</source>
        <translation>axial（轴位）、coronal（冠状位）、sagittal（矢状位）或 oblique（斜位：按 --rotate 旋转的轴位平面）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="88" />
        <source>A point of the plane, LPS mm (default: the volume's centre).</source>
        <translation>平面上的一点，LPS 坐标，毫米（默认：容积中心）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="90" />
        <source>Turn the plane about an LPS axis through the position, e.g. 0,0,1:30.</source>
        <translation>绕经过该点的 LPS 轴旋转平面，例如 0,0,1:30。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="92" />
        <source>Thick slab: mip, minip or average.</source>
        <translation>厚层块：mip（最大密度投影）、minip（最小密度投影）或 average（平均）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="93" />
        <source>Slab thickness, mm.</source>
        <translation>层块厚度，毫米。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="94" />
        <source>nearest, linear or cubic (default linear).</source>
        <translation>nearest（最近邻）、linear（线性）或 cubic（三次）（默认 linear）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="96" />
        <source>Window center and width (default: from the images).</source>
        <translation>窗位和窗宽（默认：取自图像）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="98" />
        <source>Width and height of the PNG in pixels (default 512).</source>
        <translation>PNG 的宽度和高度，像素（默认 512）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="100" />
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="111" />
        <source>name one series</source>
        <translation>请指定一个序列</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="112" />
        <source>--out is required</source>
        <translation>必须提供 --out</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="118" />
        <source>--plane must be axial, coronal, sagittal or oblique</source>
        <translation>--plane 必须是 axial、coronal、sagittal 或 oblique</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="122" />
        <source>--position must be three numbers x,y,z</source>
        <translation>--position 必须是三个数 x,y,z</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="132" />
        <source>--rotate must be an axis and an angle, e.g. 0,0,1:30</source>
        <translation>--rotate 必须是一个轴和一个角度，例如 0,0,1:30</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="136" />
        <source>an oblique plane needs --rotate</source>
        <translation>斜位平面需要 --rotate</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="145" />
        <source>--slab must be mip, minip or average</source>
        <translation>--slab 必须是 mip、minip 或 average</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="149" />
        <source>a slab needs --thickness in mm, more than 0</source>
        <translation>层块需要大于 0 的 --thickness（毫米）</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="151" />
        <source>--thickness needs --slab</source>
        <translation>--thickness 需要与 --slab 一起使用</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="157" />
        <source>--interpolation must be nearest, linear or cubic</source>
        <translation>--interpolation 必须是 nearest、linear 或 cubic</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="161" />
        <source>--window must be center,width with a width above 0</source>
        <translation>--window 必须是“窗位,窗宽”，且窗宽大于 0</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="165" />
        <source>--size must be a whole number from 16 to 8192</source>
        <translation>--size 必须是 16 到 8192 之间的整数</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="177" />
        <source>yunyue: series %1 is not in the cache %2 (pull its study first)</source>
        <translation>yunyue：序列 %1 不在缓存 %2 中（请先拉取其检查）</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="182" />
        <source>yunyue: series %1 cannot be shown: %2</source>
        <translation>yunyue：序列 %1 无法显示：%2</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="230" />
        <source>yunyue: cannot write %1</source>
        <translation>yunyue：无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="233" />
        <source>wrote %1: %2 plane, %3 mm pixels</source>
        <translation>已写入 %1：%2 平面，像素 %3 毫米</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportTemplate</name>
    <message>
        <location filename="../reporting/ReportTemplate.cpp" line="25" />
        <source>A report template is damaged.</source>
        <translation>报告模板已损坏。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportTemplate.cpp" line="70" />
        <source>A report template cannot be read.</source>
        <translation>无法读取报告模板。</translation>
    </message>
</context>
<context>
    <name>yunyue::SeriesCompleteness</name>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="30" />
        <source>Incomplete series: %1 of %2 images are here.</source>
        <translation>序列不完整：共 %2 幅，本地仅有 %1 幅。</translation>
    </message>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="33" />
        <source>The series holds %1 images, the archive announced %2.</source>
        <translation>序列中有 %1 幅图像，归档声明为 %2 幅。</translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="39" />
        <source>%n image(s) are lossy compressed: not the original data.</source>
        <translation>
            <numerusform>%n 幅图像为有损压缩，不是原始数据。</numerusform></translation>
    </message>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="53" />
        <source>The images of this series have different orientations.</source>
        <translation>此序列各图像的方位不一致。</translation>
    </message>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="55" />
        <source>The images of this series have different pixel spacings.</source>
        <translation>此序列各图像的像素间距不一致。</translation>
    </message>
    <message>
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="57" />
        <source>The images of this series have different sizes.</source>
        <translation>此序列各图像的矩阵大小不一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="79" />
        <source>%n slice(s) share a position with another slice.</source>
        <translation>
            <numerusform>%n 个层面与其他层面位置重复。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="95" />
        <source>%n gap(s) between slices: up to %1 mm where the series has %2 mm.</source>
        <translation>
            <numerusform>层面间有 %n 处缺口：最大 %1 mm，序列层间距为 %2 mm。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/SeriesCompleteness.cpp" line="98" />
        <source>The slice spacing is uneven (%n slice distance(s) differ).</source>
        <translation>
            <numerusform>层间距不均匀（%n 处层间距不同）。</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::ServerProfile</name>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="16" />
        <source>The certificate authority file of the server profile cannot be used.</source>
        <translation>服务器配置中的证书颁发机构（CA）文件无法使用。</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="38" />
        <source>The server profile file cannot be read.</source>
        <translation>无法读取服务器配置文件。</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="55" />
        <source>The server profile has no valid DICOMweb address.</source>
        <translation>服务器配置中没有有效的 DICOMweb 地址。</translation>
    </message>
</context>
<context>
    <name>yunyue::SliceView</name>
    <message>
        <location filename="../viewer/widgets/SliceView.cpp" line="141" />
        <source>W %1  L %2</source>
        <translation>窗宽 %1  窗位 %2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/SliceView.cpp" line="144" />
        <source>Thickness %1 mm</source>
        <translation>层厚 %1 mm</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyCache</name>
    <message>
        <location filename="../cloudclient/StudyCache.cpp" line="64" />
        <source>The local image cache cannot be written (disk full or no permission).</source>
        <translation>无法写入本地影像缓存（磁盘已满或无权限）。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyCache.cpp" line="124" />
        <source>An image arrived with invalid identifiers and was not stored.</source>
        <translation>收到的图像标识符无效，未予保存。</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyOpener</name>
    <message>
        <location filename="../app/StudyOpener.cpp" line="33" />
        <source>This study has no images.</source>
        <translation>此检查没有图像。</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="56" />
        <source>This series has no images.</source>
        <translation>此序列没有图像。</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="71" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>服务器返回的图像与请求的不一致。</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyPull</name>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="194" />
        <source>The archive holds no series for this study.</source>
        <translation>影像归档中没有此检查的序列。</translation>
    </message>
    <message>
        <source>The local image cache cannot be written (disk full or no permission).</source>
        <translation>无法写入本地影像缓存（磁盘已满或无权限）。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="393" />
        <source>The server sent image data that cannot be read.</source>
        <translation>服务器返回的图像数据无法读取。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="406" />
        <source>The transfer was interrupted.</source>
        <translation>传输中断。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="426" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>服务器返回的图像与请求的不一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/StudyPull.cpp" line="506" />
        <source>%n image(s) could not be fetched.</source>
        <translation>
            <numerusform>%n 幅图像未能下载。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/StudyPull.cpp" line="508" />
        <source>%n image(s) could not be fetched: %1 Pull again to fetch only what is missing.</source>
        <translation>
            <numerusform>%n 幅图像未能下载：%1 再次拉取时只下载缺少的图像。</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::ThinSliceReconstruction</name>
    <message>
        <location filename="../viewer/ThinSliceReconstruction.cpp" line="49" />
        <source>This reconstruction cannot be made.</source>
        <translation>无法进行此重建。</translation>
    </message>
    <message>
        <location filename="../viewer/ThinSliceReconstruction.cpp" line="100" />
        <source>The reconstruction is too large. Choose a larger spacing.</source>
        <translation>重建数据过大，请选择更大的间距。</translation>
    </message>
    <message>
        <location filename="../viewer/ThinSliceReconstruction.cpp" line="209" />
        <source>The reconstruction failed.</source>
        <translation>重建失败。</translation>
    </message>
    <message>
        <location filename="../viewer/ThinSliceReconstruction.cpp" line="220" />
        <source>These series are not in one frame of reference and cannot be linked.</source>
        <translation>这些序列不在同一参考坐标系中，无法联动。</translation>
    </message>
</context>
<context>
    <name>yunyue::VolumeLoader</name>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="122" />
        <location filename="../viewer/VolumeLoader.cpp" line="399" />
        <source>A file of the series is not a readable DICOM file.</source>
        <translation>序列中有文件不是可读取的 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="132" />
        <source>Images with floating-point pixels cannot be shown yet.</source>
        <translation>暂不支持显示浮点像素图像。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="135" />
        <source>A file of the series holds no image.</source>
        <translation>序列中有文件不含图像。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="151" />
        <source>Colour images cannot be shown as a volume.</source>
        <translation>彩色图像无法作为容积显示。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="160" />
        <source>The image pixel layout is not supported.</source>
        <translation>不支持此图像的像素格式。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="168" />
        <source>Images with a modality lookup table cannot be shown as a volume yet.</source>
        <translation>暂不支持将带模态查找表的图像作为容积显示。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="184" />
        <source>This multi-frame image does not say where each frame lies in the patient.</source>
        <translation>此多帧图像未给出每一帧在患者体内的位置。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="361" />
        <source>The series holds no images.</source>
        <translation>该序列不含图像。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="369" />
        <source>Loading was canceled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="416" />
        <source>The files belong to different series.</source>
        <translation>这些文件属于不同的序列。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="422" />
        <source>The images of the series lie in different frames of reference.</source>
        <translation>序列中的图像属于不同的参考坐标系。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="428" />
        <source>The images of the series have different matrix sizes (%1 and %2).</source>
        <translation>序列中的图像矩阵大小不一致（%1 与 %2）。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="436" />
        <source>The images of the series mix MONOCHROME1 and MONOCHROME2.</source>
        <translation>序列中混有 MONOCHROME1 与 MONOCHROME2 图像。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="461" />
        <source>The images do not say where they lie in the patient, so they cannot be stacked into a volume.</source>
        <translation>图像未给出其在患者体内的位置，无法叠成容积。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="473" />
        <source>The images of the series have different orientations (planes %1° apart), so they are not one stack.</source>
        <translation>序列中的图像方向不一致（层面相差 %1°），不属于同一组层面。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="481" />
        <source>The images of the series have different pixel spacings (%1 and %2 mm).</source>
        <translation>序列中的图像像素间距不一致（%1 与 %2 mm）。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="493" />
        <source>The image orientation is not valid (rows and columns are not perpendicular).</source>
        <translation>图像方向无效（行方向与列方向不垂直）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="539" />
        <source>Several slices share one position (%n slice(s) too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.</source>
        <translation>
            <numerusform>有层面位置重复（多出 %n 个层面，第一处位于沿层面法线 %1 mm）。该序列可能混有多次采集（期相、回波、重复扫描），因此不作为单一容积显示。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="545" />
        <source>Left out %n slice(s) at the position of another slice; at each position the lowest instance number was kept.</source>
        <translation>
            <numerusform>已略去 %n 个与其他层面位置重复的层面；每个位置保留实例号最小的层面。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="547" />
        <source>Ignored %n extra copy(ies) of images present more than once.</source>
        <translation>
            <numerusform>已忽略 %n 个重复出现的图像副本。</numerusform></translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="568" />
        <source>The slices are shifted sideways from one another (gantry tilt of %1°). Tilted acquisitions cannot be shown as a volume yet.</source>
        <translation>层面之间存在侧向错位（机架倾斜 %1°）。暂不支持将倾斜采集的图像作为容积显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="605" />
        <source>Slices are missing from the series: %n slice(s) in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).</source>
        <translation>
            <numerusform>序列缺少层面：共缺 %n 层，第一处缺口位于沿层面法线 %1 至 %2 mm 之间（其余层间距为 %3 mm）。</numerusform></translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="612" />
        <source>The slices are unevenly spaced (from %1 to %2 mm apart, mostly %3 mm).</source>
        <translation>层间距不均匀（%1 至 %2 mm，多数为 %3 mm）。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="660" />
        <source>The series is too large for this computer's memory (%1 MiB).</source>
        <translation>该序列过大，本机内存无法容纳（%1 MiB）。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="687" />
        <location filename="../viewer/VolumeLoader.cpp" line="771" />
        <source>The image data of a slice cannot be decoded.</source>
        <translation>有层面的图像数据无法解码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="793" />
        <source>The slices were not evenly spaced: interpolated %n slice(s) of the volume between their neighbours.</source>
        <translation>
            <numerusform>层间距不均匀：容积中有 %n 个层面由相邻层面插值得到。</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::WorklistModel</name>
    <message>
        <location filename="../app/WorklistModel.cpp" line="37" />
        <source>Series %1: %2</source>
        <translation>序列 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="55" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="56" />
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/WorklistModel.cpp" line="56" />
        <source>Complete, %n warning(s)</source>
        <translation>
            <numerusform>完整，%n 条警告</numerusform></translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="57" />
        <source>Incomplete %1/%2</source>
        <translation>不完整 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="104" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="105" />
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="106" />
        <source>Modality</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="107" />
        <source>Institution</source>
        <translation>检查医院</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="108" />
        <source>Study date</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="109" />
        <source>Local copy</source>
        <translation>本地副本</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="110" />
        <source>Description</source>
        <translation>检查描述</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="111" />
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="112" />
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
</context>
</TS>