package org.plandesk.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ParsedContentsTest {

  private final List<String> parsed = new ArrayList<>();
  private final Function<String, PlanContent> parse = text -> {
    parsed.add(text);
    return new PlanContent(null, List.of(text), null, null, null, null, null, null);
  };
  private final ParsedContents contents = new ParsedContents();

  @Test
  void aTextReadAgainIsNotParsedAgainAndAnEditedOneIs() {
    PlanContent first = contents.of("{\"v\":1}", parse);
    assertThat(contents.of("{\"v\":1}", parse)).isSameAs(first);
    PlanContent edited = contents.of("{\"v\":2}", parse);

    assertThat(edited.strategicGoals()).containsExactly("{\"v\":2}");
    assertThat(parsed).containsExactly("{\"v\":1}", "{\"v\":2}");
  }

  @Test
  void onlyTheRecentOnesAreKept() {
    contents.of("oldest", parse);
    for (int i = 0; i < 64; i++) {
      contents.of("other " + i, parse);
    }
    contents.of("oldest", parse);

    assertThat(parsed).filteredOn("oldest"::equals).hasSize(2);
  }
}
