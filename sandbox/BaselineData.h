#pragma once

#include <QRandomGenerator64>
#include <QString>

namespace lever::sandbox {

struct SandboxContext;

// The account configuration every sandbox starts with, demo opportunities or not: the pipeline
// stages, archive reasons, users in every role, feedback templates and requisition fields.
// Deterministic: the same seed gives the same ids.
class BaselineData
{
public:
    static void seed(SandboxContext &ctx, quint64 seed);

    // A UUID drawn from `rng`, so seeded data gets stable ids.
    static QString uuid(QRandomGenerator64 &rng);
    // Id of the first active super admin (the default acting user).
    static QString superAdminId(SandboxContext &ctx);
};

} // namespace lever::sandbox
