// The DICOM Spatial Registration object (PS3.3 A.39) of a prior CT registered
// to the current CT of the demo: encoded from the real demo files, decoded
// back to the same matrices, checked by dciodvfy and dcmdump as independent
// readers; hostile objects (wrong SOP class, missing or broken matrices, a
// "RIGID" matrix that is none) are refused with the right error codes.

#include "viewer/SpatialRegistration.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcostrmb.h>

#include <Eigen/Geometry>
#include <functional>
#include <limits>
#include <vector>

using namespace yunyue;

Q_DECLARE_METATYPE(ViewerErrorCode)

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

// A rigid motion like a patient's head between two visits: 7.5° about a
// tilted axis through a point in the head, then a shift.
Eigen::Matrix4d headMotion() {
  const Eigen::Vector3d center(12.5, -30.25, 45.0);
  const Eigen::Matrix3d r = Eigen::AngleAxisd(7.5 * M_PI / 180.0, Eigen::Vector3d(0.2, 0.3, 1.0).normalized())
                                .toRotationMatrix();
  Eigen::Matrix4d m = Eigen::Matrix4d::Identity();
  m.topLeftCorner<3, 3>() = r;
  m.topRightCorner<3, 1>() = center - r * center + Eigen::Vector3d(3.25, -1.5, 8.0);
  return m;
}

// Matrices of each shape and broken ones, by name (data-driven rows).
Eigen::Matrix4d shapeNamed(const QString& name) {
  Eigen::Matrix4d m = headMotion();
  if (name == QLatin1String("translation only")) {
    m.setIdentity();
    m.topRightCorner<3, 1>() = Eigen::Vector3d(-120.125, 0.0000001, 1234.5);
  } else if (name == QLatin1String("rigid with scales")) {
    m.topLeftCorner<3, 3>() *= Eigen::Vector3d(1.02, 0.98, 1.1).asDiagonal();
  } else if (name == QLatin1String("sheared")) {
    m(0, 1) += 0.05;
  } else if (name == QLatin1String("NaN")) {
    m(1, 2) = std::numeric_limits<double>::quiet_NaN();
  } else if (name == QLatin1String("singular")) {
    m.row(2) = m.row(1);
  } else if (name == QLatin1String("perspective row")) {
    m(3, 0) = 0.01;
  }
  return m;
}

bool writeAll(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Edits a Part 10 object with DCMTK, the way a broken or hostile writer would.
QByteArray edited(const QByteArray& part10, const std::function<void(DcmDataset&)>& edit) {
  DcmInputBufferStream in;
  in.setBuffer(part10.constData(), offile_off_t(part10.size()));
  in.setEos();
  DcmFileFormat file;
  file.transferInit();
  if (file.read(in).bad()) return {};
  file.transferEnd();
  edit(*file.getDataset());
  std::vector<char> buffer(1 << 16);
  DcmOutputBufferStream out(buffer.data(), offile_off_t(buffer.size()));
  QByteArray bytes;
  file.transferInit();
  OFCondition c = EC_StreamNotifyClient;
  while (c == EC_StreamNotifyClient) {
    c = file.write(out, EXS_LittleEndianExplicit, EET_ExplicitLength, nullptr);
    void* chunk = nullptr;
    offile_off_t length = 0;
    out.flushBuffer(chunk, length);
    bytes.append(static_cast<const char*>(chunk), int(length));
  }
  file.transferEnd();
  return c.good() ? bytes : QByteArray();
}

// The moving frame's RegistrationSequence item (the second) and its first matrix item.
DcmItem* movingItem(DcmDataset& d) {
  DcmItem* item = nullptr;
  d.findAndGetSequenceItem(DCM_RegistrationSequence, item, 1);
  return item;
}
DcmItem* movingMatrixItem(DcmDataset& d) {
  DcmItem* registration = nullptr;
  DcmItem* matrix = nullptr;
  if (DcmItem* item = movingItem(d)) item->findAndGetSequenceItem(DCM_MatrixRegistrationSequence, registration, 0);
  if (registration) registration->findAndGetSequenceItem(DCM_MatrixSequence, matrix, 0);
  return matrix;
}

QString matrixText(const Eigen::Matrix4d& m) {
  QStringList values;
  for (int i = 0; i < 16; ++i) values << QString::number(m(i / 4, i % 4), 'g', 12);
  return values.join('\\');
}

enum class Mutation { Garbage, SopClass, RemoveFrameOfReference, RemoveRegistrations, RemoveMatrix,
                      RemoveMatrixSequence, RemoveMatrixRegistration, MatrixValues, MatrixType };

}  // namespace

Q_DECLARE_METATYPE(Mutation)

class TestSpatialRegistration : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  QString m_fixedFile;   // the current CT (ct-head)
  QString m_movingFile;  // the prior CT (ct-head-prior): another study and frame of reference
  SpatialRegistrationObject m_encoded;

  SpatialRegistrationInput input(const Eigen::Matrix4d& movingToFixed) const {
    SpatialRegistrationInput in;
    in.fixedSourceFile = m_fixedFile;
    in.movingSourceFile = m_movingFile;
    in.movingToFixed = movingToFixed;
    in.contentLabel = QStringLiteral("Prior to current");
    in.contentDescription = QStringLiteral("Prior CT aligned to current CT 既往配准");
    in.contentCreatorName = QStringLiteral("Wang^Fang=王^芳");
    in.method = QStringLiteral("Rigid, Mattes MI, 3 levels");
    return in;
  }

  // The lines of one attribute, wherever it is, in a dcmdump of the file:
  // long values in full, each line led by its sequence path, e.g.
  // "(0008,1200).(0020,000d) UI [...]"; `under` keeps those below that path.
  static QStringList dumpLines(const QString& path, const QString& tag, const QString& under = {}) {
    int code = 0;
    const QString dump = runTool(
        QStringLiteral("dcmdump"), {QStringLiteral("+p"), QStringLiteral("+L"), QStringLiteral("+P"), tag, path}, &code);
    if (code != 0) return {QStringLiteral("dcmdump failed")};
    QStringList lines;
    for (const QString& line : dump.split('\n', Qt::SkipEmptyParts))
      if (line.startsWith(under.isEmpty() ? QStringLiteral("(") + tag : under + QStringLiteral(".(") + tag))
        lines << line;
    return lines;
  }

 private slots:
  void initTestCase() {
    const QString data = qEnvironmentVariable("YUNYUE_TEST_DATA");
    m_fixedFile = data + QStringLiteral("/ct-head/1/0001.dcm");
    m_movingFile = data + QStringLiteral("/ct-head-prior/1/0001.dcm");
    QVERIFY2(QFile::exists(m_fixedFile) && QFile::exists(m_movingFile), "demo studies missing (YUNYUE_TEST_DATA)");
    QVERIFY(m_tmp.isValid());
    m_encoded = encodeSpatialRegistration(input(headMotion()));
    QVERIFY2(m_encoded.ok(), qPrintable(m_encoded.error.detail));
  }

  // Encode, decode: the same UIDs, frames, matrices (to 1e-9), references, text.
  void roundTrip() {
    const SpatialRegistrationObject& e = m_encoded;
    const SpatialRegistrationObject d = decodeSpatialRegistration(e.part10);
    QVERIFY2(d.ok(), qPrintable(d.error.detail));
    QCOMPARE(d.sopInstanceUid, e.sopInstanceUid);
    QCOMPARE(d.seriesInstanceUid, e.seriesInstanceUid);
    QCOMPARE(d.studyInstanceUid, QStringLiteral("2.25.235721739418245671649960533968061487859"));  // ct-head
    QCOMPARE(d.frameOfReferenceUid, QStringLiteral("2.25.266835198061922251061978851070429529374"));
    QCOMPARE(d.registrations.size(), 2);
    const auto& fixed = d.registrations[0];
    const auto& moving = d.registrations[1];
    QCOMPARE(fixed.frameOfReferenceUid, d.frameOfReferenceUid);
    QCOMPARE(moving.frameOfReferenceUid, QStringLiteral("2.25.59865065296990624736193402241990565551"));
    QVERIFY(fixed.matrix.isIdentity(0));
    QVERIFY2((moving.matrix - headMotion()).cwiseAbs().maxCoeff() < 1e-9, qPrintable(matrixText(moving.matrix)));
    QCOMPARE(fixed.matrixType, QStringLiteral("RIGID"));
    QCOMPARE(moving.matrixType, QStringLiteral("RIGID"));
    QCOMPARE(moving.transformationComment, QStringLiteral("Rigid, Mattes MI, 3 levels"));
    QCOMPARE(fixed.referencedSeriesUid, QStringLiteral("2.25.79019764236351894509858032246840362804"));
    QCOMPARE(fixed.referencedStudyUid, d.studyInstanceUid);
    QCOMPARE(moving.referencedSeriesUid, QStringLiteral("2.25.186169928023567530261673514854894449967"));
    QCOMPARE(moving.referencedStudyUid, QStringLiteral("2.25.150214795360630771549854813110733282276"));
    QCOMPARE(moving.referencedSopInstanceUids, QStringList{"2.25.266820891069382803901484373002776819788"});
    QCOMPARE(d.contentLabel, QStringLiteral("PRIOR_TO_CURRENT"));
    QCOMPARE(d.contentDescription, input(headMotion()).contentDescription);
    QCOMPARE(d.contentCreatorName, QStringLiteral("Wang^Fang=王^芳"));
    QCOMPARE(d.contentDateTime, e.contentDateTime);
    QVERIFY(qAbs(d.contentDateTime.secsTo(QDateTime::currentDateTime())) < 24 * 3600);
  }

  // Between the two frames in both directions, through the registered frame.
  void transformBetween() {
    const SpatialRegistrationObject d = decodeSpatialRegistration(m_encoded.part10);
    const QString fixed = d.registrations[0].frameOfReferenceUid;
    const QString moving = d.registrations[1].frameOfReferenceUid;
    const FrameTransform forward = d.transformBetween(moving, fixed);
    QVERIFY(forward.ok());
    QVERIFY((forward.matrix - headMotion()).cwiseAbs().maxCoeff() < 1e-9);
    const FrameTransform back = d.transformBetween(fixed, moving);
    QVERIFY(back.ok());
    QVERIFY((back.matrix * headMotion() - Eigen::Matrix4d::Identity()).cwiseAbs().maxCoeff() < 1e-9);
    // A point of the prior lands where the motion puts it in the current frame.
    const Eigen::Vector4d p(10, 20, 30, 1);
    QVERIFY(((forward.matrix * p) - headMotion() * p).norm() < 1e-9);
    QVERIFY(d.transformBetween(moving, moving).matrix.isIdentity(1e-12));
    const FrameTransform unknown = d.transformBetween(QStringLiteral("1.2.3.4"), fixed);
    QCOMPARE(unknown.error.code, ViewerErrorCode::FrameNotRegistered);
    QVERIFY(!unknown.error.message.isEmpty());
    QCOMPARE(d.transformBetween(moving, QString()).error.code, ViewerErrorCode::FrameNotRegistered);
  }

  // Each shape is written with the type it satisfies and read back the same.
  void matrixTypes_data() {
    QTest::addColumn<QString>("type");
    QTest::newRow("rigid") << "RIGID";
    QTest::newRow("translation only") << "RIGID";
    QTest::newRow("rigid with scales") << "RIGID_SCALE";
    QTest::newRow("sheared") << "AFFINE";
  }
  void matrixTypes() {
    QFETCH(QString, type);
    const Eigen::Matrix4d matrix = shapeNamed(QString::fromLatin1(QTest::currentDataTag()));
    QCOMPARE(registrationMatrixType(matrix), type);
    const SpatialRegistrationObject e = encodeSpatialRegistration(input(matrix));
    QVERIFY2(e.ok(), qPrintable(e.error.detail));
    const SpatialRegistrationObject d = decodeSpatialRegistration(e.part10);
    QVERIFY2(d.ok(), qPrintable(d.error.detail));
    QCOMPARE(d.registrations[1].matrixType, type);
    QVERIFY((d.registrations[1].matrix - matrix).cwiseAbs().maxCoeff() < 1e-9);
  }

  // dciodvfy (dicom3tools) finds no error in the IOD; warnings are printed.
  void dciodvfyClean() {
    const QString dciodvfy = QStandardPaths::findExecutable(QStringLiteral("dciodvfy"));
    if (dciodvfy.isEmpty()) QSKIP("dciodvfy (dicom3tools) is not installed");
    const QString path = m_tmp.filePath(QStringLiteral("reg.dcm"));
    QVERIFY(writeAll(path, m_encoded.part10));
    int code = 0;
    const QString report = runTool(dciodvfy, {path}, &code);
    QVERIFY2(report.contains(QLatin1String("SpatialRegistration")), qPrintable(report));
    QStringList errors, warnings;
    for (const QString& line : report.split('\n'))
      if (line.startsWith(QLatin1String("Error"))) errors << line;
      else if (line.startsWith(QLatin1String("Warning"))) warnings << line;
    qInfo("dciodvfy: %d warnings\n%s", int(warnings.size()), qPrintable(warnings.join('\n')));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
  }

  // dcmdump reads the structure independently: two matrices of 16 values,
  // the prior's study under StudiesContainingOtherReferencedInstancesSequence.
  void dcmdumpShowsTheStructure() {
    const QString path = m_tmp.filePath(QStringLiteral("dump.dcm"));
    QVERIFY(writeAll(path, m_encoded.part10));
    const QStringList matrices =
        dumpLines(path, QStringLiteral("3006,00c6"), QStringLiteral("(0070,0308).(0070,0309).(0070,030a)"));
    QCOMPARE(matrices.size(), 2);
    for (const QString& line : matrices) {
      QVERIFY2(line.contains(QLatin1String("(3006,00c6) DS [")), qPrintable(line));
      QVERIFY2(line.contains(QRegularExpression(QStringLiteral("#\\s*\\d+,\\s*16 FrameOfReferenceTransformationMatrix"))),
               qPrintable(line));
    }
    QVERIFY(matrices[0].contains(QLatin1String("[1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1]")));
    // The 16 values as dcmdump shows them are the matrix, row-major.
    const QString shown = matrices[1].section('[', 1).section(']', 0, 0);
    const QStringList values = shown.split('\\');
    QCOMPARE(values.size(), 16);
    for (int i = 0; i < 16; ++i) QVERIFY(qAbs(values[i].toDouble() - headMotion()(i / 4, i % 4)) < 1e-9);
    QCOMPARE(dumpLines(path, QStringLiteral("0008,0060")).value(0).section('[', 1).section(']', 0, 0),
             QStringLiteral("REG"));
    QVERIFY(dumpLines(path, QStringLiteral("0008,0016")).value(0).contains(QLatin1String("SpatialRegistrationStorage")));
    QVERIFY(dumpLines(path, QStringLiteral("0008,0005")).value(0).contains(QLatin1String("ISO_IR 192")));
    const QStringList otherStudy = dumpLines(path, QStringLiteral("0020,000d"), QStringLiteral("(0008,1200)"));
    QVERIFY2(otherStudy.value(0).contains(QLatin1String("2.25.150214795360630771549854813110733282276")),
             qPrintable(otherStudy.join('\n')));
    const QStringList types =
        dumpLines(path, QStringLiteral("0070,030c"), QStringLiteral("(0070,0308).(0070,0309).(0070,030a)"));
    QCOMPARE(types.size(), 2);
    for (const QString& line : types) QVERIFY(line.contains(QLatin1String("[RIGID]")));
  }

  // A moving series in the same study (a copy of the current CT re-stamped by
  // dcmodify with another series and frame): both series under
  // ReferencedSeriesSequence, no other study; more images named on request.
  void sameStudyMovingSeries() {
    const QString copy = m_tmp.filePath(QStringLiteral("same-study.dcm"));
    QVERIFY(QFile::copy(m_fixedFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    int code = 0;
    const QString out = runTool(QStringLiteral("dcmodify"),
                                {QStringLiteral("-nb"), QStringLiteral("-m"), QStringLiteral("(0020,000e)=1.2.826.0.1.3680043.10.1234.1"),
                                 QStringLiteral("-m"), QStringLiteral("(0020,0052)=1.2.826.0.1.3680043.10.1234.2"),
                                 QStringLiteral("-m"), QStringLiteral("(0008,0018)=1.2.826.0.1.3680043.10.1234.3"), copy},
                                &code);
    QVERIFY2(code == 0, qPrintable(out));
    SpatialRegistrationInput in = input(headMotion());
    in.movingSourceFile = copy;
    in.movingSopInstanceUids = {QStringLiteral("1.2.826.0.1.3680043.10.1234.4"),
                                QStringLiteral("1.2.826.0.1.3680043.10.1234.5")};
    const SpatialRegistrationObject e = encodeSpatialRegistration(in);
    QVERIFY2(e.ok(), qPrintable(e.error.detail));
    const SpatialRegistrationObject d = decodeSpatialRegistration(e.part10);
    QVERIFY2(d.ok(), qPrintable(d.error.detail));
    QCOMPARE(d.registrations[1].referencedSopInstanceUids,
             (QStringList{"1.2.826.0.1.3680043.10.1234.3", "1.2.826.0.1.3680043.10.1234.4",
                          "1.2.826.0.1.3680043.10.1234.5"}));
    QCOMPARE(d.registrations[1].referencedSeriesUid, QStringLiteral("1.2.826.0.1.3680043.10.1234.1"));
    QCOMPARE(d.registrations[1].referencedStudyUid, d.studyInstanceUid);
    const QString path = m_tmp.filePath(QStringLiteral("same-study-reg.dcm"));
    QVERIFY(writeAll(path, e.part10));
    QVERIFY(dumpLines(path, QStringLiteral("0008,1200")).isEmpty());
    QCOMPARE(dumpLines(path, QStringLiteral("0020,000e"), QStringLiteral("(0008,1115)")).size(), 2);
  }

  // Inputs a user can get wrong: a file that is not there, one series twice,
  // a result that is no transformation.
  void encodeRefuses_data() {
    QTest::addColumn<QString>("moving");  // "fixed": the fixed file again; "missing": no file
    QTest::addColumn<ViewerErrorCode>("expected");
    QTest::newRow("missing file") << "missing" << ViewerErrorCode::UnreadableFile;
    QTest::newRow("same series") << "fixed" << ViewerErrorCode::SharedFrameOfReference;
    QTest::newRow("NaN") << "prior" << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("singular") << "prior" << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("perspective row") << "prior" << ViewerErrorCode::InvalidRegistrationMatrix;
  }
  void encodeRefuses() {
    QFETCH(QString, moving);
    QFETCH(ViewerErrorCode, expected);
    SpatialRegistrationInput in = input(shapeNamed(QString::fromLatin1(QTest::currentDataTag())));
    if (moving == QLatin1String("fixed")) in.movingSourceFile = m_fixedFile;
    if (moving == QLatin1String("missing")) in.movingSourceFile = m_tmp.filePath(QStringLiteral("nothing.dcm"));
    const SpatialRegistrationObject e = encodeSpatialRegistration(in);
    QCOMPARE(e.error.code, expected);
    QVERIFY(!e.error.message.isEmpty());
    QVERIFY(e.part10.isEmpty());
  }

  // Hostile or broken objects: a clear error, no crash, no registrations.
  void decodeRefuses_data() {
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ViewerErrorCode>("expected");
    const QString scaled = QStringLiteral("1.1\\0\\0\\0\\0\\1.1\\0\\0\\0\\0\\1.1\\0\\0\\0\\0\\1");
    QTest::newRow("not DICOM") << Mutation::Garbage << "" << ViewerErrorCode::UnreadableFile;
    QTest::newRow("CT image SOP class") << Mutation::SopClass << "1.2.840.10008.5.1.4.1.1.2"
                                        << ViewerErrorCode::NotASpatialRegistration;
    QTest::newRow("deformable registration") << Mutation::SopClass << "1.2.840.10008.5.1.4.1.1.66.3"
                                             << ViewerErrorCode::NotASpatialRegistration;
    QTest::newRow("no frame of reference") << Mutation::RemoveFrameOfReference << ""
                                           << ViewerErrorCode::NotASpatialRegistration;
    QTest::newRow("no registration items") << Mutation::RemoveRegistrations << ""
                                           << ViewerErrorCode::NotASpatialRegistration;
    QTest::newRow("missing matrix") << Mutation::RemoveMatrix << "" << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("no matrix sequence") << Mutation::RemoveMatrixSequence << ""
                                        << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("no matrix registration") << Mutation::RemoveMatrixRegistration << ""
                                            << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("15 values") << Mutation::MatrixValues << "1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0"
                               << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("17 values") << Mutation::MatrixValues << "1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1\\1"
                               << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("NaN") << Mutation::MatrixValues << "1\\0\\0\\NaN\\0\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1"
                         << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("infinity") << Mutation::MatrixValues << "1\\0\\0\\0\\0\\1\\0\\inf\\0\\0\\1\\0\\0\\0\\0\\1"
                              << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("not a number") << Mutation::MatrixValues << "1\\0\\0\\0\\0\\1\\0\\abc\\0\\0\\1\\0\\0\\0\\0\\1"
                                  << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("scaled but RIGID") << Mutation::MatrixValues << scaled << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("mirror but RIGID") << Mutation::MatrixValues << "-1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1"
                                      << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("sheared but RIGID_SCALE") << Mutation::MatrixType << "RIGID_SCALE+1\\0.3\\0\\0\\0\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1"
                                             << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("singular AFFINE") << Mutation::MatrixType << "AFFINE+1\\0\\0\\0\\1\\0\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1"
                                     << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("perspective AFFINE") << Mutation::MatrixType << "AFFINE+1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1\\0\\0.1\\0\\0\\1"
                                        << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("unknown type") << Mutation::MatrixType << "PERSPECTIVE+1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1\\0\\0\\0\\0\\1"
                                  << ViewerErrorCode::InvalidRegistrationMatrix;
    QTest::newRow("scaled and RIGID_SCALE") << Mutation::MatrixType << "RIGID_SCALE+" + scaled
                                            << ViewerErrorCode::None;
  }
  void decodeRefuses() {
    QFETCH(Mutation, mutation);
    QFETCH(QString, value);
    QFETCH(ViewerErrorCode, expected);
    QByteArray bytes;
    if (mutation == Mutation::Garbage) {
      bytes = QByteArray(200, 'x');
    } else {
      bytes = edited(m_encoded.part10, [&](DcmDataset& d) {
        DcmItem* matrix = movingMatrixItem(d);
        DcmItem* item = movingItem(d);
        DcmItem* registration = nullptr;
        if (item) item->findAndGetSequenceItem(DCM_MatrixRegistrationSequence, registration, 0);
        switch (mutation) {
          case Mutation::SopClass: d.putAndInsertString(DCM_SOPClassUID, value.toLatin1().constData()); break;
          case Mutation::RemoveFrameOfReference: d.findAndDeleteElement(DCM_FrameOfReferenceUID); break;
          case Mutation::RemoveRegistrations: d.findAndDeleteElement(DCM_RegistrationSequence); break;
          case Mutation::RemoveMatrix: matrix->findAndDeleteElement(DCM_FrameOfReferenceTransformationMatrix); break;
          case Mutation::RemoveMatrixSequence: registration->findAndDeleteElement(DCM_MatrixSequence); break;
          case Mutation::RemoveMatrixRegistration: item->findAndDeleteElement(DCM_MatrixRegistrationSequence); break;
          case Mutation::MatrixValues:
            matrix->putAndInsertString(DCM_FrameOfReferenceTransformationMatrix, value.toLatin1().constData());
            break;
          case Mutation::MatrixType:
            matrix->putAndInsertString(DCM_FrameOfReferenceTransformationMatrixType,
                                       value.section('+', 0, 0).toLatin1().constData());
            matrix->putAndInsertString(DCM_FrameOfReferenceTransformationMatrix,
                                       value.section('+', 1).toLatin1().constData());
            break;
          case Mutation::Garbage: break;
        }
      });
      QVERIFY(!bytes.isEmpty());
    }
    const SpatialRegistrationObject d = decodeSpatialRegistration(bytes);
    QCOMPARE(d.error.code, expected);
    if (expected == ViewerErrorCode::None) return;
    QVERIFY(!d.error.message.isEmpty());
    QVERIFY(!d.error.detail.isEmpty());
    QVERIFY(d.registrations.isEmpty());
    qInfo("%s", qPrintable(d.error.detail));
  }

  // Truncated at every 97th byte: an error or a complete object, never a crash.
  void truncatedNeverCrashes() {
    int refused = 0;
    for (int size = 0; size < m_encoded.part10.size(); size += 97)
      if (decodeSpatialRegistration(m_encoded.part10.left(size)).error.isError()) ++refused;
    QVERIFY(refused > m_encoded.part10.size() / 97 / 2);
  }

  // Two matrices in one MatrixSequence are applied in item order.
  void composedMatrices() {
    Eigen::Matrix4d shift = Eigen::Matrix4d::Identity();
    shift(0, 3) = 100;
    const QByteArray bytes = edited(m_encoded.part10, [&](DcmDataset& d) {
      DcmItem* registration = nullptr;
      movingItem(d)->findAndGetSequenceItem(DCM_MatrixRegistrationSequence, registration, 0);
      DcmItem* second = nullptr;
      registration->findOrCreateSequenceItem(DCM_MatrixSequence, second, -2);
      second->putAndInsertString(DCM_FrameOfReferenceTransformationMatrix, matrixText(shift).toLatin1().constData());
      second->putAndInsertString(DCM_FrameOfReferenceTransformationMatrixType, "RIGID");
    });
    const SpatialRegistrationObject d = decodeSpatialRegistration(bytes);
    QVERIFY2(d.ok(), qPrintable(d.error.detail));
    QVERIFY((d.registrations[1].matrix - shift * headMotion()).cwiseAbs().maxCoeff() < 1e-9);
  }
};

QTEST_GUILESS_MAIN(TestSpatialRegistration)
#include "test_spatial_registration.moc"
