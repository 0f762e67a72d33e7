package org.plandesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.plandesk.identity.Groups;
import org.plandesk.library.Libraries;
import org.plandesk.library.NewLibrary;
import org.plandesk.system.StartUpLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's two library networks ({@code demo/library-network.json}), libraries only: seed 000's
 * county library in Tatabánya with 60 member libraries (Hungarian), and seed 003's methodological
 * centre, the East Kazakhstan regional library named after Abai, with the districts and places it
 * supervises (Russian). Each library gets its Camunda tenant, and each network's root a coordinator
 * (seed 000's is the demo's coordinator, Márku Mónika; seed 003's is its methodologist, О.
 * Мальцева, a demo user with the password {@code demo}). Made once, after the own library's set-up,
 * by the node holding the start-up lock; a library there already is left as it is.
 *
 * <p>Seed 000 says the county library serves 60 settlements but names none of them: the 60 member
 * libraries are named after real villages of Komárom-Esztergom county, chosen for the demo, not the
 * library's actual list of contracts.
 */
@Component
@ConditionalOnProperty(name = "plandesk.demo-network", havingValue = "true")
class DemoNetwork {

  private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);
  private static final String PASSWORD = "demo";

  record Entry(String code, String name, String language) {}

  record Coordinator(String id, String firstName, String lastName, String language) {}

  record Network(Entry root, Coordinator coordinator, List<Entry> members) {}

  record Networks(List<Network> networks) {}

  private final Libraries libraries;
  private final IdentityService identity;
  private final StartUpLock lock;

  DemoNetwork(Libraries libraries, IdentityService identity, StartUpLock lock) {
    this.libraries = libraries;
    this.identity = identity;
    this.lock = lock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(4)
  public void create() {
    Networks networks = read();
    lock.holding(() -> networks.networks().forEach(this::createMissing));
  }

  static Networks read() {
    try (InputStream in = DemoNetwork.class.getResourceAsStream("/demo/library-network.json")) {
      return new ObjectMapper().readValue(in, Networks.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void createMissing(Network network) {
    Entry root = network.root();
    int added = 0;
    if (libraries.find(root.code()).isEmpty()) {
      libraries.add(new NewLibrary(root.code(), root.name(), root.language(), null));
      added++;
    }
    for (Entry member : network.members()) {
      if (libraries.find(member.code()).isEmpty()) {
        String language = member.language() == null ? root.language() : member.language();
        libraries.add(new NewLibrary(member.code(), member.name(), language, root.code()));
        added++;
      }
    }
    coordinator(network.coordinator(), root.code());
    if (added > 0) {
      log.info("Demo network of {}: {} libraries added", root.code(), added);
    }
  }

  /** The network's coordinator: a demo user made when missing, and a member of the root. */
  private void coordinator(Coordinator coordinator, String code) {
    if (identity.createUserQuery().userId(coordinator.id()).count() == 0) {
      if (coordinator.firstName() == null) {
        // The demo's own users are made by identity/DemoUsers; without them, no coordinator.
        return;
      }
      User user = identity.newUser(coordinator.id());
      user.setFirstName(coordinator.firstName());
      user.setLastName(coordinator.lastName());
      user.setEmail(coordinator.id() + "@library.example");
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(coordinator.id(), Groups.COORDINATOR);
      identity.setUserInfo(coordinator.id(), "language", coordinator.language());
      log.info("Created demo coordinator {} of library {}", coordinator.id(), code);
    }
    libraries.join(code, coordinator.id());
  }
}
