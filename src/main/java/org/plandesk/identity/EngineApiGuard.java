package org.plandesk.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.plandesk.identity.EngineApiRules.Need;
import org.plandesk.signing.SignatureRefused;
import org.plandesk.signing.SigningGate;
import org.plandesk.signing.VerifiedSigner;
import org.plandesk.system.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds PlanDesk's rules on Camunda's engine API, in front of both of its doors: {@code
 * /engine-rest} and the Tasklist's {@code /camunda/api/engine}. Runs after sign-in and before the
 * engine sees the request, so a refused request has no side effect at all (a refused job execution
 * costs no retry, a refused variable is not written).
 *
 * <ul>
 *   <li>The administrator ({@code camunda-admin}) passes: the engine's superuser manages jobs,
 *       instances, deployments and users.
 *   <li>Everyone else may do what {@link EngineApiRules} allows; the engine's authorizations then
 *       decide which tasks, processes and history they reach.
 *   <li>A task is completed, and a process started, with the variables its Camunda Form declares
 *       and nothing else: identifying variables (plan, version, department, initiator, links, other
 *       people's decisions) are out of reach. Values are plain (text, number, boolean, date, JSON);
 *       serialized objects are refused.
 *   <li>A task is claimed for oneself only.
 *   <li>A signed task (its form has the password field {@value #SIGNATURE_FIELD}: the director's
 *       approvals and sign-offs) is completed only with the signer's password, checked here by
 *       {@link SigningGate} and taken out of the request: it never reaches a variable, the history
 *       or a log. The administrator signs in the same way.
 * </ul>
 *
 * <p>Not a bean of its own: Spring Boot would register it for every URL; {@link SecurityConfig}
 * places it in the filter chains of the two doors.
 */
class EngineApiGuard extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);
  private static final List<String> ROOTS = List.of("/engine-rest", "/camunda/api/engine");
  private static final Set<String> PLAIN_TYPES =
      Set.of("string", "boolean", "integer", "long", "short", "double", "date", "json", "null");
  private static final int MAX_BODY = 1024 * 1024;

  /** The password field of a signed task's form; its value never goes past this guard. */
  static final String SIGNATURE_FIELD = "signaturePassword";

  private final FormFields forms;
  private final ObjectMapper json;
  private final SigningGate signing;

  EngineApiGuard(FormFields forms, ObjectMapper json, SigningGate signing) {
    this.forms = forms;
    this.json = json;
    this.signing = signing;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return apiPath(request) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || user instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response); // anonymous requests are refused by sign-in before this
      return;
    }
    String path = EngineApiRules.resourcePath(apiPath(request));
    Need need = EngineApiRules.need(request.getMethod(), path);
    boolean admin = has(user, Groups.ADMIN);
    Refusal refusal =
        admin
            ? null
            : switch (need) {
              case READ -> null;
              case ADMIN -> Refusal.forbidden("Only the administrator may do this in PlanDesk.");
              case WORK, COMPLETE_TASK, START_PROCESS ->
                  worksTasks(user)
                      ? null
                      : Refusal.forbidden("Auditors read; they change nothing.");
            };
    Body body = null;
    if (refusal == null && (need == Need.COMPLETE_TASK || (!admin && need != Need.READ))) {
      body = Body.read(request, MAX_BODY);
      if (body == null) {
        refusal = Refusal.tooLarge();
      } else {
        request = body.request();
        refusal = admin ? null : checkBody(need, path, user.getName(), body.bytes());
      }
    }
    if (refusal != null) {
      refuse(request, response, path, user, refusal);
      return;
    }
    if (need == Need.COMPLETE_TASK) {
      var signed =
          EngineApiRules.taskId(path)
              .flatMap(forms::ofTask)
              .filter(form -> form.fields().contains(SIGNATURE_FIELD));
      if (signed.isPresent()) {
        signAndComplete(request, response, chain, path, user, signed.get().task(), body.bytes());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * A signed task (its form has the password field, {@value #SIGNATURE_FIELD}): the password is
   * taken out of the request, checked for the signed-in user, and the task completed with the
   * checked signer handed to its listener on this thread. The password never reaches the engine.
   */
  private void signAndComplete(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String path,
      Authentication user,
      Task task,
      byte[] bytes)
      throws ServletException, IOException {
    JsonNode body;
    try {
      body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    } catch (IOException notJson) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      refuse(
          request, response, path, user, Refusal.badRequest("The request body is not valid JSON."));
      return;
    }
    String password = null;
    if (body.path("variables") instanceof ObjectNode variables) {
      JsonNode value = variables.path(SIGNATURE_FIELD).path("value");
      password = value.isTextual() ? value.asText() : null;
      variables.remove(SIGNATURE_FIELD);
    }
    HttpServletRequest withoutPassword = Body.replay(request, json.writeValueAsBytes(body));
    VerifiedSigner signer;
    try {
      signer =
          signing.verify(
              user.getName(),
              password,
              task.getId(),
              task.getProcessDefinitionId(),
              task.getProcessInstanceId());
    } catch (SignatureRefused refused) {
      Failures.Answer answer = Failures.answerTo(refused, request);
      refuse(
          request,
          response,
          path,
          user,
          new Refusal(refused.status(), answer.type(), answer.message()));
      return;
    }
    try (SigningGate.Scope ignored = signing.open(signer)) {
      chain.doFilter(withoutPassword, response);
    }
  }

  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      String path,
      Authentication user,
      Refusal refusal)
      throws IOException {
    log.info(
        "Engine API refused {} {} for {}: {}",
        request.getMethod(),
        path,
        user.getName(),
        refusal.message());
    refusal.send(response, json);
  }

  private Refusal checkBody(Need need, String path, String user, byte[] bytes) {
    JsonNode body;
    try {
      body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
    } catch (IOException notJson) {
      return Refusal.badRequest("The request body is not valid JSON.");
    }
    if (body == null || !body.isObject()) {
      return Refusal.badRequest("The request body must be a JSON object.");
    }
    if (path.endsWith("/claim")) {
      JsonNode claimant = body.path("userId");
      return claimant.isTextual() && claimant.asText().equals(user)
          ? null
          : Refusal.forbidden("A task is claimed for oneself only.");
    }
    if (need == Need.COMPLETE_TASK) {
      return EngineApiRules.taskId(path)
          .flatMap(forms::ofTask)
          .map(form -> checkVariables(body.path("variables"), form.fields(), "this task's form"))
          .orElse(null); // an unknown task: the engine answers 404
    }
    if (need == Need.START_PROCESS) {
      if (body.hasNonNull("businessKey") && !body.get("businessKey").asText().isEmpty()) {
        return Refusal.badRequest("PlanDesk sets the business key itself; leave it empty.");
      }
      String definition =
          path.substring("/process-definition/".length(), path.length() - "/submit-form".length());
      return forms
          .ofStart(definition)
          .map(fields -> checkVariables(body.path("variables"), fields, "this start form"))
          .orElse(null); // an unknown definition: the engine answers 404
    }
    return null;
  }

  private static Refusal checkVariables(JsonNode variables, Set<String> fields, String formName) {
    if (variables.isMissingNode() || variables.isNull()) {
      return null;
    }
    if (!variables.isObject()) {
      return Refusal.badRequest(
          "The request body does not have the shape this request takes at 'variables'");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      var variable = it.next();
      if (!fields.contains(variable.getKey())) {
        return Refusal.badRequest(
            "\""
                + variable.getKey()
                + "\" is not a field of "
                + formName
                + ": only the form's own fields can be submitted.");
      }
      JsonNode type = variable.getValue().path("type");
      if (!type.isMissingNode()
          && !type.isNull()
          && !PLAIN_TYPES.contains(type.asText().toLowerCase())) {
        return Refusal.badRequest(
            "\""
                + variable.getKey()
                + "\" has the type "
                + type.asText()
                + ", which is not accepted: a form field takes text, a number, a date, yes/no or JSON.");
      }
    }
    return null;
  }

  private static boolean has(Authentication user, String group) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(("ROLE_" + group)::equals);
  }

  /** Auditors read; every other group of staff works tasks. */
  private static boolean worksTasks(Authentication user) {
    return user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(a -> a.startsWith("ROLE_") && !a.equals("ROLE_" + Groups.AUDITOR));
  }

  /** The path below the engine API's root, or null for any other request. */
  private static String apiPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String root : ROOTS) {
      if (path.equals(root) || path.startsWith(root + "/")) {
        return path.substring(root.length());
      }
    }
    return null;
  }
}
