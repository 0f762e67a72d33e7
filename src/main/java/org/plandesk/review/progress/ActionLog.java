package org.plandesk.review.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plandesk.identity.DepartmentDirectory;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanOverview;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation log of a plan's action items (issue: "log the implementation of action
 * items"): a status per item and the activities held under it. The coordinator records for every
 * item, a department for the items the plan makes it responsible for (by its group id or its name).
 * Each record is one transaction, checked before it writes: refused, nothing is written.
 */
@Service
@Transactional
class ActionLog {

  private static final Logger log = LoggerFactory.getLogger(ActionLog.class);

  private final PlanService plans;
  private final ActionLogRepository repository;
  private final DepartmentDirectory departments;
  private final Clock clock;

  ActionLog(
      PlanService plans,
      ActionLogRepository repository,
      DepartmentDirectory departments,
      Clock clock) {
    this.plans = plans;
    this.repository = repository;
    this.departments = departments;
    this.clock = clock;
  }

  /** The action items of a version in force with their implementation, as the reader sees them. */
  @Transactional(readOnly = true)
  List<ActionItemView> items(Plan plan, PlanVersion version, Recorder reader) {
    Map<String, ActionItemStatus> statuses = repository.statuses(plan.id());
    Map<String, List<ActionActivity>> activities = repository.activities(plan.id());
    LocalDate today = LocalDate.now(clock);
    List<ActionItemView> items = new ArrayList<>();
    List<PlanContent.ActionItem> actionItems = version.content().actionItems();
    for (int i = 0; i < actionItems.size(); i++) {
      PlanContent.ActionItem item = actionItems.get(i);
      String key = ActionItemKey.of(item.content());
      items.add(
          new ActionItemView(
              i + 1,
              item,
              key,
              statuses.getOrDefault(key, ActionItemStatus.PLANNED),
              activities.getOrDefault(key, List.of()),
              mayRecord(item, reader),
              today));
    }
    return items;
  }

  /** The coordinator, or a member of the department the item names as responsible. */
  boolean mayRecord(PlanContent.ActionItem item, Recorder who) {
    if (who.coordinator()) {
      return true;
    }
    String responsible = item.responsible();
    if (responsible == null || responsible.isBlank()) {
      return false;
    }
    String named = responsible.strip().toLowerCase(Locale.ROOT);
    return departments.namesById().entrySet().stream()
        .filter(
            d ->
                d.getKey().toLowerCase(Locale.ROOT).equals(named)
                    || d.getValue().toLowerCase(Locale.ROOT).equals(named))
        .anyMatch(d -> who.groups().contains(d.getKey()));
  }

  /** Sets an action item's status. */
  void setStatus(String code, int number, String key, String status, Recorder who) {
    Target target = target(code, number, key, who);
    ActionItemStatus chosen;
    try {
      chosen = ActionItemStatus.valueOf(status == null ? "" : status.strip());
    } catch (IllegalArgumentException e) {
      throw new ActionLogRefusal(HttpStatus.BAD_REQUEST, code, "living.activity.refused.status");
    }
    repository.setStatus(target.plan().id(), key, target.item().content(), chosen, who.userId());
    // The latest status stays in action_item_status; each setting goes to the audit trail too.
    repository.insertStatusChange(
        target.plan().id(),
        target.version().id(),
        key,
        target.item().content(),
        chosen,
        who.userId());
    log.info("Action item {} of plan {} set to {} by {}", number, code, chosen, who.userId());
  }

  /** Records an activity held under an action item. */
  void addActivity(String code, int number, String key, ActivityForm.Valid activity, Recorder who) {
    Target target = target(code, number, key, who);
    repository.insertActivity(
        target.plan().id(), key, target.item().content(), activity, who.userId());
    log.info(
        "Activity of {} ({} participants) recorded under action item {} of plan {} by {}",
        activity.heldOn(),
        activity.participants(),
        number,
        code,
        who.userId());
  }

  /**
   * Refuses, as a record would, a form that names no action item of the version in force, an item
   * that changed since the form was opened, or an item the user may not record under.
   */
  @Transactional(readOnly = true)
  void checkTarget(String code, int number, String key, Recorder who) {
    target(code, number, key, who);
  }

  /** Today, by the domain's clock. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  private record Target(Plan plan, PlanVersion version, PlanContent.ActionItem item) {}

  /**
   * The action item a form names: by its number in the version in force, and its key, so that a
   * form opened before a new version entered into force never records under another item.
   */
  private Target target(String code, int number, String key, Recorder who) {
    PlanOverview overview;
    try {
      overview = plans.overview(code);
    } catch (PlanNotFound e) {
      throw new ActionLogRefusal(HttpStatus.NOT_FOUND, code, "living.progress.notFound");
    }
    PlanVersion version =
        overview
            .inForce()
            .orElseThrow(
                () ->
                    new ActionLogRefusal(
                        HttpStatus.CONFLICT, code, "living.activity.refused.notInForce"));
    List<PlanContent.ActionItem> items = version.content().actionItems();
    if (number < 1 || number > items.size()) {
      throw new ActionLogRefusal(HttpStatus.NOT_FOUND, code, "living.activity.refused.noItem");
    }
    PlanContent.ActionItem item = items.get(number - 1);
    if (!ActionItemKey.of(item.content()).equals(key)) {
      throw new ActionLogRefusal(HttpStatus.CONFLICT, code, "living.activity.refused.changed");
    }
    if (!mayRecord(item, who)) {
      throw new ActionLogRefusal(HttpStatus.FORBIDDEN, code, "living.activity.refused.notYours");
    }
    return new Target(overview.plan(), version, item);
  }
}
