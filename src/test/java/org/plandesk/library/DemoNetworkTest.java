package org.plandesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo's library networks as the embedded default makes them: seed 000's county library with
 * its 60 member libraries in Hungarian and seed 003's methodological centre with the districts and
 * places it supervises in Russian, each library a tenant, each network's root with a coordinator.
 */
@PlanDeskTest
@TestPropertySource(properties = "plandesk.demo-network=true")
class DemoNetworkTest {

  @Autowired Libraries libraries;
  @Autowired IdentityService identity;

  @Test
  void theCountyLibraryHasItsSixtyMemberLibrariesAndTheMethodologicalCentreItsDistricts() {
    Map<String, Library> all =
        libraries.all().stream().collect(Collectors.toMap(Library::code, Function.identity()));

    List<Library> county = members(all, "JAMVK");
    assertThat(county).hasSize(60).allSatisfy(l -> assertThat(l.language()).isEqualTo("hu"));
    assertThat(all.get("KOCS").name()).isEqualTo("Községi Könyvtár, Kocs");
    assertThat(all.get("ACSTESZER").name()).isEqualTo("Községi Könyvtár, Ácsteszér");

    Library centre = all.get("VKOUB");
    assertThat(centre)
        .isEqualTo(new Library("VKOUB", "ВКО универсальная библиотека имени Абая", "ru", null));
    assertThat(members(all, "VKOUB"))
        .extracting(Library::name)
        .contains("Библиотеки Абайского района", "Библиотека села Мукур", "Библиотеки города Семей")
        .hasSize(8);

    Map<String, Tenant> tenants =
        identity.createTenantQuery().list().stream()
            .collect(Collectors.toMap(Tenant::getId, Function.identity()));
    assertThat(tenants.keySet()).containsAll(all.keySet());
    assertThat(tenants.get("VKOMUKUR").getName()).isEqualTo("Библиотека села Мукур");
  }

  @Test
  void eachNetworksRootHasACoordinator() {
    assertThat(identity.createTenantQuery().userMember("coordinator").tenantId("JAMVK").count())
        .isEqualTo(1);
    var maltseva = identity.createUserQuery().userId("maltseva").singleResult();
    assertThat(maltseva.getLastName()).isEqualTo("Мальцева");
    assertThat(identity.checkPassword("maltseva", "demo")).isTrue();
    assertThat(identity.getUserInfo("maltseva", "language")).isEqualTo("ru");
    assertThat(identity.createGroupQuery().groupMember("maltseva").singleResult().getId())
        .isEqualTo("coordinator");
    assertThat(identity.createTenantQuery().userMember("maltseva").singleResult().getId())
        .isEqualTo("VKOUB");
  }

  private static List<Library> members(Map<String, Library> all, String parent) {
    return all.values().stream().filter(l -> parent.equals(l.parentCode())).toList();
  }
}
