// Current versus prior, 1×2, on the real demo head CT. The "prior" is the
// same head moved by a known rigid transform (turned 6° about an oblique
// axis and shifted), resampled into the current grid, so the same anatomy
// sits elsewhere in its frame. Linked through the true transform the two
// views must show the same picture after scrolling, zooming and panning in
// either one; linked through the identity (no registration) they must not,
// which proves the comparison looks at the transform at all.

#include "viewer/ResliceEngine.h"
#include "viewer/VolumeLoader.h"
#include "viewer/widgets/ComparisonLayout.h"

#include <QDir>
#include <QLabel>
#include <QTest>

#include <cmath>

using namespace yunyue;
using View = CrosshairModel::View;

namespace {

Eigen::Vector3d applyTo(const Eigen::Matrix4d& m, const Eigen::Vector3d& p) {
  return m.topLeftCorner<3, 3>() * p + m.topRightCorner<3, 1>();
}

// prior(q) = current(T⁻¹ q) on the current's grid: the head moved by T.
std::shared_ptr<const Volume> movedCopy(const Volume& current, const Eigen::Matrix4d& currentToPrior) {
  auto prior = std::make_shared<Volume>(current.geometry());
  const ImageGeometry& g = current.geometry();
  const Eigen::Matrix4d priorToCurrent = currentToPrior.inverse();
  const Eigen::Matrix3d r = priorToCurrent.topLeftCorner<3, 3>();
  for (int k = 0; k < g.size.z(); ++k) {
    ReslicePlane plane;
    plane.origin = applyTo(priorToCurrent, g.indexToPatient(Eigen::Vector3d(0, 0, k)));
    plane.rowDirection = r * g.rowDirection();
    plane.columnDirection = r * g.columnDirection();
    plane.spacing = Eigen::Vector2d(g.spacing.x(), g.spacing.y());
    plane.columns = g.size.x();
    plane.rows = g.size.y();
    reslice(current, plane, Interpolation::Linear, prior->slice(k));
  }
  return prior;
}

// Mean absolute grey difference over the middle of both pictures (the
// edges show where each volume ends, which differs by construction).
double meanDifference(const QImage& a, const QImage& b) {
  double sum = 0;
  int n = 0;
  for (int y = a.height() / 4; y < a.height() * 3 / 4; ++y)
    for (int x = a.width() / 4; x < a.width() * 3 / 4; ++x, ++n) sum += std::abs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y)));
  return sum / std::max(1, n);
}

}  // namespace

class TestComparisonLayout : public QObject {
  Q_OBJECT

  std::shared_ptr<const Volume> m_current;
  std::shared_ptr<const Volume> m_prior;
  Eigen::Matrix4d m_truth = Eigen::Matrix4d::Identity();
  MprSeriesInfo m_info;

  void show(ComparisonLayout& layout, const Eigen::Matrix4d& alignment) {
    layout.resize(1000, 560);
    layout.setCurrent(m_current, m_info);
    MprSeriesInfo prior = m_info;
    prior.studyDate = QStringLiteral("2025-11-20");
    layout.setPrior(m_prior, prior, alignment, QStringLiteral("registered"));
    layout.show();
    QVERIFY(QTest::qWaitForWindowExposed(&layout));
  }

  // The prior's crosshair is the current's, carried by the true transform.
  void verifySameAnatomy(const ComparisonLayout& layout) {
    const Eigen::Vector3d expected = applyTo(m_truth, layout.currentView()->crosshair()->centre());
    QVERIFY2((layout.priorView()->crosshair()->centre() - expected).norm() < 1e-6, "the prior is not at the same place");
  }

 private slots:
  void initTestCase() {
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    VolumeLoadOutcome loaded = loadVolume(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
    m_current = std::make_shared<const Volume>(std::move(loaded.volume));
    // 6° about an oblique axis through the head, then 9, -6, 4 mm.
    const ImageGeometry& g = m_current->geometry();
    const Eigen::Vector3d centre = g.indexToPatient(0.5 * (g.size.cast<double>() - Eigen::Vector3d::Ones()));
    const Eigen::Matrix3d r = Eigen::AngleAxisd(6 * M_PI / 180, Eigen::Vector3d(1, 2, 3).normalized()).toRotationMatrix();
    m_truth.topLeftCorner<3, 3>() = r;
    m_truth.topRightCorner<3, 1>() = centre - r * centre + Eigen::Vector3d(9, -6, 4);
    m_prior = movedCopy(*m_current, m_truth);
    m_info.modality = QStringLiteral("CT");
    m_info.windowCenter = 40;
    m_info.windowWidth = 400;
    m_info.studyDate = QStringLiteral("2026-11-20");
    m_info.seriesDescription = QStringLiteral("Head 1.5 mm");
  }

  void scrollingKeepsTheSameAnatomy_data() {
    QTest::addColumn<int>("view");
    QTest::newRow("axial") << int(View::Axial);
    QTest::newRow("coronal") << int(View::Coronal);
    QTest::newRow("sagittal") << int(View::Sagittal);
  }
  void scrollingKeepsTheSameAnatomy() {
    QFETCH(int, view);
    ComparisonLayout layout;
    show(layout, m_truth);
    layout.setView(View(view));
    verifySameAnatomy(layout);
    layout.currentView()->scrollSlices(12);
    verifySameAnatomy(layout);
    const double registered = meanDifference(layout.currentView()->renderedImage(), layout.priorView()->renderedImage());
    // Scrolling the prior carries the current along (the inverse transform).
    layout.priorView()->scrollSlices(-20);
    verifySameAnatomy(layout);
    const double back = meanDifference(layout.currentView()->renderedImage(), layout.priorView()->renderedImage());

    // Without the registration the same slices show other anatomy.
    ComparisonLayout unregistered;
    show(unregistered, Eigen::Matrix4d::Identity());
    unregistered.setView(View(view));
    unregistered.currentView()->scrollSlices(12);
    const double apart =
        meanDifference(unregistered.currentView()->renderedImage(), unregistered.priorView()->renderedImage());
    qInfo("mean grey difference: registered %.2f / %.2f, unregistered %.2f", registered, back, apart);
    QVERIFY2(registered < 4 && back < 4, "linked views do not show the same picture");
    QVERIFY2(apart > 3 * registered, "the transform makes no difference: the test proves nothing");
  }

  void zoomPanAndWindowFollow() {
    ComparisonLayout layout;
    show(layout, m_truth);
    layout.currentView()->setZoom(2.5);
    layout.currentView()->setPan(Eigen::Vector2d(20, -15));
    QVERIFY(std::abs(layout.priorView()->mmPerScreenPixel() - layout.currentView()->mmPerScreenPixel()) < 1e-9);
    // The screen centres show the same anatomy.
    const Eigen::Vector3d c = applyTo(m_truth, layout.currentView()->screenPlane().centre());
    const ReslicePlane prior = layout.priorView()->screenPlane();
    const Eigen::Vector3d off = c - prior.centre();
    QVERIFY(std::abs(off.dot(prior.rowDirection)) < 1e-6 && std::abs(off.dot(prior.columnDirection)) < 1e-6);
    QVERIFY(meanDifference(layout.currentView()->renderedImage(), layout.priorView()->renderedImage()) < 4);
    // Lung window on the prior: the current follows (same modality).
    layout.priorView()->setWindow(-600, 1500);
    QCOMPARE(layout.currentView()->windowCenter(), -600.0);
    QCOMPARE(layout.currentView()->windowWidth(), 1500.0);
  }

  void rotatedCrosshairShowsTheSamePlane() {
    ComparisonLayout layout;
    show(layout, m_truth);
    layout.currentView()->crosshair()->rotate(View::Coronal, 0.3);
    layout.currentView()->scrollSlices(1);  // the view's own change: the prior follows
    const Eigen::Matrix3d r = m_truth.topLeftCorner<3, 3>();
    for (View v : {View::Axial, View::Coronal, View::Sagittal}) {
      QVERIFY((layout.priorView()->crosshair()->rowDirection(v) - r * layout.currentView()->crosshair()->rowDirection(v)).norm() < 1e-9);
      QVERIFY((layout.priorView()->crosshair()->columnDirection(v) - r * layout.currentView()->crosshair()->columnDirection(v)).norm() < 1e-9);
    }
    QVERIFY(meanDifference(layout.currentView()->renderedImage(), layout.priorView()->renderedImage()) < 4);
  }

  void unlinkedViewsGoTheirOwnWay() {
    ComparisonLayout layout;
    show(layout, m_truth);
    layout.setLinked(false);
    const Eigen::Vector3d before = layout.priorView()->crosshair()->centre();
    layout.currentView()->scrollSlices(10);
    layout.currentView()->setWindow(500, 2000);
    QCOMPARE(layout.priorView()->crosshair()->centre(), before);
    QCOMPARE(layout.priorView()->windowWidth(), 400.0);
    // Linking again brings the prior back to the current's place.
    layout.setLinked(true);
    verifySameAnatomy(layout);
  }

  void headersNameStudiesAndAlignment() {
    ComparisonLayout layout;
    show(layout, m_truth);
    QStringList texts;
    for (const QLabel* l : layout.findChildren<QLabel*>()) texts << l->text();
    const QString all = texts.join('\n');
    QVERIFY2(all.contains("2025-11-20") && all.contains("registered") && all.contains("2026-11-20"), qPrintable(all));
    const QImage shot = layout.grab().toImage();
    const QString dir = qEnvironmentVariable("YUNYUE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) shot.save(QDir(dir).filePath("comparison.png"));
    layout.clearPrior();
    QVERIFY(!layout.hasPrior());
  }
};

QTEST_MAIN(TestComparisonLayout)
#include "test_comparison_layout.moc"
