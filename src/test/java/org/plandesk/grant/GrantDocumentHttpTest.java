package org.plandesk.grant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.document.DocumentArchive;
import org.plandesk.grant.process.GrantRequestProcess;
import org.plandesk.plan.PlanService;
import org.plandesk.plan.process.LifecycleDriver;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grant request's document through real HTTP: prepared and approved through engine-rest as the
 * Tasklist does, then downloaded by the staff who read grant requests (401 without a sign-in), with
 * its file name and SHA-256; regenerating is for administrators only. LibreOffice is off in this
 * context, so the PDF is reported as not available.
 */
@PlanDeskWebTest
class GrantDocumentHttpTest {

  private static final String START =
      "/engine-rest/process-definition/key/grant-request/submit-form";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired PlanService plans;
  @Autowired GrantService grants;

  /**
   * Ends the requests left open: other tests of this shared context move the clock past their
   * deadlines.
   */
  @AfterEach
  void endOpenRequestsAndResetClock() {
    engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey(GrantRequestProcess.KEY)
        .list()
        .forEach(pi -> engine.getRuntimeService().deleteProcessInstance(pi.getId(), "test ended"));
    ClockUtil.reset();
  }

  private HttpResponse<String> call(WebClient web, String user, String method, String path) {
    return web.api(
        method, path, null, user, user == null ? null : user.equals("admin") ? "admin" : "demo");
  }

  private HttpResponse<byte[]> download(WebClient web, String user, String path) {
    return web.download(path, user, user == null ? null : "demo");
  }

  @Test
  void staffDownloadTheApprovedRequestsDocumentAndOnlyAnAdministratorRegeneratesIt()
      throws Exception {
    WebClient web = new WebClient(port);
    String title = "Простір громади <HTTP> & " + System.nanoTime() % 100_000;
    var started =
        web.api(
            "POST",
            START,
            """
        {"variables":{"grantTitle":{"value":"%s"},"funder":{"value":"House of Europe"},
         "amountRequested":{"value":12500.5,"type":"Double"},"currency":{"value":"EUR"},
         "ownContribution":{"value":0,"type":"Long"},"purpose":{"value":"Простір для громади"},
         "expectedResults":{"value":"20 заходів"},"funderDeadline":{"value":"%s"},
         "responsible":{"value":"peter"}}}"""
                .formatted(title, LocalDate.now().plusDays(30)),
            "anna",
            "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    GrantRequest request =
        grants.list(null).stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    String document = "/api/grants/" + request.id() + "/document";

    var before = call(web, "anna", "GET", document + ".docx");
    assertThat(before.statusCode()).as("no document before the director approves").isEqualTo(404);
    assertThat(before.body()).contains("has no document yet");

    Task approval =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(request.processInstanceId())
            .taskDefinitionKey(GrantRequestProcess.APPROVE_REQUEST)
            .singleResult();
    assertThat(
            web.api(
                    "POST",
                    "/engine-rest/task/" + approval.getId() + "/submit-form",
                    "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"directorComment\":{\"value\":\"Go ahead\"},\"signaturePassword\":{\"value\":\"demo\"}}}",
                    "director",
                    "demo")
                .statusCode())
        .isEqualTo(204);
    new LifecycleDriver(engine, plans).reachDay(LocalDate.now());

    for (String reader : List.of("anna", "peter", "coordinator", "director", "auditor", "olena")) {
      var docx = download(web, reader, document + ".docx");
      assertThat(docx.statusCode()).as(reader).isEqualTo(200);
      assertThat(docx.headers().firstValue("Content-Type").orElseThrow())
          .contains("wordprocessingml");
      assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow())
          .as("English: the request serves no plan")
          .contains("filename*=UTF-8''Grant%20request%20" + request.id() + "%20");
      assertThat(docx.headers().firstValue("X-Content-SHA256").orElseThrow())
          .isEqualTo(DocumentArchive.sha256(docx.body()));
      assertThat(
              WordprocessingMLPackage.load(new ByteArrayInputStream(docx.body()))
                  .getMainDocumentPart()
                  .getXML())
          .contains("House of Europe")
          .contains("Go ahead");
      assertThat(org.plandesk.document.DocxReading.text(docx.body()))
          .as("the director's signed approval on the document")
          .contains("Electronic signature")
          .contains(" (Director), approved, ")
          .contains(", SHA-256: ");
    }
    assertThat(download(web, null, document + ".docx").statusCode()).isEqualTo(401);
    assertThat(web.download(document + ".docx", "nobody", "wrong").statusCode()).isEqualTo(401);
    assertThat(call(web, "anna", "GET", document + ".docx?edition=request").statusCode())
        .isEqualTo(200);
    var noAward = call(web, "anna", "GET", document + ".docx?edition=AWARD");
    assertThat(noAward.statusCode()).isEqualTo(404);
    assertThat(noAward.body()).contains("has no document “Award document” yet");
    var unknownEdition = call(web, "anna", "GET", document + ".docx?edition=DRAFT");
    assertThat(unknownEdition.statusCode()).isEqualTo(400);
    assertThat(unknownEdition.body())
        .contains("Edition: unknown value DRAFT; one of [REQUEST, AWARD]");
    assertThat(call(web, "anna", "GET", "/api/grants/987654/document.docx").statusCode())
        .isEqualTo(404);

    var pdf = call(web, "auditor", "GET", document + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(404);
    assertThat(pdf.body()).contains("not available: LibreOffice was not installed");
    assertThat(call(web, "auditor", "GET", "/api/grants/" + request.id()).body())
        .contains("\"kind\":\"DOCUMENT_GENERATED\"");

    String sha =
        download(web, "anna", document + ".docx")
            .headers()
            .firstValue("X-Content-SHA256")
            .orElseThrow();
    String regenerate = document + "/regenerate";
    for (String user : List.of("anna", "peter", "coordinator", "director", "auditor")) {
      assertThat(call(web, user, "POST", regenerate).statusCode()).as(user).isEqualTo(403);
    }
    assertThat(call(web, null, "POST", regenerate).statusCode()).isEqualTo(401);
    assertThat(call(web, "anna", "POST", document + ".docx").statusCode())
        .as("read only")
        .isEqualTo(403);
    var regenerated = call(web, "admin", "POST", regenerate);
    assertThat(regenerated.statusCode()).isEqualTo(200);
    assertThat(regenerated.body())
        .contains(
            "\"edition\":\"REQUEST\"", "\"sha256\":\"" + sha + "\"", "\"pdfAvailable\":false");
    assertThat(
            download(web, "anna", document + ".docx")
                .headers()
                .firstValue("X-Content-SHA256")
                .orElseThrow())
        .as("the stored DOCX is never replaced")
        .isEqualTo(sha);
  }
}
