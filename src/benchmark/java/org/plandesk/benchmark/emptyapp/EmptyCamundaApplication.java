package org.plandesk.benchmark.emptyapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An empty Camunda webapp application (the baseline of {@link
 * org.plandesk.benchmark.StartupBenchmark}): nothing but Spring Boot with Camunda's webapp and REST
 * starters. It scans only this package, and runs on the classpath of {@code
 * src/benchmark/startup/empty-camunda-pom.xml} with its own {@code spring.config.name}, so none of
 * PlanDesk's classes or settings reach it.
 */
@SpringBootApplication
public class EmptyCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(EmptyCamundaApplication.class, args);
  }
}
