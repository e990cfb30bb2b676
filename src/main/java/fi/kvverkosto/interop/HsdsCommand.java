package fi.kvverkosto.interop;

import fi.kvverkosto.directory.ImportOutcome;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import fi.kvverkosto.shared.KvProperties;
import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the one-off commands {@code import-hsds DIR [--dry-run]} and {@code export-hsds DIR} that
 * {@code KvVerkostoApplication.main} starts without a web server, and turns the outcome into the process's exit code:
 * 0 done, 1 the files have problems (nothing was changed), 2 wrong use (no folder, unknown option), 3 reading or
 * writing failed. Messages are in English unless {@code --lang=fi} or {@code --lang=sv} is given; scripts should look
 * only at the exit code.
 */
@Component
@Order(0)
class HsdsCommand implements ApplicationRunner, ExitCodeGenerator {

    static final int DONE = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    static final String IMPORT = "import-hsds";
    static final String EXPORT = "export-hsds";

    private final KvProperties properties;
    private final HsdsImporter importer;
    private final HsdsExporter exporter;
    private final MessageSource messages;
    private volatile int exitCode = DONE;

    HsdsCommand(KvProperties properties, HsdsImporter importer, HsdsExporter exporter, MessageSource messages) {
        this.properties = properties;
        this.importer = importer;
        this.exporter = exporter;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.runsCommand()) {
            exitCode = execute(properties.command(), args, System.out, System.err);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** For tests: runs a command with its arguments as given on the command line. */
    int execute(String command, PrintStream out, PrintStream err, String... args) {
        return execute(command, new DefaultApplicationArguments(args), out, err);
    }

    int execute(String command, ApplicationArguments args, PrintStream out, PrintStream err) {
        Locale locale = Locale.ENGLISH;
        if (args.containsOption("lang")) {
            var values = args.getOptionValues("lang");
            var language = values.size() == 1 ? Language.fromCode(values.getFirst()) : Optional.<Language>empty();
            if (language.isEmpty()) {
                err.println(text(locale, "interop.cli.usage.lang"));
                return USAGE;
            }
            locale = language.get().locale();
        }
        for (String option : args.getOptionNames()) {
            // Spring settings such as --kv.data-dir=... are options too.
            if (!option.contains(".") && !List.of("lang", "dry-run").contains(option)) {
                err.println(text(locale, "interop.cli.usage.option", option));
                err.println(text(locale, "interop.cli.usage"));
                return USAGE;
            }
        }
        List<String> folders = args.getNonOptionArgs();
        if (folders.size() != 1 || (command.equals(EXPORT) && args.containsOption("dry-run"))) {
            err.println(text(locale, "interop.cli.usage"));
            return USAGE;
        }
        Path folder = Path.of(folders.getFirst()).toAbsolutePath().normalize();
        try {
            return switch (command) {
                case IMPORT -> importFrom(folder, args.containsOption("dry-run"), locale, out, err);
                case EXPORT -> exportTo(folder, locale, out, err);
                default -> {
                    err.println(text(locale, "interop.cli.usage"));
                    yield USAGE;
                }
            };
        } catch (IOException | RuntimeException e) {
            err.println(text(locale, "interop.cli.failed", folder, String.valueOf(e.getMessage())));
            return FAILED;
        }
    }

    private int importFrom(Path folder, boolean dryRun, Locale locale, PrintStream out, PrintStream err)
            throws IOException {
        if (!Files.isDirectory(folder)) {
            err.println(text(locale, "interop.cli.import.no-folder", folder, String.join(", ", HsdsFiles.NAMES)));
            return USAGE;
        }
        out.println(text(locale, dryRun ? "interop.cli.import.start.dry-run" : "interop.cli.import.start", folder));
        var report = importer.run(HsdsFiles.fromDirectory(folder), dryRun, Progress.NONE);
        if (!report.succeeded()) {
            err.println(text(
                    locale, "interop.cli.import.problems", report.problems().size()));
            for (ImportProblem problem : report.problems()) {
                err.println(problem.line(messages, locale));
            }
            return PROBLEMS;
        }
        for (ImportOutcome.Kind kind : report.kinds()) {
            var counts = report.outcome().of(kind);
            out.println(text(
                    locale,
                    "interop.cli.import.counts",
                    text(locale, "interop.kind." + kind.name()),
                    counts.created(),
                    counts.updated(),
                    counts.unchanged()));
        }
        out.println(text(locale, dryRun ? "interop.cli.import.done.dry-run" : "interop.cli.import.done"));
        return DONE;
    }

    private int exportTo(Path folder, Locale locale, PrintStream out, PrintStream err) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println(text(locale, "interop.cli.export.not-folder", folder));
            return USAGE;
        }
        var export = exporter.exportTo(folder, HsdsExporter.Scope.TRANSFER);
        out.println(text(
                locale,
                "interop.cli.export.done",
                folder,
                export.taxonomies(),
                export.terms(),
                export.organisations(),
                export.services(),
                String.join(", ", export.files().keySet())));
        if (export.leftOutOrganisations() > 0) {
            out.println(text(
                    locale, "interop.cli.export.left-out", export.leftOutOrganisations(), export.leftOutServices()));
        }
        return DONE;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
