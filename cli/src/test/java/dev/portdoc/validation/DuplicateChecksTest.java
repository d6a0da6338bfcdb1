package dev.portdoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The three rules about rows that repeat: duplicate-row, conflicting-rows and repeated-row. */
class DuplicateChecksTest {

  @Test
  void exactDuplicateRowIsAnErrorAtTheLaterRow() {
    String page =
        """
        | Port            | Direction | Purpose |
        | --------------- | --------- | ------- |
        | NATS (tcp/4222) | OUTBOUND  | Bus     |
        | nats (TCP/4222) | outbound  | **Bus** |
        """;

    assertThat(Lint.findings(DuplicateRowCheck.ID, page))
        .containsExactly("4:1 error Row duplicates the row at line 3; remove one of them.");
  }

  @Test
  void sameRequestWithASlightlyDifferentPurposeIsAWarningToMerge() {
    String page =
        """
        | Port            | Direction | Purpose                       |
        | --------------- | --------- | ----------------------------- |
        | NATS (tcp/4222) | OUTBOUND  | Application updates           |
        | HTTPS (tcp/443) | OUTBOUND  | API access                    |
        | NATS (tcp/4222) | OUTBOUND  | Application and pack updates  |
        """;

    assertThat(Lint.findings(ConflictingRowsCheck.ID, page))
        .containsExactly(
            "5:1 warning Row asks for NATS tcp/4222 outbound like the row at line 3 with a"
                + " slightly different purpose; merge the two rows.");
  }

  @Test
  void samePortForUnrelatedPurposesOrOtherDirectionsOrPeersStaysQuiet() {
    String page =
        """
        | Port            | Direction | Purpose                                 |
        | --------------- | --------- | --------------------------------------- |
        | HTTPS (tcp/443) | OUTBOUND  | API access to management platform       |
        | HTTPS (tcp/443) | OUTBOUND  | vSphere vCenter API, Registry, packs    |
        | HTTPS (tcp/443) | INBOUND   | API access to management platform       |

        | Protocol | Port | Source | Destination | Description |
        | -------- | ---- | ------ | ----------- | ----------- |
        | TCP      | 9345 | agents | servers     | API         |
        | TCP      | 9345 | users  | servers     | API access  |
        """;

    assertThat(Lint.findings(ConflictingRowsCheck.ID, page)).isEmpty();
    assertThat(Lint.findings(DuplicateRowCheck.ID, page)).isEmpty();
  }

  @Test
  void aRowThatLostItsPurposeCellIsAShapeErrorNotAConflict() {
    String page =
        """
        | Port            | Direction | Purpose |
        | --------------- | --------- | ------- |
        | NATS (tcp/4222) | OUTBOUND  |
        | NATS (tcp/4222) | OUTBOUND  | Bus     |
        """;

    assertThat(Lint.findings(ConflictingRowsCheck.ID, page)).isEmpty();
    assertThat(Lint.findings(ColumnCountCheck.ID, page)).hasSize(1);
  }

  @Test
  void rowRepeatedInAnotherTableUnderTheSameHeadingIsInfo() {
    String page =
        """
        ## Edge

        | Port            | Direction |
        | --------------- | --------- |
        | HTTPS (tcp/443) | OUTBOUND  |

        | Port            | Direction |
        | --------------- | --------- |
        | HTTPS (tcp/443) | OUTBOUND  |

        ## Cloud

        | Port            | Direction |
        | --------------- | --------- |
        | HTTPS (tcp/443) | OUTBOUND  |
        """;

    assertThat(Lint.findings(RepeatedRowCheck.ID, page))
        .containsExactly(
            "9:1 info Row repeats the row at line 5 of another table under the same heading.");
  }

  @Test
  void suppressionAndConfiguration() {
    String page =
        """
        <!-- portdoc-disable duplicate-row -->
        | Port            | Direction |
        | --------------- | --------- |
        | NATS (tcp/4222) | OUTBOUND  |
        | NATS (tcp/4222) | OUTBOUND  |
        <!-- portdoc-enable -->
        """;

    assertThat(Lint.findings(DuplicateRowCheck.ID, page)).isEmpty();
    String plain = page.replace("<!-- portdoc-disable duplicate-row -->\n", "");
    assertThat(Lint.findings(DuplicateRowCheck.ID, plain)).hasSize(1);
    assertThat(Lint.findings(DuplicateRowCheck.ID, plain, Lint.off(DuplicateRowCheck.ID)))
        .isEmpty();
    assertThat(
            Lint.findings(
                ConflictingRowsCheck.ID,
                plain.replace("OUTBOUND  |\n<", "OUTBOUND  | x |\n<"),
                Lint.off(ConflictingRowsCheck.ID)))
        .isEmpty();
  }
}
