#include "viewer/SurfaceExtraction.h"

#include "viewer/Volume.h"
#include "viewer/VolumeBridges.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <vtkCleanPolyData.h>
#include <vtkDecimatePro.h>
#include <vtkFlyingEdges3D.h>
#include <vtkImageData.h>
#include <vtkMarchingCubes.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPolyData.h>
#include <vtkPolyDataNormals.h>
#include <vtkQuadricDecimation.h>
#include <vtkSTLWriter.h>
#include <vtkTransform.h>
#include <vtkTransformPolyDataFilter.h>
#include <vtkWindowedSincPolyDataFilter.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSurface, "yunyue.viewer.surface")

namespace yunyue {
namespace {

// Flying edges (one pass per edge, multithreaded) is the fast path; marching
// cubes is kept for what flying edges leaves empty although the values cross
// the threshold.
vtkSmartPointer<vtkPolyData> isosurface(vtkImageData* image, double threshold) {
  vtkNew<vtkFlyingEdges3D> flying;
  flying->SetInputData(image);
  flying->SetValue(0, threshold);
  flying->ComputeNormalsOff();
  flying->ComputeGradientsOff();
  flying->ComputeScalarsOff();
  flying->Update();
  vtkSmartPointer<vtkPolyData> out = flying->GetOutput();
  if (out->GetNumberOfPolys() > 0) return out;
  double range[2];
  image->GetScalarRange(range);
  if (!(range[0] < threshold && threshold < range[1])) return out;
  qCInfo(lcSurface) << "flying edges found no surface, using marching cubes";
  vtkNew<vtkMarchingCubes> cubes;
  cubes->SetInputData(image);
  cubes->SetValue(0, threshold);
  cubes->ComputeNormalsOff();
  cubes->ComputeScalarsOff();
  cubes->Update();
  return cubes->GetOutput();
}

vtkSmartPointer<vtkPolyData> smoothed(vtkPolyData* mesh, int iterations) {
  if (iterations <= 0) return mesh;
  // Windowed sinc moves vertices without shrinking the surface (unlike
  // Laplacian smoothing): sizes measured on the model stay true.
  vtkNew<vtkWindowedSincPolyDataFilter> smooth;
  smooth->SetInputData(mesh);
  smooth->SetNumberOfIterations(iterations);
  smooth->SetPassBand(0.1);
  smooth->NormalizeCoordinatesOn();
  smooth->BoundarySmoothingOff();
  smooth->FeatureEdgeSmoothingOff();
  smooth->NonManifoldSmoothingOn();
  smooth->Update();
  return smooth->GetOutput();
}

vtkSmartPointer<vtkPolyData> decimated(vtkPolyData* mesh, double reduction) {
  if (reduction <= 0) return mesh;
  reduction = std::min(reduction, 0.95);
  const double target = double(mesh->GetNumberOfPolys()) * (1 - reduction);
  vtkNew<vtkQuadricDecimation> quadric;
  quadric->SetInputData(mesh);
  quadric->SetTargetReduction(reduction);
  quadric->Update();
  vtkSmartPointer<vtkPolyData> out = quadric->GetOutput();
  const double left = double(out->GetNumberOfPolys());
  if (left <= 1.1 * target) return out;
  // Quadric collapses stall on a CT isosurface full of small islands (noise,
  // the head holder's thin plate): finish with vtkDecimatePro, which may
  // change the topology of those islands but neither splits nor opens the mesh.
  qCInfo(lcSurface) << "quadric decimation stopped at" << left << "triangles, continuing with DecimatePro";
  vtkNew<vtkDecimatePro> pro;
  pro->SetInputData(out);
  pro->SetTargetReduction(1 - target / left);
  pro->PreserveTopologyOff();
  pro->SplittingOff();
  pro->BoundaryVertexDeletionOff();
  pro->SetMaximumError(VTK_DOUBLE_MAX);
  pro->Update();
  return pro->GetOutput();
}

// Grid (i·spacing) → patient LPS mm: the volume's direction and origin.
vtkSmartPointer<vtkPolyData> placed(vtkPolyData* mesh, const ImageGeometry& g) {
  vtkNew<vtkMatrix4x4> m;
  for (int r = 0; r < 3; ++r) {
    for (int c = 0; c < 3; ++c) m->SetElement(r, c, g.direction(r, c));
    m->SetElement(r, 3, g.origin[r]);
  }
  vtkNew<vtkTransform> transform;
  transform->SetMatrix(m);
  vtkNew<vtkTransformPolyDataFilter> move;
  move->SetInputData(mesh);
  move->SetTransform(transform);
  move->Update();
  return move->GetOutput();
}

// Coincident points merged and triangles that collapsed to a line or a
// point (decimation leaves some) dropped: what an STL reader would do, so
// the count we report is the count a printer's software finds.
vtkSmartPointer<vtkPolyData> withNormals(vtkPolyData* mesh) {
  vtkNew<vtkCleanPolyData> clean;
  clean->SetInputData(mesh);
  clean->PointMergingOn();
  clean->SetTolerance(0);
  clean->ConvertPolysToLinesOff();
  clean->ConvertLinesToPointsOff();
  clean->ConvertStripsToPolysOff();
  vtkNew<vtkPolyDataNormals> normals;
  normals->SetInputConnection(clean->GetOutputPort());
  normals->SetFeatureAngle(60);
  normals->ConsistencyOn();
  normals->SplittingOff();  // splitting would duplicate points and open the mesh
  normals->Update();
  return normals->GetOutput();
}

}  // namespace

Surface extractSurface(Volume& volume, const SurfaceOptions& options) {
  Surface surface;
  // The filters work on an axis-aligned grid at the origin (flying edges
  // ignores a direction matrix); the mesh is placed in LPS afterwards.
  vtkSmartPointer<vtkImageData> image = asVtkImage(volume);
  image->SetOrigin(0, 0, 0);
  image->SetDirectionMatrix(1, 0, 0, 0, 1, 0, 0, 0, 1);
  vtkSmartPointer<vtkPolyData> mesh = isosurface(image, options.thresholdHu);
  surface.extractedTriangles = mesh->GetNumberOfPolys();
  if (surface.extractedTriangles == 0) {
    surface.error.code = RenderingErrorCode::EmptySurface;
    surface.error.message = QCoreApplication::translate("yunyue::SurfaceExtraction", "No surface at %1 HU: no voxels cross that value")
                                .arg(options.thresholdHu);
    return surface;
  }
  // Decimation first, on the regular, manifold mesh flying edges makes
  // (quadric collapses stall on a smoothed one), then smoothing.
  mesh = decimated(mesh, options.decimation);
  mesh = smoothed(mesh, options.smoothingIterations);
  surface.polyData = withNormals(placed(mesh, volume.geometry()));
  surface.triangles = surface.polyData->GetNumberOfPolys();
  qCInfo(lcSurface) << "surface at" << options.thresholdHu << "HU:" << surface.extractedTriangles << "triangles,"
                    << surface.triangles << "after decimation";
  return surface;
}

RenderingError writeStl(const Surface& surface, const QString& path) {
  RenderingError e;
  auto unwritable = [&](const QString& why) {
    e.code = RenderingErrorCode::UnwritableFile;
    e.message = QCoreApplication::translate("yunyue::SurfaceExtraction", "Cannot write the surface to %1: %2").arg(path, why);
    e.detail = why;
    return e;
  };
  if (!surface.polyData) return unwritable(QCoreApplication::translate("yunyue::SurfaceExtraction", "there is no surface"));
  // Ask the file system first: VTK's writer only says that it failed.
  QFile probe(path);
  if (!probe.open(QIODevice::WriteOnly)) return unwritable(probe.errorString());
  probe.close();
  vtkNew<vtkSTLWriter> writer;
  writer->SetInputData(surface.polyData);
  writer->SetFileName(QFile::encodeName(path).constData());
  writer->SetFileTypeToBinary();
  if (writer->Write() != 1 || writer->GetErrorCode() != 0) {
    QFile::remove(path);
    return unwritable(QCoreApplication::translate("yunyue::SurfaceExtraction", "the disk may be full"));
  }
  return e;
}

}  // namespace yunyue
