#include "bench/VolumeLoadBenchItk.h"

#include <itkGDCMImageIO.h>
#include <itkGDCMSeriesFileNames.h>
#include <itkImage.h>
#include <itkImageSeriesReader.h>

ItkSeries readWithItk(const std::string& dir) {
  using Image = itk::Image<float, 3>;
  ItkSeries out;
  auto names = itk::GDCMSeriesFileNames::New();
  names->SetUseSeriesDetails(false);
  names->SetDirectory(dir);
  const std::vector<std::string>& uids = names->GetSeriesUIDs();
  if (uids.empty()) {
    out.error = "no DICOM series in " + dir;
    return out;
  }
  auto reader = itk::ImageSeriesReader<Image>::New();
  reader->SetImageIO(itk::GDCMImageIO::New());
  reader->SetFileNames(names->GetFileNames(uids.front()));
  try {
    reader->Update();
  } catch (const itk::ExceptionObject& e) {
    out.error = e.what();
    return out;
  }
  Image::Pointer image = reader->GetOutput();
  const auto size = image->GetLargestPossibleRegion().GetSize();
  for (unsigned a = 0; a < 3; ++a) {
    out.size[a] = int(size[a]);
    out.origin[a] = image->GetOrigin()[a];
  }
  out.voxels = image->GetBufferPointer();
  image->Register();  // released by the shared_ptr's deleter
  out.image = std::shared_ptr<void>(image.GetPointer(), [](void* p) { static_cast<Image*>(p)->UnRegister(); });
  return out;
}
