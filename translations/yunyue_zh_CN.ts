<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DeidentifyCommand</name>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="54" />
        <source>yunyue: %1 does not exist</source>
        <translation>yunyue：%1 不存在</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="74" />
        <source>De-identifies DICOM files (PS3.15 Annex E basic profile, modified dates, clean descriptors).</source>
        <translation>对 DICOM 文件去标识化（PS3.15 附录 E 基本配置，修改日期，清理描述）。</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="77" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="78" />
        <source>DICOM files or directories (searched recursively).</source>
        <translation>DICOM 文件或目录（递归搜索）。</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="79" />
        <source>Directory for the de-identified files.</source>
        <translation>存放去标识化文件的目录。</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="82" />
        <source>Pseudonym for the patient's name, e.g. TEACHING^CASE001.</source>
        <translation>患者姓名的化名，例如 TEACHING^CASE001。</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="84" />
        <source>Pseudonym for the patient ID, e.g. CASE001.</source>
        <translation>患者 ID 的化名，例如 CASE001。</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="88" />
        <source>File with the secret that derives new UIDs and date shifts; the same secret gives the same result (default: a random secret for this run).</source>
        <translation>存放密钥的文件，用于生成新 UID 和日期偏移；相同密钥得到相同结果（默认：本次运行使用随机密钥）。</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="94" />
        <source>usage: yunyue deidentify --out DIR [--patient-name PN --patient-id ID] [--secret-file FILE] INPUT...</source>
        <translation>用法：yunyue deidentify --out 目录 [--patient-name 姓名 --patient-id ID] [--secret-file 文件] 输入...</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="108" />
        <source>yunyue: the secret file %1 cannot be read or is empty</source>
        <translation>yunyue：密钥文件 %1 无法读取或为空</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="114" />
        <source>yunyue: cannot create %1</source>
        <translation>yunyue：无法创建 %1</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="121" />
        <source>yunyue: no DICOM files found</source>
        <translation>yunyue：未找到 DICOM 文件</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="137" />
        <source>%1: cannot write %2</source>
        <translation>%1：无法写入 %2</translation>
    </message>
    <message>
        <location filename="../app/DeidentifyCommand.cpp" line="142" />
        <source>%1: warning: %2</source>
        <translation>%1：警告：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/DeidentifyCommand.cpp" line="145" />
        <source>%n file(s) de-identified into %1</source>
        <translation>
            <numerusform>已将 %n 个文件去标识化到 %1</numerusform></translation>
    </message>
</context>
<context>
    <name>LinkCommand</name>
    <message>
        <location filename="../app/LinkCommand.cpp" line="37" />
        <source>The slices of one series that show what a slice of another shows.</source>
        <translation>一个序列中与另一序列某层显示同一位置的各层。</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="39" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="40" />
        <source>The series scrolled (SeriesInstanceUID).</source>
        <translation>滚动浏览的序列（SeriesInstanceUID）。</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="41" />
        <source>The series that follows (SeriesInstanceUID).</source>
        <translation>随之联动的序列（SeriesInstanceUID）。</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="42" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>缓存目录（默认：用户缓存目录）。</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="44" />
        <source>Slice of FROM, counted from 0 along its normal.</source>
        <translation>FROM 序列中的层号，沿法线方向从 0 开始计数。</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="47" />
        <source>usage: yunyue link [--cache DIR] FROM TO --slice K</source>
        <translation>用法：yunyue link [--cache DIR] FROM TO --slice K</translation>
    </message>
    <message>
        <location filename="../app/LinkCommand.cpp" line="65" />
        <source>yunyue: %1 has %2 slices</source>
        <translation>yunyue：%1 共有 %2 层</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/LinkCommand.cpp" line="76" />
        <source>slice %1 of %2 (%3 mm thick) shows what %n slice(s) of %4 show:</source>
        <translation>
            <numerusform>%2 的第 %1 层（层厚 %3 毫米）与 %4 的以下 %n 层显示同一位置：</numerusform></translation>
    </message>
</context>
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
    <name>ReportCommand</name>
    <message>
        <location filename="../app/ReportCommand.cpp" line="71" />
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="82" />
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="102" />
        <source>no passphrase: give --passphrase-file or set YUNYUE_KEY_PASSPHRASE</source>
        <translation>缺少口令：请使用 --passphrase-file 或设置 YUNYUE_KEY_PASSPHRASE</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="105" />
        <source>Passphrase of the private key: </source>
        <translation>私钥口令：</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="117" />
        <source>no passphrase given</source>
        <translation>未提供口令</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="145" />
        <location filename="../app/ReportCommand.cpp" line="578" />
        <source>The archive did not answer.</source>
        <translation>档案服务器没有响应。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="152" />
        <source>The center's trust settings (CA file, roles).</source>
        <translation>本中心的信任设置（CA 文件、角色）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="154" />
        <source>Your private key (PEM, passphrase-protected).</source>
        <translation>您的私钥（PEM，受口令保护）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="156" />
        <source>Your X.509 certificate (PEM).</source>
        <translation>您的 X.509 证书（PEM）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="159" />
        <source>File holding the key's passphrase (else YUNYUE_KEY_PASSPHRASE or a prompt).</source>
        <translation>存放私钥口令的文件（否则使用 YUNYUE_KEY_PASSPHRASE 或提示输入）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="161" />
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="162" />
        <source>Server profile file (default: the demo cloud's).</source>
        <translation>服务器配置文件（默认：演示云的配置）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="164" />
        <source>Outbox directory.</source>
        <translation>发件箱目录。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="166" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>缓存目录（默认：用户缓存目录）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="186" />
        <source>--key and --cert are required to sign</source>
        <translation>签名需要 --key 和 --cert</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="215" />
        <source>Template id (default: the best for the study).</source>
        <translation>模板编号（默认：最适合该检查的模板）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="216" />
        <source>zh_CN or en.</source>
        <translation>zh_CN 或 en。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="217" />
        <source>Your name, DICOM style (王^医生).</source>
        <translation>您的姓名，DICOM 格式（王^医生）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="218" />
        <location filename="../app/ReportCommand.cpp" line="609" />
        <source>Your staff ID.</source>
        <translation>您的工号。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="219" />
        <location filename="../app/ReportCommand.cpp" line="327" />
        <location filename="../app/ReportCommand.cpp" line="610" />
        <source>Your organisation.</source>
        <translation>您的机构。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="220" />
        <source>Technique text (default: the template's).</source>
        <translation>检查方法文本（默认：模板内容）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="221" />
        <source>Findings text (default: the template's).</source>
        <translation>影像所见文本（默认：模板内容）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="222" />
        <source>Impression text (default: the template's).</source>
        <translation>诊断意见文本（默认：模板内容）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="223" />
        <source>The final report (SR file) this one amends: its text is the start.</source>
        <translation>本报告修订的正式报告（SR 文件）：以其内容为起点。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="226" />
        <source>usage: yunyue report draft [--cache DIR] STUDY --out REPORT.json [--author-name PN ...]</source>
        <translation>用法：yunyue report draft [--cache DIR] STUDY --out REPORT.json [--author-name PN ...]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="234" />
        <source>study %1 is not in the cache; pull it first</source>
        <translation>检查 %1 不在缓存中；请先下载</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="245" />
        <source>no report template %1</source>
        <translation>没有报告模板 %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="266" />
        <source>%1 is no final report of study %2</source>
        <translation>%1 不是检查 %2 的正式报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ReportCommand.cpp" line="283" />
        <source>draft for study %1 (%n image(s) as evidence) written to %2</source>
        <translation>
            <numerusform>检查 %1 的草稿（%n 幅图像作为依据）已写入 %2</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="293" />
        <source>usage: yunyue report sign REPORT.json --key KEY --cert CERT [--trust center.ini] --out REPORT.dcm</source>
        <translation>用法：yunyue report sign REPORT.json --key KEY --cert CERT [--trust center.ini] --out REPORT.dcm</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="306" />
        <source>%1 is no report draft</source>
        <translation>%1 不是报告草稿</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="321" />
        <source>signed by the author in %1 ms: %2 (SOP Instance UID %3)</source>
        <translation>作者签名完成，用时 %1 毫秒：%2（SOP 实例 UID %3）</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="326" />
        <location filename="../app/ReportCommand.cpp" line="608" />
        <source>Your name, DICOM style (李^主任).</source>
        <translation>您的姓名，DICOM 格式（李^主任）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="330" />
        <source>usage: yunyue report countersign REPORT.dcm --key KEY --cert CERT --name PN [--organisation O] --out FINAL.dcm</source>
        <translation>用法：yunyue report countersign REPORT.dcm --key KEY --cert CERT --name PN [--organisation O] --out FINAL.dcm</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="346" />
        <source>verified and countersigned in %1 ms: %2 (SOP Instance UID %3)</source>
        <translation>审核会签完成，用时 %1 毫秒：%2（SOP 实例 UID %3）</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="353" />
        <source>usage: yunyue report verify [--trust center.ini] REPORT.dcm...</source>
        <translation>用法：yunyue report verify [--trust center.ini] REPORT.dcm...</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="379" />
        <source>The report carries no signature.</source>
        <translation>该报告没有签名。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="384" />
        <source>  every signature verified (%1 ms)</source>
        <translation>  所有签名均已验证（%1 毫秒）</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="409" />
        <source>pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="410" />
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="411" />
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="412" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ReportCommand.cpp" line="419" />
        <source>(%n attempt(s): %1)</source>
        <translation>
            <numerusform>（已尝试 %n 次：%1）</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="453" />
        <location filename="../app/ReportCommand.cpp" line="615" />
        <source>Seconds to wait for delivery (default 60); what is not delivered stays queued.</source>
        <translation>等待送达的秒数（默认 60）；未送达的保留在发件箱中。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="455" />
        <source>Send even though the archive holds a newer report.</source>
        <translation>即使档案中已有更新的报告也发送。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="456" />
        <source>Also write the printed final report to this PDF file.</source>
        <translation>同时将正式报告的打印版写入此 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="459" />
        <source>usage: yunyue report submit [--profile cloud.ini] [--outbox DIR] [REPORT.dcm...]</source>
        <translation>用法：yunyue report submit [--profile cloud.ini] [--outbox DIR] [REPORT.dcm...]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="480" />
        <source>%1 is not signed; sign it first</source>
        <translation>%1 未签名；请先签名</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="487" />
        <source>yunyue: the archive cannot be checked for newer reports now (%1); queued anyway</source>
        <translation>yunyue：暂时无法向档案核对是否有更新的报告（%1）；仍已排队发送</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="496" />
        <source>the archive holds a newer report for this study, by %1 (%2, %3); look at it, then send with --force to keep yours as well</source>
        <translation>档案中已有该检查更新的报告，作者 %1（%2，%3）；请先查看，如仍要保留您的报告，请加 --force 发送</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="501" />
        <source>%1 report, %2</source>
        <translation>%1 报告，%2</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="502" />
        <source>final</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="502" />
        <source>preliminary</source>
        <translation>初步</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="505" />
        <source>queued %1 (%2)</source>
        <translation>已排队 %1（%2）</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="518" />
        <source>%1 report, final, PDF</source>
        <translation>%1 报告，正式，PDF</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="521" />
        <source>queued the printed report (%1)</source>
        <translation>已排队打印版报告（%1）</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="735" />
        <source>usage: yunyue report draft|sign|countersign|verify|submit|status|spot-check|score ...</source>
        <translation>用法：yunyue report draft|sign|countersign|verify|submit|status|spot-check|score ...</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="447" />
        <source>%1 of %2 delivered in %3 ms</source>
        <translation>%2 份中已送达 %1 份，用时 %3 毫秒</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="448" />
        <source>yunyue: not delivered yet; the outbox keeps it and sends it on the next run</source>
        <translation>yunyue：尚未送达；发件箱会保留并在下次运行时发送</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="535" />
        <source>usage: yunyue report status [--profile cloud.ini] STUDY</source>
        <translation>用法：yunyue report status [--profile cloud.ini] STUDY</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="551" />
        <source>INVALID: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="554" />
        <source>state: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ReportCommand.cpp" line="596" />
        <source>spot-check scores %1 to %2: %n report(s) reviewed</source>
        <translation>
            <numerusform>%1 至 %2 的抽查评分：已评议 %n 份报告</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="605" />
        <source>SOP Instance UID of the final report scored.</source>
        <translation>被评分正式报告的 SOP 实例 UID。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="606" />
        <source>RADPEER score: 1, 2a, 2b, 3a or 3b.</source>
        <translation>RADPEER 评分：1、2a、2b、3a 或 3b。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="607" />
        <source>Why, in your words.</source>
        <translation>评分理由。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="611" />
        <source>The spot check's day (yyyy-MM-dd, default today).</source>
        <translation>抽查日期（yyyy-MM-dd，默认今天）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="613" />
        <source>The spot check's share (default 5).</source>
        <translation>抽查比例（默认 5）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="614" />
        <source>The spot check's seed (default: the date as yyyyMMdd).</source>
        <translation>抽查种子（默认：日期 yyyyMMdd）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="621" />
        <source>usage: yunyue report score STUDY --report UID --score 1|2a|2b|3a|3b --name PN [--comment TEXT]</source>
        <translation>用法：yunyue report score STUDY --report UID --score 1|2a|2b|3a|3b --name PN [--comment TEXT]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="640" />
        <source>%1 is no valid final report of study %2</source>
        <translation>%1 不是检查 %2 的有效正式报告</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="657" />
        <source>spot-check score %1</source>
        <translation>抽查评分 %1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="659" />
        <source>scored %1: %2 (%3)</source>
        <translation>已评分 %1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="664" />
        <source>The day whose final reports are sampled (yyyy-MM-dd, default today).</source>
        <translation>抽样的日期（yyyy-MM-dd，默认今天）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="666" />
        <source>Share of the day's final reports to re-check (default 5).</source>
        <translation>当日正式报告中抽查的比例（默认 5）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="668" />
        <source>Seed of the draw (default: the date as yyyyMMdd).</source>
        <translation>抽样种子（默认：日期 yyyyMMdd）。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="669" />
        <source>How many days back studies are searched for reports (default 7).</source>
        <translation>向前查找多少天内检查的报告（默认 7 天）。</translation>
    </message>
    <message>
        <source>usage: yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N]</source>
        <translation>用法：yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="623" />
        <location filename="../app/ReportCommand.cpp" line="677" />
        <source>bad --date %1</source>
        <translation>--date 无效：%1</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="671" />
        <source>Instead of drawing: the scores of the last n days up to --date, per reader.</source>
        <translation>不抽样，而是按报告医师汇总截至 --date 的最近 n 天的评分。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="675" />
        <source>usage: yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N] [--summary DAYS]</source>
        <translation>用法：yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N] [--summary DAYS]</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="708" />
        <source>%1: %2 final report(s), seed %3, sample of %4:</source>
        <translation>%1：正式报告 %2 份，种子 %3，抽取 %4 份：</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="728" />
        <source>The double-signed reporting workflow.</source>
        <translation>双签报告流程。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="730" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/ReportCommand.cpp" line="731" />
        <source>What to do.</source>
        <translation>要执行的操作。</translation>
    </message>
    <message>
        <source>usage: yunyue report draft|sign|countersign|verify|submit|status|spot-check ...</source>
        <translation>用法：yunyue report draft|sign|countersign|verify|submit|status|spot-check ...</translation>
    </message>
</context>
<context>
    <name>TeachCommand</name>
    <message>
        <location filename="../app/TeachCommand.cpp" line="37" />
        <source>usage: yunyue teach export STUDY --title TEXT [--diagnosis TEXT] [--history TEXT] [--point TEXT]... [--tag TAG]... [--key-image SOPUID]... [--case-id ID] [--author NAME] [--language zh-CN|en] [--secret-file FILE] [--out DIR] [--send [--profile FILE]]</source>
        <translation>用法：yunyue teach export 检查 --title 文本 [--diagnosis 文本] [--history 文本] [--point 文本]... [--tag 标签]... [--key-image SOPUID]... [--case-id 编号] [--author 姓名] [--language zh-CN|en] [--secret-file 文件] [--out 目录] [--send [--profile 文件]]</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="41" />
        <source>       yunyue teach list [--search TEXT] [--tag TAG]</source>
        <translation>       yunyue teach list [--search 文本] [--tag 标签]</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="43" />
        <source>       yunyue teach send PACKAGE [--profile FILE]</source>
        <translation>       yunyue teach send 病例包 [--profile 文件]</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="44" />
        <source>(every form takes [--library DIR]; export takes [--cache DIR])</source>
        <translation>（各形式均可加 [--library 目录]；export 还可加 [--cache 目录]）</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="64" />
        <source>the study %1 is not in the cache %2 (pull it first)</source>
        <translation>检查 %1 不在缓存 %2 中（请先拉取）</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="79" />
        <source>yunyue: cannot read %1</source>
        <translation>yunyue：无法读取 %1</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="91" />
        <source>Teaching files: de-identified case packages and the teaching library.</source>
        <translation>教学病例：去标识化病例包与教学病例库。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="93" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="94" />
        <source>export, import, list, verify or send.</source>
        <translation>export、import、list、verify 或 send。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="99" />
        <source>Teaching library folder.</source>
        <translation>教学病例库文件夹。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="101" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>缓存目录（默认：用户缓存目录）。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="103" />
        <source>The case's title.</source>
        <translation>病例标题。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="104" />
        <source>The diagnosis (hidden until revealed).</source>
        <translation>诊断（揭晓前隐藏）。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="105" />
        <source>Clinical history, without identifiers.</source>
        <translation>临床病史，不含身份信息。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="106" />
        <source>A teaching point (repeatable).</source>
        <translation>教学要点（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="107" />
        <source>A tag (repeatable); with list: only cases with it.</source>
        <translation>标签（可重复）；用于 list 时只列出带此标签的病例。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="108" />
        <source>SOPInstanceUID of a key image (repeatable).</source>
        <translation>关键图像的 SOPInstanceUID（可重复）。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="109" />
        <source>Case ID (default: a new one).</source>
        <translation>病例编号（默认新建）。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="110" />
        <source>The teacher's name as shown.</source>
        <translation>显示的带教医师姓名。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="111" />
        <source>Language of the text (default zh-CN).</source>
        <translation>文本语言（默认 zh-CN）。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="114" />
        <source>File with the secret that derives new UIDs and date shifts (default: random).</source>
        <translation>用于生成新 UID 和日期偏移的密钥文件（默认随机）。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="115" />
        <source>Write the package here instead of into the library.</source>
        <translation>将病例包写到此处，而不是病例库。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="116" />
        <source>Also store the de-identified images in the teaching archive.</source>
        <translation>同时将去标识化图像存入教学存档。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="118" />
        <source>Teaching archive's server profile file (default: the demo cloud's).</source>
        <translation>教学存档的服务器配置文件（默认使用演示云的）。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="120" />
        <source>Only cases whose text contains this.</source>
        <translation>仅列出文本包含此内容的病例。</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="142" />
        <source>name one action and its study or package</source>
        <translation>请指定一个操作及其检查或病例包</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="152" />
        <source>case %1 is in the teaching library %2</source>
        <translation>病例 %1 已在教学病例库 %2 中</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/TeachCommand.cpp" line="154" />
        <source>case %1: %n file(s), all intact</source>
        <translation>
            <numerusform>病例 %1：%n 个文件，全部完好</numerusform></translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="159" />
        <source>unknown action %1</source>
        <translation>未知操作 %1</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="161" />
        <source>a teaching case needs --title</source>
        <translation>教学病例需要 --title</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="164" />
        <source>--case-id may hold only letters, digits, '.', '_' and '-'</source>
        <translation>--case-id 只能包含字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="184" />
        <source>the secret file %1 cannot be read or is empty</source>
        <translation>密钥文件 %1 无法读取或为空</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="196" />
        <source>yunyue: cannot create %1</source>
        <translation>yunyue：无法创建 %1</translation>
    </message>
    <message>
        <location filename="../app/TeachCommand.cpp" line="203" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/TeachCommand.cpp" line="204" />
        <source>case %1: %n de-identified image(s) in %2</source>
        <translation>
            <numerusform>病例 %1：%n 幅去标识化图像，位于 %2</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue</name>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="67" />
        <source>%1 is no teaching case: case.json is missing.</source>
        <translation>%1 不是教学病例：缺少 case.json。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="159" />
        <source>case.json is no teaching case description.</source>
        <translation>case.json 不是教学病例描述。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="164" />
        <source>case.json has no valid case ID.</source>
        <translation>case.json 没有有效的病例编号。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="188" />
        <source>case.json names a file outside the package's DICOM folder.</source>
        <translation>case.json 指向病例包 DICOM 文件夹之外的文件。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="206" />
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="207" />
        <source>Modality</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="208" />
        <source>Body part</source>
        <translation>检查部位</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="209" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="210" />
        <source>Teacher</source>
        <translation>带教医师</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="211" />
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="212" />
        <source>Clinical history</source>
        <translation>临床病史</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="213" />
        <source>Key images</source>
        <translation>关键图像</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="216" />
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="218" />
        <source>Teaching points</source>
        <translation>教学要点</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="223" />
        <source>Images de-identified (DICOM PS3.15 Annex E, basic profile with modified dates and clean descriptors).</source>
        <translation>图像已去标识化（DICOM PS3.15 附录 E，基本规范，含日期修改与描述清理选项）。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="247" />
        <source>the patient's name</source>
        <translation>患者姓名</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="248" />
        <source>the patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="250" />
        <source>the accession number</source>
        <translation>检查号</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="251" />
        <source>the birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="261" />
        <source>The case ID may hold only letters, digits, '.', '_' and '-' (at most 64).</source>
        <translation>病例编号只能包含字母、数字、“.”、“_”和“-”（最多 64 个）。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="262" />
        <source>A teaching case needs a title.</source>
        <translation>教学病例需要标题。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="265" />
        <source>%1 exists already; a case package is written to a new folder.</source>
        <translation>%1 已存在；病例包须写入新文件夹。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="275" />
        <source>The case text contains %1; teaching cases must not identify the patient.</source>
        <translation>病例文本包含%1；教学病例不得能识别患者身份。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="275" />
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="293" />
        <source>The key image %1 is not an image of this study.</source>
        <translation>关键图像 %1 不属于本检查。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="314" />
        <source>The case package cannot be written to %1.</source>
        <translation>无法将病例包写入 %1。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="319" />
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="348" />
        <source>The teaching case %1 is damaged: %2</source>
        <translation>教学病例 %1 已损坏：%2</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="350" />
        <source>a file is missing.</source>
        <translation>有文件缺失。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="351" />
        <source>a file has the wrong size.</source>
        <translation>有文件大小不符。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="352" />
        <source>a file was changed.</source>
        <translation>有文件被修改。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="358" />
        <source>The teaching case %1 is damaged: a key image is not in the package.</source>
        <translation>教学病例 %1 已损坏：关键图像不在病例包中。</translation>
    </message>
</context>
<context>
    <name>yunyue::ArchivedRegistrations</name>
    <message>
        <location filename="../app/ArchivedRegistrations.cpp" line="71" />
        <source>The archive did not keep the registration.</source>
        <translation>影像归档未保存该配准。</translation>
    </message>
</context>
<context>
    <name>yunyue::ClippingControls</name>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="18" />
        <source>Clip box</source>
        <translation>裁剪框</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="18" />
        <source>Clear planes</source>
        <translation>清除切面</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="22" />
        <source>R–L</source>
        <translation>右–左</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="22" />
        <source>A–P</source>
        <translation>前–后</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="22" />
        <source>I–S</source>
        <translation>下–上</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="37" />
        <source>Add axial plane</source>
        <translation>添加轴位切面</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="37" />
        <source>Add coronal plane</source>
        <translation>添加冠状位切面</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="37" />
        <source>Add sagittal plane</source>
        <translation>添加矢状位切面</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="45" />
        <source>Keeps the superior half</source>
        <translation>保留上半部分</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="46" />
        <source>Keeps the posterior half</source>
        <translation>保留后半部分</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="47" />
        <source>Keeps the patient's left half</source>
        <translation>保留患者左半部分</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="136" />
        <source>%1 to %2 mm</source>
        <translation>%1 至 %2 mm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ClippingControls.cpp" line="139" />
        <source>Cut planes: %1</source>
        <translation>切面：%1</translation>
    </message>
</context>
<context>
    <name>yunyue::ComparisonLayout</name>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="49" />
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="50" />
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="51" />
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="61" />
        <source>Linked</source>
        <translation>联动</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="62" />
        <source>Scrolling, zoom, pan and window follow in both views</source>
        <translation>翻页、缩放、平移和窗宽窗位在两个视图中同步</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="191" />
        <source>Current: %1</source>
        <translation>本次：%1</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="193" />
        <source>Prior: none opened</source>
        <translation>既往：未打开</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="197" />
        <source>Prior: %1</source>
        <translation>既往：%1</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/ComparisonLayout.cpp" line="198" />
        <source>Alignment: %1</source>
        <translation>对位：%1</translation>
    </message>
</context>
<context>
    <name>yunyue::CredentialsCommand</name>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="65" />
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="74" />
        <source>Password or token: </source>
        <translation>密码或令牌：</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="76" />
        <source>no password: give --password-file or set YUNYUE_PASSWORD</source>
        <translation>没有密码：请指定 --password-file 或设置 YUNYUE_PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="81" />
        <source>the password is empty</source>
        <translation>密码为空</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="100" />
        <source>Saved in %1.</source>
        <translation>已保存到%1。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="108" />
        <source>Removed from %1.</source>
        <translation>已从%1中删除。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="110" />
        <location filename="../app/CredentialsCommand.cpp" line="124" />
        <source>No password was saved for this server and user.</source>
        <translation>此服务器和用户没有已保存的密码。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="115" />
        <source>New passwords are saved in %1.</source>
        <translation>新密码将保存到%1。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="121" />
        <source>The password for this server and user is in %1.</source>
        <translation>此服务器和用户的密码保存在%1中。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="133" />
        <source>passwords are never taken from the command line (the process list and the shell history would show them): use --password-file FILE, YUNYUE_PASSWORD or type it when asked</source>
        <translation>密码绝不从命令行参数读取（进程列表和 shell 历史记录会显示它）：请使用 --password-file FILE、YUNYUE_PASSWORD，或在提示时输入</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="139" />
        <source>Keeps a server's password or token in the system keychain or a private file.</source>
        <translation>将服务器的密码或令牌保存在系统钥匙串或仅本人可读的文件中。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="142" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="145" />
        <source>DICOMweb address of the server.</source>
        <translation>服务器的 DICOMweb 地址。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="148" />
        <source>User name on the server.</source>
        <translation>服务器上的用户名。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="151" />
        <source>File holding the password (else YUNYUE_PASSWORD or a prompt).</source>
        <translation>存放密码的文件（否则使用 YUNYUE_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="155" />
        <source>The secret is a bearer token, not a password.</source>
        <translation>该凭据是持有者令牌（Bearer token），不是密码。</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="169" />
        <source>--server must be an http or https address</source>
        <translation>--server 必须是 http 或 https 地址</translation>
    </message>
    <message>
        <location filename="../app/CredentialsCommand.cpp" line="175" />
        <source>--server is needed</source>
        <translation>需要 --server</translation>
    </message>
</context>
<context>
    <name>yunyue::Deidentifier</name>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="823" />
        <source>The file is not a DICOM file.</source>
        <translation>该文件不是 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="828" />
        <source>The file's character set cannot be converted to Unicode.</source>
        <translation>该文件的字符集无法转换为 Unicode。</translation>
    </message>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="861" />
        <source>The image has patient information burned into its pixels (Burned In Annotation YES); it is not removed. Check the image before sharing it.</source>
        <translation>该图像的像素中嵌有患者信息（Burned In Annotation 为 YES），未被去除。分享前请检查图像。</translation>
    </message>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="865" />
        <source>The image does not say whether patient information is burned into its pixels (no Burned In Annotation); check the image before sharing it.</source>
        <translation>该图像未说明像素中是否嵌有患者信息（无 Burned In Annotation），分享前请检查图像。</translation>
    </message>
    <message>
        <location filename="../reporting/Deidentifier.cpp" line="884" />
        <source>The de-identified file could not be written.</source>
        <translation>无法写入去标识化后的文件。</translation>
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
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="286" />
        <source>The derived series cannot be encoded.</source>
        <translation>无法编码派生序列。</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="302" />
        <source>The folder cannot be created.</source>
        <translation>无法创建文件夹。</translation>
    </message>
    <message>
        <location filename="../viewer/DerivedSeriesWriter.cpp" line="308" />
        <source>The derived series cannot be saved.</source>
        <translation>无法保存派生序列。</translation>
    </message>
</context>
<context>
    <name>yunyue::DicomDecoder</name>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="70" />
        <source>This object holds no image.</source>
        <translation>此对象不含图像。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="76" />
        <source>Colour images cannot be shown yet.</source>
        <translation>暂不支持显示彩色图像。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="87" />
        <location filename="../viewer/DecodedImage.cpp" line="92" />
        <source>The image data cannot be decoded.</source>
        <translation>图像数据无法解码。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="101" />
        <source>The image data is incomplete.</source>
        <translation>图像数据不完整。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="153" />
        <source>The file is not a readable DICOM file.</source>
        <translation>该文件不是可读取的 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../viewer/DecodedImage.cpp" line="167" />
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
        <location filename="../cloudclient/DicomWebClient.cpp" line="84" />
        <source>The server did not report this image as stored.</source>
        <translation>服务器未报告此图像已存储。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="86" />
        <source>The server does not accept the encoding (transfer syntax) of this image.</source>
        <translation>服务器不接受此图像的编码（传输语法）。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="89" />
        <source>The server has no room for this image.</source>
        <translation>服务器已无空间存储此图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="91" />
        <source>The image does not match its declared DICOM type.</source>
        <translation>此图像与其声明的 DICOM 类型不符。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="93" />
        <source>The server cannot read this image.</source>
        <translation>服务器无法读取此图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="95" />
        <source>The server does not accept this kind of image.</source>
        <translation>服务器不接受此类图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="97" />
        <source>This account may not store images.</source>
        <translation>此账户无权存储图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="98" />
        <source>The server could not store this image (status %1).</source>
        <translation>服务器无法存储此图像（状态 %1）。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="104" />
        <source>The server's answer to the upload cannot be read.</source>
        <translation>无法读取服务器对上传的应答。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="187" />
        <source>This is not a DICOM file; the server did not store it.</source>
        <translation>这不是 DICOM 文件，服务器未存储。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="306" />
        <source>The server's certificate is not trusted.</source>
        <translation>服务器的证书不受信任。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="308" />
        <source>A secure connection to the server %1 could not be set up.</source>
        <translation>无法与服务器 %1 建立安全连接。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="312" />
        <source>The server refused the access token. Sign in again.</source>
        <translation>服务器拒绝了访问令牌，请重新登录。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="313" />
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="314" />
        <source>This account may not read these studies.</source>
        <translation>此账号无权查看这些检查。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="315" />
        <source>The server does not have the requested study or image.</source>
        <translation>服务器上没有所请求的检查或图像。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="316" />
        <source>The server reported an error. Try again later.</source>
        <translation>服务器报告错误，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="319" />
        <source>The server %1 cannot be reached.</source>
        <translation>无法连接服务器 %1。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="392" />
        <source>The server sent image data that cannot be read.</source>
        <translation>服务器返回的图像数据无法读取。</translation>
    </message>
    <message>
        <location filename="../cloudclient/DicomWebClient.cpp" line="449" />
        <location filename="../cloudclient/DicomWebClient.cpp" line="459" />
        <source>The server refused to store the images.</source>
        <translation>服务器拒绝存储这些图像。</translation>
    </message>
</context>
<context>
    <name>yunyue::DraftStore</name>
    <message>
        <location filename="../reporting/DraftStore.cpp" line="51" />
        <source>The draft could not be saved. Check the free disk space and the permissions of the draft folder.</source>
        <translation>草稿无法保存。请检查磁盘剩余空间和草稿文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../reporting/DraftStore.cpp" line="61" />
        <source>The saved draft of this report cannot be read.</source>
        <translation>无法读取此报告已保存的草稿。</translation>
    </message>
    <message>
        <location filename="../reporting/DraftStore.cpp" line="154" />
        <source>The draft could not be deleted.</source>
        <translation>无法删除草稿。</translation>
    </message>
</context>
<context>
    <name>yunyue::EncapsulatedPdf</name>
    <message>
        <location filename="../reporting/EncapsulatedPdf.cpp" line="167" />
        <source>The report PDF could not be stored as a DICOM object.</source>
        <translation>无法将报告 PDF 保存为 DICOM 对象。</translation>
    </message>
</context>
<context>
    <name>yunyue::ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="29" />
        <source>usage: yunyue export [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--row X,Y,Z --column X,Y,Z] --spacing MM [--slab mip|minip|average --thickness MM] [--pixel MM] [--interpolation nearest|linear|cubic] --out DIR [--upload [--profile cloud.ini]]</source>
        <translation>用法：yunyue export [--cache 目录] 序列 --plane axial|coronal|sagittal|oblique [--row X,Y,Z --column X,Y,Z] --spacing 毫米 [--slab mip|minip|average --thickness 毫米] [--pixel 毫米] [--interpolation nearest|linear|cubic] --out 目录 [--upload [--profile cloud.ini]]</translation>
    </message>
    <message>
        <location filename="../app/ArchiveUpload.cpp" line="40" />
        <source>not stored: %1 (%2)</source>
        <translation>未存储：%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/ArchiveUpload.cpp" line="48" />
        <source>stored %1 of %2 images on %3</source>
        <translation>已在 %3 上存储 %2 幅图像中的 %1 幅</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="66" />
        <source>Writes a reformatted stack (MPR or slab) of a cached series as a DERIVED series.</source>
        <translation>将缓存序列的重建图像组（MPR 或厚层）写为 DERIVED 派生序列。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="69" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="70" />
        <source>SeriesInstanceUID, or a StudyInstanceUID for its first series.</source>
        <translation>SeriesInstanceUID；或 StudyInstanceUID，表示其第一个序列。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="71" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>缓存目录（默认：用户缓存目录）。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="74" />
        <source>axial, coronal, sagittal or oblique (with --row and --column).</source>
        <translation>axial、coronal、sagittal 或 oblique（需配合 --row 和 --column）。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="76" />
        <source>Oblique plane: image right as an LPS direction.</source>
        <translation>斜位平面：图像向右方向（LPS 方向向量）。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="78" />
        <source>Oblique plane: image down as an LPS direction.</source>
        <translation>斜位平面：图像向下方向（LPS 方向向量）。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="80" />
        <source>Distance between the images along the plane normal, mm.</source>
        <translation>沿平面法线方向的图像间距，毫米。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="82" />
        <source>Thick slabs: mip, minip or average.</source>
        <translation>厚层：mip、minip 或 average。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="83" />
        <source>Slab thickness, mm.</source>
        <translation>层块厚度，毫米。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="84" />
        <source>Square pixels of this size, mm (default: as fine as the voxels).</source>
        <translation>此尺寸的正方形像素，毫米（默认：与体素一样精细）。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="86" />
        <source>nearest, linear or cubic (default linear).</source>
        <translation>nearest（最近邻）、linear（线性）或 cubic（三次）（默认 linear）。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="88" />
        <source>The folder to write the DICOM files to.</source>
        <translation>写入 DICOM 文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="89" />
        <source>Store the series in the archive (STOW-RS).</source>
        <translation>将序列存储到影像归档（STOW-RS）。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="90" />
        <source>Server profile file (default: the demo cloud's).</source>
        <translation>服务器配置文件（默认：演示云的配置）。</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="102" />
        <source>name one series</source>
        <translation>请指定一个序列</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="103" />
        <source>--out is required</source>
        <translation>必须提供 --out</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="112" />
        <source>--plane must be axial, coronal, sagittal or oblique</source>
        <translation>--plane 必须是 axial、coronal、sagittal 或 oblique</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="115" />
        <source>--row and --column go with --plane oblique, both of them</source>
        <translation>--row 和 --column 须与 --plane oblique 一起使用，且两者都要指定</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="120" />
        <source>--row and --column must be three numbers x,y,z</source>
        <translation>--row 和 --column 必须是三个数 x,y,z</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="123" />
        <source>--row and --column must be non-zero and not parallel</source>
        <translation>--row 和 --column 必须非零且互不平行</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="128" />
        <source>--spacing in mm, more than 0, is required</source>
        <translation>必须指定 --spacing（毫米，大于 0）</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="137" />
        <source>--slab must be mip, minip or average</source>
        <translation>--slab 必须是 mip、minip 或 average</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="139" />
        <source>a slab needs --thickness in mm, more than 0</source>
        <translation>层块需要大于 0 的 --thickness（毫米）</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="142" />
        <source>--thickness needs --slab</source>
        <translation>--thickness 需要与 --slab 一起使用</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="146" />
        <source>--pixel must be a size in mm, more than 0</source>
        <translation>--pixel 必须是以毫米为单位且大于 0 的尺寸</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="153" />
        <source>--interpolation must be nearest, linear or cubic</source>
        <translation>--interpolation 必须是 nearest、linear 或 cubic</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="164" />
        <source>--profile needs --upload</source>
        <translation>--profile 需要配合 --upload</translation>
    </message>
    <message>
        <location filename="../app/CachedSeries.cpp" line="40" />
        <source>yunyue: series %1 is not in the cache %2 (pull its study first)</source>
        <translation>yunyue：序列 %1 不在缓存 %2 中（请先拉取其检查）</translation>
    </message>
    <message>
        <location filename="../app/CachedSeries.cpp" line="45" />
        <source>yunyue: series %1 cannot be loaded: %2</source>
        <translation>yunyue：无法加载序列 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/ExportCommand.cpp" line="195" />
        <source>wrote %1 images of "%2" to %3</source>
        <translation>已将“%2”的 %1 幅图像写入 %3</translation>
    </message>
</context>
<context>
    <name>yunyue::FusionControls</name>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="42" />
        <source>Overlay values below this are transparent</source>
        <translation>低于此值的叠加图像透明</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="43" />
        <source>Overlay values from this up get the colour map's last colour</source>
        <translation>高于此值的叠加图像显示色表最后一种颜色</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="47" />
        <source>Fusion</source>
        <translation>融合</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="49" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="51" />
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/FusionControls.cpp" line="53" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
</context>
<context>
    <name>yunyue::HangingProtocol</name>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="200" />
        <source>1×1 single image</source>
        <translation>1×1 单幅图像</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="201" />
        <source>1×1 MPR axial</source>
        <translation>1×1 MPR 轴位</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="202" />
        <source>1×1 MPR coronal</source>
        <translation>1×1 MPR 冠状位</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="203" />
        <source>1×1 MPR sagittal</source>
        <translation>1×1 MPR 矢状位</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="204" />
        <source>2×2 MPR and 3D</source>
        <translation>2×2 MPR 与三维</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="205" />
        <source>1×2 current and prior</source>
        <translation>1×2 本次与既往对比</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="212" />
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="213" />
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="214" />
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="215" />
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="216" />
        <source>Current</source>
        <translation>本次</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="217" />
        <source>Prior</source>
        <translation>既往</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="224" />
        <source>Thin</source>
        <translation>薄层</translation>
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
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="318" />
        <source>The hanging protocols could not be read; the defaults are used.</source>
        <translation>无法读取挂片协议，已使用默认设置。</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="335" />
        <source>The hanging protocols file is damaged; the defaults are used. It was kept as %1.</source>
        <translation>挂片协议文件已损坏，已使用默认设置。原文件已保留为 %1。</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="336" />
        <source>The hanging protocols file is damaged; the defaults are used.</source>
        <translation>挂片协议文件已损坏，已使用默认设置。</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocol.cpp" line="347" />
        <source>The hanging protocols could not be saved.</source>
        <translation>无法保存挂片协议。</translation>
    </message>
</context>
<context>
    <name>yunyue::HangingProtocolDialog</name>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="41" />
        <source>Hanging protocols</source>
        <translation>挂片协议</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="47" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="48" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="62" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="63" />
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="64" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="65" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="66" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="85" />
        <source>Among equally specific protocols, the first in the list is used.</source>
        <translation>匹配程度相同的协议中，使用列表中靠前的一个。</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="108" />
        <source>any (wildcards * ?, several as HEAD\BRAIN)</source>
        <translation>任意（可用通配符 * ?，多个值如 HEAD\BRAIN）</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="110" />
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="113" />
        <source>Start the 3D view at once</source>
        <translation>立即启动三维视图</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="122" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="123" />
        <source>Modality:</source>
        <translation>检查类型：</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="124" />
        <source>Body part examined:</source>
        <translation>检查部位：</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="125" />
        <source>Series description contains:</source>
        <translation>序列描述包含：</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="126" />
        <source>Layout:</source>
        <translation>布局：</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="129" />
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="225" />
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="226" />
        <source>Slab</source>
        <translation>层块</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="227" />
        <source>Thickness</source>
        <translation>厚度</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="231" />
        <source>The image's own</source>
        <translation>图像自带</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="240" />
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="266" />
        <source>New protocol</source>
        <translation>新协议</translation>
    </message>
    <message>
        <location filename="../app/HangingProtocolDialog.cpp" line="279" />
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
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
        <location filename="../app/LoginDialog.cpp" line="24" />
        <source>Connect to the image cloud</source>
        <translation>连接影像云</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="34" />
        <source>Remember password in %1</source>
        <translation>记住密码（保存在%1中）</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="46" />
        <source>DICOMweb address</source>
        <translation>DICOMweb 地址</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="47" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="48" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="51" />
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../app/LoginDialog.cpp" line="52" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>yunyue::MainWindow</name>
    <message>
        <location filename="../app/MainWindow.cpp" line="72" />
        <source>Yunyue Reading Station</source>
        <translation>云阅诊断工作站</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="145" />
        <source>Hanging protocol: %1</source>
        <translation>挂片协议：%1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="152" />
        <source>Worklist</source>
        <translation>工作列表</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="154" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="155" />
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="156" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="158" />
        <source>Key image</source>
        <translation>关键图像</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="163" />
        <source>Slice %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="164" />
        <location filename="../app/MainWindow.cpp" line="170" />
        <source>This image cannot be marked before it is in the local cache.</source>
        <translation>图像下载到本地缓存后才能标记。</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="183" />
        <source>1×1</source>
        <translation>1×1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="184" />
        <source>One large view (the active one)</source>
        <translation>单个大视图（当前视图）</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="185" />
        <source>2×2</source>
        <translation>2×2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="186" />
        <source>Axial, coronal, sagittal and 3D</source>
        <translation>轴位、冠状位、矢状位和三维</translation>
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
        <translation>请先选择既往检查：在工作列表下方的既往检查中双击。</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="192" />
        <source>Current and prior side by side, linked</source>
        <translation>本次与既往并排显示，联动</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="193" />
        <source>Fuse prior</source>
        <translation>融合既往</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="201" />
        <source>The prior in colour over the current MPR (F shows or hides it, A adjusts it by hand)</source>
        <translation>既往检查以彩色叠加在本次 MPR 上（F 显示或隐藏，A 手动调整）</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="202" />
        <source>Save registration</source>
        <translation>保存配准</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="205" />
        <source>Store the current alignment of the prior in the archive as a Spatial Registration object</source>
        <translation>将既往检查当前的对位作为空间配准对象保存到影像归档</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="206" />
        <source>Hanging protocols…</source>
        <translation>挂片协议…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="207" />
        <source>How studies are laid out, per modality and body part</source>
        <translation>按检查类型和部位设定的检查布局</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="208" />
        <source>Teaching case…</source>
        <translation>教学病例…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="209" />
        <source>Save the open study, de-identified, as a teaching case</source>
        <translation>将当前检查去标识化后保存为教学病例</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="210" />
        <source>Teaching library…</source>
        <translation>教学病例库…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="211" />
        <source>Teaching cases: search, and present them full screen</source>
        <translation>教学病例：检索并全屏演示</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="212" />
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="214" />
        <source>Only studies whose preliminary report waits for a reviewer's signature</source>
        <translation>仅显示初步报告等待审核医师签名的检查</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="221" />
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="222" />
        <source>Send the waiting reports now</source>
        <translation>立即发送待发送的报告</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="255" />
        <source>Reports cannot be sent: %1</source>
        <translation>无法发送报告：%1</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="303" />
        <source>Series %1: %2</source>
        <translation>序列 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="325" />
        <source>Series %1: %2 (%n image(s))</source>
        <translation>
            <numerusform>序列 %1：%2（%n 幅图像）</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="346" />
        <source>Loading the worklist from %1…</source>
        <translation>正在从 %1 加载工作列表…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="358" />
        <source>%n study(ies) on %1</source>
        <translation>
            <numerusform>%1 上共 %n 个检查</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="393" />
        <source>%1: W %2  L %3</source>
        <translation>%1：窗宽 %2  窗位 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="405" />
        <source>Outbox: %n report(s) waiting</source>
        <translation>
            <numerusform>发件箱：%n 份报告待发送</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="405" />
        <source>Outbox: all sent</source>
        <translation>发件箱：已全部发送</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="406" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n 份被拒收</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="417" />
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="480" />
        <source>The new language takes effect when the workstation starts next.</source>
        <translation>新语言将在工作站下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="484" />
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="494" />
        <source>Open a study first.</source>
        <translation>请先打开一个检查。</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="516" />
        <source>Teaching case</source>
        <translation>教学病例</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MainWindow.cpp" line="521" />
        <source>Teaching case %1 saved: %n image(s)</source>
        <translation>
            <numerusform>教学病例 %1 已保存：%n 幅图像</numerusform></translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="565" />
        <source>Prior %1: %2</source>
        <translation>既往 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="579" />
        <source>Open the current study and wait for its series to load, then choose the prior.</source>
        <translation>请先打开本次检查并等待序列加载完成，再选择既往检查。</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="580" />
        <source>no current series</source>
        <translation>无本次序列</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="586" />
        <source>That study is not a prior of the open study's patient: select the open study to see its priors.</source>
        <translation>该检查不是当前打开检查患者的既往检查：请选中当前打开的检查以查看其既往检查。</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="587" />
        <source>not the same patient</source>
        <translation>不是同一患者</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="601" />
        <source>Registration</source>
        <translation>配准</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="602" />
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../app/MainWindow.cpp" line="649" />
        <source>Series %1 is not in the local cache yet.</source>
        <translation>序列 %1 尚未在本地缓存中。</translation>
    </message>
</context>
<context>
    <name>yunyue::MprLayout</name>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="170" />
        <source>MPR views: mouse and keys</source>
        <translation>MPR 视图：鼠标与按键</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="172" />
        <source>Wheel, Down / Up: next / previous slice</source>
        <translation>滚轮、下 / 上方向键：下一层 / 上一层</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="173" />
        <source>Page Down / Page Up: 10 slices</source>
        <translation>Page Down / Page Up：翻 10 层</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="174" />
        <source>Home / End: first / last slice</source>
        <translation>Home / End：第一层 / 最后一层</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="175" />
        <source>Left drag: window (horizontal) and level (vertical)</source>
        <translation>左键拖动：窗宽（水平）与窗位（垂直）</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="176" />
        <source>Right drag: zoom</source>
        <translation>右键拖动：缩放</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="177" />
        <source>Middle drag or Shift+left drag: pan</source>
        <translation>中键拖动或 Shift+左键拖动：平移</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="178" />
        <source>1-6: window presets</source>
        <translation>1-6：窗宽窗位预设</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="179" />
        <source>R: reset zoom, pan, window, flips and orientation</source>
        <translation>R：重置缩放、平移、窗宽窗位、翻转和方向</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="180" />
        <source>I: invert</source>
        <translation>I：反相</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="181" />
        <source>H / V: flip horizontally / vertically</source>
        <translation>H / V：水平 / 垂直翻转</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="182" />
        <source>Ctrl+R / Ctrl+Shift+R: rotate 90° clockwise / anticlockwise</source>
        <translation>Ctrl+R / Ctrl+Shift+R：顺时针 / 逆时针旋转 90°</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="183" />
        <source>C: cine play / stop</source>
        <translation>C：电影播放 / 停止</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="184" />
        <source>M: slab mode (thin, MIP, MinIP, average)</source>
        <translation>M：层块模式（薄层、MIP、MinIP、平均）</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="185" />
        <source>[ / ]: slab thinner / thicker</source>
        <translation>[ / ]：层块变薄 / 变厚</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="186" />
        <source>Drag the crosshair centre: move the crosshair point</source>
        <translation>拖动十字线中心：移动十字线交点</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="187" />
        <source>Drag a crosshair line: move that plane</source>
        <translation>拖动十字线：移动该平面</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="188" />
        <source>Drag a line's round handle, or Ctrl+left drag: rotate the other planes (oblique)</source>
        <translation>拖动线上的圆形手柄或 Ctrl+左键拖动：旋转其他平面（斜位）</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="189" />
        <source>D: distance tool (two clicks); drag an end to edit</source>
        <translation>D：距离测量工具（单击两次）；拖动端点可编辑</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="190" />
        <source>G: angle tool (three clicks: arm, vertex, arm); drag a point to edit</source>
        <translation>G：角度工具（三次点击：边、顶点、边）；拖动点可编辑</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="191" />
        <source>O: ellipse ROI tool (drag a box): mean ± SD, min / max, area; drag a corner to edit</source>
        <translation>O：椭圆 ROI 工具（拖出方框）：均值 ± 标准差、最小 / 最大值、面积；拖动角点可编辑</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="192" />
        <source>Delete: remove the selected measurement</source>
        <translation>Delete：删除选中的测量</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="193" />
        <source>With a fused series: F show / hide it; , / . opacity − / +; B blend (alpha, additive, checkerboard)</source>
        <translation>有融合序列时：F 显示 / 隐藏；, / . 不透明度 − / +；B 混合方式（透明度、叠加、棋盘格）</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="194" />
        <source>A: fusion adjustment (left drag moves the overlay, Ctrl+left drag turns it)</source>
        <translation>A：融合调整（左键拖动平移叠加图像，Ctrl+左键拖动旋转）</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="195" />
        <source>Esc: cancel a measurement being placed, or close this help</source>
        <translation>Esc：取消正在放置的测量，或关闭此帮助</translation>
    </message>
    <message>
        <source>Esc: cancel a distance being placed, or close this help</source>
        <translation>Esc：取消正在放置的距离，或关闭本帮助</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="196" />
        <source>Double-click: maximise the view / back to 2×2</source>
        <translation>双击：最大化视图 / 返回 2×2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprLayout.cpp" line="197" />
        <source>F1 or ?: this help</source>
        <translation>F1 或 ?：显示本帮助</translation>
    </message>
</context>
<context>
    <name>yunyue::MprView</name>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="70" />
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="71" />
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="72" />
        <source>Sagittal</source>
        <translation>矢状位</translation>
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
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="110" />
        <source>Hot iron</source>
        <translation>热铁</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="111" />
        <source>Rainbow</source>
        <translation>彩虹</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="112" />
        <source>Grey</source>
        <translation>灰阶</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="119" />
        <source>Alpha blend</source>
        <translation>透明度混合</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="120" />
        <source>Additive</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="121" />
        <source>Checkerboard</source>
        <translation>棋盘格</translation>
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
        <translation>面积 %1 cm²</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="670" />
        <source>Area %1 mm²</source>
        <translation>面积 %1 mm²</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="672" />
        <source>Mean %1 ± %2%3</source>
        <translation>均值 %1 ± %2%3</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="673" />
        <source>Min %1  Max %2%3</source>
        <translation>最小 %1  最大 %2%3</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="733" />
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="749" />
        <source>Thin</source>
        <translation>薄层</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="750" />
        <source>%1 %2 mm</source>
        <translation>%1 %2 mm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="752" />
        <source>Position %1 mm</source>
        <translation>位置 %1 mm</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="753" />
        <source>Slice %1 / %2</source>
        <translation>层 %1 / %2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="754" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="755" />
        <source>Angle</source>
        <translation>角度</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="756" />
        <source>Ellipse ROI</source>
        <translation>椭圆 ROI</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="757" />
        <source>Adjust fusion</source>
        <translation>调整融合</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="760" />
        <source>W %1  L %2</source>
        <translation>窗宽 %1  窗位 %2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="762" />
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="775" />
        <source>Fusion hidden: %1</source>
        <translation>融合已隐藏：%1</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="777" />
        <source>opacity %1%</source>
        <translation>不透明度 %1%</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="779" />
        <source>Fusion: %1</source>
        <translation>融合：%1</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/MprView.cpp" line="780" />
        <source>%1 %2 to %3, %4</source>
        <translation>%1 %2 至 %3，%4</translation>
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
    <name>yunyue::Outbox</name>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="52" />
        <source>The report could not be saved for sending: the disk is full or cannot be written.</source>
        <translation>报告无法保存以待发送：磁盘已满或无法写入。</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="117" />
        <source>The outbox is in use by another Yunyue program.</source>
        <translation>发件箱正被另一个云阅程序使用。</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="151" />
        <source>The report has no valid SOP Instance UID.</source>
        <translation>该报告没有有效的 SOP 实例 UID。</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="171" />
        <source>This report was already sent. A changed report needs a new SOP Instance UID.</source>
        <translation>该报告已发送。修改后的报告需要新的 SOP 实例 UID。</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="343" />
        <source>The server did not confirm that it stored this report.</source>
        <translation>服务器未确认已存储该报告。</translation>
    </message>
    <message>
        <location filename="../cloudclient/Outbox.cpp" line="367" />
        <source>The server refused this report: %1</source>
        <translation>服务器拒绝了该报告：%1</translation>
    </message>
</context>
<context>
    <name>yunyue::PeerReview</name>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="536" />
        <source>Concur with interpretation</source>
        <translation>同意原诊断意见</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="538" />
        <source>Discrepancy not ordinarily expected to be made, unlikely to be clinically significant</source>
        <translation>差异属通常不易发现的情形，临床意义可能不大</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="541" />
        <source>Discrepancy not ordinarily expected to be made, likely to be clinically significant</source>
        <translation>差异属通常不易发现的情形，可能具有临床意义</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="544" />
        <source>Discrepancy that should be made almost every time, unlikely to be clinically significant</source>
        <translation>差异属几乎每次都应正确诊断的情形，临床意义可能不大</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="547" />
        <source>Discrepancy that should be made almost every time, likely to be clinically significant</source>
        <translation>差异属几乎每次都应正确诊断的情形，可能具有临床意义</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="557" />
        <source>The peer review could not be saved as a DICOM structured report.</source>
        <translation>同行评议无法保存为 DICOM 结构化报告。</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="592" />
        <source>The file is not a DICOM file.</source>
        <translation>该文件不是 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="596" />
        <source>The DICOM file is not a peer review.</source>
        <translation>该 DICOM 文件不是同行评议。</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="643" />
        <source>Reader</source>
        <translation>阅片医师</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="644" />
        <source>Reviewed</source>
        <translation>已评议</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="647" />
        <source>Discrepancy %</source>
        <translation>差异率 %</translation>
    </message>
    <message>
        <location filename="../reporting/PeerReview.cpp" line="648" />
        <source>Significant %</source>
        <translation>显著差异率 %</translation>
    </message>
</context>
<context>
    <name>yunyue::PresentationWindow</name>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="59" />
        <source>Teaching presentation</source>
        <translation>教学演示</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="75" />
        <source>→ / PgDn next case    ← / PgUp previous case    ↓ ↑ wheel images    Space show/hide the answer</source>
        <translation>→ / PgDn 下一病例    ← / PgUp 上一病例    ↓ ↑ 滚轮 切换图像    空格 显示/隐藏答案</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="76" />
        <source>1–6 window presets    P pointer    I patient data    F1 this help    Esc leave</source>
        <translation>1–6 窗宽窗位预设    P 指示光点    I 患者信息    F1 本帮助    Esc 退出</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="79" />
        <source>No teaching cases to show.</source>
        <translation>没有可演示的教学病例。</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="150" />
        <source>History: %1</source>
        <translation>病史：%1</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="152" />
        <source>Diagnosis: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="155" />
        <source>Diagnosis: (Space shows the answer)</source>
        <translation>诊断：（按空格显示答案）</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="173" />
        <source>Case %1 of %2: %3</source>
        <translation>病例 %1 / %2：%3</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="174" />
        <source>Key image %1 of %2</source>
        <translation>关键图像 %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/PresentationWindow.cpp" line="175" />
        <source>Image %1 of %2</source>
        <translation>图像 %1 / %2</translation>
    </message>
</context>
<context>
    <name>yunyue::PriorComparison</name>
    <message>
        <location filename="../app/PriorComparison.cpp" line="36" />
        <source>same frame of reference</source>
        <translation>同一参考坐标系</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="38" />
        <source>registration from the archive, %1</source>
        <translation>来自影像归档的配准，%1</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="40" />
        <source>registered here, saved to the archive</source>
        <translation>已在本机配准，已保存到影像归档</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="40" />
        <source>registered here, not saved</source>
        <translation>已在本机配准，未保存</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="42" />
        <source>adjusted by hand, saved to the archive</source>
        <translation>已手动调整，已保存到影像归档</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="42" />
        <source>adjusted by hand, not saved</source>
        <translation>已手动调整，未保存</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="44" />
        <source>NOT registered: volume centres laid on each other</source>
        <translation>未配准：仅按容积中心对齐</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="113" />
        <source>Not connected to an archive.</source>
        <translation>未连接影像归档。</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="116" />
        <source>Looking up the prior study's series…</source>
        <translation>正在查询既往检查的序列…</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="127" />
        <source>The prior study has no %1 series to compare with.</source>
        <translation>既往检查中没有可对比的 %1 序列。</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="140" />
        <source>Fetching the prior study: %1 of %2 images</source>
        <translation>正在获取既往检查：%1 / %2 幅图像</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="154" />
        <source>Fetching the prior study was stopped.</source>
        <translation>既往检查的获取已停止。</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="164" />
        <source>The prior series did not arrive whole; it is not compared.</source>
        <translation>既往序列未完整到达，不进行对比。</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="168" />
        <source>Loading the prior series…</source>
        <translation>正在加载既往序列…</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="208" />
        <source>Looking for a registration in the archive…</source>
        <translation>正在影像归档中查找配准…</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="246" />
        <source>Registering the prior to the current series…</source>
        <translation>正在将既往序列配准到本次序列…</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="255" />
        <source>Registering: level %1 of %2</source>
        <translation>配准中：第 %1 / %2 级</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="265" />
        <source>There is not enough memory to register these series.</source>
        <translation>内存不足，无法配准这些序列。</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="277" />
        <source>Registration cancelled.</source>
        <translation>配准已取消。</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="286" />
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="309" />
        <source>There is no registration to save: register the prior or adjust it by hand first.</source>
        <translation>没有可保存的配准：请先配准既往检查或手动调整。</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="330" />
        <source>The registration was not saved to the archive: %1</source>
        <translation>配准未保存到影像归档：%1</translation>
    </message>
    <message>
        <location filename="../app/PriorComparison.cpp" line="334" />
        <source>Registration saved to the archive.</source>
        <translation>配准已保存到影像归档。</translation>
    </message>
</context>
<context>
    <name>yunyue::PriorMatching</name>
    <message>
        <location filename="../cloudclient/PriorStudies.cpp" line="23" />
        <source>Patient ID and issuer</source>
        <translation>患者 ID 和签发机构</translation>
    </message>
    <message>
        <location filename="../cloudclient/PriorStudies.cpp" line="24" />
        <source>Patient ID only</source>
        <translation>仅患者 ID</translation>
    </message>
    <message>
        <location filename="../cloudclient/PriorStudies.cpp" line="26" />
        <source>Name and birth date</source>
        <translation>姓名和出生日期</translation>
    </message>
    <message>
        <location filename="../cloudclient/PriorStudies.cpp" line="28" />
        <source>Patient ID and issuer, or name and birth date</source>
        <translation>患者 ID 和签发机构，或姓名和出生日期</translation>
    </message>
</context>
<context>
    <name>yunyue::PriorStudiesPanel</name>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="35" />
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="35" />
        <source>Modality</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="35" />
        <source>Description</source>
        <translation>检查描述</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="35" />
        <source>Institution</source>
        <translation>检查医院</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="36" />
        <source>Series / images</source>
        <translation>序列 / 图像</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="36" />
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="36" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="68" />
        <source>Looking for prior studies…</source>
        <translation>正在查找既往检查…</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="81" />
        <source>No prior studies</source>
        <translation>无既往检查</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="101" />
        <source>Prior studies cannot be listed: %1</source>
        <translation>无法列出既往检查：%1</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="111" />
        <source>Select a study to see its prior studies.</source>
        <translation>选择一个检查以查看其既往检查。</translation>
    </message>
    <message>
        <location filename="../app/PriorStudiesPanel.cpp" line="125" />
        <source>Prior studies — matched by %1</source>
        <translation>既往检查 — 按%1匹配</translation>
    </message>
</context>
<context>
    <name>yunyue::ReformatStack</name>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="19" />
        <source>This reformatted series cannot be made.</source>
        <translation>无法生成该重建序列。</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="65" />
        <source>Axial</source>
        <translation>轴位</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="66" />
        <source>Coronal</source>
        <translation>冠状位</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="67" />
        <source>Sagittal</source>
        <translation>矢状位</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="70" />
        <source>Oblique</source>
        <translation>斜位</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="77" />
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="125" />
        <source>There is no image to reformat.</source>
        <translation>没有可重建的图像。</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="155" />
        <source>The reformatted series would be too large; choose a larger spacing.</source>
        <translation>重建序列过大；请选择更大的层间距。</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="184" />
        <source>%1 MPR %2 mm</source>
        <extracomment>Series description of a thin MPR series: plane, spacing, e.g. "Coronal MPR 5 mm".</extracomment>
        <translation>%1 MPR %2 毫米</translation>
    </message>
    <message>
        <location filename="../viewer/ReformatStack.cpp" line="187" />
        <source>%1 %2 %3 mm / %4 mm</source>
        <extracomment>Series description of a slab series: plane, mode, thickness / spacing, e.g. "Coronal MIP 10 mm / 5 mm".</extracomment>
        <translation>%1 %2 %3 毫米 / %4 毫米</translation>
    </message>
</context>
<context>
    <name>yunyue::Registration</name>
    <message>
        <location filename="../viewer/Registration.cpp" line="87" />
        <source>There is no image to register: one of the two series is empty.</source>
        <translation>没有可配准的图像：其中一个序列为空。</translation>
    </message>
    <message>
        <location filename="../viewer/Registration.cpp" line="92" />
        <source>The registration settings are not valid.</source>
        <translation>配准参数无效。</translation>
    </message>
    <message>
        <location filename="../viewer/Registration.cpp" line="180" />
        <source>The registration was stopped.</source>
        <translation>配准已停止。</translation>
    </message>
    <message>
        <location filename="../viewer/Registration.cpp" line="184" />
        <source>The two series could not be registered: they may not overlap enough.</source>
        <translation>两个序列无法配准：重叠范围可能不足。</translation>
    </message>
</context>
<context>
    <name>yunyue::RenderCommand</name>
    <message>
        <location filename="../app/RenderCommand.cpp" line="33" />
        <source>usage: yunyue render [--cache DIR] SERIES --plane axial|coronal|sagittal|oblique [--position X,Y,Z] [--rotate AX,AY,AZ:DEGREES] [--slab mip|minip|average --thickness MM] [--interpolation nearest|linear|cubic] [--window CENTER,WIDTH] [--size N] --out FILE.png</source>
        <translation>用法：yunyue render [--cache 目录] 序列 --plane axial|coronal|sagittal|oblique [--position X,Y,Z] [--rotate AX,AY,AZ:角度] [--slab mip|minip|average --thickness 毫米] [--interpolation nearest|linear|cubic] [--window 窗位,窗宽] [--size N] --out 文件.png</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="42" />
        <source>       yunyue render [--cache DIR] SERIES --3d [--preset bone|cta|soft|skin|mip] [--view anterior|posterior|left|right|superior|inferior] [--size N|WxH] --out FILE.png</source>
        <translation>       yunyue render [--cache 目录] 序列 --3d [--preset bone|cta|soft|skin|mip] [--view anterior|posterior|left|right|superior|inferior] [--size N|宽x高] --out 文件.png</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="46" />
        <source>       yunyue render [--cache DIR] SERIES --3d --stl FILE.stl [--threshold HU] (a volume rendering needs an X display, e.g. xvfb-run; an STL file does not)</source>
        <translation>       yunyue render [--cache 目录] 序列 --3d --stl 文件.stl [--threshold HU]（容积渲染需要 X 显示，例如 xvfb-run；STL 文件不需要）</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="84" />
        <source>wrote %1: surface at %2 HU, %3 triangles</source>
        <translation>已写入 %1：%2 HU 处的表面，%3 个三角形</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="90" />
        <source>yunyue: no 3D preset %1 for %2 images</source>
        <translation>yunyue：%2 图像没有 3D 预设 %1</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="105" />
        <source>wrote %1: %2 preset, %3 view, %4 x %5 (OpenGL: %6)</source>
        <translation>已写入 %1：%2 预设，%3 视角，%4 x %5（OpenGL：%6）</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="131" />
        <source>Writes a PNG of an MPR or slab image of a cached series.</source>
        <translation>将缓存序列的 MPR 或层块图像写为 PNG。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="133" />
        <source>The verb.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="134" />
        <source>SeriesInstanceUID, or a StudyInstanceUID for its first series.</source>
        <translation>SeriesInstanceUID；或 StudyInstanceUID，表示其第一个序列。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="135" />
        <source>Cache directory (default: the user's cache).</source>
        <translation>缓存目录（默认：用户缓存目录）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="138" />
        <source>axial, coronal, sagittal or oblique (an axial plane turned by --rotate).</source>
        <translation>axial（轴位）、coronal（冠状位）、sagittal（矢状位）或 oblique（斜位：按 --rotate 旋转的轴位平面）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="140" />
        <source>A point of the plane, LPS mm (default: the volume's centre).</source>
        <translation>平面上的一点，LPS 坐标，毫米（默认：容积中心）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="142" />
        <source>Turn the plane about an LPS axis through the position, e.g. 0,0,1:30.</source>
        <translation>绕经过该点的 LPS 轴旋转平面，例如 0,0,1:30。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="144" />
        <source>Thick slab: mip, minip or average.</source>
        <translation>厚层块：mip（最大密度投影）、minip（最小密度投影）或 average（平均）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="145" />
        <source>Slab thickness, mm.</source>
        <translation>层块厚度，毫米。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="146" />
        <source>nearest, linear or cubic (default linear).</source>
        <translation>nearest（最近邻）、linear（线性）或 cubic（三次）（默认 linear）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="148" />
        <source>Window center and width (default: from the images).</source>
        <translation>窗位和窗宽（默认：取自图像）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="150" />
        <source>Width and height of the PNG in pixels (default 512).</source>
        <translation>PNG 的宽度和高度，像素（默认 512）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="152" />
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="153" />
        <source>A 3D volume rendering (GPU ray casting) instead of a plane.</source>
        <translation>生成 3D 容积渲染（GPU 光线投射），而非平面图像。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="154" />
        <source>3D preset: bone, cta, soft, skin or mip (default bone).</source>
        <translation>3D 预设：bone、cta、soft、skin 或 mip（默认 bone）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="156" />
        <source>3D camera: anterior, posterior, left, right, superior or inferior (default anterior).</source>
        <translation>3D 视角：anterior、posterior、left、right、superior 或 inferior（默认 anterior）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="158" />
        <source>With --3d: also write the threshold surface as binary STL.</source>
        <translation>与 --3d 一起使用：同时将阈值表面写为二进制 STL。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="160" />
        <source>Surface threshold for --stl, HU (default 300: bone).</source>
        <translation>--stl 的表面阈值，HU（默认 300：骨）。</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="174" />
        <source>name one series</source>
        <translation>请指定一个序列</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="179" />
        <source>--%1 is for planes, not for --3d</source>
        <translation>--%1 用于平面图像，不能与 --3d 一起使用</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="183" />
        <source>--preset must be bone, cta, soft, skin or mip</source>
        <translation>--preset 必须是 bone、cta、soft、skin 或 mip</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="185" />
        <source>--view must be anterior, posterior, left, right, superior or inferior</source>
        <translation>--view 必须是 anterior、posterior、left、right、superior 或 inferior</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="188" />
        <source>--size must be N or WxH, from 16 to 8192</source>
        <translation>--size 必须是 N 或 宽x高，取值 16 到 8192</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="194" />
        <source>--threshold must be a number (HU)</source>
        <translation>--threshold 必须是数字（HU）</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="195" />
        <source>--threshold needs --stl</source>
        <translation>--threshold 需要 --stl</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="196" />
        <source>--3d needs --out, --stl or both</source>
        <translation>--3d 需要 --out、--stl 或两者</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="211" />
        <source>--%1 needs --3d</source>
        <translation>--%1 需要 --3d</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="212" />
        <source>--out is required</source>
        <translation>必须提供 --out</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="218" />
        <source>--plane must be axial, coronal, sagittal or oblique</source>
        <translation>--plane 必须是 axial、coronal、sagittal 或 oblique</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="222" />
        <source>--position must be three numbers x,y,z</source>
        <translation>--position 必须是三个数 x,y,z</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="232" />
        <source>--rotate must be an axis and an angle, e.g. 0,0,1:30</source>
        <translation>--rotate 必须是一个轴和一个角度，例如 0,0,1:30</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="236" />
        <source>an oblique plane needs --rotate</source>
        <translation>斜位平面需要 --rotate</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="245" />
        <source>--slab must be mip, minip or average</source>
        <translation>--slab 必须是 mip、minip 或 average</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="249" />
        <source>a slab needs --thickness in mm, more than 0</source>
        <translation>层块需要大于 0 的 --thickness（毫米）</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="251" />
        <source>--thickness needs --slab</source>
        <translation>--thickness 需要与 --slab 一起使用</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="257" />
        <source>--interpolation must be nearest, linear or cubic</source>
        <translation>--interpolation 必须是 nearest、linear 或 cubic</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="261" />
        <source>--window must be center,width with a width above 0</source>
        <translation>--window 必须是“窗位,窗宽”，且窗宽大于 0</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="265" />
        <source>--size must be a whole number from 16 to 8192</source>
        <translation>--size 必须是 16 到 8192 之间的整数</translation>
    </message>
    <message>
        <source>yunyue: series %1 is not in the cache %2 (pull its study first)</source>
        <translation>yunyue：序列 %1 不在缓存 %2 中（请先拉取其检查）</translation>
    </message>
    <message>
        <source>yunyue: series %1 cannot be shown: %2</source>
        <translation>yunyue：序列 %1 无法显示：%2</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="102" />
        <location filename="../app/RenderCommand.cpp" line="312" />
        <source>yunyue: cannot write %1</source>
        <translation>yunyue：无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/RenderCommand.cpp" line="315" />
        <source>wrote %1: %2 plane, %3 mm pixels</source>
        <translation>已写入 %1：%2 平面，像素 %3 毫米</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportEditor</name>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="72" />
        <source>Remove key image</source>
        <translation>删除关键图像</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="80" />
        <source>Double-click a phrase, or press Enter, to insert it at the cursor.</source>
        <translation>双击短语或按回车键，将其插入到光标处。</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="88" />
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="89" />
        <source>Author</source>
        <translation>报告医师</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="106" />
        <source>Phrases</source>
        <translation>常用短语</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="108" />
        <source>Key images</source>
        <translation>关键图像</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="166" />
        <source>Draft restored (saved %1).</source>
        <translation>已恢复草稿（保存于 %1）。</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="182" />
        <source>Key image %1</source>
        <translation>关键图像 %1</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="223" />
        <source>Draft saved %1</source>
        <translation>草稿已保存 %1</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="279" />
        <source>Technique</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="280" />
        <source>Findings</source>
        <translation>影像所见</translation>
    </message>
    <message>
        <location filename="../reporting/widgets/ReportEditor.cpp" line="281" />
        <source>Impression</source>
        <translation>诊断意见</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportJson</name>
    <message>
        <location filename="../reporting/ReportJson.cpp" line="238" />
        <source>The saved report draft cannot be read.</source>
        <translation>无法读取已保存的报告草稿。</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportPanel</name>
    <message>
        <location filename="../app/ReportPanel.cpp" line="101" />
        <source>Sign as reader</source>
        <translation>报告医师签名</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="102" />
        <source>Verify and countersign</source>
        <translation>审核并会签</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="103" />
        <source>Amend</source>
        <translation>修订</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="106" />
        <source>Signing identity…</source>
        <translation>签名身份…</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="124" />
        <source>Sign the report</source>
        <translation>签署报告</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="125" />
        <source>Passphrase of the private key for %1:</source>
        <translation>%1 对应私钥的口令：</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="132" />
        <source>The archive already holds a newer report for this study: %1, by %2, %3. Send yours as well? Both stay in the archive; nothing is overwritten.</source>
        <translation>档案中已有该检查更新的报告：%1，%2，%3。仍要发送您的报告吗？两份报告都会保留在档案中，不会覆盖任何内容。</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="138" />
        <source>A newer report exists</source>
        <translation>已有更新的报告</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="181" />
        <source>Reports cannot be checked: %1</source>
        <translation>无法核验报告：%1</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="189" />
        <source>Reports in the archive: %1</source>
        <translation>档案中的报告：%1</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="204" />
        <source>by %1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="206" />
        <source>verified by %1</source>
        <translation>审核：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ReportPanel.cpp" line="210" />
        <source>%n report(s) in the archive fail signature verification and are ignored.</source>
        <translation>
            <numerusform>档案中有 %n 份报告签名验证未通过，已忽略。</numerusform></translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="280" />
        <source>%1 report, final</source>
        <translation>%1 报告，正式</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="281" />
        <source>%1 report, preliminary</source>
        <translation>%1 报告，初步</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="299" />
        <source>The report cannot be signed before the study is in the local cache: %1</source>
        <translation>检查未完整下载到本地缓存前不能签署报告：%1</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="316" />
        <source>Not sent: your report stays as a draft.</source>
        <translation>未发送：您的报告保留为草稿。</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="322" />
        <source>Report signed and queued for the archive.</source>
        <translation>报告已签名，已排队发送至档案。</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="351" />
        <source>%1 report, final, PDF</source>
        <translation>%1 报告，正式，PDF</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="352" />
        <source>The report is verified and queued, but its PDF is not: %1</source>
        <translation>报告已审核并排队发送，但其 PDF 未能排队：%1</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="356" />
        <source>Report verified, countersigned and queued for the archive.</source>
        <translation>报告已审核并会签，已排队发送至档案。</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="393" />
        <source>Amending the final report: edit it, then sign; the reviewer countersigns the amendment.</source>
        <translation>正在修订正式报告：修改后签名；审核医师会签修订版。</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="400" />
        <source>Signing identity</source>
        <translation>签名身份</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="404" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="415" />
        <source>Private key (PEM)</source>
        <translation>私钥（PEM）</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="415" />
        <source>PEM files (*.pem *.key)</source>
        <translation>PEM 文件 (*.pem *.key)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="416" />
        <source>Certificate (PEM)</source>
        <translation>证书（PEM）</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="416" />
        <source>PEM files (*.pem *.crt)</source>
        <translation>PEM 文件 (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="417" />
        <source>Center trust settings</source>
        <translation>中心信任设置</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="417" />
        <source>Settings (*.ini)</source>
        <translation>设置文件 (*.ini)</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="422" />
        <source>Name (family^given)</source>
        <translation>姓名（姓^名）</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="423" />
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../app/ReportPanel.cpp" line="424" />
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportPdf</name>
    <message>
        <location filename="../reporting/ReportPdf.cpp" line="663" />
        <source>The study link is too long for a QR code.</source>
        <translation>检查链接过长，无法生成二维码。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportPdf.cpp" line="695" />
        <location filename="../reporting/ReportPdf.cpp" line="709" />
        <source>The report PDF could not be produced.</source>
        <translation>无法生成报告 PDF。</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportSignature</name>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="111" />
        <source>The certificate of %1 is not issued by the center's CA or is not valid at the signing time.</source>
        <translation>%1 的证书不是本中心 CA 签发的，或在签名时不在有效期内。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="125" />
        <location filename="../reporting/ReportSignature.cpp" line="143" />
        <source>The private key file %1 cannot be read.</source>
        <translation>无法读取私钥文件 %1。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="130" />
        <location filename="../reporting/ReportSignature.cpp" line="478" />
        <location filename="../reporting/ReportSignature.cpp" line="498" />
        <source>The certificate file %1 cannot be read.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="139" />
        <source>The passphrase does not open the private key.</source>
        <translation>口令无法打开该私钥。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="150" />
        <source>The private key does not belong to the certificate of %1.</source>
        <translation>该私钥与 %1 的证书不匹配。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="169" />
        <source>The report is not a DICOM file.</source>
        <translation>该报告不是 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="176" />
        <location filename="../reporting/ReportSignature.cpp" line="251" />
        <location filename="../reporting/ReportSignature.cpp" line="568" />
        <source>The signature could not be added to the report.</source>
        <translation>无法为报告添加签名。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="194" />
        <source>The document is not a DICOM structured report.</source>
        <translation>该文档不是 DICOM 结构化报告。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="199" />
        <source>The report is not complete: only a complete report can be signed.</source>
        <translation>报告尚未完成：只有完成的报告才能签名。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="204" />
        <source>The report is already verified.</source>
        <translation>该报告已审核。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="304" />
        <source>an unknown signer</source>
        <translation>未知签名人</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="316" />
        <source>The certificate of %1 was not valid at the signing time %2.</source>
        <translation>%1 的证书在签名时间 %2 时无效。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="320" />
        <location filename="../reporting/ReportSignature.cpp" line="382" />
        <source>The signature of %1 does not match the report: it was changed after signing.</source>
        <translation>%1 的签名与报告不符：报告在签名后被修改过。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="325" />
        <source>The signature of %1 uses the weak algorithm %2 and is not accepted.</source>
        <translation>%1 的签名使用了弱算法 %2，不予接受。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="331" />
        <source>Signed by %1.</source>
        <translation>由 %1 签名。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="394" />
        <source>%1 signed the verification of this report but is not a reviewer at this center.</source>
        <translation>%1 对本报告做了审核签名，但不是本中心的审核医师。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="401" />
        <source>The report is marked as verified, but the verification signature is missing.</source>
        <translation>报告标记为已审核，但缺少审核签名。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="465" />
        <source>The center's trust settings %1 cannot be read.</source>
        <translation>无法读取本中心的信任设置 %1。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="540" />
        <source>The report has no author's signature: it must be signed before it can be verified.</source>
        <translation>报告没有作者签名：须先签名才能审核。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="550" />
        <source>%1 wrote this report and cannot also verify it.</source>
        <translation>%1 是本报告的作者，不能同时审核。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="554" />
        <source>%1 is not a reviewer at this center and cannot verify reports.</source>
        <translation>%1 不是本中心的审核医师，不能审核报告。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSignature.cpp" line="560" />
        <source>The name of the verifying observer cannot be stored in the report's character set.</source>
        <translation>审核医师的姓名无法以报告的字符集保存。</translation>
    </message>
</context>
<context>
    <name>yunyue::ReportSr</name>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="126" />
        <source>The report refers to an image without its SOP Class or Instance UID.</source>
        <translation>报告引用的图像缺少 SOP 类 UID 或实例 UID。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="141" />
        <source>A report can only be verified once it is complete.</source>
        <translation>报告完成后才能审核确认。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="676" />
        <source>The report could not be saved as a DICOM structured report.</source>
        <translation>无法将报告保存为 DICOM 结构化报告。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="712" />
        <source>The file is not a DICOM file.</source>
        <translation>该文件不是 DICOM 文件。</translation>
    </message>
    <message>
        <location filename="../reporting/ReportSr.cpp" line="719" />
        <source>The DICOM file is not a structured report that Yunyue can read.</source>
        <translation>该 DICOM 文件不是云阅可读取的结构化报告。</translation>
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
    <name>yunyue::ReportWorkflow</name>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="58" />
        <source>Unread</source>
        <translation>未阅</translation>
    </message>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="59" />
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="60" />
        <source>Preliminary</source>
        <translation>初步</translation>
    </message>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="61" />
        <source>Final</source>
        <translation>正式</translation>
    </message>
    <message>
        <location filename="../reporting/ReportWorkflow.cpp" line="62" />
        <source>Amended</source>
        <translation>已修订</translation>
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
    <name>yunyue::SeriesStrip</name>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="174" />
        <source>Not in cache</source>
        <translation>未缓存</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="175" />
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="176" />
        <source>Downloading %1 of %2</source>
        <translation>正在下载 %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="187" />
        <source>Series %1 · %2</source>
        <translation>序列 %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="188" />
        <source>(no description)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="189" />
        <source>1 image</source>
        <translation>1 幅图像</translation>
    </message>
    <message>
        <location filename="../app/SeriesStrip.cpp" line="189" />
        <source>%1 images</source>
        <translation>%1 幅图像</translation>
    </message>
</context>
<context>
    <name>yunyue::ServerProfile</name>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="21" />
        <source>The certificate authority file of the server profile cannot be used.</source>
        <translation>服务器配置中的证书颁发机构（CA）文件无法使用。</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="43" />
        <source>The server profile file cannot be read.</source>
        <translation>无法读取服务器配置文件。</translation>
    </message>
    <message>
        <location filename="../cloudclient/ServerProfile.cpp" line="60" />
        <source>The server profile has no valid DICOMweb address.</source>
        <translation>服务器配置中没有有效的 DICOMweb 地址。</translation>
    </message>
</context>
<context>
    <name>yunyue::SettingsDialog</name>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="38" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="40" />
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="41" />
        <source>Reading</source>
        <translation>阅片</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="45" />
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="50" />
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="57" />
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="63" />
        <source>Which studies in the archive count as the same patient's prior studies</source>
        <translation>影像归档中哪些检查算作同一患者的既往检查</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="66" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="67" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="80" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="81" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="82" />
        <source>Use this server</source>
        <translation>使用此服务器</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="84" />
        <source>Teaching archive</source>
        <translation>教学存档</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="85" />
        <source>De-identified teaching cases are sent to this server</source>
        <translation>去标识化的教学病例发送到此服务器</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="92" />
        <source>PEM file; empty: the system's certificate authorities</source>
        <translation>PEM 文件；留空则使用系统的证书颁发机构</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="94" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="95" />
        <source>DICOMweb address</source>
        <translation>DICOMweb 地址</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="96" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="97" />
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="98" />
        <source>Passwords are not kept here; the workstation asks when it connects.</source>
        <translation>此处不保存密码；连接时工作站会询问。</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="119" />
        <source>New server</source>
        <translation>新服务器</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="155" />
        <source>Modality</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="155" />
        <source>Target (min)</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="159" />
        <source>Add modality</source>
        <translation>添加设备类型</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="165" />
        <source>Turnaround targets</source>
        <translation>报告时限</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="167" />
        <source>Other modalities</source>
        <translation>其他设备类型</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="168" />
        <source>Urgent when the description contains</source>
        <translation>检查描述包含以下词语时为紧急</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="169" />
        <source>Prefetch next studies</source>
        <translation>预取后续检查数</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="170" />
        <source>Cache size limit</source>
        <translation>缓存容量上限</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="171" />
        <source>Prior studies matched by</source>
        <translation>既往检查匹配规则</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="172" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="173" />
        <source>A new language takes effect when the workstation starts next.</source>
        <translation>新语言将在工作站下次启动时生效。</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="219" />
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <location filename="../app/SettingsDialog.cpp" line="220" />
        <source>%1 (teaching archive)</source>
        <translation>%1（教学存档）</translation>
    </message>
</context>
<context>
    <name>yunyue::SliceView</name>
    <message>
        <location filename="../viewer/widgets/SliceView.cpp" line="168" />
        <source>W %1  L %2</source>
        <translation>窗宽 %1  窗位 %2</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/SliceView.cpp" line="171" />
        <source>Thickness %1 mm</source>
        <translation>层厚 %1 mm</translation>
    </message>
</context>
<context>
    <name>yunyue::SpatialRegistration</name>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="182" />
        <source>An image of a registered series cannot be read.</source>
        <translation>无法读取参与配准的序列图像。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="193" />
        <source>The series has no frame of reference, so it cannot be registered.</source>
        <translation>该序列没有参考坐标系，无法配准。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="203" />
        <source>The registration result is no usable transformation.</source>
        <translation>配准结果不是可用的空间变换。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="314" />
        <source>The object is no usable spatial registration.</source>
        <translation>该对象不是可用的空间配准对象。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="320" />
        <source>The spatial registration holds a transformation that cannot be used.</source>
        <translation>空间配准对象中的变换无法使用。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="453" />
        <source>The registration does not relate these two series.</source>
        <translation>该配准未关联这两个序列。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="473" />
        <source>Both series already share one frame of reference.</source>
        <translation>两个序列已处于同一参考坐标系中。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="482" />
        <source>The character set of the current study cannot be converted.</source>
        <translation>无法转换当前检查的字符集。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="512" />
        <source>The spatial registration cannot be encoded.</source>
        <translation>无法编码空间配准对象。</translation>
    </message>
    <message>
        <location filename="../viewer/SpatialRegistration.cpp" line="527" />
        <source>The spatial registration is no readable DICOM object.</source>
        <translation>空间配准对象不是可读取的 DICOM 对象。</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyCache</name>
    <message>
        <location filename="../cloudclient/StudyCache.cpp" line="132" />
        <source>The local image cache cannot be written (disk full or no permission).</source>
        <translation>无法写入本地影像缓存（磁盘已满或无权限）。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyCache.cpp" line="199" />
        <source>An image arrived with invalid identifiers and was not stored.</source>
        <translation>收到的图像标识符无效，未予保存。</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyEvidence</name>
    <message>
        <location filename="../reporting/StudyEvidence.cpp" line="21" />
        <source>The image file %1 cannot be cited in the report.</source>
        <translation>报告无法引用图像文件 %1。</translation>
    </message>
    <message>
        <location filename="../reporting/StudyEvidence.cpp" line="83" />
        <source>The study has no images in the local cache.</source>
        <translation>本地缓存中没有该检查的图像。</translation>
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
        <location filename="../app/StudyOpener.cpp" line="57" />
        <source>This series has no images.</source>
        <translation>此序列没有图像。</translation>
    </message>
    <message>
        <location filename="../app/StudyOpener.cpp" line="72" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>服务器返回的图像与请求的不一致。</translation>
    </message>
</context>
<context>
    <name>yunyue::StudyPull</name>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="226" />
        <source>The archive holds no series for this study.</source>
        <translation>影像归档中没有此检查的序列。</translation>
    </message>
    <message>
        <source>The local image cache cannot be written (disk full or no permission).</source>
        <translation>无法写入本地影像缓存（磁盘已满或无权限）。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="63" />
        <source>The archive sent invalid identifiers; those images were refused.</source>
        <translation>影像服务器发送了无效的标识符，这些图像已被拒收。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="431" />
        <source>The server sent image data that cannot be read.</source>
        <translation>服务器返回的图像数据无法读取。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="444" />
        <source>The transfer was interrupted.</source>
        <translation>传输中断。</translation>
    </message>
    <message>
        <location filename="../cloudclient/StudyPull.cpp" line="464" />
        <source>The server sent a different image than the one asked for.</source>
        <translation>服务器返回的图像与请求的不一致。</translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/StudyPull.cpp" line="544" />
        <source>%n image(s) could not be fetched.</source>
        <translation>
            <numerusform>%n 幅图像未能下载。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../cloudclient/StudyPull.cpp" line="546" />
        <source>%n image(s) could not be fetched: %1 Pull again to fetch only what is missing.</source>
        <translation>
            <numerusform>%n 幅图像未能下载：%1 再次拉取时只下载缺少的图像。</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::StudyView</name>
    <message>
        <location filename="../app/StudyView.cpp" line="216" />
        <source>Show 3D (volume rendering)</source>
        <translation>显示三维（容积渲染）</translation>
    </message>
</context>
<context>
    <name>yunyue::SurfaceExtraction</name>
    <message>
        <location filename="../viewer/SurfaceExtraction.cpp" line="151" />
        <source>No surface at %1 HU: no voxels cross that value</source>
        <translation>%1 HU 处没有表面：没有体素跨越该值</translation>
    </message>
    <message>
        <location filename="../viewer/SurfaceExtraction.cpp" line="170" />
        <source>Cannot write the surface to %1: %2</source>
        <translation>无法将表面写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../viewer/SurfaceExtraction.cpp" line="174" />
        <source>there is no surface</source>
        <translation>没有表面</translation>
    </message>
    <message>
        <location filename="../viewer/SurfaceExtraction.cpp" line="185" />
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
</context>
<context>
    <name>yunyue::TeachingCaseDialog</name>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="52" />
        <source>Also send the de-identified images to the teaching archive</source>
        <translation>同时将去标识化图像发送到教学存档</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="53" />
        <source>Mark as teaching case</source>
        <translation>标记为教学病例</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="55" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="56" />
        <source>Diagnosis</source>
        <translation>诊断</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="57" />
        <source>Clinical history</source>
        <translation>临床病史</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="58" />
        <source>One teaching point per line</source>
        <translation>每行一个教学要点</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="59" />
        <source>Teaching points</source>
        <translation>教学要点</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="60" />
        <source>e.g. neuro, emergency</source>
        <translation>例如：神经，急诊</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="61" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="62" />
        <source>Key images</source>
        <translation>关键图像</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="62" />
        <source>none marked (K marks the image on screen)</source>
        <translation>未标记（按 K 标记当前图像）</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="66" />
        <source>The case is de-identified (DICOM PS3.15 Annex E). Do not write the patient's name, ID, accession number or birth date: such text is refused.</source>
        <translation>病例将去标识化（DICOM PS3.15 附录 E）。请勿填写患者姓名、ID、检查号或出生日期：含此类内容的文本会被拒绝。</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="70" />
        <source>Save to library</source>
        <translation>保存到病例库</translation>
    </message>
</context>
<context>
    <name>yunyue::TeachingLibrary</name>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="390" />
        <source>The library already holds a different case with the ID %1.</source>
        <translation>病例库中已有编号为 %1 的另一个病例。</translation>
    </message>
    <message>
        <location filename="../reporting/TeachingCase.cpp" line="397" />
        <source>The teaching library %1 cannot be written.</source>
        <translation>无法写入教学病例库 %1。</translation>
    </message>
</context>
<context>
    <name>yunyue::TeachingLibraryDialog</name>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="107" />
        <source>Teaching library</source>
        <translation>教学病例库</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="108" />
        <source>Search title, diagnosis, teaching points, tags</source>
        <translation>检索标题、诊断、教学要点、标签</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Case</source>
        <translation>病例</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Modality</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Body part</source>
        <translation>检查部位</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="111" />
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="115" />
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="116" />
        <source>Present the selected cases (all shown when none is selected), full screen</source>
        <translation>全屏演示所选病例（未选择时演示列表中全部病例）</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="117" />
        <source>Import package…</source>
        <translation>导入病例包…</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="118" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="121" />
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="125" />
        <source>Screen %1: %2 (%3×%4)</source>
        <translation>屏幕 %1：%2（%3×%4）</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="131" />
        <source>The monitor the presentation fills</source>
        <translation>演示全屏显示的显示器</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="167" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="193" />
        <source>%1 of %2 cases</source>
        <translation>%1 / %2 个病例</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="197" />
        <source>Teaching case package</source>
        <translation>教学病例包</translation>
    </message>
    <message>
        <location filename="../app/TeachingDialogs.cpp" line="206" />
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
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
    <name>yunyue::TransferFunctionCanvas</name>
    <message>
        <location filename="../viewer/widgets/TransferFunctionEditor.cpp" line="155" />
        <source>Drag a point to move it; double-click to add a point; right-click or Delete removes the selected point</source>
        <translation>拖动控制点可移动；双击空白处添加控制点；右键或 Delete 键删除所选控制点</translation>
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
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/TransferFunctionEditor.cpp" line="318" />
        <source>Point colour…</source>
        <translation>控制点颜色…</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/TransferFunctionEditor.cpp" line="382" />
        <source>Point colour</source>
        <translation>控制点颜色</translation>
    </message>
</context>
<context>
    <name>yunyue::TurnaroundPolicy</name>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="32" />
        <source>STAT</source>
        <translation>特急</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="33" />
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="34" />
        <source>Routine</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="35" />
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="138" />
        <source>%1:%2 h</source>
        <translation>%1:%2 小时</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="145" />
        <source>overdue %1 min</source>
        <translation>超时 %1 分钟</translation>
    </message>
    <message>
        <location filename="../app/TurnaroundPolicy.cpp" line="147" />
        <source>overdue %1 h %2 min</source>
        <translation>超时 %1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/TurnaroundPolicy.cpp" line="151" />
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>超时 %n 天</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::VolumeLoader</name>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="122" />
        <location filename="../viewer/VolumeLoader.cpp" line="400" />
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
        <location filename="../viewer/VolumeLoader.cpp" line="185" />
        <source>This multi-frame image does not say where each frame lies in the patient.</source>
        <translation>此多帧图像未给出每一帧在患者体内的位置。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="362" />
        <source>The series holds no images.</source>
        <translation>该序列不含图像。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="370" />
        <source>Loading was canceled.</source>
        <translation>加载已取消。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="417" />
        <source>The files belong to different series.</source>
        <translation>这些文件属于不同的序列。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="423" />
        <source>The images of the series lie in different frames of reference.</source>
        <translation>序列中的图像属于不同的参考坐标系。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="429" />
        <source>The images of the series have different matrix sizes (%1 and %2).</source>
        <translation>序列中的图像矩阵大小不一致（%1 与 %2）。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="437" />
        <source>The images of the series mix MONOCHROME1 and MONOCHROME2.</source>
        <translation>序列中混有 MONOCHROME1 与 MONOCHROME2 图像。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="464" />
        <source>The images do not say where they lie in the patient, so they cannot be stacked into a volume.</source>
        <translation>图像未给出其在患者体内的位置，无法叠成容积。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="476" />
        <source>The images of the series have different orientations (planes %1° apart), so they are not one stack.</source>
        <translation>序列中的图像方向不一致（层面相差 %1°），不属于同一组层面。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="484" />
        <source>The images of the series have different pixel spacings (%1 and %2 mm).</source>
        <translation>序列中的图像像素间距不一致（%1 与 %2 mm）。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="496" />
        <source>The image orientation is not valid (rows and columns are not perpendicular).</source>
        <translation>图像方向无效（行方向与列方向不垂直）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="542" />
        <source>Several slices share one position (%n slice(s) too many, the first at %1 mm along the slice normal). The series may mix several acquisitions (phases, echoes, repeats), so it is not shown as one volume.</source>
        <translation>
            <numerusform>有层面位置重复（多出 %n 个层面，第一处位于沿层面法线 %1 mm）。该序列可能混有多次采集（期相、回波、重复扫描），因此不作为单一容积显示。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="548" />
        <source>Left out %n slice(s) at the position of another slice; at each position the lowest instance number was kept.</source>
        <translation>
            <numerusform>已略去 %n 个与其他层面位置重复的层面；每个位置保留实例号最小的层面。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="550" />
        <source>Ignored %n extra copy(ies) of images present more than once.</source>
        <translation>
            <numerusform>已忽略 %n 个重复出现的图像副本。</numerusform></translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="571" />
        <source>The slices are shifted sideways from one another (gantry tilt of %1°). Tilted acquisitions cannot be shown as a volume yet.</source>
        <translation>层面之间存在侧向错位（机架倾斜 %1°）。暂不支持将倾斜采集的图像作为容积显示。</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="608" />
        <source>Slices are missing from the series: %n slice(s) in all, the first gap between %1 and %2 mm along the slice normal (slices are %3 mm apart elsewhere).</source>
        <translation>
            <numerusform>序列缺少层面：共缺 %n 层，第一处缺口位于沿层面法线 %1 至 %2 mm 之间（其余层间距为 %3 mm）。</numerusform></translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="615" />
        <source>The slices are unevenly spaced (from %1 to %2 mm apart, mostly %3 mm).</source>
        <translation>层间距不均匀（%1 至 %2 mm，多数为 %3 mm）。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="663" />
        <source>The series is too large for this computer's memory (%1 MiB).</source>
        <translation>该序列过大，本机内存无法容纳（%1 MiB）。</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeLoader.cpp" line="690" />
        <location filename="../viewer/VolumeLoader.cpp" line="774" />
        <source>The image data of a slice cannot be decoded.</source>
        <translation>有层面的图像数据无法解码。</translation>
    </message>
    <message numerus="yes">
        <location filename="../viewer/VolumeLoader.cpp" line="796" />
        <source>The slices were not evenly spaced: interpolated %n slice(s) of the volume between their neighbours.</source>
        <translation>
            <numerusform>层间距不均匀：容积中有 %n 个层面由相邻层面插值得到。</numerusform></translation>
    </message>
</context>
<context>
    <name>yunyue::VolumeRendering</name>
    <message>
        <location filename="../viewer/VolumeRendering.cpp" line="374" />
        <source>3D rendering needs a display: none is set (on a machine without one, run under xvfb-run)</source>
        <translation>3D 渲染需要显示器：未设置显示（无显示器的机器请在 xvfb-run 下运行）</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeRendering.cpp" line="382" />
        <source>3D rendering needs a display: %1 cannot be opened</source>
        <translation>3D 渲染需要显示器：无法打开 %1</translation>
    </message>
    <message>
        <location filename="../viewer/VolumeRendering.cpp" line="444" />
        <source>3D rendering needs OpenGL 3.2: this display does not offer it</source>
        <translation>3D 渲染需要 OpenGL 3.2：此显示不支持</translation>
    </message>
</context>
<context>
    <name>yunyue::VolumeView</name>
    <message>
        <location filename="../viewer/widgets/VolumeView.cpp" line="67" />
        <source>Transfer function</source>
        <translation>传递函数</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/VolumeView.cpp" line="69" />
        <source>Clipping</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/VolumeView.cpp" line="79" />
        <source>3D tools</source>
        <translation>三维工具</translation>
    </message>
    <message>
        <location filename="../viewer/widgets/VolumeView.cpp" line="80" />
        <source>Transfer function and clipping</source>
        <translation>传递函数与裁剪</translation>
    </message>
</context>
<context>
    <name>yunyue::WorklistFilterBar</name>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="90" />
        <source>Modality</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="91" />
        <source>Institution</source>
        <translation>检查医院</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="93" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="94" />
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="98" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="99" />
        <source>All reports</source>
        <translation>全部报告状态</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="104" />
        <source>Waiting time</source>
        <translation>等待时间</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="105" />
        <source>Any wait</source>
        <translation>不限等待时间</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="106" />
        <source>Waiting ≥ 15 min</source>
        <translation>等待 ≥ 15 分钟</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="107" />
        <source>Waiting ≥ 30 min</source>
        <translation>等待 ≥ 30 分钟</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="108" />
        <source>Waiting ≥ 1 h</source>
        <translation>等待 ≥ 1 小时</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="109" />
        <source>Waiting ≥ 1 day</source>
        <translation>等待 ≥ 1 天</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="111" />
        <source>Name, patient ID or accession</source>
        <translation>姓名、患者 ID 或检查号</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="164" />
        <source>All modalities</source>
        <translation>全部设备类型</translation>
    </message>
    <message>
        <location filename="../app/WorklistFilter.cpp" line="165" />
        <source>All institutions</source>
        <translation>全部检查医院</translation>
    </message>
</context>
<context>
    <name>yunyue::WorklistModel</name>
    <message>
        <location filename="../app/WorklistModel.cpp" line="111" />
        <source>Series %1: %2</source>
        <translation>序列 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="136" />
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="137" />
        <source>Complete</source>
        <translation>完整</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/WorklistModel.cpp" line="137" />
        <source>Complete, %n warning(s)</source>
        <translation>
            <numerusform>完整，%n 条警告</numerusform></translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="138" />
        <source>Incomplete %1/%2</source>
        <translation>不完整 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="230" />
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="231" />
        <source>Patient ID</source>
        <translation>患者 ID</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="232" />
        <source>Modality</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="233" />
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="234" />
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="235" />
        <source>Institution</source>
        <translation>检查医院</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="236" />
        <source>Study date</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="237" />
        <source>Local copy</source>
        <translation>本地副本</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="238" />
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="239" />
        <source>Description</source>
        <translation>检查描述</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="240" />
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="../app/WorklistModel.cpp" line="241" />
        <source>Accession</source>
        <translation>检查号</translation>
    </message>
</context>
</TS>