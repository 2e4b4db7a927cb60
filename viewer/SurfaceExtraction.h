#pragma once
// Shaded surface display: the isosurface of a Volume at a threshold (HU),
// optionally smoothed and decimated, with normals, and its export as a
// binary STL file (3D printing, surgical planning). No widgets.

#include "viewer/RenderingError.h"

#include <QString>

#include <vtkSmartPointer.h>

class vtkPolyData;

namespace yunyue {

class Volume;

struct SurfaceOptions {
  double thresholdHu = 300;     // bone: above cancellous bone's lower end
  int smoothingIterations = 15; // windowed-sinc passes; 0: none
  double decimation = 0.5;      // share of triangles removed, 0 (none) to 0.95
};

struct Surface {
  vtkSmartPointer<vtkPolyData> polyData;  // triangles in patient LPS mm, with point normals
  long long extractedTriangles = 0;       // before decimation
  long long triangles = 0;                // as delivered
  RenderingError error;
  bool ok() const { return !error.isError(); }
};

// vtkFlyingEdges3D over the volume (marching cubes where flying edges finds
// nothing to do although values cross the threshold), then
// vtkQuadricDecimation, vtkWindowedSincPolyDataFilter and vtkPolyDataNormals.
// EmptySurface when no voxel crosses the threshold.
Surface extractSurface(Volume& volume, const SurfaceOptions& options = {});

// Writes the surface as binary STL (coordinates in mm); UnwritableFile with
// the reason when the file cannot be written.
RenderingError writeStl(const Surface& surface, const QString& path);

}  // namespace yunyue
