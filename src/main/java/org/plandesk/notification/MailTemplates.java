package org.plandesk.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plandesk.plan.PlanLanguage;
import org.springframework.context.ApplicationContext;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * The words and the layout of mails: message bundles {@code notification/mail_<lang>.properties}
 * (one per plan language; every text is a MessageFormat pattern, so a quote is written {@code ''})
 * and the templates {@code notification/mail.html} and {@code notification/mail.txt}.
 *
 * <p>Both are private to mail: they are not Spring's application-wide message source or template
 * engine, so they never change what the pages of PlanDesk resolve.
 */
@Component
class MailTemplates {

  private static final String BASE = "notification/";

  /**
   * Stands for the recipient while a mail is laid out once for all who read it in one language:
   * plain letters and digits, so no escaping changes it, and no text of PlanDesk contains it.
   */
  private static final String NAME_SLOT = "PlanDeskRecipientName7f3a9c";

  /** The recipient of a mail laid out for everyone ({@link #addressed} puts the real one in). */
  static final Recipient ANYONE = new Recipient(null, null, NAME_SLOT, Optional.empty());

  /**
   * Mail templates call no beans; an evaluation context needs an application context all the same.
   */
  private static final ApplicationContext NO_BEANS = new StaticApplicationContext();

  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    messages.setBasename(BASE + "mail");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setDefaultLocale(Locale.ENGLISH);
    messages.setAlwaysUseMessageFormat(true);
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  private static ClassLoaderTemplateResolver resolver(
      TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(BASE);
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** The locale of a language; English dates as written in Europe ("8 October 2026"). */
  static Locale locale(PlanLanguage language) {
    return language == PlanLanguage.en ? Locale.UK : Locale.forLanguageTag(language.name());
  }

  /** The text of a key in the language, with its arguments filled in. */
  String text(PlanLanguage language, String key, Object... args) {
    return messages.getMessage(key, args, locale(language));
  }

  /** The text of a key, or the default when the bundles have no such key. */
  String textOr(PlanLanguage language, String key, String defaultText, Object... args) {
    try {
      return messages.getMessage(key, args, locale(language));
    } catch (NoSuchMessageException e) {
      // Verbatim: a configured name like "Children's library" is no MessageFormat pattern.
      return defaultText;
    }
  }

  /** A day as people of the language write it ("2026. október 11.", "11 October 2026"). */
  String date(PlanLanguage language, LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale(language))
        .format(date);
  }

  /**
   * A due moment. PlanDesk's deadlines are the start of the day after the last day, so midnight is
   * written as the end of the day before ("11 October 2026, end of the day").
   */
  String due(PlanLanguage language, Date due) {
    LocalDateTime at = LocalDateTime.ofInstant(due.toInstant(), ZoneId.systemDefault());
    if (at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return text(language, "mail.due.endOfDay", date(language, at.toLocalDate().minusDays(1)));
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(locale(language))
        .format(at);
  }

  /**
   * The mail laid out for {@link #ANYONE}, addressed to one recipient: the same as laying it out
   * for them (the name escaped in HTML as the template escapes it), without running the templates.
   */
  RenderedMail addressed(RenderedMail forAnyone, String name) {
    return new RenderedMail(
        forAnyone.subject(),
        forAnyone.text().replace(NAME_SLOT, name),
        forAnyone.html().replace(NAME_SLOT, HtmlEscape.escapeHtml4Xml(name)));
  }

  /** Lays the content out as HTML and as plain text; the subject becomes a single header line. */
  RenderedMail render(MailView view) {
    Context context = new Context(Locale.forLanguageTag(view.language()));
    context.setVariable("mail", view);
    // Without one, every expression gets a fresh SpEL context that finds each property by
    // reflection
    // again; this one shares Thymeleaf's property accessor and its cache (it holds per-render
    // state).
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(NO_BEANS, null));
    String html = engine.process("mail.html", context);
    String text = engine.process("mail.txt", context);
    return new RenderedMail(HeaderText.subject(view.subject()), text, html);
  }
}
