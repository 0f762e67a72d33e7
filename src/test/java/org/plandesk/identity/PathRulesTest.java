package org.plandesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/** A feature's rules stay on its own paths, so no feature can open or close another's. */
class PathRulesTest {

  @Test
  void aRuleOnTheFeaturesOwnPathsIsTaken() {
    PathRules rules =
        PathRules.scriptApi(
            List.of("/api/grants/**"),
            PathRules.on(HttpMethod.POST, "/api/grants/*/document/regenerate").roles(Groups.ADMIN),
            PathRules.on(HttpMethod.GET, "/api/grants/**").signedIn());

    assertThat(rules.chain()).isEqualTo(PathRules.Chain.SCRIPT_API);
    assertThat(rules.refusal()).isEqualTo("Your role may not do this");
    assertThat(rules.rules())
        .extracting(PathRules.Rule::roles)
        .containsExactly(List.of(Groups.ADMIN), List.of());
    assertThat(rules.refusing("Only administrators").refusal()).isEqualTo("Only administrators");
  }

  @Test
  void aRuleOutsideTheFeaturesPathsIsRefused() {
    assertThatThrownBy(
            () ->
                PathRules.api(
                    List.of("/api/versions/**"),
                    PathRules.on(HttpMethod.GET, "/api/**").signedIn()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/api/**");
    assertThatThrownBy(
            () ->
                PathRules.pages(
                    List.of("/plans/**"), PathRules.on("/plansandmore").roles(Groups.ADMIN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleNamesAtLeastOneGroup() {
    assertThatThrownBy(() -> PathRules.on("/plans/x").roles())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withinIsTheSamePatternOrOneUnderAWildcardTail() {
    assertThat(PathRules.within("/api/grants/*/document.docx", "/api/grants/**")).isTrue();
    assertThat(PathRules.within("/api/grants", "/api/grants/**")).isTrue();
    assertThat(PathRules.within("/api/grants/**", "/api/grants/**")).isTrue();
    assertThat(PathRules.within("/api/grantsx/1", "/api/grants/**")).isFalse();
    assertThat(PathRules.within("/api/**", "/api/grants/**")).isFalse();
    assertThat(PathRules.within("/plans/versions/*", "/plans/versions/*")).isTrue();
    assertThat(PathRules.within("/plans/versions/1", "/plans/versions/*")).isFalse();
  }
}
