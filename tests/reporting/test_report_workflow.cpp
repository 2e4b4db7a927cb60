// The workflow state a study shows, derived from the reports in the archive,
// and the daily spot-check sample.

#include "reporting/ReportWorkflow.h"

#include <QTest>

using namespace yunyue;

namespace {

ArchivedReport report(const QString& uid, const QString& series, int minute, bool verified,
                      QStringList predecessors = {}) {
  ArchivedReport r;
  r.sopInstanceUid = uid;
  r.seriesUid = series;
  r.contentDateTime = QDateTime(QDate(2026, 11, 23), QTime(9, minute), Qt::UTC);
  r.complete = true;
  r.verified = verified;
  r.predecessorUids = predecessors;
  r.signaturesValid = true;
  return r;
}

QStringList uids(int n) {
  QStringList list;
  for (int i = 0; i < n; ++i) list.append(QStringLiteral("1.2.826.0.1.3680043.10.1.%1").arg(i + 1));
  return list;
}

}  // namespace

class TestReportWorkflow : public QObject {
  Q_OBJECT
 private slots:
  void states_data() {
    QTest::addColumn<QList<ArchivedReport>>("reports");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("current");

    QTest::newRow("nothing") << QList<ArchivedReport>{} << false << int(ReportState::Unread) << "";
    QTest::newRow("local draft") << QList<ArchivedReport>{} << true << int(ReportState::Draft) << "";
    QTest::newRow("author signed")
        << QList<ArchivedReport>{report("1.1", "S1", 0, false)} << false << int(ReportState::Preliminary) << "1.1";
    // The countersigned version is newer and in the same series.
    QTest::newRow("countersigned")
        << QList<ArchivedReport>{report("1.1", "S1", 0, false), report("1.2", "S1", 5, true)} << false
        << int(ReportState::Final) << "1.2";
    // Clock skew between workstations: the verified version still wins.
    QTest::newRow("verified but older clock")
        << QList<ArchivedReport>{report("1.1", "S1", 9, false), report("1.2", "S1", 5, true)} << false
        << int(ReportState::Final) << "1.2";
    QTest::newRow("amendment pending review")
        << QList<ArchivedReport>{report("1.1", "S1", 0, false), report("1.2", "S1", 5, true),
                                 report("2.1", "S2", 30, false, {"1.2"})}
        << false << int(ReportState::Preliminary) << "2.1";
    QTest::newRow("amended")
        << QList<ArchivedReport>{report("1.2", "S1", 5, true), report("2.1", "S2", 30, false, {"1.2"}),
                                 report("2.2", "S2", 40, true, {"1.2"})}
        << true << int(ReportState::Amended) << "2.2";
    // Order of listing must not matter.
    QTest::newRow("amended, listed backwards")
        << QList<ArchivedReport>{report("2.2", "S2", 40, true, {"1.2"}), report("2.1", "S2", 30, false, {"1.2"}),
                                 report("1.2", "S1", 5, true)}
        << false << int(ReportState::Amended) << "2.2";
  }
  void states() {
    QFETCH(QList<ArchivedReport>, reports);
    QFETCH(bool, draft);
    QFETCH(int, state);
    QFETCH(QString, current);
    const StudyReportState s = deriveReportState(reports, draft);
    QCOMPARE(int(s.state), state);
    QCOMPARE(s.currentReportUid, current);
    QVERIFY(s.invalidReportUids.isEmpty());
    QVERIFY(!reportStateName(s.state).isEmpty());
  }

  // A tampered or unsigned report never makes a study Final.
  void invalidSignaturesDoNotCount() {
    ArchivedReport tampered = report("1.2", "S1", 5, true);
    tampered.signaturesValid = false;
    ArchivedReport partial = report("1.3", "S3", 7, false);
    partial.complete = false;
    const StudyReportState s = deriveReportState({report("1.1", "S1", 0, false), tampered, partial}, false);
    QCOMPARE(int(s.state), int(ReportState::Preliminary));
    QCOMPARE(s.currentReportUid, QString("1.1"));
    QCOMPARE(s.invalidReportUids, QStringList({"1.2", "1.3"}));
  }

  void conflictCheck_data() {
    QTest::addColumn<QList<ArchivedReport>>("archive");
    QTest::addColumn<ArchivedReport>("outgoing");
    QTest::addColumn<bool>("conflict");
    QTest::addColumn<QString>("current");
    const ArchivedReport prelim = report("1.1", "S1", 0, false);
    const ArchivedReport final = report("1.2", "S1", 5, true);
    QTest::newRow("first report") << QList<ArchivedReport>{} << prelim << false << "";
    QTest::newRow("resend") << QList<ArchivedReport>{prelim} << prelim << false << "1.1";
    QTest::newRow("countersign") << QList<ArchivedReport>{prelim} << final << false << "1.1";
    QTest::newRow("amend the final") << QList<ArchivedReport>{prelim, final} << report("2.1", "S2", 30, false, {"1.2"})
                                     << false << "1.2";
    // Another reader reported the study meanwhile.
    QTest::newRow("reported meanwhile") << QList<ArchivedReport>{prelim} << report("3.1", "S3", 9, false) << true
                                        << "1.1";
    // Another reviewer verified it first.
    QTest::newRow("verified meanwhile") << QList<ArchivedReport>{prelim, final} << report("1.3", "S1", 9, true)
                                        << true << "1.2";
    // Someone else amended the final first.
    QTest::newRow("amended meanwhile")
        << QList<ArchivedReport>{final, report("2.1", "S2", 30, false, {"1.2"})}
        << report("4.1", "S4", 31, false, {"1.2"}) << true << "2.1";
  }
  void conflictCheck() {
    QFETCH(QList<ArchivedReport>, archive);
    QFETCH(ArchivedReport, outgoing);
    QFETCH(bool, conflict);
    QFETCH(QString, current);
    QString currentUid = "unset";
    QCOMPARE(reportConflictsWithArchive(archive, outgoing, &currentUid), conflict);
    QCOMPARE(currentUid, current);
  }

  void spotCheckIsReproducible() {
    const QStringList all = uids(200);
    const QStringList a = spotCheckSample(all, 5, 20261123);
    QCOMPARE(a.size(), 10);
    QCOMPARE(QSet<QString>(a.begin(), a.end()).size(), 10);
    for (const QString& uid : a) QVERIFY(all.contains(uid));
    // Same seed, other input order: same sample.
    QStringList reversed(all.rbegin(), all.rend());
    QCOMPARE(spotCheckSample(reversed, 5, 20261123), a);
    // Another seed (another day): another sample.
    QVERIFY(spotCheckSample(all, 5, 20261124) != a);
    // Adding a report keeps every other report's chance: the new sample of
    // one more report differs from the old by at most one swap.
    QStringList more = all;
    more.append("1.2.826.0.1.3680043.10.1.999");
    const QStringList b = spotCheckSample(more, 5, 20261123);
    int kept = 0;
    for (const QString& uid : b) kept += a.contains(uid) ? 1 : 0;
    QVERIFY(kept >= a.size() - 1);
  }

  void spotCheckEdges() {
    QVERIFY(spotCheckSample({}, 10, 1).isEmpty());
    QVERIFY(spotCheckSample(uids(50), 0, 1).isEmpty());
    QCOMPARE(spotCheckSample(uids(3), 1, 1).size(), 1);   // at least one
    QCOMPARE(spotCheckSample(uids(7), 100, 1), uids(7));   // all of them, sorted
    QCOMPARE(spotCheckSample(uids(7), 250, 1).size(), 7);
  }

  // The sample is a fair draw: over many seeds every report is picked about
  // equally often (a biased rank would favour some UIDs).
  void spotCheckIsUniform() {
    const QStringList all = uids(20);
    QHash<QString, int> picks;
    const int seeds = 4000;
    for (int s = 0; s < seeds; ++s) {
      for (const QString& uid : spotCheckSample(all, 10, quint64(s))) ++picks[uid];
    }
    // Expected 400 picks each (2 of 20 per seed); 5 SD ≈ 95.
    for (const QString& uid : all) QVERIFY2(qAbs(picks.value(uid) - 400) < 95, qPrintable(uid));
  }
};

QTEST_GUILESS_MAIN(TestReportWorkflow)
#include "test_report_workflow.moc"
