package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.cli.fix.SourceFixer;
import dev.portdoc.model.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixes the checks attach, applied to real pages: exactly the suggestion, nowhere else. */
class FixesTest {

  private static String fixed(String page) {
    return SourceFixer.apply(page, Lint.all(page, LintConfig.DEFAULTS)).text();
  }

  @Test
  void typoFixesReplaceOnlyTheOffendingWordInsideMarkupTooAndKeepAnUnalignedTableAsWritten() {
    String page =
        """
        | **Port**         | Direction     | **Porpose** |
        | ---------------- | ------------- | ------- |
        | HTTPS (tpc/443)  | INBOUD        | UI      |
        | NATS (tcp/4222)  | **Outbund**   | Bus     |
        | HTPP (tcp/80)    | OUTBOUND      | Web     |
        """;

    assertThat(fixed(page))
        .isEqualTo(
            """
            | **Port**         | Direction     | **Purpose** |
            | ---------------- | ------------- | ------- |
            | HTTPS (tcp/443)  | INBOUND        | UI      |
            | NATS (tcp/4222)  | **Outbound**   | Bus     |
            | HTTP (tcp/80)    | OUTBOUND      | Web     |
            """);
  }

  @Test
  void onlyAnExactCopyOfARowIsDeleted() {
    String page =
        """
        | Port    | Direction | Purpose |
        |---|---|---|
        | tcp/443 | INBOUND | UI |
        | tcp/443 | INBOUND | UI |
        | tcp/443 | inbound | ui |
        """;

    List<Diagnostic> found = Lint.all(page, LintConfig.DEFAULTS);

    assertThat(found)
        .filteredOn(d -> d.ruleId().equals(DuplicateRowCheck.ID))
        .extracting(d -> d.location().line() + " " + d.fix().isPresent())
        .containsExactly("4 true", "5 false");
    assertThat(fixed(page))
        .isEqualTo(
            """
            | Port    | Direction | Purpose |
            |---|---|---|
            | tcp/443 | INBOUND | UI |
            | tcp/443 | inbound | ui |
            """);
  }

  @Test
  void aSpellingFixNeedsAUniqueSuggestion() {
    String page =
        """
        # Ports

        Palette Sefl-Hosted needs these ports.
        """;

    List<Diagnostic> found = Lint.all(page, LintConfig.DEFAULTS);

    assertThat(found)
        .extracting(Lint::format)
        .containsExactly(
            "3:9 warning 'Sefl-Hosted' is misspelled; did you mean 'Self-Hosted'? => Self-Hosted");
    assertThat(fixed(page)).isEqualTo(page.replace("Sefl-Hosted", "Self-Hosted"));
  }
}
