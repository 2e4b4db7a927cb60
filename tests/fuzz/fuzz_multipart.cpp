// libFuzzer target: multipart/related bodies as WADO-RS streams them
// (RFC 2046 5.1, RFC 2387). The input's first bytes choose the boundary and
// how the rest is cut into network chunks, so delimiters split across chunk
// edges are exercised; the whole-body parser gets the same bytes.

#include "cloudclient/MultipartRelated.h"
#include "cloudclient/MultipartStream.h"
#include "FuzzInput.h"

#include <cstddef>
#include <cstdint>

namespace {

// Layout: byte 0 = boundary length L (mod 71, RFC 2046 allows 1..70),
// bytes 1..L = boundary, next 8 bytes = chunk-size seeds (1..256 each,
// used round-robin), the rest = the body.
struct Input {
  QByteArray boundary;
  QByteArray chunkSeeds;
  QByteArray body;
};

Input split(const QByteArray& raw) {
  Input in;
  if (raw.isEmpty()) return in;
  const int boundaryLength = static_cast<unsigned char>(raw[0]) % 71;
  in.boundary = raw.mid(1, boundaryLength);
  in.chunkSeeds = raw.mid(1 + boundaryLength, 8);
  in.body = raw.mid(1 + boundaryLength + 8);
  return in;
}

void feedInChunks(const Input& in) {
  qint64 bytesSeen = 0;
  yunyue::MultipartStreamParser::Handler handler;
  handler.partBegin = [](const QByteArray& headers) { return !yunyue::partContentType(headers).contains("refuse"); };
  handler.partData = [&bytesSeen](QByteArrayView data) {
    bytesSeen += data.size();
    return true;
  };
  handler.partEnd = [] { return true; };
  yunyue::MultipartStreamParser parser(in.boundary, handler);
  qsizetype at = 0;
  int round = 0;
  while (at < in.body.size()) {
    const int seed = in.chunkSeeds.isEmpty() ? 255 : static_cast<unsigned char>(in.chunkSeeds[round % in.chunkSeeds.size()]);
    const qsizetype length = qMin<qsizetype>(seed + 1, in.body.size() - at);
    if (!parser.feed(QByteArrayView(in.body.constData() + at, length))) break;
    // The parser promises to hold back about a delimiter and a header block
    // (16 KiB), never a part's body: a pull must not hold a series in memory.
    if (parser.bufferedBytes() > in.boundary.size() + 16 * 1024 + 2 * length + 16) __builtin_trap();
    at += length;
    ++round;
  }
  (void)parser.isComplete();
  (void)parser.error();
  (void)parser.partCount();
}

void parseWhole(const Input& in) {
  const QByteArray contentType = "multipart/related; type=\"application/dicom\"; boundary=\"" + in.boundary + '"';
  QList<yunyue::MultipartPart> parts;
  yunyue::CloudError error;
  (void)yunyue::parseMultipartRelated(contentType, in.body, &parts, &error);
  // The Content-Type parsing itself takes outside bytes too.
  (void)yunyue::multipartBoundary(in.body.left(200));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  yunyue::fuzz::silenceLogs();
  const Input in = split(yunyue::fuzz::toByteArray(data, size));
  feedInChunks(in);
  parseWhole(in);
  return 0;
}
