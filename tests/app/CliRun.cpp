#include "tests/app/CliRun.h"

#include <QFile>
#include <QProcess>

namespace yunyue::test {

CliRun runYunyue(const QStringList& args, const QStringList& withoutEnvironment) {
  QProcess p;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("YUNYUE_LANGUAGE", "en");
  for (const QString& name : withoutEnvironment) env.remove(name);
  p.setProcessEnvironment(env);
  p.start(QStringLiteral(YUNYUE_EXE), args);
  CliRun r;
  if (!p.waitForFinished(300000)) {
    p.kill();
    p.waitForFinished();
    return r;
  }
  r.output = QString::fromUtf8(p.readAllStandardOutput());
  r.errors = QString::fromLocal8Bit(p.readAllStandardError());
  r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
  return r;
}

QString demoStudyField(const QString& name, int field) {
  QFile list(qEnvironmentVariable("YUNYUE_TEST_DATA") + "/demo-studies.txt");
  if (!list.open(QIODevice::ReadOnly)) return {};
  for (const QByteArray& line : list.readAll().split('\n')) {
    const QList<QByteArray> f = line.split('\t');
    if (f.size() >= 6 && f[0] == name.toUtf8()) return QString::fromUtf8(f[field]);
  }
  return {};
}

}  // namespace yunyue::test
