package org.plandesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** PlanDesk: controlled plans of public libraries, run on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlanDeskApplication.class, args);
  }
}
