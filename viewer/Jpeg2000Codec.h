#pragma once
// JPEG 2000 decoding through OpenJPEG, for the transfer syntaxes JPEG 2000
// Image Compression (Lossless Only) 1.2.840.10008.1.2.4.90 and JPEG 2000
// Image Compression 1.2.840.10008.1.2.4.91 (PS3.5 A.4.4, 8.2.4). DCMTK 3.6.7
// has no JPEG 2000 codec of its own; this one joins DCMTK's codec registry,
// so DicomImage and DcmPixelData::getUncompressedFrame decode JPEG 2000
// frames like any other encapsulated syntax. The DCMTK and OpenJPEG bridges
// live in Jpeg2000Codec.cpp only.

#include <QString>

#include <cstddef>

namespace yunyue {

// The Image Pixel module values (PS3.3 C.7.6.3) a decoded frame must match.
struct Jpeg2000FrameLayout {
  int rows = 0;
  int columns = 0;
  int bitsAllocated = 16;  // 8, 16 or 32
  int bitsStored = 16;
};

// Decodes one JPEG 2000 codestream (a JP2 file is accepted too) holding one
// monochrome frame into `out`: rows * columns samples of bitsAllocated / 8
// bytes in native byte order, signed values in two's complement, the
// layout DCMTK gives for uncompressed frames. Thread-safe. Returns an empty
// string on success, otherwise what went wrong (technical English, for the
// error detail). Never writes to stderr.
QString decodeJpeg2000Frame(const unsigned char* codestream, size_t size, const Jpeg2000FrameLayout& layout,
                            void* out, size_t outBytes);

// Adds the decoder to DCMTK's codec registry; registerDicomDecoders() calls
// it once per process.
void registerJpeg2000Decoder();

}  // namespace yunyue
