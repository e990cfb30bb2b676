package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.junit.jupiter.api.Test;

/**
 * What the Elasticsearch half of the analysis sends, without a cluster: every analyzer the index uses is defined, every
 * custom filter an analyzer names is defined, and the word-part lists go inline, the same words the Lucene backend
 * reads. {@link OpenSearchBackendTests} runs it on a real cluster.
 */
class SearchAnalysisConfigurerTests {

    /** What the configurer defined: component name → its calls (type, params), analyzer name → its filters. */
    final Map<String, List<String>> components = new HashMap<>();

    final Map<String, List<String>> analyzers = new HashMap<>();
    final Set<String> normalizers = new LinkedHashSet<>();

    @Test
    void elasticsearchAnalysisDefinesWhatTheIndexUses() {
        new SearchAnalysisConfigurer().configure(recordingContext());

        assertThat(analyzers)
                .containsKeys(
                        SearchAnalysisConfigurer.FINNISH,
                        SearchAnalysisConfigurer.SWEDISH,
                        SearchAnalysisConfigurer.ENGLISH,
                        SearchAnalysisConfigurer.ALL);
        assertThat(normalizers).contains(SearchAnalysisConfigurer.SORT);
        Set<String> builtIn = Set.of("lowercase", "remove_duplicates");
        analyzers.forEach((analyzer, filters) -> filters.stream()
                .filter(f -> !builtIn.contains(f))
                .forEach(f -> assertThat(components).as(analyzer).containsKey(f)));
        assertThat(components.get("kv_fi_parts")).contains("type=dictionary_decompounder");
        assertThat(components.get("kv_fi_stem")).contains("type=stemmer", "language=light_finnish");
        assertThat(components.get("kv_sv_stem")).contains("language=light_swedish");
        assertThat(components.get("kv_en_stem")).contains("language=porter");
        assertThat(components.get("kv_all_languages"))
                .contains("type=multiplexer", "filters=3 values", "preserve_original=false");
    }

    @Test
    void wordPartListsGoInlineWithoutComments() {
        String[] words = SearchAnalysisConfigurer.words(SearchAnalysisConfigurer.FINNISH_PARTS);
        assertThat(words).contains("markkin", "rahoitu", "vien").noneMatch(w -> w.startsWith("#") || w.isBlank());
        assertThat(words).allMatch(w -> w.length() >= 4 && w.equals(w.toLowerCase(java.util.Locale.ROOT)));
        assertThat(SearchAnalysisConfigurer.words(SearchAnalysisConfigurer.SWEDISH_PARTS))
                .contains("export", "finansier")
                .allMatch(w -> w.length() >= 4);
    }

    /** A context whose every step records its calls; a step's name is the component or analyzer it builds. */
    ElasticsearchAnalysisConfigurationContext recordingContext() {
        return proxy(ElasticsearchAnalysisConfigurationContext.class, null);
    }

    @SuppressWarnings("unchecked")
    <T> T proxy(Class<T> type, String name) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String called = method.getName();
            String next = name;
            if (name == null) {
                next = (String) args[0];
                switch (called) {
                    case "analyzer" -> analyzers.put(next, new ArrayList<>());
                    case "normalizer" -> normalizers.add(next);
                    default -> components.put(next, new ArrayList<>());
                }
            } else if (called.equals("tokenFilters") && analyzers.containsKey(name)) {
                analyzers.get(name).addAll(List.of((String[]) args[0]));
            } else if (called.equals("type") && components.containsKey(name)) {
                components.get(name).add("type=" + args[0]);
            } else if (called.equals("param") && components.containsKey(name)) {
                components
                        .get(name)
                        .add(args[0] + "=" + (args[1] instanceof Object[] a ? a.length + " values" : args[1]));
            }
            Class<?> returns = method.getReturnType();
            return returns.isInterface() ? proxy(returns, next) : null;
        });
    }
}
