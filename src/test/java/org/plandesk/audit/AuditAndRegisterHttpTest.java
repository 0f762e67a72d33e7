package org.plandesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.docx4j.TextUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.notification.StaffLanguages;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register, the plan page, the comparison and the audit trail through real HTTP, for a
 * lifecycle with changes requested, a delegation and a missed department deadline.
 */
@PlanDeskWebTest
class AuditAndRegisterHttpTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired JdbcClient jdbc;
  @Autowired StaffLanguages languages;
  @Autowired IdentityService identity;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identity.deleteUserInfo("auditor", "language");
  }

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);

  /** A driver of the plan lifecycle with the engine's clock at the start of {@link #FIRST_DAY}. */
  private LifecycleDriver driverOnFirstDay() {
    LifecycleDriver driver = new LifecycleDriver(engine, plans);
    driver.reachDay(FIRST_DAY);
    return driver;
  }

  private static String unique(String prefix) {
    return prefix + System.nanoTime() % 100000;
  }

  private HttpResponse<byte[]> get(String path, String user) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html,*/*");
    request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private String page(String path, String user) throws Exception {
    var response = get(path, user);
    assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /**
   * The words of every English sentence of the audit trail (their parts between the arguments, of
   * two words or more), as a page writes them.
   */
  private static List<String> englishSentences() throws Exception {
    var english = new java.util.Properties();
    try (var in =
        new java.io.InputStreamReader(
            AuditAndRegisterHttpTest.class
                .getClassLoader()
                .getResourceAsStream("i18n/messages.properties"),
            StandardCharsets.UTF_8)) {
      english.load(in);
    }
    return english.stringPropertyNames().stream()
        .filter(key -> key.startsWith("audit."))
        .flatMap(key -> java.util.Arrays.stream(english.getProperty(key).split("\\{\\d}")))
        .map(part -> part.replace("''", "&#39;").strip())
        .filter(part -> part.contains(" ") && part.length() >= 8)
        .distinct()
        .toList();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void auditTrailOfALifecycleWithChangesADelegationAndAMissedDeadline() throws Exception {
    LifecycleDriver driver = driverOnFirstDay();
    LocalDate day = FIRST_DAY;
    String code = unique("AUDIT-");
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator", code, "<script>alert(1)</script>", "COMMUNICATION_PLAN", "hu");
    long id = driver.versionId(pi);
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of("lending", "children"), day.plusDays(5));
    driver.giveInput("anna", pi, "lending", "Havi hírlevél", List.of("Regisztrált használók"));
    driver.reachDay(day.plusDays(6));
    driver.delegateConsolidation(pi, "anna");
    driver.consolidate(pi);
    driver.decide(pi, "REQUEST_CHANGES", "Kérem a közösségi médiát is.", null);
    driver.consolidate(pi);
    driver.decide(pi, "APPROVE", null, day.plusDays(10));
    driver.reachDay(day.plusDays(10));

    String trail = page("/plans/" + enc(code) + "/audit", "auditor");
    assertThat(trail)
        .contains("Plan version requested")
        .contains("Delegated: A vélemények beépítése a tervezetbe")
        .contains("Resolved: A vélemények beépítése a tervezetbe")
        .contains("Deadline passed: no input given by Children&#39;s library")
        .contains("Departmental input given: Lending and reader services")
        .contains("Director&#39;s decision: changes requested")
        .contains("comment: Kérem a közösségi médiát is.")
        .contains("Director&#39;s decision: approved")
        .contains("effective October 11, 2026")
        .contains("Document generated: ")
        .contains("Version entered into force")
        .contains("Mikolasek Zsófia (director)");

    // The same trail read by a Hungarian auditor: every sentence in Hungarian, none in English.
    languages.set("auditor", PlanLanguage.hu);
    String hungarian = page("/plans/" + enc(code) + "/audit", "auditor");
    assertThat(hungarian)
        .contains("lang=\"hu\"")
        .contains("Tervváltozat kérve")
        .contains("Átadva: A vélemények beépítése a tervezetbe")
        .contains("Lejárt a határidő: nem érkezett vélemény ettől: Gyermekkönyvtár")
        .contains("Osztályvélemény beérkezett: Kölcsönzés és olvasószolgálat")
        .contains("Az igazgató döntése: módosítást kért")
        .contains("hatályos: 2026. október 11.")
        .contains("A változat hatályba lépett");
    assertThat(englishSentences().stream().filter(hungarian::contains).toList())
        .as("English sentences on the Hungarian audit trail")
        .isEmpty();
    identity.deleteUserInfo("auditor", "language");

    String csv =
        new String(
            get("/plans/" + enc(code) + "/audit.csv", "auditor").body(), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFFtime,version,user id,user,action,detail");
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains(
                    "\"director\",\"Mikolasek Zsófia (director)\",\"Director's decision: changes requested\",\"comment: Kérem a közösségi médiát is.\""));
    String sha =
        plans.version(id).versionNumber() == null
            ? ""
            : jdbc.sql(
                    "SELECT docx_sha256 FROM document"
                        + " WHERE subject_kind = 'PLAN_VERSION' AND subject_id = ?")
                .param(id)
                .query(String.class)
                .single();
    assertThat(csv).contains("SHA-256 " + sha);

    String byDirector =
        new String(
            get("/plans/" + enc(code) + "/audit.csv?person=director", "auditor").body(),
            StandardCharsets.UTF_8);
    assertThat(byDirector.lines().skip(1)).isNotEmpty().allMatch(l -> l.contains("\"director\""));
    String beforeStart =
        new String(
            get("/plans/" + enc(code) + "/audit.csv?to=2026-09-30", "auditor").body(),
            StandardCharsets.UTF_8);
    assertThat(beforeStart.lines().count())
        .as("only the header before the plan existed")
        .isEqualTo(1);

    var pack =
        WordprocessingMLPackage.load(
            new ByteArrayInputStream(
                get("/plans/" + enc(code) + "/audit.docx", "director").body()));
    String packText = TextUtils.getText(pack.getMainDocumentPart().getJaxbElement());
    assertThat(packText)
        .contains("Audit pack: " + code)
        .contains("Delegated: A vélemények beépítése a tervezetbe")
        .contains("<script>alert(1)</script>");

    assertThat(get("/plans/" + enc(code) + "/audit", "anna").statusCode())
        .as("departments read no audit trail")
        .isEqualTo(403);

    String integrity = page("/plans/versions/" + id + "/integrity", "auditor");
    assertThat(integrity)
        .contains("Intact: the stored document matches its recorded SHA-256.")
        .contains(sha);
    jdbc.sql("UPDATE document SET docx = ? WHERE subject_kind = 'PLAN_VERSION' AND subject_id = ?")
        .params(new byte[] {1, 2, 3}, id)
        .update();
    assertThat(page("/plans/versions/" + id + "/integrity", "auditor")).contains("ALTERED");
  }

  @Test
  void registerPlanPageAndComparisonShowWhatPeopleNeed() throws Exception {
    LifecycleDriver driver = driverOnFirstDay();
    LocalDate day = FIRST_DAY;
    String code = unique("REG-");
    ProcessInstance first =
        driver.startNewPlan(
            "coordinator", code, "<script>alert(1)</script> & Co", "ANNUAL_ACTION_PLAN", "uk");
    driver.writeContent(first, SeedPlans.lutskProgramme());
    driver.draft(first, List.of(), day.plusDays(2));
    driver.consolidate(first);
    driver.decide(first, "APPROVE", null, day);
    driver.reachDay(day);
    ProcessInstance second = driver.startNewVersion("coordinator", code);
    var content = SeedPlans.lutskProgramme();
    var changed =
        new PlanContent(
            content.startingPoint(),
            List.of("Нова стратегічна ціль"),
            content.communicationGoals(),
            content.targetGroups(),
            content.actionItems().subList(0, 2),
            content.monitoringInstruments(),
            content.indicators(),
            "Друга версія");
    driver.writeContent(second, changed);
    driver.draft(second, List.of("events"), day.plusDays(3));

    String register = page("/plans?q=" + enc(code), "anna");
    assertThat(register)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
        .doesNotContain("<script>alert(1)</script>");
    assertThat(register).contains(">In force<").contains(">1.0<").contains(">Draft<");
    assertThat(page("/plans?type=COMMUNICATION_PLAN&q=" + enc(code), "anna"))
        .contains("No plans match");
    assertThat(page("/plans?language=uk&status=IN_FORCE&sort=effective&dir=desc", "anna"))
        .contains(code);

    String plan = page("/plans/" + enc(code), "auditor");
    assertThat(plan)
        .contains("Надати пропозиції відділу")
        .contains("waiting for Events and culture")
        .contains("id=\"modification-list\"");

    var versions = plans.overview(code).versions();
    String compare =
        page(
            "/plans/"
                + enc(code)
                + "/compare?from="
                + versions.get(0).id()
                + "&to="
                + versions.get(1).id(),
            "anna");
    assertThat(compare)
        .contains("Нова стратегічна ціль")
        .contains("ADDED")
        .contains("REMOVED")
        .contains("Грантова діяльність бібліотек")
        .contains("Друга версія");
    assertThat(get("/plans/NO-SUCH-PLAN", "anna").statusCode()).isEqualTo(404);
  }

  private static final Pattern REGISTER_CODE =
      Pattern.compile("<tr class=\"register-row\">\\s*<td><a href=\"/plans/([^\"]+)\"");

  private static List<String> registerCodes(String page) {
    List<String> codes = new ArrayList<>();
    var m = REGISTER_CODE.matcher(page);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  /**
   * 120 plans straight into the tables: odd ones in force (effective day = number), even ones in
   * drafting; with the register columns PlanDesk keeps on the plan row (V8__register_keys.sql).
   */
  private String insertPagedPlans() {
    String prefix = unique("PAGE");
    Timestamp now = Timestamp.from(Instant.now());
    for (int i = 1; i <= 120; i++) {
      String code = prefix + "-%03d".formatted(i);
      String title = "Paged plan %03d".formatted(121 - i);
      boolean inForce = i % 2 == 1;
      LocalDate effective = inForce ? LocalDate.of(2026, 1, 1).plusDays(i) : null;
      jdbc.sql(
              "INSERT INTO plan (code, title, code_key, title_key, register_status, register_effective, plan_type,"
                  + " language, created_by, created_at) VALUES (?, ?, LOWER(?), LOWER(?), ?, ?, ?, ?, ?, ?)")
          .params(
              code,
              title,
              code,
              title,
              inForce ? "IN_FORCE" : "DRAFT",
              effective,
              "COMMUNICATION_PLAN",
              "en",
              "coordinator",
              now)
          .update();
      long planId =
          jdbc.sql("SELECT id FROM plan WHERE code = ?").param(code).query(Long.class).single();
      jdbc.sql(
              "INSERT INTO plan_version (plan_id, sequence_no, status, open_marker, version_number, file_name, content,"
                  + " prepared_by, prepared_by_name, effective_date, revision, created_at, updated_at)"
                  + " VALUES (?, 1, ?, ?, ?, ?, '{}', 'coordinator', 'Márku Mónika', ?, 0, ?, ?)")
          .params(
              planId,
              inForce ? "IN_FORCE" : "DRAFT",
              inForce ? null : Boolean.TRUE,
              inForce ? "1.0" : null,
              code,
              effective,
              now,
              now)
          .update();
    }
    return prefix;
  }

  @Test
  void registerShowsOnePageAtATimeWithLinksThatKeepFilterAndOrder() throws Exception {
    String prefix = insertPagedPlans();
    String q = prefix.toLowerCase();

    String first = page("/plans?q=" + q, "anna");
    assertThat(registerCodes(first)).hasSize(50).startsWith(prefix + "-001", prefix + "-002");
    assertThat(first)
        .contains("Plans 1–50 of 120")
        .contains("page 1 of 3")
        .contains("href=\"/plans?q=" + q + "&amp;sort=code&amp;dir=asc&amp;page=2\"")
        .doesNotContain("rel=\"prev\"");

    String last = page("/plans?q=" + q + "&page=3", "anna");
    assertThat(registerCodes(last)).hasSize(20).endsWith(prefix + "-120");
    assertThat(last)
        .contains("Plans 101–120 of 120")
        .contains("rel=\"prev\"")
        .doesNotContain("rel=\"next\"");
    assertThat(registerCodes(page("/plans?q=" + q + "&page=99", "anna")))
        .as("past the end: the last page")
        .isEqualTo(registerCodes(last));

    List<String> byEffective = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      byEffective.addAll(
          registerCodes(page("/plans?q=" + q + "&sort=effective&dir=desc&page=" + p, "anna")));
    }
    assertThat(byEffective)
        .as("every plan once over all pages")
        .hasSize(120)
        .doesNotHaveDuplicates();
    assertThat(byEffective.subList(0, 60))
        .as("no effective date first when reversed, as before")
        .allMatch(c -> Integer.parseInt(c.substring(c.length() - 3)) % 2 == 0);
    assertThat(byEffective.get(60)).isEqualTo(prefix + "-119");
    assertThat(byEffective.get(119)).isEqualTo(prefix + "-001");

    String byTitle = page("/plans?q=" + q + "&sort=title&size=10&page=2", "anna");
    assertThat(registerCodes(byTitle))
        .as("titles run backwards to the codes")
        .containsExactly(
            java.util.stream.IntStream.rangeClosed(11, 20)
                .map(title -> 121 - title)
                .mapToObj(i -> prefix + "-%03d".formatted(i))
                .toArray(String[]::new));
    assertThat(byTitle).contains("Plans 11–20 of 120").contains("&amp;size=10&amp;page=3");

    String drafts = page("/plans?q=" + q + "&status=DRAFT&page=2", "anna");
    assertThat(drafts).contains("Plans 51–60 of 60");
    assertThat(registerCodes(drafts))
        .hasSize(10)
        .allMatch(c -> Integer.parseInt(c.substring(c.length() - 3)) % 2 == 0);
    assertThat(page("/plans?q=" + enc("50%_"), "anna"))
        .as("LIKE wildcards are plain text")
        .contains("No plans match");
  }

  /** The plan's register status and effective date, kept on the plan row, follow its versions. */
  @Test
  void registerFiltersAndSortsByStatusAsThePlansMoveThroughTheirLifecycle() throws Exception {
    LifecycleDriver driver = driverOnFirstDay();
    LocalDate day = FIRST_DAY;
    String prefix = unique("LIFE");
    String q = "/plans?q=" + prefix.toLowerCase();
    ProcessInstance later =
        driver.startNewPlan("coordinator", prefix + "-1", "Zöld terv", "COMMUNICATION_PLAN", "hu");
    ProcessInstance earlier =
        driver.startNewPlan("coordinator", prefix + "-2", "alma terv", "COMMUNICATION_PLAN", "hu");
    assertThat(registerCodes(page(q + "&status=DRAFT&sort=title", "anna")))
        .as("titles ignore case")
        .containsExactly(prefix + "-2", prefix + "-1");

    for (ProcessInstance pi : List.of(later, earlier)) {
      driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
      driver.draft(pi, List.of(), day.plusDays(2));
      driver.consolidate(pi);
    }
    assertThat(page(q + "&status=DRAFT", "anna")).contains("No plans match");
    assertThat(registerCodes(page(q + "&status=IN_APPROVAL", "anna"))).hasSize(2);

    driver.decide(later, "APPROVE", null, day.plusDays(6));
    driver.decide(earlier, "APPROVE", null, day.plusDays(4));
    assertThat(registerCodes(page(q + "&status=APPROVED&sort=effective", "anna"))).hasSize(2);
    driver.reachDay(day.plusDays(6));
    assertThat(registerCodes(page(q + "&status=IN_FORCE&sort=effective", "anna")))
        .containsExactly(prefix + "-2", prefix + "-1");

    ProcessInstance second = driver.startNewVersion("coordinator", prefix + "-2");
    assertThat(registerCodes(page(q + "&status=IN_FORCE&sort=effective&dir=desc", "anna")))
        .as("a draft keeps the plan in force")
        .containsExactly(prefix + "-1", prefix + "-2");
    assertThat(page(q + "&status=DRAFT", "anna")).contains("No plans match");
    driver.writeContent(second, SeedPlans.kulsoKommunikacio());
    driver.draft(second, List.of(), day.plusDays(8));
    driver.consolidate(second);
    driver.decide(second, "APPROVE", null, day.plusDays(7));
    driver.reachDay(day.plusDays(7));
    assertThat(registerCodes(page(q + "&status=IN_FORCE&sort=effective", "anna")))
        .as("the new version's effective date")
        .containsExactly(prefix + "-1", prefix + "-2");
    assertThat(page(q + "&status=SUPERSEDED", "anna")).contains("No plans match");
  }
}
