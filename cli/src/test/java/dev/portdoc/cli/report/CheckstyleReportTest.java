package dev.portdoc.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleReportTest {

  static String xml() {
    return Reports.render(new CheckstyleReport()::write, Reports.sample());
  }

  @Test
  void everyCheckedFileIsListedWithItsErrors() throws Exception {
    Document doc = parse(xml());

    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("checkstyle");
    assertThat(root.getAttribute("version")).isEqualTo("4.3");
    NodeList files = root.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(3);
    assertThat(((Element) files.item(0)).getAttribute("name")).isEqualTo("docs/a.md");
    assertThat(((Element) files.item(2)).getAttribute("name")).isEqualTo("docs/clean.md");
    assertThat(((Element) files.item(2)).getElementsByTagName("error").getLength()).isZero();
    Element error = (Element) ((Element) files.item(0)).getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("line")).isEqualTo("6");
    assertThat(error.getAttribute("column")).isEqualTo("1");
    assertThat(error.getAttribute("severity")).isEqualTo("error");
    assertThat(error.getAttribute("source")).isEqualTo("portdoc.duplicate-row");
  }

  @Test
  void markupQuotesAndLineBreaksInMessagesSurviveAParser() throws Exception {
    Document doc = parse(xml());

    Element tricky = (Element) doc.getElementsByTagName("error").item(2);

    assertThat(tricky.getAttribute("message"))
        .isEqualTo("Port 80, not 443: \"100%\" <b>&</b> second line");
    assertThat(tricky.getAttribute("severity")).isEqualTo("info");
  }

  @Test
  void controlCharactersXmlCannotHoldAreReplaced() {
    assertThat(CheckstyleReport.clean("a\u0001b\tc\uD800")).isEqualTo("a\uFFFDb c\uFFFD");
  }

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
