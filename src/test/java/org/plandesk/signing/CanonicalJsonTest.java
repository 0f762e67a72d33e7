package org.plandesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The canonical form of signed content: the same content always gives the same bytes. */
class CanonicalJsonTest {

  record Row(String name, BigDecimal amount, LocalDate due, String note) {}

  @Test
  void keysAreSortedAtEveryLevelWithoutWhitespaceAndNullsLeftOut() {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("title", "Olvasókuckó");
    content.put("amount", new BigDecimal("12500.50"));
    content.put(
        "rows", List.of(new Row("Első", new BigDecimal("1E+3"), LocalDate.of(2027, 5, 1), null)));
    content.put("absent", null);

    assertThat(CanonicalJson.of(content))
        .isEqualTo(
            "{\"amount\":\"12500.5\",\"rows\":[{\"amount\":\"1000\",\"due\":\"2027-05-01\","
                + "\"name\":\"Első\"}],\"title\":\"Olvasókuckó\"}");
  }

  @Test
  void theOrderOfFieldsAndTheWayALetterIsComposedDoNotChangeTheHash() {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("code", "KÜLSŐ KOMM");
    one.put("sequence", 1);
    Map<String, Object> other = new HashMap<>();
    other.put("sequence", 1);
    other.put("code", "KU\u0308LSO\u030B KOMM"); // Ü and Ő as a letter and a combining mark

    assertThat(CanonicalJson.of(other)).isEqualTo(CanonicalJson.of(one));
    assertThat(CanonicalJson.sha256(CanonicalJson.of(other)))
        .isEqualTo(CanonicalJson.sha256(CanonicalJson.of(one)))
        .hasSize(64);
    assertThat(CanonicalJson.sha256("abc"))
        .as("SHA-256 of the UTF-8 bytes, lower-case hex")
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
