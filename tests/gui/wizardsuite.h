#pragma once

// What each of the wizard's suites starts from: the driver that works the widgets as a user does, the
// suites' base, the waits and the test data, and the wizard's pages by a short name.

#include "datagen.h"
#include "waiting.h"
#include "wizarddriver.h"
#include "wizardtest.h"

#include "wizard/finetunewizard.h"

#include <QTest>

namespace ft::test {

using Page = ui::FineTuneWizard::PageId;

} // namespace ft::test
