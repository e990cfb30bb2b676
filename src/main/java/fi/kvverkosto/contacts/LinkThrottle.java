package fi.kvverkosto.contacts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Limits how many one-time links are asked for: per e-mail address (so nobody's inbox is flooded) and per client address
 * (so nobody probes many addresses). Addresses are counted whether or not they are known. Counts live in memory, per
 * instance, for at most 10,000 keys of each kind (Caffeine drops the least used first).
 */
@Component
class LinkThrottle {

    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> clients;
    private final SelfServiceSettings settings;

    LinkThrottle(SelfServiceSettings settings) {
        this.settings = settings;
        this.addresses = cache(settings.window());
        this.clients = cache(settings.window());
    }

    private static Cache<String, Bucket> cache(Duration window) {
        return Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterAccess(window)
                .build();
    }

    /** Counts one request; false when either the e-mail address or the client has asked too often. */
    boolean tryAcquire(String email, String client) {
        var byClient = clients.get(String.valueOf(client), k -> bucket(settings.maxLinksPerClient()));
        if (!byClient.tryConsume(1)) {
            return false;
        }
        var byAddress = addresses.get(email.toLowerCase(Locale.ROOT), k -> bucket(settings.maxLinksPerAddress()));
        return byAddress.tryConsume(1);
    }

    private Bucket bucket(int allowed) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(allowed).refillIntervally(allowed, settings.window()))
                .build();
    }
}
