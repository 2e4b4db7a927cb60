#pragma once
// A loopback HTTP/1.1 proxy that sits between a client under test and the
// real Orthanc of the test run and injects network faults into chosen
// responses: a dropped connection, a stall, a 503, a cut multipart body.
// Tests only: one request per client connection, everything runs in the
// caller's event loop, no threads, no global state.
// Upstream sees Host naming itself and "Connection: close", so its answers
// are the bytes it gives when asked directly (URLs inside them, such as
// Orthanc's RetrieveURL, name the upstream, not the proxy).

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace yunyue::test {

class FaultProxy : public QObject {
  Q_OBJECT

 public:
  // upstream: scheme, host and port of the real server (http, loopback only);
  // a path in it is ignored: request paths pass through unchanged.
  explicit FaultProxy(QUrl upstream, QObject* parent = nullptr);
  ~FaultProxy() override;

  // Listens on 127.0.0.1 on a free port. False when that fails or when the
  // upstream is not plain http on a loopback address.
  bool listen();
  quint16 port() const;
  // The same URL, pointed at the proxy (host 127.0.0.1, the proxy's port).
  QUrl rewrite(const QUrl& url) const;

  // Each fault applies to the next `times` requests whose request target
  // (path and query) contains pathContains (empty: any request). Faults are
  // tried in the order they were set; a request gets at most one.
  // What a QNetworkReply then reports depends on how the body is framed:
  // with Content-Length (or chunked) a short body is RemoteHostClosedError;
  // without either (Orthanc streams series so) the close ends the body and
  // the reply succeeds: only the missing multipart close delimiter tells.

  // Forwards the response head and half of the body, then closes the client
  // connection. Body length not announced: cuts at 64 KiB, or at half of a
  // body shorter than 128 KiB.
  void dropMidBody(int times, QByteArray pathContains = {});
  // Cuts as dropMidBody, then sends nothing for `ms` milliseconds with the
  // connection open, then closes it. A client transfer timeout shorter than
  // `ms` gives OperationCanceledError.
  void stall(int times, int ms, QByteArray pathContains = {});
  // Answers "503 Service Unavailable" (ServiceUnavailableError) without
  // contacting upstream.
  void answer503(int times, QByteArray pathContains = {});
  // Forwards the response without the last 10 bytes of its body, so the
  // multipart close delimiter is incomplete, then closes the connection.
  void cutMultipartBoundary(int times, QByteArray pathContains = {});
  void clearFaults();

  int requestsSeen() const { return m_requestsSeen; }
  int faultsInjected() const { return m_faultsInjected; }
  // "METHOD target" of every request, in arrival order.
  QStringList requestLines() const { return m_requestLines; }
  // Every value of request header `name` (case-insensitive), in arrival order.
  QList<QByteArray> requestHeaders(const QByteArray& name) const;

 private:
  enum class FaultKind { DropMidBody, Stall, Answer503, CutMultipartBoundary };
  struct Fault {
    FaultKind kind;
    int remaining;
    int ms;
    QByteArray pathContains;
  };
  class Exchange;

  void addFault(FaultKind kind, int times, int ms, QByteArray pathContains);
  void onNewConnection();

  QUrl m_upstream;
  QTcpServer m_server;
  QList<Fault> m_faults;
  int m_requestsSeen = 0;
  int m_faultsInjected = 0;
  QStringList m_requestLines;
  QList<QPair<QByteArray, QByteArray>> m_requestHeaders;  // (lower-case name, value)
};

}  // namespace yunyue::test
