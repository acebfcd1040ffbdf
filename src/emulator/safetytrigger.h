#pragma once

#include <QString>
#include <QStringList>

namespace ft::emu {

struct JobRecord;

// The service evaluates training data before training and the trained model before it may be
// deployed. Real data never trips it here, so the emulator reproduces both outcomes on demand, for
// demos and tests: a job whose suffix contains "unsafe-data" fails its data evaluation, one whose
// suffix contains "unsafe-model" trains but its model is not deployable. The categories are the
// ones the Foundry article's example messages name.
namespace safetytrigger {

bool dataFails(const JobRecord &record);
bool modelFails(const JobRecord &record);

QStringList dataCategories(); // hate_fairness, self_harm, violence
QStringList modelCategories(); // Violence, Self Harm

} // namespace safetytrigger
} // namespace ft::emu
