package dev.portdoc.model.port;

import java.util.Locale;
import java.util.Optional;

/** The transport protocol of a rule. */
public enum Transport {
  TCP,
  UDP,
  SCTP,
  /** ICMP has no ports; rules with it carry no port range. */
  ICMP,
  /** IP-in-IP encapsulation (IP protocol 4, {@code IPENCAP}); no ports. */
  IPIP;

  // made once: ids are written for every rule of every spec and page
  private final String id = name().toLowerCase(Locale.ROOT);

  /** False for protocols without ports (ICMP, IP-in-IP): their rules carry no port range. */
  public boolean carriesPorts() {
    return this != ICMP && this != IPIP;
  }

  /** Lower-case name as written in specs: {@code tcp}. */
  public String id() {
    return id;
  }

  /** The transport whose name equals {@code text}, ignoring case and surrounding space. */
  public static Optional<Transport> fromName(String text) {
    String wanted = text.strip().toUpperCase(Locale.ROOT);
    for (Transport transport : values()) {
      if (transport.name().equals(wanted)) {
        return Optional.of(transport);
      }
    }
    return Optional.empty();
  }
}
