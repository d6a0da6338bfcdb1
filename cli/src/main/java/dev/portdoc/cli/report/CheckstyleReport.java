package dev.portdoc.cli.report;

import dev.portdoc.model.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML ({@code <checkstyle version="4.3">}), which Jenkins warnings-ng, reviewdog and
 * many CI dashboards read. Every checked file is listed, with or without errors.
 */
public final class CheckstyleReport {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  public void write(LintReport report, PrintWriter out) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    report.files().forEach(file -> byFile.put(file, new ArrayList<>()));
    for (Diagnostic d : report.findings()) {
      byFile.computeIfAbsent(d.location().file(), k -> new ArrayList<>()).add(d);
    }
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("checkstyle");
      xml.writeAttribute("version", "4.3");
      xml.writeCharacters("\n");
      for (Map.Entry<String, List<Diagnostic>> file : byFile.entrySet()) {
        xml.writeCharacters("  ");
        xml.writeStartElement("file");
        xml.writeAttribute("name", clean(file.getKey()));
        xml.writeCharacters("\n");
        for (Diagnostic d : file.getValue()) {
          xml.writeCharacters("    ");
          xml.writeEmptyElement("error");
          xml.writeAttribute("line", Integer.toString(d.location().line()));
          xml.writeAttribute("column", Integer.toString(d.location().column()));
          xml.writeAttribute("severity", d.severity().id());
          xml.writeAttribute("message", clean(d.message()));
          xml.writeAttribute("source", "portdoc." + d.ruleId());
          xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the checkstyle report", e);
    }
    out.println(text);
  }

  /**
   * XML 1.0 cannot carry most control characters at all, and parsers turn a raw line break in an
   * attribute into a space; the JDK writer escapes neither, so this does.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
              } else if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF) {
                out.append('\uFFFD');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
