package org.plandesk.due;

import java.util.List;
import org.plandesk.identity.PathRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may read what is due ({@code /}, {@code /due}): anyone signed in; each sees the tasks {@link
 * DueReader} gives them. The page changes nothing.
 */
@Configuration
class DueAccess {

  @Bean
  PathRules duePageRules() {
    return PathRules.pages(
        List.of("/", "/due"),
        PathRules.on(HttpMethod.GET, "/").signedIn(),
        PathRules.on(HttpMethod.GET, "/due").signedIn());
  }
}
