package fi.kvverkosto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartingGateTests {

    final StaticMessageSource messages = new StaticMessageSource();

    StartingGateTests() {
        messages.addMessage("shared.starting", Locale.ENGLISH, "The service is starting.");
    }

    static MockHttpServletRequest request() {
        var request = new MockHttpServletRequest("GET", "/api/v1/finder");
        request.addPreferredLocale(Locale.ENGLISH);
        return request;
    }

    @Test
    void aRequestMadeWhileStartingWaitsAndIsServedOnceReady() throws Exception {
        var gate = new StartingGate(Duration.ofSeconds(30), messages);
        var chain = new MockFilterChain();
        var served = CompletableFuture.runAsync(() -> {
            try {
                gate.doFilter(request(), new MockHttpServletResponse(), chain);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(served).isNotDone();
        assertThat(chain.getRequest()).isNull();

        gate.open();
        served.get(10, TimeUnit.SECONDS);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void aRequestStillWaitingAfterTheHoldIsAskedToComeBack() throws Exception {
        var gate = new StartingGate(Duration.ofMillis(50), messages);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        gate.doFilter(request(), response, chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).isEqualTo("The service is starting.");
    }

    @Test
    void onceOpenEveryRequestPassesAtOnce() throws Exception {
        var gate = new StartingGate(Duration.ofMinutes(10), messages);
        gate.open();
        var chain = new MockFilterChain();
        gate.doFilter(request(), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
