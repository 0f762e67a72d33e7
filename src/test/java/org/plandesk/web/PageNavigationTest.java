package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the language switch of a page returns to. */
class PageNavigationTest {

  private final PageNavigation navigation = new PageNavigation();

  @AfterEach
  void forget() {
    RequestContextHolder.resetRequestAttributes();
  }

  private static MockHttpServletRequest at(String method, String path, String query) {
    var request = new MockHttpServletRequest(method, path);
    request.setServerName("plandesk.library.example");
    request.setServerPort(443);
    request.setScheme("https");
    request.setQueryString(query);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    return request;
  }

  @Test
  void aPageReturnsToItselfWithItsQuery() {
    at("GET", "/plans/K%C3%9CLS%C5%90%20KOMM", null);
    assertThat(navigation.here()).isEqualTo("/plans/K%C3%9CLS%C5%90%20KOMM");
    at("GET", "/plans", "q=x&page=2");
    assertThat(navigation.here()).isEqualTo("/plans?q=x&page=2");
  }

  @Test
  void aPageAnsweringAFormReturnsToThePageTheFormWasOn() {
    var request = at("POST", "/admin/mails/12/resend", null);
    request.addHeader("Referer", "https://plandesk.library.example/admin/mails?status=FAILED");
    assertThat(navigation.here()).isEqualTo("/admin/mails?status=FAILED");

    var elsewhere = at("POST", "/plans/versions/7", null);
    elsewhere.addHeader("Referer", "https://evil.example/plans");
    assertThat(navigation.here()).as("never another site's page").isEqualTo("/plans/versions/7");
  }

  @Test
  void anErrorPageReturnsToTheAddressThatFailed() {
    var request = at("GET", "/error", null);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/plans/NO-SUCH");
    assertThat(navigation.here()).isEqualTo("/plans/NO-SUCH");
  }
}
