// Hostile values from a server or a file (issue 8, item 5): UIDs never become
// paths unchecked, DICOM text is never rendered as HTML.
//
// - A fake DICOMweb server (a QTcpServer in this test) answers QIDO with UIDs
//   that are no UIDs ("../../x", "1.2/../3", a NUL, a final newline, 70
//   digits, an absolute path): the pull refuses them, asks WADO-RS for none of
//   them, and writes nothing outside its cache root.
// - A study with HTML in PatientName, InstitutionName and StudyDescription and
//   64-character Series/SOP Instance UIDs, uploaded to the test archive and
//   deleted at the end: the worklist shows the markup as text, the pull stores
//   it, every label showing it (slice overlay, status, report panel) is PlainText.
// - A 10 000-character name and a NUL inside a name: no crash, a bounded cell.

#include "app/MainWindow.h"
#include "app/WorklistModel.h"
#include "cloudclient/DicomWebClient.h"
#include "cloudclient/InstanceFacts.h"
#include "cloudclient/StudyCache.h"
#include "cloudclient/StudyPull.h"
#include "tests/cloudclient/ArchiveAdmin.h"
#include "viewer/widgets/SliceView.h"
#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace yunyue;

namespace {

const QString kHtmlName = QStringLiteral("<img src=\"file:///etc/passwd\"><b>X</b>");
const QString kHtmlInstitution = QStringLiteral("<h1>Evil</h1><a href=\"http://x\">hospital</a>");
const QString kHtmlDescription = QStringLiteral("<b>CT</b><script>alert(1)</script>");

// A valid UID (PS3.5 9.1) of exactly `length` characters.
QString uidOfLength(int length) {
  QString uid = QStringLiteral("2.25.");
  uid += QChar('1' + int(QRandomGenerator::global()->bounded(9)));
  while (uid.size() < length) uid += QChar('0' + int(QRandomGenerator::global()->bounded(10)));
  return uid;
}

QJsonObject element(const QString& vr, const QJsonValue& value) {
  return {{"vr", vr}, {"Value", QJsonArray{value}}};
}

// Answers every QIDO search with fixed DICOM JSON and every other request
// (WADO-RS) with 404; remembers each request target.
class FakeDicomWeb : public QTcpServer {
 public:
  QByteArray seriesJson, instancesJson;
  QStringList requests;

  FakeDicomWeb() {
    connect(this, &QTcpServer::newConnection, this, [this] {
      while (QTcpSocket* s = nextPendingConnection()) {
        connect(s, &QTcpSocket::readyRead, s, [this, s] { answer(s); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
      }
    });
    listen(QHostAddress::LocalHost);
  }

  ServerProfile profile() const {
    ServerProfile p;
    p.name = QStringLiteral("fake");
    p.dicomWebRoot = QUrl(QStringLiteral("http://127.0.0.1:%1/dicom-web").arg(serverPort()));
    p.user = QStringLiteral("u");
    p.password = QStringLiteral("p");
    return p;
  }

 private:
  void answer(QTcpSocket* s) {
    QByteArray& buffer = m_pending[s];
    buffer += s->readAll();
    if (!buffer.contains("\r\n\r\n")) return;
    const QByteArray target = buffer.left(buffer.indexOf("\r\n")).split(' ').value(1);
    buffer.clear();
    requests << QString::fromLatin1(target);
    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    QByteArray status = "200 OK", body;
    if (path.endsWith("/series")) body = seriesJson;
    else if (path.endsWith("/instances")) body = instancesJson;
    else status = "404 Not Found";
    s->write("HTTP/1.1 " + status + "\r\nContent-Type: application/dicom+json\r\nContent-Length: " +
             QByteArray::number(body.size()) + "\r\n\r\n" + body);
  }
  QHash<QTcpSocket*, QByteArray> m_pending;
};

// Every path under `dir`, relative to it.
QStringList everythingUnder(const QString& dir) {
  QStringList found;
  QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) found << QDir(dir).relativeFilePath(it.next());
  found.sort();
  return found;
}

int rowOf(const WorklistModel* model, const QString& accession) {
  for (int r = 0; r < model->rowCount(); ++r)
    if (model->data(model->index(r, WorklistModel::AccessionColumn), Qt::DisplayRole).toString() == accession) return r;
  return -1;
}

QString runTool(const QString& program, const QStringList& args) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  p.waitForFinished(60000);
  return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 ? QString() : QString::fromLocal8Bit(p.readAll()) + " ";
}

}  // namespace

class TestHostileValues : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  yunyue::test::ArchiveAdmin m_admin;
  QString m_studyUid = uidOfLength(44);

 private slots:
  void uidSyntax_data() {
    QTest::addColumn<QString>("uid");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "1.2.840.10008.1.2" << true;
    QTest::newRow("64 characters") << uidOfLength(64) << true;
    QTest::newRow("65 characters") << uidOfLength(65) << false;
    QTest::newRow("parent") << "../../x" << false;
    QTest::newRow("slash") << "1.2/../3" << false;
    QTest::newRow("absolute") << "/etc/passwd" << false;
    QTest::newRow("NUL") << QString("1.2") + QChar(0) + "3" << false;
    QTest::newRow("final newline") << "1.2.3\n" << false;
    QTest::newRow("empty component") << "1..2" << false;
  }
  void uidSyntax() {
    QFETCH(QString, uid);
    QFETCH(bool, valid);
    QCOMPARE(isValidUid(uid), valid);
  }

  void hostileQidoUidsAreRefused_data() {
    QTest::addColumn<QString>("studyUid");
    QTest::addColumn<QString>("seriesUid");
    QTest::addColumn<QString>("sopUid");
    const QString study = uidOfLength(40), series = uidOfLength(50);
    QTest::newRow("study ../") << "../../x" << series << uidOfLength(60);
    QTest::newRow("series ../") << study << "../../x" << uidOfLength(60);
    QTest::newRow("series 1.2/../3") << study << "1.2/../3" << uidOfLength(60);
    QTest::newRow("series absolute") << study << "/tmp/yunyue-hostile" << uidOfLength(60);
    QTest::newRow("series NUL") << study << QString("1.2") + QChar(0) + "/../3" << uidOfLength(60);
    QTest::newRow("series 70 digits") << study << "1." + QString(68, '1') << uidOfLength(60);
    QTest::newRow("SOP ../") << study << series << "../../../hostile";
    QTest::newRow("SOP absolute") << study << series << "/tmp/yunyue-hostile";
    QTest::newRow("SOP NUL") << study << series << QString("1.2") + QChar(0) + "/../3";
    QTest::newRow("SOP final newline") << study << series << "1.2.3\n";
  }
  void hostileQidoUidsAreRefused() {
    QFETCH(QString, studyUid);
    QFETCH(QString, seriesUid);
    QFETCH(QString, sopUid);
    FakeDicomWeb server;
    QVERIFY(server.isListening());
    server.seriesJson = QJsonDocument(QJsonArray{QJsonObject{
        {"0020000E", element("UI", seriesUid)}, {"00080060", element("CS", "CT")},
        {"00200011", element("IS", 1)}, {"00201209", element("IS", 1)}}}).toJson();
    server.instancesJson = QJsonDocument(QJsonArray{QJsonObject{
        {"00080018", element("UI", sopUid)}, {"00080016", element("UI", "1.2.840.10008.5.1.4.1.1.2")},
        {"00200013", element("IS", 1)}}}).toJson();

    // The cache root inside a folder of its own, so anything written beside it shows.
    QTemporaryDir around;
    const QString root = around.filePath("cache");
    CloudError error;
    std::unique_ptr<StudyCache> cache = StudyCache::open(root, &error);
    QVERIFY2(cache, qPrintable(error.detail));
    const QStringList before = everythingUnder(root);

    DicomWebClient client(server.profile());
    PullOptions options;
    options.maxAttempts = 1;
    StudyPull pull(&client, cache.get(), studyUid, options);
    QSignalSpy finished(&pull, &StudyPull::finished);
    pull.start();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    const PullResult result = finished.first().first().value<PullResult>();

    QVERIFY(!result.complete());
    QVERIFY(result.error.isError());
    QCOMPARE(result.fetched, 0);
    // No WADO-RS request at all, and no request carrying a hostile UID.
    for (const QString& target : server.requests) {
      QVERIFY2(!target.contains("/instances/"), qPrintable(target));
      QVERIFY2(!target.contains("..") && !target.contains("%2E", Qt::CaseInsensitive), qPrintable(target));
      QVERIFY2(!target.contains("hostile") && !target.contains("%00"), qPrintable(target));
    }
    // Nothing beside the cache root, nothing new in it but the index's files.
    QCOMPARE(everythingUnder(around.path()).filter(QRegularExpression("^(?!cache(/|$))")), QStringList());
    QStringList added = everythingUnder(root);
    for (const QString& p : before) added.removeAll(p);
    QVERIFY2(added.filter(QRegularExpression("^(?!index\\.sqlite)")).isEmpty(), qPrintable(added.join(' ')));
    QVERIFY(!QFile::exists("/tmp/yunyue-hostile"));
    QVERIFY(cache->seriesFiles(seriesUid).isEmpty());
  }

  // Long and broken names: no crash, a bounded single-line cell.
  void longAndNulNamesInTheWorklist() {
    WorklistModel model;
    StudyRecord longName;
    longName.studyInstanceUid = uidOfLength(30);
    longName.patientName.alphabetic = QString(10000, 'W');
    longName.institutionName = QString(10000, QChar(0x533B));  // 医
    StudyRecord nul;
    nul.studyInstanceUid = uidOfLength(30);
    nul.patientName.alphabetic = QString("Zhang") + QChar(0) + "\n<b>Wei</b>";
    model.setStudies({longName, nul});
    const QString shownLong = model.data(model.index(0, WorklistModel::PatientNameColumn), Qt::DisplayRole).toString();
    QVERIFY2(shownLong.size() <= 128, qPrintable(QString::number(shownLong.size())));
    QVERIFY(shownLong.startsWith("WWWW"));
    QVERIFY(model.data(model.index(0, WorklistModel::InstitutionColumn), Qt::DisplayRole).toString().size() <= 128);
    const QString shownNul = model.data(model.index(1, WorklistModel::PatientNameColumn), Qt::DisplayRole).toString();
    QVERIFY2(!shownNul.contains(QChar(0)) && !shownNul.contains('\n'), qPrintable(shownNul));
    QVERIFY2(shownNul.contains("<b>Wei</b>"), qPrintable(shownNul));  // text, not removed markup
  }

  // A real study with HTML in its text and 64-character UIDs, through the
  // archive, the worklist, the pull and the slice view.
  void htmlInDicomShowsAsText() {
    QVERIFY(m_tmp.isValid());
    const QDir cr(qEnvironmentVariable("YUNYUE_TEST_DATA") + "/cr-skull/1");
    const QStringList files = cr.entryList({"*.dcm"});
    QVERIFY(!files.isEmpty());
    const QString copy = m_tmp.filePath("hostile.dcm");
    QVERIFY(QFile::copy(cr.filePath(files.first()), copy));
    const QString seriesUid = uidOfLength(64), sopUid = uidOfLength(64);
    const QString accession = "HOSTILE" + m_studyUid.right(8);
    const QString failed = runTool("dcmodify", {"-nb", "-m", "StudyInstanceUID=" + m_studyUid,
                                                "-m", "SeriesInstanceUID=" + seriesUid, "-m", "SOPInstanceUID=" + sopUid,
                                                "-m", "AccessionNumber=" + accession, "-m", "PatientName=" + kHtmlName,
                                                "-m", "InstitutionName=" + kHtmlInstitution,
                                                "-m", "StudyDescription=" + kHtmlDescription, copy});
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(m_admin.upload(f.readAll()));

    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::worklistLoaded);
    QSignalSpy shown(&window, &MainWindow::imageShown);
    QSignalSpy pulled(&window, &MainWindow::studyPulled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectTo(yunyue::test::testCloudProfile());
    QVERIFY(loaded.wait(20000));

    const WorklistModel* model = window.worklist();
    const int row = rowOf(model, accession);
    QVERIFY(row >= 0);
    // The markup is there, as characters (PN splits at '=' into component groups).
    const QString name = model->data(model->index(row, WorklistModel::PatientNameColumn), Qt::DisplayRole).toString();
    QVERIFY2(name.contains("<b>X</b>") && name.contains("<img src"), qPrintable(name));
    QVERIFY(Qt::mightBeRichText(name));  // so a label in AutoText would render it
    QCOMPARE(model->data(model->index(row, WorklistModel::InstitutionColumn), Qt::DisplayRole).toString(), kHtmlInstitution);
    QCOMPARE(model->data(model->index(row, WorklistModel::DescriptionColumn), Qt::DisplayRole).toString(), kHtmlDescription);
    // The table draws these columns with Qt's own delegate, which paints the
    // DisplayRole as plain text (no HTML-rendering delegate of ours).
    QTableView* table = window.worklistView();
    for (int column : {int(WorklistModel::PatientNameColumn), int(WorklistModel::InstitutionColumn),
                       int(WorklistModel::DescriptionColumn)}) {
      QAbstractItemDelegate* delegate = table->itemDelegateForColumn(column);
      if (!delegate) delegate = table->itemDelegate();
      QCOMPARE(QByteArray(delegate->metaObject()->className()), QByteArray(QStyledItemDelegate::staticMetaObject.className()));
    }

    window.openStudy(row);
    QVERIFY(shown.count() > 0 || shown.wait(30000));
    QVERIFY(pulled.count() > 0 || pulled.wait(60000));
    QCOMPARE(pulled.last().at(1).toBool(), true);
    // Stored under its 64-character UIDs inside the cache.
    const QString cached = qEnvironmentVariable("YUNYUE_CACHE_DIR") + "/studies/" + m_studyUid + "/" + seriesUid + "/" +
                           sopUid + ".dcm";
    QVERIFY2(QFile::exists(cached), qPrintable(cached));

    // The overlay shows the name's markup as text.
    SliceView* view = window.sliceView();
    QVERIFY(view->hasImage());
    QStringList overlay;
    for (QLabel* l : view->findChildren<QLabel*>()) {
      QCOMPARE(l->textFormat(), Qt::PlainText);
      overlay << l->text();
    }
    QVERIFY2(overlay.join('|').contains("<b>X</b>"), qPrintable(overlay.join('|')));
    // Every label of the window that holds text looking like HTML (status
    // line, report panel state, overlays) shows it as text.
    int htmlLabels = 0;
    for (QLabel* l : window.findChildren<QLabel*>()) {
      if (!Qt::mightBeRichText(l->text()) || !l->text().contains("<b>X</b>")) continue;
      ++htmlLabels;
      QVERIFY2(l->textFormat() == Qt::PlainText, qPrintable(l->objectName() + ": " + l->text()));
    }
    QVERIFY(htmlLabels >= 1);

    // A 10 000-character name with a NUL and a newline in it: one bounded overlay line.
    DecodedImage image = view->image();
    image.patientName = "NNN" + QString(QChar(0)) + "\n" + QString(10000, 'M');
    view->setImage(image);
    QStringList lines;
    for (QLabel* l : view->findChildren<QLabel*>())
      if (l->text().startsWith("NNN")) lines = l->text().split('\n');
    QVERIFY2(!lines.isEmpty(), "no overlay shows the name");
    QCOMPARE(lines.size(), 2);  // the name, then modality and series
    QVERIFY2(lines.first().size() <= 64, qPrintable(QString::number(lines.first().size())));
    QVERIFY(!lines.first().contains(QChar(0)));
    QVERIFY(window.grab().save(QDir::current().absoluteFilePath("test_hostile_values.png")));
  }

  void cleanupTestCase() { m_admin.deleteStudy(m_studyUid); }
};

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);
  // A cache of this run's own.
  QTemporaryDir cache;
  qputenv("YUNYUE_CACHE_DIR", cache.path().toLocal8Bit());
  TestHostileValues test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_hostile_values.moc"
