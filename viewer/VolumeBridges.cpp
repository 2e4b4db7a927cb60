#include "viewer/VolumeBridges.h"

#include "viewer/Volume.h"

#include <itkImage.h>
#include <itkImportImageContainer.h>
#include <vtkFloatArray.h>
#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkSmartPointer.h>

namespace yunyue {

itk::SmartPointer<itk::Image<float, 3>> asItkImage(Volume& volume) {
  using Image = itk::Image<float, 3>;
  const ImageGeometry& g = volume.geometry();
  auto image = Image::New();
  Image::RegionType region;
  Image::SpacingType spacing;
  Image::PointType origin;
  Image::DirectionType direction;
  for (unsigned a = 0; a < 3; ++a) {
    region.SetIndex(a, 0);
    region.SetSize(a, itk::SizeValueType(g.size[int(a)]));
    spacing[a] = g.spacing[int(a)];
    origin[a] = g.origin[int(a)];
    for (unsigned b = 0; b < 3; ++b) direction(a, b) = g.direction(int(a), int(b));  // columns: axis directions, as ours
  }
  image->SetRegions(region);
  image->SetSpacing(spacing);
  image->SetOrigin(origin);
  image->SetDirection(direction);
  // ITK's buffer order (i fastest, then j, then k) is the volume's.
  auto container = Image::PixelContainer::New();
  container->SetImportPointer(volume.data(), Image::PixelContainer::ElementIdentifier(volume.voxelCount()),
                              /*LetContainerManageMemory=*/false);
  image->SetPixelContainer(container);
  return image;
}

vtkSmartPointer<vtkImageData> asVtkImage(Volume& volume) {
  const ImageGeometry& g = volume.geometry();
  auto scalars = vtkSmartPointer<vtkFloatArray>::New();
  scalars->SetName("ImageScalars");
  scalars->SetNumberOfComponents(1);
  scalars->SetArray(volume.data(), vtkIdType(volume.voxelCount()), /*save=*/1);
  auto image = vtkSmartPointer<vtkImageData>::New();
  image->SetDimensions(g.size.x(), g.size.y(), g.size.z());
  image->SetSpacing(g.spacing.x(), g.spacing.y(), g.spacing.z());
  image->SetOrigin(g.origin.x(), g.origin.y(), g.origin.z());
  double direction[9];
  for (int a = 0; a < 3; ++a)
    for (int b = 0; b < 3; ++b) direction[a * 3 + b] = g.direction(a, b);  // row-major
  image->SetDirectionMatrix(direction);
  image->GetPointData()->SetScalars(scalars);
  return image;
}

}  // namespace yunyue
