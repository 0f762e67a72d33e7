package org.plandesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plandesk.notification.StaffLanguages;
import org.plandesk.plan.PlanLanguage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Which language a page takes: the user's own, else the one chosen before signing in, else the
 * browser's, else the installation's; and where a choice is kept.
 */
class StaffLocaleResolverTest {

  private final StaffLanguages languages = mock(StaffLanguages.class);

  private StaffLocaleResolver resolver(PlanLanguage installation) {
    return new StaffLocaleResolver(
        languages, new PageProperties(installation, new PageProperties.Accessibility("a@b", null)));
  }

  private static MockHttpServletRequest request(String user, String cookie, String browser) {
    var request = new MockHttpServletRequest("GET", "/plans");
    if (user != null) {
      request.setUserPrincipal(UsernamePasswordAuthenticationToken.authenticated(user, null, null));
    }
    if (cookie != null) {
      request.setCookies(new Cookie(StaffLocaleResolver.COOKIE, cookie));
    }
    if (browser != null) {
      request.addHeader("Accept-Language", browser);
      request.setPreferredLocales(
          java.util.Arrays.stream(browser.split(","))
              .map(l -> Locale.forLanguageTag(l.split(";")[0].strip()))
              .toList());
    }
    return request;
  }

  @Test
  void theUsersOwnLanguageComesFirst() {
    when(languages.of("olena")).thenReturn(Optional.of(PlanLanguage.uk));
    assertThat(resolver(PlanLanguage.en).resolveLocale(request("olena", "sv", "hu-HU,hu")))
        .isEqualTo(Locale.forLanguageTag("uk"));
  }

  @Test
  void thenTheChoiceMadeBeforeSigningIn() {
    when(languages.of("anna")).thenReturn(Optional.empty());
    assertThat(resolver(PlanLanguage.en).resolveLocale(request("anna", "sv", "hu-HU,hu")))
        .isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(resolver(PlanLanguage.en).resolveLocale(request(null, "lt", "ru")))
        .isEqualTo(Locale.forLanguageTag("lt"));
  }

  @Test
  void thenTheFirstOfTheBrowsersLanguagesPlanDeskHas() {
    assertThat(resolver(PlanLanguage.en).resolveLocale(request(null, null, "de-DE,ru;q=0.8")))
        .isEqualTo(Locale.forLanguageTag("ru"));
    assertThat(resolver(PlanLanguage.en).resolveLocale(request(null, "xx", "hu-HU")))
        .as("an unknown cookie value is no choice")
        .isEqualTo(Locale.forLanguageTag("hu"));
  }

  @Test
  void elseTheInstallationsLanguage() {
    assertThat(resolver(PlanLanguage.sv).resolveLocale(request(null, null, null)))
        .isEqualTo(Locale.forLanguageTag("sv"));
    assertThat(resolver(PlanLanguage.lt).resolveLocale(request(null, null, "de-DE,fr")))
        .isEqualTo(Locale.forLanguageTag("lt"));
  }

  @Test
  void aSignedInUsersChoiceIsTheirsAndAChoiceBeforeSigningInACookie() {
    var signedIn = request("peter", null, null);
    var response = new MockHttpServletResponse();
    resolver(PlanLanguage.en).setLocale(signedIn, response, Locale.forLanguageTag("hu"));
    verify(languages).set("peter", PlanLanguage.hu);
    assertThat(response.getHeader("Set-Cookie")).isNull();

    var anonymous = request(null, null, null);
    var answer = new MockHttpServletResponse();
    resolver(PlanLanguage.en).setLocale(anonymous, answer, Locale.forLanguageTag("uk"));
    assertThat(answer.getHeader("Set-Cookie"))
        .startsWith(StaffLocaleResolver.COOKIE + "=uk")
        .contains("Path=/")
        .contains("HttpOnly")
        .contains("SameSite=Lax");
    verify(languages, never()).set(any(), org.mockito.ArgumentMatchers.eq(PlanLanguage.uk));
  }

  @Test
  void theLanguageSwitchReturnsOnlyToPlanDesksOwnPages() {
    assertThat(LanguageController.samePlanDeskPath("/plans?q=k%C3%BCls&page=2"))
        .isEqualTo("/plans?q=k%C3%BCls&page=2");
    assertThat(LanguageController.samePlanDeskPath("/login?error")).isEqualTo("/login?error");
    for (String elsewhere :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/plans",
          "/\\evil.example",
          "javascript:alert(1)",
          "plans",
          "/plans\r\nSet-Cookie: x=1",
          "/plans?q=%0d"
        }) {
      String back = LanguageController.samePlanDeskPath(elsewhere);
      if (elsewhere != null && elsewhere.equals("/plans?q=%0d")) {
        assertThat(back).as("an encoded line break is only text").isEqualTo(elsewhere);
      } else {
        assertThat(back).as(String.valueOf(elsewhere)).isEqualTo("/plans");
      }
    }
  }
}
