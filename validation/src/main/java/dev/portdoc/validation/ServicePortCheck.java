package dev.portdoc.validation;

import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import dev.portdoc.model.port.PortRange;
import dev.portdoc.model.port.PortRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A service label whose well-known port differs from the port in the row ({@code SSH (tcp/2222)}).
 * Information only: services run on other ports on purpose, and labels name application protocols
 * (HTTPS on 6443 is the Kubernetes API).
 */
public final class ServicePortCheck extends BaseCheck {

  public static final String ID = "service-port-mismatch";

  /** IANA-registered ports of services whose label is unambiguous. */
  static final Map<String, Set<Integer>> WELL_KNOWN =
      Map.ofEntries(
          Map.entry("ssh", Set.of(22)),
          Map.entry("smtp", Set.of(25, 587, 465)),
          Map.entry("dns", Set.of(53)),
          Map.entry("http", Set.of(80)),
          Map.entry("ntp", Set.of(123)),
          Map.entry("bgp", Set.of(179)),
          Map.entry("ldap", Set.of(389)),
          Map.entry("https", Set.of(443)),
          Map.entry("ldaps", Set.of(636)),
          Map.entry("postgresql", Set.of(5432)),
          Map.entry("nats", Set.of(4222)),
          Map.entry("etcd", Set.of(2379, 2380)));

  public ServicePortCheck() {
    super(ID, Severity.INFO, "A service's well-known port differs from the port in the row.");
  }

  @Override
  public List<Diagnostic> check(Document document) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        for (PortRule rule : row.rules()) {
          if (rule.service().isEmpty() || rule.ports().isEmpty()) {
            continue;
          }
          String service = rule.service().get().strip();
          Set<Integer> known = WELL_KNOWN.get(service.toLowerCase(Locale.ROOT));
          PortRange ports = rule.ports().get();
          if (known != null
              && ports.isSinglePort()
              && ports.isValid()
              && !known.contains(ports.start())) {
            found.add(
                finding(
                    service
                        + " is registered on port "
                        + known.stream()
                            .sorted()
                            .map(String::valueOf)
                            .reduce((a, b) -> a + "/" + b)
                            .orElseThrow()
                        + ", the row says "
                        + ports.start()
                        + ".",
                    PortLocations.of(Tables.portCell(table, row), row, ports.start())));
            break;
          }
        }
      }
    }
    return found;
  }
}
