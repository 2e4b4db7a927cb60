<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>yunyue::DicomDecoder</name>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="67" />
        <source>This object holds no image.</source>
        <translation>此对象不含图像。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="73" />
        <source>Colour images cannot be shown yet.</source>
        <translation>暂不支持显示彩色图像。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="79" />
        <location filename="../viewer/DecodedImage.cpp" line="83" />
        <source>The image data cannot be decoded.</source>
        <translation>图像数据无法解码。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="92" />
        <source>The image data is incomplete.</source>
        <translation>图像数据不完整。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="144" />
        <source>The file is not a readable DICOM file.</source>
        <translation>该文件不是可读取的 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="158" />
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
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="83" />
        <source>This account may not read these studies.</source>
        <translation>此账号无权查看这些检查。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="84" />
        <source>The server does not have the requested study or image.</source>
        <translation>服务器上没有所请求的检查或图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="85" />
        <source>The server reported an error. Try again later.</source>
        <translation>服务器报告错误，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="88" />
        <source>The server %1 cannot be reached.</source>
        <translation>无法连接服务器 %1。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="137" />
        <source>The server sent image data that cannot be read.</source>
        <translation>服务器返回的图像数据无法读取。</translation>
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
        <location filename="../app/MainWindow.cpp" line="28" />
        <source>Yunyue Reading Station</source>
        <translation>云阅诊断工作站</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="53" />
        <source>Worklist</source>
        <translation>工作列表</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="55" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="56" />
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="72" />
        <source>Series %1: %2 (%n image(s))</source>
        <translation>
            <numerusform>序列 %1：%2（%n 幅图像）</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="93" />
        <source>Loading the worklist from %1…</source>
        <translation>正在从 %1 加载工作列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="102" />
        <source>%n study(ies) on %1</source>
        <translation>
            <numerusform>%1 上共 %n 个检查</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="114" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>yunyue::MultipartRelated</name>
    <message>
        <location filename="../cloudclient/MultipartRelated.cpp" line="10" />
        <source>The server sent image data that cannot be read.</source>
        <translation>服务器返回的图像数据无法读取。</translation>
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
    <name>yunyue::ServerProfile</name>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="14" />
        <source>The server profile file cannot be read.</source>
        <translation>无法读取服务器配置文件。</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="26" />
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
    <name>yunyue::StudyOpener</name>
    <message>
        <location filename="../app/StudyOpener.cpp" line="27" />
        <source>This study has no images.</source>
        <translation>此检查没有图像。</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="38" />
        <source>This series has no images.</source>
        <translation>此序列没有图像。</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="51" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>服务器返回的图像与请求的不一致。</translation>
    </message>
</context>
<context>
    <name>yunyue::WorklistModel</name>
    <message>
        <location filename="../app/WorklistModel.cpp" line="54" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="55" />
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="56" />
        <source>Modality</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="57" />
        <source>Institution</source>
        <translation>检查医院</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="58" />
        <source>Study date</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="59" />
        <source>Description</source>
        <translation>检查描述</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="60" />
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="61" />
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
</context>
</TS>