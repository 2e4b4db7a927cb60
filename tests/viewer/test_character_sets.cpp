// Names as hospitals send them: GB18030, GBK, ISO 2022 IR 58 (GB2312 with
// escape sequences), ISO_IR 192 (UTF-8) and Latin-1 decode to the same
// Unicode everywhere a name appears — the image overlay (viewer) and the
// report (reporting reads the study from the files). The files are the demo
// CR with the name and SpecificCharacterSet replaced, byte for byte.

#include "reporting/StudyEvidence.h"
#include "viewer/DecodedImage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace yunyue;

namespace {

QByteArray gbk(const char* utf8) {
  // GBK and GB18030 agree on these characters; GB2312 too.
  const QString s = QString::fromUtf8(utf8);
  QByteArray out;
  static const QHash<QChar, QByteArray> table{{QChar(0x738B), QByteArray("\xCD\xF5")},   // 王
                                               {QChar(0x82B3), QByteArray("\xB7\xBC")},   // 芳
                                               {QChar(0x5F20), QByteArray("\xD5\xC5")},   // 张
                                               {QChar(0x4F1F), QByteArray("\xCE\xB0")}};  // 伟
  for (const QChar c : s) out += table.value(c, QByteArray(1, char(c.toLatin1())));
  return out;
}

const QByteArray kEsc58("\x1b$)A");  // ISO 2022 IR 58: GB2312 into G1

}  // namespace

class TestCharacterSets : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;

  // The demo CR with this SpecificCharacterSet and these PatientName bytes.
  QString makeFile(const QString& name, const QByteArray& charset, const QByteArray& patientName) {
    const QDir cr(qEnvironmentVariable("YUNYUE_TEST_DATA") + "/cr-skull/1");
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(cr.filePath(cr.entryList({"*.dcm"}).value(0))).constData()).bad()) return {};
    DcmDataset* ds = file.getDataset();
    // Only the name speaks the character set under test: other texts of the
    // CR (UTF-8 Chinese) are made plain ASCII.
    for (unsigned long i = 0; i < ds->card(); ++i) {
      DcmElement* e = ds->getElement(i);
      OFString value;
      if (!e->isaString() || e->getOFStringArray(value).bad()) continue;
      if (std::any_of(value.begin(), value.end(), [](char c) { return static_cast<unsigned char>(c) > 0x7f; }))
        e->putString("X");
    }
    ds->putAndInsertString(DCM_SpecificCharacterSet, charset.constData());
    // The bytes as the hospital wrote them: no conversion on the way in.
    ds->putAndInsertOFStringArray(DCM_PatientName, OFString(patientName.constData(), size_t(patientName.size())));
    const QString path = m_tmp.filePath(name + ".dcm");
    return file.saveFile(QFile::encodeName(path).constData()).good() ? path : QString();
  }

 private slots:
  void namesDecode_data() {
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("GB18030") << QByteArray("GB18030") << gbk("王^芳") << QStringLiteral("王^芳");
    QTest::newRow("GBK") << QByteArray("GBK") << gbk("张^伟") << QStringLiteral("张^伟");
    QTest::newRow("ISO_IR 192") << QByteArray("ISO_IR 192") << QByteArray("Wang^Fang=王^芳")
                                << QStringLiteral("Wang^Fang=王^芳");
    // PS3.5 J.3: the designation is repeated after each delimiter.
    QTest::newRow("ISO 2022 IR 58") << QByteArray("\\ISO 2022 IR 58")
                                    << QByteArray("Zhang^Wei=") + kEsc58 + gbk("张") + "^" + kEsc58 + gbk("伟")
                                    << QStringLiteral("Zhang^Wei=张^伟");
    QTest::newRow("Latin-1") << QByteArray("ISO_IR 100") << QByteArray("M\xFCller^J\xFCrgen")
                             << QStringLiteral("Müller^Jürgen");
  }
  void namesDecode() {
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = makeFile(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '_'), charset, bytes);
    QVERIFY(!path.isEmpty());

    const DecodeOutcome image = decodeDicomFile(path);
    QVERIFY2(image.ok(), qPrintable(image.error.message + " / " + image.error.detail));
    QCOMPARE(image.image.patientName, expected);

    ReportedStudy study;
    ReportingError error;
    QVERIFY2(readReportedStudy({path}, &study, &error), qPrintable(error.detail));
    QCOMPARE(study.patientName, expected);
    QCOMPARE(readablePersonName(study.patientName, "zh_CN"),
             expected.contains(QChar(0x738B)) ? QStringLiteral("王芳")
             : expected.contains(QChar(0x5F20)) ? QStringLiteral("张伟")
                                                : QStringLiteral("Müller Jürgen"));
  }
};

QTEST_GUILESS_MAIN(TestCharacterSets)
#include "test_character_sets.moc"
