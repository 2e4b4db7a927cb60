// 3D reconstruction of the real demo head CT under Mesa (Xvfb): the bone
// preset shows the skull where the skull projects, seen from the front and
// from the side; MIP is brighter than soft tissue on bone; a clipping box
// and a clipping plane remove the bone on their side; the transfer function
// can be edited; the threshold surface at 300 HU is a closed-ish mesh whose
// binary STL vtkSTLReader reads back with the same triangles; the 3D view
// widget renders, switches presets by number key and draws coarser while
// the reader drags. YUNYUE_RENDER_KEEP=DIR keeps the pictures.

#include "viewer/SurfaceExtraction.h"
#include "viewer/VolumeLoader.h"
#include "viewer/VolumeRendering.h"
#include "viewer/widgets/VolumeView.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <vtkCamera.h>
#include <vtkFeatureEdges.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkPolyData.h>
#include <vtkRenderer.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkSTLReader.h>

#include <algorithm>
#include <cmath>

using namespace yunyue;

namespace {

// Ivory to white, lit: what the bone preset paints (not the dark red of
// its lowest bone values, not black background).
bool boneColoured(QRgb c) {
  return qRed(c) >= 120 && qGreen(c) >= 95 && qBlue(c) >= 60 && qRed(c) >= qBlue(c);
}
int luminance(QRgb c) { return (qRed(c) * 299 + qGreen(c) * 587 + qBlue(c) * 114) / 1000; }

// Pixels of a picture, as a mask.
struct Mask {
  int width = 0, height = 0;
  std::vector<char> on;
  Mask(int w, int h) : width(w), height(h), on(size_t(w) * size_t(h), 0) {}
  bool at(int x, int y) const { return x >= 0 && y >= 0 && x < width && y < height && on[size_t(y) * width + x]; }
  void set(int x, int y) {
    if (x >= 0 && y >= 0 && x < width && y < height) on[size_t(y) * width + x] = 1;
  }
  int count() const { return int(std::count(on.begin(), on.end(), 1)); }
};

Eigen::Vector2d toPixel(const Eigen::Matrix4d& worldToDevice, const Eigen::Vector3d& lps, const QSize& size) {
  const Eigen::Vector4d d = worldToDevice * lps.homogeneous();
  return {(d.x() / d.w() + 1) / 2 * size.width(), (1 - d.y() / d.w()) / 2 * size.height()};
}

// Where voxels of at least minHu project in the snapshot, grown by a few
// pixels (every other voxel is projected).
Mask projectionOf(const Volume& volume, double minHu, const VolumeSnapshot& s) {
  const QSize size = s.image.size();
  Mask mask(size.width(), size.height());
  const ImageGeometry& g = volume.geometry();
  for (int k = 0; k < g.size.z(); k += 2)
    for (int j = 0; j < g.size.y(); j += 2)
      for (int i = 0; i < g.size.x(); i += 2) {
        if (volume.at(i, j, k) < minHu) continue;
        const Eigen::Vector2d p = toPixel(s.worldToDevice, g.indexToPatient(Eigen::Vector3d(i, j, k)), size);
        for (int dy = -2; dy <= 2; ++dy)
          for (int dx = -2; dx <= 2; ++dx) mask.set(int(p.x()) + dx, int(p.y()) + dy);
      }
  return mask;
}

struct Look {
  int notBackground = 0;
  int bone = 0;            // bone-coloured pixels
  int boneInMask = 0;      // ... where bone projects
  int maskLit = 0;         // mask pixels that are not background
  int boneLeftHalf = 0, boneRightHalf = 0, boneTopHalf = 0, boneBottomHalf = 0;
  double meanLuminanceInMask = 0;
  bool cornersBlack = true;
};

Look look(const QImage& image, const Mask& mask) {
  Look l;
  double sum = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QRgb c = image.pixel(x, y);
      const bool lit = luminance(c) > 8;
      l.notBackground += lit;
      if (mask.at(x, y)) {
        l.maskLit += lit;
        sum += luminance(c);
      }
      if (!boneColoured(c)) continue;
      ++l.bone;
      l.boneInMask += mask.at(x, y);
      (x < image.width() / 2 ? l.boneLeftHalf : l.boneRightHalf)++;
      (y < image.height() / 2 ? l.boneTopHalf : l.boneBottomHalf)++;
    }
  l.meanLuminanceInMask = mask.count() ? sum / mask.count() : 0;
  for (const QPoint corner : {QPoint(0, 0), QPoint(image.width() - 10, 0), QPoint(0, image.height() - 10),
                              QPoint(image.width() - 10, image.height() - 10)})
    for (int y = 0; y < 10; ++y)
      for (int x = 0; x < 10; ++x) l.cornersBlack = l.cornersBlack && luminance(image.pixel(corner + QPoint(x, y))) == 0;
  return l;
}

QString describe(const Look& l, int mask) {
  return QStringLiteral("lit %1, bone %2 (in mask %3), mask %4 (lit %5), halves L%6 R%7 T%8 B%9, corners black %10")
      .arg(l.notBackground).arg(l.bone).arg(l.boneInMask).arg(mask).arg(l.maskLit)
      .arg(l.boneLeftHalf).arg(l.boneRightHalf).arg(l.boneTopHalf).arg(l.boneBottomHalf).arg(l.cornersBlack);
}

}  // namespace

class TestVolumeRendering : public QObject {
  Q_OBJECT
  VolumeLoadOutcome m_ct;
  std::unique_ptr<VolumeScene> m_scene;
  QTemporaryDir m_tmp;
  QString m_keep;
  const QSize m_size{384, 384};

  void keep(const QImage& image, const QString& name) {
    if (!m_keep.isEmpty()) image.save(m_keep + '/' + name + ".png");
  }
  VolumeSnapshot snapshot(const QString& presetId, CameraView view, const QString& keepAs) {
    const auto preset = volumePreset("CT", presetId, "en");
    if (preset) m_scene->setPreset(*preset);
    VolumeSnapshot s = renderVolumeSnapshot(*m_scene, view, m_size);
    keep(s.image, keepAs);
    return s;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_keep = qEnvironmentVariable("YUNYUE_RENDER_KEEP");
    if (!m_keep.isEmpty()) QDir().mkpath(m_keep);
    const RenderingError display = checkRenderingDisplay();
    QVERIFY2(!display.isError(), qPrintable(display.message));
    const QString dir = qEnvironmentVariable("YUNYUE_TEST_DATA") + "/ct-head/1";
    QStringList files;
    for (const QString& name : QDir(dir).entryList({"*.dcm"}, QDir::Files)) files << dir + '/' + name;
    QCOMPARE(files.size(), 108);
    m_ct = loadVolume(files);
    QVERIFY2(m_ct.ok(), qPrintable(m_ct.error.message));
    m_scene = std::make_unique<VolumeScene>(m_ct.volume);
  }

  void presetsAreData() {
    const QList<VolumePreset> presets = volumePresets("CT", "zh_CN");
    QStringList ids;
    for (const VolumePreset& p : presets) ids << p.id;
    QCOMPARE(ids, (QStringList{"bone", "cta", "soft", "skin", "mip"}));
    QCOMPARE(presets.at(0).name, QStringLiteral("骨骼"));
    QCOMPARE(volumePreset("CT", "mip", "en")->blend, VolumeBlend::MaximumIntensity);
    QCOMPARE(volumePreset("CT", "bone", "en")->blend, VolumeBlend::Composite);
    QVERIFY(!volumePreset("CT", "lung", "en"));
    QVERIFY(volumePresets("XA", "en").isEmpty());
    // Bone is transparent at soft-tissue values and nearly opaque at cortical bone.
    const VolumePreset bone = *volumePreset("CT", "bone", "en");
    for (const OpacityPoint& p : bone.scalarOpacity) {
      if (p.x <= 100) QCOMPARE(p.opacity, 0.0);
      if (p.x >= 1000) QVERIFY(p.opacity >= 0.9);
    }
  }

  void boneShowsTheSkull_data() {
    QTest::addColumn<CameraView>("view");
    QTest::newRow("anterior") << CameraView::Anterior;
    QTest::newRow("left lateral") << CameraView::Left;
  }
  void boneShowsTheSkull() {
    QFETCH(CameraView, view);
    const VolumeSnapshot s = snapshot("bone", view, QStringLiteral("bone-%1").arg(QTest::currentDataTag()).replace(' ', '-'));
    QVERIFY2(s.ok(), qPrintable(s.error.message + " / " + s.error.detail));
    qInfo("OpenGL: %s", qPrintable(s.openGlRenderer));
    QCOMPARE(s.image.size(), m_size);
    const Mask skull = projectionOf(m_ct.volume, 300, s);
    const Look l = look(s.image, skull);
    const QString what = describe(l, skull.count());
    const int pixels = m_size.width() * m_size.height();
    // Not blank, and the background stays background.
    QVERIFY2(l.notBackground > pixels / 10, qPrintable(what));
    QVERIFY2(l.cornersBlack, qPrintable(what));
    // The skull is where bone projects, and bone-coloured.
    QVERIFY2(l.bone > pixels / 20, qPrintable(what));
    QVERIFY2(l.boneInMask >= l.bone * 95 / 100, qPrintable(what));
    QVERIFY2(l.bone >= skull.count() / 3, qPrintable(what));
    // Nothing lit far from bone: the skin and brain are transparent.
    QVERIFY2(l.maskLit >= l.notBackground * 90 / 100, qPrintable(what));

    // The camera stands where it says: head up; from the front the patient's
    // left is on the screen's right, from the left the face is on the screen's left.
    const Eigen::Vector3d c = m_scene->bounds().center();
    const Eigen::Vector2d centre = toPixel(s.worldToDevice, c, m_size);
    QVERIFY(toPixel(s.worldToDevice, c + Eigen::Vector3d(0, 0, 50), m_size).y() < centre.y() - 10);
    if (view == CameraView::Anterior)
      QVERIFY(toPixel(s.worldToDevice, c + Eigen::Vector3d(50, 0, 0), m_size).x() > centre.x() + 10);
    else
      QVERIFY(toPixel(s.worldToDevice, c + Eigen::Vector3d(0, -50, 0), m_size).x() < centre.x() - 10);
  }

  void mipIsBrighterThanSoftTissueOnBone() {
    const VolumeSnapshot mip = snapshot("mip", CameraView::Anterior, "mip-anterior");
    const VolumeSnapshot soft = snapshot("soft", CameraView::Anterior, "soft-anterior");
    QVERIFY(mip.ok() && soft.ok());
    const Mask dense = projectionOf(m_ct.volume, 700, mip);
    const Look m = look(mip.image, dense), t = look(soft.image, dense);
    const QString what = QStringLiteral("MIP %1, soft tissue %2 on %3 pixels of dense bone")
                             .arg(m.meanLuminanceInMask).arg(t.meanLuminanceInMask).arg(dense.count());
    QVERIFY2(dense.count() > 1000, qPrintable(what));
    QVERIFY2(m.meanLuminanceInMask > t.meanLuminanceInMask + 30, qPrintable(what));
    // MIP is grey, soft tissue is coloured: the presets really differ.
    const QRgb centre = mip.image.pixel(m_size.width() / 2, m_size.height() / 2);
    QVERIFY(std::abs(qRed(centre) - qBlue(centre)) < 8);
  }

  void clippingBoxRemovesOneSide() {
    const VolumeSnapshot whole = snapshot("bone", CameraView::Anterior, "bone-anterior-again");
    const Look before = look(whole.image, Mask(1, 1));
    // Keep the patient's right half (x below the centre; LPS +x is left).
    Eigen::AlignedBox3d box = m_scene->bounds();
    box.max().x() = box.center().x();
    m_scene->setClippingBox(box);
    QCOMPARE(m_scene->clippingPlaneCount(), 6);
    const VolumeSnapshot half = renderVolumeSnapshot(*m_scene, CameraView::Anterior, m_size);
    keep(half.image, "bone-anterior-right-half");
    m_scene->clearClippingBox();
    QCOMPARE(m_scene->clippingPlaneCount(), 0);
    const Look after = look(half.image, Mask(1, 1));
    const QString what = QStringLiteral("before L%1 R%2, after L%3 R%4")
                             .arg(before.boneLeftHalf).arg(before.boneRightHalf).arg(after.boneLeftHalf).arg(after.boneRightHalf);
    // Seen from the front the patient's left is the screen's right: gone.
    QVERIFY2(before.boneRightHalf > 1000, qPrintable(what));
    QVERIFY2(after.boneRightHalf < before.boneRightHalf / 50, qPrintable(what));
    QVERIFY2(after.boneLeftHalf > before.boneLeftHalf * 7 / 10, qPrintable(what));
  }

  void clippingPlaneKeepsTheSideItsNormalPointsTo() {
    const Eigen::Vector3d c = m_scene->bounds().center();
    m_scene->addClippingPlane(c, Eigen::Vector3d(0, 0, 1));  // keep the upper half of the head
    const VolumeSnapshot top = renderVolumeSnapshot(*m_scene, CameraView::Left, m_size);
    keep(top.image, "bone-left-upper-half");
    m_scene->clearClippingPlanes();
    const Look l = look(top.image, Mask(1, 1));
    // The plane through the centre projects onto the middle row, give or take perspective.
    QVERIFY2(l.boneTopHalf > 1000 && l.boneBottomHalf < l.boneTopHalf / 10,
             qPrintable(QStringLiteral("top %1, bottom %2").arg(l.boneTopHalf).arg(l.boneBottomHalf)));
  }

  void transferFunctionIsEditable() {
    m_scene->setPreset(*volumePreset("CT", "bone", "en"));
    const int count = int(m_scene->preset().scalarOpacity.size());
    const int added = m_scene->addOpacityPoint(500, 0.5);
    QCOMPARE(int(m_scene->preset().scalarOpacity.size()), count + 1);
    QCOMPARE(m_scene->preset().scalarOpacity.at(size_t(added)).x, 500.0);
    QVERIFY(std::is_sorted(m_scene->preset().scalarOpacity.begin(), m_scene->preset().scalarOpacity.end(),
                           [](const OpacityPoint& a, const OpacityPoint& b) { return a.x < b.x; }));
    QVERIFY(m_scene->removeOpacityPoint(added));
    QVERIFY(!m_scene->removeOpacityPoint(count));
    QVERIFY(!m_scene->moveOpacityPoint(-1, 0, 0));
    // Every point to zero opacity: nothing is drawn.
    for (int i = 0; i < count; ++i) QVERIFY(m_scene->moveOpacityPoint(i, m_scene->preset().scalarOpacity.at(size_t(i)).x, 0));
    const VolumeSnapshot empty = renderVolumeSnapshot(*m_scene, CameraView::Anterior, m_size);
    QCOMPARE(look(empty.image, Mask(1, 1)).notBackground, 0);
    // Colour points: bone painted pure green.
    m_scene->setPreset(*volumePreset("CT", "bone", "en"));
    while (m_scene->preset().colour.size() > 2) QVERIFY(m_scene->removeColourPoint(0));
    for (int i = 0; i < 2; ++i) QVERIFY(m_scene->moveColourPoint(i, {i == 0 ? -1000.0 : 3000.0, 0, 1, 0}));
    m_scene->addColourPoint({0, 0, 1, 0});
    QCOMPARE(int(m_scene->preset().colour.size()), 3);
    const VolumeSnapshot green = renderVolumeSnapshot(*m_scene, CameraView::Anterior, m_size);
    keep(green.image, "bone-green");
    // Specular highlights add white (all channels alike): red never exceeds green.
    int greenish = 0, reddish = 0;
    for (int y = 0; y < green.image.height(); ++y)
      for (int x = 0; x < green.image.width(); ++x) {
        const QRgb p = green.image.pixel(x, y);
        greenish += qGreen(p) > 60 && qRed(p) < 10 && qBlue(p) < 10;
        reddish += qRed(p) > qGreen(p) + 2;
      }
    QVERIFY2(greenish > 5000 && reddish == 0, qPrintable(QStringLiteral("%1 green, %2 red").arg(greenish).arg(reddish)));
    m_scene->setPreset(*volumePreset("CT", "bone", "en"));
  }

  void interactiveQualityIsCoarser() {
    vtkGPUVolumeRayCastMapper* m = m_scene->mapper();
    m_scene->setQuality(RenderQuality::Interactive);
    const float coarse = m->GetSampleDistance();
    QCOMPARE(m->GetImageSampleDistance(), 2.0f);
    m_scene->setQuality(RenderQuality::Full);
    QCOMPARE(m->GetImageSampleDistance(), 1.0f);
    QVERIFY(m->GetSampleDistance() * 3 < coarse);
    QVERIFY(m->GetSampleDistance() <= 0.5f);  // half the 0.957 mm pixel spacing
    QCOMPARE(m->GetAutoAdjustSampleDistances(), 0);
  }

  void boneSurfaceAndStl() {
    const Surface surface = extractSurface(m_ct.volume, SurfaceOptions{300, 15, 0.5});
    QVERIFY2(surface.ok(), qPrintable(surface.error.message));
    qInfo("surface at 300 HU: %lld triangles extracted, %lld after decimation", surface.extractedTriangles, surface.triangles);
    // A skull on a 256 x 256 x 108 grid: hundreds of thousands of triangles, halved.
    QVERIFY(surface.extractedTriangles > 100000 && surface.extractedTriangles < 5000000);
    QVERIFY2(surface.triangles > surface.extractedTriangles * 4 / 10 && surface.triangles < surface.extractedTriangles * 6 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(surface.triangles).arg(surface.extractedTriangles)));
    // Closed-ish: edges with one triangle only where the scan cuts the skull.
    vtkNew<vtkFeatureEdges> edges;
    edges->SetInputData(surface.polyData);
    edges->BoundaryEdgesOn();
    edges->NonManifoldEdgesOff();
    edges->FeatureEdgesOff();
    edges->ManifoldEdgesOff();
    edges->Update();
    const double boundary = double(edges->GetOutput()->GetNumberOfLines()) / (1.5 * double(surface.triangles));
    QVERIFY2(boundary < 0.02, qPrintable(QString::number(boundary)));
    // In patient mm, inside the scanned box, a head's width.
    double b[6];
    surface.polyData->GetBounds(b);
    const Eigen::AlignedBox3d box = m_scene->bounds();
    QVERIFY(b[0] >= box.min().x() - 1 && b[1] <= box.max().x() + 1 && b[4] >= box.min().z() - 1 && b[5] <= box.max().z() + 1);
    QVERIFY2(b[1] - b[0] > 120 && b[1] - b[0] < 250, qPrintable(QString::number(b[1] - b[0])));
    QVERIFY(surface.polyData->GetPointData()->GetNormals());

    const QString stl = m_tmp.filePath("skull.stl");
    const RenderingError written = writeStl(surface, stl);
    QVERIFY2(!written.isError(), qPrintable(written.message));
    QFile file(stl);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Binary STL: 80-byte header, a count, 50 bytes per triangle.
    QCOMPARE(file.size(), 84 + 50 * surface.triangles);
    vtkNew<vtkSTLReader> reader;
    reader->SetFileName(QFile::encodeName(stl).constData());
    reader->Update();
    QCOMPARE(reader->GetOutput()->GetNumberOfPolys(), surface.triangles);
  }

  void surfaceErrors() {
    const Surface none = extractSurface(m_ct.volume, SurfaceOptions{20000, 0, 0});
    QCOMPARE(none.error.code, RenderingErrorCode::EmptySurface);
    QVERIFY(none.error.message.contains("20000"));
    const Surface small = extractSurface(m_ct.volume, SurfaceOptions{1500, 0, 0.9});
    QVERIFY(small.ok());
    const QString path = m_tmp.filePath("no-such-directory/skull.stl");
    const RenderingError e = writeStl(small, path);
    QCOMPARE(e.code, RenderingErrorCode::UnwritableFile);
    QVERIFY2(e.message.contains(path), qPrintable(e.message));
    QVERIFY(!QFile::exists(path));
  }

  void volumeViewWidget() {
    VolumeView view;
    view.resize(400, 400);
    view.setVolume(m_ct.volume, "CT");
    QCOMPARE(view.presetIds(), (QStringList{"bone", "cta", "soft", "skin", "mip"}));
    QCOMPARE(view.presetId(), QStringLiteral("bone"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage bone = view.grabFramebuffer();
    keep(bone, "widget-bone");
    const Look l = look(bone, Mask(1, 1));
    QVERIFY2(l.bone > bone.width() * bone.height() / 20 && l.cornersBlack, qPrintable(describe(l, 0)));

    // Number key 5: the fifth preset (MIP), grey.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_5);
    QCOMPARE(view.presetId(), QStringLiteral("mip"));
    const QImage mip = view.grabFramebuffer();
    keep(mip, "widget-mip");
    const QRgb centre = mip.pixel(mip.width() / 2, mip.height() / 2);
    QVERIFY(std::abs(qRed(centre) - qBlue(centre)) < 8 && luminance(centre) > 40);
    QTest::keyClick(&view, Qt::Key_1);
    QCOMPARE(view.presetId(), QStringLiteral("bone"));

    // Dragging rotates at interactive quality; letting go restores full quality.
    vtkCamera* camera = view.renderer()->GetActiveCamera();
    double before[3];
    camera->GetPosition(before);
    const QPoint c(view.width() / 2, view.height() / 2);
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, c);
    QTest::mouseMove(&view, c + QPoint(40, 0));
    QCOMPARE(view.scene()->quality(), RenderQuality::Interactive);
    QTest::mouseMove(&view, c + QPoint(80, 0));
    keep(view.grabFramebuffer(), "widget-dragging");
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, c + QPoint(80, 0));
    QCOMPARE(view.scene()->quality(), RenderQuality::Full);
    double after[3];
    camera->GetPosition(after);
    QVERIFY(std::hypot(after[0] - before[0], after[1] - before[1], after[2] - before[2]) > 1);
    keep(view.grabFramebuffer(), "widget-rotated");

    // A shaded surface instead of the volume.
    const Surface surface = extractSurface(m_ct.volume, SurfaceOptions{300, 10, 0.8});
    view.showSurface(surface);
    view.setCameraView(CameraView::Anterior);
    QVERIFY(view.showsSurface());
    const QImage shaded = view.grabFramebuffer();
    keep(shaded, "widget-surface");
    QVERIFY(look(shaded, Mask(1, 1)).bone > shaded.width() * shaded.height() / 20);
    view.showVolume();
    QVERIFY(!view.showsSurface());
  }

  void cleanupTestCase() { m_scene.reset(); }
};

int main(int argc, char** argv) {
  QSurfaceFormat::setDefaultFormat(VtkOpenGLWidget::surfaceFormat());
  QApplication app(argc, argv);
  TestVolumeRendering test;
  return QTest::qExec(&test, argc, argv);
}
#include "test_volume_rendering.moc"
