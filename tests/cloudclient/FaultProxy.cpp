#include "tests/cloudclient/FaultProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <optional>
#include <utility>

namespace yunyue::test {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;     // a longer request or response head is refused
constexpr qint64 kSocketBufferBytes = 256 * 1024;  // per socket: bounds memory, lets TCP push back
constexpr qint64 kMaxBacklogBytes = 1024 * 1024;   // stop reading one side while the other lags this much
constexpr qint64 kUnknownLengthCut = 64 * 1024;    // where drop/stall cut a body of unannounced length
constexpr qint64 kCutTailBytes = 10;               // what cutMultipartBoundary withholds: inside "--boundary--\r\n"

struct Head {
  QByteArray startLine;
  QList<QPair<QByteArray, QByteArray>> fields;  // name as sent, value trimmed

  QByteArray value(const QByteArray& name) const {
    for (const auto& [n, v] : fields)
      if (n.compare(name, Qt::CaseInsensitive) == 0) return v;
    return {};
  }
  bool has(const QByteArray& name) const {
    for (const auto& field : fields)
      if (field.first.compare(name, Qt::CaseInsensitive) == 0) return true;
    return false;
  }
  void remove(const QByteArray& name) {
    fields.removeIf([&](const auto& f) { return f.first.compare(name, Qt::CaseInsensitive) == 0; });
  }
  // Every response and request leaves on its own connection: the proxy
  // handles one exchange per connection, so keep-alive must not be offered.
  void forceConnectionClose() {
    for (const char* hopByHop : {"Connection", "Keep-Alive", "Proxy-Connection"}) remove(hopByHop);
    fields.append({QByteArray("Connection"), QByteArray("close")});
  }
  QByteArray serialized() const {
    QByteArray out = startLine + "\r\n";
    for (const auto& [n, v] : fields) out += n + ": " + v + "\r\n";
    return out + "\r\n";
  }
};

// Parses a message head without its final blank line; nullopt when malformed.
std::optional<Head> parseHead(const QByteArray& bytes) {
  QList<QByteArray> lines = bytes.split('\n');
  for (QByteArray& line : lines)
    if (line.endsWith('\r')) line.chop(1);
  Head head;
  head.startLine = lines.takeFirst();
  if (head.startLine.isEmpty()) return std::nullopt;
  for (const QByteArray& line : lines) {
    const qsizetype colon = line.indexOf(':');
    // Folded continuation lines (obsolete) and nameless fields are not accepted.
    if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')) return std::nullopt;
    head.fields.append({line.left(colon), line.mid(colon + 1).trimmed()});
  }
  return head;
}

// Decodes a chunked body (RFC 9112 section 7.1) as it arrives; trailers are ignored.
class ChunkDecoder {
 public:
  // Appends the data of `in` to `out`. True once the last chunk (size 0) was
  // seen, or the framing is broken: either way nothing more will be decoded.
  bool feed(const QByteArray& in, QByteArray& out) {
    qsizetype i = 0;
    while (i < in.size() && m_state != State::Done) {
      if (m_state == State::Data) {
        const qsizetype n = qsizetype(qMin<qint64>(m_left, in.size() - i));
        out += in.mid(i, n);
        i += n;
        m_left -= n;
        if (m_left == 0) m_state = State::DataEnd;
        continue;
      }
      const qsizetype newline = in.indexOf('\n', i);
      m_line += in.mid(i, (newline < 0 ? in.size() : newline) - i);
      i = newline < 0 ? in.size() : newline + 1;
      if (m_line.size() > 4096) m_state = State::Done;
      if (newline < 0 || m_state == State::Done) continue;
      if (m_state == State::DataEnd) {  // the CRLF after a chunk's data
        m_line.clear();
        m_state = State::SizeLine;
        continue;
      }
      bool ok = false;
      const qint64 size = m_line.split(';').first().trimmed().toLongLong(&ok, 16);
      m_line.clear();
      if (!ok || size <= 0) {
        m_state = State::Done;
      } else {
        m_left = size;
        m_state = State::Data;
      }
    }
    return m_state == State::Done;
  }

 private:
  enum class State { SizeLine, Data, DataEnd, Done };
  State m_state = State::SizeLine;
  QByteArray m_line;
  qint64 m_left = 0;
};

}  // namespace

// One client connection, one request, one fresh upstream connection, one
// response; deletes itself when the client connection is closed.
class FaultProxy::Exchange : public QObject {
 public:
  Exchange(FaultProxy* proxy, QTcpSocket* client) : QObject(proxy), m_proxy(proxy), m_client(client) {
    m_client->setParent(this);
    m_client->setReadBufferSize(kSocketBufferBytes);
    connect(m_client, &QTcpSocket::readyRead, this, &Exchange::onClientReadyRead);
    connect(m_client, &QTcpSocket::bytesWritten, this, &Exchange::onClientBytesWritten);
    connect(m_client, &QTcpSocket::disconnected, this, &Exchange::finish);
    connect(m_client, &QTcpSocket::errorOccurred, this, [this] {
      if (m_client->state() == QAbstractSocket::UnconnectedState) finish();
    });
    if (m_client->bytesAvailable() > 0) onClientReadyRead();
  }

 private:
  // RequestHead -> Forwarding (or Draining for a 503) -> [Stalling] -> Closing -> Done.
  enum class Phase { RequestHead, Draining, Forwarding, Stalling, Closing, Done };
  // How the end of the response body is known.
  enum class Framing { Length, Chunked, UntilClose };

  // --- request: client -> upstream ---------------------------------------

  void onClientReadyRead() {
    switch (m_phase) {
      case Phase::RequestHead: {
        m_buffer += m_client->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
          if (m_buffer.size() > kMaxHeadBytes) answer("431 Request Header Fields Too Large");
          return;
        }
        const std::optional<Head> head = parseHead(m_buffer.left(end));
        const QByteArray rest = m_buffer.mid(end + 4);
        m_buffer.clear();
        if (!head) return answer("400 Bad Request");
        onRequestHead(*head, rest);
        return;
      }
      case Phase::Draining:
        m_requestBodyLeft -= m_client->readAll().size();
        if (m_requestBodyLeft <= 0) answer("503 Service Unavailable");
        return;
      case Phase::Forwarding:
        pumpRequestBody();
        return;
      default:
        m_client->readAll();  // one request per connection: anything later is ignored
    }
  }

  void onRequestHead(Head head, const QByteArray& rest) {
    const QList<QByteArray> request = head.startLine.split(' ');
    if (request.size() != 3) return answer("400 Bad Request");
    const QByteArray& method = request[0];
    const QByteArray& target = request[1];
    ++m_proxy->m_requestsSeen;
    m_proxy->m_requestLines << QString::fromLatin1(method + ' ' + target);
    for (const auto& [name, value] : head.fields) m_proxy->m_requestHeaders.append({name.toLower(), value});

    m_headRequest = method == "HEAD";
    bool lengthOk = false;
    const qint64 length = head.value("Content-Length").toLongLong(&lengthOk);
    // A chunked request body is passed on until the client stops sending.
    m_requestBodyLeft = head.value("Transfer-Encoding").toLower().contains("chunked") ? -1
                        : lengthOk && length > 0                                        ? length
                                                                                        : 0;
    m_fault = takeFault(target);

    if (m_fault && m_fault->kind == FaultKind::Answer503) {
      ++m_proxy->m_faultsInjected;
      // Read the body first: closing with unread data would reset the
      // connection and the client might never see the 503.
      const bool clientWaits = head.value("Expect").toLower().contains("100-continue");
      if (m_requestBodyLeft > 0 && !clientWaits) {
        m_requestBodyLeft -= rest.size();
        m_phase = Phase::Draining;
        if (m_requestBodyLeft > 0) return;
      }
      return answer("503 Service Unavailable");
    }

    // Host names the upstream, so the server writes the same bytes as when
    // asked directly (Orthanc builds RetrieveURLs from it).
    head.remove("Host");
    head.fields.append({QByteArray("Host"), m_proxy->m_upstream.adjusted(QUrl::RemoveUserInfo).authority().toLatin1()});
    head.forceConnectionClose();
    m_toUpstream = head.serialized();
    const QByteArray body = m_requestBodyLeft < 0 ? rest : rest.left(qsizetype(m_requestBodyLeft));
    m_toUpstream += body;
    if (m_requestBodyLeft > 0) m_requestBodyLeft -= body.size();
    m_phase = Phase::Forwarding;

    m_upstream = new QTcpSocket(this);
    m_upstream->setReadBufferSize(kSocketBufferBytes);
    connect(m_upstream, &QTcpSocket::connected, this, &Exchange::pumpRequestBody);
    connect(m_upstream, &QTcpSocket::bytesWritten, this, &Exchange::pumpRequestBody);
    connect(m_upstream, &QTcpSocket::readyRead, this, &Exchange::pumpResponse);
    connect(m_upstream, &QTcpSocket::disconnected, this, &Exchange::onUpstreamClosed);
    connect(m_upstream, &QTcpSocket::errorOccurred, this, [this] {
      // A refused connection never emits disconnected().
      if (m_upstream && m_upstream->state() == QAbstractSocket::UnconnectedState) onUpstreamClosed();
    });
    m_upstream->connectToHost(m_proxy->m_upstream.host(), quint16(m_proxy->m_upstream.port(80)));
  }

  std::optional<Fault> takeFault(const QByteArray& target) {
    QList<Fault>& faults = m_proxy->m_faults;
    for (qsizetype i = 0; i < faults.size(); ++i) {
      Fault& f = faults[i];
      if (!f.pathContains.isEmpty() && !target.contains(f.pathContains)) continue;
      const Fault taken = f;
      if (--f.remaining <= 0) faults.removeAt(i);
      return taken;
    }
    return std::nullopt;
  }

  void pumpRequestBody() {
    if (!m_upstream || m_upstream->state() != QAbstractSocket::ConnectedState) return;  // client data waits
    if (!m_toUpstream.isEmpty()) m_upstream->write(std::exchange(m_toUpstream, {}));
    while (m_client->bytesAvailable() > 0 && m_upstream->bytesToWrite() < kMaxBacklogBytes) {
      QByteArray data = m_client->read(kSocketBufferBytes);
      if (m_requestBodyLeft >= 0) {  // bytes after the body are ignored
        data.truncate(qsizetype(m_requestBodyLeft));
        m_requestBodyLeft -= data.size();
      }
      if (!data.isEmpty()) m_upstream->write(data);
    }
  }

  // --- response: upstream -> client ---------------------------------------

  void pumpResponse() {
    // Read no faster than the client takes the bytes: responses can be large.
    while (m_phase == Phase::Forwarding && m_upstream && m_upstream->bytesAvailable() > 0 &&
           m_client->bytesToWrite() < kMaxBacklogBytes) {
      const QByteArray data = m_upstream->read(kSocketBufferBytes);
      if (m_responseHeadDone) {
        onBody(data);
      } else {
        m_buffer += data;
        takeResponseHead();
      }
    }
    if (m_phase == Phase::Forwarding && m_upstreamClosed && (!m_upstream || m_upstream->bytesAvailable() == 0))
      onUpstreamEnd();
  }

  void takeResponseHead() {
    for (;;) {
      const qsizetype end = m_buffer.indexOf("\r\n\r\n");
      if (end < 0) {
        if (m_buffer.size() > kMaxHeadBytes) badGateway();
        return;
      }
      std::optional<Head> head = parseHead(m_buffer.left(end));
      const QByteArray rest = m_buffer.mid(end + 4);
      if (!head) return badGateway();
      const int status = head->startLine.split(' ').value(1).toInt();
      if (status >= 100 && status < 200 && status != 101) {  // interim (100 Continue): pass on, wait for the final head
        m_client->write(m_buffer.left(end + 4));
        m_buffer = rest;
        continue;
      }
      m_buffer.clear();
      m_responseHeadDone = true;

      bool lengthOk = false;
      const qint64 length = head->value("Content-Length").toLongLong(&lengthOk);
      if (m_headRequest || status == 204 || status == 304) {
        m_framing = Framing::Length;
        m_bodyLength = 0;
      } else if (head->value("Transfer-Encoding").toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
      } else if (lengthOk && length >= 0) {
        m_framing = Framing::Length;
        m_bodyLength = length;
      } else {
        m_framing = Framing::UntilClose;  // Orthanc streams multipart series this way
      }
      if (m_fault && m_framing == Framing::Length)
        m_cutAt = m_fault->kind == FaultKind::CutMultipartBoundary ? qMax<qint64>(0, m_bodyLength - kCutTailBytes)
                                                                   : m_bodyLength / 2;

      head->forceConnectionClose();
      m_client->write(head->serialized());
      onBody(rest);
      return;
    }
  }

  void onBody(QByteArray data) {
    if (!m_fault) {
      if (m_framing == Framing::Length) data.truncate(qsizetype(m_bodyLength - m_forwarded));
      m_client->write(data);
      m_forwarded += data.size();
      if (m_framing == Framing::Length && m_forwarded >= m_bodyLength) {
        stopUpstream();
        closeClient();
      }
      return;
    }
    if (m_fault->kind == FaultKind::CutMultipartBoundary && m_framing != Framing::Length) {
      if (m_framing == Framing::Chunked) {
        QByteArray decoded;
        const bool last = m_chunks.feed(data, decoded);
        forwardAllButTail(decoded);
        if (last) interrupt();  // without the final chunk: the client sees a truncated body
      } else {
        forwardAllButTail(data);
      }
      return;
    }
    if (m_cutAt < 0) {  // length not announced: look at twice the cut before cutting
      m_held += data;
      if (m_held.size() < 2 * kUnknownLengthCut) return;
      m_cutAt = kUnknownLengthCut;
      data = std::exchange(m_held, {});
    }
    const qint64 take = qMin<qint64>(data.size(), m_cutAt - m_forwarded);
    m_client->write(data.left(qsizetype(take)));
    m_forwarded += take;
    if (m_forwarded >= m_cutAt) interrupt();
  }

  // Keeps the last kCutTailBytes of the body back; re-chunks when the
  // upstream body was chunked (the decoded bytes are what gets cut).
  void forwardAllButTail(const QByteArray& data) {
    m_held += data;
    if (m_held.size() <= kCutTailBytes) return;
    const QByteArray out = m_held.left(m_held.size() - kCutTailBytes);
    m_held.remove(0, out.size());
    if (m_framing == Framing::Chunked)
      m_client->write(QByteArray::number(out.size(), 16) + "\r\n" + out + "\r\n");
    else
      m_client->write(out);
  }

  void onUpstreamClosed() {
    m_upstreamClosed = true;
    pumpResponse();  // bytes may still be buffered
  }

  void onUpstreamEnd() {
    if (!m_responseHeadDone) return badGateway();
    if (!m_fault) return closeClient();  // the client checks the length itself
    if (m_cutAt < 0 && m_fault->kind != FaultKind::CutMultipartBoundary) {
      // A short body of unannounced length: cut at half of what came.
      m_cutAt = m_held.size() / 2;
      m_client->write(std::exchange(m_held, {}).left(qsizetype(m_cutAt)));
      m_forwarded = m_cutAt;
    }
    interrupt();
  }

  // The fault's moment: the bytes before it are written.
  void interrupt() {
    ++m_proxy->m_faultsInjected;
    stopUpstream();
    switch (m_fault->kind) {
      case FaultKind::DropMidBody:
        abortClientWhenFlushed();
        break;
      case FaultKind::Stall:
        m_phase = Phase::Stalling;
        QTimer::singleShot(m_fault->ms, this, [this] {
          if (m_phase == Phase::Stalling) closeClient();
        });
        break;
      case FaultKind::CutMultipartBoundary:
      case FaultKind::Answer503:
        closeClient();
        break;
    }
  }

  // --- endings ------------------------------------------------------------

  void answer(const QByteArray& status) {
    stopUpstream();
    m_client->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    closeClient();
  }

  void badGateway() {
    if (m_responseHeadDone) return closeClient();
    answer("502 Bad Gateway");
  }

  void stopUpstream() {
    if (!m_upstream) return;
    m_upstream->disconnect(this);
    m_upstream->abort();
    m_upstream->deleteLater();
    m_upstream = nullptr;
  }

  // Closes after the written bytes are sent; finish() follows on disconnected().
  void closeClient() {
    m_phase = Phase::Closing;
    m_client->disconnectFromHost();
    if (m_client->state() == QAbstractSocket::UnconnectedState) finish();
  }

  // abort() throws away unsent bytes: wait until the part before the cut is out.
  void abortClientWhenFlushed() {
    m_phase = Phase::Closing;
    m_client->flush();
    if (m_client->bytesToWrite() > 0) {
      m_abortWhenFlushed = true;
      return;
    }
    m_client->abort();
    finish();
  }

  void onClientBytesWritten() {
    if (m_abortWhenFlushed && m_client->bytesToWrite() == 0) {
      m_client->abort();
      finish();
    } else if (m_phase == Phase::Forwarding) {
      pumpResponse();
    }
  }

  void finish() {
    if (m_phase == Phase::Done) return;
    m_phase = Phase::Done;
    stopUpstream();
    m_client->disconnect(this);
    m_client->abort();
    deleteLater();
  }

  FaultProxy* m_proxy;
  QTcpSocket* m_client;
  QTcpSocket* m_upstream = nullptr;
  Phase m_phase = Phase::RequestHead;
  std::optional<Fault> m_fault;

  QByteArray m_buffer;           // the request head, later the response head, as it arrives
  QByteArray m_toUpstream;       // request head and first body bytes, until upstream connects
  qint64 m_requestBodyLeft = 0;  // -1: until the client stops
  bool m_headRequest = false;

  bool m_responseHeadDone = false;
  bool m_upstreamClosed = false;
  bool m_abortWhenFlushed = false;
  Framing m_framing = Framing::UntilClose;
  qint64 m_bodyLength = -1;
  qint64 m_forwarded = 0;  // body bytes written to the client (drop, stall, cut by length)
  qint64 m_cutAt = -1;     // -1: not known yet
  QByteArray m_held;       // bounded: at most 2 * kUnknownLengthCut, or the withheld tail
  ChunkDecoder m_chunks;
};

FaultProxy::FaultProxy(QUrl upstream, QObject* parent) : QObject(parent), m_upstream(std::move(upstream)) {
  connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen() {
  const QString host = m_upstream.host();
  const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
  if (m_upstream.scheme() != QLatin1String("http") || !loopback) {
    qWarning("FaultProxy: upstream must be plain http on a loopback address");
    return false;
  }
  return m_server.isListening() || m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const { return m_server.serverPort(); }

QUrl FaultProxy::rewrite(const QUrl& url) const {
  QUrl proxied = url;
  proxied.setHost(QStringLiteral("127.0.0.1"));
  proxied.setPort(port());
  return proxied;
}

void FaultProxy::dropMidBody(int times, QByteArray pathContains) {
  addFault(FaultKind::DropMidBody, times, 0, std::move(pathContains));
}

void FaultProxy::stall(int times, int ms, QByteArray pathContains) {
  addFault(FaultKind::Stall, times, ms, std::move(pathContains));
}

void FaultProxy::answer503(int times, QByteArray pathContains) {
  addFault(FaultKind::Answer503, times, 0, std::move(pathContains));
}

void FaultProxy::cutMultipartBoundary(int times, QByteArray pathContains) {
  addFault(FaultKind::CutMultipartBoundary, times, 0, std::move(pathContains));
}

void FaultProxy::clearFaults() { m_faults.clear(); }

QList<QByteArray> FaultProxy::requestHeaders(const QByteArray& name) const {
  const QByteArray key = name.toLower();
  QList<QByteArray> values;
  for (const auto& [n, v] : m_requestHeaders)
    if (n == key) values << v;
  return values;
}

void FaultProxy::addFault(FaultKind kind, int times, int ms, QByteArray pathContains) {
  if (times > 0) m_faults.append({kind, times, qMax(0, ms), std::move(pathContains)});
}

void FaultProxy::onNewConnection() {
  while (QTcpSocket* client = m_server.nextPendingConnection()) new Exchange(this, client);
}

}  // namespace yunyue::test
