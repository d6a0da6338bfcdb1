package dev.portdoc.site.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ognl.MethodFailedException;
import ognl.Ognl;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;

class ViewMethodsTest {

  private final FindingView finding =
      new FindingView(12, 3, "error", "port-range", "Port 70000 is out of range.", "#row");

  @Test
  void templatesCallViewAccessorsThroughTheRegisteredAccessor() throws OgnlException {
    new HtmlSiteWriter();

    assertThat(OgnlRuntime.getMethodAccessor(FindingView.class)).isInstanceOf(ViewMethods.class);
    assertThat(OgnlRuntime.getMethodAccessor(String.class)).isNotInstanceOf(ViewMethods.class);
    assertThat(Ognl.getValue("rule()", Ognl.createDefaultContext(finding), finding))
        .isEqualTo("port-range");
    assertThat(Ognl.getValue("position()", Ognl.createDefaultContext(finding), finding))
        .isEqualTo("12:3");
    assertThat(Ognl.getValue("line()", Ognl.createDefaultContext(finding), finding)).isEqualTo(12);
  }

  @Test
  void callsWithArgumentsOrUnknownNamesGoToOgnl() throws OgnlException {
    new HtmlSiteWriter();

    assertThat(Ognl.getValue("equals(#root)", Ognl.createDefaultContext(finding), finding))
        .isEqualTo(true);
    assertThat(Ognl.getValue("message().length()", Ognl.createDefaultContext(finding), finding))
        .isEqualTo(27);
    assertThatThrownBy(
            () -> Ognl.getValue("noSuchMethod()", Ognl.createDefaultContext(finding), finding))
        .isInstanceOf(MethodFailedException.class)
        .hasMessageContaining("noSuchMethod");
  }
}
