#pragma once
// Incremental parser of multipart/related bodies (RFC 2046 5.1, RFC 2387) as
// WADO-RS streams DICOM instances: fed network chunks of any size, it hands
// each part's bytes on as they arrive, so a series is never held in memory.
// A delimiter split across chunks is found all the same.

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace yunyue {

class MultipartStreamParser {
 public:
  struct Handler {
    // A part starts; its header block (Content-Type etc.) is given raw.
    std::function<bool(const QByteArray& headers)> partBegin;
    // More of the current part's body. Returning false stops the parser
    // (e.g. the disk is full); error() then says so.
    std::function<bool(QByteArrayView data)> partData;
    std::function<bool()> partEnd;
  };

  MultipartStreamParser(const QByteArray& boundary, Handler handler);

  // Feeds the next chunk; false once the body is malformed or a handler
  // refused (see error()). Bytes after the close delimiter are ignored.
  bool feed(QByteArrayView chunk);
  // The close delimiter was seen: every part is complete.
  bool isComplete() const { return m_state == State::Done; }
  int partCount() const { return m_parts; }
  QString error() const { return m_error; }
  // Bytes held back while looking for a delimiter: bounded by the
  // delimiter's length (plus a header block), never by the part's size.
  qsizetype bufferedBytes() const { return m_buffer.size(); }

 private:
  enum class State { Preamble, AfterDelimiter, Headers, Body, Done, Failed };
  bool fail(const QString& why);
  bool step();  // consumes what it can from m_buffer; false when it needs more

  QByteArray m_delimiter;  // "\r\n--boundary": what ends a body
  QByteArrayMatcher m_matcher;
  Handler m_handler;
  State m_state = State::Preamble;
  QByteArray m_buffer;
  qsizetype m_consumed = 0;
  int m_parts = 0;
  QString m_error;
};

}  // namespace yunyue
