package dev.portdoc.parser.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.portdoc.model.doc.ColumnRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnRolesTest {

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '~',
      value = {
        "Port~PORT",
        "**Ports**~PORT",
        "Port(s)~PORT",
        "Port Range~PORT",
        "Default Ports~PORT",
        "Connection port~PORT",
        "start port~PORT_START",
        "end port~PORT_END",
        "Protocol(s)~TRANSPORT",
        "Transport~TRANSPORT",
        "Direction~DIRECTION",
        "Purpose~PURPOSE",
        "Description~PURPOSE",
        "Use~PURPOSE",
        "comment~PURPOSE",
        "Service~SERVICE",
        "Component~SERVICE",
        "Source~SOURCE",
        "Destination~DESTINATION",
        "Target~DESTINATION",
        "Used By~USED_BY",
        "Pod-internal only~OTHER"
      })
  void recognisesHeader(String header, ColumnRole role) {
    assertThat(ColumnRoles.recognise(header)).isEqualTo(role);
  }

  @Test
  void aHeaderNamingPortsIsThePortColumnWhenNoOtherIs() {
    assertThat(ColumnRoles.recogniseAll(List.of("Broker", "Broker port", "Notes")))
        .containsExactly(ColumnRole.OTHER, ColumnRole.PORT, ColumnRole.PURPOSE);
    assertThat(ColumnRoles.recogniseAll(List.of("Port", "Alternative port")))
        .containsExactly(ColumnRole.PORT, ColumnRole.OTHER);
  }
}
