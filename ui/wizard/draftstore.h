#pragma once

#include "core/finetunedraft.h"
#include "core/writeerror.h"

#include <QString>

#include <optional>

namespace ft::ui {

// The wizard's draft on disk (the app's data directory), written whole or not at all, never with a
// secret in it: a crash or a close loses nothing, and the next wizard offers to resume.
class DraftStore
{
public:
    explicit DraftStore(QString path);

    std::optional<core::FineTuneDraft> load() const;
    // Whole or not at all; a failure (a full disk) keeps the previous draft and says why.
    [[nodiscard]] std::optional<core::WriteError> save(const core::FineTuneDraft &draft) const;
    void clear() const;
    QString path() const { return m_path; }

    static QString defaultPath();

private:
    QString m_path;
};

} // namespace ft::ui
