package org.plandesk.architecture;

import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskApplication;
import org.springframework.modulith.core.ApplicationModules;

/**
 * PlanDesk's modules are its top-level packages (plan, review, grant, document, notification,
 * audit, identity, web, system, process, demo). Spring Modulith checks that they form no cycle and
 * that a module uses only another's public API: the classes at the top of its package and the
 * sub-packages it declares as named interfaces (package-info.java).
 */
class ModuleBoundariesTest {

  static final ApplicationModules MODULES = ApplicationModules.of(PlanDeskApplication.class);

  @Test
  void modulesFormNoCycleAndUseOnlyEachOthersPublicApi() {
    MODULES.verify();
  }
}
