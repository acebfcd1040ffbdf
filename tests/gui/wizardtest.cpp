#include "wizardtest.h"

#include "datagen.h"

#include <QApplication>
#include <QStandardPaths>

namespace ft::test {

WizardTest::WizardTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(QStringLiteral("Fusion"));
}

QString WizardTest::data(const QString &name, const QByteArray &content) const
{
    return writeFile(scratchPath(name), content);
}

QString WizardTest::scratchPath(const QString &name) const
{
    return m_dir.filePath(name);
}

} // namespace ft::test
