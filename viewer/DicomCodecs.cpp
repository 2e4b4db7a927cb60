#include "viewer/DicomCodecs.h"

#include "viewer/Jpeg2000Codec.h"

#include <mutex>

#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>

namespace yunyue {

void registerDicomDecoders() {
  static std::once_flag once;
  std::call_once(once, [] {
    DJDecoderRegistration::registerCodecs();
    DJLSDecoderRegistration::registerCodecs();
    DcmRLEDecoderRegistration::registerCodecs();
    registerJpeg2000Decoder();  // DCMTK 3.6.7 has none; OpenJPEG
  });
}

}  // namespace yunyue
