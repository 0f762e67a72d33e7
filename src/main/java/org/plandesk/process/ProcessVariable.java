package org.plandesk.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.plandesk.system.RuleViolation;
import org.plandesk.system.Text;

/**
 * One process variable, declared once with its name and its type: how its value is read from the
 * engine and written to it. Each process declares its variables in its variables class; delegates,
 * listeners and the process's port read and write through these declarations only, so no variable
 * name and no cast appears anywhere else.
 *
 * <p>Values arrive as the Tasklist's forms and the engine hand them over: dates as {@code
 * YYYY-MM-DD} text, numbers as Long, Double or text, lists as JSON. Reading converts them to the
 * declared type; a value a person typed that does not convert is a {@link RuleViolation} naming the
 * field, so the form refuses it.
 *
 * @param <T> the type PlanDesk works with
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;
  private final BiPredicate<Object, T> unchanged;

  private ProcessVariable(
      String name,
      Function<Object, T> reader,
      Function<T, Object> writer,
      BiPredicate<Object, T> unchanged) {
    this.name = Objects.requireNonNull(name);
    this.reader = reader;
    this.writer = writer;
    this.unchanged = unchanged;
  }

  /**
   * A variable of any type.
   *
   * @param reader the declared value of a stored value (never called with null)
   * @param writer the value the engine stores (never called with null)
   */
  public static <T> ProcessVariable<T> of(
      String name, Function<Object, T> reader, Function<T, Object> writer) {
    return new ProcessVariable<>(
        name, reader, writer, (stored, value) -> Objects.equals(stored, store(writer, value)));
  }

  /** A text; whatever else is stored is read as its text. */
  public static ProcessVariable<String> text(String name) {
    return of(name, Object::toString, value -> value);
  }

  /**
   * An id PlanDesk writes as a Long; a form, REST or a JSON round trip may bring another number.
   */
  public static ProcessVariable<Long> id(String name) {
    return of(name, ProcessVariable::toLong, value -> value);
  }

  /** A yes/no field: true, or the text "true", is yes; anything else no. */
  public static ProcessVariable<Boolean> flag(String name) {
    return of(
        name,
        value -> Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value)),
        value -> value);
  }

  /**
   * A day, stored as {@code YYYY-MM-DD} (a datetime picker may add a time part, which is ignored).
   * A refusal names the field by its label ({@link #label}).
   */
  public static ProcessVariable<LocalDate> date(String name) {
    return of(
        name,
        value -> {
          String text = value.toString();
          if (text.isBlank()) {
            return null;
          }
          try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
          } catch (DateTimeParseException e) {
            throw new RuleViolation("rule.notADate", label(name), text);
          }
        },
        LocalDate::toString);
  }

  /** A moment for a timer or a due date, stored as ISO text ({@code 2027-01-04T00:00}). */
  public static ProcessVariable<LocalDateTime> dateTime(String name) {
    return of(name, value -> LocalDateTime.parse(value.toString()), LocalDateTime::toString);
  }

  /**
   * An amount of money as a form sends it (a number or its text); a refusal names the field by its
   * label ({@link #label}).
   */
  public static ProcessVariable<BigDecimal> amount(String name) {
    return of(
        name,
        value -> {
          if (value.toString().isBlank()) {
            return null;
          }
          try {
            return new BigDecimal(value.toString().strip());
          } catch (NumberFormatException e) {
            throw new RuleViolation("rule.notANumber", label(name), String.valueOf(value));
          }
        },
        value -> value);
  }

  /**
   * One of an enum's constants, stored by name; blank is none. A refusal names the field by its
   * label ({@link #label}).
   */
  public static <E extends Enum<E>> ProcessVariable<E> choice(String name, Class<E> type) {
    return of(
        name,
        value -> {
          String text = value.toString();
          if (text.isBlank()) {
            return null;
          }
          try {
            return Enum.valueOf(type, text);
          } catch (IllegalArgumentException e) {
            throw new RuleViolation("rule.unknownChoice", label(name), text);
          }
        },
        Enum::name);
  }

  /**
   * A list of texts: read from a checklist (JSON) or a collection, written as a JSON object value
   * (the collection of a multi-instance element).
   */
  public static ProcessVariable<List<String>> textList(String name) {
    return of(
        name,
        value -> {
          if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
          }
          SpinJsonNode node =
              value instanceof SpinJsonNode json ? json : Spin.JSON(value.toString());
          if (!node.isArray()) {
            throw new RuleViolation("rule.notAList", label(name));
          }
          return node.elements().stream().map(SpinJsonNode::stringValue).toList();
        },
        ProcessVariable::jsonList);
  }

  /**
   * How a refusal names the field of a variable: its label in the reader's language, {@code
   * field.<variable name>} in {@code i18n/messages*.properties}, never the variable's name.
   */
  public static Text label(String name) {
    return Text.of("field." + name);
  }

  /** A list of ids, written as a JSON object value (the collection of a multi-instance element). */
  public static ProcessVariable<List<Long>> idList(String name) {
    return of(
        name,
        value ->
            value instanceof Collection<?> values
                ? values.stream().map(ProcessVariable::toLong).toList()
                : List.of(toLong(value)),
        ProcessVariable::jsonList);
  }

  /**
   * The options of a form's select or checklist: labels by value, in their order, stored as a JSON
   * list of {@code {"label", "value"}}. Rewritten only when the list changes.
   */
  public static ProcessVariable<Map<String, String>> options(String name) {
    return new ProcessVariable<>(
        name,
        value -> {
          Map<String, String> labels = new LinkedHashMap<>();
          SpinJsonNode node =
              value instanceof SpinJsonNode json ? json : Spin.JSON(value.toString());
          node.elements()
              .forEach(
                  o -> labels.put(o.prop("value").stringValue(), o.prop("label").stringValue()));
          return labels;
        },
        labels -> SpinValues.jsonValue(optionList(labels)).create(),
        (stored, labels) ->
            stored instanceof SpinJsonNode current
                && labels != null
                && current.toString().equals(optionList(labels).toString()));
  }

  public String name() {
    return name;
  }

  /** The value in the scope (or a scope above it), or null when there is none. */
  public T get(VariableScope scope) {
    return valueOf(scope.getVariable(name));
  }

  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(get(scope));
  }

  /** The value a step cannot do without: its absence is a fault of the process, not of a person. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("The process has no " + name + " variable");
    }
    return value;
  }

  /** The declared value of a stored one (as an expression or a query hands it over); null stays. */
  public T valueOf(Object stored) {
    return stored == null ? null : reader.apply(stored);
  }

  /** What the engine stores for a value: for start variables, messages and the runtime service. */
  public Object stored(T value) {
    return store(writer, value);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /**
   * Writes the value only when it changes: each write costs the engine a runtime update and two
   * history rows, and an unchanged value tells a reader of the history nothing.
   */
  public void change(VariableScope scope, T value) {
    if (!unchanged.test(scope.getVariable(name), value)) {
      set(scope, value);
    }
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  @Override
  public String toString() {
    return name;
  }

  private static <T> Object store(Function<T, Object> writer, T value) {
    return value == null ? null : writer.apply(value);
  }

  private static long toLong(Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    return Long.parseLong(value.toString().strip());
  }

  private static Object jsonList(List<?> values) {
    return Variables.objectValue(new ArrayList<>(values))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }

  private static SpinJsonNode optionList(Map<String, String> labelsByValue) {
    SpinJsonNode list = Spin.JSON("[]");
    labelsByValue.forEach(
        (value, label) -> {
          SpinJsonNode option = Spin.JSON("{}");
          option.prop("label", label);
          option.prop("value", value);
          list.append(option);
        });
    return list;
  }
}
