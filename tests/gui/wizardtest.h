#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

namespace ft::test {

// The base of the wizard's test suites: standard paths in test mode (drafts and upload states stay out
// of the user's files), one style for every screenshot, and a scratch directory for data files.
class WizardTest : public QObject
{
    Q_OBJECT

public:
    WizardTest();

protected:
    QString data(const QString &name, const QByteArray &content) const; // writes it, returns its path
    QString scratchPath(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

} // namespace ft::test
