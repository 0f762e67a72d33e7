package org.plandesk.review.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plandesk.document.DocumentArchive;
import org.plandesk.document.DocumentInfo;
import org.plandesk.document.DocumentLabels;
import org.plandesk.document.DocumentModel;
import org.plandesk.document.DocumentService;
import org.plandesk.document.DocumentSubject;
import org.plandesk.document.StoredDocument;
import org.plandesk.grant.GrantDocumentModels;
import org.plandesk.grant.GrantEvent;
import org.plandesk.grant.GrantRequest;
import org.plandesk.grant.GrantService;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanNotFound;
import org.plandesk.plan.PlanService;
import org.plandesk.process.Actors;
import org.plandesk.review.progress.ImplementationRecords;
import org.plandesk.review.progress.YearRecord;
import org.plandesk.signing.SignatureLine;
import org.plandesk.signing.Signatures;
import org.plandesk.signing.SignedSubject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of yearly implementation reports, by the same mechanism as plan documents: {@code
 * report.docx} (or {@code report-<lang>.docx}) filled in the plan's language with the year's action
 * items done and not done, the activities with their participants, the indicators against baseline
 * and target with a chart each (a PNG drawn on the server), and the grants won that year. Each
 * round sent to the director is stored as a draft edition ({@code DRAFT_1}, {@code DRAFT_2}, ...);
 * the signed-off report as {@code SIGNED_OFF}, with the director's name and date. Stored once per
 * edition, so a retry never makes a second document.
 */
@Service
public class ReportDocuments {

  /** The kind of subject of reports' documents in the archive. */
  public static final String KIND = "IMPLEMENTATION_REPORT";

  public static final String SIGNED_OFF = "SIGNED_OFF";

  private static final String DRAFT = "DRAFT_";

  private final ImplementationReports reports;
  private final ImplementationRecords records;
  private final PlanService plans;
  private final GrantService grants;
  private final DocumentService documents;
  private final DocumentArchive archive;
  // Lazily: the signatures' content of a report is this class's draft (SignedReports).
  private final ObjectProvider<Signatures> signatures;
  private final Actors actors;

  ReportDocuments(
      ImplementationReports reports,
      ImplementationRecords records,
      PlanService plans,
      GrantService grants,
      DocumentService documents,
      DocumentArchive archive,
      Actors actors,
      ObjectProvider<Signatures> signatures) {
    this.signatures = signatures;
    this.reports = reports;
    this.records = records;
    this.plans = plans;
    this.grants = grants;
    this.documents = documents;
    this.archive = archive;
    this.actors = actors;
  }

  static String draftEdition(int round) {
    return DRAFT + round;
  }

  /** Whether an edition is a draft (not signed off). */
  public static boolean isDraft(String edition) {
    return edition != null && edition.startsWith(DRAFT);
  }

  /** Generates and stores the draft of the report's current round (once). */
  @Transactional
  public StoredDocument generateDraft(long reportId) {
    ImplementationReport report = reports.report(reportId);
    return generate(report, report.draftEdition());
  }

  /** Generates and stores the signed-off report (once); the report must be signed off. */
  @Transactional
  public StoredDocument generateSignedOff(long reportId) {
    ImplementationReport report = reports.report(reportId);
    if (report.status() != ReportStatus.SIGNED_OFF) {
      throw new IllegalStateException(
          "Implementation report " + reportId + " is " + report.status() + ", not signed off");
    }
    return generate(report, SIGNED_OFF);
  }

  /** What is due and missing: the current draft, or the signed-off document and its PDF. */
  @Transactional
  public List<StoredDocument> regenerate(long reportId) {
    ImplementationReport report = reports.report(reportId);
    return List.of(
        generate(
            report,
            report.status() == ReportStatus.SIGNED_OFF ? SIGNED_OFF : report.draftEdition()));
  }

  /**
   * What the director's form says of the report, in the plan's language: action items done, the
   * activities and their participants, indicators that reached their target, grants won.
   */
  @Transactional(readOnly = true)
  public String summary(long reportId) {
    ImplementationReport report = reports.report(reportId);
    Plan plan = plans.planOf(plans.version(report.versionId()));
    YearRecord year = records.of(plan.code(), report.year());
    DocumentLabels labels = new DocumentLabels(plan.language().name());
    return new MessageFormat(
            labels.get("report.summary"), Locale.forLanguageTag(plan.language().name()))
        .format(
            new Object[] {
              year.done().size(),
              year.actions().size(),
              year.actions().stream().mapToInt(a -> a.activities().size()).sum(),
              year.actions().stream().mapToInt(YearRecord.Action::participants).sum(),
              year.indicators().stream().filter(i -> Boolean.TRUE.equals(i.reached())).count(),
              year.indicators().size(),
              grantsWon(plan, report.year()).size()
            });
  }

  /** What is stored of a report's edition, without the files; empty when nothing is. */
  @Transactional(readOnly = true)
  public Optional<DocumentInfo> stored(long reportId, String edition) {
    return Optional.ofNullable(archive.info(KIND, edition, List.of(reportId)).get(reportId));
  }

  /** A stored document: the given edition, or the latest when none is given. */
  @Transactional(readOnly = true)
  public StoredDocument document(long reportId, String edition) {
    reports.report(reportId);
    Optional<StoredDocument> found =
        edition == null
            ? archive.all(subject(reportId)).stream().reduce((first, second) -> second)
            : archive.find(subject(reportId), edition);
    String missing =
        SIGNED_OFF.equals(edition) ? "report.noSignedOffDocument" : "report.noDocument";
    return found.orElseThrow(() -> new PlanNotFound(missing, String.valueOf(reportId)));
  }

  private StoredDocument generate(ImplementationReport report, String edition) {
    Optional<StoredDocument> existing = archive.find(subject(report.id()), edition);
    if (existing.isPresent()) {
      return documents.completeRendition(existing.get());
    }
    Plan plan = plans.planOf(plans.version(report.versionId()));
    String language = plan.language().name();
    YearRecord year = records.of(plan.code(), report.year());
    byte[] docx =
        documents.fill(
            "report", language, model(report, year, grantsWon(plan, report.year()), language));
    DocumentLabels labels = new DocumentLabels(language);
    StoredDocument stored =
        documents.store(
            subject(report.id()),
            edition,
            language,
            labels.get("report.file")
                + " "
                + report.year()
                + " – "
                + plan.code()
                + (isDraft(edition)
                    ? " – " + labels.get("report.draft") + " " + report.round()
                    : "")
                + ".docx",
            docx,
            "plandesk");
    reports.recordGenerated(
        report.id(), edition + " " + stored.fileName() + ", sha256 " + stored.docxSha256());
    return stored;
  }

  /** A grant won in the year: its request and the day the award was recorded. */
  record GrantWon(GrantRequest request, LocalDate awardedOn) {}

  private List<GrantWon> grantsWon(Plan plan, int year) {
    List<GrantWon> won = new ArrayList<>();
    for (GrantRequest request : grants.list(null)) {
      if (!plan.code().equals(request.planCode()) || request.amountAwarded() == null) {
        continue;
      }
      LocalDate awardedOn =
          grants.overview(request.id()).history().stream()
              .filter(e -> e.kind() == GrantEvent.Kind.AWARDED)
              .map(e -> LocalDate.ofInstant(e.happenedAt(), ZoneId.systemDefault()))
              .findFirst()
              .orElse(request.submittedOn());
      if (awardedOn != null && awardedOn.getYear() == year) {
        won.add(new GrantWon(request, awardedOn));
      }
    }
    won.sort((a, b) -> a.awardedOn().compareTo(b.awardedOn()));
    return won;
  }

  /** The control sheet's line of the sign-off's signature manifest, if it was signed. */
  private String signature(long reportId, String language) {
    return signatures
        .getObject()
        .approvalOf(new SignedSubject(SignedSubject.IMPLEMENTATION_REPORT, reportId))
        .map(m -> SignatureLine.of(m, language))
        .orElse("");
  }

  private DocumentModel model(
      ImplementationReport report, YearRecord year, List<GrantWon> won, String language) {
    DocumentLabels labels = new DocumentLabels(language);
    Locale locale = Locale.forLanguageTag(language);
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    numbers.setMaximumFractionDigits(6);
    Map<String, String> values = new HashMap<>();
    for (String key : labels.keys()) {
      values.put("label." + key, labels.get(key));
    }
    boolean signed = report.status() == ReportStatus.SIGNED_OFF;
    values.put("planTitle", year.plan().title());
    values.put("documentCode", year.plan().code());
    values.put("versionNumber", text(year.version().versionNumber()));
    values.put("year", String.valueOf(report.year()));
    values.put("preparedBy", actors.person(report.requestedBy()).name());
    values.put("round", String.valueOf(report.round()));
    values.put("draftMark", signed ? "" : labels.get("report.draftMark"));
    values.put("signedOffBy", signed ? actors.person(report.signedOffBy()).name() : "");
    values.put("signedOffOn", signed ? labels.date(report.signedOffOn()) : "");
    values.put("signature", signed ? signature(report.id(), language) : "");
    values.put("actionsDoneCount", String.valueOf(year.done().size()));
    values.put("actionsNotDoneCount", String.valueOf(year.notDone().size()));
    int activities = year.actions().stream().mapToInt(a -> a.activities().size()).sum();
    int participants = year.actions().stream().mapToInt(YearRecord.Action::participants).sum();
    values.put("activitiesCount", numbers.format(activities));
    values.put("participantsTotal", numbers.format(participants));

    Map<String, DocumentModel.Section> sections = new LinkedHashMap<>();
    sections.put(
        "actionsDone",
        DocumentModel.Section.rows(year.done().stream().map(a -> action(a, labels)).toList()));
    sections.put(
        "actionsNotDone",
        DocumentModel.Section.rows(year.notDone().stream().map(a -> action(a, labels)).toList()));
    List<Map<String, String>> activityRows = new ArrayList<>();
    List<Map.Entry<YearRecord.Action, YearRecord.Activity>> held = new ArrayList<>();
    year.actions()
        .forEach(action -> action.activities().forEach(a -> held.add(Map.entry(action, a))));
    held.sort((x, y) -> x.getValue().heldOn().compareTo(y.getValue().heldOn()));
    for (var entry : held) {
      YearRecord.Action action = entry.getKey();
      YearRecord.Activity a = entry.getValue();
      {
        Map<String, String> row = new HashMap<>();
        row.put("heldOn", labels.date(a.heldOn()));
        row.put("action", action.number() + ". " + action.content());
        row.put("place", a.place());
        row.put("participants", numbers.format(a.participants()));
        row.put("goal", a.goal());
        row.put("result", text(a.result()));
        row.put("responsible", a.responsible());
        activityRows.add(row);
      }
    }
    sections.put("activities", DocumentModel.Section.rows(activityRows));
    sections.put("noActivities", DocumentModel.Section.text(activityRows.isEmpty() ? "-" : ""));
    sections.put(
        "indicators",
        DocumentModel.Section.rows(
            year.indicators().stream().map(i -> indicator(i, labels, numbers)).toList()));
    sections.put(
        "charts",
        DocumentModel.Section.pictures(
            year.indicators().stream()
                .filter(i -> !i.values().isEmpty())
                .map(i -> chart(i, labels, numbers))
                .toList()));
    sections.put(
        "grants",
        DocumentModel.Section.rows(won.stream().map(g -> grant(g, labels, locale)).toList()));
    sections.put("noGrants", DocumentModel.Section.text(won.isEmpty() ? "-" : ""));
    sections.put("signOff", DocumentModel.Section.text(signed ? "signed" : ""));
    return new DocumentModel(values, sections, List.of());
  }

  private static Map<String, String> action(YearRecord.Action a, DocumentLabels labels) {
    Map<String, String> row = new HashMap<>();
    row.put("number", String.valueOf(a.number()));
    row.put("content", a.content());
    row.put("responsible", text(a.responsible()));
    row.put("deadline", labels.date(a.deadline()));
    row.put(
        "status",
        a.late() ? labels.get("report.status.LATE") : labels.get("report.status." + a.status()));
    row.put("activities", String.valueOf(a.activities().size()));
    row.put("participants", String.valueOf(a.participants()));
    return row;
  }

  private static Map<String, String> indicator(
      YearRecord.Indicator i, DocumentLabels labels, NumberFormat numbers) {
    Map<String, String> row = new HashMap<>();
    row.put("number", String.valueOf(i.number()));
    row.put("name", i.name());
    row.put("unit", i.unit());
    row.put("baseline", number(i.baseline(), numbers));
    row.put("target", number(i.target(), numbers));
    YearRecord.Reading latest = i.latest();
    row.put(
        "actual",
        latest == null
            ? labels.get("report.noValue")
            : number(latest.value(), numbers) + " (" + labels.date(latest.date()) + ")");
    row.put(
        "reached",
        i.reached() == null
            ? "–"
            : labels.get(i.reached() ? "report.reached.yes" : "report.reached.no"));
    return row;
  }

  private static DocumentModel.Picture chart(
      YearRecord.Indicator i, DocumentLabels labels, NumberFormat numbers) {
    byte[] png =
        ReportChart.png(
            i,
            labels.get("report.chart.baseline"),
            labels.get("report.chart.target"),
            labels.get("report.chart.actual"),
            v -> number(v, numbers),
            labels::date);
    String latest = i.latest() == null ? "" : number(i.latest().value(), numbers);
    return new DocumentModel.Picture(
        png,
        i.name()
            + ": "
            + labels.get("report.chart.actual")
            + " "
            + latest
            + ", "
            + labels.get("report.chart.baseline")
            + " "
            + number(i.baseline(), numbers)
            + ", "
            + labels.get("report.chart.target")
            + " "
            + number(i.target(), numbers));
  }

  private static Map<String, String> grant(GrantWon g, DocumentLabels labels, Locale locale) {
    GrantRequest r = g.request();
    Map<String, String> row = new HashMap<>();
    row.put("title", r.title());
    row.put("funder", r.funder());
    row.put("programme", text(r.programme()));
    row.put("actionItem", text(r.actionItem()));
    row.put("amountAwarded", GrantDocumentModels.amount(r.amountAwarded(), r.currency(), locale));
    row.put("awardedOn", labels.date(g.awardedOn()));
    return row;
  }

  private static String number(BigDecimal value, NumberFormat numbers) {
    return value == null ? "–" : numbers.format(value);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static DocumentSubject subject(long reportId) {
    return new DocumentSubject(KIND, reportId);
  }
}
