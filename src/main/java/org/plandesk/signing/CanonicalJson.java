package org.plandesk.signing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The canonical serialization of signed content: JSON with the object keys sorted (by UTF-16 code
 * unit, as Java sorts strings), no whitespace between tokens, absent and null values left out,
 * dates as ISO-8601 ({@code 2026-12-08}), decimal numbers (amounts) as JSON strings of their plain
 * decimal form without trailing zeros ({@code "12500.5"}, never {@code 1.25E+4}: 12500.50 and
 * 12500.5 are one amount), whole numbers as digits, strings in Unicode NFC, and the whole encoded
 * as UTF-8. Its SHA-256 is what a signature manifest records. The same content always gives the
 * same bytes, whatever order a feature's fields are in or how Jackson is configured elsewhere.
 */
public final class CanonicalJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
          .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
          .configure(SerializationFeature.INDENT_OUTPUT, false)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  private CanonicalJson() {}

  /** The canonical text of a value (a map, a record, a list ...). */
  public static String of(Object value) {
    try {
      // Through a tree, so that records' and maps' keys are sorted alike, and strings normalised.
      var tree = MAPPER.valueToTree(value);
      return MAPPER.writeValueAsString(normalise(tree));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("Content cannot be serialized for signing", e);
    }
  }

  /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode normalise(
      com.fasterxml.jackson.databind.JsonNode node) {
    var factory = MAPPER.getNodeFactory();
    if (node.isObject()) {
      var sorted = new java.util.TreeMap<String, com.fasterxml.jackson.databind.JsonNode>();
      node.fields()
          .forEachRemaining(
              e -> {
                if (!e.getValue().isNull()) {
                  sorted.put(nfc(e.getKey()), normalise(e.getValue()));
                }
              });
      var out = factory.objectNode();
      sorted.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      var out = factory.arrayNode();
      node.forEach(n -> out.add(normalise(n)));
      return out;
    }
    if (node.isTextual()) {
      return factory.textNode(nfc(node.asText()));
    }
    if (node.isBigDecimal() || node.isDouble() || node.isFloat()) {
      return factory.textNode(node.decimalValue().stripTrailingZeros().toPlainString());
    }
    return node;
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
