package org.plandesk.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.SeedPlans;
import org.plandesk.audit.IntegrityCheck;
import org.plandesk.document.DocxReading;
import org.plandesk.grant.GrantDriver;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.notification.StaffLanguages;
import org.plandesk.plan.PlanDocuments;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.VersionStatus;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.plan.process.PlanVersionProcess;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signed approval through the real entry points: the director approves a plan version (and a grant
 * request) through {@code /engine-rest} and through the Tasklist's engine API by re-entering the
 * password; the manifest records who, in which role, what it means, when, and the SHA-256 of the
 * exact content signed, prints on the document's control sheet, shows in the audit trail and is
 * verified by the integrity check. A wrong password is refused in the signer's language with
 * nothing written but the refusal; repeated ones lock signing until the period ends; the password
 * is nowhere in the engine's history. Each test signs as a director of its own, so a lock-out stays
 * in its test.
 */
@PlanDeskWebTest
class SigningHttpTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
  private static final String PASSWORD = "Tölgyfa-Ág 2026!";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired PlanDocuments documents;
  @Autowired StaffLanguages languages;
  @Autowired IdentityService identity;
  @Autowired IntegrityCheck integrity;
  @Autowired SigningProperties settings;
  @Autowired JdbcClient jdbc;
  LifecycleDriver driver;

  @BeforeEach
  void setUp() {
    driver = new LifecycleDriver(engine, plans);
    driver.reachDay(TODAY);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  @Test
  void theDirectorSignsWithThePasswordAndTheManifestHoldsTheHashOfTheExactContent()
      throws Exception {
    String director = director("Kovács", "Éva", PlanLanguage.hu);
    String code = "SIGN-" + System.nanoTime() % 1_000_000;
    ProcessInstance pi =
        driver.startNewPlan("coordinator", code, "Terv", "COMMUNICATION_PLAN", "hu");
    long version = driver.versionId(pi);
    String task = inApproval(pi, director);

    var signed = new WebClient(port).postJson(submit(task), approval(PASSWORD), director, PASSWORD);

    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
    assertThat(plans.version(version).status()).isEqualTo(VersionStatus.APPROVED);
    Map<String, Object> m = manifest("PLAN_VERSION", version);
    assertThat(m)
        .containsEntry("SIGNER_ID", director)
        .containsEntry("SIGNER_NAME", "Éva Kovács")
        .containsEntry("SIGNER_ROLE", "director")
        .containsEntry("MEANING", "APPROVED")
        .containsEntry("TASK_ID", task);
    String content = (String) m.get("SIGNED_CONTENT");
    assertThat(m.get("CONTENT_SHA256"))
        .as("SHA-256 of the signed content")
        .isEqualTo(sha256(content));
    JsonNode signedContent = JSON.readTree(content);
    assertThat(signedContent.path("planCode").asText()).isEqualTo(code);
    assertThat(signedContent.path("versionId").asLong()).isEqualTo(version);
    assertThat(signedContent.path("content"))
        .as("exactly the version's content as stored (the canonical form leaves out nulls)")
        .isEqualTo(withoutNulls(JSON.readTree(contentOf(version))));
    assertThat(content).as("canonical: no whitespace between tokens").doesNotContain("\n", ": ");
    assertPasswordNowhere(PASSWORD);

    // The document's control sheet prints the manifest, in the plan's language.
    driver.reachDay(TODAY);
    String docx = DocxReading.text(documents.approved(version).orElseThrow().docx());
    assertThat(docx)
        .contains("Elektronikus aláírás")
        .contains("Éva Kovács (Igazgató), jóváhagyva, ")
        .contains("SHA-256: " + m.get("CONTENT_SHA256"));

    // The audit trail shows it, in the reader's language.
    WebClient auditor = new WebClient(port).signIn("auditor", "demo");
    String trail = auditor.get("/plans/" + encode(code) + "/audit").body();
    assertThat(trail)
        .contains("Signed electronically as Director: approved")
        .contains((String) m.get("CONTENT_SHA256"));

    // The integrity check verifies it, and finds a tampered manifest or content.
    assertThat(integrity.check(version).signaturesIntact()).isTrue();
    String page = "/plans/versions/" + version + "/integrity";
    assertThat(auditor.get(page).body()).contains("verified: the manifest and the content match");

    tamper("UPDATE signature_manifest SET meaning = 'REJECTED' WHERE task_id = ?", task);
    assertThat(verdicts(version)).containsExactly("signing.integrity.manifestAltered");
    assertThat(auditor.get(page).body())
        .contains("ALTERED: the manifest does not match its recorded hash");
    tamper("UPDATE signature_manifest SET meaning = 'APPROVED' WHERE task_id = ?", task);
    assertThat(verdicts(version)).containsExactly("signing.integrity.verified");

    String stored = contentOf(version);
    jdbc.sql("UPDATE plan_version SET content = ? WHERE id = ?")
        .params(stored.replace("\"startingPoint\":\"", "\"startingPoint\":\"Hamis. "), version)
        .update();
    assertThat(verdicts(version)).containsExactly("signing.integrity.currentAltered");
    assertThat(auditor.get(page).body())
        .contains("ALTERED: the content stored now is not the content signed");
    jdbc.sql("UPDATE plan_version SET content = ? WHERE id = ?").params(stored, version).update();

    tamper(
        "UPDATE signature_manifest SET signed_content = REPLACE(signed_content, '\"sequence\":1',"
            + " '\"sequence\":2') WHERE task_id = ?",
        task);
    assertThat(verdicts(version)).containsExactly("signing.integrity.contentAltered");
  }

  @Test
  void aWrongPasswordIsRefusedInTheSignersLanguageWithNothingWrittenButTheRefusal() {
    String director = director("Szabó", "Anna", PlanLanguage.hu);
    String code = "SIGNX-" + System.nanoTime() % 1_000_000;
    ProcessInstance pi =
        driver.startNewPlan("coordinator", code, "Terv", "COMMUNICATION_PLAN", "hu");
    long version = driver.versionId(pi);
    String task = inApproval(pi, director);
    WebClient rest = new WebClient(port);

    var wrong = rest.postJson(submit(task), approval("Tölgyfa-Ág 2025?"), director, PASSWORD);
    var none =
        rest.postJson(
            submit(task),
            "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"effectiveDate\":{\"value\":\"2026-11-01\"}}}",
            director,
            PASSWORD);

    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(message(wrong))
        .isEqualTo(
            "A jelszó nem helyes: semmi sem lett aláírva vagy eldöntve. Az aláírás zárolásáig"
                + " hátralévő próbálkozások: "
                + (settings.maxFailures() - 1)
                + ".");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(message(none))
        .isEqualTo("Az aláíráshoz adja meg a jelszavát: semmi sem lett aláírva.");
    assertThat(driver.tasks(pi, PlanVersionProcess.APPROVE_VERSION)).hasSize(1);
    assertThat(plans.version(version).status()).isEqualTo(VersionStatus.IN_APPROVAL);
    assertThat(count("SELECT COUNT(*) FROM version_decision WHERE version_id = ?", version))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM signature_manifest WHERE subject_id = ?", version))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM signing_failure WHERE user_id = ? AND outcome ="
                    + " 'WRONG_PASSWORD' AND subject_kind = 'PLAN_VERSION' AND subject_id = ?",
                director,
                version))
        .as("the refusal is logged, for the version")
        .isEqualTo(1);
    assertPasswordNowhere("Tölgyfa-Ág 2025?");
    WebClient auditor = new WebClient(port).signIn("auditor", "demo");
    assertThat(auditor.get("/plans/" + encode(code) + "/audit").body())
        .contains("Signature refused: wrong password");

    // The Tasklist's engine API: the same refusal in the same words, then the signature.
    WebClient tasklist = new WebClient(port).signIn(director, PASSWORD);
    String name = engine.getName();
    tasklist.get("/camunda/app/tasklist/" + name + "/");
    tasklist.getJson("/camunda/api/engine/engine/" + name + "/task");
    String webappSubmit = "/camunda/api/engine/engine/" + name + "/task/" + task + "/submit-form";

    var refused = tasklist.postJsonAsWebapp(webappSubmit, approval("tölgyfa"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(message(refused)).startsWith("A jelszó nem helyes");
    var accepted = tasklist.postJsonAsWebapp(webappSubmit, approval(PASSWORD));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    assertThat(manifest("PLAN_VERSION", version)).containsEntry("SIGNER_ID", director);
    assertPasswordNowhere(PASSWORD);
  }

  @Test
  void repeatedWrongPasswordsLockSigningForAWhileAndTheLockEnds() {
    String director = director("Kovalchuk", "Olha", PlanLanguage.uk);
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator",
            "SIGNL-" + System.nanoTime() % 1_000_000,
            "План",
            "COMMUNICATION_PLAN",
            "uk");
    long version = driver.versionId(pi);
    String task = inApproval(pi, director);
    WebClient rest = new WebClient(port);

    for (int i = 1; i < settings.maxFailures(); i++) {
      assertThat(
              rest.postJson(submit(task), approval("wrong " + i), director, PASSWORD).statusCode())
          .isEqualTo(403);
    }
    var locked = rest.postJson(submit(task), approval("wrong again"), director, PASSWORD);
    var stillLocked = rest.postJson(submit(task), approval(PASSWORD), director, PASSWORD);

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(message(locked))
        .startsWith("Підпис заблоковано після кількох неправильних паролів до ");
    assertThat(stillLocked.statusCode()).as("even the right password, while locked").isEqualTo(429);
    assertThat(
            count(
                "SELECT COUNT(*) FROM signing_lock WHERE user_id = ? AND locked_until > ?",
                director,
                java.sql.Timestamp.from(ClockUtil.getCurrentTime().toInstant())))
        .as("the lock is kept in the database: it holds on every node and after a restart")
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM signing_failure WHERE user_id = ? AND outcome = 'LOCKED'",
                director))
        .isEqualTo(1);
    assertThat(driver.tasks(pi, PlanVersionProcess.APPROVE_VERSION)).hasSize(1);

    Instant later =
        ClockUtil.getCurrentTime().toInstant().plus(settings.lockFor()).plus(Duration.ofMinutes(1));
    ClockUtil.setCurrentTime(Date.from(later));
    var signed = rest.postJson(submit(task), approval(PASSWORD), director, PASSWORD);

    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
    assertThat(manifest("PLAN_VERSION", version)).containsEntry("MEANING", "APPROVED");
  }

  @Test
  void aGrantRequestsApprovalIsSignedAndItsManifestVerified() throws Exception {
    var grants = new GrantDriver(engine, driver);
    ProcessInstance pi =
        grants.prepare("anna", GrantDriver.requestForm("Olvasókuckó", TODAY.plusDays(60)));
    Task approval = driver.task(pi, GrantRequestProcess.APPROVE_REQUEST);
    engine.getTaskService().claim(approval.getId(), "director");
    long grantId =
        ((Number) engine.getRuntimeService().getVariable(pi.getId(), "grantId")).longValue();

    var signed =
        new WebClient(port)
            .postJson(
                submit(approval.getId()),
                "{\"variables\":{\"decision\":{\"value\":\"REQUEST_CHANGES\"},\"directorComment\":{\"value\":\"Kérem"
                    + " pontosítani.\"},\"signaturePassword\":{\"value\":\"demo\"}}}",
                "director",
                "demo");

    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
    Map<String, Object> m = manifest("GRANT_REQUEST", grantId);
    assertThat(m)
        .containsEntry("MEANING", "CHANGES_REQUESTED")
        .containsEntry("SIGNER_ID", "director");
    assertThat(JSON.readTree((String) m.get("SIGNED_CONTENT")).path("title").asText())
        .isEqualTo("Olvasókuckó");
    assertThat(m.get("CONTENT_SHA256")).isEqualTo(sha256((String) m.get("SIGNED_CONTENT")));
  }

  @Test
  void aSignedTaskCompletedWithoutThePasswordCheckedIsRefusedAndStaysOpen() {
    ProcessInstance pi =
        driver.startNewPlan(
            "coordinator",
            "SIGNJ-" + System.nanoTime() % 1_000_000,
            "Terv",
            "COMMUNICATION_PLAN",
            "hu");
    Task task = inApprovalTask(pi);

    assertThatThrownBy(
            () ->
                driver.as(
                    "director",
                    () ->
                        engine
                            .getFormService()
                            .submitTaskForm(
                                task.getId(),
                                LifecycleDriver.approvalForm("APPROVE", null, TODAY.plusDays(30)))))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("must be signed with your password");
    assertThat(driver.tasks(pi, PlanVersionProcess.APPROVE_VERSION)).hasSize(1);
    assertThat(plans.version(driver.versionId(pi)).status()).isEqualTo(VersionStatus.IN_APPROVAL);
  }

  // --- helpers

  /** A director of their own, with a password and language of their own. */
  private String director(String lastName, String firstName, PlanLanguage language) {
    String id = "dir" + System.nanoTime() % 100_000_000;
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@library.example");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, "director");
    languages.set(id, language);
    return id;
  }

  private Task inApprovalTask(ProcessInstance pi) {
    driver.writeContent(pi, SeedPlans.kulsoKommunikacio());
    driver.draft(pi, List.of(), TODAY.plusDays(3));
    driver.consolidate(pi);
    return driver.task(pi, PlanVersionProcess.APPROVE_VERSION);
  }

  private String inApproval(ProcessInstance pi, String director) {
    String task = inApprovalTask(pi).getId();
    engine.getTaskService().claim(task, director);
    return task;
  }

  private static String submit(String task) {
    return "/engine-rest/task/" + task + "/submit-form";
  }

  private static String approval(String password) {
    return "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"effectiveDate\":{\"value\":\"2026-11-01\"},"
        + "\"signaturePassword\":{\"value\":\""
        + password
        + "\"}}}";
  }

  private Map<String, Object> manifest(String kind, long id) {
    List<Map<String, Object>> rows =
        jdbc.sql("SELECT * FROM signature_manifest WHERE subject_kind = ? AND subject_id = ?")
            .params(kind, id)
            .query()
            .listOfRows();
    assertThat(rows).as("manifests of %s %s", kind, id).hasSize(1);
    Map<String, Object> upper = new java.util.HashMap<>();
    rows.get(0).forEach((k, v) -> upper.put(k.toUpperCase(), v));
    return upper;
  }

  private String contentOf(long version) {
    return jdbc.sql("SELECT content FROM plan_version WHERE id = ?")
        .param(version)
        .query(String.class)
        .single();
  }

  private void tamper(String sql, String task) {
    assertThat(jdbc.sql(sql).param(task).update()).isEqualTo(1);
  }

  private List<String> verdicts(long version) {
    return integrity.signatures(version).stream()
        .map(IntegrityCheck.SignatureCheck::verdict)
        .toList();
  }

  private long count(String sql, Object... args) {
    return jdbc.sql(sql).params(args).query(Long.class).single();
  }

  /** Neither the variable nor the password itself in the engine's runtime data and history. */
  private void assertPasswordNowhere(String password) {
    String like = "%" + password + "%";
    assertThat(
            count(
                "SELECT COUNT(*) FROM ACT_HI_VARINST WHERE NAME_ = 'signaturePassword' OR TEXT_ LIKE"
                    + " ? OR TEXT2_ LIKE ?",
                like,
                like))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE NAME_ = 'signaturePassword' OR TEXT_ LIKE"
                    + " ? OR TEXT2_ LIKE ?",
                like,
                like))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ACT_HI_OP_LOG WHERE ORG_VALUE_ LIKE ? OR NEW_VALUE_ LIKE ? OR"
                    + " PROPERTY_ = 'signaturePassword'",
                like,
                like))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE NAME_ = 'signaturePassword' OR TEXT_ LIKE ?",
                like))
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM signature_manifest WHERE signed_content LIKE ?", like))
        .isZero();
  }

  private static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      var copy = JSON.createObjectNode();
      node.fields()
          .forEachRemaining(
              e -> {
                if (!e.getValue().isNull()) {
                  copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
              });
      return copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(n -> copy.add(withoutNulls(n)));
      return copy;
    }
    return node;
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String encode(String code) {
    return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String message(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body()).path("message").asText();
    } catch (Exception e) {
      throw new AssertionError("Not JSON: " + response.body(), e);
    }
  }
}
