package dev.portdoc.validation;

import dev.portdoc.model.check.TreeContext;
import dev.portdoc.model.diagnostic.Diagnostic;
import dev.portdoc.model.diagnostic.Severity;
import dev.portdoc.model.doc.Cell;
import dev.portdoc.model.doc.ColumnRole;
import dev.portdoc.model.doc.Document;
import dev.portdoc.model.doc.PortTable;
import dev.portdoc.model.doc.TableRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service name that is a close misspelling of a well-known one ({@code HTPP}) or of a word the
 * docs tree uses often while this spelling is rare ({@code Kubernets} in a tree full of {@code
 * Kubernetes}).
 */
public final class ServiceTypoCheck extends BaseCheck {

  public static final String ID = "service-typo";

  /** Well-known service and protocol names, lower case; near misses of these are typos. */
  static final List<String> KNOWN =
      List.of(
          "http",
          "https",
          "ssh",
          "dns",
          "ntp",
          "smtp",
          "ldap",
          "ldaps",
          "nats",
          "etcd",
          "kubelet",
          "kubernetes",
          "prometheus",
          "postgresql",
          "grpc",
          "vxlan",
          "bgp",
          "mysql",
          "redis",
          "docker",
          "calico",
          "cilium",
          "flannel",
          "consul",
          "vault",
          "grafana",
          "nginx",
          "registry",
          "wireguard",
          "syslog",
          "kerberos",
          "radius",
          "snmp",
          "sftp",
          "ftp",
          "rdp",
          "smb",
          "nfs",
          "iscsi",
          "imap",
          "imaps",
          "pop3",
          "tls",
          "ssl",
          "dhcp",
          "tftp",
          "vnc",
          "rsync",
          "ipsec");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** A rare spelling is suspect when its neighbour is this many times more frequent. */
  private static final int RATIO = 10;

  private final LintConfig config;

  public ServiceTypoCheck() {
    this(LintConfig.DEFAULTS);
  }

  public ServiceTypoCheck(LintConfig config) {
    super(ID, Severity.WARNING, "A service name is a close misspelling of a known or common one.");
    this.config = config;
  }

  @Override
  public List<Diagnostic> check(Document document) {
    return check(document, TreeContext.of(List.of(document)));
  }

  @Override
  public List<Diagnostic> check(Document document, TreeContext tree) {
    List<Diagnostic> found = new ArrayList<>();
    for (PortTable table : document.tables()) {
      for (TableRow row : table.rows()) {
        Set<String> reported = new HashSet<>();
        for (Cell cell : serviceCells(table, row)) {
          String label = serviceLabel(cell.text());
          Matcher m = WORD.matcher(label);
          while (m.find()) {
            String word = m.group();
            if (reported.contains(word)) {
              continue;
            }
            suggestion(word, tree)
                .ifPresent(
                    fix -> {
                      reported.add(word);
                      found.add(
                          replacing(
                              "Service '"
                                  + word
                                  + "' looks misspelled; did you mean '"
                                  + fix
                                  + "'?",
                              cell,
                              word,
                              fix));
                    });
          }
        }
      }
    }
    return found;
  }

  private static List<Cell> serviceCells(PortTable table, TableRow row) {
    List<Cell> cells = new ArrayList<>();
    Tables.cell(table, row, ColumnRole.SERVICE).ifPresent(cells::add);
    Tables.cell(table, row, ColumnRole.PORT).ifPresent(cells::add);
    return cells;
  }

  /** {@code NATS} of {@code NATS (tcp/4222)}; a port cell without a label gives nothing. */
  private static String serviceLabel(String text) {
    int paren = text.indexOf('(');
    if (paren > 0 && text.indexOf('/', paren) > 0) {
      return text.substring(0, paren);
    }
    return text.chars().anyMatch(Character::isDigit) ? "" : text;
  }

  Optional<String> suggestion(String word, TreeContext tree) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (word.length() < 4
        || word.chars().anyMatch(Character::isDigit)
        || KNOWN.contains(lower)
        || Transports.isTransport(lower)
        || config.accepts(word)
        || EnglishDictionary.knows(word)) {
      return Optional.empty();
    }
    Optional<String> known = Words.nearest(lower, KNOWN, 1);
    if (known.isPresent()) {
      return Optional.of(Words.inCaseOf(word, known.get()));
    }
    int count = tree.count(lower);
    if (word.length() >= 5) {
      for (String neighbour : tree.frequentNeighbours(lower)) {
        if (tree.count(neighbour) >= RATIO * Math.max(count, 1)
            && Words.distance(lower, neighbour) == 1) {
          return Optional.of(Words.inCaseOf(word, neighbour));
        }
      }
    }
    return Optional.empty();
  }
}
