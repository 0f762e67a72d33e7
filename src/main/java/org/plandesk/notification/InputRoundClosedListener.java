package org.plandesk.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.plandesk.plan.DepartmentInput;
import org.plandesk.plan.PlanService;
import org.springframework.stereotype.Component;

/**
 * Take listener of {@code Flow_InputCollected}: the departmental input round is over. When the
 * deadline passed for some departments without input ({@code Task_RecordNoInput} recorded them),
 * the coordinator gets one note naming all of them, rather than one mail per silent department.
 * Reads versionId.
 */
@Component("inputRoundClosed")
class InputRoundClosedListener implements ExecutionListener {

  private final Mailer mailer;
  private final Recipients recipients;
  private final PlanLookup plans;
  private final PlanService planService;
  private final MailLinks links;

  InputRoundClosedListener(
      Mailer mailer,
      Recipients recipients,
      PlanLookup plans,
      PlanService planService,
      MailLinks links) {
    this.mailer = mailer;
    this.recipients = recipients;
    this.plans = plans;
    this.planService = planService;
    this.links = links;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long versionId =
        plans
            .versionId(execution)
            .orElseThrow(() -> new IllegalStateException("The process has no versionId"));
    List<DepartmentInput> inputs = planService.inputs(versionId);
    List<String> silent =
        inputs.stream()
            .filter(i -> i.status() == DepartmentInput.Status.NO_INPUT)
            .map(DepartmentInput::department)
            .toList();
    if (silent.isEmpty()) {
      return;
    }
    // Read only now: when every department answered, as usual, there is nothing to write.
    PlanRef plan = plans.version(versionId);
    long given = inputs.stream().filter(i -> i.status() == DepartmentInput.Status.GIVEN).count();
    mailer.post(
        MailKind.INPUT_MISSED,
        recipients.coordinatorOf(plan.version().preparedBy()),
        plan.language(),
        Mailer.About.version(plan.versionId()),
        null,
        letter -> {
          String names = String.join(", ", silent.stream().map(letter::group).toList());
          letter
              .subject("inputMissed.subject", names, plan.plan().title())
              .paragraph("inputMissed.intro", plan.label());
          silent.forEach(department -> letter.item(letter.group(department)));
          letter
              .paragraph("inputMissed.given", given, inputs.size())
              .paragraph("inputMissed.next")
              .fact("mail.fact.plan", plan.label())
              .action("mail.link.draft", links.version(plan.versionId()));
        });
  }
}
