package org.plandesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Libraries are Camunda tenants, and their membership decides what a library's staff will see: no
 * one but the administrator makes, renames or deletes a tenant or changes its members, neither
 * through {@code /engine-rest} nor through the Tasklist's own engine API ({@code
 * identity/EngineApiRules}: every tenant write is the administrator's). Each refusal is a 403 with
 * nothing changed.
 */
@PlanDeskWebTest
class TenantsThroughEngineApiHttpTest {

  private static final List<String> STAFF = List.of("coordinator", "director", "auditor", "anna");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;

  @Test
  void staffCannotMakeRenameOrDeleteTenantsNorChangeTheirMembersThroughEngineRest() {
    WebClient rest = new WebClient(port);
    long tenants = identity.createTenantQuery().count();
    List<String> ownMembers = members("JAMVK");

    for (String user : STAFF) {
      List<HttpResponse<String>> refused =
          List.of(
              rest.api(
                  "POST",
                  "/engine-rest/tenant/create",
                  "{\"id\":\"FORGED\",\"name\":\"Forged\"}",
                  user,
                  "demo"),
              rest.api(
                  "PUT",
                  "/engine-rest/tenant/JAMVK",
                  "{\"id\":\"JAMVK\",\"name\":\"Renamed\"}",
                  user,
                  "demo"),
              rest.api("DELETE", "/engine-rest/tenant/JAMVK", null, user, "demo"),
              rest.api("PUT", "/engine-rest/tenant/JAMVK/user-members/" + user, null, user, "demo"),
              rest.api("DELETE", "/engine-rest/tenant/JAMVK/user-members/anna", null, user, "demo"),
              rest.api(
                  "PUT", "/engine-rest/tenant/JAMVK/group-members/coordinator", null, user, "demo"),
              rest.api(
                  "PUT",
                  "/engine-rest/engine/default/tenant/JAMVK/user-members/" + user,
                  null,
                  user,
                  "demo"));
      for (HttpResponse<String> response : refused) {
        assertThat(response.statusCode())
            .as("%s %s", user, response.request().uri())
            .isEqualTo(403);
      }
    }

    assertThat(identity.createTenantQuery().count()).isEqualTo(tenants);
    assertThat(identity.createTenantQuery().tenantId("FORGED").count()).isZero();
    assertThat(identity.createTenantQuery().tenantId("JAMVK").singleResult().getName())
        .isEqualTo("József Attila Megyei és Városi Könyvtár");
    assertThat(members("JAMVK")).isEqualTo(ownMembers);
    assertThat(identity.createTenantQuery().groupMember("coordinator").count()).isZero();
  }

  @Test
  void staffCannotMakeTenantsOrMembershipsThroughTheTasklistsEngineApi() {
    String api = "/camunda/api/engine/engine/" + engine.getName() + "/tenant";
    WebClient web = new WebClient(port).signIn("coordinator", "demo");
    web.get("/camunda/app/tasklist/" + engine.getName() + "/");
    web.getJson(api);
    long tenants = identity.createTenantQuery().count();

    HttpResponse<String> create =
        web.postJsonAsWebapp(api + "/create", "{\"id\":\"FORGED\",\"name\":\"Forged\"}");
    HttpResponse<String> join = web.sendAsWebapp("PUT", api + "/JAMVK/user-members/peter", null);
    HttpResponse<String> group =
        web.sendAsWebapp("PUT", api + "/JAMVK/group-members/coordinator", null);

    assertThat(List.of(create, join, group))
        .allSatisfy(
            r -> assertThat(r.statusCode()).as(r.request().uri().toString()).isEqualTo(403));
    assertThat(identity.createTenantQuery().count()).isEqualTo(tenants);
    assertThat(identity.createTenantQuery().groupMember("coordinator").count()).isZero();
  }

  @Test
  void theAdministratorMayManageTenantsThroughEngineRest() {
    WebClient rest = new WebClient(port);

    HttpResponse<String> created =
        rest.api(
            "POST",
            "/engine-rest/tenant/create",
            "{\"id\":\"ADMINMADE\",\"name\":\"Made by the administrator\"}",
            "admin",
            "admin");

    assertThat(created.statusCode()).isEqualTo(204);
    assertThat(identity.createTenantQuery().tenantId("ADMINMADE").singleResult().getName())
        .isEqualTo("Made by the administrator");
    assertThat(
            rest.api("DELETE", "/engine-rest/tenant/ADMINMADE", null, "admin", "admin")
                .statusCode())
        .isEqualTo(204);
  }

  private List<String> members(String tenant) {
    return identity.createUserQuery().memberOfTenant(tenant).orderByUserId().asc().list().stream()
        .map(User::getId)
        .toList();
  }
}
