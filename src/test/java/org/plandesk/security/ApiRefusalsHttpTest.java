package org.plandesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.web.WebClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each section of {@code /api} refuses with its own words: the features' rules, applied by the one
 * security configuration, keep the message of the feature whose path was asked for.
 */
@PlanDeskWebTest
class ApiRefusalsHttpTest {

  @LocalServerPort int port;

  @Test
  void theOutboxApiIsTheAdministratorsAndSaysSo() {
    var web = new WebClient(port);

    var refused = web.getWithBasic("/api/admin/mails", "director", "demo");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(Bodies.message(refused)).isEqualTo("Only administrators manage mail");
    assertThat(web.getWithBasic("/api/admin/mails", null, null).statusCode()).isEqualTo(401);
    assertThat(web.getWithBasic("/api/admin/mails", "admin", "admin").statusCode()).isEqualTo(200);
  }

  @Test
  void theReviewGrantAndPlanApisRefuseARoleThatMayNot() {
    var web = new WebClient(port);

    var interval =
        web.api(
            "PUT",
            "/api/reviews/plans/NONE/interval",
            "{\"interval\":\"P6M\"}",
            "director",
            "demo");
    var regenerate =
        web.api("POST", "/api/grants/1/document/regenerate", null, "coordinator", "demo");
    var withdraw =
        web.postJson("/api/versions/1/withdraw", "{\"reason\":\"x\"}", "director", "demo");

    for (var refused : List.of(interval, regenerate, withdraw)) {
      assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
      assertThat(Bodies.message(refused)).isEqualTo("Your role may not do this");
    }
  }

  @Test
  void whatNoRuleAllowsInASectionIsRefused() {
    var web = new WebClient(port);

    assertThat(web.api("DELETE", "/api/grants/1", null, "admin", "admin").statusCode())
        .isEqualTo(403);
    assertThat(web.api("POST", "/api/reviews/plans/NONE", null, "admin", "admin").statusCode())
        .isEqualTo(403);
    assertThat(web.api("PUT", "/api/plans", null, "admin", "admin").statusCode()).isEqualTo(403);
  }
}
