package org.plandesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plandesk.plan.PlanLanguage;

/** The words and layout of mails in all six languages, without the application around them. */
class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  private static Properties bundle(PlanLanguage language) throws IOException {
    Properties p = new Properties();
    try (var in =
        MailTemplatesTest.class.getResourceAsStream(
            "/notification/mail_" + language + ".properties")) {
      assertThat(in).as("bundle of %s", language).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @EnumSource(PlanLanguage.class)
  void everyLanguageHasEveryTextAndEachIsAValidPattern(PlanLanguage language) throws IOException {
    Properties english = bundle(PlanLanguage.en);
    Properties texts = bundle(language);
    assertThat(texts.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    for (String key : texts.stringPropertyNames()) {
      String text = texts.getProperty(key);
      String formatted = new MessageFormat(text).format(new Object[] {"A", "B", "C"});
      // A lone ' would swallow the rest of the text: the pattern must keep every placeholder.
      for (int i = 0; i < 3; i++) {
        if (english.getProperty(key).contains("{" + i + "}")) {
          assertThat(text).as("%s %s keeps {%s}", language, key, i).contains("{" + i + "}");
        }
      }
      assertThat(formatted).as("%s %s", language, key).doesNotContain("{").doesNotContain("}");
    }
  }

  @ParameterizedTest
  @EnumSource(PlanLanguage.class)
  void aLetterRendersAsHtmlAndPlainTextInItsLanguage(PlanLanguage language) {
    Recipient peter =
        new Recipient("peter", "peter@library.example", "Péter Szabó", Optional.empty());
    Letter letter = new Letter(templates, id -> id, language, peter);
    letter
        .subject(
            "approved.subject",
            "Külső kommunikációs terv",
            "1.0",
            letter.date(LocalDate.of(2026, 11, 1)))
        .paragraph("approved.intro", "Külső kommunikációs terv (KK)", "1.0", "Mikolasek Zsófia")
        .quote("mail.quote.director", "Első sor\nMásodik <b>sor</b> & vége")
        .fact("mail.fact.plan", "Külső kommunikációs terv (KK)")
        .fact("mail.fact.deadline", letter.due(date(2026, 10, 9)))
        .action("task.action", "https://plandesk.example/camunda/app/tasklist/default/#/?task=t1");

    RenderedMail mail = templates.render(letter.view());

    assertThat(mail.subject())
        .startsWith(
            templates.text(
                language,
                "approved.subject",
                "Külső kommunikációs terv",
                "1.0",
                templates.date(language, LocalDate.of(2026, 11, 1))));
    assertThat(mail.html())
        .contains("lang=\"" + language + "\"")
        .contains(templates.text(language, "mail.greeting", "Péter Szabó"))
        .contains("Második &lt;b&gt;sor&lt;/b&gt; &amp; vége")
        .contains("href=\"https://plandesk.example/camunda/app/tasklist/default/#/?task=t1\"")
        .doesNotContain("<b>sor</b>");
    assertThat(mail.text())
        .contains(templates.text(language, "mail.greeting", "Péter Szabó"))
        .contains("Második <b>sor</b> & vége")
        .contains("https://plandesk.example/camunda/app/tasklist/default/#/?task=t1")
        .contains(templates.text(language, "mail.footer"))
        .doesNotContain("[(")
        .doesNotContain("th:");
  }

  @ParameterizedTest
  @EnumSource(PlanLanguage.class)
  void aMailLaidOutOnceForEveryoneReadsExactlyAsOneLaidOutForEachRecipient(PlanLanguage language) {
    for (String name :
        new String[] {"Péter Szabó", "O'Brien & <Sons> \"Ltd\"", "Олена $1 \\ {0}"}) {
      Recipient recipient = new Recipient("x", "x@library.example", name, Optional.empty());

      RenderedMail forEach = templates.render(approvalLetter(language, recipient).view());
      RenderedMail forAnyone =
          templates.render(approvalLetter(language, MailTemplates.ANYONE).view());

      assertThat(templates.addressed(forAnyone, name))
          .as("%s, %s", language, name)
          .isEqualTo(forEach);
    }
  }

  private Letter approvalLetter(PlanLanguage language, Recipient recipient) {
    Letter letter = new Letter(templates, id -> id, language, recipient);
    return letter
        .subject(
            "approved.subject",
            "Külső kommunikációs terv",
            "1.0",
            letter.date(LocalDate.of(2026, 11, 1)))
        .paragraph("approved.intro", "Külső kommunikációs terv (KK)", "1.0", "Mikolasek Zsófia")
        .quote("mail.quote.director", "Első sor\nMásodik <b>sor</b> & vége")
        .fact("mail.fact.plan", "Külső kommunikációs terv (KK)")
        .action("task.action", "https://plandesk.example/camunda/app/tasklist/default/#/?task=t1");
  }

  @Test
  void deadlinesAtMidnightAreTheEndOfThePreviousDayInTheReadersLanguage() {
    Date midnight = date(2026, 10, 9);
    assertThat(templates.due(PlanLanguage.en, midnight))
        .isEqualTo("8 October 2026, end of the day");
    assertThat(templates.due(PlanLanguage.hu, midnight))
        .isEqualTo("2026. október 8., a nap végéig");
    assertThat(templates.due(PlanLanguage.uk, midnight))
        .isEqualTo("8 жовтня 2026 р., до кінця дня");
  }

  @Test
  void theTextPartReadsAsALetter() {
    Recipient anna =
        new Recipient("anna", "anna@library.example", "Anna Lindqvist", Optional.empty());
    Letter letter = new Letter(templates, id -> id, PlanLanguage.en, anna);
    letter
        .subject("inputMissed.subject", "Events", "Plan")
        .paragraph("inputMissed.intro", "Plan (P)")
        .paragraph("task.created.claim")
        .item("Children's library")
        .item("Events and culture")
        .quote("mail.quote.director", "Line one\nline two")
        .paragraph("inputMissed.given", 1, 3)
        .paragraph("inputMissed.next")
        .fact("mail.fact.plan", "Plan (P)")
        .fact("mail.fact.version", "1.0")
        .action("task.action", "https://x.example/task")
        .link("mail.link.draft", "https://x.example/draft");

    String text = templates.render(letter.view()).text();

    assertThat(text)
        .isEqualTo(
            """
        Hello Anna Lindqvist,

        The deadline for departmental input to Plan (P) has passed. These departments gave no input:

        Anyone in the group can take it: open it in the Tasklist and claim it.

          - Children's library
          - Events and culture

        The director's comment:
        Line one
        line two

        Input was given by 1 of the 3 departments asked.

        Consolidate the draft with the input that was given; the consolidation task is waiting for you.

        Plan: Plan (P)
        Version: 1.0

        Open the task:
        https://x.example/task

        Open the draft in PlanDesk:
        https://x.example/draft

        --\s
        This is an automatic message from PlanDesk, the library's plan system. Please do not reply to it.
        """);
  }

  private static Date date(int year, int month, int day) {
    return Date.from(
        LocalDateTime.of(year, month, day, 0, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}
