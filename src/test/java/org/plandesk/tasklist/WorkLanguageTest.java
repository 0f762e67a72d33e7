package org.plandesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.plandesk.grant.GrantNotFound;
import org.plandesk.grant.GrantService;
import org.plandesk.grant.process.GrantRequestPort;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.PlanVersionPort;
import org.plandesk.review.process.PlanReviewPort;

/**
 * The installation's language ({@code plandesk.language}) wherever nothing better is known, and
 * never a failure: a task must open.
 */
class WorkLanguageTest {

  private final PlanService plans = mock(PlanService.class);
  private final GrantService grants = mock(GrantService.class);
  private final IdentityService identity = mock(IdentityService.class);
  private final PlanVersionPort planVersion = mock(PlanVersionPort.class);
  private final GrantRequestPort grantRequest = mock(GrantRequestPort.class);
  private final VariableScope step = mock(VariableScope.class);
  private final WorkLanguage languages =
      new WorkLanguage(
          plans, grants, identity, planVersion, mock(PlanReviewPort.class), grantRequest, "lt");

  @Test
  void aStepAboutNoPlanIsInTheInstallationsLanguage() {
    assertThat(languages.of(step)).isEqualTo(PlanLanguage.lt);
  }

  @Test
  void aVersionThatIsGoneFallsBackToTheInstallationsLanguage() {
    when(planVersion.versionId(step)).thenReturn(Optional.of(7L));
    when(plans.version(7L)).thenThrow(new PlanNotFound("There is no plan version 7"));
    assertThat(languages.of(step)).isEqualTo(PlanLanguage.lt);
  }

  @Test
  void aGrantRequestThatIsGoneFallsBackToTheInstallationsLanguage() {
    when(grantRequest.grantId(step)).thenReturn(Optional.of(9L));
    when(grants.request(9L)).thenThrow(new GrantNotFound("There is no grant request 9"));
    assertThat(languages.of(step)).isEqualTo(PlanLanguage.lt);
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
}
