#pragma once

#include "grader.h"

namespace ft::core {

// A grader to start from, for each type a job's grader can have (label_model only inside multi): each
// compares the model's answer, {{sample.output_text}}, with the example's {{item.reference_answer}}.
Grader graderTemplate(Grader::Type type);

} // namespace ft::core
