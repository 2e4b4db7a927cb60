// The study view in the main window, against the test archive: opening the
// demo CT shows its first image at once (progressive display), then, when
// the whole series is in the cache, the three linked MPR planes. K marks the
// acquired slice at the crosshair as a key image; scrolling the axial view
// moves that slice; the 1×1 / 2×2 actions switch layouts; opening another
// study goes back to its first image.

#include "app/MainWindow.h"
#include "app/ReportPanel.h"
#include "app/StudyView.h"
#include "app/WorklistModel.h"
#include "reporting/widgets/ReportEditor.h"
#include "viewer/widgets/SliceView.h"
#include "viewer/widgets/VolumeView.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace yunyue;

class TestStudyView : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;

  static QAction* toolAction(MainWindow& window, const QString& text) {
    for (QToolBar* bar : window.findChildren<QToolBar*>())
      for (QAction* a : bar->actions())
        if (a->text() == text) return a;
    return nullptr;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath("settings"));
    qputenv("YUNYUE_CACHE_DIR", m_tmp.filePath("cache").toUtf8());
  }

  void firstImageThenMpr() {
    MainWindow window;
    QSignalSpy loaded(&window, &MainWindow::worklistLoaded);
    QSignalSpy shown(&window, &MainWindow::imageShown);
    QSignalSpy volume(&window, &MainWindow::volumeShown);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.connectTo(ServerProfile::fromCloudFile(qEnvironmentVariable("YUNYUE_TEST_CLOUD")));
    QVERIFY(loaded.wait(20000));
    const int row = window.worklist()->findStudy("QS20261120001");
    QVERIFY(row >= 0);
    window.openStudy(row);
    QVERIFY(shown.wait(30000));
    // Progressive: the first image is on screen before the series is a volume.
    QVERIFY(window.sliceView()->hasImage());
    QVERIFY(volume.isEmpty() && !window.studyView()->showsVolume());

    QVERIFY(volume.wait(60000));
    StudyView* study = window.studyView();
    QVERIFY(study->showsVolume());
    MprLayout* mpr = study->mpr();
    QCOMPARE(mpr->viewLayout(), MprLayout::ViewLayout::TwoByTwo);
    MprView* axial = mpr->view(MprLayout::View::Axial);
    QCOMPARE(axial->sliceCount(), 108);
    QVERIFY(axial->isVisible() && mpr->view(MprLayout::View::Coronal)->isVisible());
    QTest::qWait(200);
    const QImage frame = axial->grab().toImage();
    int lit = 0;
    for (int y = 0; y < frame.height(); y += 8)
      for (int x = 0; x < frame.width(); x += 8) lit += qGray(frame.pixel(x, y)) > 60;
    QVERIFY2(lit > 20, "the axial view is blank");

    // K marks the acquired slice at the crosshair; after scrolling, another one.
    QString first, second;
    int firstSlice = 0, secondSlice = 0;
    QVERIFY(study->imageAtCrosshair(&first, &firstSlice));
    // K is the main window's shortcut: the window must be the active one.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    axial->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return window.reportPanel()->isEnabled(); }, 20000));
    // (A draft of an earlier run may hold key images already.)
    const qsizetype before = window.reportPanel()->editor()->report().keyImages.size();
    QTest::keyClick(axial, Qt::Key_K);
    QCOMPARE(window.reportPanel()->editor()->report().keyImages.size(), before + 1);
    QCOMPARE(window.reportPanel()->editor()->report().keyImages.last().sopInstanceUid, first);
    axial->scrollSlices(10);
    QVERIFY(study->imageAtCrosshair(&second, &secondSlice));
    QCOMPARE(qAbs(secondSlice - firstSlice), 10);
    QVERIFY(second != first);
    QTest::keyClick(axial, Qt::Key_K);
    QCOMPARE(window.reportPanel()->editor()->report().keyImages.size(), before + 2);
    QCOMPARE(window.reportPanel()->editor()->report().keyImages.last().sopInstanceUid, second);

    // Layouts from the toolbar.
    QAction* one = toolAction(window, "1×1");
    QAction* four = toolAction(window, "2×2");
    QVERIFY(one && four);
    one->trigger();
    QCOMPARE(mpr->viewLayout(), MprLayout::ViewLayout::OneByOne);
    QVERIFY(!mpr->view(MprLayout::View::Coronal)->isVisible());
    four->trigger();
    QCOMPARE(mpr->viewLayout(), MprLayout::ViewLayout::TwoByTwo);

    // 3D on request in the fourth cell: the bone preset over the skull.
    QVERIFY(!study->volumeRendering());
    VolumeView* rendering = study->showVolumeRendering();
    QVERIFY(rendering && rendering->isVisible());
    QCOMPARE(mpr->freeSlotWidget(), rendering);
    QVERIFY(QTest::qWaitFor([&] {
      const QImage shot = rendering->grabFramebuffer();
      int bright = 0;
      for (int y = 0; y < shot.height(); y += 4)
        for (int x = 0; x < shot.width(); x += 4) bright += qGray(shot.pixel(x, y)) > 120;
      return bright > 50;
    }, 30000));

    // Another study: back to its first image until it is whole.
    const int cr = window.worklist()->findStudy("YX20261121015");
    if (cr >= 0) {
      shown.clear();
      window.openStudy(cr);
      QVERIFY(!study->showsVolume());
      QVERIFY(shown.wait(30000));
    }
  }
};

QTEST_MAIN(TestStudyView)
#include "test_study_view.moc"
