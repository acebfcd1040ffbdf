// After the GUI test suite has run (ctest runs it first: fixture "gui_suite"),
// no test key or token appears in any file under the config, data or cache directories those tests
// wrote to — in clear, as UTF-16, or base64-encoded.

#include "testsecrets.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ft;

namespace {

struct Needle
{
    QByteArray bytes;
    QString what;
};

QList<Needle> needles()
{
    QList<Needle> out;
    for (const char *secret : {test::kTestApiKey, test::kTestArmToken, test::kTestAuxToken}) {
        const QString s = QString::fromLatin1(secret);
        out.append({s.toUtf8(), s});
        out.append({QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2), s + u" (UTF-16)"});
        out.append({s.toUtf8().toBase64(), s + u" (base64)"});
        // Inside a longer base64 text the secret's encoding depends on where it starts: a long enough
        // run from its middle is found at each of the three alignments.
        for (int shift = 0; shift < 3; ++shift)
            out.append({QByteArray(QByteArray(shift, 'x') + s.toUtf8()).toBase64().mid(8, 24),
                        s + QStringLiteral(" (base64 at offset %1)").arg(shift)});
    }
    return out;
}

// Every file under `root` that holds a needle, with what was found; `scanned` counts the files read.
QStringList findSecrets(const QString &root, int *scanned)
{
    const QList<Needle> all = needles();
    qsizetype longest = 0;
    for (const Needle &n : all)
        longest = std::max(longest, n.bytes.size());
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++*scanned;
        QByteArray carry;
        while (!f.atEnd()) {
            const QByteArray window = carry + f.read(4 << 20);
            for (const Needle &n : all) {
                if (window.contains(n.bytes))
                    hits << path + u": " + n.what;
            }
            carry = window.right(longest - 1);
        }
    }
    hits.removeDuplicates();
    return hits;
}

} // namespace

class TestSecretsOnDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theScan_findsAPlantedSecret();
    void afterTheGuiSuite_noSecretIsOnDisk();
};

void TestSecretsOnDisk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // where the GUI tests kept their config, data and cache
}

void TestSecretsOnDisk::theScan_findsAPlantedSecret()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("a/b"));
    const QString key = QString::fromLatin1(test::kTestApiKey);
    QFile clear(dir.filePath(QStringLiteral("a/b/settings.conf")));
    QVERIFY(clear.open(QIODevice::WriteOnly));
    clear.write(QByteArray(5 << 20, '.') + "key=" + key.toUtf8()); // past the first read
    clear.close();
    QFile wide(dir.filePath(QStringLiteral("a/wide.bin")));
    QVERIFY(wide.open(QIODevice::WriteOnly));
    wide.write(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    wide.close();
    QFile encoded(dir.filePath(QStringLiteral("encoded.json")));
    QVERIFY(encoded.open(QIODevice::WriteOnly));
    encoded.write("{\"auth\": \""
                  + QByteArray("user:" + QString::fromLatin1(test::kTestArmToken).toUtf8()).toBase64()
                  + "\"}");
    encoded.close();
    QFile innocent(dir.filePath(QStringLiteral("innocent.txt")));
    QVERIFY(innocent.open(QIODevice::WriteOnly));
    innocent.write("api-key: ••••");
    innocent.close();

    int scanned = 0;
    const QStringList hits = findSecrets(dir.path(), &scanned);
    QCOMPARE(scanned, 4);
    QVERIFY2(hits.size() == 3, qPrintable(hits.join(u'\n')));
    QVERIFY(hits.filter(QStringLiteral("settings.conf")).size() == 1);
    QVERIFY(hits.filter(QStringLiteral("wide.bin")).size() == 1);
    QVERIFY(hits.filter(QStringLiteral("encoded.json")).size() == 1);
}

void TestSecretsOnDisk::afterTheGuiSuite_noSecretIsOnDisk()
{
    const QString roots[] = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                             QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    int scanned = 0;
    QStringList hits;
    for (const QString &root : roots)
        hits += findSecrets(root, &scanned);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));

    // The scan looked where the GUI suite wrote: its settings, drafts and caches are there.
    QVERIFY2(scanned >= 3, qPrintable(QString::number(scanned)));
    bool profileSeen = false; // tst_connections saved a profile named "Typed v1" in its settings
    QDirIterator it(roots[0], {QStringLiteral("tst_connections.conf")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        profileSeen = profileSeen || (f.open(QIODevice::ReadOnly) && f.readAll().contains("Typed v1"));
    }
    QVERIFY(profileSeen);
    QVERIFY(QDir(roots[1] + QStringLiteral("/tst_dashboard/cache")).exists());
}

QTEST_GUILESS_MAIN(TestSecretsOnDisk)
#include "tst_secrets_on_disk.moc"
