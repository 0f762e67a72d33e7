package org.plandesk.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.plandesk.identity.DepartmentDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Human words for what PlanDesk keeps as codes, in the reader's language, for the pages ({@code
 * ${@labels...}} in the templates): group and department names instead of group ids, people's names
 * instead of user ids, dates as the reader's language writes them ({@code 2026. december 6.},
 * {@code 6 грудня 2026 р.}).
 */
@Component("labels")
public class Labels {

  private final MessageSource messages;
  private final DepartmentDirectory departments;
  private final IdentityService identity;

  Labels(MessageSource messages, DepartmentDirectory departments, IdentityService identity) {
    this.messages = messages;
    this.departments = departments;
    this.identity = identity;
  }

  /**
   * A group by its name: the page bundle's {@code group.<id>} (PlanDesk's roles and the demo
   * departments), else the department's configured name, else the id (a group PlanDesk does not
   * know).
   */
  public String group(String id) {
    if (id == null) {
      return "";
    }
    return messages.getMessage("group." + id, null, departments.nameOf(id), locale());
  }

  /** A member of staff by name ("Márku Mónika"); the id only for a user PlanDesk does not know. */
  public String person(String userId) {
    if (userId == null) {
      return "";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return name.isEmpty() ? userId : name;
  }

  /** A day as the reader's language writes it in full: 6 December 2026, 2026. december 6. */
  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(day);
  }

  /** A moment (date and time of day, the server's time zone) as the reader's language writes it. */
  public String moment(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .withZone(ZoneId.systemDefault())
            .format(at);
  }

  public String moment(Date at) {
    return at == null ? "" : moment(at.toInstant());
  }

  /** The same moment in ISO form for {@code <time datetime>}. */
  public String iso(Instant at) {
    return at == null ? "" : at.toString();
  }

  public String iso(Date at) {
    return at == null ? "" : at.toInstant().toString();
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
