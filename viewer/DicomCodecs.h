#pragma once
// DCMTK's decoders (JPEG baseline/extended/lossless, JPEG-LS, RLE) and ours
// for JPEG 2000 (OpenJPEG; deflate and the uncompressed syntaxes need none)
// live in global registries: every decoding file of the viewer calls this
// first. Thread-safe, once per process.

namespace yunyue {

void registerDicomDecoders();

}  // namespace yunyue
