package fi.kvverkosto.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of public pages for anonymous visitors ({@link PublicPageCache}), bound from {@code kv.page-cache.*}.
 *
 * @param enabled whether public pages are cached at all ({@code KV_PAGE_CACHE_ENABLED=false} turns it off)
 * @param maxSize how much memory the cached pages may take at most; the least useful are dropped first
 */
@ConfigurationProperties("kv.page-cache")
record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32MB") DataSize maxSize) {

    PageCacheProperties {
        if (maxSize == null || maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("kv.page-cache.max-size must be positive");
        }
    }
}
