package org.plandesk.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plandesk.plan.PlanLanguage;

/**
 * Every Camunda Form speaks its process's variables: each field key, each option list and each
 * variable a text shows is a {@link ProcessVariable} declared in the process's variables class. A
 * form that names a variable nobody writes shows nothing; one that submits a variable nobody reads
 * loses the input. Checked for the English form and each of its translations ({@code
 * forms/<lang>/<id>-<lang>.form}), which the BPMN picks with a formRef expression such as {@code
 * ${formLanguage.of('draft-version', task)}}.
 */
class FormsUseDeclaredVariablesTest {

  /** Each BPMN file and the class that declares its variables. */
  private static final Map<String, String> VARIABLES =
      Map.of(
          "plan-version.bpmn", "org.plandesk.plan.process.PlanVersionVariables",
          "plan-review.bpmn", "org.plandesk.review.process.PlanReviewVariables",
          "grant-request.bpmn", "org.plandesk.grant.process.GrantRequestVariables",
          "implementation-report.bpmn",
              "org.plandesk.review.report.process.ImplementationReportVariables");

  /** The form's id in a formRef: as written, or the first argument of a formLanguage call. */
  private static final Pattern FORM_REF =
      Pattern.compile("camunda:formRef=\"(?:\\$\\{formLanguage\\.\\w+\\(')?([\\w-]+)");

  /**
   * The signer's password of the signed forms: never a variable, the engine-API guard checks it and
   * takes it out of the body before the engine sees it (identity/EngineApiGuard, signing).
   */
  private static final String SIGNATURE_PASSWORD = "signaturePassword";

  private static final Pattern SHOWN = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

  /** Variables an input mapping of the diagram provides to its scope. */
  private static final Pattern MAPPED = Pattern.compile("camunda:inputParameter name=\"([^\"]+)\"");

  @Test
  void everyFormFieldIsADeclaredVariableOfItsProcess() throws Exception {
    List<String> undeclared = new ArrayList<>();
    Map<String, String> formsSeen = new LinkedHashMap<>();
    for (var process : VARIABLES.entrySet()) {
      Set<String> declared = declaredVariables(process.getValue());
      String bpmn = Files.readString(Path.of("processes", process.getKey()));
      MAPPED.matcher(bpmn).results().map(m -> m.group(1)).forEach(declared::add);
      Matcher forms = FORM_REF.matcher(bpmn);
      while (forms.find()) {
        String form = forms.group(1);
        formsSeen.put(form, process.getKey());
        for (Path variant : variants(form)) {
          for (String variable : variablesOf(variant)) {
            if (!declared.contains(variable) && !variable.equals(SIGNATURE_PASSWORD)) {
              undeclared.add(
                  variant + " uses '" + variable + "', not declared in " + process.getValue());
            }
          }
        }
      }
    }
    assertThat(undeclared).isEmpty();
    try (Stream<Path> all = Files.list(Path.of("forms"))) {
      assertThat(
              all.filter(p -> p.toString().endsWith(".form"))
                  .map(p -> p.getFileName().toString().replace(".form", "")))
          .as("every form is used by a process")
          .allMatch(formsSeen::containsKey);
    }
  }

  /** The English form and its translations. */
  private static List<Path> variants(String form) {
    List<Path> variants = new ArrayList<>(List.of(Path.of("forms", form + ".form")));
    for (PlanLanguage language : PlanLanguage.values()) {
      if (language != PlanLanguage.en) {
        Path variant = Path.of("forms", language.name(), form + "-" + language.name() + ".form");
        assertThat(variant).as("the %s form in %s", form, language).exists();
        variants.add(variant);
      }
    }
    return variants;
  }

  private static Set<String> declaredVariables(String className) throws Exception {
    Set<String> names = new TreeSet<>();
    for (Field field : Class.forName(className).getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
        names.add(((ProcessVariable<?>) field.get(null)).name());
      }
    }
    assertThat(names).as("variables declared in %s", className).isNotEmpty();
    return names;
  }

  private static Set<String> variablesOf(Path form) throws IOException {
    Set<String> variables = new TreeSet<>();
    collect(new ObjectMapper().readTree(form.toFile()).path("components"), variables);
    return variables;
  }

  private static void collect(JsonNode components, Set<String> variables) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        variables.add(component.get("key").asText());
      }
      if (component.hasNonNull("valuesKey")) {
        variables.add(component.get("valuesKey").asText());
      }
      Matcher shown =
          SHOWN.matcher(
              component.path("text").asText("") + " " + component.path("label").asText(""));
      while (shown.find()) {
        variables.add(shown.group(1));
      }
      collect(component.path("components"), variables);
    }
  }
}
