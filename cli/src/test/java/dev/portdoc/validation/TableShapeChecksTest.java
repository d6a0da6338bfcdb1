package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Table shape: cell counts, empty port cells, unknown headers; non-port tables are left alone. */
class TableShapeChecksTest {

  @Test
  void rowsWithMoreOrFewerCellsThanTheHeaderAreErrors() {
    String page =
        """
        | Port    | Direction | Purpose |
        | ------- | --------- | ------- |
        | tcp/443 | INBOUND   |
        | tcp/80  | INBOUND   | UI | extra |
        | tcp/22  | INBOUND   | SSH     |
        """;

    assertThat(Lint.findings(ColumnCountCheck.ID, page))
        .containsExactly(
            "3:1 error Row has 2 cells but the header has 3; a cell is missing.",
            "4:1 error Row has 4 cells but the header has 3; remove the extra cell.");
  }

  @Test
  void blankSeparatorRowsAndNonPortTablesAreNotChecked() {
    String page =
        """
        | Port    | Direction | Purpose |
        | ------- | --------- | ------- |
        | tcp/443 | INBOUND   | UI      |
        |         |           |         |

        | OS      | Supported |
        | ------- | --------- |
        | Ubuntu  | Yes | extra |
        """;

    assertThat(Lint.findings(ColumnCountCheck.ID, page)).isEmpty();
    assertThat(Lint.findings(EmptyPortCheck.ID, page)).isEmpty();
  }

  @Test
  void anEmptyPortCellIsAWarningUnlessTheRowIsAboutAPortlessProtocol() {
    String page =
        """
        | Protocol | Port | Purpose |
        | -------- | ---- | ------- |
        | TCP      | 22   | SSH     |
        | TCP      |      | UI      |
        | ICMP     |      | Ping    |
        | IPIP     |      | Tunnel  |
        """;

    assertThat(Lint.findings(EmptyPortCheck.ID, page))
        .containsExactly("4:13 warning Row names no port; fill in the port cell.");
  }

  @Test
  void unknownHeadersOfPortTablesAreInfo() {
    String page =
        """
        | Port    | Rule Type | Purpose |
        | ------- | --------- | ------- |
        | tcp/443 | allow     | UI      |
        """;

    assertThat(Lint.findings(UnknownHeaderCheck.ID, page))
        .containsExactly(
            "1:13 info Column 'Rule Type' is not a known port-table column; its values are kept"
                + " as extra fields.");
  }

  @Test
  void suppressionAndConfiguration() {
    String page =
        """
        | Port    | Direction | Purpose |
        | ------- | --------- | ------- |
        | tcp/443 | INBOUND   |
        """;

    assertThat(Lint.findings(ColumnCountCheck.ID, "<!-- portdoc-disable -->\n" + page)).isEmpty();
    assertThat(Lint.findings(ColumnCountCheck.ID, page, Lint.off(ColumnCountCheck.ID))).isEmpty();
    assertThat(
            Lint.findings(
                EmptyPortCheck.ID, page.replace("tcp/443", "       "), Lint.off(EmptyPortCheck.ID)))
        .isEmpty();
  }
}
