package org.plandesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.web.PageReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The redline of two versions of seed plan 000 through real HTTP, word for word: a strategic goal
 * and a target group's message with a few words changed, on the page (in the reader's Hungarian)
 * and in the DOCX (in the plan's Hungarian), unchanged sections collapsed, and the refusals of the
 * download.
 */
@PlanDeskWebTest
class RedlineHttpTest {

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;

  private PageReader reader;
  private String code;
  private long from;
  private long to;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Version 1.0 as seed 000 has it; the draft after it with two rows reworded. */
  @BeforeEach
  void twoVersions() {
    reader = new PageReader(port);
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    driver.reachDay(FIRST_DAY);
    code = "REDLINE-" + System.nanoTime() % 100000;
    driver.approvedWithoutInput(code, FIRST_DAY, FIRST_DAY.plusDays(1));
    driver.reachDay(FIRST_DAY.plusDays(1));
    ProcessInstance second = driver.startNewVersion("coordinator", code);
    PlanContent seed = SeedPlans.kulsoKommunikacio();
    List<String> goals = new ArrayList<>(seed.strategicGoals());
    goals.set(3, "fogyatékkal élők kulturális esélyegyenlőségének folyamatos javítása,");
    List<PlanContent.TargetGroup> groups = new ArrayList<>(seed.targetGroups());
    PlanContent.TargetGroup civil = groups.get(2);
    groups.set(
        2,
        new PlanContent.TargetGroup(
            civil.tier(),
            civil.name(),
            "Megbízható partner, tudatos társadalmi szerepvállalással és esélyegyenlőségi"
                + " elkötelezettséggel",
            civil.channels()));
    driver.writeContent(
        second,
        new PlanContent(
            seed.startingPoint(),
            goals,
            seed.communicationGoals(),
            groups,
            seed.actionItems(),
            seed.monitoringInstruments(),
            seed.indicators(),
            seed.changeSummary()));
    var versions = plans.overview(code).versions();
    from = versions.get(0).id();
    to = versions.get(1).id();
  }

  private String query(long a, long b) {
    return "?from=" + a + "&to=" + b;
  }

  @Test
  void thePageMarksExactlyTheWordsThatChangedInTheReadersLanguage() {
    String page =
        reader.page(
            "/plans/" + PageReader.segment(code) + "/compare" + query(from, to), "auditor", "hu");

    String goals = section(page, "strategicGoals");
    assertThat(goals).contains("<h2 id=\"heading-strategicGoals\">Stratégiai célkitűzések</h2>");
    assertThat(marked(goals, "del")).containsExactly("hátránnyal");
    assertThat(marked(goals, "ins")).containsExactly("fogyatékkal", "folyamatos");
    assertThat(goals).contains("<span class=\"visually-hidden\">beszúrva: </span>");
    assertThat(goals).contains("<span class=\"visually-hidden\">törölve: </span>");
    assertThat(goals).contains("Módosítva");

    String groups = section(page, "targetGroups");
    assertThat(groups).contains("Célcsoportok, üzenetek, eszközök");
    assertThat(marked(groups, "del")).containsExactly("Stabil", "esély egyenlőségi");
    assertThat(marked(groups, "ins")).containsExactly("Megbízható", "esélyegyenlőségi");
    assertThat(groups).contains("Civil szervezetek").contains("Üzenet: ");

    // The other six sections are there, by name, collapsed and said to be unchanged.
    List<String> collapsed = new ArrayList<>();
    Matcher details =
        Pattern.compile(
                "<details class=\"redline-section unchanged\" id=\"section-(\\w+)\">\\s*"
                    + "<summary><span>([^<]+)</span>: <span>változatlan</span></summary>")
            .matcher(page);
    while (details.find()) {
      collapsed.add(details.group(1) + "=" + details.group(2));
    }
    assertThat(collapsed)
        .containsExactly(
            "startingPoint=Kiindulási pont",
            "communicationGoals=Kommunikációs célok és alapelvek",
            "actionItems=Feladatok",
            "monitoringInstruments=Monitoring eszközök",
            "indicators=Stratégiai mutatók",
            "changeSummary=Változások az előző verzióhoz képest");
    assertThat(page).doesNotContain("<details open");
    assertThat(page)
        .contains(
            "href=\"/plans/"
                + PageReader.segment(code)
                + "/compare.docx"
                + query(from, to).replace("&", "&amp;")
                + "\"");
  }

  @Test
  void theDocxMarksTheSameWordsInThePlansLanguage() throws Exception {
    HttpResponse<byte[]> response =
        download("/plans/" + PageReader.segment(code) + "/compare.docx" + query(from, to), "anna");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment");

    List<List<Run>> paragraphs = paragraphs(response.body());
    List<String> texts = paragraphs.stream().map(RedlineHttpTest::text).toList();
    assertThat(texts)
        .contains(
            "Verziók összehasonlítása: " + code,
            "A(z) 1.0 verziótól a(z) tervezet 2 verzióig",
            "2. Stratégiai célkitűzések",
            "3. Célcsoportok, üzenetek, eszközök",
            "Módosítva",
            "Változatlan.");
    List<String> inserted = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (List<Run> paragraph : paragraphs) {
      for (Run run : paragraph) {
        if (run.underlined()) {
          inserted.add(run.text().strip());
        }
        if (run.struck()) {
          deleted.add(run.text().strip());
        }
      }
    }
    assertThat(inserted)
        .containsExactly("fogyatékkal", "folyamatos", "Megbízható", "esélyegyenlőségi");
    assertThat(deleted).containsExactly("hátránnyal", "Stabil", "esély egyenlőségi");
    assertThat(texts).anyMatch(t -> t.startsWith("Civil szervezetek\n") && t.contains("Üzenet: "));
    // Six sections unchanged, each said so under its heading.
    assertThat(texts).filteredOn("Változatlan."::equals).hasSize(6);
  }

  @Test
  void theDownloadRefusesWhatItCannotCompare() throws Exception {
    String path = "/plans/" + PageReader.segment(code) + "/compare.docx";
    assertThat(download(path + query(from, 999_999_999L), "auditor").statusCode())
        .as("unknown version")
        .isEqualTo(404);

    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    ProcessInstance other =
        driver.startNewPlan("coordinator", code + "-B", "Másik terv", "COMMUNICATION_PLAN", "hu");
    long otherVersion = driver.versionId(other);
    assertThat(download(path + query(from, otherVersion), "auditor").statusCode())
        .as("a version of another plan")
        .isEqualTo(400);
    assertThat(
            reader
                .get(
                    "/plans/" + PageReader.segment(code) + "/compare" + query(otherVersion, to),
                    "auditor",
                    "en")
                .statusCode())
        .as("the page, the same")
        .isEqualTo(400);

    // As the comparison page: for anyone signed in, so only a request without signing in is
    // refused.
    HttpResponse<String> anonymous = reader.get(path + query(from, to), null, "en");
    assertThat(anonymous.statusCode()).isIn(302, 401);
    assertThat(anonymous.body()).doesNotContain("PK");
  }

  private HttpResponse<byte[]> download(String path, String user) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The page's part about one section. */
  private static String section(String page, String name) {
    int start =
        page.indexOf("<section class=\"redline-section changed\" id=\"section-" + name + "\"");
    assertThat(start).as("section " + name + " shown as changed").isNotNegative();
    return page.substring(start, page.indexOf("</section>", start));
  }

  /** The words inside each {@code <ins>} or {@code <del>}, without the screen reader's words. */
  private static List<String> marked(String html, String tag) {
    Matcher m =
        Pattern.compile(
                "<"
                    + tag
                    + "><span class=\"visually-hidden\">[^<]*</span>([^<]*)<span class=\"visually-hidden\">[^<]*</span></"
                    + tag
                    + ">")
            .matcher(html);
    List<String> words = new ArrayList<>();
    while (m.find()) {
      words.add(m.group(1).strip());
    }
    return words;
  }

  /** A run of the DOCX as a reader sees it: its text and its marks. */
  private record Run(String text, boolean underlined, boolean struck) {}

  private static List<List<Run>> paragraphs(byte[] docx) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
    List<List<Run>> paragraphs = new ArrayList<>();
    for (Object o : pkg.getMainDocumentPart().getContent()) {
      if (XmlUtils.unwrap(o) instanceof P p) {
        List<Run> runs = new ArrayList<>();
        for (Object c : p.getContent()) {
          if (XmlUtils.unwrap(c) instanceof R r) {
            StringBuilder text = new StringBuilder();
            for (Object t : r.getContent()) {
              Object e = XmlUtils.unwrap(t);
              if (e instanceof Text value) {
                text.append(value.getValue());
              } else if (e instanceof Br) {
                text.append('\n');
              }
            }
            var pr = r.getRPr();
            runs.add(
                new Run(
                    text.toString(),
                    pr != null && pr.getU() != null,
                    pr != null && pr.getStrike() != null && pr.getStrike().isVal()));
          }
        }
        paragraphs.add(runs);
      }
    }
    return paragraphs;
  }

  private static String text(List<Run> runs) {
    return runs.stream().map(Run::text).reduce("", String::concat);
  }
}
