package org.plandesk.process.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.plandesk.grant.GrantNotFound;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanService;

/**
 * The installation's language ({@code plandesk.language}) wherever nothing better is known, and
 * never a failure: a task must open.
 */
class WorkLanguageTest {

  private final PlanService plans = mock(PlanService.class);
  private final GrantService grants = mock(GrantService.class);
  private final IdentityService identity = mock(IdentityService.class);
  private final WorkLanguage languages = new WorkLanguage(plans, grants, identity, "lt");

  @Test
  void aStepAboutNoPlanIsInTheInstallationsLanguage() {
    assertThat(languages.of(scope(Map.of()))).isEqualTo(PlanLanguage.lt);
  }

  @Test
  void aVersionOrGrantThatIsGoneFallsBackToTheInstallationsLanguage() {
    when(plans.version(7L)).thenThrow(new PlanNotFound("There is no plan version 7"));
    when(grants.request(9L)).thenThrow(new GrantNotFound("There is no grant request 9"));
    assertThat(languages.of(scope(Map.of("versionId", 7L)))).isEqualTo(PlanLanguage.lt);
    assertThat(languages.of(scope(Map.of("grantId", 9L)))).isEqualTo(PlanLanguage.lt);
  }

  @Test
  void aStartFormFollowsTheUserElseTheInstallation() {
    assertThat(languages.ofSignedInUser()).as("nobody signed in").isEqualTo(PlanLanguage.lt);

    when(identity.getCurrentAuthentication()).thenReturn(new Authentication("anna", null));
    assertThat(languages.ofSignedInUser()).as("no language chosen").isEqualTo(PlanLanguage.lt);
    when(identity.getUserInfo("anna", WorkLanguage.USER_LANGUAGE)).thenReturn("xx");
    assertThat(languages.ofSignedInUser()).as("an unknown one").isEqualTo(PlanLanguage.lt);
    when(identity.getUserInfo("anna", WorkLanguage.USER_LANGUAGE)).thenReturn(" SV ");
    assertThat(languages.ofSignedInUser()).isEqualTo(PlanLanguage.sv);
  }

  private static VariableScope scope(Map<String, Object> variables) {
    VariableScope scope = mock(VariableScope.class);
    Map<String, Object> all = new HashMap<>(variables);
    when(scope.getVariable(org.mockito.ArgumentMatchers.anyString()))
        .thenAnswer(call -> all.get(call.getArgument(0, String.class)));
    when(scope.getVariables()).thenReturn(Variables.fromMap(all));
    return scope;
  }
}
