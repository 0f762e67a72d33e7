package org.plandesk.system;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence the server says to a person, kept as a key and its arguments until the one place that
 * answers knows the reader's language: a refusal ({@link DomainException}), an error answer ({@link
 * Failures}), a line of the audit trail. The words are in the bundles {@code
 * i18n/messages_<lang>.properties} (refusals, errors, the audit trail), with the pages' and the
 * living record's bundles for the names they share (statuses, field labels); {@code
 * messages.properties} is English, and {@link #english()} the default text of logs and exceptions.
 *
 * <p>Arguments are said in the reader's language too: a {@code Text} (a field's label, a status) is
 * rendered in the same language, a {@link LocalDate} as the language writes dates (2026. december
 * 6.), other numbers with its decimal comma; whole numbers (lengths, counts) as digits alone, and
 * ids and codes are passed as strings.
 */
public record Text(String key, List<Object> args) {

  /** The bundles, in the order a key is looked up. */
  private static final List<String> BUNDLES = List.of("i18n/messages", "i18n/pages", "i18n/living");

  private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public Text {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
  }

  /** The sentence of the key with its arguments. */
  public static Text of(String key, Object... args) {
    return new Text(key, Arrays.asList(args));
  }

  /** The sentence in the reader's language (English for a language PlanDesk does not have). */
  public String in(Locale locale) {
    Locale reader = locale == null ? Locale.ENGLISH : locale;
    Found found = pattern(key, reader);
    if (found == null) {
      return key;
    }
    // The server's own sentences are always MessageFormats; the pages' words (statuses, labels)
    // only when they take arguments, as Spring reads them.
    if (args.isEmpty() && !found.bundle().equals(BUNDLES.get(0))) {
      return found.pattern();
    }
    Object[] shown = args.stream().map(a -> shown(a, reader)).toArray();
    return new MessageFormat(found.pattern(), reader).format(shown);
  }

  /** The sentence in English: the default text of logs and exceptions. */
  public String english() {
    return in(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return english();
  }

  /** True when some bundle has the key (in English, which every language has). */
  public static boolean exists(String key) {
    return pattern(key, Locale.ENGLISH) != null;
  }

  private static Object shown(Object arg, Locale reader) {
    if (arg instanceof Text text) {
      return text.in(reader);
    }
    if (arg instanceof List<?> list) {
      // Several sentences (the problems of a plan's content), one after the other.
      return String.join("; ", list.stream().map(a -> String.valueOf(shown(a, reader))).toList());
    }
    if (arg instanceof Integer || arg instanceof Long) {
      // Lengths, counts and numbers of lines: digits alone, as people type them.
      return String.valueOf(arg);
    }
    if (arg instanceof LocalDate day) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(reader).format(day);
    }
    if (arg instanceof Instant moment) {
      return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
          .withLocale(reader)
          .withZone(ZoneId.systemDefault())
          .format(moment);
    }
    return arg;
  }

  /** A key's text and the bundle it came from. */
  private record Found(String bundle, String pattern) {}

  private static Found pattern(String key, Locale reader) {
    Locale language = Locale.forLanguageTag(reader.getLanguage());
    for (String name : BUNDLES) {
      try {
        ResourceBundle bundle = ResourceBundle.getBundle(name, language, NO_SYSTEM_FALLBACK);
        if (bundle.containsKey(key)) {
          return new Found(name, bundle.getString(key));
        }
      } catch (MissingResourceException e) {
        // A bundle without this language: the next one.
      }
    }
    return null;
  }
}
