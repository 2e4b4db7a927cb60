#include "viewer/Jpeg2000Codec.h"

#include <QLoggingCategory>

#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcerror.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcstack.h>
#include <dcmtk/dcmdata/dcswap.h>
#include <dcmtk/dcmdata/dcvrpobw.h>

#include <openjpeg.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

// Off by default: OpenJPEG's warnings about odd but decodable streams are
// for whoever debugs a file, not for every slice of every series.
Q_LOGGING_CATEGORY(lcJpeg2000, "yunyue.viewer.jpeg2000", QtWarningMsg)

namespace yunyue {
namespace {

// ---------------------------------------------------------------------------
// OpenJPEG side: one codestream in memory -> samples.

// OpenJPEG reads through callbacks; this is the memory they read from.
struct MemorySource {
  const unsigned char* data = nullptr;
  OPJ_SIZE_T size = 0;
  OPJ_SIZE_T position = 0;
};

OPJ_SIZE_T readSource(void* buffer, OPJ_SIZE_T bytes, void* user) {
  auto* s = static_cast<MemorySource*>(user);
  const OPJ_SIZE_T n = std::min(bytes, s->size - s->position);
  if (n == 0) return OPJ_SIZE_T(-1);  // end of stream, in OpenJPEG's words
  std::memcpy(buffer, s->data + s->position, n);
  s->position += n;
  return n;
}

OPJ_OFF_T skipSource(OPJ_OFF_T bytes, void* user) {
  auto* s = static_cast<MemorySource*>(user);
  const OPJ_OFF_T from = OPJ_OFF_T(s->position);
  const OPJ_OFF_T to = std::clamp<OPJ_OFF_T>(from + bytes, 0, OPJ_OFF_T(s->size));
  s->position = OPJ_SIZE_T(to);
  return to - from;
}

OPJ_BOOL seekSource(OPJ_OFF_T position, void* user) {
  auto* s = static_cast<MemorySource*>(user);
  if (position < 0 || OPJ_SIZE_T(position) > s->size) return OPJ_FALSE;
  s->position = OPJ_SIZE_T(position);
  return OPJ_TRUE;
}

// OpenJPEG's messages, collected per decode (its default handlers print to
// stderr): errors go into the failure detail, warnings only to the debug log.
struct Messages {
  std::string errors;
  std::string warnings;
};

void appendMessage(std::string& to, const char* message) {
  if (!message) return;
  std::string m(message);
  while (!m.empty() && (m.back() == '\n' || m.back() == '\r')) m.pop_back();
  if (m.empty()) return;
  if (!to.empty()) to += "; ";
  to += m;
}

void onError(const char* message, void* user) { appendMessage(static_cast<Messages*>(user)->errors, message); }
void onWarning(const char* message, void* user) { appendMessage(static_cast<Messages*>(user)->warnings, message); }
void onInfo(const char*, void*) {}

struct CodecDeleter {
  void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct StreamDeleter {
  void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct ImageDeleter {
  void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};

// A JP2 file starts with its signature box (ISO/IEC 15444-1 I.5.1); a bare
// codestream with SOC, FF4F. PS3.5 A.4.4 asks for the bare codestream, but
// some writers wrap it.
bool isJp2File(const unsigned char* data, size_t size) {
  static const unsigned char signature[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20};
  return size >= sizeof(signature) && std::memcmp(data, signature, sizeof(signature)) == 0;
}

// A fragment that opens a new frame: SOC followed by SIZ (ISO/IEC 15444-1
// A.4.1, A.5.1), or a JP2 signature. Entropy-coded data never holds FF4F.
bool startsCodestream(const unsigned char* data, size_t size) {
  static const unsigned char socSiz[] = {0xFF, 0x4F, 0xFF, 0x51};
  return (size >= sizeof(socSiz) && std::memcmp(data, socSiz, sizeof(socSiz)) == 0) || isJp2File(data, size);
}

template <typename Sample>
void storeSamples(const OPJ_INT32* in, size_t count, void* out) {
  auto* o = static_cast<Sample*>(out);
  // Two's complement truncation keeps signed values as DICOM stores them.
  for (size_t i = 0; i < count; ++i) o[i] = Sample(uint32_t(in[i]));
}

QString message(const char* what, const Messages& m) {
  QString text = QString::fromLatin1(what);
  if (!m.errors.empty()) text += QStringLiteral(": ") + QString::fromStdString(m.errors);
  return text;
}

// ---------------------------------------------------------------------------
// DCMTK side: the frame's fragments, and the codec DCMTK calls.

int intOf(DcmItem* item, const DcmTagKey& tag, int fallback) {
  if (!item) return fallback;
  Uint16 u = 0;
  if (item->findAndGetUint16(tag, u).good()) return int(u);
  Sint32 s = 0;
  if (item->findAndGetSint32(tag, s).good()) return int(s);
  return fallback;
}

Jpeg2000FrameLayout layoutOf(DcmItem* dataset) {
  Jpeg2000FrameLayout l;
  l.rows = intOf(dataset, DCM_Rows, 0);
  l.columns = intOf(dataset, DCM_Columns, 0);
  l.bitsAllocated = intOf(dataset, DCM_BitsAllocated, 16);
  l.bitsStored = intOf(dataset, DCM_BitsStored, l.bitsAllocated);
  return l;
}

size_t frameBytesOf(const Jpeg2000FrameLayout& l) {
  return size_t(std::max(0, l.rows)) * size_t(std::max(0, l.columns)) * size_t(std::max(0, l.bitsAllocated) / 8);
}

OFCondition failure(const QString& detail) {
  qCDebug(lcJpeg2000) << detail;
  return makeOFCondition(OFM_dcmjp2k, 1, OF_error, detail.toStdString().c_str());
}

struct Fragment {
  const unsigned char* data = nullptr;
  size_t size = 0;
};

bool fragmentAt(DcmPixelSequence* sequence, unsigned long index, Fragment& out) {
  DcmPixelItem* item = nullptr;
  if (sequence->getItem(item, index).bad() || !item) return false;
  Uint8* data = nullptr;
  if (item->getUint8Array(data).bad()) return false;
  out.data = data;
  out.size = data ? item->getLength() : 0;
  return true;
}

// The first fragment of frame `frameNo` when DCMTK's determineStartFragment
// cannot tell (several fragments per frame and an empty Basic Offset Table,
// PS3.5 A.4): the (frameNo + 1)-th fragment that opens a codestream.
bool findStartByMarker(DcmPixelSequence* sequence, Uint32 frameNo, Uint32& start) {
  Uint32 seen = 0;
  for (unsigned long i = 1; i < sequence->card(); ++i) {
    Fragment f;
    if (!fragmentAt(sequence, i, f)) return false;
    if (startsCodestream(f.data, f.size) && seen++ == frameNo) {
      start = Uint32(i);
      return true;
    }
  }
  return false;
}

// Decodes frame `frameNo` into `buffer`; `startFragment` (0: unknown) comes
// in as the caller's guess and goes out as the next frame's first fragment.
OFCondition decodeOneFrame(DcmPixelSequence* sequence, DcmItem* dataset, Uint32 frameNo, Uint32& startFragment,
                           void* buffer, size_t bufferBytes) {
  if (!sequence || !dataset) return failure(QStringLiteral("JPEG 2000: no pixel sequence or dataset"));
  const Jpeg2000FrameLayout layout = layoutOf(dataset);
  const int frames = std::max(1, intOf(dataset, DCM_NumberOfFrames, 1));
  if (frameNo >= Uint32(frames))
    return failure(QStringLiteral("JPEG 2000: frame %1 of %2 requested").arg(frameNo + 1).arg(frames));
  const unsigned long items = sequence->card();
  if (startFragment == 0 || startFragment >= items) {
    startFragment = 0;
    if (frames == 1) startFragment = 1;  // item 0 is the Basic Offset Table
    else if (DcmCodec::determineStartFragment(frameNo, frames, sequence, startFragment).bad() &&
             !findStartByMarker(sequence, frameNo, startFragment))
      return failure(QStringLiteral("JPEG 2000: frame %1 not found among %2 fragments").arg(frameNo + 1).arg(items - 1));
  }
  // The frame's fragments: to the end for a single frame, else up to the next codestream.
  Fragment first;
  if (startFragment >= items || !fragmentAt(sequence, startFragment, first) || first.size == 0)
    return failure(QStringLiteral("JPEG 2000: frame %1 has no data").arg(frameNo + 1));
  unsigned long end = startFragment + 1;
  std::vector<unsigned char> joined;
  for (; end < items; ++end) {
    Fragment next;
    if (!fragmentAt(sequence, end, next)) return failure(QStringLiteral("JPEG 2000: fragment %1 unreadable").arg(end));
    if (frames > 1 && startsCodestream(next.data, next.size)) break;
    if (joined.empty()) joined.assign(first.data, first.data + first.size);
    joined.insert(joined.end(), next.data, next.data + next.size);
  }
  startFragment = Uint32(end);
  const QString error = joined.empty()
                            ? decodeJpeg2000Frame(first.data, first.size, layout, buffer, bufferBytes)
                            : decodeJpeg2000Frame(joined.data(), joined.size(), layout, buffer, bufferBytes);
  // Frames counted from 1, as the viewer's messages do.
  if (!error.isEmpty())
    return failure(frames > 1 ? QStringLiteral("frame %1 of %2: %3").arg(frameNo + 1).arg(frames).arg(error) : error);
  return EC_Normal;
}

// DCMTK's registry wants a parameter object; the decoder has no settings.
class Jpeg2000DecoderParameter : public DcmCodecParameter {
 public:
  DcmCodecParameter* clone() const override { return new Jpeg2000DecoderParameter(*this); }
  const char* className() const override { return "Jpeg2000DecoderParameter"; }
};

// Decoding only: the two JPEG 2000 syntaxes to any native one.
class Jpeg2000Decoder : public DcmCodec {
 public:
  OFCondition decode(const DcmRepresentationParameter*, DcmPixelSequence* pixSeq, DcmPolymorphOBOW& uncompressed,
                     const DcmCodecParameter*, const DcmStack& objStack, OFBool& removeOldRep) const override {
    // The item holding the pixel data sits below it on the stack.
    DcmStack stack(objStack);
    stack.pop();
    DcmObject* parent = stack.pop();
    if (!parent || (parent->ident() != EVR_dataset && parent->ident() != EVR_item))
      return failure(QStringLiteral("JPEG 2000: pixel data outside a dataset"));
    auto* dataset = static_cast<DcmItem*>(parent);
    const size_t frameBytes = frameBytesOf(layoutOf(dataset));
    const int frames = std::max(1, intOf(dataset, DCM_NumberOfFrames, 1));
    const size_t total = frameBytes * size_t(frames);
    if (frameBytes == 0 || total >= 0xFFFFFFFEu) return failure(QStringLiteral("JPEG 2000: bad image size"));
    Uint16* words = nullptr;
    OFCondition c = uncompressed.createUint16Array(Uint32((total + 1) / 2), words);
    if (c.bad()) return c;
    auto* bytes = reinterpret_cast<unsigned char*>(words);
    if (total % 2) bytes[total] = 0;
    Uint32 fragment = 0;
    for (int f = 0; f < frames && c.good(); ++f)
      c = decodeOneFrame(pixSeq, dataset, Uint32(f), fragment, bytes + size_t(f) * frameBytes, frameBytes);
    if (c.bad()) return c;
    // DCMTK keeps 8-bit samples in its word array in little-endian byte order.
    if (layoutOf(dataset).bitsAllocated == 8)
      c = swapIfNecessary(gLocalByteOrder, EBO_LittleEndian, words, Uint32(total + total % 2), sizeof(Uint16));
    removeOldRep = OFFalse;
    return c;
  }

  OFCondition decodeFrame(const DcmRepresentationParameter*, DcmPixelSequence* fromPixSeq, const DcmCodecParameter*,
                          DcmItem* dataset, Uint32 frameNo, Uint32& startFragment, void* buffer, Uint32 bufSize,
                          OFString& decompressedColorModel) const override {
    const OFCondition c = decodeOneFrame(fromPixSeq, dataset, frameNo, startFragment, buffer, bufSize);
    if (c.good()) dataset->findAndGetOFString(DCM_PhotometricInterpretation, decompressedColorModel);
    return c;
  }

  OFCondition encode(const Uint16*, const Uint32, const DcmRepresentationParameter*, DcmPixelSequence*&,
                     const DcmCodecParameter*, DcmStack&, OFBool&) const override {
    return EC_IllegalCall;
  }
  OFCondition encode(const E_TransferSyntax, const DcmRepresentationParameter*, DcmPixelSequence*,
                     const DcmRepresentationParameter*, DcmPixelSequence*&, const DcmCodecParameter*, DcmStack&,
                     OFBool&) const override {
    return EC_IllegalCall;
  }

  OFBool canChangeCoding(const E_TransferSyntax oldRepType, const E_TransferSyntax newRepType) const override {
    const bool fromJpeg2000 = oldRepType == EXS_JPEG2000LosslessOnly || oldRepType == EXS_JPEG2000;
    return fromJpeg2000 && DcmXfer(newRepType).isNotEncapsulated();
  }

  // Monochrome frames decode to what the header says; colour (YBR_RCT,
  // YBR_ICT) is refused by the viewer before decoding.
  OFCondition determineDecompressedColorModel(const DcmRepresentationParameter*, DcmPixelSequence*,
                                              const DcmCodecParameter*, DcmItem* dataset,
                                              OFString& decompressedColorModel) const override {
    if (!dataset) return EC_IllegalParameter;
    return dataset->findAndGetOFString(DCM_PhotometricInterpretation, decompressedColorModel);
  }
};

}  // namespace

QString decodeJpeg2000Frame(const unsigned char* codestream, size_t size, const Jpeg2000FrameLayout& layout, void* out,
                            size_t outBytes) {
  const size_t count = size_t(std::max(0, layout.rows)) * size_t(std::max(0, layout.columns));
  const int sampleBytes = layout.bitsAllocated / 8;
  if (count == 0 || (sampleBytes != 1 && sampleBytes != 2 && sampleBytes != 4))
    return QStringLiteral("JPEG 2000: unsupported layout %1x%2, BitsAllocated %3")
        .arg(layout.rows).arg(layout.columns).arg(layout.bitsAllocated);
  if (outBytes < count * size_t(sampleBytes))
    return QStringLiteral("JPEG 2000: output buffer of %1 bytes, %2 needed")
        .arg(outBytes).arg(count * size_t(sampleBytes));
  if (!codestream || size == 0) return QStringLiteral("JPEG 2000: empty codestream");

  Messages messages;
  const OPJ_CODEC_FORMAT format = isJp2File(codestream, size) ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K;
  std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(format));
  if (!codec) return QStringLiteral("JPEG 2000: cannot create a decoder");
  opj_set_error_handler(codec.get(), onError, &messages);
  opj_set_warning_handler(codec.get(), onWarning, &messages);
  opj_set_info_handler(codec.get(), onInfo, &messages);
  opj_dparameters_t parameters;
  opj_set_default_decoder_parameters(&parameters);
  if (!opj_setup_decoder(codec.get(), &parameters)) return message("JPEG 2000: decoder setup failed", messages);
  // Without strict mode OpenJPEG returns what it could decode of a truncated
  // codestream: a wrong image, not an error.
  opj_decoder_set_strict_mode(codec.get(), OPJ_TRUE);

  MemorySource source{codestream, size, 0};
  std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
  if (!stream) return QStringLiteral("JPEG 2000: cannot create a stream");
  opj_stream_set_user_data(stream.get(), &source, nullptr);
  opj_stream_set_user_data_length(stream.get(), size);
  opj_stream_set_read_function(stream.get(), readSource);
  opj_stream_set_skip_function(stream.get(), skipSource);
  opj_stream_set_seek_function(stream.get(), seekSource);

  opj_image_t* raw = nullptr;
  if (!opj_read_header(stream.get(), codec.get(), &raw)) {
    opj_image_destroy(raw);
    return message("JPEG 2000: unreadable codestream header", messages);
  }
  std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
  if (image->numcomps != 1)
    return QStringLiteral("JPEG 2000: %1 components (colour); only monochrome is supported").arg(image->numcomps);
  if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
    return message("JPEG 2000: corrupt or truncated codestream", messages);
  if (!messages.warnings.empty()) qCDebug(lcJpeg2000) << "OpenJPEG:" << messages.warnings.c_str();

  const opj_image_comp_t& c = image->comps[0];
  if (!c.data) return message("JPEG 2000: no samples decoded", messages);
  if (int(c.w) != layout.columns || int(c.h) != layout.rows)
    return QStringLiteral("JPEG 2000: codestream is %1x%2, the header says %3x%4")
        .arg(c.h).arg(c.w).arg(layout.rows).arg(layout.columns);
  if (int(c.prec) > layout.bitsAllocated)
    return QStringLiteral("JPEG 2000: %1-bit samples do not fit BitsAllocated %2").arg(c.prec).arg(layout.bitsAllocated);
  if (int(c.prec) != layout.bitsStored)
    qCDebug(lcJpeg2000) << "codestream precision" << c.prec << "BitsStored" << layout.bitsStored;
  switch (sampleBytes) {
    case 1: storeSamples<uint8_t>(c.data, count, out); break;
    case 2: storeSamples<uint16_t>(c.data, count, out); break;
    default: storeSamples<uint32_t>(c.data, count, out); break;
  }
  return {};
}

void registerJpeg2000Decoder() {
  // Lives as long as the process: DCMTK's registry keeps the pointer.
  static const Jpeg2000Decoder decoder;
  static const Jpeg2000DecoderParameter parameter;
  const OFCondition c = DcmCodecList::registerCodec(&decoder, nullptr, &parameter);
  if (c.bad()) qCWarning(lcJpeg2000) << "cannot register the JPEG 2000 decoder:" << c.text();
}

}  // namespace yunyue
