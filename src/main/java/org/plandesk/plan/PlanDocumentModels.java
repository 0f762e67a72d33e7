package org.plandesk.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plandesk.document.DocumentLabels;
import org.plandesk.document.DocumentModel;
import org.plandesk.plan.PlanContent.Tier;

/**
 * Turns a plan version, and the versions approved before it, into what the template is filled with:
 * the control sheet, the modification list, the sections in the plan's language. (Public for the
 * document tests and benchmark, which fill templates without the application.)
 */
public final class PlanDocumentModels {

  private PlanDocumentModels() {}

  /**
   * A version whose departments gave no votes (the ranking of target groups is left out).
   *
   * @param earlier the modification list's rows of the plan's versions approved before this one
   * @param draft whether this is a preview of a version not yet approved
   */
  public static DocumentModel of(
      Plan plan, PlanVersion version, List<ModificationListRow> earlier, boolean draft) {
    return of(plan, version, earlier, List.of(), draft);
  }

  /**
   * @param earlier the modification list's rows of the plan's versions approved before this one
   * @param inputs the departments' input on this version: their votes rank the target groups
   * @param draft whether this is a preview of a version not yet approved
   */
  public static DocumentModel of(
      Plan plan,
      PlanVersion version,
      List<ModificationListRow> earlier,
      List<DepartmentInput> inputs,
      boolean draft) {
    DocumentLabels labels = new DocumentLabels(plan.language().name());
    PlanContent c = version.content();
    Map<String, String> values = new HashMap<>();
    for (String key : labels.keys()) {
      values.put("label." + key, labels.get(key));
    }
    values.put("planTitle", plan.title());
    values.put("documentCode", plan.code());
    values.put("versionNumber", draft ? labels.get("draftVersion") : text(version.versionNumber()));
    values.put("fileName", version.fileName());
    values.put("preparedBy", version.preparedByName());
    values.put("approvedBy", text(version.approvedByName()));
    values.put("approvalDate", labels.date(version.approvalDate()));
    values.put("effectiveDate", labels.date(version.effectiveDate()));
    values.put("draftMark", draft ? labels.get("draftMark") : "");
    // The approval's signature manifest, filled in by PlanDocuments from the signing records.
    values.put("signature", "");
    values.put("startingPoint", c.startingPoint());
    values.put("changeSummary", c.changeSummary());

    Map<String, DocumentModel.Section> sections = new LinkedHashMap<>();
    sections.put("startingPoint", DocumentModel.Section.text(c.startingPoint()));
    sections.put("strategicGoals", DocumentModel.Section.items(c.strategicGoals()));
    sections.put("communicationGoals", DocumentModel.Section.items(c.communicationGoals()));
    sections.put("primaryGroups", DocumentModel.Section.rows(groups(c, Tier.PRIMARY)));
    sections.put("secondaryGroups", DocumentModel.Section.rows(groups(c, Tier.SECONDARY)));
    sections.put("targetGroupRanking", ranking(c, inputs));
    sections.put(
        "actionItems",
        DocumentModel.Section.rows(
            c.actionItems().stream()
                .map(
                    a ->
                        row(
                            "content",
                            a.content(),
                            "place",
                            a.place(),
                            "expectedResult",
                            a.expectedResult(),
                            "responsible",
                            a.responsible(),
                            "deadline",
                            labels.date(a.deadline())))
                .toList()));
    sections.put(
        "monitoringInstruments",
        DocumentModel.Section.rows(
            c.monitoringInstruments().stream()
                .map(
                    m ->
                        row(
                            "name",
                            m.name(),
                            "periodicity",
                            labels.get("periodicity." + m.periodicity()),
                            "responsible",
                            m.responsible()))
                .toList()));
    sections.put(
        "indicators",
        DocumentModel.Section.rows(
            c.indicators().stream()
                .map(
                    i ->
                        row(
                            "name",
                            i.name(),
                            "unit",
                            i.unit(),
                            "baseline",
                            number(i.baseline()),
                            "target",
                            number(i.target())))
                .toList()));
    sections.put("changeSummary", DocumentModel.Section.text(c.changeSummary()));

    List<Map<String, String>> modifications =
        earlier.stream()
            .map(
                v ->
                    row(
                        "version",
                        v.versionNumber(),
                        "fileName",
                        v.fileName(),
                        "pages",
                        v.pageCount() == null
                            ? labels.get("notAvailable")
                            : v.pageCount().toString(),
                        "modifiedBy",
                        v.modifiedBy(),
                        "approvedBy",
                        v.approvedBy(),
                        "approvalDate",
                        labels.date(v.approvalDate()),
                        "effectiveDate",
                        labels.date(v.effectiveDate())))
            .toList();
    return new DocumentModel(values, sections, modifications);
  }

  /**
   * The target groups ranked by the departments' votes (seed 002), printed only when a department
   * voted: rank, group, votes.
   */
  private static DocumentModel.Section ranking(PlanContent c, List<DepartmentInput> inputs) {
    VoteRanking ranking = VoteRanking.of(c.targetGroups(), inputs);
    if (!ranking.hasVotes()) {
      return DocumentModel.Section.ABSENT;
    }
    return DocumentModel.Section.rows(
        ranking.groups().stream()
            .map(
                g ->
                    row(
                        "rank",
                        Integer.toString(g.rank()),
                        "group",
                        g.name(),
                        "votes",
                        Integer.toString(g.votes())))
            .toList());
  }

  private static List<Map<String, String>> groups(PlanContent c, Tier tier) {
    return c.targetGroups().stream()
        .filter(g -> g.tier() == tier)
        .map(g -> row("name", g.name(), "message", g.message(), "channels", g.channels()))
        .toList();
  }

  private static Map<String, String> row(String... keysAndValues) {
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put(keysAndValues[i], text(keysAndValues[i + 1]));
    }
    return row;
  }

  private static String number(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
