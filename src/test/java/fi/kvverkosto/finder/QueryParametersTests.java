package fi.kvverkosto.finder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@link QueryParameters} gives the finder API the values Spring MVC's binding gave its {@code @RequestParam String}
 * and {@code List<String>} arguments before: the same conversion service converts each request's values (one value
 * as a {@code String}, several as a {@code String[]}, as the argument resolver hands them over) for comparison.
 */
class QueryParametersTests {

    private static final DefaultFormattingConversionService SPRING = new DefaultFormattingConversionService();

    @SuppressWarnings("unused")
    private static void arguments(
            @RequestParam(required = false) String text, @RequestParam(required = false) List<String> list) {}

    static Stream<Arguments> requests() {
        return Stream.of(
                Arguments.of((Object) new String[] {"DE"}),
                Arguments.of((Object) new String[] {""}),
                Arguments.of((Object) new String[] {" "}),
                Arguments.of((Object) new String[] {"DE,SE"}),
                Arguments.of((Object) new String[] {" DE , SE ,"}),
                Arguments.of((Object) new String[] {",,DE,,"}),
                Arguments.of((Object) new String[] {"\u0001DE\t,\u00a0SE"}),
                Arguments.of((Object) new String[] {"Tarvitsisimme rahoitusta, Saksan markkinoille"}),
                Arguments.of((Object) new String[] {"DE", "SE"}),
                Arguments.of((Object) new String[] {"DE,SE", " FI "}),
                Arguments.of((Object) new String[] {"", "x", ""}));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void readsAParameterAsSpringsBindingDid(String[] values) throws Exception {
        var method = QueryParametersTests.class.getDeclaredMethod("arguments", String.class, List.class);
        Object given = values.length == 1 ? values[0] : values;
        Object text = SPRING.convert(
                given, TypeDescriptor.forObject(given), new TypeDescriptor(new MethodParameter(method, 0)));
        Object list = SPRING.convert(
                given, TypeDescriptor.forObject(given), new TypeDescriptor(new MethodParameter(method, 1)));

        assertThat(QueryParameters.text(Arrays.asList(values))).isEqualTo(text);
        assertThat(QueryParameters.list(Arrays.asList(values))).isEqualTo(list);
    }

    @ParameterizedTest
    @MethodSource("requests")
    void theFinderQueryIsTheSame(String[] values) throws Exception {
        var method = QueryParametersTests.class.getDeclaredMethod("arguments", String.class, List.class);
        Object given = values.length == 1 ? values[0] : values;
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) SPRING.convert(
                given, TypeDescriptor.forObject(given), new TypeDescriptor(new MethodParameter(method, 1)));
        String text = (String) SPRING.convert(
                given, TypeDescriptor.forObject(given), new TypeDescriptor(new MethodParameter(method, 0)));
        var read = QueryParameters.text(Arrays.asList(values));
        var readList = QueryParameters.list(Arrays.asList(values));

        assertThat(new FinderQuery(read, read, read, read, readList, read, read, readList))
                .isEqualTo(new FinderQuery(text, text, text, text, list, text, text, list));
    }

    @Test
    void anAbsentParameterIsNull() {
        assertThat(QueryParameters.text(null)).isNull();
        assertThat(QueryParameters.list(null)).isNull();
        assertThat(QueryParameters.text(List.of())).isNull();
        assertThat(QueryParameters.list(List.of())).isNull();
    }
}
