package org.plandesk.security;

import org.plandesk.PlanDeskWebTest;

/** The engine API attacks against the embedded default (H2). */
@PlanDeskWebTest
class EngineApiAttacksHttpTest extends EngineApiAttacks {

  @Override
  String adminPassword() {
    return "admin";
  }
}
