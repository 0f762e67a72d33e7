package org.plandesk.plan.process;

import org.plandesk.PlanDeskTest;

/** The lifecycle as users drive it, on the embedded H2 database. */
@PlanDeskTest
class LifecycleOnEmbeddedDatabaseTest extends LifecycleAsUsersTest {}
