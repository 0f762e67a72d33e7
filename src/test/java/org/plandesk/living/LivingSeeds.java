package org.plandesk.living;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.plandesk.SeedPlans;
import org.plandesk.grant.GrantDraft;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.identity.Person;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionRequest;
import org.plandesk.review.process.MonitoringTasks;
import org.plandesk.review.process.PlanReviewPort;
import org.plandesk.review.process.PlanReviewProcess;
import org.plandesk.web.PageReader;

/**
 * Plans of the seeds in force for the tests of a plan's living record, each under a code of its own
 * (the tests of one server share its database), through the plan domain as the demo plans are made.
 */
public final class LivingSeeds {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final Person COORDINATOR = new Person("coordinator", "Márku Mónika");
  private static final Person DIRECTOR = new Person("director", "Mikolasek Zsófia");

  private final PlanService plans;

  public LivingSeeds(PlanService plans) {
    this.plans = plans;
  }

  /** A code no other test uses: the seed's code with a number. */
  public static String code(String seedCode) {
    return seedCode + " " + (System.nanoTime() % 100_000) + "-" + NEXT.incrementAndGet();
  }

  /**
   * Seed 004's grant activity: a request to the Ukrainian Cultural Fund for 40,000 UAH of new
   * computers, serving this plan (or none), due at the funder on this day.
   */
  public static GrantDraft grantDraft(String title, LocalDate deadline, String planCode) {
    return new GrantDraft(
        title,
        "Український культурний фонд",
        "Бібліотека – простір громади",
        new BigDecimal("40000"),
        "UAH",
        BigDecimal.ZERO,
        "Залучення додаткових коштів",
        "Оновлені комп'ютери у 5 філіях",
        planCode,
        null,
        deadline,
        "coordinator");
  }

  /**
   * Such a request prepared 40 days ago, approved, submitted 20 days ago and awarded, with an
   * interim report due in ten days and the final one in two hundred; the request as prepared.
   */
  public static GrantRequest awardedGrant(
      GrantService grants, String title, String planCode, LocalDate today) {
    GrantRequest awarded =
        grants.prepare(
            grantDraft(title, today.plusDays(5), planCode),
            "coordinator",
            null,
            today.minusDays(40));
    grants.approve(awarded.id(), null, "director", today.minusDays(30));
    grants.submit(awarded.id(), today.minusDays(20), null, "coordinator", today.minusDays(20));
    grants.award(
        awarded.id(),
        new BigDecimal("40000"),
        null,
        today.plusDays(10) + " Проміжний звіт\n" + today.plusDays(200) + " Фінальний звіт",
        null,
        "coordinator");
    return awarded;
  }

  /** Seed 004's Lutsk development programme (Ukrainian) in force from a month ago; its code. */
  public String lutskProgrammeInForce() {
    String code = code("ЛМЦБС-ПР");
    inForce(
        code,
        "Програма розвитку КЗ «Луцька міська централізована бібліотечна система» на 1 рік",
        PlanType.DEVELOPMENT_PROGRAMME,
        PlanLanguage.uk,
        SeedPlans.lutskProgramme(),
        LocalDate.now().minusMonths(1));
    return code;
  }

  /** Seed 004's express poll, the Lutsk programme's quarterly instrument. */
  public static final String POLL = "Тематичне експрес – опитування";

  /**
   * Seed 004's whole Lutsk programme as the demo has it ({@code demo/lutsk-programme.json}: six
   * instruments, six indicators, nine action items).
   */
  public static PlanContent lutskDemo(ObjectMapper json) {
    try (InputStream in = LivingSeeds.class.getResourceAsStream("/demo/lutsk-programme.json")) {
      return json.readValue(in, PlanContent.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same content with one instrument in the hands of another group (by its id or name). */
  public static PlanContent withResponsible(
      PlanContent content, String instrument, String responsible) {
    return new PlanContent(
        content.startingPoint(),
        content.strategicGoals(),
        content.communicationGoals(),
        content.targetGroups(),
        content.actionItems(),
        content.monitoringInstruments().stream()
            .map(
                i ->
                    i.name().equals(instrument)
                        ? new PlanContent.MonitoringInstrument(
                            i.name(), i.periodicity(), responsible)
                        : i)
            .toList(),
        content.indicators(),
        content.changeSummary());
  }

  /**
   * A plan in force with an instrument's result due: its code, its version, and the open Tasklist
   * task of that instrument.
   */
  public record MonitoringDue(String code, PlanVersion version, String taskId) {

    /** The task's monitoring page, as its Tasklist form links to it. */
    public String page() {
      return "/plans/" + PageReader.segment(code) + "/monitoring/" + taskId;
    }
  }

  /**
   * A Ukrainian development programme with this content in force from a month ago (its code made
   * from the seed's), every instrument's first use due (each timer fired as the engine would on its
   * day); the task of this instrument.
   */
  public MonitoringDue monitoringDue(
      String seedCode,
      PlanContent content,
      String instrument,
      PlanReviewPort reviews,
      ManagementService management,
      MonitoringTasks monitoring) {
    String code = code(seedCode);
    PlanVersion version =
        inForce(
            code,
            "Програма розвитку КЗ «Луцька міська централізована бібліотечна система» на 1 рік",
            PlanType.DEVELOPMENT_PROGRAMME,
            PlanLanguage.uk,
            content,
            LocalDate.now().minusMonths(1));
    monitoringFallsDue(version.id(), reviews, management);
    String taskId =
        monitoring.open(version.id()).stream()
            .filter(t -> t.instrument().equals(instrument))
            .findFirst()
            .orElseThrow()
            .id();
    return new MonitoringDue(code, version, taskId);
  }

  /**
   * Every instrument's next use of a version in force falls due: its review's timers fired, as the
   * engine would on their day.
   */
  public static void monitoringFallsDue(
      long versionId, PlanReviewPort reviews, ManagementService management) {
    String review = reviews.reviewOf(versionId).orElseThrow().getId();
    for (Job timer :
        management
            .createJobQuery()
            .processInstanceId(review)
            .activityId(PlanReviewProcess.MONITORING_DUE)
            .list()) {
      management.executeJob(timer.getId());
    }
  }

  /**
   * Seed 002's eight priority target groups in its order, with the votes each got at the dialogue
   * forum of spring 2010 (8, 9, 7, 9, 8, 8, 9, 7) and some of the offers proposed for it.
   */
  public static final List<PlanContent.TargetGroup> DIALOGUE_FORUM_GROUPS =
      List.of(
          group("Den oerfarne", "Café, mer tillgänglig personal, IT-introduktion"),
          group("Den identitetssökande tonåringen", "Fler datorer, upplevelser, tonårsrum"),
          group("Den stressade småbarnsföräldern", "Bättre öppettider, snabbkassa, självservice"),
          group("Det nyfikna förskolebarnet", "Rum för olika aktiviteter, bokcirkel för förskolan"),
          group("Den digitala analfabeten", "Kurser i IT, seniorsurfardagar"),
          group("Daisy- och storstilsläsaren", "Förstoringsglas vid bokhyllorna, Daisybokcirkel"),
          group(
              "Den kommunplacerade flyktingen",
              "Social träffpunkt, bokpresentation på andra språk"),
          group("Bokälskaren", "Drop-in boktips, VIP-klubb"));

  /** The votes of {@link #DIALOGUE_FORUM_GROUPS}, in the same order. */
  public static final List<Integer> DIALOGUE_FORUM_VOTES = List.of(8, 9, 7, 9, 8, 8, 9, 7);

  private static PlanContent.TargetGroup group(String name, String offers) {
    return new PlanContent.TargetGroup(
        PlanContent.Tier.PRIMARY, name, "Biblioteken i sydost – för dig", offers);
  }

  /**
   * Seed 002's dialogue forum as a Swedish communication plan: its goal, its eight target groups,
   * and its next steps as action items with owners and deadlines counted from today (the first two
   * already past).
   */
  public static PlanContent dialogueForum(LocalDate today) {
    return new PlanContent(
        "Genom delaktighet av alla medarbetare skapa underlag för en enad bild av biblioteken i"
            + " sydost. Genom dialogseminarierna samlas information in som bildar underlag för"
            + " utveckling av kärnvärden, löften och framtida kampanjer.",
        List.of("Förstå att målgruppsprioritering är viktigt för tydlighet och resultat"),
        List.of("Gemensamt budskap i all kommunikation"),
        DIALOGUE_FORUM_GROUPS,
        List.of(
            new PlanContent.ActionItem(
                "Återkoppling till alla deltagare (pdf)",
                "Alla bibliotek",
                "Alla medarbetare känner till resultatet",
                "coordinator",
                today.minusDays(10)),
            new PlanContent.ActionItem(
                "Kampanjgruppen träffas med Kreation",
                "Centralbiblioteket",
                "Underlag för kampanjen",
                "events",
                today.minusDays(2)),
            new PlanContent.ActionItem(
                "Övergripande kampanj oktober",
                "Alla bibliotek",
                "Löftet syns i all kommunikation",
                "digital",
                today.plusMonths(2)),
            new PlanContent.ActionItem(
                "Lokalt internt arbete (arbetsmodell finns)",
                "Varje bibliotek",
                "Lokala planer på varje bibliotek",
                "lending",
                null)),
        List.of(),
        List.of(),
        "");
  }

  /**
   * Seed 002's dialogue forum in force: nine departments voted on its draft, so that its target
   * groups got the forum's votes; its code.
   */
  public String dialogueForumInForce(LocalDate today) {
    PlanVersion draft = dialogueForumVoted(today);
    putInForce(draft, today.minusMonths(1));
    return plans.planOf(draft).code();
  }

  /**
   * Seed 002's dialogue forum as a draft on which nine departments voted as the forum's staff did
   * (its target groups got 8, 9, 7, 9, 8, 8, 9, 7 votes); the draft.
   */
  public PlanVersion dialogueForumVoted(LocalDate today) {
    PlanVersion draft =
        draft(
            code("DIALOG"),
            "Resultat av dialogforum våren 2010",
            PlanType.COMMUNICATION_PLAN,
            PlanLanguage.sv,
            dialogueForum(today));
    List<String> departments =
        List.of(
            "lending",
            "children",
            "network",
            "events",
            "digital",
            "kalmar",
            "vaxjo",
            "karlskrona",
            "ronneby");
    for (int voter = 0; voter < departments.size(); voter++) {
      List<String> votes = new ArrayList<>();
      for (int g = 0; g < DIALOGUE_FORUM_GROUPS.size(); g++) {
        if (voter < DIALOGUE_FORUM_VOTES.get(g)) {
          votes.add(DIALOGUE_FORUM_GROUPS.get(g).name());
        }
      }
      plans.recordInput(
          draft.id(),
          departments.get(voter),
          "Dialogseminarium " + (voter + 1),
          null,
          votes,
          COORDINATOR);
    }
    return plans.version(draft.id());
  }

  /** A plan with this content in force from the given day (approved the same day); its version. */
  public PlanVersion inForce(
      String code,
      String title,
      PlanType type,
      PlanLanguage language,
      PlanContent content,
      LocalDate effective) {
    PlanVersion draft = draft(code, title, type, language, content);
    return putInForce(draft, effective);
  }

  /** A draft of a new plan with this content. */
  public PlanVersion draft(
      String code, String title, PlanType type, PlanLanguage language, PlanContent content) {
    PlanVersion draft =
        plans.openVersion(
            new VersionRequest(VersionRequest.Kind.NEW_PLAN, code, title, type, language),
            COORDINATOR);
    plans.saveDraft(draft.id(), null, title, content);
    return plans.version(draft.id());
  }

  /** Approves a draft and puts it in force. */
  public PlanVersion putInForce(PlanVersion draft, LocalDate effective) {
    plans.submitForApproval(draft.id());
    plans.approve(draft.id(), DIRECTOR, effective, effective, null);
    plans.putInForce(draft.id());
    return plans.version(draft.id());
  }
}
