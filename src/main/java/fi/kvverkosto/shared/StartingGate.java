package fi.kvverkosto.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds the requests that arrive before the application is ready. The web server listens before the application's
 * start-up work has run (Spring Boot starts it before the runners), and on a first start that work imports the demo
 * catalogue: a request answered meanwhile would see an empty directory, and the finder would reject valid industry
 * codes. A request waits here until the application reports ready, and is then served as usual; one still waiting
 * after {@code kv.startup.hold} (60 s by default) gets 503 with {@code Retry-After}.
 */
public class StartingGate extends OncePerRequestFilter {

    private final CountDownLatch ready = new CountDownLatch(1);
    private final Duration hold;
    private final MessageSource messages;

    public StartingGate(Duration hold, MessageSource messages) {
        this.hold = hold;
        this.messages = messages;
    }

    /** Lets every request through from now on: the runners, the demo data's import among them, are done. */
    @EventListener(ApplicationReadyEvent.class)
    public void open() {
        ready.countDown();
    }

    boolean isOpen() {
        return ready.getCount() == 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isOpen() || awaitReady()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        response.setContentType("text/plain;charset=UTF-8");
        var text = messages.getMessage("shared.starting", null, request.getLocale());
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    private boolean awaitReady() {
        try {
            return ready.await(hold.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
