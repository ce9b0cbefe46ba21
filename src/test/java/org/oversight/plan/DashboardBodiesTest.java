package org.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A kept dashboard body")
class DashboardBodiesTest {

    @Test
    @DisplayName("should be kept as ASCII that a browser reads back as the same text, characters beyond the first plane included")
    void keptAsAsciiThatReadsTheSame() {
        String html = "<p title=\"Café · ▲\">Red ▲, amber ◆ and Ōtautahi 😀 done ✓</p>";

        String kept = DashboardBodies.asciiOnly(html);

        assertThat(kept.chars()).allMatch(c -> c < 128);
        assertThat(kept).contains("&#128512;").doesNotContain("&#55357;");
        assertThat(Jsoup.parse(kept).selectFirst("p").text()).isEqualTo("Red ▲, amber ◆ and Ōtautahi 😀 done ✓");
        assertThat(Jsoup.parse(kept).selectFirst("p").attr("title")).isEqualTo("Café · ▲");
        assertThat(DashboardBodies.asciiOnly("<p>plain</p>")).isEqualTo("<p>plain</p>");
    }
}
