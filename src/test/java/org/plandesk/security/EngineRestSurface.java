package org.plandesk.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;

/**
 * Every endpoint of Camunda's engine REST API as the Spring Boot starter exposes it, read from the
 * JAX-RS annotations of its resource classes (root resources and, through their sub-resource
 * locators, every nested resource). Path parameters keep their names: {@code POST
 * /task/{id}/submit-form}.
 */
final class EngineRestSurface {

  /** One endpoint: an HTTP method and a path template relative to the engine REST root. */
  record Endpoint(String method, String path) implements Comparable<Endpoint> {
    @Override
    public int compareTo(Endpoint other) {
      int byPath = path.compareTo(other.path);
      return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private EngineRestSurface() {}

  static Set<Endpoint> endpoints() {
    Set<Endpoint> found = new TreeSet<>();
    for (Class<?> root : CamundaRestResources.getResourceClasses()) {
      Path path = root.getAnnotation(Path.class);
      if (path != null) {
        walk(root, normalise(path.value()), found, new HashSet<>());
      }
    }
    return found;
  }

  private static void walk(
      Class<?> resource, String prefix, Set<Endpoint> found, Set<Class<?>> onPath) {
    if (!onPath.add(resource)) {
      return;
    }
    for (Method method : resource.getMethods()) {
      if (method.isBridge() || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Path sub = annotation(method, Path.class);
      String path = sub == null ? prefix : prefix + normalise(sub.value());
      String verb = httpMethod(method);
      if (verb != null) {
        if (!OPTIONS.class.getSimpleName().equals(verb)) {
          found.add(new Endpoint(verb, path.isEmpty() ? "/" : path));
        }
      } else if (sub != null) {
        walk(method.getReturnType(), path, found, new HashSet<>(onPath));
      }
    }
  }

  /** Annotations sit on the interfaces of the resources: look there as well as on the class. */
  private static <A extends Annotation> A annotation(Method method, Class<A> type) {
    A direct = method.getAnnotation(type);
    if (direct != null) {
      return direct;
    }
    for (Class<?> in : interfacesOf(method.getDeclaringClass())) {
      try {
        A inherited =
            in.getMethod(method.getName(), method.getParameterTypes()).getAnnotation(type);
        if (inherited != null) {
          return inherited;
        }
      } catch (NoSuchMethodException notThere) {
        // next interface
      }
    }
    return null;
  }

  private static List<Class<?>> interfacesOf(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> in : c.getInterfaces()) {
        all.add(in);
        all.addAll(interfacesOf(in));
      }
    }
    return all;
  }

  private static String httpMethod(Method method) {
    for (Annotation a : allAnnotations(method)) {
      HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
      if (verb != null) {
        return verb.value();
      }
    }
    return null;
  }

  private static List<Annotation> allAnnotations(Method method) {
    List<Annotation> all = new ArrayList<>(List.of(method.getAnnotations()));
    for (Class<?> in : interfacesOf(method.getDeclaringClass())) {
      try {
        all.addAll(
            List.of(in.getMethod(method.getName(), method.getParameterTypes()).getAnnotations()));
      } catch (NoSuchMethodException notThere) {
        // next interface
      }
    }
    return all;
  }

  /**
   * {@code "/{id}/"} and {@code "{id}"} both become {@code "/{id}"}; regex parts of a template are
   * dropped.
   */
  private static String normalise(String template) {
    String t = template.replaceAll("\\{([^:}]+):[^}]*}", "{$1}").replaceAll("/+$", "");
    if (t.isEmpty()) {
      return "";
    }
    return t.startsWith("/") ? t : "/" + t;
  }

  public static void main(String[] args) throws IOException {
    endpoints().forEach(System.out::println);
    System.out.println(endpoints().size() + " endpoints");
  }

  @SuppressWarnings("unused")
  private static final Class<?>[] VERBS = {GET.class, DELETE.class};
}
