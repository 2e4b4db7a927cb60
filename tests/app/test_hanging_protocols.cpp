// Hanging protocols, the model: the center's defaults (layouts and window
// presets that exist), the choice of the most specific protocol for a
// series (data-driven, on the defaults and on a list built to tell every
// ranking rule apart), the JSON round trip, the environment override of the
// file's place, and a damaged file: defaults used, a clear message, the file
// put aside and never overwritten by the next save.

#include "app/HangingProtocol.h"
#include "viewer/WindowPresets.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

HangingProtocol make(const QString& name, const QString& modality, const QString& bodyPart,
                     const QString& description = QString()) {
  HangingProtocol p;
  p.name = name;
  p.modality = modality;
  p.bodyPart = bodyPart;
  p.descriptionContains = description;
  p.fitViewsToLayout();
  return p;
}

// One protocol per ranking rule, and a tie broken by the list's order.
QList<HangingProtocol> rankingList() {
  return {
      make("any CT", "CT", ""),
      make("C*", "CT", "C*"),
      make("CHEST*", "CT", "CHEST*"),
      make("CHEST", "CT", "CHEST"),
      make("CT lung", "CT", "", "lung"),
      make("CT CHEST* lung", "CT", "CHEST*", "LUNG"),
      make("lung window", "", "", "lung window"),
      make("CHEST again", "CT", "chest"),
      make("HEAD*", "CT", "HEAD*"),
  };
}

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
  QFile f(path);
  return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

}  // namespace

class TestHangingProtocols : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;

 private slots:
  void defaults() {
    const QList<HangingProtocol> all = defaultHangingProtocols();
    QCOMPARE(all.size(), 6);
    QStringList presetIds;
    for (const WindowPreset& p : windowPresets("CT", "en")) presetIds << p.id;
    QVERIFY(presetIds.contains("brain"));
    for (const HangingProtocol& p : all) {
      QVERIFY(!p.name.isEmpty());
      QCOMPARE(p.views.size(), viewRoles(p.layout).size());
      for (const HangingViewSettings& v : p.views)
        QVERIFY2(v.windowPreset.isEmpty() || presetIds.contains(v.windowPreset), qPrintable(v.windowPreset));
    }
    const HangingProtocol head = all[chooseHangingProtocol(all, "CT", "HEAD", "Head 1.5mm")];
    QCOMPARE(head.layout, HangingLayout::MprAndVolume);
    QCOMPARE(head.view(HangingViewRole::Coronal).windowPreset, QString("brain"));
    const HangingProtocol chest = all[chooseHangingProtocol(all, "CT", "CHEST", "")];
    QCOMPARE(chest.view(HangingViewRole::Axial).slabMode, SlabMode::Mip);
    QCOMPARE(chest.view(HangingViewRole::Axial).slabThicknessMm, 10.0);
    QCOMPARE(chest.view(HangingViewRole::Axial).windowPreset, QString("lung"));
    QCOMPARE(chest.view(HangingViewRole::Sagittal).slabMode, SlabMode::None);
    QCOMPARE(all[chooseHangingProtocol(all, "CT", "ABDOMEN", "")].view(HangingViewRole::Axial).windowPreset,
             QString("abdomen"));
    QCOMPARE(all[chooseHangingProtocol(all, "CR", "SKULL", "")].layout, HangingLayout::SingleImage);
    QCOMPARE(all[chooseHangingProtocol(all, "DX", "CHEST", "")].layout, HangingLayout::SingleImage);
    QCOMPARE(all[chooseHangingProtocol(all, "MR", "HEAD", "T1")].layout, HangingLayout::MprAxial);
  }

  void chooseDefaults_data() {
    QTest::addColumn<QString>("modality");
    QTest::addColumn<QString>("bodyPart");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expected");  // protocol name, empty: none
    QTest::newRow("CT head") << "CT" << "HEAD" << "Head 1.5mm" << "CT head";
    QTest::newRow("lower case") << "ct" << "head" << "" << "CT head";
    QTest::newRow("brain") << "CT" << "BRAIN" << "" << "CT head";
    QTest::newRow("CT chest") << "CT" << "CHEST" << "" << "CT chest";
    QTest::newRow("CT abdomen") << "CT" << "ABDOMEN" << "" << "CT abdomen";
    QTest::newRow("CT without body part") << "CT" << "" << "" << "CT";
    QTest::newRow("CT knee") << "CT" << "KNEE" << "" << "CT";
    QTest::newRow("CR") << "CR" << "SKULL" << "" << "Radiograph";
    QTest::newRow("DX") << "DX" << "CHEST" << "" << "Radiograph";
    QTest::newRow("MR") << "MR" << "HEAD" << "" << "MR";
    QTest::newRow("US: none") << "US" << "ABDOMEN" << "" << "";
  }
  void chooseDefaults() {
    QFETCH(QString, modality);
    QFETCH(QString, bodyPart);
    QFETCH(QString, description);
    QFETCH(QString, expected);
    const QList<HangingProtocol> all = defaultHangingProtocols();
    const int chosen = chooseHangingProtocol(all, modality, bodyPart, description);
    QCOMPARE(chosen < 0 ? QString() : all[chosen].name, expected);
  }

  void chooseRanking_data() {
    QTest::addColumn<QString>("modality");
    QTest::addColumn<QString>("bodyPart");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("expected");
    // Rule 2: exact body part over patterns, more literal characters over fewer;
    // rule 4: "CHEST again" ties with "CHEST" and comes later.
    QTest::newRow("exact over wildcards") << "CT" << "CHEST" << "" << "CHEST";
    QTest::newRow("longer pattern") << "CT" << "CHESTWALL" << "" << "CHEST*";
    QTest::newRow("short pattern") << "CT" << "CARDIAC" << "" << "C*";
    QTest::newRow("modality only") << "CT" << "KNEE" << "" << "any CT";
    // Patterns are anchored: HEAD* is not in FOREHEAD.
    QTest::newRow("anchored") << "CT" << "FOREHEAD" << "" << "any CT";
    QTest::newRow("anchored start") << "CT" << "HEADNECK" << "" << "HEAD*";
    // Rule 1: more criteria beat a more exact body part, and a longer word.
    QTest::newRow("description adds") << "CT" << "KNEE" << "Lung 1mm" << "CT lung";
    QTest::newRow("three criteria") << "CT" << "CHEST" << "LUNG 1mm" << "CT CHEST* lung";
    QTest::newRow("criteria over length") << "CT" << "KNEE" << "lung window 1mm" << "CT lung";
    QTest::newRow("description alone") << "MR" << "KNEE" << "Lung window" << "lung window";
    QTest::newRow("nothing") << "MR" << "KNEE" << "" << "";
  }
  void chooseRanking() {
    QFETCH(QString, modality);
    QFETCH(QString, bodyPart);
    QFETCH(QString, description);
    QFETCH(QString, expected);
    const QList<HangingProtocol> list = rankingList();
    const int chosen = chooseHangingProtocol(list, modality, bodyPart, description);
    QCOMPARE(chosen < 0 ? QString() : list[chosen].name, expected);
  }

  void tieGoesToTheEarlier() {
    QList<HangingProtocol> list = rankingList();
    list.swapItemsAt(3, 7);  // "CHEST again" now first of the two
    QCOMPARE(list[chooseHangingProtocol(list, "CT", "CHEST", "")].name, QString("CHEST again"));
  }

  void layoutChangeKeepsViews() {
    HangingProtocol chest = defaultHangingProtocols()[1];
    chest.layout = HangingLayout::MprAxial;
    chest.fitViewsToLayout();
    QCOMPARE(chest.views.size(), 1);
    QCOMPARE(chest.views[0].role, HangingViewRole::Axial);
    QCOMPARE(chest.views[0].slabMode, SlabMode::Mip);
    chest.layout = HangingLayout::CurrentVsPrior;
    chest.fitViewsToLayout();
    QCOMPARE(chest.views.size(), 2);
    QCOMPARE(chest.views[1].role, HangingViewRole::Prior);
    QVERIFY(chest.views[1].windowPreset.isEmpty());
  }

  void roundTrip() {
    QList<HangingProtocol> list = defaultHangingProtocols();
    HangingProtocol prior = make("CT chest follow-up", "CT", "CHEST\\THORAX", "follow");
    prior.layout = HangingLayout::CurrentVsPrior;
    prior.fitViewsToLayout();
    prior.views[0].windowPreset = "lung";
    prior.views[1].windowPreset = "mediastinum";
    prior.views[1].slabMode = SlabMode::Average;
    prior.views[1].slabThicknessMm = 5;
    list.insert(0, prior);
    list[3].start3d = true;
    const QString path = m_tmp.filePath("roundtrip/hanging-protocols.json");
    QVERIFY(!saveHangingProtocols(list, path).isError());
    const HangingProtocolLoad load = loadHangingProtocols(path);
    QVERIFY2(!load.error.isError(), qPrintable(load.error.detail));
    QCOMPARE(load.protocols.size(), list.size());
    for (int i = 0; i < list.size(); ++i) QVERIFY2(load.protocols[i] == list[i], qPrintable(list[i].name));
    // Stable words in the file, readable by a person.
    const QJsonObject first = QJsonDocument::fromJson(readAll(path)).object().value("protocols")[0].toObject();
    QCOMPARE(first.value("layout").toString(), QString("current-vs-prior"));
    QCOMPARE(first.value("match").toObject().value("bodyPartExamined").toString(), QString("CHEST\\THORAX"));
    QCOMPARE(first.value("views")[1].toObject().value("slab").toString(), QString("average"));
  }

  void missingFileGivesDefaults() {
    const HangingProtocolLoad load = loadHangingProtocols(m_tmp.filePath("none.json"));
    QVERIFY(!load.error.isError());
    QCOMPARE(load.protocols, defaultHangingProtocols());
  }

  void damagedFile_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArray("{\"format\": 1, \"protocols\": [ {\"name\": \"CT");
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
    QTest::newRow("unknown layout") << QByteArray(
        R"({"format": 1, "protocols": [{"name": "x", "layout": "5x5", "views": []}]})");
    QTest::newRow("unknown slab") << QByteArray(
        R"({"format": 1, "protocols": [{"name": "x", "layout": "mpr-axial", "views": [{"role": "axial", "slab": "max"}]}]})");
    QTest::newRow("no name") << QByteArray(R"({"format": 1, "protocols": [{"layout": "mpr-axial"}]})");
    QTest::newRow("other format") << QByteArray(R"({"format": 2, "protocols": []})");
  }
  void damagedFile() {
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath("hanging-protocols.json");
    QVERIFY(writeAll(path, content));
    const HangingProtocolLoad load = loadHangingProtocols(path);
    QCOMPARE(load.error.code, HangingProtocolError::Code::DamagedFile);
    QVERIFY(!load.error.message.isEmpty());
    QCOMPARE(load.protocols, defaultHangingProtocols());
    // Put aside, byte for byte, and named in the message.
    QCOMPARE(load.damagedFileMovedTo, path + ".bad");
    QVERIFY(load.error.message.contains(load.damagedFileMovedTo));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(readAll(path + ".bad"), content);
    // Saving afterwards writes a new file and leaves the damaged one alone.
    QVERIFY(!saveHangingProtocols(load.protocols, path).isError());
    QCOMPARE(readAll(path + ".bad"), content);
    QVERIFY(!loadHangingProtocols(path).error.isError());
    // A second damaged file does not replace the first one put aside.
    QVERIFY(writeAll(path, "garbage"));
    const HangingProtocolLoad again = loadHangingProtocols(path);
    QCOMPARE(again.error.code, HangingProtocolError::Code::DamagedFile);
    QVERIFY(again.damagedFileMovedTo.startsWith(path + ".bad-"));
    QCOMPARE(readAll(again.damagedFileMovedTo), QByteArray("garbage"));
    QCOMPARE(readAll(path + ".bad"), content);
  }

  void unwritablePath() {
    const QString blocker = m_tmp.filePath("a-file");
    QVERIFY(writeAll(blocker, "x"));
    const HangingProtocolError error = saveHangingProtocols(defaultHangingProtocols(), blocker + "/sub/hp.json");
    QCOMPARE(error.code, HangingProtocolError::Code::UnwritableFile);
    QVERIFY(!error.message.isEmpty());
  }

  void pathFromEnvironment() {
    qputenv("YUNYUE_HANGING_PROTOCOLS", m_tmp.filePath("env.json").toUtf8());
    QCOMPARE(hangingProtocolsPath(), m_tmp.filePath("env.json"));
    qunsetenv("YUNYUE_HANGING_PROTOCOLS");
    QCOMPARE(hangingProtocolsPath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/hanging-protocols.json");
  }
};

QTEST_GUILESS_MAIN(TestHangingProtocols)
#include "test_hanging_protocols.moc"
