package org.plandesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plandesk.SeedPlans;
import org.plandesk.audit.Redline.Mark;
import org.plandesk.audit.Redline.Segment;
import org.plandesk.plan.PlanContent;

/** The redline reads as a person marking up a printed version would mark it. */
class RedlineTest {

  private static Segment same(String text) {
    return new Segment(Mark.SAME, text);
  }

  private static Segment deleted(String text) {
    return new Segment(Mark.DELETED, text);
  }

  private static Segment inserted(String text) {
    return new Segment(Mark.INSERTED, text);
  }

  @Test
  void aReplacedWordIsDeletedThenInserted() {
    assertThat(Redline.of("Stabil partner, tudatos", "Megbízható partner, tudatos"))
        .containsExactly(deleted("Stabil"), inserted("Megbízható"), same(" partner, tudatos"));
  }

  @Test
  void neighbouringReplacedWordsReadAsOneChange() {
    assertThat(
            Redline.of(
                "és esély egyenlőségi elkötelezettséggel",
                "és esélyegyenlőségi elkötelezettséggel"))
        .containsExactly(
            same("és "),
            deleted("esély egyenlőségi"),
            inserted("esélyegyenlőségi"),
            same(" elkötelezettséggel"));
  }

  @Test
  void cyrillicWordsArePiecesOfTheirOwn() {
    assertThat(Redline.of("Щомісячний інформаційний бюлетень", "Щотижневий інформаційний бюлетень"))
        .containsExactly(
            deleted("Щомісячний"), inserted("Щотижневий"), same(" інформаційний бюлетень"));
  }

  @Test
  void punctuationChangesAloneAndWordsStayWhole() {
    assertThat(Redline.of("média, hírlevelek", "média; hírlevelek"))
        .containsExactly(same("média"), deleted(","), inserted(";"), same(" hírlevelek"));
  }

  @Test
  void aTextThatAppearsIsAllInsertedAndOneThatGoesAllDeleted() {
    assertThat(Redline.of("", "Új szöveg")).containsExactly(inserted("Új szöveg"));
    assertThat(Redline.of("Régi szöveg", null)).containsExactly(deleted("Régi szöveg"));
    assertThat(Redline.changed(Redline.of("Ugyanaz.", "Ugyanaz."))).isFalse();
  }

  @Test
  void aRedlineKeepsBothTextsWhole() {
    String before = SeedPlans.kulsoKommunikacio().startingPoint();
    String after = before.replace("60 településének", "76 településének és a járások");
    List<Segment> redline = Redline.of(before, after);
    assertThat(text(redline, Mark.INSERTED)).isEqualTo(after);
    assertThat(text(redline, Mark.DELETED)).isEqualTo(before);
  }

  @Test
  void aGoalWithAFewWordsChangedIsThatGoalChangedWordForWord() {
    PlanContent seed = SeedPlans.kulsoKommunikacio();
    List<String> goals = new ArrayList<>(seed.strategicGoals());
    goals.set(3, "fogyatékkal élők kulturális esélyegyenlőségének folyamatos javítása,");
    PlanContent changed =
        new PlanContent(
            seed.startingPoint(),
            goals,
            seed.communicationGoals(),
            seed.targetGroups(),
            seed.actionItems(),
            seed.monitoringInstruments(),
            seed.indicators(),
            seed.changeSummary());

    List<VersionComparison.Section> sections =
        VersionComparison.sections(seed, changed, VersionComparison.RAW);

    assertThat(sections)
        .extracting(VersionComparison.Section::name)
        .containsExactlyElementsOf(VersionComparison.SECTIONS);
    assertThat(sections)
        .filteredOn(VersionComparison.Section::isChanged)
        .extracting(VersionComparison.Section::name)
        .containsExactly("strategicGoals");
    VersionComparison.Change goal = sections.get(1).changes().get(0);
    assertThat(goal.kind()).isEqualTo(VersionComparison.Kind.CHANGED);
    assertThat(marked(goal.redline(), Mark.DELETED)).containsExactly("hátránnyal");
    assertThat(marked(goal.redline(), Mark.INSERTED)).containsExactly("fogyatékkal", "folyamatos");
    assertThat(sections.get(3).unchanged()).hasSize(seed.targetGroups().size());
  }

  /** The text a reader of one side sees: what stayed plus what that side has. */
  private static String text(List<Segment> redline, Mark side) {
    StringBuilder text = new StringBuilder();
    redline.stream()
        .filter(s -> s.mark() == Mark.SAME || s.mark() == side)
        .forEach(s -> text.append(s.text()));
    return text.toString();
  }

  private static List<String> marked(List<Segment> redline, Mark mark) {
    return redline.stream().filter(s -> s.mark() == mark).map(s -> s.text().strip()).toList();
  }
}
