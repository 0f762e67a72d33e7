package org.plandesk.library;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

/**
 * Each library as a Camunda tenant of its code, named like it, and its staff as the tenant's
 * members. Idempotent: a tenant or membership there already is kept (a tenant made in Camunda Admin
 * under a library's code becomes that library's). The identity service joins the caller's
 * transaction, so a library and its tenant are written together or not at all.
 */
@Component
class LibraryTenants {

  private final IdentityService identity;

  LibraryTenants(IdentityService identity) {
    this.identity = identity;
  }

  /** Whether the library's tenant exists. */
  boolean exists(String code) {
    return identity.createTenantQuery().tenantId(code).count() > 0;
  }

  /** The library's tenant, made or renamed when needed. */
  void ensure(Library library) {
    ensureAll(java.util.List.of(library));
  }

  /** Every library's tenant, in one query for those there are. */
  void ensureAll(Collection<Library> libraries) {
    Map<String, Tenant> tenants =
        identity.createTenantQuery().list().stream()
            .collect(Collectors.toMap(Tenant::getId, Function.identity()));
    for (Library library : libraries) {
      Tenant tenant = tenants.get(library.code());
      if (tenant == null) {
        tenant = identity.newTenant(library.code());
        tenant.setName(library.name());
        identity.saveTenant(tenant);
      } else if (!library.name().equals(tenant.getName())) {
        tenant.setName(library.name());
        identity.saveTenant(tenant);
      }
    }
  }

  /** Makes the user a member of the library's tenant (nothing when they are one). */
  void addMember(String code, String userId) {
    if (identity.createTenantQuery().tenantId(code).userMember(userId).count() == 0) {
      identity.createTenantUserMembership(code, userId);
    }
  }
}
