// Spatial Registration objects through the real test archive (issue 7): one
// workstation stores the registration of a prior CT to the current CT with
// STOW-RS; a fresh client and a second workstation find it again through
// QIDO-RS and WADO-RS by the pair of frames of reference, with the same
// matrices; an undecodable REG object in the study is skipped with a note.
// The test works on copies of the demo CT re-stamped by dcmodify with new
// study, series, instance and frame UIDs, and deletes those studies at the
// end, so the demo studies stay as the other tests count them.

#include "app/ArchivedRegistrations.h"
#include "cloudclient/DicomWebClient.h"
#include "tests/cloudclient/ArchiveAdmin.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcuid.h>

#include <Eigen/Geometry>

using namespace yunyue;

namespace {

QString runTool(const QString& tool, const QStringList& args, int* exitCode) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(tool, args);
  if (!p.waitForFinished(120000)) {
    *exitCode = -1;
    return {};
  }
  *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
  return QString::fromUtf8(p.readAll());
}

QString uniqueUid() {
  char uid[100];
  return QString::fromLatin1(dcmGenerateUniqueIdentifier(uid));
}

// A value of a file, as dcmdump shows it.
QString valueOf(const QString& path, const QString& tag) {
  int code = 0;
  const QString line = runTool(QStringLiteral("dcmdump"), {QStringLiteral("+P"), tag, path}, &code);
  return line.section('[', 1).section(']', 0, 0);
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A copy of one demo file as another visit: new study, series, instance and frame.
struct Visit {
  QString file, studyUid, frameOfReferenceUid;
};

Visit restamped(const QString& source, const QString& copy) {
  Visit v;
  if (!QFile::copy(source, copy)) return v;
  QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
  int code = 0;
  const QString out = runTool(QStringLiteral("dcmodify"),
                              {QStringLiteral("-nb"), QStringLiteral("-gst"), QStringLiteral("-gse"), QStringLiteral("-gin"),
                               QStringLiteral("-m"), QStringLiteral("(0020,0052)=") + uniqueUid(), copy},
                              &code);
  if (code != 0) {
    qWarning("dcmodify: %s", qPrintable(out));
    return v;
  }
  v.file = copy;
  v.studyUid = valueOf(copy, QStringLiteral("0020,000d"));
  v.frameOfReferenceUid = valueOf(copy, QStringLiteral("0020,0052"));
  return v;
}

Eigen::Matrix4d priorToCurrent() {
  const Eigen::Vector3d center(0, -20, 40);
  const Eigen::Matrix3d r = Eigen::AngleAxisd(-4.25 * M_PI / 180.0, Eigen::Vector3d(1, 0.1, 0.2).normalized())
                                .toRotationMatrix();
  Eigen::Matrix4d m = Eigen::Matrix4d::Identity();
  m.topLeftCorner<3, 3>() = r;
  m.topRightCorner<3, 1>() = center - r * center + Eigen::Vector3d(-2.5, 6.125, -11.0);
  return m;
}

CloudError store(DicomWebClient& client, const SpatialRegistrationObject& object) {
  bool done = false;
  CloudError error;
  storeRegistration(&client, object, [&](CloudError e) {
    error = e;
    done = true;
  });
  if (!QTest::qWaitFor([&] { return done; }, 60000)) error = {CloudErrorCode::ServerUnreachable, {}, "no answer"};
  return error;
}

ArchivedRegistrations fetch(DicomWebClient& client, const QString& studyUid, CloudError* error) {
  bool done = false;
  int answers = 0;
  ArchivedRegistrations found;
  fetchRegistrations(&client, studyUid, [&](ArchivedRegistrations r, CloudError e) {
    found = r;
    *error = e;
    done = true;
    ++answers;
  });
  if (!QTest::qWaitFor([&] { return done; }, 60000)) *error = {CloudErrorCode::ServerUnreachable, {}, "no answer"};
  QTest::qWait(50);  // a second answer would arrive now
  if (answers > 1) *error = {CloudErrorCode::MalformedResponse, {}, "answered twice"};
  return found;
}

}  // namespace

class TestRegistrationArchive : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  Visit m_current, m_prior;
  SpatialRegistrationObject m_registration;

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    const QString data = qEnvironmentVariable("YUNYUE_TEST_DATA");
    m_current = restamped(data + "/ct-head/1/0001.dcm", m_tmp.filePath("current.dcm"));
    m_prior = restamped(data + "/ct-head-prior/1/0001.dcm", m_tmp.filePath("prior.dcm"));
    QVERIFY(!m_current.file.isEmpty() && !m_prior.file.isEmpty());
    QVERIFY(m_current.studyUid != m_prior.studyUid);
    QVERIFY(m_current.frameOfReferenceUid != m_prior.frameOfReferenceUid);
    test::ArchiveAdmin admin;
    QVERIFY(admin.upload(readAll(m_current.file)));
    QVERIFY(admin.upload(readAll(m_prior.file)));

    SpatialRegistrationInput in;
    in.fixedSourceFile = m_current.file;
    in.movingSourceFile = m_prior.file;
    in.movingToFixed = priorToCurrent();
    in.contentLabel = QStringLiteral("PRIOR_TO_CURRENT");
    in.contentDescription = QStringLiteral("Prior CT aligned to current CT");
    in.contentCreatorName = QStringLiteral("Zhang^Wei");
    in.method = QStringLiteral("Rigid, Mattes MI, 3 levels");
    m_registration = encodeSpatialRegistration(in);
    QVERIFY2(m_registration.ok(), qPrintable(m_registration.error.detail));
    QCOMPARE(m_registration.studyInstanceUid, m_current.studyUid);
  }

  void storeAndFindFromAFreshClient() {
    {
      DicomWebClient reader(test::testCloudProfile());
      const CloudError stored = store(reader, m_registration);
      QVERIFY2(!stored.isError(), qPrintable(stored.detail));
    }
    DicomWebClient fresh(test::testCloudProfile());
    CloudError error;
    const ArchivedRegistrations found = fetch(fresh, m_current.studyUid, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QVERIFY2(found.skipped.isEmpty(), qPrintable(found.skipped.join('\n')));
    QCOMPARE(found.registrations.size(), 1);
    const SpatialRegistrationObject* r =
        findRegistration(found.registrations, m_current.frameOfReferenceUid, m_prior.frameOfReferenceUid);
    QVERIFY(r);
    QCOMPARE(r->sopInstanceUid, m_registration.sopInstanceUid);
    QCOMPARE(r->seriesInstanceUid, m_registration.seriesInstanceUid);
    QCOMPARE(r->frameOfReferenceUid, m_current.frameOfReferenceUid);
    // The archive gave back the object as sent: the very same matrices.
    QCOMPARE(r->registrations.size(), 2);
    const SpatialRegistrationObject local = decodeSpatialRegistration(m_registration.part10);
    for (int i = 0; i < 2; ++i) {
      QCOMPARE(r->registrations[i].frameOfReferenceUid, local.registrations[i].frameOfReferenceUid);
      QVERIFY(r->registrations[i].matrix == local.registrations[i].matrix);
      QCOMPARE(r->registrations[i].matrixType, local.registrations[i].matrixType);
    }
    const FrameTransform t = r->transformBetween(m_prior.frameOfReferenceUid, m_current.frameOfReferenceUid);
    QVERIFY(t.ok());
    QVERIFY((t.matrix - priorToCurrent()).cwiseAbs().maxCoeff() < 1e-9);
    QCOMPARE(r->registrations[1].referencedStudyUid, m_prior.studyUid);
    QCOMPARE(r->contentCreatorName, QStringLiteral("Zhang^Wei"));
    // Either role finds it; an unrelated frame does not.
    QVERIFY(findRegistration(found.registrations, m_prior.frameOfReferenceUid, m_current.frameOfReferenceUid));
    QVERIFY(!findRegistration(found.registrations, m_current.frameOfReferenceUid, uniqueUid()));
    QVERIFY(!findRegistration(found.registrations, m_current.frameOfReferenceUid, m_current.frameOfReferenceUid));
  }

  // Another workstation: its own client and connection, the same object.
  void secondWorkstationReusesIt() {
    QObject workstation;
    auto* client = new DicomWebClient(test::testCloudProfile(), &workstation);
    CloudError error;
    const ArchivedRegistrations found = fetch(*client, m_current.studyUid, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    const SpatialRegistrationObject* r =
        findRegistration(found.registrations, m_current.frameOfReferenceUid, m_prior.frameOfReferenceUid);
    QVERIFY(r);
    QCOMPARE(r->sopInstanceUid, m_registration.sopInstanceUid);
    const FrameTransform back = r->transformBetween(m_current.frameOfReferenceUid, m_prior.frameOfReferenceUid);
    QVERIFY(back.ok());
    QVERIFY((back.matrix * priorToCurrent() - Eigen::Matrix4d::Identity()).cwiseAbs().maxCoeff() < 1e-9);
  }

  // A REG object with a 15-value matrix in the study (another vendor's
  // broken writer): skipped with a note, the good one still found.
  void undecodableObjectIsSkipped() {
    const QString broken = m_tmp.filePath("broken-reg.dcm");
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_registration.part10);
    out.close();
    int code = 0;
    const QString log = runTool(
        QStringLiteral("dcmodify"),
        {QStringLiteral("-nb"), QStringLiteral("-gin"), QStringLiteral("-m"),
         QStringLiteral("(0070,0308)[1].(0070,0309)[0].(0070,030a)[0].(3006,00c6)=1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0"),
         broken},
        &code);
    QVERIFY2(code == 0, qPrintable(log));
    test::ArchiveAdmin admin;
    QVERIFY(admin.upload(readAll(broken)));

    DicomWebClient client(test::testCloudProfile());
    CloudError error;
    const ArchivedRegistrations found = fetch(client, m_current.studyUid, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QCOMPARE(found.registrations.size(), 1);
    QCOMPARE(found.registrations[0].sopInstanceUid, m_registration.sopInstanceUid);
    QCOMPARE(found.skipped.size(), 1);
    QVERIFY2(found.skipped[0].contains(QLatin1String("16")), qPrintable(found.skipped[0]));
  }

  // An object that was never encoded is not sent.
  void refusesToStoreAFailedEncoding() {
    SpatialRegistrationObject failed;
    failed.error = {ViewerErrorCode::InvalidRegistrationMatrix, QStringLiteral("bad"), QStringLiteral("test")};
    DicomWebClient client(test::testCloudProfile());
    QCOMPARE(store(client, failed).code, CloudErrorCode::StoreRefused);
  }

  void cleanupTestCase() {
    test::ArchiveAdmin admin;
    if (!m_current.studyUid.isEmpty()) admin.deleteStudy(m_current.studyUid);
    if (!m_prior.studyUid.isEmpty()) admin.deleteStudy(m_prior.studyUid);
  }
};

QTEST_GUILESS_MAIN(TestRegistrationArchive)
#include "test_registration_archive.moc"
