package fi.kvverkosto.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Collects every problem of an import instead of stopping at the first, so that one round of fixes is enough. */
final class Problems {

    private final List<ImportProblem> list = new ArrayList<>();

    void add(String file, String record, String field, String messageKey, Object... args) {
        list.add(new ImportProblem(
                file,
                record,
                field,
                messageKey,
                Arrays.stream(args).map(a -> Objects.toString(a, "")).toList()));
    }

    void addAll(List<ImportProblem> problems) {
        list.addAll(problems);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    List<ImportProblem> list() {
        return List.copyOf(list);
    }
}
