package org.plandesk.web;

import java.time.LocalDate;
import org.plandesk.plan.PlanLanguage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of PlanDesk's pages.
 *
 * @param language the installation's language ({@code PLANDESK_LANGUAGE}): the pages' language when
 *     neither the user, nor a choice made before signing in, nor the browser names one of
 *     PlanDesk's languages
 * @param accessibility what the accessibility statement ({@code /accessibility}) says
 */
@ConfigurationProperties("plandesk")
public record PageProperties(
    @DefaultValue("en") PlanLanguage language, @DefaultValue Accessibility accessibility) {

  /**
   * @param contact where people report a barrier: the library's administrator (an e-mail address)
   * @param lastChecked when the pages were last checked (axe-core and keyboard, see the statement)
   */
  public record Accessibility(
      @DefaultValue("admin@plandesk.local") String contact,
      @DefaultValue("2026-12-07") LocalDate lastChecked) {}
}
