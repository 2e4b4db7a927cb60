// The first screen, driven as a reader would: the worklist loads from the
// test cloud, names show in Chinese, a double-click shows the first CT image.

#include "app/MainWindow.h"
#include "app/WorklistModel.h"
#include "viewer/widgets/SliceView.h"
#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <set>

using namespace yunyue;

namespace {

ServerProfile testCloud() {
  return ServerProfile::fromCloudFile(qEnvironmentVariable("YUNYUE_TEST_CLOUD"));
}

int rowOf(const WorklistModel* model, const QString& accession) {
  for (int r = 0; r < model->rowCount(); ++r)
    if (model->data(model->index(r, WorklistModel::AccessionColumn), Qt::DisplayRole).toString() == accession) return r;
  return -1;
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT
 private slots:
  void worklistToFirstImage() {
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::worklistLoaded);
    QSignalSpy shown(&window, &MainWindow::imageShown);
    QSignalSpy pulled(&window, &MainWindow::studyPulled);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectTo(testCloud());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toInt(), 4);

    const WorklistModel* model = window.worklist();
    const int row = rowOf(model, "QS20261120001");
    QVERIFY(row >= 0);
    QCOMPARE(model->data(model->index(row, WorklistModel::PatientNameColumn), Qt::DisplayRole).toString(),
             QStringLiteral("张伟"));
    QCOMPARE(model->data(model->index(row, WorklistModel::InstitutionColumn), Qt::DisplayRole).toString(),
             QStringLiteral("青山县人民医院"));
    QCOMPARE(model->data(model->index(row, WorklistModel::ImagesColumn), Qt::DisplayRole).toInt(), 108);

    // Double-click the row where the view shows it (the view is sorted by date).
    QTableView* table = window.worklistView();
    QModelIndex viewIndex;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
      const QModelIndex i = table->model()->index(r, WorklistModel::AccessionColumn);
      if (i.data().toString() == "QS20261120001") viewIndex = table->model()->index(r, WorklistModel::PatientNameColumn);
    }
    QVERIFY(viewIndex.isValid());
    const QPoint cell = table->visualRect(viewIndex).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QVERIFY(shown.wait(30000));

    SliceView* view = window.sliceView();
    QVERIFY(view->hasImage());
    QCOMPARE(view->windowCenter(), -18.0);  // the window stored in the file
    QCOMPARE(view->windowWidth(), 406.0);
    QTest::qWait(200);
    const QImage frame = view->grabFramebuffer();
    // A head CT in a brain window: black air around, bright skull, grey brain.
    std::set<int> greys;
    int bright = 0;
    int black = 0;
    for (int y = 0; y < frame.height(); y += 2)
      for (int x = 0; x < frame.width(); x += 2) {
        const int g = qGray(frame.pixel(x, y));
        greys.insert(g);
        bright += g > 240;
        black += g < 10;
      }
    QVERIFY2(greys.size() > 64, qPrintable(QString::number(greys.size())));
    QVERIFY(bright > 100);
    QVERIFY(black > 1000);

    // Orientation markers of an axial image: patient right on the left, anterior on top.
    QStringList markers;
    for (QLabel* l : view->findChildren<QLabel*>()) markers << l->text();
    QVERIFY2(markers.contains("R") && markers.contains("L") && markers.contains("A") && markers.contains("P"),
             qPrintable(markers.join('|')));
    QVERIFY(markers.join('|').contains(QStringLiteral("张伟")));

    // Number keys switch W/L presets while the image has the focus: 1 lung, 3 bone.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(view->windowWidth(), 1500.0);
    QCOMPARE(view->windowCenter(), -600.0);
    QTest::keyClick(view, Qt::Key_3);
    QCOMPARE(view->windowWidth(), 2000.0);
    QCOMPARE(view->windowCenter(), 500.0);

    // Opening the study pulled all of it into the cache; the worklist says so.
    QVERIFY(pulled.count() > 0 || pulled.wait(60000));
    QCOMPARE(pulled.last().at(1).toBool(), true);
    QCOMPARE(model->data(model->index(row, WorklistModel::LocalCopyColumn), Qt::DisplayRole).toString(), "Complete");
    QCOMPARE(model->data(model->index(row, WorklistModel::LocalCopyColumn), WorklistModel::ProgressRole).toInt(), -1);
    int cached = 0;
    QDirIterator files(qEnvironmentVariable("YUNYUE_CACHE_DIR") + "/studies", {"*.dcm"}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) cached += !files.next().isEmpty();
    QCOMPARE(cached, 108);

    const QString shot = QDir::current().absoluteFilePath("test_main_window.png");
    QVERIFY(window.grab().save(shot));
    qInfo("screenshot: %s", qPrintable(shot));
  }

  void speaksSimplifiedChinese() {
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), "yunyue", "_", ":/i18n"));
    QCoreApplication::installTranslator(&translator);
    MainWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("云阅诊断工作站"));
    QCOMPARE(window.worklist()->headerData(WorklistModel::PatientNameColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("患者"));
    QCoreApplication::removeTranslator(&translator);
  }

  void chineseCatalogueIsComplete() {
    QFile ts(qEnvironmentVariable("YUNYUE_SOURCE_DIR") + "/translations/yunyue_zh_CN.ts");
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList untranslated;
    QString source;
    while (!xml.atEnd()) {
      xml.readNext();
      if (!xml.isStartElement()) continue;
      if (xml.name() == u"source") source = xml.readElementText();
      if (xml.name() == u"translation") {
        ++messages;
        const bool unfinished = xml.attributes().value("type") == u"unfinished";
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (unfinished || text.trimmed().isEmpty()) untranslated << source;
      }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages >= 40);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join('\n')));
  }

  void wrongPasswordSaysSo() {
    MainWindow window;
    QSignalSpy failed(&window, &MainWindow::worklistFailed);
    ServerProfile p = testCloud();
    p.password = "not-the-password";
    window.connectTo(p);
    QVERIFY(failed.wait(20000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(window.worklist()->rowCount(), 0);
  }
};

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);
  // A cache of this run's own: the test sees the pull, not an earlier run's copy.
  QTemporaryDir cache;
  qputenv("YUNYUE_CACHE_DIR", cache.path().toLocal8Bit());
  TestMainWindow test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_main_window.moc"
