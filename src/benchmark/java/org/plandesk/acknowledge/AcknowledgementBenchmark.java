package org.plandesk.acknowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.plandesk.PlanDeskApplication;
import org.plandesk.identity.Person;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.VersionRequest;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Read and acknowledge at scale (a command, not a test): a library of N staff (500 by default) in
 * one group asked to read a version. Prints how long opening the round takes (one row per person,
 * batched, in one transaction: what the entry into force adds), reading its status (n of m and who
 * is missing, what the plan page and the CSV read), one person's open acknowledgements (What's
 * due), and confirming (each person once). PlanDesk's whole application on its embedded H2 database
 * (the test profile), no HTTP.
 *
 * <p>{@code mvn -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.acknowledge.AcknowledgementBenchmark -Dexec.args="500 20"} (staff,
 * status readings)
 */
public final class AcknowledgementBenchmark {

  private static final String GROUP = "ackbenchmark";

  public static void main(String[] args) {
    int staff = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int readings = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    SpringApplication app = new SpringApplication(PlanDeskApplication.class);
    app.setAdditionalProfiles("test");
    int exit = 0;
    try (ConfigurableApplicationContext context = app.run("--logging.level.org.plandesk=warn")) {
      IdentityService identity = context.getBean(IdentityService.class);
      PlanService plans = context.getBean(PlanService.class);
      Acknowledgements acknowledgements = context.getBean(Acknowledgements.class);

      identity.saveGroup(identity.newGroup(GROUP));
      for (int i = 0; i < staff; i++) {
        String id = "bench" + i;
        User user = identity.newUser(id);
        user.setFirstName("Staff");
        user.setLastName("Member " + i);
        identity.saveUser(user);
        identity.createMembership(id, GROUP);
      }
      long versionId =
          plans
              .openVersion(
                  new VersionRequest(
                      VersionRequest.Kind.NEW_PLAN,
                      "ACK-BENCH",
                      "Acknowledgement benchmark",
                      PlanType.COMMUNICATION_PLAN,
                      PlanLanguage.of("en")),
                  new Person("coordinator", "Márku Mónika"))
              .id();

      long started = System.nanoTime();
      int asked = acknowledgements.open(versionId, List.of(GROUP));
      double openMs = (System.nanoTime() - started) / 1e6;
      System.out.printf(
          "%d staff: round opened (%d records, no user task) in %.1f ms%n", staff, asked, openMs);

      List<Double> statusMs = new ArrayList<>();
      for (int i = 0; i < readings; i++) {
        long t = System.nanoTime();
        AcknowledgementStatus status = acknowledgements.status(versionId).orElseThrow();
        status.missing();
        statusMs.add((System.nanoTime() - t) / 1e6);
      }
      Collections.sort(statusMs);
      System.out.printf(
          "status read (n of m, who is missing) p50 %.1f ms max %.1f ms (%d readings)%n",
          statusMs.get(statusMs.size() / 2), statusMs.get(statusMs.size() - 1), readings);

      long t = System.nanoTime();
      int open = acknowledgements.openFor("bench0").size();
      System.out.printf(
          "one person's open acknowledgements (What's due): %d in %.1f ms%n",
          open, (System.nanoTime() - t) / 1e6);

      started = System.nanoTime();
      for (int i = 0; i < staff; i++) {
        acknowledgements.confirm(versionId, "bench" + i);
      }
      double confirmMs = (System.nanoTime() - started) / 1e6;
      AcknowledgementStatus done = acknowledgements.status(versionId).orElseThrow();
      System.out.printf(
          "%d confirmations in %.1f ms (%.2f ms each); %d of %d confirmed%n",
          staff, confirmMs, confirmMs / staff, done.confirmedCount(), done.total());
      if (done.confirmedCount() != staff) {
        exit = 1;
      }
    }
    System.exit(exit);
  }
}
