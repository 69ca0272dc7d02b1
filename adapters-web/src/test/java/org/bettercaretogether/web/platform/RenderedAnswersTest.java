package org.bettercaretogether.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A kept page or JSON answer is given again while its data is the same objects, and written anew once they are not. */
class RenderedAnswersTest {

    private final AtomicReference<List<String>> data = new AtomicReference<>(List.of("First version."));
    private final AtomicInteger renderings = new AtomicInteger();
    private final RenderedAnswers pages = new RenderedAnswers();

    private final Routes routes = config -> {
        config.get("/kept/{name}", ctx -> {
            List<String> shown = data.get();
            pages.page(ctx, "platform/simple-page.jte", List.of(shown), () -> {
                renderings.incrementAndGet();
                return Map.of("title", "Kept " + ctx.pathParam("name"), "paragraphs", shown);
            });
        });
        config.get("/api/kept", ctx -> {
            List<String> shown = data.get();
            pages.json(ctx, List.of(shown), () -> {
                renderings.incrementAndGet();
                return Map.of("paragraphs", shown);
            });
        });
        config.get("/staff/kept", ctx -> {
            ctx.attribute(PageContext.STAFF_NAVIGATION, new PageContext.StaffNavigation("Sam", List.of(), "token"));
            pages.page(ctx, "platform/simple-page.jte", List.of(data.get()), () -> {
                renderings.incrementAndGet();
                return Map.of("title", "Staff", "paragraphs", data.get());
            });
        });
    };

    @Test
    void the_same_data_is_rendered_once_and_new_data_is_rendered_again() {
        try (TestServer server = started()) {
            var first = server.get("/kept/a");
            var again = server.get("/kept/a");

            assertThat(again.body()).isEqualTo(first.body()).contains("First version.");
            assertThat(renderings).hasValue(1);
            assertThat(again.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

            data.set(List.of("Second version."));
            assertThat(server.get("/kept/a").body()).contains("Second version.").doesNotContain("First version.");
            assertThat(renderings).hasValue(2);
        }
    }

    @Test
    void json_is_written_once_for_the_same_data_and_again_for_new_data() {
        try (TestServer server = started()) {
            var first = server.get("/api/kept");
            var again = server.get("/api/kept");

            assertThat(again.body()).isEqualTo(first.body()).isEqualTo("{\"paragraphs\":[\"First version.\"]}");
            assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/json"));
            assertThat(renderings).hasValue(1);

            data.set(List.of("Second version."));
            assertThat(server.get("/api/kept").body()).isEqualTo("{\"paragraphs\":[\"Second version.\"]}");
            assertThat(renderings).hasValue(2);
        }
    }

    @Test
    void each_address_keeps_its_own_page() {
        try (TestServer server = started()) {
            assertThat(server.get("/kept/a").body()).contains("Kept a");
            assertThat(server.get("/kept/b").body()).contains("Kept b");
            assertThat(server.get("/kept/a").body()).contains("Kept a");

            assertThat(renderings).hasValue(2);
        }
    }

    @Test
    void a_page_with_a_member_of_staffs_navigation_is_rendered_every_time() {
        try (TestServer server = started()) {
            server.get("/staff/kept");
            server.get("/staff/kept");

            assertThat(renderings).hasValue(2);
        }
    }

    private TestServer started() {
        TestServer server = new TestServer(List.of(routes), WebSettings.defaults());
        server.start();
        return server;
    }
}
