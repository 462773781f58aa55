#pragma once

// Text for the case engine's codes (context "jpki::messages::Workflow"): the steps of a case,
// why the rules refuse, what input is missing, and one message for any error of a command.
// Japanese source strings, translated through Qt Linguist.

#include "workflow/case_inputs.h"
#include "workflow/refusal.h"
#include "workflow/step.h"
#include "workflow/workflow_error.h"

#include <QString>

namespace jpki::messages {

QString stepName(workflow::Step step);
QString refusalReasonText(workflow::RefusalReason reason);
QString inputProblemText(workflow::InputProblem problem);
QString certificateSelectionName(workflow::CertificateSelection selection);
QString proxyKindName(workflow::ProxyKind kind);
// The refusal's reason followed by its details: the shortfalls, the PIN's problems, the day the
// renewal window opens, the tries left.
QString refusalText(const workflow::Refusal& refusal);
// What the clerk reads for any failed command.
QString workflowErrorText(const workflow::WorkflowError& error);

} // namespace jpki::messages
