#pragma once
// Helpers shared by the libFuzzer targets: splitting one fuzz input into
// pieces, and a scratch directory for parsers that only read files.

#include <dcmtk/oflog/oflog.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace yunyue::fuzz {

// Separates the files of one input (fuzz_volume); the seed maker writes it
// between files. Any byte string works; this one is unlikely inside DICOM.
inline const QByteArray& fileSeparator() {
  static const QByteArray separator("\n=YUNYUE-FUZZ-FILE=\n");
  return separator;
}

inline QList<QByteArray> splitFiles(const QByteArray& input, int maxFiles) {
  QList<QByteArray> files;
  qsizetype from = 0;
  while (files.size() < maxFiles - 1) {
    const qsizetype at = input.indexOf(fileSeparator(), from);
    if (at < 0) break;
    files << input.mid(from, at - from);
    from = at + fileSeparator().size();
  }
  files << input.mid(from);
  return files;
}

// A per-process directory (on tmpfs when there is one: the targets write a
// file per execution). Removed at exit.
inline const QString& scratchDir() {
  static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/yunyue-fuzz-XXXXXX")
                                                                     : QDir::tempPath() + QStringLiteral("/yunyue-fuzz-XXXXXX"));
  static const QString path = dir.path();
  return path;
}

inline QString writeScratchFile(const QString& name, const QByteArray& bytes) {
  const QString path = scratchDir() + QLatin1Char('/') + name;
  QFile file(path);
  if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) file.write(bytes);
  return path;
}

// DCMTK and Qt warn on most malformed inputs: thousands of lines a second
// that would bury the sanitizer's report and slow the run. Fatal messages
// still abort (Qt aborts after any handler).
inline void silenceLogs() {
  static const bool once = [] {
    OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString&) {});
    return true;
  }();
  (void)once;
}

inline QByteArray toByteArray(const uint8_t* data, size_t size) {
  return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

}  // namespace yunyue::fuzz
