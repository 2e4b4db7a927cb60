#include "cloudclient/MultipartStream.h"

namespace yunyue {
namespace {
// A part's header block larger than this is not a WADO-RS answer.
constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
}  // namespace

MultipartStreamParser::MultipartStreamParser(const QByteArray& boundary, Handler handler)
    : m_delimiter("\r\n--" + boundary), m_matcher(m_delimiter), m_handler(std::move(handler)) {
  // The first delimiter may open the body without a preceding CRLF.
  m_buffer = "\r\n";
}

bool MultipartStreamParser::fail(const QString& why) {
  m_state = State::Failed;
  m_error = why;
  return false;
}

bool MultipartStreamParser::feed(QByteArrayView chunk) {
  if (m_state == State::Failed) return false;
  if (m_state == State::Done) return true;
  m_buffer.append(chunk.data(), chunk.size());
  while (step()) {
  }
  // Drop what was consumed once per chunk, not once per step.
  m_buffer.remove(0, m_consumed);
  m_consumed = 0;
  return m_state != State::Failed;
}

bool MultipartStreamParser::step() {
  const qsizetype available = m_buffer.size() - m_consumed;
  const char* data = m_buffer.constData() + m_consumed;
  switch (m_state) {
    case State::Preamble: {
      const qsizetype at = m_matcher.indexIn(m_buffer, m_consumed);
      if (at < 0) {
        // Keep only a tail that could start the delimiter.
        m_consumed = std::max(m_consumed, m_buffer.size() - m_delimiter.size() + 1);
        if (m_buffer.size() > kMaxHeaderBytes * 4) return fail(QStringLiteral("no boundary in the first %1 bytes").arg(m_buffer.size()));
        return false;
      }
      m_consumed = at + m_delimiter.size();
      m_state = State::AfterDelimiter;
      return true;
    }
    case State::AfterDelimiter: {
      if (available < 2) return false;
      if (data[0] == '-' && data[1] == '-') {
        m_state = State::Done;
        m_consumed = m_buffer.size();
        return false;
      }
      // Transport padding (spaces, tabs) may follow a delimiter.
      qsizetype i = 0;
      while (i < available && (data[i] == ' ' || data[i] == '\t')) ++i;
      if (available - i < 2) return false;
      if (data[i] != '\r' || data[i + 1] != '\n') return fail(QStringLiteral("garbage after a boundary delimiter"));
      m_consumed += i + 2;
      m_state = State::Headers;
      return true;
    }
    case State::Headers: {
      const QByteArrayView rest(data, available);
      qsizetype end = rest.indexOf(QByteArrayView("\r\n\r\n"));
      qsizetype headerBytes = end;
      qsizetype skip = 4;
      if (rest.startsWith(QByteArrayView("\r\n"))) {  // a part without headers
        end = 0;
        headerBytes = 0;
        skip = 2;
      }
      if (end < 0) {
        if (available > kMaxHeaderBytes) return fail(QStringLiteral("part header larger than %1 bytes").arg(kMaxHeaderBytes));
        return false;
      }
      const QByteArray headers(data, headerBytes);
      m_consumed += headerBytes + skip;
      ++m_parts;
      m_state = State::Body;
      if (m_handler.partBegin && !m_handler.partBegin(headers)) return fail(QStringLiteral("part %1 refused").arg(m_parts));
      return true;
    }
    case State::Body: {
      const qsizetype at = m_matcher.indexIn(m_buffer, m_consumed);
      if (at < 0) {
        // Hand on all but a tail that could be the start of the delimiter.
        const qsizetype safe = available - (m_delimiter.size() - 1);
        if (safe > 0) {
          if (m_handler.partData && !m_handler.partData(QByteArrayView(data, safe)))
            return fail(QStringLiteral("part %1 could not be stored").arg(m_parts));
          m_consumed += safe;
        }
        return false;
      }
      if (at > m_consumed && m_handler.partData &&
          !m_handler.partData(QByteArrayView(data, at - m_consumed)))
        return fail(QStringLiteral("part %1 could not be stored").arg(m_parts));
      m_consumed = at + m_delimiter.size();
      m_state = State::AfterDelimiter;
      if (m_handler.partEnd && !m_handler.partEnd()) return fail(QStringLiteral("part %1 could not be completed").arg(m_parts));
      return true;
    }
    case State::Done:
    case State::Failed:
      return false;
  }
  return false;
}

}  // namespace yunyue
