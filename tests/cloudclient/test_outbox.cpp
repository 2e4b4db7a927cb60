// The report outbox against a private Orthanc of this test (started and
// stopped with scripts/orthanc-instance, so the server can go away and come
// back on the same port): delivery once the server is back, SIGKILL of the
// process holding the outbox at random moments, refusals, idempotent
// enqueue, a full disk, and a wrong password. The archive is checked through
// QIDO-RS and WADO-RS, independent of the outbox's own account.

#include "cloudclient/DicomWebClient.h"
#include "cloudclient/Outbox.h"
#include "tests/cloudclient/FaultProxy.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

// Runs a program to its end; false (with its output in *log) when it fails.
bool runProgram(const QString& program, const QStringList& args, QByteArray* log, int timeoutMs = 180000) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  const bool finished = p.waitForFinished(timeoutMs);
  *log = p.readAll();
  return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString newUid() {
  char uid[100];
  return QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
}

// A small Basic Text SR (PS3.3 A.35.1): patient, study, series, SR document
// modules and a root CONTAINER holding one TEXT item of `textLength` characters.
bool writeReport(const QString& path, const QString& studyUid, const QString& seriesUid, const QString& sopUid,
                 int textLength = 200) {
  DcmFileFormat file;
  DcmDataset* ds = file.getDataset();
  const QByteArray study = studyUid.toLatin1(), series = seriesUid.toLatin1(), sop = sopUid.toLatin1();
  const std::string text(size_t(textLength), 'x');
  bool ok = ds->putAndInsertString(DCM_SOPClassUID, UID_BasicTextSRStorage).good() &&
            ds->putAndInsertString(DCM_SOPInstanceUID, sop.constData()).good() &&
            ds->putAndInsertString(DCM_StudyInstanceUID, study.constData()).good() &&
            ds->putAndInsertString(DCM_SeriesInstanceUID, series.constData()).good() &&
            ds->putAndInsertString(DCM_Modality, "SR").good() &&
            ds->putAndInsertString(DCM_PatientName, "Outbox^Test").good() &&
            ds->putAndInsertString(DCM_PatientID, "OUTBOX-TEST").good() &&
            ds->putAndInsertString(DCM_SeriesNumber, "99").good() &&
            ds->putAndInsertString(DCM_InstanceNumber, "1").good() &&
            ds->putAndInsertString(DCM_ValueType, "CONTAINER").good() &&
            ds->putAndInsertString(DCM_ContinuityOfContent, "SEPARATE").good() &&
            ds->putAndInsertString(DCM_CompletionFlag, "COMPLETE").good() &&
            ds->putAndInsertString(DCM_VerificationFlag, "UNVERIFIED").good();
  DcmItem* concept = nullptr;
  ok = ok && ds->findOrCreateSequenceItem(DCM_ConceptNameCodeSequence, concept).good() &&
       concept->putAndInsertString(DCM_CodeValue, "18748-4").good() &&
       concept->putAndInsertString(DCM_CodingSchemeDesignator, "LN").good() &&
       concept->putAndInsertString(DCM_CodeMeaning, "Diagnostic Imaging Report").good();
  DcmItem* content = nullptr;
  ok = ok && ds->findOrCreateSequenceItem(DCM_ContentSequence, content).good() &&
       content->putAndInsertString(DCM_RelationshipType, "CONTAINS").good() &&
       content->putAndInsertString(DCM_ValueType, "TEXT").good() &&
       content->putAndInsertString(DCM_TextValue, text.c_str()).good();
  DcmItem* textConcept = nullptr;
  ok = ok && content->findOrCreateSequenceItem(DCM_ConceptNameCodeSequence, textConcept).good() &&
       textConcept->putAndInsertString(DCM_CodeValue, "121071").good() &&
       textConcept->putAndInsertString(DCM_CodingSchemeDesignator, "DCM").good() &&
       textConcept->putAndInsertString(DCM_CodeMeaning, "Finding").good();
  return ok && file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good();
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestOutbox : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;
  QString m_script;
  bool m_started = false;
  ServerProfile m_profile;

  QString path(const QString& relative) const { return m_tmp.filePath(relative); }

  bool orthanc(const QString& command) {
    QByteArray log;
    const bool ok = runProgram(m_script, {command, "--dir", path("orthanc")}, &log, 120000);
    if (!ok) qWarning("%s", log.constData());
    return ok;
  }

  // One study with one series of reports, written as files.
  struct Study {
    QString studyUid = newUid(), seriesUid = newUid();
    QStringList sopUids, files;
  };
  Study makeStudy(const QString& name, int reports, int textLength = 200) {
    Study s;
    QDir().mkpath(path(name));
    for (int i = 0; i < reports; ++i) {
      s.sopUids << newUid();
      s.files << path(QStringLiteral("%1/%2.dcm").arg(name).arg(i));
      if (!writeReport(s.files.last(), s.studyUid, s.seriesUid, s.sopUids.last(), textLength)) return {};
    }
    return s;
  }

  // SOP Instance UIDs the archive lists in the series (QIDO-RS), repeats kept.
  QStringList archived(const Study& s) {
    DicomWebClient client(m_profile);
    QStringList uids;
    bool done = false;
    client.searchInstances(s.studyUid, s.seriesUid, [&](QList<InstanceRecord> found, CloudError e) {
      if (e.isError()) qWarning("QIDO: %s", qPrintable(e.detail));
      for (const InstanceRecord& r : found) uids << r.sopInstanceUid;
      done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000)) qWarning("QIDO: no answer");
    return uids;
  }

  QByteArray retrieve(const Study& s, const QString& sopUid) {
    DicomWebClient client(m_profile);
    QByteArray file;
    bool done = false;
    client.retrieveInstance(s.studyUid, s.seriesUid, sopUid, [&](QByteArray f, CloudError) {
      file = f;
      done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000)) qWarning("WADO: no answer");
    return file;
  }

  static bool enqueueFile(Outbox* outbox, const Study& s, int i, CloudError* error = nullptr) {
    CloudError e;
    const bool ok = outbox->enqueue(readAll(s.files[i]), s.studyUid, s.sopUids[i], "report", &e);
    if (error) *error = e;
    if (!ok) qWarning("enqueue: %s %s", qPrintable(e.message), qPrintable(e.detail));
    return ok;
  }

  struct Driver {
    int exitCode = -1;
    QString out, errors;
  };
  // outbox_driver with `args`; `shellLimit` (ulimit) is put before it in a shell.
  Driver driver(const QStringList& args, const QString& shellLimit = {}) {
    QProcess p;
    if (shellLimit.isEmpty()) {
      p.start(QStringLiteral(OUTBOX_DRIVER), args);
    } else {
      QStringList quoted;
      for (const QString& a : args) quoted << "'" + a + "'";
      p.start("bash", {"-c", shellLimit + "; exec '" OUTBOX_DRIVER "' " + quoted.join(' ')});
    }
    Driver d;
    if (!p.waitForFinished(120000)) {
      p.kill();
      p.waitForFinished();
      return d;
    }
    d.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    d.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    d.errors = QString::fromLocal8Bit(p.readAllStandardError());
    return d;
  }

  static QSet<QString> linesAfter(const QString& out, const QString& prefix) {
    QSet<QString> uids;
    for (const QString& line : out.split('\n'))
      if (line.startsWith(prefix)) uids << line.mid(prefix.size()).trimmed();
    return uids;
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    m_script = qEnvironmentVariable("YUNYUE_SOURCE_DIR") + "/scripts/orthanc-instance";
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
    QByteArray log;
    const bool started = runProgram(m_script, {"start", "--fresh", "--dir", path("orthanc"), "--name", "Yunyue outbox test"}, &log);
    m_started = true;  // stop it in any case: a failed start may leave one running
    QVERIFY2(started, log.constData());
    CloudError error;
    m_profile = ServerProfile::fromCloudFile(path("orthanc/cloud.ini"), &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
  }

  void cleanupTestCase() {
    if (m_started) orthanc("stop");
  }

  // (a) Server down: the item waits with its error and back-off; when the
  // server is back on the same port it goes out, once.
  void deliveredWhenTheServerComesBack() {
    QVERIFY(orthanc("stop"));
    const Study s = makeStudy("a", 1);
    QVERIFY(!s.files.isEmpty());
    CloudError error;
    std::unique_ptr<Outbox> outbox = Outbox::open(path("outbox-a"), &error);
    QVERIFY2(outbox, qPrintable(error.detail));
    outbox->setRetryDelays(200, 800);
    QVERIFY(enqueueFile(outbox.get(), s, 0));
    QCOMPARE(outbox->pendingCount(), 1);
    QSignalSpy delivered(outbox.get(), &Outbox::delivered);
    outbox->start(m_profile);

    QTRY_VERIFY_WITH_TIMEOUT(outbox->item(s.sopUids[0]).attempts >= 3 &&
                                 outbox->item(s.sopUids[0]).state == OutboxItem::Pending, 20000);
    OutboxItem item = outbox->item(s.sopUids[0]);
    QVERIFY2(item.lastError.contains("cannot be reached"), qPrintable(item.lastError));
    QVERIFY(item.lastAttemptAt.isValid());
    QVERIFY(item.nextAttemptAt > item.lastAttemptAt);  // backing off, not spinning
    QVERIFY(delivered.isEmpty());

    QVERIFY(orthanc("start"));
    QElapsedTimer back;
    back.start();
    CloudError iniError;
    const ServerProfile again = ServerProfile::fromCloudFile(path("orthanc/cloud.ini"), &iniError);
    QCOMPARE(again.dicomWebRoot, m_profile.dicomWebRoot);  // the same port as before
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 20000);
    qInfo("delivered %lld ms after the server came back", qint64(back.elapsed()));
    QCOMPARE(delivered.first().first().toString(), s.sopUids[0]);
    item = outbox->item(s.sopUids[0]);
    QCOMPARE(item.state, OutboxItem::Sent);
    QVERIFY(item.sentAt.isValid());
    QVERIFY(item.lastError.isEmpty());
    QCOMPARE(outbox->pendingCount(), 0);
    QCOMPARE(archived(s), QStringList{s.sopUids[0]});
    QCOMPARE(retrieve(s, s.sopUids[0]), readAll(s.files[0]));
  }

  // (b) SIGKILL of the process holding the outbox, at random moments while
  // it enqueues and sends: every item it confirmed stays, nothing is half
  // there, and in the end every report is in the archive exactly once.
  void survivesSigkillWhileSending() {
    constexpr int kRounds = 6, kPerRound = 8;
    const Study s = makeStudy("b", kRounds * kPerRound);
    QVERIFY(!s.files.isEmpty());
    const QString dir = path("outbox-b");
    const QString profile = path("orthanc/cloud.ini");
    QSet<QString> confirmed;
    int killedRunning = 0, deliveredBeforeKill = 0;
    for (int round = 0; round < kRounds; ++round) {
      QProcess p;
      p.start(QStringLiteral(OUTBOX_DRIVER),
              QStringList{"--outbox", dir, "--profile", profile, "--run-until-empty", "60", "--retry-ms", "100",
                          "--enqueue"} +
                  s.files.mid(round * kPerRound, kPerRound));
      QVERIFY(p.waitForStarted());
      QTest::qWait(20 + QRandomGenerator::global()->bounded(400));
      if (p.state() == QProcess::Running) {
        ++killedRunning;
        p.kill();  // SIGKILL
        QVERIFY(p.waitForFinished(10000));
      }
      const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
      confirmed += linesAfter(out, "enqueued ");
      deliveredBeforeKill += int(linesAfter(out, "delivered ").size());

      // The outbox opens (the dead process's lock is stale) and holds every
      // item whose enqueue returned true.
      CloudError error;
      std::unique_ptr<Outbox> outbox = Outbox::open(dir, &error);
      QVERIFY2(outbox, qPrintable(error.message + " " + error.detail));
      QSet<QString> held;
      const QStringList inArchive = archived(s);
      for (const OutboxItem& i : outbox->items()) {
        held << i.sopInstanceUid;
        QVERIFY(s.sopUids.contains(i.sopInstanceUid));
        QVERIFY(i.state != OutboxItem::Failed);
        // Sent only once the archive has it.
        if (i.state == OutboxItem::Sent) QVERIFY2(inArchive.contains(i.sopInstanceUid), qPrintable(i.sopInstanceUid));
      }
      for (const QString& uid : confirmed) QVERIFY2(held.contains(uid), qPrintable(uid));
    }
    qInfo("%d of %d kills hit a running driver; %d items delivered before a kill", killedRunning, kRounds,
          deliveredBeforeKill);

    // Restarted with every file again (enqueue is idempotent): all go out.
    const Driver last = driver(QStringList{"--outbox", dir, "--profile", profile, "--run-until-empty", "90",
                                           "--retry-ms", "100", "--enqueue"} + s.files);
    QVERIFY2(last.exitCode == 0, qPrintable(last.errors));
    CloudError error;
    std::unique_ptr<Outbox> outbox = Outbox::open(dir, &error);
    QVERIFY(outbox);
    const QList<OutboxItem> items = outbox->items();
    QCOMPARE(items.size(), s.sopUids.size());
    for (const OutboxItem& i : items) QCOMPARE(i.state, OutboxItem::Sent);
    QStringList inArchive = archived(s);
    QCOMPARE(inArchive.size(), s.sopUids.size());  // no repeats
    inArchive.sort();
    QStringList expected = s.sopUids;
    expected.sort();
    QCOMPARE(inArchive, expected);
  }

  // 503 twice, then an answer lost after the archive stored the report: each
  // is tried again after a back-off; the repeat is answered as stored
  // (Orthanc lists a SOP Instance UID it already has), one copy stays.
  void serverErrorsAndALostAnswerAreRetried() {
    const Study s = makeStudy("h", 1);
    QVERIFY(!s.files.isEmpty());
    test::FaultProxy proxy(m_profile.dicomWebRoot);
    QVERIFY(proxy.listen());
    proxy.answer503(2, "/studies");
    proxy.dropMidBody(1, "/studies");
    ServerProfile viaProxy = m_profile;
    viaProxy.dicomWebRoot = proxy.rewrite(m_profile.dicomWebRoot);
    CloudError error;
    std::unique_ptr<Outbox> outbox = Outbox::open(path("outbox-h"), &error);
    QVERIFY(outbox);
    outbox->setRetryDelays(100, 400);
    QStringList errors;
    connect(outbox.get(), &Outbox::itemChanged, this, [&](const QString& uid) {
      const QString e = outbox->item(uid).lastError;
      if (!e.isEmpty() && (errors.isEmpty() || errors.last() != e)) errors << e;
    });
    QVERIFY(enqueueFile(outbox.get(), s, 0));
    outbox->start(viaProxy);
    QTRY_COMPARE_WITH_TIMEOUT(outbox->item(s.sopUids[0]).state, OutboxItem::Sent, 20000);
    QCOMPARE(proxy.faultsInjected(), 3);
    QCOMPARE(outbox->item(s.sopUids[0]).attempts, 4);
    QVERIFY2(errors.size() >= 2, qPrintable(errors.join(" | ")));
    QVERIFY2(errors.first().contains("Try again later"), qPrintable(errors.first()));
    QCOMPARE(archived(s), QStringList{s.sopUids[0]});
  }

  // (c) The server refuses one item: that one fails with the reason, once,
  // and can be removed; the others are delivered.
  void refusedItemFailsOthersAreDelivered() {
    const Study s = makeStudy("c", 2);
    QVERIFY(!s.files.isEmpty());
    const QString garbageUid = newUid();
    CloudError error;
    std::unique_ptr<Outbox> outbox = Outbox::open(path("outbox-c"), &error);
    QVERIFY(outbox);
    outbox->setRetryDelays(100, 200);
    QVERIFY(enqueueFile(outbox.get(), s, 0));
    QVERIFY(outbox->enqueue("this is no DICOM file", s.studyUid, garbageUid, "garbage", &error));
    QVERIFY(enqueueFile(outbox.get(), s, 1));
    outbox->start(m_profile);
    QTRY_COMPARE_WITH_TIMEOUT(outbox->pendingCount(), 0, 20000);
    QTest::qWait(1000);  // several back-off periods: a refusal is not retried

    const OutboxItem refused = outbox->item(garbageUid);
    QCOMPARE(refused.state, OutboxItem::Failed);
    QCOMPARE(refused.attempts, 1);
    QVERIFY2(refused.lastError.startsWith("The server refused this report: "), qPrintable(refused.lastError));
    QVERIFY(!refused.nextAttemptAt.isValid());
    for (const QString& uid : s.sopUids) QCOMPARE(outbox->item(uid).state, OutboxItem::Sent);
    QStringList inArchive = archived(s);
    inArchive.sort();
    QStringList expected = s.sopUids;
    expected.sort();
    QCOMPARE(inArchive, expected);

    QVERIFY(!outbox->remove(s.sopUids[0]));  // only failed items can be removed
    QVERIFY(outbox->remove(garbageUid));
    QVERIFY(!outbox->item(garbageUid).isValid());
    QCOMPARE(outbox->items().size(), 2);
  }

  // (d) The same UID again: same bytes change nothing, other bytes replace
  // an unsent item, a sent item stays as it was; a repeat after a lost
  // answer is delivered and leaves one copy.
  void enqueueIsIdempotentPerSopInstanceUid() {
    const Study first = makeStudy("d1", 1, 100);
    const Study second = makeStudy("d2", 1, 300);
    QVERIFY(!first.files.isEmpty() && !second.files.isEmpty());
    const QString uid = newUid();
    const QString v1 = path("d1/v.dcm"), v2 = path("d2/v.dcm");
    QVERIFY(writeReport(v1, first.studyUid, first.seriesUid, uid, 100));
    QVERIFY(writeReport(v2, first.studyUid, first.seriesUid, uid, 300));
    CloudError error;
    std::unique_ptr<Outbox> outbox = Outbox::open(path("outbox-d"), &error);
    QVERIFY(outbox);
    QSignalSpy changed(outbox.get(), &Outbox::itemChanged);
    QVERIFY(outbox->enqueue(readAll(v1), first.studyUid, uid, "first", &error));
    const QDateTime enqueuedAt = outbox->item(uid).enqueuedAt;
    QCOMPARE(changed.size(), 1);
    QVERIFY(outbox->enqueue(readAll(v1), first.studyUid, uid, "first", &error));
    QCOMPARE(changed.size(), 1);  // nothing changed
    QCOMPARE(outbox->items().size(), 1);
    QCOMPARE(outbox->item(uid).enqueuedAt, enqueuedAt);
    QVERIFY(outbox->enqueue(readAll(v2), first.studyUid, uid, "second", &error));
    QCOMPARE(outbox->items().size(), 1);
    QCOMPARE(outbox->item(uid).description, QStringLiteral("second"));

    outbox->start(m_profile);
    QTRY_COMPARE_WITH_TIMEOUT(outbox->item(uid).state, OutboxItem::Sent, 20000);
    QCOMPARE(retrieve(first, uid), readAll(v2));  // the replacement went out
    QVERIFY(outbox->enqueue(readAll(v2), first.studyUid, uid, "second", &error));
    QCOMPARE(outbox->item(uid).state, OutboxItem::Sent);
    QVERIFY(!outbox->enqueue(readAll(v1), first.studyUid, uid, "first", &error));
    QCOMPARE(error.code, CloudErrorCode::StoreRefused);
    QVERIFY2(error.message.contains("new SOP Instance UID"), qPrintable(error.message));
    outbox.reset();

    // Another outbox sends it again, as after an answer lost on the way.
    std::unique_ptr<Outbox> repeat = Outbox::open(path("outbox-d-repeat"), &error);
    QVERIFY(repeat);
    QVERIFY(repeat->enqueue(readAll(v2), first.studyUid, uid, "again", &error));
    repeat->start(m_profile);
    QTRY_COMPARE_WITH_TIMEOUT(repeat->item(uid).state, OutboxItem::Sent, 20000);
    QCOMPARE(repeat->item(uid).attempts, 1);
    QCOMPARE(archived(first), QStringList{uid});
  }

  // (e) No room on enqueue: it fails with a clear message, the outbox keeps
  // what it had and stays readable, and takes the file once there is room.
  void fullDiskOnEnqueue() {
    const Study small = makeStudy("e-small", 1, 200);
    const Study big = makeStudy("e-big", 1, 400000);
    QVERIFY(!small.files.isEmpty() && !big.files.isEmpty());
    const QString dir = path("outbox-e");
    Driver d = driver({"--outbox", dir, "--enqueue", small.files[0]});
    QVERIFY2(d.exitCode == 0, qPrintable(d.errors));
    d = driver({"--outbox", dir, "--enqueue", big.files[0]}, "ulimit -f 64");
    QCOMPARE(d.exitCode, 1);
    QVERIFY2(d.errors.contains("The report could not be saved for sending: the disk is full or cannot be written."),
             qPrintable(d.errors));
    {
      CloudError error;
      std::unique_ptr<Outbox> outbox = Outbox::open(dir, &error);
      QVERIFY2(outbox, qPrintable(error.detail));
      const QList<OutboxItem> items = outbox->items();
      QCOMPARE(items.size(), 1);
      QCOMPARE(items.first().sopInstanceUid, small.sopUids[0]);
      QCOMPARE(items.first().state, OutboxItem::Pending);
      QVERIFY(!outbox->item(big.sopUids[0]).isValid());
    }
    d = driver({"--outbox", dir, "--profile", path("orthanc/cloud.ini"), "--run-until-empty", "60", "--enqueue",
                big.files[0]});
    QVERIFY2(d.exitCode == 0, qPrintable(d.errors));
    QCOMPARE(linesAfter(d.out, "delivered "), (QSet<QString>{small.sopUids[0], big.sopUids[0]}));
    QCOMPARE(retrieve(big, big.sopUids[0]), readAll(big.files[0]));
  }

  // A wrong password: items stay pending with the message, delivery waits
  // for the user instead of retrying; signed in again, they go out.
  void wrongPasswordBlocksUntilSignedInAgain() {
    const Study s = makeStudy("f", 1);
    QVERIFY(!s.files.isEmpty());
    CloudError error;
    std::unique_ptr<Outbox> outbox = Outbox::open(path("outbox-f"), &error);
    QVERIFY(outbox);
    outbox->setRetryDelays(100, 200);
    QSignalSpy blocked(outbox.get(), &Outbox::deliveryBlocked);
    QVERIFY(enqueueFile(outbox.get(), s, 0));
    ServerProfile wrong = m_profile;
    wrong.password = "not-the-password";
    outbox->start(wrong);
    QTRY_COMPARE_WITH_TIMEOUT(blocked.size(), 1, 20000);
    QTest::qWait(600);
    OutboxItem item = outbox->item(s.sopUids[0]);
    QCOMPARE(item.state, OutboxItem::Pending);
    QCOMPARE(item.attempts, 1);
    QCOMPARE(outbox->blockedBy().code, CloudErrorCode::AuthenticationFailed);
    QVERIFY2(item.lastError.contains("user name or password"), qPrintable(item.lastError));

    outbox->start(m_profile);
    QTRY_COMPARE_WITH_TIMEOUT(outbox->item(s.sopUids[0]).state, OutboxItem::Sent, 20000);
    QVERIFY(!outbox->blockedBy().isError());
    QCOMPARE(archived(s), QStringList{s.sopUids[0]});
  }

  // One holder at a time: a second open of the same directory is refused.
  void secondHolderIsRefused() {
    CloudError error;
    std::unique_ptr<Outbox> outbox = Outbox::open(path("outbox-g"), &error);
    QVERIFY(outbox);
    const Driver d = driver({"--outbox", path("outbox-g")});
    QCOMPARE(d.exitCode, 2);
    QVERIFY2(d.errors.contains("in use by another Yunyue program"), qPrintable(d.errors));
  }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "test_outbox.moc"
