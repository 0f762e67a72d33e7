package org.plandesk.tasklist.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plandesk.PlanDeskWebTest;
import org.plandesk.web.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/me/tasklist-words} through real HTTP: what the Tasklist's script shows a user in
 * place of the engine's English names and form-js's English words, in the user's own language, and
 * nothing to someone not signed in.
 */
@PlanDeskWebTest
class TasklistWordsHttpTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  private String user;

  @BeforeEach
  void aMemberOfStaffWhoWorksInUkrainian() {
    user = "words" + System.nanoTime() % 1_000_000;
    User u = identity.newUser(user);
    u.setFirstName("Olena");
    u.setLastName("Kovalenko");
    u.setPassword("demo");
    identity.saveUser(u);
    identity.setUserInfo(user, "language", "uk");
  }

  @AfterEach
  void goodbye() {
    identity.deleteUser(user);
  }

  @Test
  void aUkrainianUserGetsUkrainianNamesAndFormWords() throws Exception {
    WebClient web = new WebClient(port).language("en-US,en");
    web.signIn(user, "demo");
    var answer = web.getJson("/api/me/tasklist-words");
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode words = new ObjectMapper().readTree(answer.body());

    assertThat(words.path("language").asText()).isEqualTo("uk");
    JsonNode names = words.path("names");
    assertThat(names.path("My tasks").asText()).isEqualTo("Мої завдання");
    assertThat(names.path("Director tasks").asText()).isEqualTo("Директор: завдання");
    assertThat(names.path("Tasks of the lending group").asText())
        .isEqualTo("Завдання групи «Абонемент і обслуговування читачів»");
    assertThat(names.path("Lending and reader services").asText())
        .isEqualTo("Абонемент і обслуговування читачів");
    assertThat(names.path("Plan version lifecycle").asText())
        .isEqualTo("Життєвий цикл версії плану");
    assertThat(names.path("Grant or fundraising request").asText())
        .isEqualTo("Заявка на грант або залучення коштів");

    JsonNode formjs = words.path("formjs");
    assertThat(formjs.path("required").asText()).isEqualTo("Поле обов’язкове для заповнення.");
    assertThat(formjs.path("minLength").asText()).isEqualTo("Мінімальна кількість символів: {0}.");
    assertThat(formjs.path("select").asText()).isEqualTo("Виберіть");
    assertThat(formjs.path("datePlaceholder").asText()).isEqualTo("дд.мм.рррр");
  }

  @Test
  void nobodySignedInGetsNoWords() {
    assertThat(new WebClient(port).getJson("/api/me/tasklist-words").statusCode()).isEqualTo(401);
  }
}
