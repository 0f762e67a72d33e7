package org.plandesk.library;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.plandesk.system.StartUpLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after PlanDesk's groups and demo users ({@code identity/IdentitySetup}, {@code
 * DemoUsers}): the installation's own library as configured, and a Camunda tenant for every
 * library. The first time the own library's tenant is made (a new database, or one from before the
 * network), every member of PlanDesk's groups joins it: the staff already there are the staff of
 * the one library there was. Later staff join a library when the administrator adds them. Nodes
 * starting together take turns ({@link StartUpLock}).
 */
@Component
class LibrarySetup {

  private static final Logger log = LoggerFactory.getLogger(LibrarySetup.class);

  private final LibraryRepository repository;
  private final LibraryTenants tenants;
  private final Libraries libraries;
  private final IdentityService identity;
  private final LibraryProperties own;
  private final StartUpLock lock;

  LibrarySetup(
      LibraryRepository repository,
      LibraryTenants tenants,
      Libraries libraries,
      IdentityService identity,
      LibraryProperties own,
      StartUpLock lock) {
    this.repository = repository;
    this.tenants = tenants;
    this.libraries = libraries;
    this.identity = identity;
    this.own = own;
    this.lock = lock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(3)
  public void setUp() {
    lock.holding(this::ensureLibrariesAndTenants);
  }

  private void ensureLibrariesAndTenants() {
    Library stored =
        repository
            .find(own.code())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "plandesk.library.code (PLANDESK_LIBRARY_CODE) is "
                            + own.code()
                            + ", but this database's libraries are "
                            + repository.all().stream().map(Library::code).toList()
                            + ": a library's code never changes; set it back to the code this"
                            + " database was set up with"));
    if (!stored.name().equals(own.name()) || !stored.language().equals(own.language())) {
      repository.rename(own.code(), own.name(), own.language());
    }
    boolean firstTime = !tenants.exists(own.code());
    List<Library> all = repository.all();
    tenants.ensureAll(all);
    if (firstTime) {
      adoptStaff();
    }
    log.info("Libraries ready: {} (own library {})", all.size(), own.code());
  }

  /** Every member of PlanDesk's groups joins the own library's tenant. */
  private void adoptStaff() {
    for (String group : libraries.staffGroups()) {
      for (User user : identity.createUserQuery().memberOfGroup(group).list()) {
        tenants.addMember(own.code(), user.getId());
      }
    }
  }
}
